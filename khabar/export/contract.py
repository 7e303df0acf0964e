"""The output contract, version 1 (OUTPUT.md): ``Doc`` to JSON record and back.

``entities`` holds names only; the pronouns and role phrases the pipeline resolved to a
person («وی», «رئیس جمهور», «الوزير») and the governments read as their state («دولت
آمریکا»), entity sources ``doc.REFERENCE_SOURCES``, are exported apart, in
``references``, with the identity of the person or state they resolve to
(``key``, ``kb_id``, ``name_en``) (session 25 (2026-12-07), issue 5): a reader of
``entities`` (an analyst, an NER scorer) expects names, as the entity gold labels them.
The Doc keeps both in ``Doc.entities``, which events and quotes read.

Offsets in a record point into its ``text``. Extra fields beyond the contract
(``raw_start``/``raw_end`` into the decoded input, ``removed``, ``dates``,
``country_focus``) are
allowed by the contract and keep provenance to the raw characters.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping
from dataclasses import asdict, fields
from typing import Any

from khabar.doc import (
    REFERENCE_SOURCES,
    DateMention,
    Doc,
    Entity,
    Event,
    Participant,
    Place,
    Quote,
    RemovedLine,
    Source,
)
from khabar.errors import ContractError
from khabar.offsets import OffsetMap

CONTRACT_VERSION = 1


# The contract's fields of an actor, target or speaker: present, null when unknown, so a
# tool reading ``actor["country"]`` never meets a missing key (session 18, issue 8).
PARTICIPANT_FIELDS = ("name_en", "kb_id", "country")


def _participant(p: Participant | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {k: v for k, v in asdict(p).items() if v is not None or k in PARTICIPANT_FIELDS}


def _place(p: Place | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {k: v for k, v in asdict(p).items() if v is not None or k in ("name_en", "country")}


def _with_raw(doc: Doc, record: dict[str, Any], start: int, end: int) -> dict[str, Any]:
    raw_start, raw_end = doc.raw_span(start, end)
    record["raw_start"], record["raw_end"] = raw_start, raw_end
    return record


def entity_record(doc: Doc, e: Entity) -> dict[str, Any]:
    return _with_raw(doc, _entity_fields(e), e.start, e.end)


def _entity_fields(e: Entity) -> dict[str, Any]:
    record = {
        "type": e.type, "text": e.text, "start": e.start, "end": e.end,
        "kb_id": e.kb_id, "name_en": e.name_en, "country": e.country, "role": e.role,
    }
    for extra in ("key", "lat", "lon", "source"):
        if getattr(e, extra) is not None:
            record[extra] = getattr(e, extra)
    return record


def is_reference(entity: Entity | Mapping[str, Any]) -> bool:
    """Whether an entity (or an entity record) is a reference to a person or a state, not a
    name: it is exported in ``references``, not ``entities``."""
    source = entity.get("source") if isinstance(entity, Mapping) else entity.source
    return source in REFERENCE_SOURCES


def _names(entities: Iterable[Entity]) -> list[Entity]:
    return [e for e in entities if not is_reference(e)]


def _references(entities: Iterable[Entity]) -> list[Entity]:
    return [e for e in entities if is_reference(e)]


def names_apart(record: Mapping[str, Any]) -> dict[str, Any]:
    """A record whose ``entities`` hold names only: references an older export kept among
    them (before ``references``, session 25) move to ``references``, in text order. A
    record whose ``entities`` hold no reference comes back equal."""
    moved = [e for e in record.get("entities") or () if is_reference(e)]
    if not moved:
        return dict(record)
    references = list(_in_text_order(record.get("references") or [], moved))
    return {**record, "entities": [e for e in record.get("entities") or ()
                                   if not is_reference(e)], "references": references}


def _in_text_order(first: Iterable[Any], second: Iterable[Any]) -> Iterable[Any]:
    """Two lists, each in text order, merged into one in text order (``start``); each
    keeps its own order, so splitting the result gives both back."""
    def start(item: Any) -> int:
        return int(item["start"] if isinstance(item, Mapping) else item.start)
    return heapq.merge(first, second, key=start)


def title_entity_record(doc: Doc, e: Entity) -> dict[str, Any]:
    """A headline entity: offsets into ``title``; ``raw_start``/``raw_end`` into the
    decoded input, or null when the headline was not read from it (given by ingest)."""
    record = _entity_fields(e)
    record["raw_start"], record["raw_end"] = doc.title_raw_span(e.start, e.end) or (None, None)
    return record


def header_entity_record(doc: Doc, e: Entity) -> dict[str, Any]:
    """An entity of the header lines: offsets into ``header``; ``raw_start``/``raw_end``
    into the decoded input."""
    record = _entity_fields(e)
    mapped = doc.header_map.span(e.start, e.end) if doc.header_map is not None else None
    record["raw_start"], record["raw_end"] = mapped or (None, None)
    return record


def event_record(doc: Doc, e: Event) -> dict[str, Any]:
    record = {
        "type": e.type, "mode": e.mode, "context": list(e.context),
        "actor": _participant(e.actor), "target": _participant(e.target),
        "location": _place(e.location), "date": e.date,
        "start": e.start, "end": e.end, "confidence": e.confidence,
        "trigger": e.trigger, "negated": e.negated, "future": e.future,
        "hypothetical": e.hypothetical, "historical": e.historical,
        "date_start": e.date_start, "date_end": e.date_end,
        "date_confidence": e.date_confidence, "summary_en": e.summary_en,
        "mentions": [_with_raw(doc, {"start": start, "end": end}, start, end)
                     for start, end in e.mentions or [(e.start, e.end)]],
    }
    return _with_raw(doc, record, e.start, e.end)


def quote_record(doc: Doc, q: Quote) -> dict[str, Any]:
    record = {
        "speaker": _participant(q.speaker) or dict.fromkeys(PARTICIPANT_FIELDS),
        "text": q.text, "start": q.start, "end": q.end, "verb": q.verb, "direct": q.direct,
    }
    return _with_raw(doc, record, q.start, q.end)


def date_record(doc: Doc, d: DateMention) -> dict[str, Any]:
    record = {
        "text": d.text, "start": d.start, "end": d.end, "value": d.value,
        "calendar": d.calendar, "confidence": d.confidence,
        "grain": d.grain, "until": d.until, "weekday_conflict": d.weekday_conflict,
    }
    return _with_raw(doc, record, d.start, d.end)


def source_record(s: Source) -> dict[str, Any]:
    return {
        "name": s.name, "name_en": s.name_en, "relation": s.relation,
        "raw_start": s.raw_start, "raw_end": s.raw_end, "outlet_id": s.outlet_id,
    }


def outlet_record(s: Source | None) -> dict[str, Any] | None:
    """The contract's ``outlet`` (name, name_en) plus its knowledge-file id and news id."""
    if s is None:
        return None
    return {"name": s.name, "name_en": s.name_en, "outlet_id": s.outlet_id,
            "news_id": s.news_id}


