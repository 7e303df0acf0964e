"""Where a news sentence's attribution ends: "به گزارش X،", "نقلا عن X،", a chain of them
("به گزارش X به نقل از Y،"), or one that ends the sentence. The clause of an event lies past
it (``clauses``, which re-exports ``after_attribution``); the words that open an attribution
are markers.tsv's ``attribution`` rows. Moved out of ``clauses`` (hygiene2, session 15
(2026-12-06)).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import Doc
from khabar.entities.gazetteer import Word, phrase_key, words
from khabar.events.participant_words import markers
from khabar.resources import load_tsv
from khabar.text.sentences import COMMAS

ATTRIBUTION_REACH = 8
"""Words after "به گزارش" within which the reporting outlet's name ends."""
ATTRIBUTION_CHAIN = 3
"""Words after one attribution within which another one continues it ("... به نقل از X،")."""


@lru_cache(maxsize=1)
def _attribution_firsts() -> frozenset[str]:
    """First words of the attribution markers ("به" of "به گزارش"), for markers glued to the
    word before them by a lost space ("سوریهبه گزارش" after a glued headline)."""
    return frozenset(phrase_key(word.split()[0]) for word, effect in load_tsv("events/markers.tsv")
                     if effect == "attribution" and len(word.split()) > 1)


@lru_cache(maxsize=1)
def _attribution_starts() -> frozenset[str]:
    """First words of every attribution marker: no marker starts at any other word."""
    return frozenset(phrase_key(word.split()[0]) for word, effect in load_tsv("events/markers.tsv")
                     if effect == "attribution")


@lru_cache(maxsize=1)
def _glued_firsts() -> tuple[str, ...]:
    return tuple(_attribution_firsts())


def _attribution_end(tokens: Sequence[Word], k: int) -> int | None:
    """Index of the last word of an attribution marker starting at word ``k``, if one does."""
    word = tokens[k].folded
    if word not in _attribution_starts() and not word.endswith(_glued_firsts()):
        return None
    for n in (1, 2, 3):
        joined = "".join(w.folded for w in tokens[k : k + n])
        if k + n <= len(tokens) and markers().get(joined) == "attribution":
            return k + n - 1
        glued = next((f for f in _attribution_firsts()
                      if tokens[k].folded.endswith(f) and len(tokens[k].folded) > len(f) + 1), None)
        if n > 1 and glued and k + n <= len(tokens):
            rest = glued + "".join(w.folded for w in tokens[k + 1 : k + n])
            if markers().get(rest) == "attribution":
                return k + n - 1
    return None


def _past_attribution(doc: Doc, tokens: Sequence[Word], last: int, start: int) -> tuple[int, int]:
    """(text position, word index) where the clause resumes after one attribution marker."""
    reach = tokens[last + 1 : last + 1 + ATTRIBUTION_REACH]
    for i, word in enumerate(reach):
        if word.text in COMMAS:
            return word.end, last + 2 + i
        if _attribution_end(tokens, last + 1 + i) is not None:
            return start, last + 1 + i  # "به گزارش X به نقل از Y،": the chain goes on
    if not reach:
        return start, last + 1
    limit = reach[-1].end
    named = next((e for e in doc.entities if tokens[last].end <= e.start < limit), None)
    if named is None:
        return start, last + 1
    end = _through_names(doc, named.end)
    return end, next((i for i, w in enumerate(tokens) if w.start >= end), len(tokens))


def _through_names(doc: Doc, end: int) -> int:
    """The end of the names that follow one another from ``end`` with only punctuation or
    a nisba adjective between: the agency and its short name («وكالة الأنباء السورية
    الرسمية "سانا"») are one source."""
    for e in doc.entities:
        # a range of the text, not a copy: words() slices the document's words for it,
        # where a copy longer than a name would be tokenized anew, and kept in place of
        # the document
        if e.start >= end and all(_describes(w) for w in words(doc.text, end, e.start)):
            end = e.end
    return end


def _describes(word: Word) -> bool:
    """Punctuation, or a definite nisba adjective («الرسمية») describing the name before."""
    return not word.text[:1].isalnum() or (
        word.folded.startswith("ال") and word.folded.endswith(("ي", "يه")))


def after_attribution(doc: Doc, tokens: Sequence[Word], start: int) -> int:
    """Where the clause starts once "به گزارش X،" / "نقلا عن X،" is skipped: after the comma,
    or, when the writer left it out, after the first name that follows the marker. A chain
    ("به گزارش X به نقل از Y،") is skipped whole. An attribution that ends the sentence
    ("...، بحسب ما ذكرت وكالة الأنباء السورية \"سانا\".") leaves the clause before it."""
    k = 0
    while k < len(tokens):
        last = _attribution_end(tokens, k)
        if last is None:
            k += 1
            continue
        before = start
        start, resume = _past_attribution(doc, tokens, last, start)
        if not any(w.text[:1].isalnum() for w in tokens[resume:]):
            return before
        chained = next((j for j in range(resume, min(resume + ATTRIBUTION_CHAIN, len(tokens)))
                        if _attribution_end(tokens, j) is not None), None)
        if chained is None:
            return start
        k = chained
    return start


__all__: Sequence[str] = ["after_attribution"]
