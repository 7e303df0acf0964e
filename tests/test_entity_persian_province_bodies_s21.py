"""A provincial body written with «استان» or «شهرستان» before its place («دادگستری استان
بوشهر», «فرماندهی انتظامی استان بوشهر») is one organisation with its province, as the gold
keeps a provincial office's province (bench/data/ENTITIES-GOLD.md;
khabar.entities.persian_units._place_after, place_body_nouns_fa.txt; issue 5, session 21
(2026-12-06), engineer ent_fa_clubs). Sentences written for these tests."""

from __future__ import annotations

import pytest

import khabar


def orgs(text: str) -> list[str]:
    return [e.text for e in khabar.process(text, meta={"date": "2006-03-11"}).entities
            if e.type == "ORG"]


@pytest.mark.parametrize(("text", "name"), [
    ("رئیس کل دادگستری استان بوشهر گفت: اجرای طرح آغاز شد.", "دادگستری استان بوشهر"),
    ("این طرح با همکاری فرماندهی انتظامی استان بوشهر صورت می‌گیرد.",
     "فرماندهی انتظامی استان بوشهر"),
    ("فرمانداری شهرستان کرج آماده است.", "فرمانداری شهرستان کرج"),
    ("این طرح با همکاری فرماندهی انتظامی فارس صورت می‌گیرد.", "فرماندهی انتظامی فارس"),
    # a place the gazetteer reads with its noun («استان واسط») is still the body's place
    ("به گفته استانداری استان واسط این طرح آغاز شد.", "استانداری استان واسط"),
])
def test_a_provincial_body_keeps_its_province(text: str, name: str) -> None:
    assert name in orgs(text)