def to_record(doc: Doc) -> dict[str, Any]:
    """The contract JSON object of an analysed document."""
    return {
        "id": doc.id,
        "lang": doc.lang,
        "title": doc.title,
        "published": doc.published,
        "published_text": doc.published_text,
        "outlet": outlet_record(doc.outlet),
        "sources": [source_record(s) for s in doc.sources],
        "url": doc.url,
        "text": doc.text,
        "entities": [entity_record(doc, e) for e in _names(doc.entities)],
        "references": [entity_record(doc, e) for e in _references(doc.entities)],
        "title_entities": [title_entity_record(doc, e) for e in doc.title_entities],
        "header": doc.header_text,
        "header_entities": [header_entity_record(doc, e) for e in doc.header_entities],
        "events": [event_record(doc, e) for e in doc.events],
        "quotes": [quote_record(doc, q) for q in doc.quotes],
        "dates": [date_record(doc, d) for d in doc.dates],
        "sentences": [list(s) for s in doc.sentences],
        "country_focus": _country_focus(doc),
        "removed": [
            {"raw_start": r.raw_start, "raw_end": r.raw_end, "reason": r.reason}
            for r in doc.removed
        ],
        "problems": list(doc.problems),
        "contract": CONTRACT_VERSION,
        **({"story": doc.story} if doc.story else {}),
    }


def _country_focus(doc: Doc) -> str | None:
    """Derived from the entities, so an imported record gives the same value back."""
    from khabar.entities.geo import country_focus

    return country_focus(doc)


