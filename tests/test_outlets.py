"""The outlets knowledge file and news ids (issue 4)."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

import pycountry
import pytest

from khabar.doc import Doc
from khabar.export.contract import from_record, to_record
from khabar.meta.news_ids import news_id_in_text, news_id_in_url
from khabar.meta.outlets import outlets
from khabar.registry import get_stage
from khabar.settings import Settings

TYPES = {"news_agency", "newspaper", "broadcaster", "news_site", "official_site",
         "official_press_office"}
OWNERSHIP = {"state", "public", "semi-official", "affiliated", "private"}
DOMAIN = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")


def test_every_outlet_is_complete():
    for outlet in outlets().by_id.values():
        assert outlet.type in TYPES, outlet.id
        assert outlet.ownership in OWNERSHIP, outlet.id
        assert pycountry.countries.get(alpha_3=outlet.country) is not None, outlet.id
        assert outlet.names and outlet.name_en, outlet.id
        if outlet.tz:
            ZoneInfo(outlet.tz)
        for domain in outlet.domains:
            assert DOMAIN.match(domain), (outlet.id, domain)


def test_no_domain_is_claimed_twice():
    seen: dict[str, str] = {}
    for outlet in outlets().by_id.values():
        for domain in outlet.domains:
            assert domain not in seen, (domain, seen.get(domain), outlet.id)
            seen[domain] = outlet.id


# (a name as written, the outlet it names, its country, its ownership): the outlets the
# issue names, by a Persian, Arabic or English spelling.
NAMED = [
    ("خبرگزاری جمهوری اسلامی", "irna", "IRN", "state"),
    ("ایسنا", "isna", "IRN", "semi-official"),
    ("وكالة تسنيم الدولية للأنباء", "tasnim", "IRN", "affiliated"),
    ("خبرگزاری فارس", "fars", "IRN", "affiliated"),
    ("Mehr News Agency", "mehr", "IRN", "semi-official"),
    ("دفاع‌پرس", "defapress", "IRN", "affiliated"),
    ("سپاه نیوز", "sepahnews", "IRN", "affiliated"),
    ("باشگاه خبرنگاران جوان", "yjc", "IRN", "state"),
    ("پرس تی وی", "presstv", "IRN", "state"),
    ("قناة العالم", "alalam", "IRN", "state"),
    ("الميادين", "almayadeen", "LBN", "private"),
    ("الوكالة العربية السورية للأنباء", "sana", "SYR", "state"),
    ("الجزیره", "aljazeera", "QAT", "state"),
    ("Al Arabiya", "alarabiya", "SAU", "private"),
    ("Associated Press of Pakistan", "app", "PAK", "state"),
    ("آئی ایس پی آر", "ispr", "PAK", "state"),
    ("Dawn", "dawn", "PAK", "private"),
    ("جیو نیوز", "geo", "PAK", "private"),
    ("وكالة الأنباء السعودية", "spa", "SAU", "state"),
    ("روزنامہ جنگ", "jang", "PAK", "private"),
]


@pytest.mark.parametrize(("name", "outlet_id", "country", "ownership"), NAMED)
def test_named_outlets(name: str, outlet_id: str, country: str, ownership: str):
    outlet = outlets().lookup(name)
    assert outlet is not None and outlet.id == outlet_id
    assert (outlet.country, outlet.ownership) == (country, ownership)


@pytest.mark.parametrize(("url", "outlet_id"), [
    ("https://www.tasnimnews.com/fa/news/1403/11/01/1/x", "tasnim"),
    ("https://english.alarabiya.net/News/middle-east", "alarabiya"),
    ("https://www.dawn.com/news/1889999", "dawn"),
    ("https://tribune.com.pk/story/1", "tribune"),
    ("https://notdawn.com/news/1", None),
    ("http://www.okaz.com.sa/new/Issues/20150720/x", "okaz"),
    ("http://www.alwatan.com.sa/Politics/News_Detail.aspx", "alwatan_sa"),
    ("http://www.al-jazirah.com/2015/20150721/fe4.htm", "aljazirah"),
    ("http://www.alweeam.com.sa/348920/x/", "alweeam"),
    ("http://www.3alyoum.com/2015/07/x", "3alyoum"),
    ("https://www.aljazeera.net/news/1", "aljazeera"),
])
def test_outlet_by_url(url: str, outlet_id: str | None):
    found = outlets().by_url(url)
    assert (found.id if found else None) == outlet_id


# (raw text, news id or None, reason)
NEWS_IDS_IN_TEXT = [
    ("متن\nکد خبر: ۴۸۳۴۶۲\nتاریخ انتشار", "483462", "Persian digits after a colon"),
    ("کد‌خبر ۴۸۳۴۶۲", "483462", "ZWNJ inside the label, no colon"),
    ("رقم الخبر: ١٢٣٤٥٦", "123456", "Arabic-Indic digits"),
    ("News ID: 7712345", "7712345", "English label"),
    ("شناسه خبر : 98765 |", "98765", "spaces around the colon"),
    ("کد خبر: ۱۲", None, "two digits are not a news id"),
    ("این کد خبری نیست 12345", None, "no label"),
]


@pytest.mark.parametrize(("raw", "expected", "reason"), NEWS_IDS_IN_TEXT)
def test_news_id_in_text(raw: str, expected: str | None, reason: str):
    found = news_id_in_text(raw)
    assert (found.value if found else None) == expected, reason
    if found is not None:
        assert found.raw_start is not None and found.raw_end is not None
        digits = raw[found.raw_start:found.raw_end]
        assert "".join(str(int(c)) for c in digits) == expected


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.farsnews.ir/news/14030112000123/title", "14030112000123"),
    ("https://www.tasnimnews.com/fa/news/1403/11/01/3243243/slug", "3243243"),
    ("https://defapress.ir/fa/news/712345/slug", "712345"),
    ("https://www.dawn.com/news/1889999", "1889999"),
    ("https://www.irna.ir/", None),
])
def test_news_id_in_url(url: str, expected: str | None):
    found = news_id_in_url(url)
    assert (found.value if found else None) == expected


def _sources(doc: Doc) -> Doc:
    return get_stage("khabar.meta.sources.v1").factory(Settings())(doc)


def test_outlet_carries_its_news_id_from_the_url_of_a_known_outlet():
    doc = _sources(Doc(raw="متن", meta={"source": "farsnews",
                                         "url": "https://www.farsnews.ir/news/8707060255"}))
    assert doc.outlet is not None
    assert (doc.outlet.outlet_id, doc.outlet.news_id) == ("fars", "8707060255")


def test_url_of_another_site_gives_no_news_id():
    doc = _sources(Doc(raw="متن", meta={"source": "farsnews",
                                         "url": "https://example.com/news/8707060255"}))
    assert doc.outlet is not None and doc.outlet.news_id is None


def test_labelled_news_id_wins_and_round_trips():
    doc = _sources(Doc(raw="پیام خوزستان\nمتن خبر\nکد خبر: ۴۸۳۴۶۲"))
    assert doc.outlet is not None and doc.outlet.news_id == "483462"
    doc.text = doc.raw
    record = to_record(doc)
    assert record["outlet"]["news_id"] == "483462"
    assert record["outlet"]["outlet_id"] == "payamkhuzestan"
    assert to_record(from_record(record)) == record


#: The outlets issue 4 names, by id; the Pakistani ones must also have an Urdu name.
ISSUE_OUTLETS = ["irna", "isna", "tasnim", "fars", "mehr", "defapress", "sepahnews", "yjc",
                 "presstv", "alalam", "almayadeen", "sana", "aljazeera", "alarabiya", "app",
                 "ispr", "dawn", "geo"]


@pytest.mark.parametrize("outlet_id", ISSUE_OUTLETS)
def test_major_outlets_have_persian_arabic_and_english_names(outlet_id: str) -> None:
    outlet = outlets().by_id[outlet_id]
    assert outlet.type and outlet.country and outlet.ownership
    names = _names_by_lang(outlet_id)
    wanted = {"fa", "ar", "en"} | ({"ur"} if outlet.country == "PAK" else set())
    assert wanted <= {lang for lang, spelled in names.items() if spelled}, names
    assert all(outlets().lookup(name) == outlet for spelled in names.values() for name in spelled)


def _names_by_lang(outlet_id: str) -> dict[str, list[str]]:
    from khabar.resources import load_json

    entry = next(e for e in load_json("meta/outlets.json")["outlets"] if e["id"] == outlet_id)
    return {lang: list(names) for lang, names in entry["names"].items()}


@pytest.mark.parametrize(("name", "outlet_id"), [
    ("وكالة أنباء باكستان", "app"), ("روابط عمومی ارتش پاکستان", "ispr"),
    ("ڈان نیوز", "dawn"), ("جيو نيوز", "geo"), ("ایکسپریس ٹریبیون", "tribune"),
    ("ایکسپریس", "express"), ("دفاع برس", "defapress"), ("الجزیرہ", "aljazeera"),
])
def test_added_name_variants(name: str, outlet_id: str) -> None:
    found = outlets().lookup(name)
    assert found is not None and found.id == outlet_id


# Saudi dailies named by common words (the city, "today", "the homeland", "the city") are
# known by their domain and full name only, so the bare word names no outlet.
@pytest.mark.parametrize(("name", "outlet_id"), [
    ("صحيفة الرياض", "alriyadh"), ("الرياض", None),
    ("صحيفة اليوم السعودية", "alyaum"), ("اليوم", None),
    ("صحيفة الوطن السعودية", "alwatan_sa"), ("الوطن", None),
    ("صحيفة المدينة السعودية", "almadina"), ("المدينة", None),
    ("صحيفة عكاظ", "okaz"), ("الاقتصادية", None),
    ("صحيفة الوئام", "alweeam"), ("الوئام", None), ("صحيفة عين اليوم", "3alyoum"),
])
def test_saudi_dailies_by_full_name_only(name: str, outlet_id: str | None) -> None:
    found = outlets().lookup(name)
    assert (found.id if found else None) == outlet_id
    assert found is None or found.country == "SAU"
