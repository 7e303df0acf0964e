"""Where the entity stage's CPU time goes, by sampling: every few milliseconds of this
process's CPU time (``ITIMER_PROF``) the running Python stack is recorded, and each
function's share is the share of samples it was on the stack for (inclusive) or running
itself (self). Unlike cProfile, which adds a fixed cost to every call and so inflates
code that makes many small calls (several times over, in this stage), sampling costs
the same wherever the time is spent. Articles as ``bench/ner_speed.py`` (100 Fars News,
100 SaudiNewsNet by default), each through the stages before the entity stage first,
then the entity stage alone after 40 others have warmed it (models and indexes loaded,
as in a long batch; the word-type caches hold those 40 documents' words only).

    python bench/ner_stage_sample.py --data ../shared/data
    python bench/ner_stage_sample.py --under model_entities   # what it calls, 3 deep
"""

from __future__ import annotations

import argparse
import gc
import json
import signal
import time
from collections import Counter
from pathlib import Path
from types import FrameType

from khabar.doc import Doc
from khabar.pipeline import Pipeline
from khabar.registry import get_stage
from khabar.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
STAGE = "khabar.entities.ner.v2"
CORPORA = ("farsnews-sample/farsnews_shared.jsonl", "saudinewsnet/saudinewsnet_shared.jsonl")


def texts(data: Path, skip: int, count: int) -> list[str]:
    found = []
    for name in CORPORA:
        with (data / name).open(encoding="utf-8") as handle:
            lines = handle.readlines()[skip:skip + count]
        found += [json.loads(line)["text"] for line in lines]
    return found


def frames(frame: FrameType | None) -> list[str]:
    """``function (file)`` of each frame, innermost first."""
    names = []
    while frame is not None:
        code = frame.f_code
        names.append(f"{code.co_name} ({Path(code.co_filename).name})")
        frame = frame.f_back
    return names


def sample(stage, docs: list[Doc], under: str | None, depth: int) -> dict[str, object]:
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0

    def record(signum: int, frame: FrameType | None) -> None:
        nonlocal total
        total += 1
        stack = frames(frame)
        if under is None:
            own[stack[0]] += 1
            inclusive.update(set(stack))
            return
        outer = stack[::-1]
        for k, name in enumerate(outer):
            if name.startswith(f"{under} "):
                inclusive[" > ".join(outer[k + 1:k + 1 + depth]) or "(itself)"] += 1
                return

    signal.signal(signal.SIGPROF, record)
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    start = time.process_time()
    for doc in docs:
        stage(doc)
    cpu = time.process_time() - start
    signal.setitimer(signal.ITIMER_PROF, 0, 0)

    def shares(counts: Counter[str]) -> dict[str, float]:
        return {name: round(100 * n / total, 1) for name, n in counts.most_common(40)}

    return {"cpu_seconds": round(cpu, 2), "samples": total,
            "inclusive_percent": shares(inclusive), "self_percent": shares(own)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--count", type=int, default=100, help="articles per corpus")
    parser.add_argument("--under", help="a function name: share of what it calls")
    parser.add_argument("--depth", type=int, default=3, help="calls shown under --under")
    args = parser.parse_args()
    settings = Settings()
    stages = settings["pipeline.stages"]
    before = Pipeline(settings.replace(**{"pipeline.stages": stages[:stages.index(STAGE)]}))
    stage = get_stage(STAGE).factory(settings)
    for text in texts(args.data, 600, 20):
        stage(before(Doc(raw=text)))
    docs = [before(Doc(raw=text)) for text in texts(args.data, 0, args.count)]
    gc.collect()
    gc.freeze()  # as ``engine.local.settle_resources`` does after a batch's first document
    print(json.dumps(sample(stage, docs, args.under, args.depth), ensure_ascii=False,
                     indent=1))


if __name__ == "__main__":
    main()
