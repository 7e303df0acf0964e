"""Stage khabar.meta.published.v1: the publication date with its offset, and the URL."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from khabar.doc import Doc
from khabar.errors import SettingsError
from khabar.meta.published import find_dateline, read_published
from khabar.registry import get_stage
from khabar.settings import Settings

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
STAGE = "khabar.meta.published.v1"


def published(raw: str, lang: str | None = "fa", **meta: str) -> Doc:
    return read_published(Doc(raw=raw, lang=lang, meta=dict(meta)), "Asia/Tehran")


def _example(prefix: str) -> str:
    return next(EXAMPLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


# (example, lang, published, published_text, reason)
EXAMPLE_DATELINES = [
    ("000", "fa", "2025-01-20T09:53:26+03:30", "دوشنبه 1 بهمن 1403 - 09:53:26",
     "Jalali dateline under the headline, Tehran winter time"),
    ("001", "fa", "2021-10-12T20:53:00+03:30", "۲۰ مهر ۱۴۰۰ - ۲۰:۵۳",
     "labelled dateline after the lead, with an agreeing Gregorian echo"),
    ("002", "ar", "2025-01-20T03:56:00+00:00", "الإثنين ٢٠ يناير ٢٠٢٥ - ٠٣:٥٦ بتوقيت غرينتش",
     "Arabic dateline whose zone is written (GMT)"),
]


@pytest.mark.parametrize(("prefix", "lang", "value", "text", "reason"), EXAMPLE_DATELINES)
def test_example_datelines(prefix: str, lang: str, value: str, text: str, reason: str):
    doc = published(_example(prefix), lang)
    assert (doc.published, doc.published_text) == (value, text), reason
    assert doc.published_span is not None
    assert doc.raw[doc.published_span[0]:doc.published_span[1]] == text
    assert not doc.problems


@pytest.mark.parametrize("prefix", ["003", "004"])
def test_examples_without_a_dateline_stay_none(prefix: str):
    doc = published(_example(prefix))  # "امروز ( شنبه)" is relative: no date is invented
    assert (doc.published, doc.published_text, doc.published_span) == (None, None, None)


def test_url_from_a_bare_url_line():
    url = published(_example("000")).url
    assert url is not None and url.startswith("http://www.khozestan-online.ir/fa/News/")


def test_url_from_meta_wins():
    doc = published("متن\nhttps://example.org/a\n", url="https://www.irna.ir/news/1")
    assert doc.url == "https://www.irna.ir/news/1"


def test_gregorian_echo_that_disagrees_is_noted():
    doc = published("تیتر\nتاریخ انتشار: ۲۰ مهر ۱۴۰۰ - ۲۰:۵۳ - 14October 2021\nمتن خبر")
    assert doc.published == "2021-10-12T20:53:00+03:30"
    assert any("2021-10-14" in p and STAGE in p for p in doc.problems)


# (raw, lang, meta, expected, reason)
ZONES = [
    ("عنوان\n1 تیر 1400 - 12:00\nمتن", "fa", {}, "2021-06-22T12:00:00+04:30",
     "summer 2021 in Tehran: daylight saving"),
    ("عنوان\n1 تیر 1402 - 12:00\nمتن", "fa", {}, "2023-06-22T12:00:00+03:30",
     "summer 2023 in Tehran: no daylight saving since 2022"),
    ("عنوان\n20 جنوری 2025 - 10:00\nمتن", "ur", {}, "2025-01-20T10:00:00+05:00",
     "Urdu: Pakistan time"),
    ("عنوان\n15 يوليو 2021 - 10:00\nنص", "ar", {"source": "sana"}, "2021-07-15T10:00:00+03:00",
     "the outlet's zone (SANA: Damascus)"),
    ("عنوان\n15 يوليو 2021 - 10:00 GMT\nنص", "ar", {"source": "sana"},
     "2021-07-15T10:00:00+00:00", "a written zone beats the outlet's"),
    ("عنوان\n15 يوليو 2021 - 10:00\nنص", "ar", {}, "2021-07-15T10:00:00+04:30",
     "Arabic, outlet unknown: the default zone setting (Asia/Tehran)"),
]


@pytest.mark.parametrize(("raw", "lang", "meta", "value", "reason"), ZONES)
def test_zone_rule(raw: str, lang: str, meta: dict[str, str], value: str, reason: str):
    assert published(raw, lang, **meta).published == value, reason


@pytest.mark.parametrize(("line", "value", "reason"), [
    ("15 تیر 1400 - 10:00", "2021-07-06T10:00:00+04:30", "a Jalali dateline means Tehran"),
    ("15 July 2021 - 10:00", "2021-07-15T10:00:00+00:00", "otherwise the default zone"),
])
def test_calendar_decides_when_language_and_outlet_do_not(line: str, value: str, reason: str):
    doc = Doc(raw=f"title\n{line}\ntext", lang=None)
    assert read_published(doc, "UTC").published == value, reason


def test_labelled_date_without_time_is_local_midnight():
    doc = published("تیتر خبر\nتاریخ انتشار: ۱ بهمن ۱۴۰۳\nمتن")
    assert doc.published == "2025-01-20T00:00:00+03:30"


@pytest.mark.parametrize(("raw", "reason"), [
    ("سفر در تیرماه ۱۳۹۷ انجام شد و\nادامه دارد", "a month mentioned in a sentence"),
    ("وزیر روز ۱ بهمن ۱۴۰۳ در جمع خبرنگاران گفت که مذاکرات ادامه دارد.", "an event date"),
    ("دیروز وزیر گفت", "a relative word"),
    ("خبر بدون تاریخ", "no date at all"),
    ("تیتر\nمتن پیام به این شرح است:\nبسم الله\nمتن\nامضا\n15/7/1383\n",
     "a bare date closing a statement is when it was signed, not published"),
])
def test_no_dateline_no_date(raw: str, reason: str):
    assert published(raw).published is None, reason


def test_header_lines_are_searched_first():
    raw = "\n".join(["عنوان"] * 20 + ["۱ بهمن ۱۴۰۳ - ۰۹:۵۳"])
    start = raw.index("۱ بهمن")
    doc = Doc(raw=raw, lang="fa", header=[(start, len(raw))])
    assert read_published(doc, "Asia/Tehran").published == "2025-01-20T09:53:00+03:30"
    assert published(raw).published is None  # beyond the top lines and not a header line


def test_updated_label_loses_to_published():
    raw = "آخرین به روزرسانی: ۳ بهمن ۱۴۰۳ - ۱۰:۰۰\nتاریخ انتشار: ۱ بهمن ۱۴۰۳ - ۰۹:۵۳\nمتن"
    assert published(raw).published == "2025-01-20T09:53:00+03:30"


@pytest.mark.parametrize(("date", "value"), [
    ("2021-07-01", "2021-07-01T00:00:00+04:30"),
    ("2023-07-01", "2023-07-01T00:00:00+03:30"),
    ("2025-01-20T06:23:26Z", "2025-01-20T06:23:26+00:00"),
    ("2025-01-20T09:53:26", "2025-01-20T09:53:26+03:30"),
])
def test_meta_date_when_the_text_has_none(date: str, value: str):
    assert published("متن بدون تاریخ", date=date).published == value


def test_bad_meta_date_is_recorded_not_guessed():
    doc = published("متن بدون تاریخ", date="yesterday")
    assert doc.published is None
    assert any("not ISO 8601" in p for p in doc.problems)


def test_meta_date_disagreeing_with_dateline_is_noted():
    doc = published(_example("000"), date="2025-01-22")
    assert doc.published == "2025-01-20T09:53:26+03:30"
    assert any("2025-01-22" in p for p in doc.problems)


def test_published_parses_and_has_an_offset():
    for prefix, lang in (("000", "fa"), ("001", "fa"), ("002", "ar")):
        value = published(_example(prefix), lang).published
        assert value is not None and datetime.fromisoformat(value).utcoffset() is not None


def test_weekday_conflict_prefers_the_consistent_dateline():
    # 25 Esfand 1399 was a Monday, 26 Esfand a Tuesday: the second line is consistent
    raw = "عنوان\nسه‌شنبه ۲۵ اسفند ۱۳۹۹ - ۱۰:۰۰\nسه‌شنبه ۲۶ اسفند ۱۳۹۹ - ۱۱:۰۰\nمتن"
    line = find_dateline(Doc(raw=raw, lang="fa"))
    assert line is not None and line.match.native == "1399-12-26"


def test_bad_zone_setting_is_refused_when_the_stage_is_built():
    with pytest.raises(SettingsError, match=r"dates\.default_timezone"):
        get_stage(STAGE).factory(Settings({"dates": {"default_timezone": "Mars/Olympus"}}))


def test_stage_is_registered_as_declared():
    info = get_stage(STAGE)
    assert info.requires == ("text", "header", "lang")
    assert info.assigns == ("published", "url")
    doc = info.factory(Settings())(Doc(raw=_example("000"), lang="fa"))
    assert doc.published == "2025-01-20T09:53:26+03:30"


# (url, published, reason)
URL_DATES = [
    ("https://www.farsnews.ir/news/8707060255", "2008-09-27T00:00:00+03:30",
     "old Fars id: YYMMDD of the Jalali date (1387-07-06) and a counter"),
    ("https://www.farsnews.ir/news/14000720000123/slug", "2021-10-12T00:00:00+03:30",
     "new Fars id: YYYYMMDD of the Jalali date (1400-07-20)"),
    ("https://www.tasnimnews.com/fa/news/1403/11/01/3234567/x", "2025-01-20T00:00:00+03:30",
     "a Jalali /YYYY/MM/DD/ path"),
    ("https://www.aljazeera.net/news/2025/1/20/slug", "2025-01-20T00:00:00+03:00",
     "a Gregorian path, in the outlet's zone (Qatar)"),
]


@pytest.mark.parametrize(("url", "value", "reason"), URL_DATES)
def test_date_from_the_url_when_nothing_else_states_one(url: str, value: str, reason: str):
    assert published("متن خبر بدون تاریخ", url=url).published == value, reason


@pytest.mark.parametrize(("url", "why"), [
    ("https://example.com/news/8707060255", "the Fars id shape means nothing on another site"),
    ("https://www.farsnews.ir/news/8713450255", "month 13 does not exist"),
    ("https://example.com/archive/2025/page/3", "a year alone is no date"),
])
def test_no_date_from_a_url_without_one(url: str, why: str):
    assert published("متن خبر بدون تاریخ", url=url).published is None, why


def test_the_dateline_and_the_meta_date_win_over_the_url():
    url = "https://www.farsnews.ir/news/8707060255"
    assert published("متن", url=url, date="2025-01-20").published == "2025-01-20T00:00:00+03:30"
    doc = published("دوشنبه 1 بهمن 1403 - 09:53:26\nمتن", url=url)
    assert doc.published == "2025-01-20T09:53:26+03:30"


# (raw, lang, expected published, why)
SITE_CLOCK_CASES = [
    ("خبرگزاری نمونه\nامروز: ۱۵ بهمن ۱۴۰۳\nعنوان خبر\nمتن خبر در اینجا آمده است.", "fa", None,
     "the site's date when the page was fetched is no publication date"),
    ("امروز: ۱۵ بهمن ۱۴۰۳\nعنوان خبر\nتاریخ انتشار: ۱۰ بهمن ۱۴۰۳ - ۰۸:۱۵\nمتن خبر.", "fa",
     "2025-01-29T08:15:00+03:30", "the article's own dateline wins over the site's clock"),
    ("اليوم: الأحد 2 فبراير 2025\nعنوان الخبر\nنص الخبر هنا.", "ar", None,
     "the Arabic site clock, likewise"),
    ("امروز ۱۵ بهمن ۱۴۰۳ - ۰۹:۳۰\nعنوان خبر\nمتن خبر.", "fa", "2025-02-03T09:30:00+03:30",
     "without the colon, «امروز» opens an ordinary dateline"),
]


@pytest.mark.parametrize(("raw", "lang", "value", "why"), SITE_CLOCK_CASES)
def test_site_clock_is_not_the_publication_date(raw: str, lang: str, value: str | None,
                                                why: str) -> None:
    assert published(raw, lang).published == value, why
