"""Every shipped word list and table says where it came from: each file of a resources
folder is named in that folder's SOURCE.md (STYLE.md 3: language resources are data, with a
SOURCE row). Session 13's review (2026-12-05) found four files with none
(entities/body_of_country.txt, entities/home_bodies.tsv, kb/home_countries.tsv,
kb/named_after_heads.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.resources import RESOURCES

FOLDERS = sorted(p for p in RESOURCES.iterdir() if p.is_dir() and p.name != "__pycache__")


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_each_resource_file_is_named_in_its_source_note(folder: Path) -> None:
    note = folder / "SOURCE.md"
    assert note.is_file(), f"{folder.name}/ has no SOURCE.md: write one"
    text = note.read_text(encoding="utf-8")
    unnamed = [p.name for p in sorted(folder.iterdir())
               if p.name not in ("SOURCE.md", "__pycache__") and p.name not in text]
    assert not unnamed, f"name {unnamed} in {folder.name}/SOURCE.md, with where they came from"
