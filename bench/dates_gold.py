"""Date-expression gold cases: khabar's ``find_dates`` against dateparser, per file.

Usage: ``python bench/dates_gold.py [DATA]`` (DATA defaults to ../shared/data; the
cases are in DATA/date-gold, described in its SOURCE.md). Prints, per file, how many
scored cases each parser resolves correctly, the cases skipped and why, and the
time per expression. ``--show`` lists khabar's misses. Development data only: no
test reads it.

Parsers: khabar; dateparser as a user calls it (``parse``, or ``search_dates`` in a
sentence); and dateparser's Jalali/Hijri calendar classes told the calendar in advance
(for the Jalali and Hijri date strings; the rest as plain dateparser).

Scoring (the same for every parser), strict:

- a positive case is right when the first date found (or the one at the expected
  index) has the expected components: year, month, day, and hour/minute where the
  gold states them; a Jalali expectation (chrono-fa keeps Jalali components such as
  year 1399) is compared in the Jalali calendar; weekdays use the JS convention;
- a negative case (chrono ``expect_no_result``, dateparser's not-applicable test) is
  right when nothing is found;
- only the start of a range is compared (neither parser returns ranges here);
- dateparser single-word translation tests (a month or weekday name alone, a number
  word) are not date expressions and are skipped.

Convention-adjusted (reported beside the strict figure, never instead of it): a case
is also right when it differs from the gold only by a convention listed in
``CONVENTIONS`` (periods and stretches returned as ranges; dayparts at day grain). Conventions
khabar keeps and that are still counted as misses: a bare weekday is the nearest one
(duckling: the next), a day and month without a year is the nearest occurrence
(duckling: the next), "اليوم السابق"/"اليوم التالي" count from the story, not from the
publication date, so they are not resolved.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import jdatetime

from khabar.meta import find_dates

ROOT = Path(__file__).resolve().parent.parent
JS_DATE = re.compile(r"(\w{3}) (\w{3}) (\d{1,2}) (\d{4})")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
AGO = re.compile(r"^(\d+) (second|minute|hour|day|week|month|year)s? ago$")
NEWS_REFERENCE = datetime(2024, 6, 15, 12, 0)


@dataclass
class Case:
    source: str
    id: str
    text: str
    reference: datetime | None
    lang: str
    expect: dict[str, int] | None
    """Expected components; None for a negative case."""
    index: int | None = None
    span: str | None = None
    """The exact text the gold says was matched, where it says so."""
    category: str = "date"
    extra: list[tuple[str, dict[str, int]]] = field(default_factory=list)
    """More (substring, components) a search case must also find."""
    calendar: str | None = None
    """jalali | hijri when the case is a Jalali or Hijri date string (the issue's target)."""


@dataclass
class Found:
    start: int
    text: str
    moment: datetime | None
    jalali: tuple[int, int, int] | None = None
    grain: str = "day"
    until: date | None = None
    """Last day of a week, month or year (khabar's periods)."""


# ---------------------------------------------------------------- reading the gold


def _chrono_reference(raw: dict[str, Any] | None) -> datetime | None:
    if raw is None:
        return None
    if "raw_js_date_args" in raw:
        m = JS_DATE.search(raw["raw_js_date_args"])
        if m is None:
            return None
        return datetime(int(m.group(4)), MONTHS.index(m.group(2)) + 1, int(m.group(3)))
    return datetime(raw["year"], raw["month"], raw["day"], raw.get("hour", 12),
                    raw.get("minute", 0), raw.get("second", 0))


def chrono_cases(path: Path) -> Iterator[Case]:
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        reference = _chrono_reference(row.get("reference_date"))
        if row.get("expect_no_result"):
            yield Case("chrono", row["id"], row["text"], reference, "fa", None, category="negative")
            continue
        expect = row["expect"]
        start = {k: v for k, v in (expect.get("start") or {}).items() if k != "millisecond"}
        category = "range" if expect.get("end") else ("date" if start else "span-only")
        calendar = "jalali" if 0 < start.get("year", 0) < 1600 else None
        yield Case("chrono", row["id"], row["text"], reference, "fa", start,
                   index=expect.get("index"), span=expect.get("matched_text"), category=category,
                   calendar=calendar)


def _dt(value: dict[str, list[int]]) -> dict[str, int]:
    parts = value["datetime"] + [0] * 6
    keys = ("year", "month", "day", "hour", "minute", "second")
    found = dict(zip(keys, parts[:6], strict=True))
    if not any(parts[3:6]):
        found = {k: found[k] for k in keys[:3]}
    return found


def _components(moment: datetime, grain: str) -> dict[str, int]:
    keys = {"second": 6, "minute": 5, "hour": 4}.get(grain, 3)
    names = ("year", "month", "day", "hour", "minute", "second")[:keys]
    return {name: getattr(moment, name) for name in names}


def _ago(english: str, base: datetime) -> dict[str, int] | None:
    m = AGO.match(english.strip())
    if m is None:
        return None
    n, unit = int(m.group(1)), m.group(2)
    if unit in ("month", "year"):
        return None
    moment = base - timedelta(**{f"{unit}s": n})
    return _components(moment, "day" if unit in ("day", "week") else unit)


def dateparser_cases(path: Path) -> Iterator[Case]:
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        test, args, kwargs, cid = row["test"], row["args"], row["kwargs"], row["id"]
        base = NEWS_REFERENCE
        if test in ("test_replace_months", "test_replace_weekdays",
                    "test_replace_day_literal_with_numerals"):
            yield Case("dateparser", cid, "", None, "fa", None, category="skip:single word")
        elif test == "test_get_date":
            yield Case("dateparser", cid, kwargs["date_string"], None, "fa", _dt(kwargs["dt"]),
                       calendar="jalali")
        elif test == "test_datetime_parsing":  # Hijri strings (held out of ../shared)
            text = kwargs.get("dt_string") or args[0]
            value = kwargs.get("dt_obj") or args[1]
            yield Case("dateparser", cid, text, None, "ar", _dt(value), calendar="hijri")
        elif test in ("test_relative_past_dates", "test_normalized_relative_dates"):
            days = kwargs["ago"]["days"]
            yield Case("dateparser", cid, args[0], base, "ar",
                       _components(base - timedelta(days=days), "day"), category="relative")
        elif test == "test_freshness_translation":
            expect = _ago(args[2], base)
            category = "relative" if expect else "skip:duration, not a date"
            yield Case("dateparser", cid, args[1], base, args[0], expect, category=category)
        elif test == "test_not_applicable_languages":
            yield Case("dateparser", cid, args[1], None, args[0], None, category="negative")
        elif test in ("test_translation", "test_search_date_string"):
            yield Case("dateparser", cid, args[1], None, args[0],
                       {"year": 2015, "month": 1, "day": 7, "hour": 11, "minute": 0})
        elif test == "test_search_and_parse":
            reference = datetime(*kwargs["settings"]["RELATIVE_BASE"]["datetime"])
            pairs = [(text, _dt(value)) for text, value in args[2]]
            yield Case("dateparser", cid, args[1], reference, args[0], pairs[0][1],
                       category="search", extra=pairs[1:])
        else:
            yield Case("dateparser", cid, "", None, "", None, category=f"skip:{test}")


def duckling_cases(path: Path) -> Iterator[Case]:
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        reference = datetime.fromisoformat(row["reference_time"])
        value = row.get("value") or row.get("start")
        grain = (row.get("grain") or "Day").lower()
        moment = datetime.fromisoformat(value)
        keys = {"minute": "minute", "hour": "hour"}.get(grain, "day")
        expect = _components(moment, keys)
        category = {"datetime": "date", "interval": "range"}.get(row["type"], row["type"])
        if grain in ("week", "month", "year"):
            category = f"period:{grain}"
        yield Case("duckling", row["id"], row["text"], reference, "ar", expect, category=category)


FILES: dict[str, Callable[[Path], Iterator[Case]]] = {
    "chrono_fa_pr629_cases.jsonl": chrono_cases,
    "dateparser_fa_ar_cases.jsonl": dateparser_cases,
    "duckling_ar_time.jsonl": duckling_cases,
}


# ---------------------------------------------------------------- the parsers


def _wall_clock(moment: datetime, reference: datetime | None) -> datetime:
    """An aware time as wall-clock time in the reference's zone (duckling's convention)."""
    if moment.tzinfo is not None and reference is not None and reference.tzinfo is not None:
        return moment.astimezone(reference.tzinfo)
    return moment


def khabar_parse(case: Case) -> list[Found]:
    found = []
    zone = "Asia/Tehran"
    if case.reference is not None and case.reference.tzinfo is not None:
        zone = case.reference.isoformat()[-6:]  # times with no zone are in the reference's
    for m in find_dates(case.text, reference=case.reference, lang=case.lang, tz=zone):
        moment = _wall_clock(datetime.fromisoformat(m.value), case.reference)
        jalali = None
        if m.calendar == "jalali" and m.native and len(m.native) == 10:
            y, mo, d = (int(p) for p in m.native.split("-"))
            jalali = (y, mo, d)
        until = date.fromisoformat(m.until) if m.until else None
        found.append(Found(m.start, m.text, moment.replace(tzinfo=None), jalali, m.grain, until))
    return found


def dateparser_parse(case: Case) -> list[Found]:
    """dateparser as a user calls it: ``parse`` on a string, ``search_dates`` in a text."""
    import dateparser
    from dateparser.search import search_dates

    base = case.reference or NEWS_REFERENCE
    settings: dict[str, Any] = {"RELATIVE_BASE": base.replace(tzinfo=None)}
    if case.category in ("search",) or case.index:
        hits = search_dates(case.text, languages=[case.lang], settings=settings) or []
        return [Found(case.text.find(text), text, value) for text, value in hits]
    value = dateparser.parse(case.text, languages=[case.lang], settings=settings)
    return [Found(0, case.text, value)] if value else []


def dateparser_told_calendar(case: Case) -> list[Found]:
    """dateparser's JalaliCalendar/HijriCalendar classes, told the calendar in advance
    (which a user of free text cannot know); other cases as ``dateparser_parse``."""
    if case.calendar is None:
        return dateparser_parse(case)
    from dateparser.calendars.hijri import HijriCalendar
    from dateparser.calendars.jalali import JalaliCalendar

    parser = JalaliCalendar if case.calendar == "jalali" else HijriCalendar
    result = parser(case.text).get_date()
    return [Found(0, case.text, result.date_obj)] if result and result.date_obj else []


PARSERS: dict[str, Callable[[Case], list[Found]]] = {
    "khabar": khabar_parse,
    "dateparser": dateparser_parse,
    "dateparser_told_calendar": dateparser_told_calendar,
}


# ---------------------------------------------------------------- scoring


def _component(found: Found, name: str, jalali: bool) -> int:
    assert found.moment is not None
    if name == "weekday":
        return (found.moment.weekday() + 1) % 7
    if name in ("year", "month", "day") and jalali:
        if found.jalali:
            return found.jalali[("year", "month", "day").index(name)]
        j = jdatetime.date.fromgregorian(date=found.moment.date())
        return int(getattr(j, name))
    return int(getattr(found.moment, name))


def _matches(found: Found, expect: dict[str, int]) -> bool:
    if found.moment is None:
        return False
    jalali_years = 0 < expect.get("year", 0) < 1600
    for name, wanted in expect.items():
        jalali = bool(jalali_years or (found.jalali and "year" not in expect))
        if name in ("year", "month", "day") and found.jalali and not jalali_years:
            jalali = "year" not in expect
        if _component(found, name, jalali) != wanted:
            return False
    return True


def _expected_day(case: Case, found: Found) -> date | None:
    """The gold's day as a Gregorian date; a year or month it leaves out (chrono states
    only {"day": 15} for "دو هفته آینده") is taken from the start of khabar's period."""
    expect = case.expect or {}
    if "day" not in expect or found.moment is None:
        return None
    start = found.moment.date()
    y, m, d = expect.get("year", start.year), expect.get("month", start.month), expect["day"]
    try:
        if y < 1600:
            return jdatetime.date(y, m, d).togregorian()  # type: ignore[no-any-return]
        return date(y, m, d)
    except ValueError:
        return None


def _convention_match(case: Case, found: Found) -> bool:
    """Right under a documented convention difference (see ``CONVENTIONS``)."""
    if found.moment is None or case.expect is None:
        return False
    day = _expected_day(case, found)
    if found.until is not None and day is not None:
        return found.moment.date() <= day <= found.until
    if found.grain == "day" and any(k in case.expect for k in ("hour", "minute")):
        return _matches(found, {k: v for k, v in case.expect.items()
                                if k not in ("hour", "minute", "second")})
    return False


CONVENTIONS = (
    "a week, month or year expression ('هفته گذشته', 'الشهر الماضي') is returned as a period "
    "(first day as value, last day as until; Jalali months and years in Persian, a week "
    "starting on the language's first day): right when the gold's day lies in the period, "
    "where the gold gives the reference time shifted by the period",
    "a stretch ('دو هفته آینده', 'طی 24 ساعت') is returned from its first to its last day: "
    "right when the gold's day (chrono gives the far end) lies in it",
    "a day with a part of the day ('دیروز عصر', 'امشب') is returned at day grain: right when "
    "the day agrees, where the gold invents an hour (chrono: evening 18:00, duckling 18:00, "
    "night 22:00)",
)


def score(case: Case, found: list[Found], adjusted: bool = False) -> bool:
    if case.expect is None:
        return not found
    if not found:
        return False
    if case.category == "span-only":
        return case.span is None or any(f.text == case.span for f in found)
    chosen = found[0]
    if case.index is not None:
        chosen = next((f for f in found if f.start == case.index), chosen)
    if not _matches(chosen, case.expect) and not (adjusted and _convention_match(case, chosen)):
        return False
    for text, expect in case.extra:
        if not any(text in f.text or f.text in text for f in found if _matches(f, expect)):
            return False
    return True


def _safe(parse: Callable[[Case], list[Found]], case: Case) -> list[Found] | str:
    try:
        return parse(case)
    except Exception as error:  # a crash of a parser is a miss, reported as such
        return f"error: {type(error).__name__}: {error}"


def evaluate(cases: list[Case], parse: Callable[[Case], list[Found]]) -> dict[str, Any]:
    """Strict and convention-adjusted counts, per category and for the calendar subset."""
    for case in cases:  # warm up: compile every language's patterns, load data
        _safe(parse, case)
    started = time.perf_counter()
    results = [_safe(parse, case) for case in cases]
    per_case_us = (time.perf_counter() - started) / max(1, len(cases)) * 1e6
    strict: Counter[str] = Counter()
    adjusted: Counter[str] = Counter()
    calendar: Counter[str] = Counter()
    misses = []
    for case, result in zip(cases, results, strict=True):
        found = result if isinstance(result, list) else []
        ok = score(case, found)
        ok_adjusted = ok or score(case, found, adjusted=True)
        strict[case.category] += ok
        adjusted[case.category] += ok_adjusted
        if case.calendar:
            calendar["total"] += 1
            calendar["right"] += ok
        if not ok_adjusted:
            misses.append((case, result))
    total = Counter(c.category for c in cases)
    return {
        "scored": len(cases), "right": sum(strict.values()),
        "right_convention_adjusted": sum(adjusted.values()),
        "by_category": {k: {"scored": total[k], "right": strict[k], "adjusted": adjusted[k]}
                        for k in sorted(total)},
        "jalali_hijri_cases": {"scored": calendar["total"], "right": calendar["right"]},
        "us_per_case": round(per_case_us, 1),
        "misses": misses,
    }


def run(data: Path, show: bool = False) -> dict[str, Any]:
    """Every gold file through every parser; printed, and returned without the misses."""
    folder = data / "date-gold"
    report: dict[str, Any] = {"conventions": list(CONVENTIONS), "files": {}}
    for name, reader in FILES.items():
        path = folder / name
        if not path.exists():
            print(f"{name}: missing")
            continue
        cases = list(reader(path))
        scored = [c for c in cases if not c.category.startswith("skip")]
        skipped = Counter(c.category for c in cases if c.category.startswith("skip"))
        print(f"\n{name}: {len(cases)} cases, {len(scored)} scored, skipped {dict(skipped)}")
        entry: dict[str, Any] = {"cases": len(cases), "skipped": dict(skipped), "parsers": {}}
        for parser_name, parse in PARSERS.items():
            result = evaluate(scored, parse)
            misses = result.pop("misses")
            entry["parsers"][parser_name] = result
            _print(parser_name, result)
            if show and parser_name == "khabar":
                for case, found in misses:
                    print(f"    miss {case.id} {case.text!r} ref={case.reference} "
                          f"want={case.expect} got={_describe(found)}")
        report["files"][name] = entry
    return report


def _print(name: str, result: dict[str, Any]) -> None:
    n = result["scored"]
    detail = ", ".join(f"{k} {v['right']}/{v['scored']}" for k, v in result["by_category"].items())
    cal = result["jalali_hijri_cases"]
    print(f"  {name:25s} strict {result['right']}/{n} = {result['right'] / n:.0%}, "
          f"convention-adjusted {result['right_convention_adjusted']}/{n}  ({detail})"
          f"  Jalali/Hijri {cal['right']}/{cal['scored']}"
          f"  {result['us_per_case']:,.0f} µs per case")


def _describe(result: Any) -> str:
    if isinstance(result, str):
        return result
    return str([(f.text, f.moment.isoformat() if f.moment else None, f.grain) for f in result])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared/data")
    parser.add_argument("--show", action="store_true", help="list khabar's misses")
    args = parser.parse_args()
    run(args.data, args.show)


if __name__ == "__main__":
    main()
