"""Session 24 (2026-12-07), engineer mend4: the foreign clubs list (arabic_foreign_clubs) is
read as name/kind rows (load_tsv, keys_by_kind), so it is named .tsv, not .txt."""

from __future__ import annotations

from khabar.entities import arabic_foreign_clubs
from khabar.resources import load_tsv


def test_the_foreign_clubs_list_is_a_tsv_of_name_and_kind() -> None:
    assert arabic_foreign_clubs.CLUBS == "entities/foreign_clubs_ar.tsv"
    rows = load_tsv(arabic_foreign_clubs.CLUBS)
    assert rows and all(len(row) == 2 for row in rows)
