"""The seeded draw of the fresh quote gold's articles (bench/data/QUOTES-GOLD.md, session 7).

    python bench/quotes_fresh_draw.py [DATA] [--second]
    python bench/quotes_fresh_draw.py [DATA] --seed S --lang fa|ar [--base COMMIT]

Articles of 400-1,800 characters holding at least two quote cues (a quotation mark or a
common speech verb; a plain regular expression, not khabar) and named in no file under
bench/ as it stood at 7c1535c (read through git, so files added since change nothing) or
in DATA/events-dev, so in no earlier gold; then ``random.Random(20261205)`` draws 15
SaudiNewsNet, 5 Fars News and 5 Hamshahri ids from the pools in id order. Prints the ids.

``--second`` makes session 10's second fresh set (quotes-gold-fresh2) the same way: ids
named under bench/ at c09ddca (so in neither earlier quote gold nor the events gold) are
left out, ``random.Random(20261206)`` draws 12 SaudiNewsNet, 4 Fars News and 4 Hamshahri.

``--seed S --lang fa|ar`` (session 13 (2026-12-05): the third fresh set, quotes-gold-fresh3)
draws one language with ``random.Random(S)`` from the same pools, leaving out the ids named
under bench/ at ``--base COMMIT`` (default HEAD): 4 Fars News and 4 Hamshahri ids for
``fa``, 8 SaudiNewsNet ids for ``ar``.

``--exclude FILE[,FILE...]`` (session 16 (2026-12-06)) also leaves out every id named in the
given files (read from disk), so a set drawn on the same ``--base`` as another, not yet
committed there, shares no article with it (quotes-gold-fresh4-ar leaves out
quotes-gold-study2-ar). ``--count N`` (the same session) draws N ids from each of the
language's corpora instead (``--count 10 --lang ar``: quotes-gold-study2-ar's 10).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import events_fresh_draw
from events_fresh_draw import ID

ROOT = Path(__file__).resolve().parent.parent
SEED = 20261205
BASE_COMMIT = "7c1535c"
"""The tree the draw was made on: ids named in bench/ then were left out."""
TEXT_SUFFIXES = frozenset({".jsonl", ".tsv", ".json", ".md", ".py", ".txt"})
CUE = {"ar": re.compile(r"«|“|\"|\b(?:قال|وقال|أضاف|وأضاف|أكد|وأكد|أوضح|وأوضح)\b"),
       "fa": re.compile(r"«|\"|(?:گفت|افزود|اظهار داشت|تاكيد كرد|تأكيد كرد|تاکید کرد)")}
CORPORA = (("saudinewsnet", "saudinewsnet/saudinewsnet_shared.jsonl", "ar", 15),
           ("farsnews", "farsnews-sample/farsnews_shared.jsonl", "fa", 5),
           ("hamshahri", "hamshahri-sample/hamshahri_shared.jsonl", "fa", 5))
SECOND = (20261206, "c09ddca", {"saudinewsnet": 12, "farsnews": 4, "hamshahri": 4})
"""The second fresh set's seed, base tree and counts (session 10)."""
SEEDED = {"fa": {"farsnews": 4, "hamshahri": 4}, "ar": {"saudinewsnet": 8}}
"""Counts of a ``--seed`` draw, per language (session 13, the third fresh set)."""


def used_ids(data: Path, commit: str = BASE_COMMIT) -> set[str]:
    """Ids named in bench/ as it stood at ``commit`` (git), or in DATA/events-dev."""
    return events_fresh_draw.used_ids(data, commit, suffixes=TEXT_SUFFIXES)


def pool(path: Path, lang: str, used: set[str]) -> list[str]:
    out = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            text = record["text"]
            if record["id"] not in used and 400 <= len(text) <= 1800 \
                    and len(CUE[lang].findall(text)) >= 2:
                out.append(record["id"])
    return sorted(out)


def _option(argv: list[str], name: str) -> str | None:
    return argv[argv.index(name) + 1] if name in argv and argv.index(name) + 1 < len(argv) else None


def main(argv: list[str]) -> int:
    values = {_option(argv, name) for name in ("--seed", "--lang", "--base", "--exclude",
                                                "--count")}
    args = [a for a in argv if not a.startswith("--") and a not in values]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "data"
    seed, commit, counts = SEED, BASE_COMMIT, {name: n for name, _, _, n in CORPORA}
    if "--second" in argv:
        seed, commit, counts = SECOND
    if (given := _option(argv, "--seed")) is not None:
        seed, commit = int(given), _option(argv, "--base") or "HEAD"
        counts = SEEDED[_option(argv, "--lang") or "ar"]
    if (count := _option(argv, "--count")) is not None:
        counts = {name: int(count) for name in counts}
    used = used_ids(data, commit)
    for name in (_option(argv, "--exclude") or "").split(","):
        if name:
            used |= set(ID.findall(Path(name).read_text(encoding="utf-8")))
    rng = random.Random(seed)
    picks = {name: rng.sample(pool(data / rel, lang, used), counts[name])
             for name, rel, lang, _ in CORPORA if name in counts}
    print(json.dumps(picks, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
