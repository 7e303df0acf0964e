"""Geocoding by context: a city name of several countries goes to the city in the
country the rest of the article is about; the article's country focus."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.entities.gazetteer import phrase_key, place_alternatives
from khabar.entities.geo import country_focus
from khabar.entities.ner import find_entities
from khabar.kb.entries import load_kb


def _places(text: str, lang: str) -> dict[str, str | None]:
    doc = simple_doc(text, lang)
    return {e.text: e.country for e in find_entities(doc, load_kb(), use_model=False)
            if e.type == "LOC"}


@pytest.mark.parametrize(
    ("text", "lang", "name", "country", "reason"),
    [
        ("وصل الرئيس إلى طرابلس بعد زيارة بيروت وصيدا في لبنان.", "ar", "طرابلس", "LBN",
         "Lebanese cities around it: the smaller Tripoli"),
        ("اشتباكات في طرابلس قرب بنغازي ومصراتة.", "ar", "طرابلس", "LBY",
         "Libyan cities around it: the Libyan one"),
        ("سیل در حیدرآباد و دهلی و بمبئی در هند خسارت زد.", "fa", "حیدرآباد", "IND",
         "an Indian article: the Indian Hyderabad"),
        ("انفجار در حیدرآباد و کراچی در پاکستان.", "fa", "حیدرآباد", "PAK",
         "a Pakistani article: the Pakistani one"),
    ],
)
def test_ambiguous_city_follows_the_article(text: str, lang: str, name: str, country: str,
                                            reason: str) -> None:
    assert _places(text, lang)[name] == country, reason


def test_alone_an_ambiguous_city_keeps_the_preferred_reading() -> None:
    key = phrase_key("طرابلس")
    countries = {c.country for c in place_alternatives()[key]}
    assert {"LBY", "LBN"} <= countries
    assert _places("وصل الوفد إلى طرابلس.", "ar")["طرابلس"] == "LBY", "the most populous"


def test_countries_are_not_ambiguous_cities() -> None:
    assert _places("سفر به مکزیک و کانادا.", "fa") == {"مکزیک": "MEX", "کانادا": "CAN"}


def test_country_focus_prefers_the_lead_and_places() -> None:
    doc = simple_doc("انفجار در کراچی. خبر در تهران منتشر شد.", "fa")
    doc.entities = find_entities(doc, load_kb(), use_model=False)
    assert country_focus(doc) == "PAK", "the lead sentence counts twice"
    assert country_focus(doc, doc.entities[1:]) == "IRN", "without the lead's place"


@pytest.mark.parametrize(
    ("text", "lang", "places", "reason"),
    [
        ("التقى الرئيس باراك أوباما بالوفد.", "ar", {}, "باراك is a given name, not ب + Arak"),
        ("وصل الوفد بطهران أمس.", "ar", {"طهران": "IRN"}, "ب + Tehran is still a place"),
    ],
)
def test_a_proclitic_is_not_stripped_off_a_given_name(text: str, lang: str, places: dict,
                                                      reason: str) -> None:
    assert _places(text, lang) == places, reason


@pytest.mark.parametrize(
    ("text", "lang", "name", "kept", "reason"),
    [
        ("در این اردو ۱۵ بازیکن به تیم ملی دعوت شدند.", "fa", "اردو", False,
         "a word that is also a small Turkish town, in an article naming nothing Turkish"),
        ("زلزله در اردو در شمال ترکیه خسارت زد.", "fa", "اردو", True,
         "the same town when the article names its country"),
        ("وكشف جاسم الجبران أن الأسعار سترتفع.", "ar", "جاسم", False,
         "a given name that is also a small Syrian town"),
        ("کاروان از نایین به سمت مشهد حرکت کرد.", "fa", "نایین", True,
         "a small town of a home country of Persian news"),
        ("هزت انفجارات اعزاز وعفرين في سوريا.", "ar", "اعزاز", True,
         "a small Syrian town in an article about Syria"),
    ],
)
def test_small_towns_abroad_need_their_country_in_the_article(text: str, lang: str, name: str,
                                                              kept: bool, reason: str) -> None:
    assert (name in _places(text, lang)) is kept, reason


@pytest.mark.parametrize(
    ("text", "lang", "name", "country"),
    [
        # The formal names states give themselves, which official statements repeat.
        ("أكدت المملكة الأردنية الهاشمية موقفها.", "ar", "المملكة الأردنية الهاشمية", "JOR"),
        ("وقعت الجمهورية العربية السورية الاتفاق.", "ar", "الجمهورية العربية السورية", "SYR"),
        ("أعلنت جمهورية مصر العربية ودولة الكويت موقفهما.", "ar", "دولة الكويت", "KWT"),
        ("جمهوری عربی سوریه و جمهوری ترکیه توافق کردند.", "fa", "جمهوری ترکیه", "TUR"),
    ])
def test_a_states_formal_name_is_that_country(text: str, lang: str, name: str,
                                              country: str) -> None:
    assert _places(text, lang).get(name) == country
