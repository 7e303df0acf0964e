"""Contract records as the store sees them: checked, canonical JSON, table rows.

The check is what a store needs to stay consistent: the fields OUTPUT.md requires,
their types, ``published`` as ISO 8601 with an offset, and spans that lie inside the
text (an entity's span being exactly its ``text``). A record failing it raises
``ContractError`` naming the record and what to fix.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from khabar.doc import Doc
from khabar.errors import ContractError
from khabar.export.contract import REQUIRED, names_apart, to_record

_OPTIONAL_TEXT = ("lang", "title", "published", "published_text", "url", "header")
_HELP = "see OUTPUT.md for the contract"


@dataclass(frozen=True)
class Analysed:
    """A contract record with what its analysis started from (as Parquet shards keep
    it): a store stores it exactly as it stores the Doc the record was made from."""

    record: Mapping[str, Any]
    raw: str | None = None
    meta: Mapping[str, Any] | None = None
    path: str | None = None
    fingerprint: list[int] | None = None
    embedding: bytes | None = None
    """The ``stories.embedding`` vector as stored (float16 bytes), when it was computed."""


def as_record(item: Doc | Mapping[str, Any] | Analysed) -> dict[str, Any]:
    """The contract record of an item; a record exported before ``references`` (session
    25) has the references its ``entities`` held moved there, so a store's entity rows
    and counts hold names only whatever it imports."""
    if isinstance(item, Doc):
        return to_record(item)
    if isinstance(item, Analysed):
        return names_apart(item.record)
    if isinstance(item, Mapping):
        return names_apart(item)
    raise ContractError(
        f"cannot store a {type(item).__name__}; pass a khabar Doc or a contract record dict"
    )


def record_id(item: object) -> str:
    """The id of an item, or ``""`` when it has none (for logging failures)."""
    if isinstance(item, Doc):
        return item.id
    if isinstance(item, Analysed):
        item = item.record
    found = item.get("id") if isinstance(item, Mapping) else None
    return found if isinstance(found, str) else ""


@dataclass(frozen=True)
class ArticleInput:
    """The stored columns an article was made from (kept when it is reprocessed)."""

    raw: str | None
    path: str | None
    meta: str | None
    """``Doc.meta`` as JSON."""
    ingested_at: str | None = None
    embedding: bytes | None = None
    """A story vector the item brought (``vector_bytes``): stored whatever
    ``stories.embedding`` says, so that an export re-imported exports the same."""


def raw_of(item: object) -> str | None:
    """The raw input an item carries with it (a mapping's or a Doc's ``raw``), if text."""
    raw = item.get("raw") if isinstance(item, Mapping) else getattr(item, "raw", None)
    return raw if isinstance(raw, str) else None


def meta_json(item: object) -> str | None:
    """The ingest hints of a Doc as JSON (``None`` for a record)."""
    meta = item.meta if isinstance(item, Doc | Analysed) else None
    if not meta:
        return None
    return json.dumps(meta, ensure_ascii=False, sort_keys=True, default=str)


def fingerprint_of(item: object) -> list[int] | None:
    """The story fingerprint the analysis computed, when it is known."""
    if isinstance(item, Doc | Analysed) and item.fingerprint:
        return list(item.fingerprint)
    return None


def vector_of(item: object) -> Any:
    """The headline-and-lead vector the analysis computed (``stories.embedding``), or the
    one an exported record carries (``story_vector``, as float16 bytes), if any."""
    if isinstance(item, Doc | Analysed):
        return item.embedding
    return _exported_vector(item) if isinstance(item, Mapping) else None


def vector_bytes(item: object) -> bytes | None:
    """The story vector an item brings, as stored (float16 bytes), or None."""
    vector = vector_of(item)
    if vector is None or isinstance(vector, bytes):
        return vector
    from khabar.stories.embed import to_bytes  # numpy: only when a Doc has a vector

    return to_bytes(vector)


STORY_VECTOR = "story_vector"
"""The export's field for the stored story vector: base64 of its float16 bytes."""


