"""Outlets and writers in Arabic datelines and bylines: «سبق- جدة:», «ماجد الرفاعي- سبق-
جدة:», «محمد السريعي – عين اليوم», «عين اليوم – نيويورك», «الرياض ... م واس», «(واس)»,
«قال لـ«اليوم»».

A dateline slot is a stretch of one line closed on each side by a dash («-», «–», «—»), a
colon or the line's start or end (one side at least by a mark), or enclosed by brackets or
quotes. An outlet's name (its Arabic names in ``resources/meta/outlets.json``, or the short
name its datelines use, ``resources/entities/dateline_outlets_ar.tsv``) that fills a slot
is that outlet (ORG), whatever the word means elsewhere («سبق» 'preceded', «اليوم»
'today'). A place between dashes is the place the report comes from («الرياض - واس»); only
brackets or quotes make «الرياض» the newspaper. The last words of a short line that holds
a date («الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس», the Saudi Press Agency's
dateline) are a slot too.

The writer of a byline is the two to four words from the line's start to the dash before
the outlet («ماجد الرفاعي- سبق», «رغد عشميل – عين اليوم»): a person (PER), where no word
is a title or a function word and the words are not one place. A place that is but one
word of them is a name word (session 22 (2026-12-06)): given names and family names are
places too («سلوى المدني» of Salwa, «لجين الأحمدي» of Al Ahmadi). A name written with
its vowel marks («مسلّم الهواملة») is as Arabic as one without.

Both stand in place of the tagger's and the lists' entities over them; a titled person
stays.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from khabar.doc import (
    GAZETTEER_SOURCE,
    GIVEN_NAME_SOURCE,
    ORG_LIST_SOURCE,
    ORG_PATTERN_SOURCE,
    TAGGER_SOURCE,
    Entity,
)
from khabar.entities.common_words import function_words
from khabar.entities.gazetteer import Word, phrase_key, place_index
from khabar.entities.phrases import PhraseIndex
from khabar.entities.titles import person_key, titles
from khabar.entities.words import in_place_of_overlaps
from khabar.errors import ResourceError
from khabar.langid import script_of
from khabar.meta.outlets import outlets
from khabar.resources import load_json, load_tsv

DASHES = frozenset("-\u2013\u2014\u0640")
SLOT_MARKS = DASHES | {":"}
ENCLOSERS = {"(": ")", "«": "»", '"': '"', "\u201c": "\u201d"}
BYLINE_WORDS = range(2, 5)
DATELINE_TOKENS = 16
"""Tokens of the longest line read as a date dateline ending on an outlet."""
ERA_MARKS = frozenset({"م", "هـ", "ه"})
"""The marks of the Gregorian and Hijri eras that close a date."""
REPLACED_SOURCES = frozenset({TAGGER_SOURCE, GAZETTEER_SOURCE, ORG_LIST_SOURCE, ORG_PATTERN_SOURCE,
                              GIVEN_NAME_SOURCE, "quoted"})


@dataclass(frozen=True, slots=True)
class OutletRef:
    name_en: str


@lru_cache(maxsize=1)
def outlet_index() -> PhraseIndex[OutletRef]:
    """Arabic outlet names, the known ones and their dateline short names."""
    known = outlets().by_id
    index: PhraseIndex[OutletRef] = PhraseIndex()
    for entry in load_json("meta/outlets.json").get("outlets", []):
        for name in (entry.get("names") or {}).get("ar") or ():
            index.add(name, OutletRef(known[entry["id"]].name_en))
    for name, outlet_id in load_tsv("entities/dateline_outlets_ar.tsv"):
        short = known.get(outlet_id)
        if short is None:
            raise ResourceError(f"entities/dateline_outlets_ar.tsv: no outlet {outlet_id!r}")
        index.add(name, OutletRef(short.name_en))
    return index


class SlotLines:
    """Where the lines of a token sequence start and end."""

    def __init__(self, text: str, tokens: Sequence[Word]):
        self.text, self.tokens = text, tokens

    def starts(self, i: int) -> bool:
        return i == 0 or "\n" in self.text[self.tokens[i - 1].end:self.tokens[i].start]

    def opens(self, i: int) -> bool:
        """Whether token ``i`` starts its line or follows only a page's Latin menu words
        there («Next Previous عين اليوم – واس»)."""
        while not self.starts(i):
            if not latin_word(self.tokens[i - 1].text):
                return False
            i -= 1
        return True

    def ends(self, j: int) -> bool:
        """Whether the line ends before token ``j``."""
        return j >= len(self.tokens) or self.starts(j)

    def first(self, i: int) -> int:
        while not self.starts(i):
            i -= 1
        return i

    def last(self, i: int) -> int:
        while not self.ends(i + 1):
            i += 1
        return i


def slot_of(lines: SlotLines, first: int, last: int) -> str | None:
    """How the words first..last fill a dateline slot: "enclosed", "dashed", "dated",
    or None."""
    tokens = lines.tokens
    before = None if lines.opens(first) else tokens[first - 1].text
    after = None if lines.ends(last + 1) else tokens[last + 1].text
    if before in ENCLOSERS:
        return "enclosed" if after == ENCLOSERS[before] else None
    if (before or after) and before in (None, *SLOT_MARKS) and after in (None, *SLOT_MARKS):
        return "dashed"
    if after is None and _dated_line(lines, first):
        return "dated"
    return None


def _dated_line(lines: SlotLines, i: int) -> bool:
    """A short line whose words before ``i`` end on a date («2015 م», «2015م», «1436 هـ»)."""
    start, end = lines.first(i), lines.last(i) + 1
    before = lines.tokens[i - 1].text if i > start else ""
    return end - start <= DATELINE_TOKENS and (before[:1].isdigit() or before in ERA_MARKS)


def fills_place(text: str, tokens: Sequence[Word], first: int, last: int) -> bool:
    place = place_index().match_at(text, tokens, first)
    return place is not None and place.last >= last


def _writer(text: str, lines: SlotLines, dash: int) -> Entity | None:
    """The byline's writer: the words from the line's start to the dash at ``dash``."""
    tokens = lines.tokens
    start = lines.first(dash)
    while start < dash and latin_word(tokens[start].text):
        start += 1  # a page's menu words before the byline («Next Previous أحمد حجازي –»)
    return writer_named(text, tokens, start, dash)


def writer_named(text: str, tokens: Sequence[Word], start: int, stop: int) -> Entity | None:
    """The writer whose name is the words ``start``..``stop - 1`` of a byline: two to four
    Arabic words, none a function word, a title, a place or an outlet's name."""
    name = tokens[start:stop]
    if len(name) not in BYLINE_WORDS or not all(_arabic_word(w.text) for w in name):
        return None
    if _a_place_over(text, tokens, start, stop):
        return None
    for k, w in enumerate(name, start):
        if (w.folded in function_words() or titles().match_at(text, tokens, k) is not None
                or outlet_index().match_at(text, tokens, k) is not None):
            return None
    begin, end = name[0].start, name[-1].end
    return Entity(begin, end, type="PER", text=text[begin:end],
                  key=person_key(tokens, start, stop - 1), source="byline")


