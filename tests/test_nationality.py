"""Country names and nationality adjectives (fa, ar, ur, en) from data; organisations as
head noun + country; places standing for governments; whose country a role phrase is."""

from __future__ import annotations

import pytest
from doc_builders import match_at_every_word, simple_doc
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.doc import Entity
from khabar.entities.gazetteer import (
    country_entries,
    demonyms,
    org_index,
    place_index,
    words,
)
from khabar.entities.geo import capital_countries, government_country
from khabar.entities.nationality import arabic_forms, country_names, nationality_forms
from khabar.entities.ner import find_entities
from khabar.entities.titles import given_names, titles
from khabar.kb.entries import load_kb
from khabar.resources import load_tsv


@pytest.mark.parametrize(
    ("form", "country", "reason"),
    [
        ("الأوكرانية", "UKR", "Arabic feminine with the article, generated from أوكراني"),
        ("البرازيليين", "BRA", "Arabic oblique plural"),
        ("نمساويون", "AUT", "Arabic nominative plural without the article"),
        ("الكورية الشمالية", "PRK", "a two-word adjective: both words inflected"),
        ("ژاپنی‌ها", "JPN", "Persian plural with ZWNJ"),
        ("ژاپنیها", "JPN", "the same without ZWNJ (the fold matches both)"),
        ("عراقیان", "IRQ", "Persian plural in -ان"),
        ("بھارتی", "IND", "Urdu, its own column"),
        ("پاکستانیوں", "PAK", "Urdu oblique plural"),
        ("ونزوئلایی", "VEN", "Urdu column empty: the Persian spelling serves"),
        ("Indonesians", "IDN", "English plural"),
        ("صهیونیستی", "ISR", "the adjective Iranian media use for Israel"),
    ],
)
def test_nationality_forms(form: str, country: str, reason: str) -> None:
    assert demonyms().get(form) == country, reason


@pytest.mark.parametrize(
    ("word", "reason"),
    [
        ("المالي", "Mali's adjective is also 'financial'"),
        ("مالی", "Persian 'financial'"),
        ("القمري", "Comoros' adjective is also 'lunar' (the Hijri calendar)"),
        ("مجری", "Persian 'host'"),
        ("العربي", "Arab is not one country"),
        ("الأوروبي", "European is not a country"),
    ],
)
def test_words_that_only_look_like_nationalities(word: str, reason: str) -> None:
    assert demonyms().get(word) is None, reason


def test_arabic_forms_inflect_only_nisba_words() -> None:
    assert set(arabic_forms("باكستاني", ("", "ة"))) == {
        "باكستاني", "الباكستاني", "باكستانية", "الباكستانية"}
    assert list(arabic_forms("أفغان", ("ين",))) == [], "a broken plural takes no suffix"


def test_most_countries_have_a_nationality_and_codes_are_real() -> None:
    codes = {code for _, code in nationality_forms()}
    assert codes <= set(country_entries()), codes - set(country_entries())
    assert len(codes) >= 150


def test_plural_forms_are_kept_out_of_organisation_names() -> None:
    singular = {form for form, _ in nationality_forms(plural=False)}
    assert "الإيرانية" in singular and "الإيرانيين" not in singular


def test_cldr_country_names_are_places_and_exclusions_hold() -> None:
    names = dict(country_names())
    for lang, name, _why in load_tsv("entities/cldr_excluded.tsv"):
        assert name not in names or (name, lang) not in {(n, lg) for n, _, lg in
                                                         load_tsv("entities/country_names.tsv")}
    for name, code in [("كوريا الشمالية", "PRK"), ("جنوبی کوریا", "KOR"), ("موزامبیک", "MOZ")]:
        place = place_index().get(name)
        assert place is not None and place.country == code, name


@pytest.mark.parametrize(
    ("text", "key", "reason"),
    [
        ("القوات المسلحة الأوكرانية", "org:armed-forces:UKR", "head + generated feminine"),
        ("وزارت خارجه ژاپن", "org:foreign-ministry:JPN", "head + CLDR country name"),
        ("ارتش پاکستان", "org:pak-army", "a named organisation wins over the pair"),
        ("حكومة موريتانيا", "org:government:MRT", "government of a country"),
    ],
)
def test_organisations_from_a_head_and_a_country(text: str, key: str, reason: str) -> None:
    found = org_index().find_all(text, words(text), strip_clitics=True)
    assert [m.value.key for m in found] == [key], reason
    assert (found[0].start, found[0].end) == (0, len(text))


