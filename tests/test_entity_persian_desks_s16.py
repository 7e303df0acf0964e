"""Persian newsroom desks are no organisations, nor part of the tagger's organisation run on
over the desk's mark (khabar.entities.persian_desks; issue 5, session 16 (2026-12-06),
engineer ent_fa). Sentences written for these tests; the tagger's entities built by hand."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_desks import without_desks


def tagged(text: str, name: str, kind: str = "ORG", source: str = "crf") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=kind, text=name, key=f"x:{name}",
                  source=source)


def kept(text: str, name: str, **kw: str) -> list[str]:
    return [e.text for e in without_desks(text, words(text), [tagged(text, name, **kw)])]


@pytest.mark.parametrize("text, name", [
    ("گروه ادب و هنر: مراسم جوایز سینمای هند برگزار شد.", "گروه ادب و هنر"),
    ("گروه اجتماعی- طرح تازه اجرا شد.", "گروه اجتماعی"),
])
def test_a_desk_is_no_organisation(text: str, name: str) -> None:
    assert kept(text, name) == []


@pytest.mark.parametrize("text, name, rest", [
    # a borrowed name after the desk's mark
    ("گروه علمی فرهنگی- مایکروسافت قیمت ویندوز را افشا کرد.", "گروه علمی فرهنگی- مایکروسافت",
     ["مایکروسافت"]),
    # a body's head noun after the mark
    ("گروه اقتصادی- بانک مرکزی نرخ سود را اعلام کرد.", "گروه اقتصادی- بانک مرکزی",
     ["بانک مرکزی"]),
    # Persian words after the mark, the desk's noun outside the tagger's span
    ("گروه بورس- آمارهای موجود نشان می‌دهد که سود بالاست.", "بورس- آمارهای", []),
    # a mark the tokens leave out
    ("گروه شهری _ تونل رسالت دیروز باز شد.", "گروه شهری _ تونل رسالت", []),
])
def test_the_words_after_a_desk_stay_only_as_a_name(text: str, name: str,
                                                     rest: list[str]) -> None:
    assert kept(text, name) == rest


@pytest.mark.parametrize("text, name, kw", [
    ("رئیس سازمان ملل - بخش آسیا گفت.", "سازمان ملل - بخش آسیا", {}),  # no desk before
    ("گروه ادب و هنر: مراسم برگزار شد.", "گروه ادب و هنر", {"source": "org_list"}),
])
def test_other_organisations_are_left_alone(text: str, name: str, kw: dict[str, str]) -> None:
    assert kept(text, name, **kw) == [name]
