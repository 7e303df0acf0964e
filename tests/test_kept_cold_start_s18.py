"""Tables kept between processes, session 18 (2026-12-06), issue 8 (cold start): the
provinces' names, the capitals' countries with the small towns' ids, the langid
letter model's cells and the outlets' tables are built once, read back in the next
process equal to what was built, and not built again."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from khabar import langid_models
from khabar.entities import geo
from khabar.kb import places
from khabar.meta import outlets


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("KHABAR_CACHE_DIR", str(tmp_path))
    yield tmp_path
    for cached in (places.province_names, geo._geo_tables, langid_models.letter_model,
                   outlets.outlets):
        cached.cache_clear()


def _counted(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[int]:
    builds: list[int] = []
    build: Callable[[], Any] = getattr(module, name)

    def counted() -> Any:
        builds.append(1)
        return build()
    monkeypatch.setattr(module, name, counted)
    return builds


@pytest.mark.parametrize(("module", "builder", "cached", "name"), [
    (places, "_province_names", places.province_names, "province_names"),
    (geo, "_capital_countries", geo._geo_tables, "geo_tables"),
    (langid_models, "_letter_cells", langid_models.letter_model, "langid_letters"),
    (outlets, "_outlet_tables", outlets.outlets, "outlets"),
])
def test_a_cold_start_table_is_built_once_and_read_back_equal(
        folder: Path, monkeypatch: pytest.MonkeyPatch, module: object, builder: str,
        cached: Any, name: str) -> None:
    builds = _counted(monkeypatch, module, builder)
    cached.cache_clear()
    built = cached()
    assert builds == [1] and len(list(folder.glob(f"{name}-*.pickle"))) == 1
    cached.cache_clear()  # as a fresh process would
    again = cached()
    assert builds == [1] and again is not built
    if isinstance(built, outlets.Outlets):  # its regex is compiled afresh, not compared
        assert (dict(again.by_id), dict(again.by_key), again.names.pattern) == \
            (dict(built.by_id), dict(built.by_key), built.names.pattern)
        assert list(again.by_id) == list(built.by_id)
    else:
        assert again == built


def test_the_kept_geo_tables_say_what_the_records_say(folder: Path) -> None:
    from khabar.entities.gazetteer import geonames_cities

    capitals, small = geo._geo_tables()
    assert capitals == geo._capital_countries()
    for city_id, city in list(geonames_cities().items())[:2000]:
        assert (city_id in small) == (int(city.get("population") or 0)
                                      < geo.SUPPORT_POPULATION)


def test_the_letter_model_reads_rows_from_the_kept_cells(folder: Path) -> None:
    table = langid_models.letter_model()
    langid_models.letter_model.cache_clear()
    again = langid_models.letter_model()
    assert again.cells == table.cells and len(again.cells) > 100_000
    gram = next(iter(table.cells))
    assert again[gram] == table[gram] is not None
