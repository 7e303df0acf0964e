"""The seeded draw of the fresh event gold's candidate articles (bench/data/EVENTS-GOLD.md,
session 10, issue 6).

    python bench/events_fresh_draw.py [DATA] [--count N] [--seed S]

Same selection as session 2's gold: articles of 300-1,400 characters whose title (Hamshahri
has none: its first line) carries an event word (a plain regular expression over folded
letters, not khabar), named in no file under bench/ as it stood at ``BASE_COMMIT`` (read
through git, so the gold added since changes nothing) or in DATA/events-dev, so in no
earlier gold (events, quotes, fresh quotes, story pairs). ``random.Random(20261207)`` shuffles
each language's pool (Persian: Fars News and Hamshahri together; Arabic: SaudiNewsNet) in id
order and prints the first N (default 40) ids of each, in that order. The annotator read
them in order and kept the first 12 per language that state a clear political or security
event (sport, business, culture and local administration skipped), as EVENTS-GOLD.md lists.

``--seed S`` (session 11, the study2 sets) shuffles with ``random.Random(S)`` instead and
leaves out every id named under bench/ at HEAD (so the fresh gold and every later set too);
without it the draw is the fresh gold's, unchanged.

``--max-chars N`` (session 14 (2026-12-06), the fresh5 sets) widens the pool to articles of
300-N characters (default 1,400): the Persian pool under 1,400 had run out of political acts.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 20261207
BASE_COMMIT = "78b404e"
"""The tree the draw was made on: ids named in bench/ then were left out."""
ID = re.compile(r"(saudinewsnet-\d{4}-\d{2}-\d{2}-\d{5}|farsnews-\d+|HAM2-\d{6}-\d{3})")
FOLD = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا"})
EVENT_WORDS = {
    "fa": re.compile("دیدار|ملاقات|محکوم|تهدید|بازداشت|دستگیر|خواستار|تحریم|حمله|انفجار|"
                     "اعتراض|تظاهرات|ربوده|گروگان|مذاکره|توافق|امضا|اخراج|رد کرد|متهم|"
                     "گفتوگو|گفتگو|سفر|استقبال|کمک|آزاد"),
    "ar": re.compile("یستقبل|استقبل|یلتقی|التقی|لقاء|یبحث|بحث|ادان|یدین|تدین|اعتقال|"
                     "القبض|طالب|یطالب|یرفض|رفض|مظاهره|هجوم|قصف|غاره|انفجار|تفجیر|یهدد|"
                     "تهدید|اتفاق|اتفاقیه|یوقع|توقیع|عقوبات|اتهام|یتهم|اختطاف|افراج|"
                     "زیاره|یزور|اتصال"),
}
MAX_CHARS = 1400
CORPORA = {"fa": ("farsnews-sample/farsnews_shared.jsonl",
                  "hamshahri-sample/hamshahri_shared.jsonl"),
           "ar": ("saudinewsnet/saudinewsnet_shared.jsonl",)}


def used_ids(data: Path, commit: str = BASE_COMMIT, folders: tuple[str, ...] = ("bench",),
             suffixes: frozenset[str] | None = None,
             leave_out: Callable[[str], bool] | None = None) -> set[str]:
    """Ids named in ``folders`` (bench/ by default) as they stood at ``commit`` (git), or in
    DATA/events-dev. ``suffixes`` reads only files ending so (the quote draws' rule, kept so
    their sets draw again as they were drawn); ``leave_out`` skips the files (paths relative
    to the repository) it holds true for."""
    listed = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "-r", "--name-only", commit,
                             *folders], capture_output=True, text=True, check=True).stdout
    names = [name for name in listed.split()
             if (suffixes is None or Path(name).suffix in suffixes)
             and (leave_out is None or not leave_out(name))]
    used = set(ID.findall(texts_at(commit, names)))
    for path in (data / "events-dev").rglob("*"):
        if path.is_file():
            used |= set(ID.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return used


def texts_at(commit: str, names: list[str]) -> str:
    """The files ``names`` as they stood at ``commit``, one after another (one ``git cat-file``
    for all: a ``git show`` each took seconds a hundred files)."""
    request = "".join(f"{commit}:{name}\n" for name in names).encode()
    return subprocess.run(["git", "-C", str(ROOT), "cat-file", "--batch"], input=request,
                          capture_output=True, check=True).stdout.decode("utf-8", errors="ignore")


def title_of(record: dict[str, str | None]) -> str:
    return record.get("title") or (record.get("text") or "").split("\n", 1)[0]


def pool(paths: list[Path], lang: str, used: set[str], max_chars: int = MAX_CHARS) -> list[str]:
    out = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                title = title_of(record).translate(FOLD).replace("\u200c", "")
                if record["id"] not in used and 300 <= len(record["text"]) <= max_chars \
                        and EVENT_WORDS[lang].search(title):
                    out.append(record["id"])
    return sorted(out)


def main(argv: list[str]) -> int:
    count = int(argv[argv.index("--count") + 1]) if "--count" in argv else 40
    max_chars = int(argv[argv.index("--max-chars") + 1]) if "--max-chars" in argv else MAX_CHARS
    args = [a for a in argv if not a.startswith("--") and a not in (str(count), str(max_chars))]
    seed = argv[argv.index("--seed") + 1] if "--seed" in argv else None
    args = [a for a in args if a != seed]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "data"
    used = used_ids(data, "HEAD" if seed is not None else BASE_COMMIT)
    rng = random.Random(int(seed) if seed is not None else SEED)
    picks = {}
    for lang in ("fa", "ar"):
        ids = pool([data / rel for rel in CORPORA[lang]], lang, used, max_chars)
        rng.shuffle(ids)
        picks[lang] = ids[:count]
    print(json.dumps(picks, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
