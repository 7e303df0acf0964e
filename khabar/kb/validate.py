"""Checks of KB entries beyond what loading needs: the shipped file and a user's overlay
should pass them all (``khabar kb check``; the test suite runs them on the shipped KB).

Each check returns readable problems, never raises: a user fixing an overlay wants all
of them at once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import combinations

from khabar.entities.titles import role_words, stopwords, titles
from khabar.kb.entries import LANGS, KbEntry
from khabar.normalize.fold import fold

ID = re.compile(r"^(per|org):[a-z0-9]+(-[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
"""An ISO date, or its year and month, or its year alone (when only those are known)."""


def _country_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


def entry_problems(entry: KbEntry, known_ids: frozenset[str],
                   countries: frozenset[str]) -> list[str]:
    """What is wrong with one entry (``known_ids``: every id of the KB, for role orgs)."""
    found = []
    if not ID.match(entry.id):
        found.append(f"{entry.id}: id is not per:/org: and a lower-case slug")
    missing = [lang for lang in LANGS if not entry.names.get(lang)]
    if missing:
        found.append(f"{entry.id}: no names in {', '.join(missing)}")
    if entry.country is not None and entry.country not in countries:
        found.append(f"{entry.id}: country {entry.country!r} is no ISO 3166 alpha-3 code")
    if not entry.source:
        found.append(f"{entry.id}: no source note")
    for name in _common_word_names(entry):
        found.append(f"{entry.id}: name {name!r} is a common word or a title")
    for role in entry.roles:
        for day in (role.start, role.end):
            if day is not None and not DATE.match(day):
                found.append(f"{entry.id}: role {role.en!r} date {day!r} is not ISO")
        if role.start and role.end and _before(role.end, role.start):
            found.append(f"{entry.id}: role {role.en!r} ends ({role.end}) before it "
                         f"begins ({role.start})")
        if role.org is not None and role.org not in known_ids:
            found.append(f"{entry.id}: role {role.en!r} names unknown org {role.org!r}")
    return found


def _before(a: str, b: str) -> bool:
    """Whether ISO date ``a`` is surely before ``b``, compared at the coarser of their
    precisions: a role from "2021-05-10" to "2021-05", or from 2021 to 2021, is fine."""
    size = min(len(a), len(b))
    return a[:size] < b[:size]


def _common_word_names(entry: KbEntry) -> list[str]:
    """A person's one-word names that are function words, role words or titles: a
    mention of the word would link to the person. (Organisations are left alone: "سپاه"
    is the IRGC in Iranian news.)"""
    if entry.type != "PER":
        return []
    common = stopwords() | role_words()
    return [name for lang, names in entry.names.items() if lang != "en" for name in names
            if len(name.split()) == 1 and (fold(name) in common or name in titles())]


def overlapping_unique_roles(entries: Iterable[KbEntry]) -> list[str]:
    """Two holders of one unique office on the same day: its phrase alone would name
    either (the office is known by its phrases: "خادم الحرمين الشريفين")."""
    holders: dict[str, list[tuple[KbEntry, str | None, str | None]]] = defaultdict(list)
    for entry in entries:
        for role in entry.roles:
            if role.unique:
                for phrase in {fold(p) for names in role.names.values() for p in names}:
                    holders[phrase].append((entry, role.start, role.end))
    found = set()
    for phrase, spans in holders.items():
        for (a, a_start, a_end), (b, b_start, b_end) in combinations(spans, 2):
            if a.id != b.id and _overlap(a_start, a_end, b_start, b_end):
                found.add(f"{a.id} and {b.id} both hold unique role {phrase!r} at once")
    return sorted(found)


def _overlap(a_start: str | None, a_end: str | None, b_start: str | None,
             b_end: str | None) -> bool:
    """Whether two terms surely share a day: each begins surely before the other ends,
    dates compared at the coarser precision as in ``_before``. A handover written as
    one term ending in "2016" and the next beginning "2016-03" is no overlap."""
    return (not (a_start and b_end) or _before(a_start, b_end)) and (
        not (b_start and a_end) or _before(b_start, a_end))


def problems(entries: Sequence[KbEntry]) -> list[str]:
    """Every problem of a KB: per entry, duplicate ids, overlapping unique roles."""
    ids = [e.id for e in entries]
    known, countries = frozenset(ids), _country_codes()
    found = [p for e in entries for p in entry_problems(e, known, countries)]
    found += [f"{i}: id used by {ids.count(i)} entries" for i in sorted(set(ids))
              if ids.count(i) > 1]
    return found + overlapping_unique_roles(entries)
