"""Where the whole pipeline's CPU time goes, per stage, on a cold process (what a fresh
batch sees), with the entity stage split into its CRF part (``model_entities``) and the
rest (rules, linking, references). CPU seconds (``time.process_time``), so the load of
other jobs on a shared machine counts less than in wall-clock figures; the load average
is recorded with them. The same articles as ``bench/scale_throughput.py``.

    python bench/ner_stage_profile.py --data ../shared/data --articles 200
    python bench/ner_stage_profile.py --crfsuite ...   # the baseline: python-crfsuite tags
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from scale_throughput import corpus, time_stages

import khabar.entities.ner as ner_module
from khabar.doc import Doc
from khabar.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent


def profile(texts: list[str]) -> dict[str, Any]:
    seconds: dict[str, float] = defaultdict(float)
    original = ner_module.model_entities

    def crf_part(*args: Any) -> Any:
        start = time.process_time()
        try:
            return original(*args)
        finally:
            seconds["entities: CRF (model_entities)"] += time.process_time() - start

    ner_module.model_entities = crf_part
    start = time.process_time()
    pipeline = Pipeline()  # loading models and indexes is part of a cold batch
    seconds["loading the pipeline"] = time.process_time() - start
    time_stages(pipeline, seconds, time.process_time)
    for text in texts:
        pipeline(Doc(raw=text))
    ner_module.model_entities = original
    total = sum(v for k, v in seconds.items() if not k.startswith("entities:"))
    ner = seconds["khabar.entities.ner.v2"]
    crf = seconds["entities: CRF (model_entities)"]
    return {
        "articles": len(texts), "cpu_seconds_total": round(total, 2),
        "stages_cpu_seconds": {k: round(v, 2) for k, v in
                               sorted(seconds.items(), key=lambda kv: -kv[1])},
        "entity_stage_share": round(ner / total, 3),
        "crf_share": round(crf / total, 3),
        "entity_stage_without_crf_share": round((ner - crf) / total, 3),
        "load_average_1min": round(os.getloadavg()[0], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--crfsuite", action="store_true",
                        help="tag through python-crfsuite (the baseline) instead of numpy")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "ner_stage_profile.json")
    args = parser.parse_args()
    if args.crfsuite:
        from khabar.entities import crf

        crf.tagger_for = lambda lang: crf.CrfTagger(crf.model_path(lang), lang, False)
        crf.tagger_for = lru_cache(maxsize=4)(crf.tagger_for)
    result = {"tagger": "crfsuite" if args.crfsuite else "numpy",
              **profile(corpus(args.data)[:args.articles])}
    args.output.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