def _exported_vector(record: Mapping[str, Any]) -> bytes | None:
    encoded = record.get(STORY_VECTOR)
    if encoded is None:
        return None
    try:
        data = base64.b64decode(encoded, validate=True) if isinstance(encoded, str) else b""
    except binascii.Error:
        data = b""
    if not data or len(data) % 2:
        raise _fail(record, f"{STORY_VECTOR} must be base64 of float16 values")
    return data


def with_vector(record: dict[str, Any], vector: bytes | memoryview | None) -> dict[str, Any]:
    """An exported record with its stored story vector (``STORY_VECTOR``), when it has one."""
    if vector:
        record[STORY_VECTOR] = base64.b64encode(bytes(vector)).decode("ascii")
    return record


def _fail(record: Mapping[str, Any], problem: str) -> ContractError:
    return ContractError(f"record {record.get('id')!r}: {problem}; {_HELP}")


def _check_fields(record: Mapping[str, Any]) -> None:
    missing = [name for name in REQUIRED if name not in record]
    if missing:
        raise _fail(record, f"lacks {', '.join(missing)}")
    if not isinstance(record["id"], str) or not record["id"]:
        raise _fail(record, "id must be a non-empty string")
    if not isinstance(record["text"], str):
        raise _fail(record, "text must be a string")
    for name in _OPTIONAL_TEXT:
        if not isinstance(record.get(name), str | None):
            raise _fail(record, f"{name} must be a string or null")
    outlet = record.get("outlet")
    if outlet is not None and not (isinstance(outlet, Mapping) and "name" in outlet):
        raise _fail(record, "outlet must be null or an object with a name")


def _check_published(record: Mapping[str, Any]) -> None:
    published = record["published"]
    if published is None:
        return
    try:
        parsed = datetime.fromisoformat(published)
    except ValueError:
        raise _fail(record, f"published {published!r} is not ISO 8601") from None
    if parsed.tzinfo is None:
        raise _fail(record, f"published {published!r} lacks a UTC offset")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_span(record: Mapping[str, Any], kind: str, n: int, span: object) -> None:
    if not isinstance(span, Mapping):
        raise _fail(record, f"{kind}[{n}] must be an object")
    start, end = span.get("start"), span.get("end")
    if not (_is_int(start) and _is_int(end)):
        raise _fail(record, f"{kind}[{n}] needs integer start and end")
    if not 0 <= start <= end <= len(record["text"]):  # type: ignore[operator]
        raise _fail(record, f"{kind}[{n}] span ({start}, {end}) lies outside the text")


def _check_spans(record: Mapping[str, Any]) -> None:
    for kind in ("entities", "events", "quotes"):
        if not isinstance(record[kind], list):
            raise _fail(record, f"{kind} must be a list")
        for n, span in enumerate(record[kind]):
            _check_span(record, kind, n, span)
    for n, entity in enumerate(record["entities"]):
        found = record["text"][entity["start"] : entity["end"]]
        if found != entity.get("text") or not isinstance(entity.get("type"), str):
            raise _fail(record, f"entities[{n}] needs a type and text equal to {found!r}")
    _check_side_entities(record, "title_entities", "title")
    _check_side_entities(record, "header_entities", "header")
    _check_side_entities(record, "references", "text")
    for n, event in enumerate(record["events"]):
        if not isinstance(event.get("type"), str):
            raise _fail(record, f"events[{n}] needs a type")


def _check_side_entities(record: Mapping[str, Any], key: str, text_key: str) -> None:
    """Entities (optional) of a text beside the body, ``title_entities`` of ``title``
    and ``header_entities`` of ``header``, and the body's ``references`` (of ``text``):
    each a span of that text, equal to its own text, so an imported record cannot store
    entities its text does not hold."""
    found = record.get(key) or []
    if not isinstance(found, list):
        raise _fail(record, f"{key} must be a list")
    text = record.get(text_key) or ""
    for n, entity in enumerate(found):
        if not isinstance(entity, Mapping) or not (
                _is_int(entity.get("start")) and _is_int(entity.get("end"))):
            raise _fail(record, f"{key}[{n}] needs integer start and end")
        span = text[entity["start"]:entity["end"]]
        if not 0 <= entity["start"] <= entity["end"] <= len(text) or span != entity.get(
                "text") or not isinstance(entity.get("type"), str):
            raise _fail(record, f"{key}[{n}] needs a type and text equal to {span!r}"
                        f" in the {text_key}")


