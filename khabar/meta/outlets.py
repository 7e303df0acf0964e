"""Known news outlets (``resources/meta/outlets.json``): lookup by name, domain or hint.

Names are matched after ``khabar.normalize.fold``, so "دفاع‌پرس", "دفاعپرس" and
"دفاع پرس" are one name, as are "باشگاه خبرنگاران جوان" spelt with ي or ی.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from khabar.errors import ResourceError
from khabar.meta.lexicon import LB, RB, alternation, key
from khabar.resources import kept as keeping
from khabar.resources import load_json

if TYPE_CHECKING:
    from khabar.doc import Doc


@dataclass(frozen=True)
class Outlet:
    id: str
    name_en: str
    country: str | None
    tz: str | None
    """IANA zone of the outlet's datelines when they name none."""
    type: str
    domains: tuple[str, ...]
    names: tuple[str, ...]
    ownership: str | None = None
    """state | public | semi-official | affiliated | private"""
    affiliation: str | None = None
    """The organization an affiliated outlet belongs to, or the owning group."""
    full_name_en: str | None = None


@dataclass(frozen=True)
class Outlets:
    """The knowledge file, read-only: it is cached for the whole process, so a caller
    that changed it would change every later document's outlet."""

    by_id: Mapping[str, Outlet]
    by_key: Mapping[str, str]
    """Lookup key of every name, English name, id and domain label -> outlet id."""
    names: re.Pattern[str]
    """Any outlet name as a whole word, over text folded by ``lexicon.for_matching``."""

    def lookup(self, text: str) -> Outlet | None:
        """The outlet named ``text`` (any spelling, its id, or its domain), if known."""
        found = self.by_key.get(key(text))
        return self.by_id[found] if found else None

    def by_url(self, url: str) -> Outlet | None:
        """The outlet whose domain serves ``url`` (www.irna.ir, en.irna.ir -> IRNA)."""
        host = (urlsplit(url.strip()).hostname or "").lower()
        for outlet in self.by_id.values():
            if any(host == d or host.endswith("." + d) for d in outlet.domains):
                return outlet
        return None


def _outlet(entry: dict[str, object]) -> Outlet:
    try:
        names = tuple(n for group in entry["names"].values() for n in group)  # type: ignore[attr-defined]
        return Outlet(
            id=str(entry["id"]), name_en=str(entry["name_en"]),
            country=entry.get("country"),  # type: ignore[arg-type]
            tz=entry.get("tz"),  # type: ignore[arg-type]
            type=str(entry.get("type", "")),
            domains=tuple(entry.get("domains", ())),  # type: ignore[arg-type]
            names=names,
            ownership=entry.get("ownership"),  # type: ignore[arg-type]
            affiliation=entry.get("affiliation"),  # type: ignore[arg-type]
            full_name_en=entry.get("full_name_en"),  # type: ignore[arg-type]
        )
    except (KeyError, AttributeError, TypeError) as error:
        raise ResourceError(f"meta/outlets.json: bad entry {entry!r}: {error}") from error


def _keys(outlet: Outlet) -> set[str]:
    found = {key(name) for name in (*outlet.names, outlet.name_en, outlet.id)}
    found.update(key(domain.split(".")[0]) for domain in outlet.domains)
    return found - {""}


@lru_cache(maxsize=1)
def outlets() -> Outlets:
    """The outlet knowledge file, loaded once; its tables are kept between processes
    (``khabar.resources.kept``; issue 8, cold start)."""
    by_id, by_key, names = keeping.kept("outlets", _outlet_tables)
    return Outlets(MappingProxyType(by_id), MappingProxyType(by_key), re.compile(names))


def _outlet_tables() -> tuple[dict[str, Outlet], dict[str, str], str]:
    """Outlets by id, ids by lookup key, and the regex source of any outlet name."""
    entries = load_json("meta/outlets.json").get("outlets", [])
    by_id: dict[str, Outlet] = {}
    by_key: dict[str, str] = {}
    for outlet in map(_outlet, entries):
        by_id[outlet.id] = outlet
        for folded in _keys(outlet):
            if by_key.get(folded, outlet.id) != outlet.id:
                raise ResourceError(
                    f"meta/outlets.json: {folded!r} names both {by_key[folded]!r} and "
                    f"{outlet.id!r}; keep the name on one outlet only"
                )
            by_key[folded] = outlet.id
    phrases = [name for outlet in by_id.values() for name in outlet.names]
    return by_id, by_key, f"{LB}(?P<name>{alternation(phrases)}){RB}"


def outlet_country(outlet_id: str | None) -> str | None:
    """ISO alpha-3 of the country of the known outlet of that id, if any."""
    known = outlets().by_id.get(outlet_id) if outlet_id else None
    return known.country if known else None


def home_country(doc: Doc) -> str | None:
    """The country of the outlet that published the article, when it is a known outlet."""
    return outlet_country(doc.outlet.outlet_id if doc.outlet else None)
