"""Stage ``khabar.meta.dates.v1``: every date expression in the text, as ``DateMention``s.

Relative expressions ("دیروز", "منذ 3 أيام", "الأسبوع الماضي") are resolved against the
publication time, so an article without a stated date keeps only its absolute dates.
Times that name no zone are read in the article's zone (see ``published.doc_zone``).
Offsets point into ``doc.text``: ``doc.text[m.start:m.end] == m.text``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from khabar.doc import DateMention, Doc
from khabar.meta.dates import find_dates
from khabar.meta.published import checked_zone, doc_zone
from khabar.registry import stage
from khabar.settings import Settings


def _reference(doc: Doc) -> datetime | None:
    if not doc.published:
        return None
    try:
        return datetime.fromisoformat(doc.published)
    except ValueError:
        doc.problems.append(f"khabar.meta.dates.v1: published {doc.published!r} is not ISO 8601")
        return None


def date_mentions(doc: Doc, default_zone: str) -> list[DateMention]:
    """The dates in ``doc.text``, with offsets into it."""
    zone, _ = doc_zone(doc, default_zone)
    found = find_dates(doc.text, reference=_reference(doc), lang=doc.lang, tz=zone)
    return [
        DateMention(m.start, m.end, text=m.text, value=m.value, calendar=m.calendar,
                    confidence=m.confidence, grain=m.grain, until=m.until,
                    weekday_conflict=m.weekday_conflict)
        for m in found
    ]


@stage("khabar.meta.dates.v1", requires=("text", "sentences", "published"), assigns=("dates",))
def make_dates(settings: Settings) -> Callable[[Doc], Doc]:
    """Date expressions in the text (Jalali, Hijri, Gregorian and relative), with offsets."""
    default_zone = checked_zone(settings)

    def dates(doc: Doc) -> Doc:
        doc.dates = date_mentions(doc, default_zone)
        return doc

    return dates
