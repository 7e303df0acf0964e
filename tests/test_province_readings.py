"""Province names read by the article's country (``kb/province_readings.tsv``,
``khabar.entities.geo``), and provinces as first-level divisions in event locations and
the GDELT export."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from doc_builders import simple_doc

from khabar.doc import Doc, Source
from khabar.entities.gazetteer import phrase_key
from khabar.entities.ner import find_entities
from khabar.export.gdelt import COLUMNS, write_gdelt
from khabar.kb.entries import load_kb
from khabar.kb.places import division_index, province_readings
from khabar.pipeline import Pipeline
from khabar.resources import load_tsv


def _reading(text: str, lang: str, name: str) -> str | None:
    """The KB id the mention of ``name`` gets, or None when it is no place."""
    doc = simple_doc(text, lang)
    found = [e.kb_id for e in find_entities(doc, load_kb(), use_model=False)
             if e.type == "LOC" and e.text == name]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "lang", "name", "code"),
    [
        # The generic phrase is Saudi Arabia's Eastern Province in a Saudi article ...
        ("وصل وزير الداخلية إلى المنطقة الشرقية وزار الدمام في السعودية.", "ar",
         "المنطقة الشرقية", "SA-04"),
        # ... also after a title: «المنطقة» is no person («أمير المنطقة الشرقية») ...
        ("استقبل أمير المنطقة الشرقية الوفد في الدمام.", "ar", "المنطقة الشرقية", "SA-04"),
        # ... and so alone, the first reading, even beside a word that looks like a
        # foreign city («بحري» "maritime", Bahri in Sudan): one name is no country's
        # article ...
        ("باشرت فرق حرس الحدود بالمنطقة الشرقية حالات إنقاذ بحري وساحلي.", "ar",
         "المنطقة الشرقية", "SA-04"),
        # ... nor are small towns abroad («الطبقة» "the layer", «تدمر» "destroys") ...
        ("قال مسؤول المياه بالمنطقة الشرقية إن الطبقة العليا من الأنابيب تدمر بالحرارة.",
         "ar", "المنطقة الشرقية", "SA-04"),
        ("تشهد المنطقة الشرقية أمطارا غزيرة اليوم.", "ar", "المنطقة الشرقية", "SA-04"),
        # ... but "the eastern region" of an article about another country ...
        ("قوات الجيش السوري في دير الزور والمنطقة الشرقية ودمشق.", "ar",
         "المنطقة الشرقية", None),
        # ... or of the place named right after it, even in a Saudi article.
        ("قال مسؤول في السعودية والدمام إن القصف طال المنطقة الشرقية من حلب.", "ar",
         "المنطقة الشرقية", None),
        ("سيطرت قوات حفتر على المنطقة الشرقية في ليبيا.", "ar", "المنطقة الشرقية", None),
        ("درگیری در بلوچستان میان نیروهای ایران و اشرار در زاهدان و تهران.", "fa",
         "بلوچستان", "IR-11"),
        ("انفجار در بلوچستان در نزدیکی کویته و اسلام‌آباد.", "fa", "بلوچستان", "PK-BA"),
        ("حمله در بلوچستان ایران.", "fa", "بلوچستان", "IR-11"),
        ("بلوچستان آرام است.", "fa", "بلوچستان", "PK-BA"),
        ("سیل در پنجاب در هند خسارت زد.", "fa", "پنجاب", "IN-PB"),
        ("سیل در پنجاب خسارت زد. لاهور و اسلام‌آباد نیز.", "fa", "پنجاب", "PK-PB"),
        ("فيضانات في البنجاب وفي نيودلهي عاصمة الهند.", "ar", "البنجاب", "IN-PB"),
    ],
)
def test_a_shared_province_name_is_read_by_the_articles_country(
        text: str, lang: str, name: str, code: str | None) -> None:
    assert _reading(text, lang, name) == (f"iso3166-2:{code}" if code else None)


@pytest.mark.parametrize(("outlet", "code"), [(None, "PK-BA"), ("fars", "IR-11")])
def test_the_outlets_country_reads_a_shared_name_the_article_says_nothing_of(
        outlet: str | None, code: str) -> None:
    doc = simple_doc("بلوچستان آرام است.", "fa")
    doc.outlet = Source("خبرگزاری فارس", "reported_by", outlet_id=outlet) if outlet else None
    assert [e.kb_id for e in find_entities(doc, load_kb(), use_model=False)] == [
        f"iso3166-2:{code}"]


def test_every_name_read_by_country_is_found_as_one_of_its_readings() -> None:
    """A name whose gazetteer province is none of its readings would never be read."""
    for name, _ in load_tsv("kb/province_readings.tsv"):
        found = division_index().get(name)
        assert found is not None and found in province_readings()[phrase_key(name)], name


def test_an_event_at_a_province_carries_its_division_code() -> None:
    doc = Pipeline()(Doc(raw="سپاه پاسداران به مواضع تروریست‌ها در استان سیستان و بلوچستان "
                             "حمله کرد."))
    places = [e.location for e in doc.events if e.location is not None]
    assert places and places[0].division == "IR-11"


def _action_geo(location: dict) -> dict[str, str]:
    event = {"type": "ASSAULT", "mode": None, "date": "2025-01-20", "start": 0, "end": 10,
             "negated": False, "future": False, "location": location}
    out = io.StringIO()
    write_gdelt([{"id": "a", "text": "x" * 10, "events": [event]}], out,
                added=datetime(2025, 1, 21, tzinfo=UTC))
    row = dict(zip(COLUMNS, out.getvalue().rstrip("\n").split("\t"), strict=True))
    return {k.removeprefix("ActionGeo_"): v for k, v in row.items() if k.startswith("ActionGeo")}


def test_gdelt_gives_a_province_the_first_level_division_type_and_its_code() -> None:
    province = _action_geo({"name_en": "Sistan va Baluchestan", "country": "IRN",
                            "lat": 29.5, "lon": 60.9, "division": "IR-11"})
    city = _action_geo({"name_en": "Zahedan", "country": "IRN", "lat": 29.5, "lon": 60.9,
                        "geonameid": 1159301})
    assert (province["Type"], province["ADM1Code"]) == ("5", "IR-11")
    assert (city["Type"], city["ADM1Code"]) == ("4", "")


@pytest.mark.parametrize(
    ("text", "lang", "name", "code"),
    [
        # One name, two countries' divisions: the noun before it tells them apart
        # (Yemen has governorates, «محافظة»; Saudi Arabia regions, «منطقة»).
        ("سيطرت القوات الحكومية على مواقع في محافظة الجوف شمال اليمن.", "ar",
         "الجوف", "YE-JA"),
        ("قال أمير منطقة الجوف إن الأمطار أغلقت الطرق.", "ar", "الجوف", "SA-12"),
        # A governorate no city holds the name of is found alone.
        ("قتل خمسة مسلحين في شبوة جنوب البلاد.", "ar", "شبوة", "YE-SH"),
        ("نیروهای انصارالله در استان الحدیده به مواضع ائتلاف حمله کردند.", "fa",
         "الحدیده", "YE-HU"),
    ])
def test_yemens_governorates_are_places_of_yemen(text: str, lang: str, name: str,
                                                 code: str) -> None:
    assert _reading(text, lang, name) == f"iso3166-2:{code}"
