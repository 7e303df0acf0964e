"""Stage ``khabar.meta.sources.v1``: the outlet and the chain of outlets it cites.

The outlet is, in order: the ingest hint (``doc.meta["source_name"]`` or
``doc.meta["source"]``), a masthead line naming a known outlet ("پیام خوزستان",
"العالم - ايران", or "پیام خوزستان - " opening a line), the domain of the article's
URL, or the first outlet of a byline or dateline slot (``khabar.meta.datelines``: «محمد
السريعي – عين اليوم», «سبق- جدة:», «ایلنا:»). Every such slot's outlet also joins the
chain: ``reported_by`` when it is the article's outlet, ``source`` when it is another
that the outlet credits («عين اليوم – واس»). The chain comes from reporting formulas kept as data
(``resources/meta/attribution.tsv``): "به گزارش X" (reported_by), "به نقل از Y"
(quoted_from), "منبع: Z" (source), "نقلا عن", "حسبما أفادت", "according to"... Sources
carry offsets into ``doc.raw``, because credit lines are often cut from the text; their
``name`` is those characters as the text is repaired (``khabar.meta.source_names``).

Only lines of the header, of the body and of removed stretches that are not lists
(related articles, navigation, comments) are searched, and nothing after an
end-of-article marker ("انتهای پیام").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from khabar.doc import Doc, Source
from khabar.meta.alternation import flat_alternation
from khabar.meta.datelines import merged, overlap, remembered_outlets
from khabar.meta.lexicon import LB, RB, alternation, for_matching, key
from khabar.meta.lexicon import SPACE as S
from khabar.meta.news_ids import news_id_in_text, news_id_in_url
from khabar.meta.outlets import Outlet, outlets
from khabar.meta.source_names import shown
from khabar.registry import stage
from khabar.resources import load_tsv
from khabar.settings import Settings

#: Removed stretches whose reason names one of these are lists, not the article.
LIST_REASONS = (
    "related", "list", "nav", "menu", "link", "comment", "footer", "tag", "share", "form",
    "after-end", "trailing",
)
#: How far after a formula its outlet may be named, in characters.
WINDOW = 90
#: Lines from the top searched for a masthead.
MASTHEAD_LINES = 10
_DELIMITER = re.compile(r"[,.;:\n()«»\"]")


@dataclass(frozen=True)
class _Formulas:
    pattern: re.Pattern[str]
    """Any formula; multi-word ones may be glued to the word before ("یابدبه گزارش")."""
    meaning: dict[str, tuple[str, str]]
    """Lookup key -> (relation, mode)."""
    words: dict[str, frozenset[str]]
    """mode -> lookup keys of desk, not_name, agency_head, agency_tail and end words."""
    agency: re.Pattern[str]
    end: re.Pattern[str]


@lru_cache(maxsize=1)
def _formulas() -> _Formulas:
    meaning: dict[str, tuple[str, str]] = {}
    single: list[str] = []
    multi: list[str] = []
    words: dict[str, set[str]] = {}
    for _lang, relation, mode, phrase in load_tsv("meta/attribution.tsv"):
        if relation == "-":
            words.setdefault(mode, set()).add(key(phrase))
            continue
        meaning[key(phrase)] = (relation, mode)
        (multi if " " in phrase.strip() else single).append(phrase)
    heads = alternation(_phrases("agency_head"))
    tails = alternation(_phrases("agency_tail"))
    return _Formulas(
        # guard: the boundary after the first letter lets re skip ahead; flat, so that it
        # skips by the first letters of every formula
        pattern=re.compile(
            f"(?P<f>{flat_alternation((multi, False), (single, True))}){RB}(?:{S}*:)?"
        ),
        meaning=meaning,
        words={mode: frozenset(keys) for mode, keys in words.items()},
        agency=re.compile(rf"{LB}{heads}{RB}(?:{S}+[^\s,.;:]+){{1,4}}?{S}+{LB}{tails}{RB}"),
        end=re.compile(f"{alternation(_phrases('end'), guard=True)}{RB}"),
    )


def _phrases(mode: str) -> list[str]:
    return [row[3] for row in load_tsv("meta/attribution.tsv") if row[2] == mode]


# ---------------------------------------------------------------- where to look


def _allowed(doc: Doc) -> list[tuple[int, int]]:
    """Raw stretches that belong to the article: header, body and non-list removals."""
    if doc.text_map.is_identity and not doc.removed:
        return [(0, len(doc.raw))]
    spans = list(doc.header)
    cursor = 0
    for line in doc.text.split("\n"):
        if line.strip():
            spans.append(doc.raw_span(cursor, cursor + len(line)))
        cursor += len(line) + 1
    for removed in doc.removed:
        if not any(word in removed.reason.lower() for word in LIST_REASONS):
            spans.append((removed.raw_start, removed.raw_end))
    return sorted(spans)


def raw_lines(raw: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line of ``raw``, without the line break."""
    start = 0
    for line in raw.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def searchable_lines(doc: Doc, folded: str | None = None) -> Iterator[tuple[int, int]]:
    """Raw lines to search for formulas, in order, up to an end-of-article marker.

    ``folded`` is ``for_matching(doc.raw)`` when the caller has it (the fold keeps
    offsets, so a slice of it is the fold of that slice).
    """
    folded = for_matching(doc.raw) if folded is None else folded
    allowed = _allowed(doc)
    markers = [m.start() for m in _formulas().end.finditer(folded)]  # none cross a line
    first = 0  # allowed spans ending before the current line are never needed again
    for start, stop in raw_lines(doc.raw):
        while first < len(allowed) and allowed[first][1] < start:
            first += 1
        if not _touches(allowed, first, start, stop):
            continue
        marker = next((m for m in markers if start <= m < stop), None)
        if marker is not None:
            if marker > start:
                yield start, marker
            return
        yield start, stop