def test_a_plural_demonym_does_not_make_an_organisation() -> None:
    text = "الجيش الباكستانيين"
    assert org_index().find_all(text, words(text), strip_clitics=True) == []


VOCABULARY = ["ارتش", "پاکستان", "الجيش", "الباكستاني", "وزارة", "الخارجية", "الإيرانية",
              "سرلشکر", "اللواء", "محمد", "باقري", "عاصم", "منير", "إسلام", "آباد", "و",
              "في", "به", "لإسلام", "والجيش", "،", "«", "»", "سید", "بن", "سلمان"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(VOCABULARY), max_size=14), st.booleans())
def test_start_positions_find_what_trying_every_word_finds(chosen: list[str],
                                                           strip: bool) -> None:
    text = " ".join(chosen)
    tokens = words(text)
    for index in (place_index(), org_index(), demonyms(), titles(), given_names()):
        assert index.find_all(text, tokens, strip) == match_at_every_word(index, text, tokens,
                                                                      strip)


def _place(name: str) -> Entity:
    entry = place_index().get(name)
    assert entry is not None, name
    return Entity(0, len(name), type="LOC", text=name, kb_id=entry.kb_id, country=entry.country)


@pytest.mark.parametrize(
    ("name", "expected", "reason"),
    [
        ("اسلام‌آباد", "PAK", "a capital stands for its government"),
        ("طهران", "IRN", "Arabic spelling of Tehran"),
        ("واشنگتن", "USA", "Washington, D.C., not a small town of that name"),
        ("تل أبيب", "ISR", "regional usage for Israel's government (government_seats.tsv)"),
        ("القدس", None, "a contested capital, mostly the city itself in this news"),
        ("کراچی", None, "a large city that is not the capital"),
        ("پاکستان", "PAK", "a country stands for its government too"),
    ],
)
def test_government_country(name: str, expected: str | None, reason: str) -> None:
    assert government_country(_place(name)) == expected, reason


def test_only_places_stand_for_governments() -> None:
    person = Entity(0, 5, type="PER", text="باقری", kb_id="per:mohammad-bagheri", country="IRN")
    assert government_country(person) is None
    assert len(capital_countries()) > 150


def _countries(text: str, lang: str) -> dict[str, str | None]:
    doc = simple_doc(text, lang)
    return {e.text: e.country for e in find_entities(doc, load_kb(), use_model=False)
            if e.type == "PER"}


@pytest.mark.parametrize(
    ("text", "lang", "person", "country", "reason"),
    [
        ("استقبل الملك حمد بن راشد الرئيس الأمريكي جون سميث في القصر.", "ar",
         "حمد بن راشد", None, "the American title after him introduces the next person"),
        ("استقبل الملك حمد بن راشد الرئيس الأمريكي جون سميث في القصر.", "ar",
         "جون سميث", "USA", "…and is that person's"),
        ("وقال وزير الخارجية القطري خالد حمود الرئيس التركي للوفد.", "ar",
         "خالد حمود", "QAT", "an apposition before the name wins over a cue after it"),
        ("بعد العودة من باكستان، قال العميد سعيد حمدان إن الوضع مستقر.", "ar",
         "سعيد حمدان", None, "a country that ends another clause is not the person's"),
        ("سرلشکر علی مرادی فرمانده ارتش پاکستان را دید.", "fa",
         "علی مرادی", "PAK", "a role phrase after the name, with no other person, still counts"),
    ],
)
def test_role_phrase_country_goes_to_the_right_person(text: str, lang: str, person: str,
                                                      country: str | None, reason: str) -> None:
    assert _countries(text, lang).get(person, "missing") == country, reason


@pytest.mark.parametrize(
    ("text", "name"),
    [("محسن نقوی نے کہا کہ احمد نے جواب دیا۔", "احمد نے"),
     ("جان چلی گئی۔", "جان چلی")],
)
def test_urdu_postpositions_end_a_name(text: str, name: str) -> None:
    assert name not in _countries(text, "ur")
