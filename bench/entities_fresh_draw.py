"""The seeded draw of the fresh Arabic entity gold (bench/data/ENTITIES-GOLD.md, session 11,
issues 5 and 6).

    python bench/entities_fresh_draw.py [DATA] [--count N] [--lang ar|fa]

SaudiNewsNet articles of 400-1,200 characters, named in no file under bench/ as it stood at
``BASE_COMMIT`` (read through git, so the gold added since changes nothing) nor in
DATA/events-dev (``events_fresh_draw.used_ids``), so in no earlier gold (events, quotes,
fresh quotes, story pairs). ``random.Random(SEED)`` shuffles the pool in id order and the
first N (default 15) ids are printed in that order. No condition on the content: persons
and organisations are labelled in whatever the draw gives.

``--lang fa`` (session 11, issue 5 for Persian): Fars News and Hamshahri articles of the same
lengths, named in no file under bench/ at ``BASE_COMMIT_FA`` nor in DATA/events-dev, pooled
in id order and shuffled with ``random.Random(SEED_FA)``.

``--seed S`` (session 11, 2026-12-05: the fresh2 sets) shuffles with ``random.Random(S)``
instead and leaves out every id named under bench/ at HEAD, so every earlier set too.

``--base COMMIT`` (session 15 (2026-12-06): the fresh5 sets) leaves out the ids named under
bench/ at COMMIT instead of HEAD, so a seeded draw can be repeated after later commits.

``--gold-only`` (session 22 (2026-12-06): the study22 set) leaves out only the ids named in a
gold file (under bench/data/) or in tests/ at the base, with DATA/events-dev: by then the
result files under bench/ (diffs of hundreds of random articles) named all but 22 SaudiNewsNet
articles, and only 6 of 400-1,200 characters. An article named only in such a dump was at most
seen in a diff, never labelled.
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
SEED_FA = 20261215
BASE_COMMIT_FA = "b05dc51"
CORPORA_FA = ("farsnews-sample/farsnews_shared.jsonl", "hamshahri-sample/hamshahri_shared.jsonl")
MIN_CHARS, MAX_CHARS = 400, 1200


GOLD_FOLDERS = ("bench/data", "tests")
"""Where the gold files an annotator labelled and the tests a rule writer fixed live."""


def gold_ids(data: Path, commit: str) -> set[str]:
    """Ids named in a gold file (bench/data/) or a test (tests/) at ``commit``, or in
    DATA/events-dev: those an annotator labelled or a rule writer fixed."""
    return used_ids(data, commit, GOLD_FOLDERS)


def pool(paths: list[Path], used: set[str]) -> list[str]:
    out = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record["id"] not in used and MIN_CHARS <= len(record["text"]) <= MAX_CHARS:
                    out.append(record["id"])
    return sorted(out)


def main(argv: list[str]) -> int:
    count = int(argv[argv.index("--count") + 1]) if "--count" in argv else 15
    lang = argv[argv.index("--lang") + 1] if "--lang" in argv else "ar"
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else None
    given = argv[argv.index("--base") + 1] if "--base" in argv else None
    args = [a for a in argv
            if not a.startswith("--") and a not in (str(count), lang, str(seed), given)]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "data"
    corpora = CORPORA_FA if lang == "fa" else (CORPUS,)
    base = given or ("HEAD" if seed is not None else BASE_COMMIT_FA if lang == "fa"
                     else BASE_COMMIT)
    left_out = gold_ids(data, base) if "--gold-only" in argv else used_ids(data, base)
    ids = pool([data / c for c in corpora], left_out)
    if seed is None:
        seed = SEED_FA if lang == "fa" else SEED
    random.Random(seed).shuffle(ids)
    print(json.dumps(ids[:count], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
