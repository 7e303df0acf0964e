"""``khabar train langid``: character n-gram counts for Persian, Arabic and Urdu.

The hand-written model in ``khabar.langid`` picks the script and refuses languages khabar
does not handle; among the Arabic-script news languages (fa, ar, ur) a naive Bayes over
character 1- to 4-grams of space-padded words decides, which holds up on two-word
titles where function words are missing. The counts come from the shared news corpora
(Persian: Hamshahri and the training part of the Fars sample; Arabic: SaudiNewsNet;
Urdu: Geo Urdu), never from the lingua test data that the bench scores on.

Output: ``khabar/resources/langid/ngrams.tsv.gz``: a header ``#order<TAB>fa<TAB>ar<TAB>ur``
with the total count of each n-gram order per language, then
``ngram<TAB>count_fa<TAB>count_ar<TAB>count_ur`` for the n-grams kept (the most frequent
``--keep`` of each language and order); and ``words.tsv.gz``, the same for whole words
(header ``#words``; the most frequent ``--keep-words`` of each language). Loanwords
share letters across the three languages but not their frequency: "عالمی" and
"استعمال" are everyday Urdu and rare Persian, which a two-word title needs.
"""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

import click

from khabar.langid import MAX_ORDER, NGRAM_LANGUAGES, arabic_words, ngram_fold, word_ngrams
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


def count_language(
    lang: str, data: Path, max_chars: int, ngram_weight: str = "tokens", whole: bool = False
) -> list[Counter[str]]:
    """N-gram counts per order (index 0 = unigrams) from up to ``max_chars`` of text, then
    whole-word counts as the last item.

    ``ngram_weight``: ``types`` counts each different word's n-grams once, so the letters
    of the vocabulary weigh, not those of the few function words that fill running text
    (Urdu's کے، میں، ہے); ``tokens`` counts them at every occurrence. ``whole``: read the
    held-out articles too (for a language whose only test is elsewhere)."""
    counts: list[Counter[str]] = [Counter() for _ in range(MAX_ORDER + 1)]
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
                counts[MAX_ORDER].update(arabic_words(variant))
            used += len(text)
            if used >= budget:
                break
    for word, count in counts[MAX_ORDER].items():
        weight = count if ngram_weight == "tokens" else 1
        for gram in word_ngrams(word):
            counts[_order(gram)][gram] += weight
    return counts


def _order(gram: str) -> int:
    """0-based order of an n-gram (word edges are written as spaces)."""
    return len(gram) - 1


@click.command()
@click.option("--data", type=click.Path(file_okay=False), default=str(SHARED_DATA),
              show_default=True, help="Folder holding the shared corpora.")
@click.option("--max-chars", default=4_000_000, show_default=True,
              help="Characters of text read per language.")
@click.option("--keep", default=15000, show_default=True,
              help="Most frequent n-grams kept per language and order.")
@click.option("--keep-words", default=20000, show_default=True,
              help="Most frequent words kept per language.")
@click.option("--whole", multiple=True, type=click.Choice(NGRAM_LANGUAGES),
              help="Languages whose held-out articles are counted too (repeatable).")
@click.option("--ngram-weight", type=click.Choice(["types", "tokens"]), default="tokens",
              show_default=True, help="Count each word's n-grams once, or at every occurrence.")
@click.option("--output", type=click.Path(file_okay=False), default=None,
              help="Folder to write (default: the package's resources/langid).")
def langid(
    data: str, max_chars: int, keep: int, keep_words: int, whole: tuple[str, ...],
    ngram_weight: str, output: str | None,
) -> None:
    """Build the character n-gram and word models that separate Persian, Arabic and Urdu."""
    counts = {lang: count_language(lang, Path(data), max_chars, ngram_weight, lang in whole)
              for lang in NGRAM_LANGUAGES}
    target = Path(output) if output else RESOURCES / "langid"
    target.mkdir(parents=True, exist_ok=True)
    kept: set[str] = set()
    for lang in NGRAM_LANGUAGES:
        for order in counts[lang][:MAX_ORDER]:
            kept.update(gram for gram, _ in order.most_common(keep))
    lines = ["#order\t" + "\t".join(NGRAM_LANGUAGES)]
    for n in range(MAX_ORDER):
        totals = [str(sum(counts[lang][n].values())) for lang in NGRAM_LANGUAGES]
        lines.append(f"#{n + 1}\t" + "\t".join(totals))
    for gram in sorted(kept):
        cells = [str(counts[lang][_order(gram)].get(gram, 0)) for lang in NGRAM_LANGUAGES]
        lines.append(gram + "\t" + "\t".join(cells))
    _write(target / "ngrams.tsv.gz", lines)
    words: set[str] = set()
    for lang in NGRAM_LANGUAGES:
        words.update(word for word, _ in counts[lang][MAX_ORDER].most_common(keep_words))
    totals = [str(sum(counts[lang][MAX_ORDER].values())) for lang in NGRAM_LANGUAGES]
    rows = ["#order\t" + "\t".join(NGRAM_LANGUAGES), "#words\t" + "\t".join(totals)]
    for word in sorted(words):
        rows.append(word + "\t" + "\t".join(
            str(counts[lang][MAX_ORDER].get(word, 0)) for lang in NGRAM_LANGUAGES))
    _write(target / "words.tsv.gz", rows)
    click.echo(f"langid: {len(kept)} n-grams, {len(words)} words kept -> {target}")


def _write(path: Path, lines: list[str]) -> None:
    with gzip.GzipFile(path, "wb", mtime=0) as raw:  # mtime=0: byte-identical rebuilds
        raw.write(("\n".join(lines) + "\n").encode("utf-8"))
