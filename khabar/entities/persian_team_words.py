"""Words that describe a Persian team are not its name (issue 5, session 24 (2026-12-07),
engineer ent_fa8).

After «تیم»/«باشگاه» Persian sports news sets an adjective of standing or origin before the
club's name («دو تیم پرطرفدار پرسپولیس و استقلال», «تیم قدرتمند کفایتی مشهد», «تیم داخلی
پیکان تهران», «تیم قدیمی کلن»), or a sport, an age group or a field where no club is named
(«تیم کشتی فرنگی», «تیم بسکتبال بزرگسالان کشورمان»), or its nationality («نام باشگاه
ژاپنی مدنظر این بازیکن»); a rank or a field stands in place of a name, and what follows it
is its complement («5 تیم برتر دوم گروه‌ها», «تیم بازرسی آژانس», «تیم پزشکی»). The tagger
and the club rules read those words into the name, or as the name: the project's gold
labels the club's name alone (a generic noun of kind before a proper name is left out,
bench/data/ENTITIES-GOLD.md) and no team without one. An organisation right after a team's
noun («تیم», «باشگاه»: ``resources/entities/club_heads_fa.txt``, a sport of
``club_kinds_fa.txt`` between them allowed), or opening with one, loses the describing
words it opens with (``resources/entities/team_descriptors_fa.txt`` and the gazetteer's
nationality adjectives; not all the words of
``sport_words_fa.txt``, whose «فدراسیون» opens a body's name), and is none when no other
word is left («[تیم بسکتبال]») or a rank or field opens the rest
(``resources/entities/team_ranks_fa.txt``). Where only a place is left («تیم پرستاره
تهران», a national team «تیم کشتی آزاد نوجوانان ایران»), the team is named by its place,
no club's name: the organisation is left as it was, to the rules that read places. A
national team («تیم ملی») keeps its noun, as ``persian_tidy.without_kind`` keeps it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import Entity
from khabar.entities.gazetteer import demonyms, place_index
from khabar.entities.persian_tidy import is_word
from khabar.entities.titles import place_nouns
from khabar.entities.words import Word, listed_keys, phrase_key

MAX_DESCRIPTOR_WORDS = 2
"""The longest describing phrase of the list («کشتی فرنگی», «لیگ برتری»)."""
AND = "و"
"""The conjunction joining describing words, skipped between them."""
MAX_WORDS_BACK = 4
"""A team's noun, its sport and describing words before an organisation: «تیم بسکتبال
بزرگسالان»."""


def _team_nouns() -> frozenset[str]:
    return listed_keys("entities/club_kinds_fa.txt")


def _team_heads() -> frozenset[str]:
    """«تیم», «باشگاه»: the nouns a team's name follows; the sports and «فرهنگی» of
    ``club_kinds_fa.txt`` only between them («ارزش‌های فرهنگی ایرانی» names no team)."""
    return listed_keys("entities/club_heads_fa.txt")


def _describing_words() -> frozenset[str]:
    return listed_keys("entities/team_descriptors_fa.txt")


def _team_ranks() -> frozenset[str]:
    return listed_keys("entities/team_ranks_fa.txt")


@lru_cache(maxsize=1)
def _words_before_name() -> frozenset[str]:
    """The words that may stand between a team's noun and its name: describing words,
    ranks and fields, sports."""
    return _describing_words() | _team_ranks() | _team_nouns()


def _after_team_noun(tokens: Sequence[Word], ends: Sequence[int], e: Entity) -> bool:
    """Does a team's noun stand right before the organisation, or before describing words
    right before it («تیم بسکتبال بزرگسالان [کشورمان]»)?"""
    k = bisect_right(ends, e.start) - 1
    for _ in range(MAX_WORDS_BACK):
        if k < 0:
            return False
        if tokens[k].folded in _team_heads():
            return True
        if tokens[k].folded not in _words_before_name():
            return False
        k -= 1
    return False


def _opens_with_team_noun(tokens: Sequence[Word], starts: Sequence[int], e: Entity) -> bool:
    first = bisect_left(starts, e.start)
    return first < len(tokens) and tokens[first].folded in _team_heads()


def _phrase_width(tokens: Sequence[Word], k: int, end: int, keys: frozenset[str]) -> int:
    """How many words from tokens[k] make a phrase of ``keys`` (0: none), longest first."""
    for width in range(min(MAX_DESCRIPTOR_WORDS, end - k), 0, -1):
        if "".join(w.folded for w in tokens[k:k + width]) in keys:
            return width
    return 0


def _describing_width(tokens: Sequence[Word], k: int, end: int) -> int:
    """How many words from tokens[k] make a describing phrase (0: none); a nationality
    adjective is one («باشگاه ژاپنی», «تیم ایتالیایی یوونتوس»)."""
    width = _phrase_width(tokens, k, end, _describing_words())
    return width or (1 if demonyms().get(tokens[k].text) is not None else 0)


def _name_start(tokens: Sequence[Word], first: int, end: int) -> int:
    """The first word of the name after the describing words and the «و» joining them
    («تیم قدیمی و پرافتخار استقلال»; ``end``: none left, also where a rank or field opens
    the rest: its complement follows, no name). An organisation that opens with «و» is
    left as it is («تیم [و ماساژور]»: the tagger's span holds no team's words)."""
    k = first
    while k < end:
        if is_word(tokens[k]) and tokens[k].folded not in _team_nouns() and not (
                k > first and tokens[k].folded == AND):
            if _phrase_width(tokens, k, end, _team_ranks()):
                return end
            width = _describing_width(tokens, k, end)
            if width == 0:
                return k
            k += width
        else:
            k += 1
    return end


def _only_a_place(text: str, tokens: Sequence[Word], k: int, end: int) -> bool:
    """Are tokens[k:end] a place of the gazetteer, after a place noun if one opens them
    («تهران», «شهر میلان»)?"""
    if k < end - 1 and tokens[k].folded in place_nouns():
        k += 1
    return place_index().get(text[tokens[k].start:tokens[end - 1].end]) is not None


def _without_descriptors(text: str, tokens: Sequence[Word], starts: Sequence[int],
                         e: Entity) -> Entity | None:
    first, end = bisect_left(starts, e.start), bisect_left(starts, e.end)
    k = _name_start(tokens, first, end)
    if k >= end:
        return None
    if k == first or tokens[first].folded in _team_heads():
        return e  # a team's noun the rules kept before a name: «تیم ملی …»
    if _only_a_place(text, tokens, k, end):
        return e  # a team named by its place («تیم پرستاره تهران»): no club's name to cut to
    start = tokens[k].start
    return replace(e, start=start, text=text[start:e.end],
                   key=f"org:{phrase_key(text[start:e.end])}", kb_id=None, name_en=None)


def team_names(text: str, tokens: Sequence[Word], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with each organisation after a team's noun cut to its name, or left out
    when it has none (see the module)."""
    starts = [w.start for w in tokens]
    ends = [w.end for w in tokens]
    out = []
    for e in entities:
        if e.type == "ORG" and (_after_team_noun(tokens, ends, e)
                                or _opens_with_team_noun(tokens, starts, e)):
            cut = _without_descriptors(text, tokens, starts, e)
            if cut is None:
                continue
            e = cut
        out.append(e)
    return out
