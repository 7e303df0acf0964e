"""Lone names of persons dead or out of office on the article's date.

«شهید سردار سلیمانی» in an article of December 2020, «الأمير نايف، رحمه الله» in 2015,
«المخلوع صالح»: no full name in the article, no role it names, yet the marker next to the
name (``kb/former_markers.tsv``) says the person no longer holds any office. Such a name
links to the one KB person it names whose every role ended before the article's date,
and only when no KB person of that name has no dated roles (whose status is unknown).
A role-based link takes the holder *on* the date; this takes a former holder, and only
with the marker's word for it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import Entity
from khabar.entities.gazetteer import PhraseIndex, Word, words
from khabar.entities.titles import role_words, titles
from khabar.kb.entries import KbEntry, KnowledgeBase
from khabar.resources import load_tsv

MARKERS = "kb/former_markers.tsv"
REACH = 3
"""Titles and role words allowed between a marker before the name and the name."""
_BETWEEN_AFTER = frozenset("،,()")


@lru_cache(maxsize=1)
def markers() -> tuple[PhraseIndex[bool], PhraseIndex[bool]]:
    """The markers that stand before a name, and those that follow it."""
    before: PhraseIndex[bool] = PhraseIndex()
    after: PhraseIndex[bool] = PhraseIndex()
    for side, phrase in load_tsv(MARKERS):
        (before if side == "before" else after).add(phrase, True)
    return before, after


def strip_markers(name: str) -> str:
    """The name without the markers it begins with ("شهید سلیمانی" -> "سلیمانی")."""
    tokens = words(name)
    i = 0
    while i < len(tokens) - 1:
        match = markers()[0].match_at(name, tokens, i)
        if match is None or match.last + 1 >= len(tokens):
            break
        i = match.last + 1
    return name[tokens[i].start:] if tokens else name


def _title_like(word: Word) -> bool:
    return word.text in titles() or word.folded in role_words()


def marked(text: str, tokens: Sequence[Word], starts: Sequence[int], person: Entity) -> bool:
    """Whether a marker begins the mention, precedes it (over titles and role words) or
    follows it (over a comma or a bracket)."""
    before, after = markers()
    own = words(person.text)
    if len(own) > 1 and before.match_at(person.text, own, 0) is not None:
        return True
    i = bisect_left(starts, person.start) - 1
    for _ in range(REACH + 1):
        if i < 0 or not tokens[i].text[0].isalnum():
            break
        if any(m.last == i for m in (before.match_at(text, tokens, j) for j in
                                     range(max(0, i - before.max_words + 1), i + 1)) if m):
            return True
        if not _title_like(tokens[i]):
            break
        i -= 1
    j = bisect_left(starts, person.end)
    while j < len(tokens) and tokens[j].text in _BETWEEN_AFTER:
        j += 1
    return j < len(tokens) and after.match_at(text, tokens, j) is not None


def former_on(entry: KbEntry, day: str) -> bool:
    """Whether every role of the entry (it has some) ended on or before ``day``."""
    return bool(entry.roles) and all(r.end is not None and r.end <= day for r in entry.roles)


def former_bearer(kb: KnowledgeBase, word: str, day: str) -> KbEntry | None:
    """The one KB person named by the folded ``word`` (a surname, or the given name of a
    nasab name) who was out of every office on ``day``; None when there are several,
    or a bearer of the name has no dated roles."""
    from khabar.kb.link import short_names

    bearers = [e for e in kb.entries.values() if e.type == "PER" and word in short_names(e)]
    if any(not e.roles for e in bearers):
        return None
    former = [e for e in bearers if former_on(e, day)]
    return former[0] if len(former) == 1 else None


def link_former(kb: KnowledgeBase, text: str, tokens: Sequence[Word],
                entities: list[Entity], day: str | None, others: frozenset[str],
                skip: frozenset[tuple[int, int]] = frozenset()) -> list[Entity]:
    """Unlinked one-word person mentions with a marker linked to their ``former_bearer``,
    unless another person of the article bears the name (``others``)."""
    from khabar.kb.link import strip_titles

    if day is None:
        return entities
    starts = [w.start for w in tokens]
    result = []
    for e in entities:
        if (e.type == "PER" and e.kb_id is None and e.source not in ("pronoun", "role")
                and (e.start, e.end) not in skip):
            name = [w for w in words(strip_titles(strip_markers(strip_titles(e.text))))
                    if w.text[0].isalnum()]
            word = name[0].folded if len(name) == 1 else None
            if word and word not in others and marked(text, tokens, starts, e):
                entry = former_bearer(kb, word, day[:10])
                if entry is not None:
                    e = replace(e, kb_id=entry.id, name_en=entry.name_en,
                                country=e.country or entry.country)
        result.append(e)
    return result