REQUIRED = ("id", "lang", "title", "published", "text", "entities", "events", "quotes")


def _build(cls: type, data: dict[str, Any], **nested: Any) -> Any:
    names = {f.name for f in fields(cls)}
    kwargs = {k: v for k, v in data.items() if k in names}
    kwargs.update(nested)
    return cls(**kwargs)


def from_record(record: dict[str, Any]) -> Doc:
    """Rebuild a Doc from a contract record, so that ``to_record`` gives it back."""
    missing = [name for name in REQUIRED if name not in record]
    if missing:
        raise ContractError(f"record lacks {', '.join(missing)}; is it khabar JSONL output?")
    text = record["text"]
    doc = Doc(raw=record.get("raw", text), id=record["id"], text=text)
    doc.text_map = _RecordedMap.from_record(record)
    doc.lang, doc.title, doc.url = record["lang"], record["title"], record.get("url")
    doc.published, doc.published_text = record["published"], record.get("published_text")
    if record.get("outlet"):
        doc.outlet = _build(Source, {**record["outlet"], "relation": "outlet"})
    doc.sources = [_build(Source, s) for s in record.get("sources", [])]
    doc.entities = list(_in_text_order([_build(Entity, e) for e in record["entities"]],
                                       [_build(Entity, e) for e in record.get("references",
                                                                              [])]))
    doc.title_entities = [_build(Entity, e) for e in record.get("title_entities", [])]
    doc.title_map = _RecordedMap.of_title(record)
    doc.header_text = record.get("header")
    doc.header_entities = [_build(Entity, e) for e in record.get("header_entities", [])]
    doc.header_map = _RecordedMap.of_entities(record, "header_entities", doc.header_text)
    doc.events = [
        _build(
            Event, e,
            actor=_build(Participant, e["actor"]) if e.get("actor") else None,
            target=_build(Participant, e["target"]) if e.get("target") else None,
            location=_build(Place, e["location"]) if e.get("location") else None,
            mentions=[(m["start"], m["end"]) for m in e.get("mentions", [])],
        )
        for e in record["events"]
    ]
    doc.quotes = [
        _build(Quote, q, speaker=_build(Participant, q["speaker"]) if q.get("speaker") else None)
        for q in record["quotes"]
    ]
    doc.dates = [_build(DateMention, d) for d in record.get("dates", [])]
    doc.sentences = [(s[0], s[1]) for s in record.get("sentences", [])]
    doc.removed = [_build(RemovedLine, r) for r in record.get("removed", [])]
    doc.problems = list(record.get("problems", []))
    doc.story = record.get("story")
    return doc


class _RecordedMap(OffsetMap):
    """The raw offsets a record carries, replayed for the spans it has."""

    __slots__ = ("_recorded",)

    def __init__(self, recorded: dict[tuple[int, int], tuple[int, int]], length: int) -> None:
        super().__init__(None, None, length)
        self._recorded = recorded

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> _RecordedMap:
        recorded = {}
        for kind in ("entities", "references", "events", "quotes", "dates"):
            for span in record.get(kind, []):
                for part in (span, *span.get("mentions", [])):
                    if "raw_start" in part:
                        recorded[(part["start"], part["end"])] = (part["raw_start"],
                                                                  part["raw_end"])
        return cls(recorded, len(record["text"]))

    @classmethod
    def of_title(cls, record: dict[str, Any]) -> _RecordedMap | None:
        """The headline entities' raw offsets; None when they have none."""
        return cls.of_entities(record, "title_entities", record["title"])

    @classmethod
    def of_entities(cls, record: dict[str, Any], key: str,
                    text: str | None) -> _RecordedMap | None:
        """The raw offsets of the entities under ``key`` (offsets into ``text``); None
        when they have none."""
        recorded = {(e["start"], e["end"]): (e["raw_start"], e["raw_end"])
                    for e in record.get(key, []) if e.get("raw_start") is not None}
        return cls(recorded, len(text or "")) if recorded else None

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self._recorded.get((start, end), (start, end))

    def then(self, inner: OffsetMap) -> OffsetMap:
        raise ContractError("an imported record's text cannot be re-normalized; re-analyse raw")
