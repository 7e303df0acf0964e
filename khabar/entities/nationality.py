"""Country names and nationality adjectives in fa, ar, ur and en, from data.

Country names come from the Unicode CLDR territory names (``country_names.tsv``, written
by ``khabar kb countries`` from babel's CLDR data), which give the short names news
uses ("پاکستان", "باكستان", "Pakistan"). Nationality adjectives come from the curated
``nationalities.tsv``, one line per country with the base forms; the inflected forms
are generated here: the Arabic article, feminine and plurals ("الباكستانية",
"الباكستانيين"), Persian and Urdu plurals ("ایرانی‌ها", "ایرانیان", "پاکستانیوں") and
English plurals ("Iranians").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from khabar.resources import load_tsv

NATIONALITIES = "entities/nationalities.tsv"
COUNTRY_NAMES = "entities/country_names.tsv"
_LANG_COLUMNS = ("en", "fa", "ar", "ur")
_ARABIC_SINGULAR = ("", "ة")
_ARABIC_PLURAL = ("ين", "ون")
_PERSIAN_PLURAL = ("ها", "\u200cها", "ان")
_URDU_PLURAL = ("وں",)
_ENGLISH_PLURAL_AFTER = ("n", "i")


def _alternatives(cell: str) -> list[str]:
    return [] if cell in ("", "-") else [form.strip() for form in cell.split("|") if form.strip()]


def arabic_forms(base: str, endings: Iterable[str]) -> Iterator[str]:
    """A masculine nisba ("باكستاني") with each ending, with and without the article; in
    a two-word form each word takes them ("كوري شمالي" -> "الكورية الشمالية")."""
    parts = base.split()
    for ending in endings:
        if ending and not parts[-1].endswith("ي"):
            continue
        inflected = [p + ending if p.endswith("ي") else p for p in parts]
        yield " ".join(inflected)
        yield " ".join("ال" + p for p in inflected)


def forms_of(lang: str, base: str, plural: bool) -> Iterator[str]:
    """The singular (``plural`` False) or plural written forms of one base adjective."""
    if lang == "ar":
        yield from arabic_forms(base, _ARABIC_PLURAL if plural else _ARABIC_SINGULAR)
    elif not plural:
        yield base
    elif lang in ("fa", "ur") and base.endswith("ی"):
        yield from (base + ending for ending in (_PERSIAN_PLURAL if lang == "fa" else _URDU_PLURAL))
    elif lang == "en" and base.endswith(_ENGLISH_PLURAL_AFTER):
        yield base + "s"


def _bases() -> Iterator[tuple[str, str, str]]:
    """(language, base adjective, alpha-3) of every cell of the table."""
    for row in load_tsv(NATIONALITIES):
        code, cells = row[0], dict(zip(_LANG_COLUMNS, row[1:], strict=False))
        for lang in _LANG_COLUMNS:
            names = _alternatives(cells.get(lang, "-"))
            if lang == "ur" and not names:
                names = _alternatives(cells.get("fa", "-"))
            for base in names:
                yield lang, base, code


@lru_cache(maxsize=2)
def nationality_forms(plural: bool | None = None) -> tuple[tuple[str, str], ...]:
    """(written form, alpha-3) of every generated nationality adjective; only the
    singular forms (those that may follow an organisation's head noun: "الجيش
    الباكستاني") with ``plural=False``."""
    found: dict[str, str] = {}
    for number in (False, True) if plural is None else (plural,):
        for lang, base, code in _bases():
            for form in forms_of(lang, base, number):
                found.setdefault(form, code)
    return tuple(found.items())


@lru_cache(maxsize=1)
def country_names() -> tuple[tuple[str, str], ...]:
    """(name, alpha-3) of the CLDR short country names in fa, ar, ur and en."""
    return tuple((row[0], row[1]) for row in load_tsv(COUNTRY_NAMES) if len(row) >= 2)