def _a_place_over(text: str, tokens: Sequence[Word], start: int, stop: int) -> bool:
    """A place name of two words or more among the words ``start``..``stop - 1`` (two to
    four): the side is a place («مكة المكرمة»), not a writer. A one-word place among
    other words is a name word («سلوى المدني», «لجين الأحمدي»)."""
    for k in range(start, stop):
        place = place_index().match_at(text, tokens, k)
        if place is not None and place.last > k:
            return True
    return False


def _arabic_word(word: str) -> bool:
    """Letters of the Arabic script only, vowel marks aside («مسلّم»): no Latin word or
    digit is part of a writer's name."""
    return _all_of_script(without_marks(word), "arabic")


def without_marks(word: str) -> str:
    """The word without its vowel marks (nonspacing marks: «مسلّم» -> «مسلم»), which a
    letters-only test would otherwise read as no letters."""
    return "".join(c for c in word if unicodedata.category(c) != "Mn")


def latin_word(word: str) -> bool:
    return _all_of_script(word, "latin")


def _all_of_script(word: str, script: str) -> bool:
    return bool(word) and all(script_of(c) == script for c in word)


def dateline_entities(text: str, tokens: Sequence[Word]) -> Iterator[Entity]:
    """The writers and outlets of the text's datelines and bylines, left to right."""
    lines = SlotLines(text, tokens)
    for match in outlet_index().find_all(text, tokens):
        slot = slot_of(lines, match.first, match.last)
        if slot is None or (slot != "enclosed" and fills_place(text, tokens, match.first,
                                                              match.last)):
            continue
        dash = match.first - 1
        if slot == "dashed" and dash > 0 and tokens[dash].text in DASHES:
            writer = _writer(text, lines, dash)
            if writer is not None:
                yield writer
        start, end = match.start, match.end
        # no country: a country on an organisation is a cue for the persons beside it, and
        # the writer of a byline is not the outlet's countryman for that (Reuters' writers)
        yield Entity(start, end, type="ORG", text=text[start:end], name_en=match.value.name_en,
                     key=f"org:{phrase_key(text[start:end])}", source="dateline")


def add_datelines(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the datelines' outlets and writers (see the module) in place of what
    they overlap, unless that is a titled person or a name read otherwise."""
    out = list(kept)
    for new in dateline_entities(text, tokens):
        over = [e for e in out if e.start < new.end and new.start < e.end]
        if all(e.source in REPLACED_SOURCES for e in over):
            out = in_place_of_overlaps(out, new)
    return sorted(out, key=lambda e: e.start)