def check_record(record: Mapping[str, Any]) -> None:
    """Raise ``ContractError`` unless the record can be stored."""
    _check_fields(record)
    _check_published(record)
    _check_spans(record)
    _exported_vector(record)


def canonical(record: Mapping[str, Any]) -> tuple[dict[str, Any], str]:
    """The record as stored: JSON-clean, without ``story`` and ``story_vector`` (kept in
    their own columns); and its JSON text."""
    stored = {key: value for key, value in record.items() if key not in ("story", STORY_VECTOR)}
    try:
        text = json.dumps(stored, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise _fail(record, f"is not valid JSON ({error})") from None
    return json.loads(text), text


def day_of(published: str | None) -> str | None:
    return published[:10] if published else None


def _name(value: Any, key: str) -> Any:
    return value.get(key) if isinstance(value, Mapping) else None


def article_row(record: Mapping[str, Any]) -> dict[str, Any]:
    """The ``articles`` columns taken from a record."""
    outlet = record.get("outlet")
    return {
        "id": record["id"], "lang": record["lang"], "title": record["title"],
        "published": record["published"], "day": day_of(record["published"]),
        "outlet": _name(outlet, "name"), "outlet_en": _name(outlet, "name_en"),
        "url": record.get("url"), "text": record["text"],
        "n_entities": len(record["entities"]), "n_events": len(record["events"]),
        "n_quotes": len(record["quotes"]),
    }


ENTITY_COLUMNS = (
    'article_seq, n, article_id, type, text, start, "end", kb_id, name_en, country, role, key'
)


# The record's entity lists, each kept in the table of its own name: the body's, the
# headline's and the header lines' (masthead, dateline, byline).
ENTITY_TABLES = ("entities", "title_entities", "header_entities")

# The table of the record's ``references`` (pronouns, role phrases, governments read as a state;
# migration 0013_reference_mentions): read where an event's actor is tied to a key, never
# where names are listed or counted.
REFERENCE_TABLE = "reference_mentions"

# (table, record key) of every list of mentions a store keeps rows of.
MENTION_TABLES = (*((table, table) for table in ENTITY_TABLES), (REFERENCE_TABLE, "references"))


def entity_rows(record: Mapping[str, Any], seq: int,
                kind: str = "entities") -> list[tuple[Any, ...]]:
    """The mentions' rows (``ENTITY_COLUMNS``) of the article stored as ``seq``; with
    ``kind="title_entities"`` its headline's (table ``title_entities``), with
    ``kind="header_entities"`` its header lines' (table ``header_entities``), with
    ``kind="references"`` its references (table ``reference_mentions``)."""
    return [
        (seq, n, record["id"], e["type"], e["text"], e["start"], e["end"], e.get("kb_id"),
         e.get("name_en"), e.get("country"), e.get("role"), e.get("key"))
        for n, e in enumerate(record.get(kind) or [])
    ]


def event_rows(record: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    rows = []
    for n, e in enumerate(record["events"]):
        actor, target = e.get("actor"), e.get("target")
        rows.append((
            record["id"], n, e["type"], e.get("mode"),
            _name(actor, "kb_id"), _name(actor, "name_en"),
            _name(target, "kb_id"), _name(target, "name_en"),
            e.get("date"), e["start"], e["end"], e.get("confidence"),
            json.dumps(e, ensure_ascii=False),
        ))
    return rows


def quote_rows(record: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (record["id"], n, _name(q.get("speaker"), "name_en"), _name(q.get("speaker"), "kb_id"),
         q.get("text") or "", q["start"], q["end"])
        for n, q in enumerate(record["quotes"])
    ]
