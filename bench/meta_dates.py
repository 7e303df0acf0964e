"""Issue 4 figures in one run: date gold cases, speed against dateparser, Fars article dates.

Usage: ``python bench/meta_dates.py [DATA] [--output bench/meta_results.json]``
(``make bench`` runs it). DATA defaults to ../shared/data; each part is skipped when
its data is missing. Development data only: no test reads it.

- ``gold``: ``bench/dates_gold.py`` per file: khabar, dateparser, and dateparser's
  calendar classes told the calendar; strict and convention-adjusted counts.
- ``speed``: per expression (the same expressions through ``find_dates``,
  ``dateparser.parse`` and dateparser's Jalali calendar class) and per article (Fars
  article texts through ``find_dates`` and ``dateparser.search.search_dates``), in the
  same process, one core, after a warm-up.
- ``fars_article_dates``: ``bench/meta_articles.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling scripts below

import dates_gold
import meta_articles

from khabar.meta import find_dates

ROOT = Path(__file__).resolve().parent.parent
#: News-style expressions for the per-expression timing: Jalali datelines, Hijri and
#: Gregorian dates in Arabic, a relative expression. Written for this script.
EXPRESSIONS = [
    ("fa", "دوشنبه 1 بهمن 1403 - 09:53:26"),
    ("fa", "۲۰ مهر ۱۴۰۰ - ۲۰:۵۳"),
    ("fa", "1403/11/01"),
    ("fa", "سه‌شنبه گذشته"),
    ("ar", "الإثنين ٢٠ يناير ٢٠٢٥ - ٠٣:٥٦ بتوقيت غرينتش"),
    ("ar", "20 رجب 1446 هـ"),
    ("ar", "منذ يومين"),
    ("ar", "15 كانون الثاني 2025"),
    ("fa", "ساعت ده و نیم صبح"),
    ("ar", "عيد الفطر 2024"),
    ("fa", "اواخر مهر سال ۱۴۰۳"),
]
REFERENCE = datetime(2025, 1, 20, 12, 0)


def _per_call(call: Callable[[], object], reps: int, rounds: int = 5) -> float:
    """CPU seconds per call, after one warm-up call: the best of ``rounds`` rounds of
    ``reps`` calls (the machine is shared: CPU time leaves out the waits for a core, and
    the best round is the least disturbed one; both parsers are timed the same way)."""
    call()
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for _ in range(reps):
            call()
        best = min(best, (time.process_time() - started) / reps)
    return best


def expression_speed(reps: int) -> dict[str, Any]:
    import dateparser
    from dateparser.calendars.jalali import JalaliCalendar

    rows = []
    for lang, text in EXPRESSIONS:
        ours = _per_call(lambda t=text, lg=lang: find_dates(t, reference=REFERENCE, lang=lg), reps)
        theirs = _per_call(lambda t=text, lg=lang: dateparser.parse(
            t, languages=[lg], settings={"RELATIVE_BASE": REFERENCE}), max(3, reps // 20))
        resolved = dateparser.parse(text, languages=[lang], settings={"RELATIVE_BASE": REFERENCE})
        rows.append({"lang": lang, "text": text, "khabar_us": round(ours * 1e6, 1),
                     "dateparser_us": round(theirs * 1e6, 1),
                     "khabar_value": [m.value for m in find_dates(text, REFERENCE, lang)],
                     "dateparser_value": resolved.isoformat() if resolved else None})
    jalali = EXPRESSIONS[0][1]
    told = _per_call(lambda: JalaliCalendar(jalali).get_date(), 3)
    return {"expressions": rows,
            "dateparser_jalali_calendar_us": {"text": jalali, "us": round(told * 1e6, 1)},
            "khabar_mean_us": round(sum(r["khabar_us"] for r in rows) / len(rows), 1),
            "dateparser_mean_us": round(sum(r["dateparser_us"] for r in rows) / len(rows), 1),
            "dateparser_over_khabar": round(sum(r["dateparser_us"] for r in rows)
                                            / sum(r["khabar_us"] for r in rows), 1),
            "load_average": _load()}


def article_speed(data: Path, articles: int) -> dict[str, Any] | None:
    from dateparser.search import search_dates

    rows = meta_articles._articles(data, articles)
    if not rows:
        return None
    texts = [meta_articles._text(r) for r in rows]
    chars = sum(len(t) for t in texts)

    def ours() -> None:
        for text in texts:
            find_dates(text, reference=REFERENCE, lang="fa")

    def theirs() -> None:
        for text in texts:
            search_dates(text, languages=["fa"], settings={"RELATIVE_BASE": REFERENCE})

    ours_s = _per_call(ours, 3) / len(texts)
    theirs_s = _per_call(theirs, 1) / len(texts)
    return {"articles": len(texts), "mean_chars": round(chars / len(texts)),
            "khabar_ms": round(ours_s * 1e3, 3),
            "dateparser_search_dates_ms": round(theirs_s * 1e3, 1),
            "speedup": round(theirs_s / ours_s), "load_average": _load()}


def stage_speed(data: Path, articles: int) -> dict[str, Any] | None:
    """CPU ms per article of the three metadata stages (published, sources, dates), on
    the first ``articles`` of each shared news corpus after the stages before them
    (best of three passes, grammars compiled first), and the one-off cost of compiling
    a language's date grammar."""
    import copy

    import meta_dump

    from khabar.registry import get_stage
    from khabar.settings import Settings

    compile_ms = {lang: _compile_ms(lang) for lang in ("fa", "ar")}
    docs = [doc for _, doc in meta_dump._prepared(data, articles, None)]
    if not docs:
        return None
    settings = Settings()
    stages = [(name, get_stage(name).factory(settings)) for name in meta_dump.META_STAGES]
    best = {name: float("inf") for name, _ in stages}
    for _ in range(3):
        spent = dict.fromkeys(best, 0.0)
        for doc in copy.deepcopy(docs):
            for name, function in stages:
                started = time.process_time()
                doc = function(doc)
                spent[name] += time.process_time() - started
        best = {name: min(best[name], spent[name]) for name in best}
    return {"articles": len(docs), "first_use_ms_per_language": compile_ms,
            "ms_per_article": {name.split(".")[-2]: round(best[name] / len(docs) * 1e3, 3)
                               for name in best if "meta" in name},
            "load_average": _load()}


