"""The outlet of a byline or dateline slot (khabar.meta.datelines), read by the sources
stage: the article's outlet when nothing else names one, and a source in the chain."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import Doc
from khabar.meta.sources import locate_outlet
from khabar.registry import get_stage
from khabar.settings import Settings

LEAD_AR = "أعلن وزير الصحة أمس عن خطة جديدة لتطوير المستشفيات في المنطقة الشرقية.\n"
MIDDLE_AR = "وأضاف الوزير أن العمل سيبدأ في الشهر المقبل في عدد من المدن.\n"
LEAD_FA = "وزیر بهداشت دیروز از طرح تازه‌ای برای بیمارستان‌های استان خبر داد.\n"


def _doc(raw: str, lang: str) -> Doc:
    doc = Doc(raw=raw)
    doc.lang = lang
    return doc


def _sources(raw: str, lang: str) -> Doc:
    return get_stage("khabar.meta.sources.v1").factory(Settings())(_doc(raw, lang))


# (raw, lang, outlet name as written, its name_en, reason)
OWN = [
    ("سامي العتيبي – عين اليوم\n" + LEAD_AR, "ar", "عين اليوم", "Ain Alyoum",
     "a byline: writer, dash, outlet"),
    ("عين اليوم – لندن\n" + LEAD_AR, "ar", "عين اليوم", "Ain Alyoum",
     "a dateline: outlet, dash, place"),
    ("سبق- جدة: " + LEAD_AR, "ar", "سبق", "Sabq", "a dateline opening the lead"),
    ("جدة - عكاظ\n" + LEAD_AR, "ar", "عكاظ", "Okaz",
     "a place between dashes is where from, the paper after it the outlet"),
    (LEAD_AR + MIDDLE_AR + "خالد الشمري – عكاظ", "ar", "عكاظ", "Okaz",
     "a byline at the foot of the article"),
    ("مریم احمدی – همشهری\n" + LEAD_FA, "fa", "همشهری", "Hamshahri",
     "Persian: a byline"),
]


@pytest.mark.parametrize(("raw", "lang", "name", "name_en", "reason"), OWN)
def test_own_dateline_is_the_outlet(raw: str, lang: str, name: str, name_en: str,
                                    reason: str):
    doc = _sources(raw, lang)
    assert doc.outlet is not None, reason
    assert (doc.outlet.name, doc.outlet.name_en, doc.outlet.relation) == (
        name, name_en, "outlet"), reason
    assert raw[doc.outlet.raw_start:doc.outlet.raw_end] == name
    chain = [(s.name, s.name_en, s.relation) for s in doc.sources]
    assert chain == [(name, name_en, "reported_by")], reason
    assert raw[doc.sources[0].raw_start:doc.sources[0].raw_end] == name


# An agency's dateline is as often its report reprinted by a paper: a source, no outlet.
AGENCY = [
    ("الرياض 12 رمضان 1437 هـ الموافق 17 يونيو 2016 م واس\n" + LEAD_AR, "ar", "واس",
     "Saudi Press Agency", "the agency closing a dated line"),
    ("الدمام - واس\n" + LEAD_AR, "ar", "واس", "Saudi Press Agency",
     "a place between dashes is where from, the agency after it the source"),
    (LEAD_AR + MIDDLE_AR + "ويزور الوزير المنطقة الأسبوع المقبل لافتتاح المستشفيات "
     "الجديدة التي انتهى العمل فيها (أ ف ب)", "ar", "أ ف ب", "AFP",
     "an agency in brackets closing the article's last line"),
    ("ایلنا: " + LEAD_FA, "fa", "ایلنا", "ILNA", "Persian: the agency and a colon"),
    ("تهران - خبرگزاری فارس\n" + LEAD_FA, "fa", "خبرگزاری فارس", "Fars News Agency",
     "Persian: a place, a dash and the agency's full name"),
]


@pytest.mark.parametrize(("raw", "lang", "name", "name_en", "reason"), AGENCY)
def test_agency_dateline_is_a_source(raw: str, lang: str, name: str, name_en: str,
                                     reason: str):
    doc = _sources(raw, lang)
    assert doc.outlet is None, reason
    assert [(s.name, s.name_en, s.relation) for s in doc.sources] == [
        (name, name_en, "source")], reason
    assert raw[doc.sources[0].raw_start:doc.sources[0].raw_end] == name


def test_credited_outlet_is_not_the_outlet():
    raw = LEAD_FA + "منبع: کیهان"
    doc = _sources(raw, "fa")
    assert doc.outlet is None
    assert [(s.name, s.relation) for s in doc.sources] == [("کیهان", "source")]


LONG_AR = " ".join(["وأضاف الوزير أن العمل سيبدأ في الشهر المقبل في عدد من المدن"] * 4)


def test_long_lines_are_read_at_their_edges():
    raw = "سبق- جدة: " + LONG_AR + "\n" + MIDDLE_AR + LONG_AR + " (واس)"
    doc = _sources(raw, "ar")
    assert doc.outlet is not None and doc.outlet.name_en == "Sabq"
    assert [(raw[s.raw_start:s.raw_end], s.relation) for s in doc.sources] == [
        ("سبق", "reported_by"), ("واس", "source")]


@pytest.mark.parametrize("raw", [
    LONG_AR + " - عكاظ - " + LONG_AR + "\n" + MIDDLE_AR,
    "وقال الوزير في المدينة - عكاظ - " + LONG_AR + "\n" + MIDDLE_AR,
    MIDDLE_AR + LONG_AR + " - عكاظ - وأضاف الوزير أن العمل سيبدأ في الشهر المقبل",
])
def test_long_line_middle_is_not_read(raw: str):
    assert _sources(raw, "ar").sources == []


def test_outlet_opening_the_line_stays_a_masthead():
    doc = _sources("خبرگزاری فارس - " + LEAD_FA, "fa")
    assert doc.outlet is not None and doc.outlet.name_en == "Fars News Agency"
    assert doc.sources == []


def test_agency_credited_by_the_outlet_is_a_source():
    raw = "عين اليوم – واس\n" + LEAD_AR
    doc = _sources(raw, "ar")
    assert doc.outlet is not None and doc.outlet.name_en == "Ain Alyoum"
    assert [(s.name_en, s.relation) for s in doc.sources] == [
        ("Ain Alyoum", "reported_by"), ("Saudi Press Agency", "source")]


def test_agency_under_another_masthead_is_a_source():
    raw = "العالم - ايران\nالدمام - واس\n" + LEAD_AR
    doc = _sources(raw, "ar")
    assert doc.outlet is not None and doc.outlet.name_en == "Al-Alam"
    assert [(s.name, s.relation) for s in doc.sources] == [("واس", "source")]
    start = raw.index("واس")
    assert (doc.sources[0].raw_start, doc.sources[0].raw_end) == (start, start + 3)


def test_masthead_is_not_repeated_as_a_source():
    doc = _sources("العالم - ايران\n" + LEAD_AR, "ar")
    assert doc.outlet is not None and doc.outlet.name_en == "Al-Alam"
    assert doc.sources == []


@pytest.mark.parametrize(("raw", "reason"), [
    ("الرياض - جدة\n" + LEAD_AR, "two places between dashes name no outlet"),
    (LEAD_AR + MIDDLE_AR * 3 + "- عكاظ -\n" + MIDDLE_AR * 3,
     "a slot in the middle of the article is a mention, not a credit"),
    ("وأضاف الوزير أن العمل سيبدأ -اليوم- في عدد من المدن التي تقع في المنطقة الشرقية "
     "من المملكة كما قال المتحدث.\n" + MIDDLE_AR, "«اليوم» 'today' between dashes mid-line"),
    ("أعلنت صحيفة «عكاظ» أمس أن وزير الصحة سيزور المنطقة الشرقية في الأسبوع المقبل "
     "لافتتاح عدد من المستشفيات الجديدة التي انتهى العمل فيها.\n" + MIDDLE_AR,
     "a name in quotes in a long lead is no byline"),
    ("سبق الوزير أن أعلن عن الخطة\n" + MIDDLE_AR, "«سبق» 'preceded' fills no slot"),
])
def test_no_outlet(raw: str, reason: str):
    doc = _sources(raw, "ar")
    assert doc.outlet is None, reason
    assert doc.sources == [], reason


def test_hint_and_dateline_agree():
    doc = _doc("سبق- جدة: " + LEAD_AR, "ar")
    doc.meta["source"] = "sabq"
    located = locate_outlet(doc)
    assert located is not None and located[0].name == "sabq"


def test_offsets_survive_cleaning():
    raw = "\ufeffعين اليوم – الرياض\n\n" + LEAD_AR.replace("أمس", "أمس  ")
    record = khabar.to_record(khabar.process(raw.encode("utf-8")))
    outlet = record["outlet"]
    assert outlet is not None and outlet["name_en"] == "Ain Alyoum"
    source = record["sources"][0]
    assert source["relation"] == "reported_by"
    assert raw.lstrip("\ufeff")[source["raw_start"]:source["raw_end"]] == "عين اليوم"
