"""The seeded draw of study set 7, Persian (bench/data/EVENTS-GOLD.md, session 23, issue 6).

    python bench/events_study7_draw.py [--seed S] [--min-chars N] [--max-chars N] [--count N]
                                       [--commit C]

By session 23 the title-filtered Persian pool of ``bench/events_study5_draw.py --lang fa`` holds
only articles that study set 6's annotator read and skipped (32 of 300-2,500 characters, none a
political act), so this draw drops the title filter: every Fars and Hamshahri article of 300 to
``--max-chars`` characters whose id is named nowhere under bench/ or tests/ at ``--commit`` (nor in
DATA/events-dev), whatever its title. Both files are pooled, ids sorted, then shuffled by the seed.
Prints the seeded order; the annotator reads it in order and keeps the articles stating an act.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_fresh_draw import CORPORA, ROOT, used_ids


def _option(argv: list[str], name: str, default: str) -> str:
    return argv[argv.index(name) + 1] if name in argv else default


def candidates(data: Path, used: set[str], min_chars: int, max_chars: int) -> list[str]:
    """Sorted ids of the Persian corpora not in ``used`` whose text length is in range."""
    ids = []
    for relative in CORPORA["fa"]:
        with (data / relative).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record["id"] not in used and min_chars <= len(record["text"]) <= max_chars:
                    ids.append(record["id"])
    return sorted(ids)


def main(argv: list[str]) -> int:
    data = ROOT.parent / "shared" / "data"
    used = used_ids(data, _option(argv, "--commit", "885dfc2"), folders=("bench", "tests"))
    ids = candidates(data, used, int(_option(argv, "--min-chars", "300")),
                     int(_option(argv, "--max-chars", "2500")))
    random.Random(int(_option(argv, "--seed", "23071"))).shuffle(ids)
    print(json.dumps(ids[:int(_option(argv, "--count", "120"))], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
