"""The seeded draw of the third studied Arabic quote set (quotes-gold-study3-ar, session 23).

    python bench/quotes_study3_draw.py [DATA] [--seed S] [--count N] [--skip K]

SaudiNewsNet articles of 400-3,000 characters holding at least one common Arabic speech
verb (a plain regular expression, not khabar), named in no file under bench/, tests/ or
khabar/ as they stood at ``BASE_COMMIT`` (read through git, as ``events_fresh_draw`` does, so
the sets added since change nothing) nor in DATA/events-dev, so in no earlier gold;
``random.Random(S)`` (default 2323) shuffles the pool (in id order) and the ids from
position K (default 0) to K+N (default 15) are printed, one a line. A second, unread check
draw is the same shuffle from a later K.

At session 23 that pool holds only 7 articles: the bulk draw lists of earlier sessions'
results files (bench/*.json) name 5,942 of the 5,949 SaudiNewsNet articles that fit. So
``--tier2`` draws from the articles named only in results files (bench/*.json) whose name
holds no "quote" (so in no gold, test, resource, note, patch or quote engineer's list; such
lists are machine-run draws of which only changed items were read), the same way, after
the 7: ``--tier2 --count 8`` gave the other 8 of quotes-gold-study3-ar.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from events_fresh_draw import used_ids as ids_at_commit

ROOT = Path(__file__).resolve().parent.parent
BASE_COMMIT = "d9d7f7a"
"""The tree the draw was made on (the parent of the commit that added the set)."""
SPEECH_VERB = re.compile(r"(?<!\w)(?:و|ف)?(?:قال|قالت|أضاف|أضافت|أكد|أكدت|أوضح|أوضحت|أشار|"
                         r"أشارت|ذكر|ذكرت|صرح|صرحت|بين|بيّن|بينت)(?!\w)")
CORPUS = "saudinewsnet/saudinewsnet_shared.jsonl"
SUFFIXES = frozenset({".jsonl", ".tsv", ".json", ".md", ".py", ".txt", ".patch"})
FOLDERS = ("bench", "tests", "khabar")


def non_quote_results_file(name: str) -> bool:
    """A results file bench/*.json whose name holds no "quote" (the tier-2 rule)."""
    path = Path(name)
    return path.parent == Path("bench") and path.suffix == ".json" and "quote" not in path.name


def used_ids(data: Path, tier2: bool = False, commit: str = BASE_COMMIT) -> set[str]:
    """Ids named in any text file under bench/, tests/ or khabar/ at ``commit``, or in
    DATA/events-dev; with ``tier2`` a results file bench/*.json whose name holds no "quote"
    does not count."""
    return ids_at_commit(data, commit, FOLDERS, SUFFIXES,
                         non_quote_results_file if tier2 else None)


def pool(data: Path, used: set[str]) -> list[str]:
    out = []
    with (data / CORPUS).open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            text = record["text"]
            if record["id"] not in used and 400 <= len(text) <= 3000 and SPEECH_VERB.search(text):
                out.append(record["id"])
    return sorted(out)


def _option(argv: list[str], name: str, default: int) -> int:
    return int(argv[argv.index(name) + 1]) if name in argv else default


VALUED = ("--seed", "--count", "--skip")
"""The options that take a value; ``--tier2`` takes none."""


def data_dir(argv: list[str]) -> Path:
    """DATA, the one argument that is no option nor an option's value."""
    values = {argv[i + 1] for i, a in enumerate(argv[:-1]) if a in VALUED}
    args = [a for a in argv if not a.startswith("--") and a not in values]
    return Path(args[0]) if args else ROOT.parent / "shared" / "data"


def main(argv: list[str]) -> int:
    data = data_dir(argv)
    seed, count, skip = (_option(argv, "--seed", 2323), _option(argv, "--count", 15),
                         _option(argv, "--skip", 0))
    strict = set(pool(data, used_ids(data)))
    ids = pool(data, used_ids(data, tier2=True)) if "--tier2" in argv else sorted(strict)
    ids = [i for i in ids if i not in strict] if "--tier2" in argv else ids
    random.Random(seed).shuffle(ids)
    print("\n".join(ids[skip:skip + count]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
