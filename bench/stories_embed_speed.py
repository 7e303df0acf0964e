"""The cost of ``stories.embedding``: CPU per article of embedding a headline and lead,
beside the CPU of analysing the same article.

    python bench/stories_embed_speed.py [DATA] [--articles N] [--json FILE]

N articles (default 200) taken evenly from the shared Fars, Hamshahri and SaudiNewsNet
samples (DATA, default ../shared/data) are analysed with ``khabar.process``, then each
one's headline and lead (``embed.lead_text``) is embedded alone, as the store does when it
adds an article. Both are timed in CPU seconds of this process (the model runs on one
thread). Needs the ``embed`` extra.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khabar.stories import embed  # noqa: E402

CORPORA = ("farsnews-sample/farsnews_shared.jsonl", "hamshahri-sample/hamshahri_shared.jsonl",
           "saudinewsnet/saudinewsnet_shared.jsonl")


def sample(data: Path, count: int) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for name in CORPORA:
        with (data / name).open(encoding="utf-8") as handle:
            for n, line in enumerate(handle):
                if n >= count // len(CORPORA):
                    break
                found.append(json.loads(line))
    return found


def main(argv: list[str]) -> int:
    import khabar

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    articles = sample(args.data, args.articles)
    embed.embed(["warm up"])  # loading the model is paid once per process
    records, cpu = [], time.process_time()
    for article in articles:
        doc = khabar.process(article["text"], meta={"title": article.get("title"),
                                                    "date": article.get("date")})
        records.append(khabar.to_record(doc))
    analyse = (time.process_time() - cpu) / len(records)
    cpu = time.process_time()
    for record in records:
        embed.embed([embed.lead_text(record)])
    embedding = (time.process_time() - cpu) / len(records)
    result = {"articles": len(records), "analyse_cpu_ms": round(analyse * 1e3, 1),
              "embed_cpu_ms": round(embedding * 1e3, 1),
              "embed_share_of_analysis": round(embedding / analyse, 2),
              "loadavg_1min": round(os.getloadavg()[0], 2)}
    print(f"{len(records)} articles: analysis {analyse * 1e3:.1f} ms CPU each, headline+lead "
          f"embedding {embedding * 1e3:.1f} ms CPU each ({embedding / analyse:.2f}x)")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
