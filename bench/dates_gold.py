"""Date-expression gold cases: khabar's ``find_dates`` against dateparser, per file.

Usage: ``python bench/dates_gold.py [DATA]`` (DATA defaults to ../shared/data; the
cases are in DATA/date-gold, described in its SOURCE.md). Prints, per file, how many
scored cases each parser resolves correctly, the cases skipped and why, and the
time per expression. ``--show`` lists khabar's misses. Development data only: no
test reads it.

Scoring (the same for both parsers):

- a positive case is right when the first date found (or the one at the expected
  index) has the expected components: year, month, day, and hour/minute where the
  gold states them; a Jalali expectation (chrono-fa keeps Jalali components such as
  year 1399) is compared in the Jalali calendar; weekdays use the JS convention;
- a negative case (chrono ``expect_no_result``, dateparser's not-applicable test) is
  right when nothing is found;
- only the start of a range is compared (neither parser returns ranges here);
- dateparser single-word translation tests (a month or weekday name alone, a number
  word) are not date expressions and are skipped.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
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


@dataclass
class Found:
    start: int
    text: str
    moment: datetime | None
    jalali: tuple[int, int, int] | None = None


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
        yield Case("chrono", row["id"], row["text"], reference, "fa", start,
                   index=expect.get("index"), span=expect.get("matched_text"), category=category)


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
            yield Case("dateparser", cid, kwargs["date_string"], None, "fa", _dt(kwargs["dt"]))
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


# ---------------------------------------------------------------- the two parsers


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
        found.append(Found(m.start, m.text, moment.replace(tzinfo=None), jalali))
    return found


def dateparser_parse(case: Case) -> list[Found]:
    import dateparser
    from dateparser.search import search_dates

    base = case.reference or NEWS_REFERENCE
    settings: dict[str, Any] = {"RELATIVE_BASE": base.replace(tzinfo=None)}
    if case.source == "dateparser" and case.category == "date" and "jalali" in case.id:
        try:  # dateparser's Jalali calendar needs the optional convertdate package
            from dateparser.calendars.jalali import JalaliCalendar

            moment = JalaliCalendar(case.text).get_date()
            value = moment.date_obj if moment else None
            return [Found(0, case.text, value)] if value else []
        except ImportError:
            pass
    if case.category in ("search",) or case.index:
        hits = search_dates(case.text, languages=[case.lang], settings=settings) or []
        return [Found(case.text.find(text), text, value) for text, value in hits]
    value = dateparser.parse(case.text, languages=[case.lang], settings=settings)
    return [Found(0, case.text, value)] if value else []


# ---------------------------------------------------------------- scoring


def _matches(found: Found, expect: dict[str, int]) -> bool:
    if found.moment is None:
        return False
    jalali_years = expect.get("year", 0) and expect["year"] < 1600
    moment = found.moment
    for name, wanted in expect.items():
        if name == "weekday":
            got = (moment.weekday() + 1) % 7
        elif name in ("year", "month", "day") and found.jalali and (
            jalali_years or "year" not in expect
        ):
            got = found.jalali[("year", "month", "day").index(name)]
        elif name in ("year", "month", "day") and jalali_years:
            j = jdatetime.date.fromgregorian(date=moment.date())
            got = getattr(j, name)
        else:
            got = getattr(moment, name)
        if got != wanted:
            return False
    return True


def score(case: Case, found: list[Found]) -> bool:
    if case.expect is None:
        return not found
    if not found:
        return False
    if case.category == "span-only":
        return case.span is None or any(f.text == case.span for f in found)
    chosen = found[0]
    if case.index is not None:
        chosen = next((f for f in found if f.start == case.index), chosen)
    if not _matches(chosen, case.expect):
        return False
    for text, expect in case.extra:
        if not any(text in f.text or f.text in text for f in found if _matches(f, expect)):
            return False
    return True


def run(data: Path, show: bool) -> None:
    folder = data / "date-gold"
    parsers: dict[str, Callable[[Case], list[Found]]] = {
        "khabar": khabar_parse, "dateparser": dateparser_parse,
    }
    for name, reader in FILES.items():
        path = folder / name
        if not path.exists():
            print(f"{name}: missing")
            continue
        cases = list(reader(path))
        scored = [c for c in cases if not c.category.startswith("skip")]
        skipped = Counter(c.category for c in cases if c.category.startswith("skip"))
        print(f"\n{name}: {len(cases)} cases, {len(scored)} scored, skipped {dict(skipped)}")
        for parser_name, parse in parsers.items():
            right: Counter[str] = Counter()
            total = Counter(c.category for c in scored)
            misses = []
            for case in scored:  # warm up: compile every language's patterns, load data
                try:
                    parse(case)
                except Exception:  # a crash is counted as a miss below
                    continue
            started = time.perf_counter()
            for case in scored:
                try:
                    ok = score(case, parse(case))
                except Exception as error:
                    ok, misses = False, [*misses, (case, f"error: {error}")]
                if ok:
                    right[case.category] += 1
                elif parser_name == "khabar":
                    misses.append((case, parse(case)))
            per = (time.perf_counter() - started) / len(scored) * 1e6
            share = sum(right.values()) / len(scored)
            detail = ", ".join(f"{k} {right[k]}/{total[k]}" for k in sorted(total))
            print(f"  {parser_name:10s} {sum(right.values())}/{len(scored)} = {share:.0%}"
                  f"  ({detail})  {per:,.0f} µs per case")
            if show:
                for case, result in misses:
                    print(f"    miss {case.id} {case.text!r} ref={case.reference} "
                          f"want={case.expect} got={_describe(result)}")


def _describe(result: Any) -> str:
    if isinstance(result, str):
        return result
    return str([(f.text, f.moment.isoformat() if f.moment else None) for f in result])


def speed(reps: int = 200) -> None:
    """Time per expression on a news dateline and on a 3,000-character article."""
    line = "دوشنبه 1 بهمن 1403 - 09:53:26"
    article = next(iter(sorted((ROOT / "examples/articles").glob("*.txt"))), None)
    find_dates(line)
    started = time.perf_counter()
    for _ in range(reps):
        find_dates(line)
    print(f"\nspeed: one dateline {((time.perf_counter() - started) / reps) * 1e6:,.0f} µs")
    if article is not None:
        text = article.read_text(encoding="utf-8")
        reference = datetime(2025, 1, 20, 9, 53)
        for ref in (None, reference):
            find_dates(text, reference=ref, lang="fa")
            started = time.perf_counter()
            for _ in range(reps // 10):
                found = find_dates(text, reference=ref, lang="fa")
            per = (time.perf_counter() - started) / (reps // 10)
            print(f"speed: {len(text):,}-character article, reference={ref is not None}: "
                  f"{per * 1e3:.2f} ms ({len(found)} expressions, "
                  f"{per / len(text) * 1e9:.0f} ns per character)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared/data")
    parser.add_argument("--show", action="store_true", help="list khabar's misses")
    args = parser.parse_args()
    run(args.data, args.show)
    speed()


if __name__ == "__main__":
    main()
