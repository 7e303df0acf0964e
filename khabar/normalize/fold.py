"""The fold: one canonical form of Arabic-script text for search and matching.

Folding merges spelling variants that readers treat as the same word: ي/ی, ك/ک, hamza
carriers, teh marbuta, harakat, tatweel, ZWNJ and Persian/Arabic-Indic/Latin digits,
and lower-cases Latin. It is lossy on purpose and never shown to users; the table
is data (``resources/normalize/fold.tsv``). The same fold runs at index and query time.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.normalize.charmap import load_charmap
from khabar.offsets import OffsetMap, apply_edits, translate_chars


@lru_cache(maxsize=1)
def fold_table() -> dict[str, str]:
    """The common normalization map followed by the fold, composed into one lookup."""
    fold_map = load_charmap("normalize/fold.tsv")
    table = {
        ch: "".join(fold_map.get(c, c) for c in value)
        for ch, value in load_charmap("normalize/common.tsv").items()
    }
    table.update(fold_map)
    return table


@lru_cache(maxsize=1)
def _translation() -> dict[int, str]:
    return {ord(source): target for source, target in fold_table().items()}


REPLACE_FROM = 160
"""From this length on, ``fold`` replaces each character present that the fold changes
(``str.replace``, one scan of the text each) rather than ``str.translate``, which looks
every character up in a dict: on a news article, as the fingerprint folds it whole, a
quarter cheaper; on a word or a name ``translate`` is the cheaper (issue 8)."""


@lru_cache(maxsize=1)
def _changed() -> dict[str, str] | None:
    """The characters the fold changes, with what each becomes, when no result holds such
    a character: replacing them one after another, in any order, then gives what one pass
    of ``str.translate`` gives. None otherwise (the table is data)."""
    changed = {source: target for source, target in fold_table().items() if source != target}
    if any(ch in changed for target in changed.values() for ch in target):
        return None
    return changed


@lru_cache(maxsize=1)
def _changed_keys() -> frozenset[str]:
    return frozenset(_changed() or ())


def fold(text: str) -> str:
    """Fold text for matching; idempotent."""
    if len(text) < REPLACE_FROM:
        return text.translate(_translation()).lower()
    changed = _changed()
    if changed is None:
        return text.translate(_translation()).lower()
    for source in _changed_keys().intersection(text):
        text = text.replace(source, changed[source])
    return text.lower()


@lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """``fold`` remembered per word: news repeats its words, and the tokenizer, the name
    keys and the linker fold the same words again and again (issue 8)."""
    return fold(word)


def fold_with_map(text: str) -> tuple[str, OffsetMap]:
    """Fold text and keep the map back to the original, e.g. for highlighting hits."""
    folded, offsets = translate_chars(text, fold_table())
    # Lower-casing may lengthen a character ("İ" -> "i̇"), so it is mapped too.
    lowered, lower_offsets = apply_edits(
        folded, ((i, i + 1, ch.lower()) for i, ch in enumerate(folded) if ch.lower() != ch)
    )
    return lowered, offsets.then(lower_offsets)
