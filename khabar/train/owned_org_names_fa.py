"""Rebuild ``stories/owned_org_names_fa.txt``: Persian organisation names that the press
mostly writes with an owner after them, so that the name alone tells no one body
(``khabar.stories.cluster.record_keys``; session 25 (2026-12-07), engineer stories_fa2).

Usage: ``khabar train owned-org-names-fa [CORPUS.jsonl ...] --exclude-ids IDS``: the
shipped list is built from the Hamshahri and Fars samples less every gold set's articles
(their ids, pinned in ``bench/owned_org_names_fa_left_out.txt``), less articles under
``--min-chars`` and less the months kept apart for story checks (``--exclude-months``); see
``resources/stories/SOURCE.md``.

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

from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import click

from khabar.entities.gazetteer import country_kb_ids, place_index
from khabar.normalize.fold import fold
from khabar.resources import RESOURCES, load_lines
from khabar.stories.owned_names import WORD
from khabar.train.common import SHARED_DATA, read_jsonl_records

MIN_SEEN = 10
"""A phrase seen fewer times says too little about its usual owner."""
OWNED_SHARE = 1 / 3
"""«کتابخانه مرکزی»: 12 of 28 followed by «دانشگاه»; «بانک مرکزی»: no owner among its
most frequent followers («جمهوری», «و», «در»)."""
MAX_WORDS = 3
TARGET = "stories/owned_org_names_fa.txt"
CORPORA = (SHARED_DATA / "hamshahri-sample" / "hamshahri_shared.jsonl",
           SHARED_DATA / "farsnews-sample" / "farsnews_shared.jsonl")
HEADER = ("# Persian organisation names the press mostly writes with an owner after them "
          "(«کتابخانه مرکزی [دانشگاه ...]»), folded, one a line: seen >= 10 times, >= 1/3 "
          "followed by another body's head, a unit of territory or a city. Rebuild: khabar "
          "train owned-org-names-fa --exclude-ids IDS (khabar/train/owned_org_names_fa.py, "
          "resources/stories/SOURCE.md); session 25 (2026-12-07), engineer stories_fa2.")


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


def month_span(span: str) -> tuple[str, str]:
    """``2005-08..2006-02`` as its first and last month; an empty span leaves no month out."""
    first, _, last = span.partition("..")
    return (first, last or first) if first else ("", "")


def training_texts(paths: Iterable[Path], left_out: frozenset[str], months: tuple[str, str],
                   min_chars: int) -> Iterator[str]:
    """The texts of the corpora's articles, less the ids left out, the articles shorter than
    ``min_chars`` and those dated inside ``months`` (kept apart for story checks)."""
    first, last = months
    for path in paths:
        for _, record in read_jsonl_records(path):
            text = record.get("text") or ""
            month = (record.get("date") or "")[:7]
            if (record.get("id") in left_out or len(text) < min_chars
                    or (first and first <= month <= last)):
                continue
            yield text


def read_ids(paths: Iterable[Path]) -> frozenset[str]:
    """The ids in files of whitespace-separated ids; a line opening with ``#`` is a comment."""
    return frozenset(word for path in paths
                     for line in path.read_text(encoding="utf-8").splitlines()
                     if not line.startswith("#") for word in line.split())


@click.command("owned-org-names-fa")
@click.argument("corpora", nargs=-1, type=click.Path(path_type=Path, exists=True))
@click.option("--exclude-ids", type=click.Path(path_type=Path, exists=True), multiple=True,
              help="Files of article ids to leave out (the shipped list: "
                   "bench/owned_org_names_fa_left_out.txt, the gold sets' ids).")
@click.option("--exclude-months", default="2005-08..2006-02", show_default=True,
              help="Months left out (kept unread for story checks); '' leaves none out.")
@click.option("--min-chars", default=300, show_default=True,
              help="Articles with shorter texts are left out.")
@click.option("--output", type=click.Path(path_type=Path), default=RESOURCES / TARGET,
              show_default=True)
def owned_org_names_fa(corpora: tuple[Path, ...], exclude_ids: tuple[Path, ...],
                       exclude_months: str, min_chars: int, output: Path) -> None:
    """Rebuild owned_org_names_fa.txt from Persian news (default: the Hamshahri and Fars
    samples under ../shared/data)."""
    texts = training_texts(corpora or CORPORA, read_ids(exclude_ids),
                           month_span(exclude_months), min_chars)
    names = build(texts)
    output.write_text("\n".join([HEADER, *names]) + "\n", encoding="utf-8")
    click.echo(f"{output}: {len(names)} names")
