"""Lone names of persons dead or out of office on the article's date.

«شهید سردار سلیمانی» in an article of December 2020, «الأمير نايف، رحمه الله» in 2015,
«المخلوع صالح»: no full name in the article, no role it names, yet the marker next to the
name (``kb/former_markers.tsv``) says the person no longer holds any office. Such a name
links to the one KB person it names whose every role ended before the article's date,
and only when no KB person of that name has no dated roles (whose status is unknown).
A role-based link takes the holder *on* the date; this takes a former holder, and only
with the marker's word for it.

A lone surname right after a noun of government («دولت بوش», «إدارة أوباما»;
``kb/government_nouns.txt``) names that government's head: it links to the one KB
person of that name in office on the article's date.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import lru_cache

from khabar.doc import PRONOUN_SOURCE, ROLE_SOURCE, Entity
from khabar.entities.gazetteer import PhraseIndex, Word, words
from khabar.entities.phrases import proclitics
from khabar.entities.titles import given_names, role_words, titles
from khabar.kb.entries import KbEntry, KnowledgeBase, per_kb, with_entry
from khabar.kb.leading_words import strip_leading
from khabar.normalize.fold import fold
from khabar.resources import load_lines, load_tsv

MARKERS = "kb/former_markers.tsv"
GOVERNMENT_NOUNS = "kb/government_nouns.txt"
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


@lru_cache(maxsize=1)
def before_marker_words() -> frozenset[str]:
    """The one-word markers that stand before a name, folded («السابق», «پیشین»): an
    office, the marker, then a name («الرئيس المصري السابق محمد مرسي») is that name's post."""
    return frozenset(fold(phrase) for side, phrase in load_tsv(MARKERS)
                     if side == "before" and " " not in phrase.strip())


def strip_markers(name: str) -> str:
    """The name without the markers it begins with ("شهید سلیمانی" -> "سلیمانی")."""
    return strip_leading(name, markers()[0])


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


def _fragments(entry: KbEntry) -> set[str]:
    """Last words of the entry's names that end another of its last words: a surname
    written apart in one spelling and joined in another («حسن فيروز آبادي» beside
    «فیروزآبادی») leaves a fragment («آبادي») that names no one alone."""
    lasts = {fold(n.split()[-1]) for lang, names in entry.names.items() if lang != "en"
             for n in names}
    return {w for w in lasts if any(o != w and o.endswith(w) for o in lasts)}


def _bearers(kb: KnowledgeBase, word: str) -> list[KbEntry]:
    """KB persons that the folded one-word name ``word`` may denote."""
    return list(_bearer_index(kb).get(word, ()))


@per_kb
def _bearer_index(kb: KnowledgeBase) -> dict[str, list[KbEntry]]:
    """Each folded one-word name -> the KB persons it may denote (their short names less
    their fragments), in the KB's order: one pass over the KB, where each name asked
    about read every entry's names again (issue 8)."""
    from khabar.kb.link import short_names

    index: dict[str, list[KbEntry]] = {}
    for entry in kb.entries.values():
        if entry.type == "PER":
            for word in short_names(entry) - _fragments(entry):
                index.setdefault(word, []).append(entry)
    return index


def former_bearer(kb: KnowledgeBase, word: str, day: str) -> KbEntry | None:
    """The one KB person named by the folded ``word`` (a surname, or the given name of a
    nasab name) who was out of every office on ``day``; None when there are several,
    or a bearer of the name has no dated roles."""
    bearers = _bearers(kb, word)
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
    starts, on = [w.start for w in tokens], day[:10]

    def bearer(word: str, person: Entity) -> KbEntry | None:
        marker = marked(text, tokens, starts, person)
        return former_bearer(kb, word, on) if marker else None

    return _link_lone_names(entities, others, skip, bearer,
                            lambda name: strip_titles(strip_markers(strip_titles(name))))


def _link_lone_names(entities: list[Entity], others: frozenset[str],
                     skip: frozenset[tuple[int, int]],
                     bearer: Callable[[str, Entity], KbEntry | None],
                     bare: Callable[[str], str]) -> list[Entity]:
    """Unlinked person mentions of one word once ``bare`` takes titles and markers off,
    linked to the entry ``bearer`` gives for that folded word, unless another person of
    the article bears it (``others``)."""
    result = []
    for e in entities:
        if (e.type == "PER" and e.kb_id is None and e.source not in (PRONOUN_SOURCE, ROLE_SOURCE)
                and (e.start, e.end) not in skip):
            name = [w for w in words(bare(e.text)) if w.text[0].isalnum()]
            word = name[0].folded if len(name) == 1 else None
            entry = bearer(word, e) if word and word not in others else None
            if entry is not None:
                e = with_entry(e, entry)
        result.append(e)
    return result


@lru_cache(maxsize=1)
def government_nouns() -> frozenset[str]:
    return frozenset(fold(w) for w in load_lines(GOVERNMENT_NOUNS))


def _after_government_noun(tokens: Sequence[Word], starts: Sequence[int],
                           person: Entity) -> bool:
    i = bisect_left(starts, person.start) - 1
    if i < 0 or (i > 0 and given_names().get(tokens[i - 1].text)):
        return False  # «محمود دولت آبادی»: the noun begins the name of a person
    folded = tokens[i].folded
    return folded in government_nouns() or (
        folded[:1] in proclitics() and folded[1:] in government_nouns())


def holder_on(kb: KnowledgeBase, word: str, day: str) -> KbEntry | None:
    """The one KB person named by the folded ``word`` who held an office on ``day``;
    None when there are several, or a bearer of the name has no dated roles."""
    bearers = _bearers(kb, word)
    if any(not e.roles for e in bearers):
        return None
    holding = [e for e in bearers if any(r.held_on(day) for r in e.roles)]
    return holding[0] if len(holding) == 1 else None


def link_governments(kb: KnowledgeBase, tokens: Sequence[Word], entities: list[Entity],
                     day: str | None, others: frozenset[str],
                     skip: frozenset[tuple[int, int]] = frozenset()) -> list[Entity]:
    """Unlinked one-word person mentions right after a government noun («دولت بوش»)
    linked to their ``holder_on`` the article's date, unless another person of the
    article bears the name."""
    from khabar.kb.link import strip_titles

    if day is None:
        return entities
    starts, on = [w.start for w in tokens], day[:10]

    def bearer(word: str, person: Entity) -> KbEntry | None:
        after = _after_government_noun(tokens, starts, person)
        return holder_on(kb, word, on) if after else None

    return _link_lone_names(entities, others, skip, bearer, strip_titles)
