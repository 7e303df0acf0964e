"""The seeded draw of study set 5, Arabic (bench/data/EVENTS-GOLD.md, session 22, issue 6).

    python bench/events_study5_draw.py [--lang ar|fa] [--seed S] [--max-chars N] [--count N]
                                       [--commit C]

``bench/events_fresh_draw.py`` leaves out every id named anywhere under bench/, and by session 22
that leaves no SaudiNewsNet article of 300-1,800 characters with an event word in its title (the
session 15-17 entity, quote and trigger results name about 13,500 ids; 8 Arabic articles of that
length are left at all). This draw keeps the same pool rules (length, title event word, the same
letter folding) but leaves out only the ids that someone may have read *as events*: every id named
in bench/data/, in tests/, in a bench/ file whose name holds ``event``, in a bench/ file that names
a PLOVER type (an event result of any session), and in DATA/events-dev. Ids named only in entity,
quote, story or speed results stay in. Files are read through git at ``--commit`` (default the
session's start, 590a86a), so adding the set itself changes nothing. Prints the seeded order.

``--lang fa`` draws study set 6, Persian, the same way from the Fars and Hamshahri samples (both
files pooled, ids sorted, then shuffled); the title is folded and stripped of ZWNJ as
``events_fresh_draw.pool`` does, since Persian titles spell «گفت‌وگو» with and without it.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_fresh_draw import CORPORA, EVENT_WORDS, FOLD, ID, ROOT, title_of

PLOVER_NAMES = re.compile(r"\b(ASSAULT|CONSULT|ACCUSE|COERCE|SANCTION|REQUEST)\b")
"""A bench/ file naming one of these holds event output or event figures."""


def _option(argv: list[str], name: str, default: str) -> str:
    return argv[argv.index(name) + 1] if name in argv else default


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True,
                          errors="ignore", check=True).stdout


def read_as_events(data: Path, commit: str) -> set[str]:
    """Ids that an event engineer or annotator may have read (see the module docstring)."""
    used: set[str] = set()
    for name in _git("ls-tree", "-r", "--name-only", commit, "bench", "tests").split():
        text = _git("show", f"{commit}:{name}")
        if (name.startswith(("bench/data/", "tests/")) or "event" in name
                or PLOVER_NAMES.search(text)):
            used |= set(ID.findall(text))
    for path in (data / "events-dev").rglob("*"):
        if path.is_file():
            used |= set(ID.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return used


def candidates(data: Path, lang: str, used: set[str], max_chars: int) -> list[str]:
    """Ids of ``lang``'s corpora not in ``used``, of 300 to ``max_chars`` characters, with an
    event word in the folded title."""
    ids = []
    for relative in CORPORA[lang]:
        with (data / relative).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                title = title_of(record).translate(FOLD)
                if lang == "fa":
                    title = title.replace("\u200c", "")
                if record["id"] not in used and 300 <= len(record["text"]) <= max_chars \
                        and EVENT_WORDS[lang].search(title):
                    ids.append(record["id"])
    return sorted(ids)


def main(argv: list[str]) -> int:
    data = ROOT.parent / "shared" / "data"
    lang = _option(argv, "--lang", "ar")
    seed = int(_option(argv, "--seed", "22061"))
    max_chars = int(_option(argv, "--max-chars", "1800"))
    count = int(_option(argv, "--count", "40"))
    used = read_as_events(data, _option(argv, "--commit", "590a86a"))
    ids = candidates(data, lang, used, max_chars)
    random.Random(seed).shuffle(ids)
    print(json.dumps(ids[:count], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
