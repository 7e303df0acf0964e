"""A foreign outlet named with «دیلی» ('Daily', and Dili in the gazetteer) is an organisation
with the name before it or the word after it («چاینا دیلی», «دیلی تلگراف»), unless the text
names the place's country (khabar.entities.persian_daily_outlets, outlet_place_words_fa.tsv;
issue 5, session 21 (2026-12-06), engineer ent_fa_clubs). Sentences written for these tests."""

from __future__ import annotations

import pytest

import khabar


def entities(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in khabar.process(text, meta={"date": "2005-04-24"}).entities]


@pytest.mark.parametrize(("text", "name"), [
    ("به نوشته دیلی تلگراف، بازرسان به این کشور رفتند.", "دیلی تلگراف"),
    ("به گزارش روزنامه دیلی تایمز وزیر بهداشت به هند رفت.", "دیلی تایمز"),
    ("روزنامه چاینا دیلی چاپ پکن نوشت که باران آمد.", "چاینا دیلی"),  # a name before it
    ("به گزارش روزنامه گلف دیلی نیوز، فیلم به نمایش درآمد.", "گلف دیلی نیوز"),
])
def test_an_outlet_named_with_daily(text: str, name: str) -> None:
    assert ("ORG", name) in entities(text)


def test_dili_stays_a_place_where_its_country_is_named() -> None:
    found = entities("سفیر ما در دیلی پایتخت تیمور شرقی با وزیر خارجه دیدار کرد.")
    assert not any("دیلی" in name for kind, name in found if kind == "ORG")


@pytest.mark.parametrize("text", [
    "وزیر خارجه امروز وارد دیلی\nشد و با همتای خود دیدار کرد.",  # a verb on the next line
    "روزنامه چاپ دیلی\nتلگراف را خواند.",
])
def test_no_outlet_runs_on_across_a_line_break(text: str) -> None:
    """review_b, session 21 (2026-12-06), issue 5: the word after «دیلی» was taken across
    a line break («دیلی», a break, «شد» was an organisation)."""
    assert not any("\n" in name for _kind, name in entities(text))


@pytest.mark.parametrize("text", [
    "وزیر خارجه امروز وارد دیلی شد و با همتای خود دیدار کرد.",  # compound verb «وارد شد»
    "تیم ملی دیروز به دیلی رسید.",  # a verb after the place
])
def test_dili_told_by_a_verb_names_no_outlet(text: str) -> None:
    """The lead, session 21 (2026-12-06), issue 5 (review_b's note): a verb after «دیلی» is
    no paper's name, and the word before it is then the verb's noun, not the paper's."""
    found = entities(text)
    assert not any("دیلی" in name for kind, name in found if kind == "ORG")
    assert ("LOC", "دیلی") in found


def test_a_verb_of_report_still_leaves_the_outlet() -> None:
    assert ("ORG", "اسکرین دیلی") in entities("روزنامه اسکرین دیلی نوشت که فیلم اکران شد.")
