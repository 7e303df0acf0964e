"""``khabar train langid``: whole-word counts for Persian, Arabic and Urdu.

The hand-written model in ``khabar.langid`` picks the script and refuses languages khabar
does not handle; among the Arabic-script news languages (fa, ar, ur) the word counts
written here and a character 5-gram model (``khabar train langid-lingua``) decide. The
counts come from the shared news corpora (Persian: Hamshahri and the training part of
the Fars sample; Arabic: SaudiNewsNet; Urdu: Geo Urdu), never from the lingua test data
that the bench scores on.

Output: ``khabar/resources/langid/words.tsv.gz``: a header ``#order<TAB>fa<TAB>ar<TAB>ur``,
``#words`` with each language's total word count, then
``word<TAB>count_fa<TAB>count_ar<TAB>count_ur`` for the most frequent ``--keep-words`` of
each language. Loanwords share letters across the three languages but not their
frequency: "عالمی" and "استعمال" are everyday Urdu and rare Persian, which a two-word
title needs.
"""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

import click

from khabar.langid import NGRAM_LANGUAGES, arabic_words, ngram_fold
from khabar.normalize.charmap import swap_chars
from khabar.resources import RESOURCES
from khabar.train.common import SHARED_DATA, read_jsonl_texts

#: Default corpora per language, relative to the data folder; and the holdout modulus
#: that keeps the articles ``bench/text_zwnj.py`` scores on out of the Fars counts.
CORPORA = {
    "fa": ["hamshahri-sample/hamshahri_shared.jsonl", "farsnews-sample/farsnews_shared.jsonl"],
    "ar": ["saudinewsnet/saudinewsnet_shared.jsonl"],
    "ur": ["urdu-geo-news/urdu_geo_shared.jsonl"],
}
HOLDOUT = 5


def count_language(lang: str, data: Path, max_chars: int, whole: bool = False) -> Counter[str]:
    """Word counts from up to ``max_chars`` of text. ``whole``: read the held-out articles
    too (for a language whose only test is elsewhere)."""
    counts: Counter[str] = Counter()
    budget = max_chars // len(CORPORA[lang])
    for name in CORPORA[lang]:
        used = 0
        texts = read_jsonl_texts(data / name, 0 if whole else HOLDOUT, False, ("title", "text"))
        for text in texts:
            text = ngram_fold(text)
            # Persian corpora mix Arabic ي ك with ی ک (Hamshahri writes ي throughout);
            # counting the standard spelling too keeps modern Persian text Persian.
            variants = {text, swap_chars(text, "fa")} if lang == "fa" else {text}
            for variant in variants:
                counts.update(arabic_words(variant))
            used += len(text)
            if used >= budget:
                break
    return counts


@click.command()
@click.option("--data", type=click.Path(file_okay=False), default=str(SHARED_DATA),
              show_default=True, help="Folder holding the shared corpora.")
@click.option("--max-chars", default=4_000_000, show_default=True,
              help="Characters of text read per language.")
@click.option("--keep-words", default=20000, show_default=True,
              help="Most frequent words kept per language.")
@click.option("--whole", multiple=True, type=click.Choice(NGRAM_LANGUAGES),
              help="Languages whose held-out articles are counted too (repeatable).")
@click.option("--output", type=click.Path(file_okay=False), default=None,
              help="Folder to write (default: the package's resources/langid).")
def langid(
    data: str, max_chars: int, keep_words: int, whole: tuple[str, ...], output: str | None
) -> None:
    """Build the word model that helps separate Persian, Arabic and Urdu."""
    counts = {lang: count_language(lang, Path(data), max_chars, lang in whole)
              for lang in NGRAM_LANGUAGES}
    target = Path(output) if output else RESOURCES / "langid"
    target.mkdir(parents=True, exist_ok=True)
    words: set[str] = set()
    for lang in NGRAM_LANGUAGES:
        words.update(word for word, _ in counts[lang].most_common(keep_words))
    totals = [str(sum(counts[lang].values())) for lang in NGRAM_LANGUAGES]
    rows = ["#order\t" + "\t".join(NGRAM_LANGUAGES), "#words\t" + "\t".join(totals)]
    for word in sorted(words):
        rows.append(word + "\t" + "\t".join(
            str(counts[lang].get(word, 0)) for lang in NGRAM_LANGUAGES))
    _write(target / "words.tsv.gz", rows)
    click.echo(f"langid: {len(words)} words kept -> {target}")


def _write(path: Path, lines: list[str]) -> None:
    with gzip.GzipFile(path, "wb", mtime=0) as raw:  # mtime=0: byte-identical rebuilds
        raw.write(("\n".join(lines) + "\n").encode("utf-8"))
