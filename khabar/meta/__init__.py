"""Article metadata: dates in text, the publication date, the outlet and its sources.

``find_dates`` reads Jalali, Hijri and Gregorian date expressions (and relative ones,
given a reference time) in Persian, Arabic, Urdu and English, with offsets; the
stages ``khabar.meta.published.v1``, ``khabar.meta.dates.v1`` and
``khabar.meta.sources.v1`` use it and the outlet knowledge file.
"""

from __future__ import annotations

from khabar.meta.dates import DateMatch, dates_json, find_dates

__all__ = ["DateMatch", "dates_json", "find_dates"]
