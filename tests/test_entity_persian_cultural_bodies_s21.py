"""Bodies of cinema and the arts the tagger missed in most mentions, listed in
resources/entities/orgs_fa.txt («خانه سینما», the filmmakers' guild; «حوزه هنری», the art
bureau), and the IAEA under its other Persian name («آژانس بین‌المللی انرژی هسته‌ای»,
orgs.tsv); issue 5, session 21 (2026-12-06), engineer ent_fa_org. Sentences written for these
tests."""

from __future__ import annotations

import pytest

import khabar


def orgs(text: str) -> list[str]:
    doc = khabar.process(text, meta={"date": "2005-02-06"})
    return [e.text for e in doc.entities if e.type == "ORG"]


@pytest.mark.parametrize(("text", "name"), [
    ("بنا به اعلام خانه سینما، این فیلم بیشترین آرا را داشت.", "خانه سینما"),
    ("همایش در تالار اندیشه حوزه هنری برگزار می شود.", "حوزه هنری"),
    ("نشست شورای حکام آژانس بین‌المللی انرژی هسته‌ای دیروز پایان یافت.",
     "آژانس بین‌المللی انرژی هسته‌ای"),  # the parent of a unit in its genitive
])
def test_the_listed_body_is_read(text: str, name: str) -> None:
    assert name in orgs(text)


def test_a_place_after_the_name_is_its_own() -> None:
    assert "حوزه هنری یزد" in orgs("مسئول حوزه هنری یزد از برگزاری این جشنواره خبر داد.")
