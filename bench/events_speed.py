"""CPU time of the event stage per article, on shared-corpus articles.

    python bench/events_speed.py [DATA] [--articles N] [--baseline TREE] [--json FILE]

Takes the first N/2 Persian (farsnews) and N/2 Arabic (SaudiNewsNet) articles of the shared
samples, analyses each once with the full pipeline, then times ``find_events`` alone over
all of them (CPU seconds, best of 3 passes, warm lexicons). ``--baseline TREE`` runs the
same measure in a subprocess against another checkout of khabar (for instance the last
commit, unpacked with ``git archive HEAD | tar -x -C TREE``), in the same run, so the
figures share the machine's load; the ratio is the figure to quote.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()


def _option(argv: list[str], name: str, default: str | None = None) -> str | None:
    return argv[argv.index(name) + 1] if name in argv and argv.index(name) + 1 < len(argv) \
        else default


def articles(data: Path, count: int) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for path in ("farsnews-sample/farsnews_shared.jsonl",
                 "saudinewsnet/saudinewsnet_shared.jsonl"):
        with (data / path).open(encoding="utf-8") as handle:
            for n, line in enumerate(handle):
                if n >= count // 2:
                    break
                found.append(json.loads(line))
    return found


def measure(root: Path, data: Path, count: int) -> dict[str, Any]:
    """Event-stage CPU ms per article with khabar imported from ``root``."""
    sys.path.insert(0, str(root))
    import khabar
    from khabar.events.stage import find_events

    docs = [khabar.process(a["text"], meta={"date": a.get("date"), "title": a.get("title")})
            for a in articles(data, count)]
    for doc in docs:
        find_events(doc)  # warm the lexicon and entity caches
    passes = []
    for _ in range(3):
        started = time.process_time()
        events = sum(len(find_events(doc)) for doc in docs)
        passes.append(time.process_time() - started)
    return {"tree": str(root), "module": khabar.__file__, "articles": len(docs),
            "events": events, "cpu_ms_per_article": round(min(passes) / len(docs) * 1000, 3),
            "chars_per_article": round(sum(len(d.text) for d in docs) / len(docs))}


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("-")
            and a not in {_option(argv, n) for n in ("--articles", "--baseline", "--json",
                                                     "--root")}]
    data = Path(args[0]) if args else HERE.parent.parent.parent / "shared" / "data"
    count = int(_option(argv, "--articles", "200") or 200)
    root = Path(_option(argv, "--root", str(HERE.parent.parent)) or ".")
    if "--root" in argv:  # the subprocess of a baseline run: print one figure and stop
        print(json.dumps(measure(root, data, count)))
        return 0
    results: dict[str, Any] = {"load_before": [round(x, 2) for x in os.getloadavg()]}
    baseline = _option(argv, "--baseline")
    if baseline:
        out = subprocess.run([sys.executable, str(HERE), str(data), "--articles", str(count),
                              "--root", baseline], capture_output=True, text=True, check=True)
        results["baseline"] = json.loads(out.stdout.strip().splitlines()[-1])
    results["current"] = measure(root, data, count)
    if baseline:
        results["ratio_current_to_baseline"] = round(
            results["current"]["cpu_ms_per_article"]
            / results["baseline"]["cpu_ms_per_article"], 3)
    results["load_after"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(results, indent=1))
    if (out_path := _option(argv, "--json")) is not None:
        Path(out_path).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