def _touches(allowed: list[tuple[int, int]], first: int, start: int, stop: int) -> bool:
    """Whether a sorted span from index ``first`` on overlaps the line (or is the empty
    line itself)."""
    for a, b in allowed[first:]:
        if a >= stop and a != start:
            return False
        if (a < stop and start < b) or a == start == stop:
            return True
    return False


# ---------------------------------------------------------------- formulas


def _source(doc: Doc, start: int, end: int, relation: str, outlet: Outlet | None) -> Source:
    return Source(doc.raw[start:end], relation, outlet.name_en if outlet else None, start, end,
                  outlet_id=outlet.id if outlet else None)


def _known_after(doc: Doc, folded: str, base: int, frm: int, to: int) -> Source | None:
    m = outlets().names.search(folded, frm, to)
    if m is None:
        return None
    outlet = outlets().lookup(m.group("name"))
    return _source(doc, base + m.start(), base + m.end(), "", outlet)


def _up_to_delimiter(folded: str, frm: int, to: int) -> str | None:
    """The text from ``frm`` up to the next comma or other delimiter before ``to``; None
    when no delimiter closes it, since an unclosed run is no name."""
    text = folded[frm:to]
    stop = _DELIMITER.search(text)
    return None if stop is None else text[:stop.start()]


def _unknown_after(doc: Doc, folded: str, base: int, frm: int, to: int) -> Source | None:
    """The words up to the next comma, if they look like a name (1-4 words, no desk word)."""
    name = _up_to_delimiter(folded, frm, to)
    if name is None:
        return None
    tokens = name.split()
    f = _formulas()
    blocked = f.words.get("desk", frozenset()) | f.words.get("not_name", frozenset())
    if not 1 <= len(tokens) <= 4 or key(tokens[0]) in blocked or tokens[0][0].isdigit():
        return None
    start = frm + len(name) - len(name.lstrip())
    return _source(doc, base + start, base + frm + len(name.rstrip()), "", None)


#: At most this many words name an organization after a formula (see ``org_head``).
ORGANIZATION_WORDS = 10


