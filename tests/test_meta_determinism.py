"""The metadata stages give the same answer whatever ran before them.

Session 1 once saw ``sources`` change after other tests had run in the same process.
Two causes are ruled out here: state left in cached resources by earlier documents, and
set iteration order, which differs between processes (``PYTHONHASHSEED``): the date
patterns that may start at a word used to be tried in set order, so of two readings of
the same span a different one could win in a worker process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from khabar.doc import Doc
from khabar.meta import find_dates
from khabar.meta.outlets import outlets
from khabar.pipeline import Pipeline

#: Texts that exercise every part of the metadata stages: reporting formulas, an
#: unknown outlet, a masthead, datelines in three calendars, relative words, holidays.
OTHER_DOCS = [
    "پیام خوزستان\nدوشنبه 1 بهمن 1403 - 09:53:26\nبه گزارش خبرگزاری فارس به نقل از ایرنا، "
    "دیروز عید فطر بود.",
    "العالم - ايران\nالإثنين ٢٠ يناير ٢٠٢٥ - ٠٣:٥٦ بتوقيت غرينتش\nنقلا عن وكالة سانا للأنباء "
    "أمس الساعة العاشرة مساء.",
    "منبع: منیبان\nسال ۱۴۰۳ نیمه شعبان و اواخر مهر به گزارش گروه سیاسی باشگاه خبرنگاران جوان.",
    "ISLAMABAD, Jan 20 (APP): according to Dawn, Eid al-Adha 2024 fell on a Sunday.",
]


def _meta(doc: Doc) -> str:
    """What the metadata stages decided, as comparable text."""
    outlet = doc.outlet.__dict__ if doc.outlet else None
    return json.dumps({
        "outlet": outlet, "sources": [s.__dict__ for s in doc.sources],
        "published": str(doc.published),
        "dates": [d.__dict__ if hasattr(d, "__dict__") else str(d) for d in doc.dates],
    }, ensure_ascii=False, sort_keys=True, default=str)


def _run(pipeline: Pipeline, raw: str) -> str:
    return _meta(pipeline(Doc(raw=raw)))


def test_the_same_article_gives_the_same_metadata_after_other_documents(
    example_paths: list[Path],
) -> None:
    pipeline = Pipeline()
    articles = [p.read_text(encoding="utf-8") for p in example_paths]
    first = [_run(pipeline, raw) for raw in articles]
    for raw in OTHER_DOCS + articles[::-1]:
        _run(pipeline, raw)
    assert [_run(pipeline, raw) for raw in articles] == first
    assert [_run(Pipeline(), raw) for raw in articles] == first


def test_outlet_tables_cannot_be_changed_by_a_caller() -> None:
    table = outlets()
    with pytest.raises(TypeError):
        table.by_id["irna"] = table.by_id["isna"]  # type: ignore[index]
    with pytest.raises(TypeError):
        table.by_key["x"] = "irna"  # type: ignore[index]


_DATES_SCRIPT = """
import json, sys
from datetime import datetime
from khabar.meta import find_dates
texts = json.loads(sys.stdin.read())
ref = datetime(2025, 1, 20, 12, 0)
print(json.dumps([[m.to_dict() for m in find_dates(t, reference=ref, lang=lang)]
                  for lang, t in texts], ensure_ascii=False))
"""


def test_dates_do_not_depend_on_the_hash_seed(example_paths: list[Path]) -> None:
    from datetime import datetime

    texts = [(lang, t) for t in OTHER_DOCS for lang in ("fa", "ar", None)]
    texts += [("fa", p.read_text(encoding="utf-8")) for p in example_paths]
    reference = datetime(2025, 1, 20, 12, 0)
    here = [[m.to_dict() for m in find_dates(t, reference=reference, lang=lang)]
            for lang, t in texts]
    seeds = {"0", "12345"} - {os.environ.get("PYTHONHASHSEED")}
    for seed in sorted(seeds):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run([sys.executable, "-c", _DATES_SCRIPT], input=json.dumps(texts),
                                capture_output=True, text=True, env=env, check=True, timeout=120)
        assert json.loads(result.stdout) == here, f"PYTHONHASHSEED={seed}"
