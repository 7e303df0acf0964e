"""Market reports (session 20 (2026-12-06), issue 6): two reports of a stock market's
sessions on different days tell different sessions, however many listed companies they
share; reports of one day, copies, and other reports sharing the same keys still join."""

from __future__ import annotations

from datetime import date

from khabar.settings import Settings
from khabar.stories.cluster import StoryCandidate, best_story, candidate_from_record
from khabar.stories.fingerprint import minhash
from khabar.stories.markets import is_market_report

COMPANIES = {"org:ايرانخودرو", "org:سايپا", "org:بورستهران", "org:بانكملي"}
PAGE = ("گروه بورس: حجم عرضه سهام سایپا طی معاملات روز گذشته بورس تهران به شدت افزایش یافت."
        " به گزارش همشهری 189 نفر دیروز سهام این شرکت را در بازار عرضه کردند.")


def _c(name: str, day: int, market: bool, text: str = "") -> StoryCandidate:
    return StoryCandidate(name, date(2006, 1, day), frozenset(COMPANIES), "fa", None,
                          tuple(minhash(text or name * 40)), market=market)


def test_a_report_naming_the_market_and_its_shares_is_a_market_report() -> None:
    assert is_market_report("تشکیل صف فروش برای سهام سایپا", PAGE)
    assert is_market_report("الأسهم ترتد مرتفعة بـ13 نقطة",
                            "ارتدت سوق الأسهم السعودية في جلسة أمس للارتفاع")
    # one word in passing, or none: a privatisation, a scholarship («بورسیه»)
    assert not is_market_report("واگذاری سهام 16 شرکت", "ایسنا: وزیر گفت که دولت ...")
    assert not is_market_report(None, "دانشجویان بورسیه تحصیلی به کشور بازگشتند.")
    record = {"id": "x", "lang": "fa", "title": "صف فروش", "text": PAGE,
              "published": "2006-01-05T00:00:00+03:30"}
    assert candidate_from_record(record).market


def test_market_reports_of_different_days_do_not_join() -> None:
    monday, tuesday = _c("a", 2, True), _c("b", 3, True)
    assert best_story(tuesday, [("s", monday)], Settings()) is None


def test_market_reports_of_one_day_and_other_reports_still_join() -> None:
    assert best_story(_c("b", 2, True), [("s", _c("a", 2, True))], Settings()) == "s"
    assert best_story(_c("b", 3, False), [("s", _c("a", 2, True))], Settings()) == "s"
    assert best_story(_c("b", 3, False), [("s", _c("a", 2, False))], Settings()) == "s"


def test_a_copy_of_a_market_report_of_another_day_still_joins() -> None:
    monday, tuesday = _c("a", 2, True, PAGE), _c("b", 3, True, PAGE)
    assert best_story(tuesday, [("s", monday)], Settings()) == "s"


def test_the_market_words_are_read_in_the_lead_only() -> None:
    """Review, session 20: the headline and the first ``LEAD_WORDS`` words of the text;
    market words further down do not make a market report."""
    opening = " ".join(["گزارش"] * 20)
    assert is_market_report("گزارش روز", f"{opening} بورس تهران و سهام سایپا")
    far = " ".join(["گزارش"] * 60)
    assert not is_market_report("گزارش روز", f"{far} بورس تهران و سهام سایپا")
