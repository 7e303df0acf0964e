"""Fingerprint speed and accuracy: one-permutation MinHash against the 64-permutation baseline.

    python bench/stories_fingerprint.py [DATA] [--articles N] [--json FILE]

Reads N articles (default 400) from the shared corpora (DATA, default ../shared/data; the
example articles when it is missing) and times, in the same run, khabar's fingerprint
(``khabar.stories.fingerprint.minhash``: one blake2b hash per shingle, 64 bins, rotation
densification) and the classic MinHash it replaced (the same hash, then 64 affine
permutations per shingle). Accuracy: for each article and an edited copy (every twelfth
word dropped, a few added: a Jaccard near 0.64), the absolute error of each estimate against
the true Jaccard similarity of the shingle sets. The machine is shared, so the load average
is recorded and the speed is given as a ratio.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khabar.stories.fingerprint import NUM_HASHES, minhash, shingles, similarity  # noqa: E402

CORPORA = ("farsnews-sample/farsnews_shared.jsonl", "saudinewsnet/saudinewsnet_shared.jsonl")
_PRIME = (1 << 61) - 1


def _hash64(data: str) -> int:
    return int.from_bytes(hashlib.blake2b(data.encode("utf-8"), digest_size=8).digest(), "big")


_COEFFICIENTS = [(_hash64(f"khabar-minhash-a-{i}") % (_PRIME - 1) + 1,
                  _hash64(f"khabar-minhash-b-{i}") % _PRIME) for i in range(NUM_HASHES)]


def classic_minhash(text: str) -> list[int]:
    """The baseline: every shingle through every one of 64 affine permutations."""
    hashed = [_hash64(s) for s in shingles(text)]
    if not hashed:
        return []
    return [min((a * h + b) % _PRIME for h in hashed) for a, b in _COEFFICIENTS]


def texts(data: Path, count: int) -> list[str]:
    found: list[str] = []
    for corpus in CORPORA:
        path = data / corpus
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if len(found) >= count * (CORPORA.index(corpus) + 1) // len(CORPORA):
                    break
                found.append(json.loads(line)["text"])
    if not found:
        found = [p.read_text(encoding="utf-8")
                 for p in sorted((ROOT / "examples" / "articles").glob("*.txt"))]
    return found


def edited(text: str) -> str:
    words = text.split()
    return " ".join([w for i, w in enumerate(words) if i % 12] + ["افزوده", "جديد", "خبر"])


def seconds(function: Any, items: list[str]) -> float:
    started = time.perf_counter()
    for item in items:
        function(item)
    return time.perf_counter() - started


def error(function: Any, pairs: list[tuple[str, str]]) -> float:
    total = 0.0
    for a, b in pairs:
        sa, sb = shingles(a), shingles(b)
        truth = len(sa & sb) / len(sa | sb) if sa | sb else 0.0
        total += abs(similarity(function(a), function(b)) - truth)
    return total / len(pairs)


def main(argv: list[str]) -> int:
    options = {"--articles", "--json"}
    values = {argv[i + 1] for i, a in enumerate(argv[:-1]) if a in options}
    args = [a for a in argv if not a.startswith("-") and a not in values]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "data"
    count = int(argv[argv.index("--articles") + 1]) if "--articles" in argv else 400
    items = texts(data, count)
    load_before = os.getloadavg()[0]
    ours = seconds(minhash, items)
    classic = seconds(classic_minhash, items)
    shingling = seconds(shingles, items)
    pairs = [(t, edited(t)) for t in items[:200]]
    chars = sum(len(t) for t in items)
    result = {
        "articles": len(items), "chars": chars,
        "ours_ms_per_article": round(ours / len(items) * 1000, 3),
        "classic_ms_per_article": round(classic / len(items) * 1000, 3),
        "shingles_only_ms_per_article": round(shingling / len(items) * 1000, 3),
        "speedup": round(classic / ours, 2),
        "mean_abs_error_ours": round(error(minhash, pairs), 4),
        "mean_abs_error_classic": round(error(classic_minhash, pairs), 4),
        "loadavg_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }
    print(json.dumps(result, indent=1))
    if "--json" in argv:
        Path(argv[argv.index("--json") + 1]).write_text(json.dumps(result, indent=1) + "\n",
                                                        encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
