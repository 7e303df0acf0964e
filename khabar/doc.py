"""The data model: one ``Doc`` carries an article through every stage.

``Doc.raw`` is the decoded input and never changes. ``Doc.text`` is the working text
(boilerplate removed, normalized); ``Doc.text_map`` maps it back to ``raw``. Spans
(entities, dates, events, quotes) hold offsets into ``Doc.text`` and are attached only
once the text is final, so every extracted fact points at the characters it came from.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from khabar.errors import OffsetError
from khabar.offsets import OffsetMap


def content_id(raw: str) -> str:
    """The stable article id: the first 16 hex digits of sha256 of the decoded text."""
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass
class Span:
    """A range of ``Doc.text``; subclasses add what was found there."""

    start: int
    end: int


@dataclass
class Participant:
    """An actor, target or speaker: a mention plus what it links to."""

    text: str | None = None
    start: int | None = None
    end: int | None = None
    name_en: str | None = None
    kb_id: str | None = None
    country: str | None = None
    role: str | None = None
    confidence: float | None = None


@dataclass
class Place:
    """A resolved location."""

    name_en: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    confidence: float | None = None
    division: str | None = None
    """The ISO 3166-2 code when the place is a first-level division (a province:
    ``IR-11``), not a city or a country in it."""


# Entity sources that rules in several modules test or give (``Entity.source``, written out
# in the contract): one name each, so a rule reads which finder it means and a typo fails
# at import. Session 25 (2026-12-07), engineer mend5: they were string literals repeated
# across modules. A source that one module alone gives keeps its own ``SOURCE`` there.
PRONOUN_SOURCE = "pronoun"
"""A pronoun read as the person named before it («وی», «او»; ``entities.coref``)."""
ROLE_SOURCE = "role"
"""A post named alone read as its holder («ولي العهد», «رئیس‌جمهور»; ``entities.coref``)."""
GOVERNMENT_SOURCE = "government"
"""The source of a Persian organisation that names a government («دولت آمریکا», «رژیم
صهیونیستی»: ``entities.persian_governments``, session 25 (2026-12-07)), and of an Arabic one
that names a government or the states together («الحكومة التركية», «المجتمع الدولي»:
``entities.arabic_governments``, session 27): kept for events and quotes, which read it as
the state acting, but no organisation's name (a state is a place)."""
GOVERNMENT_PERSON_SOURCE = "government_person"
"""The source of a person read inside a government named after them («دولت [نوری مالکی]»,
``entities.persian_governments``): a name for the entity list, but no party of its own:
quotes, events and the country focus read the government it sits in (session 25
(2026-12-07), gov_speakers: «مقام دولت جانسون اعلام کرد» is an official speaking, not
Johnson)."""
PEOPLE_SOURCE = "people"
"""The source of an Arabic organisation that is a people or a sect named alone («الأكراد»,
«الشيعة»: ``entities.arabic_peoples``, session 27 (2026-12-07)): kept for events, which read
it as the group acting, but no organisation's name (a people is no named body)."""
REFERENCE_SOURCES = frozenset({PRONOUN_SOURCE, ROLE_SOURCE, GOVERNMENT_SOURCE, PEOPLE_SOURCE})
"""Sources of entities that refer to a person («وی», a role alone: «ولي العهد»), to a state
(its government) or to a people rather than name a person or a body: the rules that cut or
drop names leave them whole, and a names-only reading leaves them out."""
SURNAME_SOURCE = "surname"
"""The source of a person's surname found again alone, one word
(``entities.stage.add_surname_mentions``)."""
TAGGER_SOURCE = "crf"
"""A span of the statistical tagger (the CRF, or the neural tagger in its place;
``entities.ner``): the name predates the neural tagger and stays, as the contract writes it."""
GAZETTEER_SOURCE = "gazetteer"
"""A place found in the gazetteer of places (``entities.stage``, ``kb.places``)."""
TITLE_SOURCE = "title"
"""A person named after a title or post («آیت‌الله», «الشيخ»; ``entities.titles``)."""
GIVEN_NAME_SOURCE = "given_name"
"""A person found by a listed given name (``entities.persian_untagged_names`` and others)."""
ORG_LIST_SOURCE = "org_list"
"""A body found in the list of organisations (``entities.stage``)."""
ORG_PATTERN_SOURCE = "org_pattern"
"""A body found by a pattern of its head noun («وزارة ...», «سازمان ...»;
``entities.org_patterns``)."""
SUBJECT_SOURCE = "subject"
"""A body read as a quote's speaker from the sentence's subject (``events.quote_subjects``)."""


@dataclass
class Entity(Span):
    type: str = "MISC"
    text: str = ""
    kb_id: str | None = None
    name_en: str | None = None
    country: str | None = None
    role: str | None = None
    key: str | None = None
    """A language-neutral matching key (KB id, or a folded name) for linking and stories."""
    lat: float | None = None
    lon: float | None = None
    source: str | None = None
    """Which rule or model found it (e.g. ``gazetteer``, ``title``)."""


