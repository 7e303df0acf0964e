"""Rebuild ``stories/owned_org_names_fa.txt``: Persian organisation names that the press
mostly writes with an owner after them, so that the name alone tells no one body
(``khabar.stories.cluster.record_keys``; session 25 (2026-12-07), engineer stories_fa2).

Usage: ``python -m khabar.train.owned_org_names_fa OUT CORPUS.jsonl [CORPUS.jsonl ...]``.

«کتابخانه مرکزی» (a central library) is «کتابخانه مرکزی دانشگاه ...» in most of its
mentions: every university, city and shrine has one, and two reports naming «کتابخانه
مرکزی» alone need not name the same library. A phrase of two or three words opening with
a body's head noun (``kb/named_after_heads.txt``, ``entities/unit_heads_fa.txt``) is listed
when it is seen at least ``MIN_SEEN`` times and at least ``OWNED_SHARE`` of those are
followed at once by an owner: another body's head noun (not a sub-unit's: «دانشگاه آزاد
اسلامی واحد ...» is a branch of that university), a unit of territory
(``entities/branch_nouns_fa.txt``) or a city of the gazetteer (not a country: «مرکز آمار
ایران» is one body): «کتابخانه مرکزی دانشگاه ...», «مرکز بهداشت استان ...». «بانک
مرکزی» (followed by «جمهوری», «و», «در») and «دانشگاه تهران» are not. Words are folded
(``khabar.normalize.fold``); the list keeps the phrases folded, one a line, in order.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from khabar.entities.gazetteer import country_kb_ids, place_index
from khabar.normalize.fold import fold
from khabar.resources import load_lines
from khabar.stories.owned_names import WORD
from khabar.train.common import read_jsonl_texts

MIN_SEEN = 10
"""A phrase seen fewer times says too little about its usual owner."""
OWNED_SHARE = 1 / 3
"""«کتابخانه مرکزی»: 12 of 28 followed by «دانشگاه»; «بانک مرکزی»: no owner among its
most frequent followers («جمهوری», «و», «در»)."""
MAX_WORDS = 3
HEADER = ("# Persian organisation names the press mostly writes with an owner after them "
          "(«کتابخانه مرکزی [دانشگاه ...]»), folded, one a line: seen >= 10 times, >= 1/3 "
          "followed by another body's head, a unit of territory or a city. Rebuild: python -m "
          "khabar.train.owned_org_names_fa OUT CORPUS.jsonl ... "
          "(khabar/train/owned_org_names_fa.py); session 25 (2026-12-07), engineer stories_fa2.")


def _folded_lines(name: str) -> frozenset[str]:
    return frozenset(fold(line) for line in load_lines(name))


def heads() -> frozenset[str]:
    """Head nouns of bodies: a phrase opening with one may name a body."""
    return _folded_lines("kb/named_after_heads.txt") | _folded_lines("entities/unit_heads_fa.txt")


def owner_openers() -> frozenset[str]:
    """Words that open an owner after a body's name: another body («دانشگاه», «بیمارستان»)
    or a unit of territory («استان», «شهر»). Not a sub-unit's head («واحد», «گروه»,
    «مرکز», ``entities/unit_heads_fa.txt``): after a name it opens the body's own branch
    («دانشگاه آزاد اسلامی واحد تهران»), so the name before it is the whole body's."""
    bodies = _folded_lines("kb/named_after_heads.txt")
    territories = _folded_lines("entities/branch_nouns_fa.txt")
    return (bodies | territories) - _folded_lines("entities/unit_heads_fa.txt")


def _city(place: Any, countries: frozenset[str]) -> bool:
    """Whether a gazetteer place is a city, not a country: a national body's name is
    followed by its country («مرکز آمار ایران»), and named alone in the home press it is
    still that one body (``khabar.stories.home``)."""
    return place is not None and place.kb_id not in countries


def count_phrases(texts: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """How often each head-opened phrase is seen, and how often an owner follows it."""
    body_heads, openers = heads(), owner_openers()
    places, countries = place_index(), country_kb_ids()
    seen: Counter[str] = Counter()
    owned: Counter[str] = Counter()
    for text in texts:
        words = WORD.findall(fold(text))
        for i, word in enumerate(words):
            if word not in body_heads:
                continue
            for size in range(2, MAX_WORDS + 1):
                if i + size > len(words):
                    break
                phrase = " ".join(words[i:i + size])
                seen[phrase] += 1
                after = words[i + size] if i + size < len(words) else ""
                if after and (after in openers or _city(places.get(after), countries)):
                    owned[phrase] += 1
    return seen, owned


def build(texts: Iterable[str]) -> list[str]:
    seen, owned = count_phrases(texts)
    return sorted(p for p, n in seen.items()
                  if n >= MIN_SEEN and owned[p] >= OWNED_SHARE * n)


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    texts = (t for path in argv[1:] for t in read_jsonl_texts(Path(path)))
    Path(argv[0]).write_text("\n".join([HEADER, *build(texts)]) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