def _organization_after(doc: Doc, folded: str, base: int, frm: int, to: int) -> Source | None:
    """The words up to the next comma when they open with an organization word
    ("روابط عمومی", "وزارت", "المكتب"), however long the name ("به نقل از وزارت ارتباطات و
    فناوری اطلاعات،"): such a name is a source even when it is no outlet."""
    name = _up_to_delimiter(folded, frm, to)
    if name is None:
        return None
    tokens = name.split()
    words = _formulas().words
    heads, stops = words.get("org_head", frozenset()), words.get("not_in_org", frozenset())
    opens = tokens and (key(tokens[0]) in heads or key("".join(tokens[:2])) in heads)
    if not opens or len(tokens) > ORGANIZATION_WORDS or any(key(t) in stops for t in tokens):
        return None
    start = frm + len(name) - len(name.lstrip())
    return _source(doc, base + start, base + frm + len(name.rstrip()), "", None)


def _agency_after(doc: Doc, folded: str, base: int, frm: int, to: int) -> Source | None:
    m = _formulas().agency.search(folded, frm, to)
    return _source(doc, base + m.start(), base + m.end(), "", None) if m else None


def _known_agency(doc: Doc, folded: str, base: int, frm: int, to: int) -> Source | None:
    """"وكالة كونا للأنباء": the whole agency phrase, credited to the known outlet inside it."""
    m = _formulas().agency.search(folded, frm, to)
    inner = outlets().names.search(folded, m.start(), m.end()) if m else None
    if m is None or inner is None:
        return None
    return _source(doc, base + m.start(), base + m.end(), "", outlets().lookup(inner.group("name")))


#: A sentence ends here: an outlet before it is not the one a formula after it cites.
_SENTENCE_END = re.compile(r"[.!?\u06d4\n](?=[^.!?\u06d4\n]*$)")


def _known_before(doc: Doc, folded: str, base: int, frm: int) -> Source | None:
    """The last known outlet in the same sentence, shortly before an Urdu "کے مطابق"."""
    low = max(0, frm - WINDOW)
    end = _SENTENCE_END.search(folded, low, frm)
    found = list(outlets().names.finditer(folded, end.end() if end else low, frm))
    if not found:
        return None
    m = found[-1]
    return _source(doc, base + m.start(), base + m.end(), "", outlets().lookup(m.group("name")))


Finder = Callable[[Doc, str, int, int, int], "Source | None"]
_AFTER: dict[str, tuple[Finder, ...]] = {
    "name": (_known_after, _unknown_after, _organization_after),
    "label": (_known_after, _unknown_after, _organization_after),
    "known": (_known_agency, _known_after, _agency_after, _organization_after),
}


def _line_sources(doc: Doc, start: int, stop: int, folded_raw: str) -> Iterator[Source]:
    folded = folded_raw[start:stop]
    f = _formulas()
    hits = list(f.pattern.finditer(folded))
    for index, hit in enumerate(hits):
        relation, mode = f.meaning[key(hit.group("f"))]
        if mode == "before":
            found = _known_before(doc, folded, start, hit.start())
        else:
            to = hits[index + 1].start() if index + 1 < len(hits) else len(folded)
            to = min(to, hit.end() + WINDOW)
            found = next((s for finder in _AFTER[mode]
                          if (s := finder(doc, folded, start, hit.end(), to)) is not None), None)
        if found is not None:
            found.relation = relation
            yield found


def _identity(source: Source) -> tuple[str, str]:
    return (key(source.name_en or source.name), source.relation)


def attributions(doc: Doc, folded: str | None = None) -> list[Source]:
    """The attribution chain, in reading order, each outlet and relation once
    (``folded``: ``for_matching(doc.raw)``, if the caller has it)."""
    folded = for_matching(doc.raw) if folded is None else folded
    seen: set[tuple[str, str]] = set()
    chain = []
    for start, stop in searchable_lines(doc, folded):
        for source in _line_sources(doc, start, stop, folded):
            if _identity(source) not in seen:
                seen.add(_identity(source))
                chain.append(source)
    return chain


# ---------------------------------------------------------------- the outlet


def _masthead(doc: Doc) -> tuple[Source, Outlet] | None:
    """A top line that is an outlet's name, or that opens with "<outlet> - "."""
    lines = sorted(set(doc.header) | set(_top_lines(doc.raw)))
    pattern = _masthead_pattern()
    for start, stop in lines:
        m = pattern.match(for_matching(doc.raw[start:stop]))
        outlet = outlets().lookup(m.group("name")) if m else None
        if m is not None and outlet is not None:
            return _source(doc, start + m.start("name"), start + m.end("name"), "outlet",
                           outlet), outlet
    return None


