"""The seeded draw of the fresh Arabic entity gold (bench/data/ENTITIES-GOLD.md, session 11,
issues 5 and 6).

    python bench/entities_fresh_draw.py [DATA] [--count N]

SaudiNewsNet articles of 400-1,200 characters, named in no file under bench/ as it stood at
``BASE_COMMIT`` (read through git, so the gold added since changes nothing) nor in
DATA/events-dev (``events_fresh_draw.used_ids``), so in no earlier gold (events, quotes,
fresh quotes, story pairs). ``random.Random(SEED)`` shuffles the pool in id order and the
first N (default 15) ids are printed in that order. No condition on the content: persons
and organisations are labelled in whatever the draw gives.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events_fresh_draw import used_ids

ROOT = Path(__file__).resolve().parent.parent
SEED = 20261205
BASE_COMMIT = "2f31d9e"
"""The tree the draw was made on: ids named in bench/ then were left out."""
CORPUS = "saudinewsnet/saudinewsnet_shared.jsonl"
MIN_CHARS, MAX_CHARS = 400, 1200


def pool(path: Path, used: set[str]) -> list[str]:
    out = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] not in used and MIN_CHARS <= len(record["text"]) <= MAX_CHARS:
                out.append(record["id"])
    return sorted(out)


def main(argv: list[str]) -> int:
    count = int(argv[argv.index("--count") + 1]) if "--count" in argv else 15
    args = [a for a in argv if not a.startswith("--") and a != str(count)]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "data"
    ids = pool(data / CORPUS, used_ids(data, BASE_COMMIT))
    random.Random(SEED).shuffle(ids)
    print(json.dumps(ids[:count], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
