"""``khabar train langid-lingua``: the character 5-gram model of Persian, Arabic and Urdu
that language ID reads (``resources/langid/lingua.tsv.gz``), cut down from lingua's.

lingua (lingua-language-detector 1.3.5, Apache-2.0) ships, per language, the relative
frequencies of character 1- to 5-grams of words from the Leipzig Wortschatz corpora: a
unigram's share of all letters, and each longer n-gram's share of its own prefix (the
probability of its last letter after the others). Those corpora are web text and news
of many sites, which the shared news corpora (one outlet a language, Geo News the only
Urdu) are not; Urdu's Arabic loanwords are where that shows.

Kept: every 1- and 2-gram, and the ``--keep`` n-grams of order 3, 4 and 5 of each
language that are most frequent as whole strings (the product of their prefixes'
relative frequencies). Written as
``ngram<TAB>fa<TAB>ar<TAB>ur`` with each language's natural log of the relative
frequency in hundredths (an empty cell: that language's model lacks the n-gram).

    pip download lingua-language-detector==1.3.5 --no-deps -d DIR
    khabar train langid-lingua --wheel DIR/lingua_language_detector-1.3.5-py3-none-any.whl

(decompressing the models needs ``brotli``, in the ``train`` extra).
"""

from __future__ import annotations

import gzip
import json
import math
import zipfile
from pathlib import Path

import click

from khabar.errors import ResourceError
from khabar.langid_models import LINGUA_FILE, NGRAM_LANGUAGES
from khabar.resources import RESOURCES

#: lingua's model file of each n-gram order.
ORDER_FILES = ("unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams")
#: Orders kept whole (the few thousand letters and letter pairs).
WHOLE_ORDERS = 2


def read_lingua_model(wheel: zipfile.ZipFile, lang: str) -> dict[str, float]:
    """One language's n-grams (every order) and the log of their relative frequencies."""
    try:
        import brotli
    except ImportError as error:
        raise ResourceError("decompressing lingua's models needs brotli "
                            "(pip install -e .[train])") from error
    logprob: dict[str, float] = {}
    for name in ORDER_FILES:
        member = f"lingua/language-models/{lang}/{name}.json.br"
        try:
            packed = wheel.read(member)
        except KeyError as error:
            raise ResourceError(f"{member} is not in the wheel (lingua 1.3.5 has it)") from error
        for fraction, grams in json.loads(brotli.decompress(packed))["ngrams"].items():
            numerator, denominator = fraction.split("/")
            value = math.log(int(numerator) / int(denominator))
            for gram in grams.split(" "):
                logprob[gram] = value
    return logprob


def most_frequent(logprob: dict[str, float], keep: int) -> set[str]:
    """The n-grams kept of one language: every n-gram of the orders kept whole, and of each
    longer order the ``keep`` with the highest frequency as a whole string (the sum of the
    log relative frequencies of the n-gram and its prefixes), ties in string order."""
    joint: dict[str, float] = {}
    for gram in sorted(logprob, key=len):
        joint[gram] = logprob[gram] + joint.get(gram[:-1], 0.0)
    kept = {gram for gram in logprob if len(gram) <= WHOLE_ORDERS}
    for order in range(WHOLE_ORDERS + 1, len(ORDER_FILES) + 1):
        grams = sorted((gram for gram in logprob if len(gram) == order),
                       key=lambda gram: (-joint[gram], gram))
        kept.update(grams[:keep])
    return kept


def table_rows(models: dict[str, dict[str, float]], keep: int) -> list[str]:
    """The file's lines: a header naming the languages, then one row per kept n-gram."""
    kept = [most_frequent(models[lang], keep) for lang in NGRAM_LANGUAGES]
    rows = ["#order\t" + "\t".join(NGRAM_LANGUAGES)]
    for gram in sorted(set().union(*kept)):
        cells = [str(round(100 * models[lang][gram])) if gram in grams else ""
                 for lang, grams in zip(NGRAM_LANGUAGES, kept, strict=True)]
        rows.append(gram + "\t" + "\t".join(cells))
    return rows


@click.command(name="langid-lingua")
@click.option("--wheel", type=click.Path(dir_okay=False, exists=True), required=True,
              help="lingua_language_detector-1.3.5-py3-none-any.whl (from PyPI).")
@click.option("--keep", default=20000, show_default=True,
              help="Most frequent n-grams kept per language of each order 3 to 5.")
@click.option("--output", type=click.Path(dir_okay=False), default=None,
              help=f"File to write (default: the package's resources/langid/{LINGUA_FILE}).")
def langid_lingua(wheel: str, keep: int, output: str | None) -> None:
    """Cut lingua's Persian, Arabic and Urdu character n-gram models down for language ID."""
    with zipfile.ZipFile(wheel) as archive:
        models = {lang: read_lingua_model(archive, lang) for lang in NGRAM_LANGUAGES}
    rows = table_rows(models, keep)
    target = Path(output) if output else RESOURCES / "langid" / LINGUA_FILE
    with gzip.GzipFile(target, "wb", mtime=0) as raw:  # mtime=0: byte-identical rebuilds
        raw.write(("\n".join(rows) + "\n").encode("utf-8"))
    click.echo(f"langid-lingua: {len(rows) - 1} n-grams -> {target}")
