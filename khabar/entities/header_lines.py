"""The stage ``khabar.entities.header.v1``: entities of an Arabic article's masthead,
dateline and byline lines (session 20 (2026-12-06), issue 5).

Cleaning sets these lines aside as the header (``khabar.clean.header``): «عين اليوم –
القاهرة», «حنان الحامدي – عين اليوم», «روما 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس».
The body's entity stage never reads them, yet they name the outlet, the place the report
was filed from and its writer, and the entity gold labels them (ENTITIES-GOLD.md: an
outlet or a writer in a dateline is a mention). The body's ``text`` cannot take them back
without moving every offset of every article, so they are kept beside it, as the headline
is (``khabar.entities.title.v1``):

- ``Doc.header_text``: those lines, normalized as the body is, joined by newlines;
- ``Doc.header_entities``: their entities, offsets into ``header_text``;
- ``Doc.header_map``: ``header_text`` mapped to ``Doc.raw``.

Each line is read alone by the entity stage's rules, tagger and KB linking
(``ner.find_entities``; its dateline rule, ``datelines_ar``, reads outlets and a writer
before an outlet). A line's other dashed side beside a place or an outlet is its writer
(``writer_beside``: «هشام لاشين-القاهرة», «القاهرة - محمد خليل», or a desk word,
``resources/entities/byline_desks_ar.txt``: «أميرة المولد – متابعات», or after a given
name a town the gazetteer lacks: «عبدالرحمن الشهري – بارق»), which the tagger reads
short («أميرة» of «أميرة المولد – الطائف»); a place that is but part of a dashed side is
part of a writer's name («الأحمدي» of «لجين الأحمدي – عين اليوم»), no place. Only in
``HEADER_LANGUAGES``: Persian header lines are dates and desks («گروه ورزشی»), checked
nowhere. A Persian print page's kicker over the headline is read (``KICKER_LANGUAGES``,
session 26 (2026-12-07), engineer ent_fa11): Hamshahri's names the speaker or the body the
report is about («معاون حمل و نقل و ترافیک شهرداری تهران:»), which the gold labels; one
that is only the tagger's person, no colon after it, is a column's title (``_column_title``).

A dumped page's credit lines («منبع: ایرنا», «المصدر: رويترز», «عکس: ...»), which
``khabar.clean.credits`` takes out of ``text`` since session 21, are read with them in
both languages (review_a, session 21 (2026-12-06)): they name who the report or its
picture comes from, were body mentions before, and the store lists and filters articles
by ``header_entities``, so the credited outlet keeps the article on its entity page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise

from khabar.doc import TAGGER_SOURCE, Doc, Entity
from khabar.entities.arabic_name_words import given_word
from khabar.entities.common_words import function_words
from khabar.entities.datelines_ar import (
    DASHES,
    REPLACED_SOURCES,
    fills_place,
    latin_word,
    outlet_index,
    without_marks,
    writer_named,
)
from khabar.entities.gazetteer import Word, words
from khabar.entities.titles import is_name_word
from khabar.entities.words import listed_keys
from khabar.kb.entries import KnowledgeBase, load_kb
from khabar.kb.link import kb_keys, link_in_document
from khabar.normalize.charmap import normalize
from khabar.offsets import OffsetMap, apply_edits
from khabar.registry import stage
from khabar.settings import Settings

HEADER_LANGUAGES = frozenset({"ar"})
READ_REASONS = frozenset({"header:masthead", "header:dateline", "header:byline"})
"""The header lines that tell who filed the report, from where: not the headline (read by
``khabar.entities.title.v1``) nor a kicker (a speaker's words)."""

KICKER_LANGUAGES = frozenset({"fa"})
KICKER_REASON = "header:kicker"
"""A print page's kicker over its headline (``khabar.clean.header``): in Hamshahri often the
speaker or the body the report is about («معاون حمل و نقل و ترافیک شهرداری تهران:»,
«وزارت خارجه فرانسه:», «آیت‌الله امامی کاشانی:»), which the gold labels like any line."""

CREDIT_REASON = "furniture:credit"
"""A source or photo credit of a dumped page (``khabar.clean.credits``): «منبع: ایرنا»,
«المصدر: واس», «عکس: مهدی عسگری». Read in every language: it names who the report or
its picture comes from, as a dateline does (review_a, session 21 (2026-12-06))."""

Finder = Callable[[Doc, KnowledgeBase], list[Entity]]


def read_lines(doc: Doc) -> list[tuple[int, int]]:
    """Raw spans of the lines read, in text order: the header's masthead, dateline and
    byline lines (``HEADER_LANGUAGES``), its kicker lines (``KICKER_LANGUAGES``) and the
    credit lines (any language)."""
    read = READ_REASONS if doc.lang in HEADER_LANGUAGES else frozenset()
    if doc.lang in KICKER_LANGUAGES:
        read |= {KICKER_REASON}
    header: list[tuple[int, int]] = []
    if read:
        reasons = [(r.raw_start, r.raw_end, r.reason) for r in doc.removed]
        header = [(start, end) for start, end in doc.header
                  if any(a <= start and end <= b and reason in read
                         for a, b, reason in reasons)]
    return sorted(header + credit_lines(doc))


def credit_lines(doc: Doc) -> list[tuple[int, int]]:
    """Raw spans of the credit lines cleaning dropped, without their line break: the
    outlet or photographer they name was a body mention before session 21 took them
    out of ``text``, and an entity page still lists the article through them."""
    spans = [(r.raw_start, r.raw_end) for r in doc.removed if r.reason == CREDIT_REASON]
    return [(start, start + len(doc.raw[start:end].rstrip())) for start, end in spans
            if doc.raw[start:end].strip()]


def header_text(doc: Doc, lines: Sequence[tuple[int, int]]) -> tuple[str, OffsetMap]:
    """The lines normalized and joined by newlines, and their map to ``Doc.raw``."""
    edits = [(0, lines[0][0], "")]
    edits += [(end, start, "\n") for (_, end), (start, _) in pairwise(lines)]
    edits.append((lines[-1][1], len(doc.raw), ""))
    joined, to_raw = apply_edits(doc.raw, edits)
    text, to_joined = normalize(joined, doc.lang)
    return text, to_raw.then(to_joined)


def _dash(tokens: Sequence[Word]) -> int | None:
    """The one dash of a line's words, if it has exactly one."""
    found = [k for k, w in enumerate(tokens) if w.text in DASHES]
    return found[0] if len(found) == 1 else None


def _names_slot(text: str, tokens: Sequence[Word], first: int, last: int) -> bool:
    """Words first..last are wholly one place or one outlet's name."""
    outlet = outlet_index().match_at(text, tokens, first)
    return (outlet is not None and outlet.last == last) or fills_place(text, tokens, first, last)


def byline_desks() -> frozenset[str]:
    """Words a byline's other side names the desk with instead of a place or an outlet
    («أميرة المولد – متابعات»: 'follow-ups', the news gathered from other outlets)."""
    return listed_keys("entities/byline_desks_ar.txt")


def _desk_slot(tokens: Sequence[Word], first: int, last: int) -> bool:
    return first == last and tokens[first].folded in byline_desks()


def _named_like_a_person(tokens: Sequence[Word]) -> bool:
    """Words that open on a given name or close on a family name with the article
    («سلوى سعد», «حنان الحامدي»): beside a desk word, which tells less than a place or an
    outlet, the side is a writer only so («تقرير خاص – متابعات» is a report's kicker)."""
    return given_word(tokens[0]) or (tokens[-1].text.startswith("ال") and len(tokens) > 1)


def writer_beside(text: str, tokens: Sequence[Word]) -> Entity | None:
    """In a line of two sides around one dash, one side a place or an outlet, the other
    side's two to four name words are the writer (``datelines_ar.writer_named``)."""
    dash = _dash(tokens)
    if dash is None:
        return None
    start = 0
    while start < dash and latin_word(tokens[start].text):
        start += 1  # a page's menu words before the line («Next Previous واس – الرياض»)
    end = len(tokens)
    if dash + 1 < end and _names_slot(text, tokens, dash + 1, end - 1):
        return writer_named(text, tokens, start, dash)
    if start < dash and _names_slot(text, tokens, start, dash - 1):
        return writer_named(text, tokens, dash + 1, end)
    side = tokens[start:dash]
    if side and dash + 1 < end and (
            (_desk_slot(tokens, dash + 1, end - 1) and _named_like_a_person(side))
            or (_unlisted_place_slot(tokens, dash + 1, end - 1) and given_word(side[0]))):
        return writer_named(text, tokens, start, dash)
    return None


UNLISTED_PLACE_WORDS = 2
"""Words of the longest place name the gazetteer lacks after a writer («– محايل عسير»)."""


def _unlisted_place_slot(tokens: Sequence[Word], first: int, last: int) -> bool:
    """One or two Arabic words that may be a name's (no function word or stopword): the town
    a writer files from, which the gazetteer may lack («عبدالرحمن الشهري – بارق», «علي
    السحاري – القنفذة»). Read so only after a side that opens on a given name (session 22
    (2026-12-06)). A town written with vowel marks («بارِق») is as much a word as one without
    (mend, session 22)."""
    return last - first < UNLISTED_PLACE_WORDS and all(
        without_marks(w.text).isalpha() and not latin_word(w.text)
        and w.folded not in function_words() and is_name_word(w) for w in tokens[first:last + 1])


def _part_of_a_side(e: Entity, tokens: Sequence[Word]) -> bool:
    """A place that shares its side of the line's one dash with other words: part of a
    writer's name («الأحمدي» of «لجين الأحمدي – عين اليوم»), not the dateline's place."""
    dash = _dash(tokens)
    if dash is None or e.type != "LOC":
        return False
    side = tokens[:dash] if e.end <= tokens[dash].start else tokens[dash + 1:]
    named = [w for w in side if not latin_word(w.text)]
    return bool(named) and (named[0].start, named[-1].end) != (e.start, e.end)


def _column_title(e: Entity, line: str, lang: str) -> bool:
    """A Persian kicker that is but one person of the tagger's, unlinked, is a column's title
    («خوردوخوراک», «لینکستان», «پهلوان پنبه»: design draw, session 26): a speaker's kicker
    closes on a colon or a verb («بهمن قبادی:», «ایاد علاوی مطرح کرد:»)."""
    return (lang in KICKER_LANGUAGES and e.type == "PER" and e.source == TAGGER_SOURCE
            and e.kb_id is None and not line[:e.start].strip() and not line[e.end:].strip())


def line_entities(line: str, lang: str, kb: KnowledgeBase, find: Finder) -> list[Entity]:
    """One header line's entities, read alone; its writer in place of the names the
    tagger or the lists read over it."""
    tokens = words(line)
    found = [e for e in find(Doc(raw=line, lang=lang, sentences=[(0, len(line))]), kb)
             if not _part_of_a_side(e, tokens) and not _column_title(e, line, lang)]
    writer = writer_beside(line, tokens)
    if writer is None:
        return found
    over = [e for e in found if e.start < writer.end and writer.start < e.end]
    if not all(e.source in REPLACED_SOURCES for e in over):
        return found
    return sorted([e for e in found if e not in over] + [writer], key=lambda e: e.start)


def header_entities(text: str, lang: str, kb: KnowledgeBase, find: Finder) -> list[Entity]:
    """The entities of the header lines in ``text`` (one a line), offsets into ``text``."""
    found: list[Entity] = []
    offset = 0
    for line in text.split("\n"):
        found += [replace(e, start=e.start + offset, end=e.end + offset)
                  for e in line_entities(line, lang, kb, find)]
        offset += len(line) + 1
    return kb_keys(link_in_document(kb, found))


@stage("khabar.entities.header.v1", requires=("header", "removed", "lang"),
       assigns=("header_text", "header_entities"))
def make_header_stage(settings: Settings) -> Callable[[Doc], Doc]:
    """Entities of the masthead, dateline and byline lines cleaning set aside (Arabic),
    of the kicker lines (Persian) and of the credit lines it dropped (any language), by
    the entity stage's rules and tagger; offsets into the header text, mapped to raw."""
    from khabar.entities.ner import entity_finder

    kb = load_kb(settings.get("kb.overlay") or None)
    find = entity_finder(settings)

    def run(doc: Doc) -> Doc:
        lines = read_lines(doc)
        if not lines or doc.lang is None:
            return doc
        doc.header_text, doc.header_map = header_text(doc, lines)
        doc.header_entities = header_entities(doc.header_text, doc.lang, kb, find)
        return doc

    return run
