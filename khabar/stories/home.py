"""A report's home: the country its outlet publishes in, and that country's capital.

A national paper names its own capital in most of its reports, as it names its own
country: «تهران» in a Hamshahri or Fars report of a council session, a traffic plan, a
festival, a bourse page, a minister's speech. Between two reports published in one
country, the capital of that country says no more about which happening they tell than
the country does, so it weighs as a country (``cluster.overlap``, ``core.fits_core``).
A foreign capital keeps its weight: Saudi reports of the Suez Canal's opening in Cairo
share Cairo because the happening is there (session 14 (2026-12-06): a capital weighing
as its country everywhere lost such joins). The home is the country most news in the
article's language comes from (``resources/stories/home_countries.tsv``: Persian, Iran),
else unknown; the known outlet's country is not used (with it, the few Saudi outlets the
dense sample knows made Riyadh weak and grew chained stories). Session 19 (2026-12-06).

The home country itself says nothing between two such reports (``home_country``): a Persian
report names «ایران» as an English one says "the country", in a minister's speech, a
festival, a football report and a Khomeini anniversary statement alike. It weighs 0 there,
not a country's 0.5: with the capital, the agency or an event type it made half of what
a join needs, and two reports sharing one official or surname besides joined (session 22
(2026-12-07): 8 of the 24 false Persian joins of bench/data/story-pairs-dense.tsv, none of
its 3 right ones).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from khabar.entities.gazetteer import capital_id_of, country_entries
from khabar.resources import load_tsv

GEONAMES = "geonames:"


@lru_cache(maxsize=1)
def language_homes() -> dict[str, str]:
    """Language code -> the alpha-3 country most news in that language comes from."""
    return {row[0]: row[1] for row in load_tsv("stories/home_countries.tsv")}


def home_of(record: Mapping[str, Any]) -> str | None:
    """The alpha-3 country a contract record's report was published in, when known."""
    return language_homes().get(record.get("lang") or "")


def shared_home(*homes: str | None) -> str | None:
    """The one home every report compared has, else None (no report, an unknown home or
    two homes): the home's capital and country weigh less only between reports of one home."""
    first = homes[0] if homes else None
    return first if first is not None and all(home == first for home in homes) else None


def home_capital(*homes: str | None) -> frozenset[str]:
    """The capital's key when every report compared has one home, else nothing."""
    home = shared_home(*homes)
    capital = capital_id_of().get(home) if home else None
    return frozenset((GEONAMES + capital,)) if capital else frozenset()


def home_country(*homes: str | None) -> frozenset[str]:
    """The home country's KB id when every report compared has that one home, else
    nothing: keys that weigh 0 between them (``cluster.overlap``, ``core.fits_core``)."""
    home = shared_home(*homes)
    country = country_entries().get(home) if home else None
    return frozenset((country.kb_id,)) if country else frozenset()
