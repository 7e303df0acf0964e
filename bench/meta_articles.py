"""Article dates on Fars News: what the text says against the date in the news id.

Usage: ``python bench/meta_articles.py [DATA] [--limit N]`` (DATA defaults to
../shared/data; reads DATA/farsnews-sample/farsnews_shared.jsonl, whose ``date`` comes
from the Fars news id, never from the text). Development data only: no test reads it.

Each article goes through khabar with its title and text only (no ``date``, ``url`` or
``source`` field, so nothing but the text can give a date), and the script counts:

- ``dateline``: articles for which khabar finds a publication date in the text, and how
  many of those name the id's day (Fars text dumps carry no dateline, so this is
  expected to be near zero; a non-zero count is a false dateline or a real one);
- ``absolute_dates``: articles whose body holds a full date (day and month, with a year
  or placed near the id date, or a holiday), and how many hold the id's day itself;
  ``dates_with_year``: the same for dates that write their year out (these need no
  reference, so agreeing with the id date is evidence, not construction);
- ``today_weekday``: articles saying "امروز <weekday>" (today, Tuesday): the text's own
  statement of the publication day, and how often that weekday agrees with the id date
  (khabar's weekday check, run with the id date as the reference);
- ``relative_resolved``: relative expressions resolved against the id date.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

from khabar.doc import Doc
from khabar.meta import find_dates
from khabar.meta.lexicon import for_matching, lexicon
from khabar.meta.published import read_published

ROOT = Path(__file__).resolve().parent.parent
FARS = "farsnews-sample/farsnews_shared.jsonl"
#: SaudiNewsNet: ``date`` is the publication date its crawler recorded (not in the text).
SAUDI = "saudinewsnet/saudinewsnet_shared.jsonl"
#: A year written out: such a date needs no reference (a day and month alone, or a
#: holiday, are placed near the id date, so they would agree with it by construction).
_YEAR = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])")


def _articles(data: Path, limit: int | None, corpus: str = FARS) -> list[dict[str, Any]]:
    path = data / corpus
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = [r for r in rows if r.get("date")]
    return rows[:limit] if limit else rows


def _text(row: dict[str, Any]) -> str:
    return "\n".join(part for part in (row.get("title"), row.get("text")) if part)


def _today_weekday(matches: list[Any], lang: str) -> list[Any]:
    """"امروز سه‌شنبه", "اليوم (الاثنين)": "today" with a weekday beside it (khabar
    checks the weekday)."""
    lex = lexicon(lang)
    found = []
    for m in matches:
        words = [w for w in re.split(r"[\s()،,.\-]+", m.text) if w]
        if m.calendar == "relative" and words and lex.lookup("relday", words[0]) == 0 and any(
            lex.has("weekday", w) for w in words[1:]
        ):
            found.append(m)
    return found


def measure(data: Path, limit: int | None = None, corpus: str = FARS,
            lang: str = "fa") -> dict[str, Any]:
    rows = _articles(data, limit, corpus)
    counts: Counter[str] = Counter()
    started = time.perf_counter()
    for row in rows:
        day = date.fromisoformat(row["date"])
        text = _text(row)
        doc = read_published(Doc(raw=text, lang=lang), "Asia/Tehran")
        if doc.published:
            counts["dateline"] += 1
            counts["dateline_agrees"] += doc.published[:10] == row["date"]
        reference = datetime(day.year, day.month, day.day, 12)
        matches = find_dates(text, reference=reference, lang=lang)
        full = [m for m in matches if m.calendar != "relative" and m.grain != "month"
                and m.native and len(m.native) == 10]
        if full:
            counts["absolute"] += 1
            counts["absolute_has_id_day"] += any(m.value[:10] == row["date"] for m in full)
        with_year = [m for m in full if _YEAR.search(for_matching(m.text))]
        if with_year:
            counts["with_year"] += 1
            counts["with_year_has_id_day"] += any(m.value[:10] == row["date"] for m in with_year)
        today = _today_weekday(matches, lang)
        if today:
            counts["today_weekday"] += 1
            counts["today_weekday_agrees"] += all(not m.weekday_conflict for m in today)
        counts["relative"] += sum(m.calendar == "relative" for m in matches)
    seconds = time.perf_counter() - started
    n = len(rows)
    return {
        "corpus": corpus, "articles": n,
        "dateline": _share(counts["dateline"], n, counts["dateline_agrees"]),
        "absolute_dates": _share(counts["absolute"], n, counts["absolute_has_id_day"]),
        "dates_with_year": _share(counts["with_year"], n, counts["with_year_has_id_day"]),
        "today_weekday": _share(counts["today_weekday"], n, counts["today_weekday_agrees"]),
        "relative_resolved": counts["relative"],
        "ms_per_article": round(seconds / max(1, n) * 1e3, 2),
    }


def _share(found: int, total: int, agree: int) -> dict[str, Any]:
    return {"articles": found, "share": round(found / max(1, total), 4), "agree": agree,
            "agree_share": round(agree / max(1, found), 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared/data")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    print(json.dumps(measure(args.data, args.limit), ensure_ascii=False, indent=2))
    print(json.dumps(measure(args.data, args.limit, SAUDI, "ar"), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