def _compile_ms(lang: str) -> int:
    """CPU ms to import the date finder and compile a language's grammars, in a fresh
    process (this process has them cached already)."""
    code = (
        "import time; t = time.process_time()\n"
        "from khabar.meta.grammar import grammar, relative_patterns\n"
        f"grammar({lang!r}); relative_patterns({lang!r})\n"
        "print(time.process_time() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return round(float(out.stdout.strip()) * 1e3)


def gold_case_speed(data: Path) -> dict[str, Any]:
    """Mean CPU µs per date-gold case through ``find_dates`` (best of five passes)."""
    cases = [case for name, reader in dates_gold.FILES.items()
             if (data / "date-gold" / name).exists()
             for case in reader(data / "date-gold" / name)]

    def run() -> None:
        for case in cases:
            find_dates(case.text, reference=case.reference, lang=case.lang)

    run()
    best = float("inf")
    for _ in range(5):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return {"cases": len(cases), "us_per_case": round(best / max(1, len(cases)) * 1e6, 1),
            "load_average": _load()}


def _load() -> list[float]:
    """The machine's 1/5/15-minute load average (figures are taken on a shared machine)."""
    return [round(x, 2) for x in os.getloadavg()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared/data")
    parser.add_argument("--output", type=Path, default=ROOT / "bench/meta_results.json")
    parser.add_argument("--reps", type=int, default=200)
    parser.add_argument("--articles", type=int, default=20,
                        help="Fars articles timed through dateparser.search_dates (slow)")
    parser.add_argument("--stage-articles", type=int, default=100,
                        help="articles per shared corpus timed through the metadata stages")
    args = parser.parse_args()
    results: dict[str, Any] = {"python": platform.python_version(),
                               "machine": platform.machine(), "cores": os.cpu_count(),
                               "load_average_at_start": _load()}
    results["gold"] = dates_gold.run(args.data)
    print("\nspeed per expression ...")
    results["speed_per_expression"] = expression_speed(args.reps)
    results["speed_per_gold_case"] = gold_case_speed(args.data)
    print("speed per article ...")
    results["speed_per_article"] = article_speed(args.data, args.articles)
    print("metadata stages per article ...")
    results["speed_per_stage"] = stage_speed(args.data, args.stage_articles)
    print("Fars article dates ...")
    results["fars_article_dates"] = meta_articles.measure(args.data)
    results["saudinewsnet_article_dates"] = meta_articles.measure(
        args.data, None, meta_articles.SAUDI, "ar")
    summary = {k: results[k] for k in ("speed_per_article", "speed_per_gold_case",
                                       "speed_per_stage", "fars_article_dates",
                                       "saudinewsnet_article_dates")}
    summary["expression_means_us"] = {
        k: results["speed_per_expression"][k]
        for k in ("khabar_mean_us", "dateparser_mean_us", "dateparser_over_khabar",
                  "load_average")}
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    args.output.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n",
                           encoding="utf-8")
    print(f"written to {args.output}")


if __name__ == "__main__":
    main()