@lru_cache(maxsize=1)
def _masthead_pattern() -> re.Pattern[str]:
    names = outlets().names.pattern
    return re.compile(rf"{S}*{names}{S}*(?:$|[-|]{S})")


def _top_lines(raw: str) -> list[tuple[int, int]]:
    lines = [(a, b) for a, b in raw_lines(raw) if raw[a:b].strip()]
    return lines[:MASTHEAD_LINES]


def locate_outlet(doc: Doc) -> tuple[Source, Outlet | None] | None:
    """The outlet of ``doc`` and its knowledge record, if it can be told."""
    hint = doc.meta.get("source_name") or doc.meta.get("source")
    if isinstance(hint, str) and hint.strip():
        outlet = outlets().lookup(hint) or outlets().lookup(str(doc.meta.get("source", "")))
        return Source(hint.strip(), "outlet", outlet.name_en if outlet else None,
                      outlet_id=outlet.id if outlet else None), outlet
    found = _masthead(doc)
    if found is not None:
        return found
    url = doc.url or doc.meta.get("url")
    outlet = outlets().by_url(url) if isinstance(url, str) else None
    if outlet is not None:
        return Source(outlet.name_en, "outlet", outlet.name_en, outlet_id=outlet.id), outlet
    return _datelined(doc)


def _datelined(doc: Doc) -> tuple[Source, Outlet] | None:
    """The first outlet of a byline or dateline slot that is no news agency: an agency's
    dateline («ايسنا: ...», «... م واس») is as often its report reprinted by a paper as
    its own page, so it is a source, not the outlet. Nor is an outlet that a formula
    credits («منبع: گاردين»)."""
    found = [(s, o) for s, o in _dateline_hits(doc) if o.type != "news_agency"]
    credited = attributions(doc) if found else []
    for source, outlet in found:
        if not any(overlap(source, other) for other in credited):
            return replace(source, relation="outlet"), outlet
    return None


def _dateline_hits(doc: Doc, folded: str | None = None) -> list[tuple[Source, Outlet]]:
    return remembered_outlets(doc, lambda: searchable_lines(doc, folded))


def _dateline_sources(doc: Doc, folded: str, chain: list[Source]) -> list[Source]:
    """The outlets of the byline and dateline slots, as the chain has them; not the
    masthead the outlet was read from («العالم - ايران»), nor a name a formula of
    ``chain`` already credits."""
    own = doc.outlet
    top = _masthead(doc)
    taken = [top[0], *chain] if top else chain
    found = []
    for source, outlet in _dateline_hits(doc, folded):
        if any(overlap(source, other) for other in taken):
            continue
        mine = own is not None and own.outlet_id == outlet.id
        found.append(replace(source, relation="reported_by" if mine else "source"))
    return found


def with_news_id(doc: Doc, outlet: Source, known: Outlet | None, folded: str | None = None
                 ) -> Source:
    """The outlet with the article's number at that outlet: labelled in the text, or in
    the URL of a known outlet (``folded``: ``for_matching(doc.raw)``, if known)."""
    found = news_id_in_text(doc.raw, folded)
    url = doc.url or doc.meta.get("url")
    if found is None and known is not None and isinstance(url, str) and (
        outlets().by_url(url) == known
    ):
        found = news_id_in_url(url)
    if found is not None:
        outlet.news_id = found.value
    return outlet


@stage("khabar.meta.sources.v1", requires=("text", "header"), assigns=("outlet", "sources"))
def make_sources(settings: Settings) -> Callable[[Doc], Doc]:
    """The outlet (hint, masthead or URL) and the outlets it cites (reporting formulas)."""

    def sources(doc: Doc) -> Doc:
        folded = for_matching(doc.raw)
        located = locate_outlet(doc)
        doc.outlet = with_news_id(doc, *located, folded) if located else None
        chain = attributions(doc, folded)
        doc.sources = [shown(doc, s) for s in merged(chain, _dateline_sources(doc, folded, chain))]
        doc.outlet = shown(doc, doc.outlet) if doc.outlet else None
        return doc

    return sources