@dataclass
class DateMention(Span):
    text: str = ""
    value: str | None = None
    """ISO 8601: a date, or a date-time with offset."""
    calendar: str | None = None
    """jalali | hijri | gregorian | relative"""
    confidence: float = 1.0
    grain: str | None = None
    """second | minute | hour | day | week | month | year (None: not recorded)"""
    until: str | None = None
    """Last day (ISO date) of a range or of a week, month or year grain."""
    weekday_conflict: bool = False
    """The weekday written beside the date names another day."""


@dataclass
class Event(Span):
    type: str = ""
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    actor: Participant | None = None
    target: Participant | None = None
    location: Place | None = None
    date: str | None = None
    confidence: float = 0.0
    trigger: str | None = None
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    """Told only under a condition or as a possibility ("اگر ... حمله کنند", "إذا هاجمت"):
    kept for the reader, left out of event tables that count what happened."""
    historical: bool = False
    """Background told in passing ("the first visit in 1397"), not the news of the day."""
    date_start: int | None = None
    date_end: int | None = None
    """The date mention the date was read from; None when it is the publication date."""
    date_confidence: float | None = None
    summary_en: str | None = None
    """The event as a plain English sentence built from its fields."""
    mentions: list[tuple[int, int]] = field(default_factory=list)
    """Every span that tells this happening, in text order: ``(start, end)`` of the event's
    own and of each retelling merged into it; empty when the event was built alone."""


@dataclass
class Quote(Span):
    text: str = ""
    speaker: Participant | None = None
    verb: str | None = None
    direct: bool = False


@dataclass
class Source:
    """An outlet in the attribution chain, with the raw characters it was read from."""

    name: str
    relation: str
    """reported_by | quoted_from | source"""
    name_en: str | None = None
    raw_start: int | None = None
    raw_end: int | None = None
    outlet_id: str | None = None
    """The outlet's id in ``resources/meta/outlets.json``, when it is a known outlet."""
    news_id: str | None = None
    """The outlet's own number for the article ("کد خبر: ۴۸۳۴۶۲"), as ASCII digits."""


@dataclass
class RemovedLine:
    """A stretch of ``raw`` that cleaning dropped, and why."""

    raw_start: int
    raw_end: int
    reason: str


@dataclass
class Doc:
    raw: str
    meta: dict[str, Any] = field(default_factory=dict)
    """Hints from ingest: path, format, url, title, date, source (never rewritten)."""
    id: str = ""
    text: str = ""
    text_map: OffsetMap = field(default_factory=lambda: OffsetMap.identity(0))
    lang: str | None = None
    lang_confidence: float | None = None
    title: str | None = None
    title_span: tuple[int, int] | None = None
    """Raw offsets of the headline."""
    header: list[tuple[int, int]] = field(default_factory=list)
    """Raw offsets of lines before the body (kicker, headline, dateline)."""
    published: str | None = None
    published_text: str | None = None
    published_span: tuple[int, int] | None = None
    outlet: Source | None = None
    sources: list[Source] = field(default_factory=list)
    url: str | None = None
    removed: list[RemovedLine] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    title_entities: list[Entity] = field(default_factory=list)
    """Entities of the headline (``khabar.entities.title.v1``): offsets into ``title``."""
    title_map: OffsetMap | None = field(default=None, compare=False, repr=False)
    """Maps ``title`` to ``raw``; None when the headline was not read from ``raw``."""
    header_text: str | None = None
    """The masthead, dateline and byline lines of ``header`` and the dropped credit lines
    (``khabar.entities.header.v1``), normalized as ``text`` is and joined by newlines; None
    when none was read."""
    header_entities: list[Entity] = field(default_factory=list)
    """Entities of those lines: offsets into ``header_text``."""
    header_map: OffsetMap | None = field(default=None, compare=False, repr=False)
    """Maps ``header_text`` to ``raw``."""
    dates: list[DateMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    story: str | None = None
    fingerprint: list[int] = field(default_factory=list)
    embedding: Any = field(default=None, compare=False, repr=False)
    """The headline-and-lead vector of ``stories.embedding`` (a NumPy array), computed by
    the fingerprint stage in the analysis worker; None when the setting is off."""
    problems: list[str] = field(default_factory=list)
    """Stage failures recorded under the error policy: ``stage: message``."""
    stages: list[str] = field(default_factory=list)
    """Names of the stages that ran, in order."""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.raw)
        if not self.text and self.raw:
            self.text = self.raw
            self.text_map = OffsetMap.identity(len(self.raw))

    @property
    def has_spans(self) -> bool:
        return bool(self.sentences or self.entities or self.dates or self.events or self.quotes)

    def set_text(self, text: str, to_previous: OffsetMap) -> None:
        """Replace the working text; ``to_previous`` maps it to the current ``text``."""
        if self.has_spans:
            raise OffsetError(
                "the text changed after spans were attached; run cleaning and "
                "normalization stages before sentence, entity and event stages"
            )
        self.text_map = self.text_map.then(to_previous)
        self.text = text

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in ``raw`` of the text span [start, end)."""
        return self.text_map.span(start, end)

    def title_raw_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Offsets in ``raw`` of the title span [start, end), if the title came from raw."""
        return self.title_map.span(start, end) if self.title_map is not None else None

    def sentence_of(self, position: int) -> tuple[int, int] | None:
        """The sentence containing a text position, if sentences were split."""
        for start, end in self.sentences:
            if start <= position < end:
                return start, end
        return None
