"""``khabar kb countries``: the CLDR short country names in fa, ar, ur and en.

pycountry's catalogues give formal names ("ایران، جمهوری اسلامی"); news writes the
short ones, which CLDR's territory names are ("ایران", "إيران", "ایران", "Iran"). The
table is written once by this command from babel's CLDR data and shipped as
``resources/entities/country_names.tsv``, so babel is needed only to rebuild it.
"""

from __future__ import annotations

from collections.abc import Iterator

from khabar.errors import ResourceError
from khabar.resources import load_tsv

LANGS = ("fa", "ar", "ur", "en")
_HAMZA_ABOVE = "\u0654"
"""CLDR writes the Persian ezafe as "کرهٔ"; news mostly writes "کره"."""


def _variants(name: str) -> Iterator[str]:
    yield name
    if _HAMZA_ABOVE in name:
        yield name.replace(_HAMZA_ABOVE, "")


def cldr_rows() -> list[tuple[str, str, str]]:
    """(name, alpha-3, language) for every ISO country with a CLDR name."""
    try:
        import pycountry
        from babel import Locale
    except ImportError as error:
        raise ResourceError("rebuilding country names needs babel: "
                            "pip install -e '.[train]'") from error
    excluded = {(row[0], row[1]) for row in load_tsv("entities/cldr_excluded.tsv")}
    rows: dict[tuple[str, str], str] = {}
    for lang in LANGS:
        territories = Locale.parse(lang).territories
        for country in pycountry.countries:
            name = territories.get(country.alpha_2)
            if not name or any(mark in name for mark in ",،()"):
                continue
            for variant in _variants(name):
                if (lang, variant) not in excluded:
                    rows.setdefault((variant, lang), country.alpha_3)
    return sorted((name, code, lang) for (name, lang), code in rows.items())
