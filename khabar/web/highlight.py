"""An article's text cut into segments by the spans found in it, for highlighting.

Spans may nest and overlap (an entity inside a quote inside an event sentence), so the
text is cut at every span boundary and each piece carries every span covering it. The
template prints each piece as escaped text; nothing from the article becomes markup.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Mark:
    kind: str
    """``entity``, ``date``, ``event`` or ``quote``."""
    start: int
    end: int
    label: str
    """What the span was read as (an English name, a date value, an event type)."""
    css: str
    """Extra class, e.g. the entity type."""
    key: str | None = None
    """The entity key an entity span links to."""


@dataclass
class Segment:
    text: str
    start: int
    marks: list[Mark] = field(default_factory=list)

    def of_kind(self, kind: str) -> Mark | None:
        return next((mark for mark in self.marks if mark.kind == kind), None)

    @property
    def classes(self) -> str:
        found = {f"hl-{mark.kind}" for mark in self.marks}
        found |= {f"hl-{mark.kind}-{mark.css}" for mark in self.marks if mark.css}
        return " ".join(sorted(found))

    @property
    def title(self) -> str:
        return "; ".join(f"{mark.kind}: {mark.label}" for mark in self.marks if mark.label)


def _safe_css(value: object) -> str:
    return "".join(ch for ch in str(value or "") if ch.isascii() and ch.isalnum())


def marks_of(record: dict[str, Any]) -> list[Mark]:
    """Every span of a contract record worth highlighting: its references («وی», a role
    phrase) too, linked to the person they resolve to, though the entity panel lists
    names only."""
    marks = [
        Mark("entity", e["start"], e["end"], e.get("name_en") or e.get("key") or e["text"],
             _safe_css(e.get("type")), e.get("key") or e.get("kb_id"))
        for e in (*record.get("entities", []), *record.get("references", []))
    ]
    marks += [Mark("date", d["start"], d["end"], str(d.get("value") or ""), "")
              for d in record.get("dates", []) if "start" in d and "end" in d]
    marks += [Mark("event", e["start"], e["end"], str(e.get("type") or ""),
                   _safe_css(e.get("type"))) for e in record.get("events", [])]
    marks += [Mark("quote", q["start"], q["end"], "quote", "") for q in record.get("quotes", [])]
    size = len(record.get("text", ""))
    return [mark for mark in marks if 0 <= mark.start < mark.end <= size]


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """The text cut at every mark boundary; joined back, the pieces are the text."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    pieces = []
    for start, end in itertools.pairwise(cuts):
        covering = [m for m in marks if m.start <= start and end <= m.end]
        pieces.append(Segment(text[start:end], start, covering))
    return pieces
