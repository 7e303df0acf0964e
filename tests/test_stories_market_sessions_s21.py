"""Market reports tell the session their lead dates (session 21 (2026-12-06), issue 6): a
morning paper's report of yesterday's close («في جلسة أمس») and an agency's report of that
close on its day tell one session and may join; two reports published on one day, of
yesterday's and of today's session, do not; a lead that dates nothing is compared by its
day of publication, as before. Market words count in reports of their own language."""

from __future__ import annotations

from datetime import date
from typing import Any

from khabar.settings import Settings
from khabar.stories.cluster import best_story, candidate_from_record
from khabar.stories.markets import is_market_report, session_day

COMPANIES = ["سابك", "الراجحي", "الاتصالات السعودية", "تداول"]


def _record(name: str, day: str, lead: str, dated: list[tuple[str, str]]) -> dict[str, Any]:
    """A market report published on ``day`` whose lead dates ``dated`` (phrase, day)."""
    text = lead + " وشهدت تداولات الجلسة ارتفاع أسهم " + "، ".join(COMPANIES) + "."
    dates = [{"text": phrase, "start": text.index(phrase), "end": text.index(phrase)
              + len(phrase), "value": value, "grain": "day", "confidence": 0.8}
             for phrase, value in dated]
    entities = [{"type": "ORG", "text": c, "start": text.index(c), "end": text.index(c)
                 + len(c), "key": f"org:{c.replace(' ', '')}"} for c in COMPANIES]
    return {"id": name, "lang": "ar", "title": f"مؤشر سوق الأسهم السعودية {name}",
            "text": text, "published": f"{day}T00:00:00+03:00", "dates": dates,
            "entities": entities}


TODAY = _record("a", "2015-08-10", "أغلق مؤشر سوق الأسهم السعودية اليوم على ارتفاع",
                [("اليوم", "2015-08-10")])
NEXT_MORNING = _record("b", "2015-08-11", "ارتفع مؤشر سوق الأسهم السعودية في جلسة أمس",
                       [("أمس", "2015-08-10")])
NEXT_SESSION = _record("c", "2015-08-11", "أغلق مؤشر سوق الأسهم السعودية اليوم على تراجع",
                       [("اليوم", "2015-08-11")])


def test_a_report_of_yesterdays_session_joins_that_sessions_report() -> None:
    candidate = candidate_from_record(NEXT_MORNING)
    assert candidate.market and candidate.session == date(2015, 8, 10)
    assert best_story(candidate, [("s", candidate_from_record(TODAY))], Settings()) == "s"


def test_reports_of_two_sessions_published_on_one_day_do_not_join() -> None:
    today = candidate_from_record(NEXT_SESSION)
    assert best_story(today, [("s", candidate_from_record(NEXT_MORNING))], Settings()) is None
    assert best_story(today, [("s", candidate_from_record(TODAY))], Settings()) is None


def test_the_session_is_the_recent_day_the_lead_dates_else_none() -> None:
    published = date(2015, 8, 11)
    assert session_day(NEXT_MORNING, published) == date(2015, 8, 10)
    assert session_day({"text": "لا تاريخ", "dates": []}, published) is None
    # a date far back in the lead is background, not the session
    old = {"text": "منذ 2 يوليو", "dates": [{"start": 4, "value": "2015-07-02",
                                              "grain": "day", "confidence": 0.8}]}
    assert session_day(old, published) is None
    # a date after the lead's first words is not the lead's
    far = " ".join(["كلمة"] * 60) + " أمس"
    late = {"text": far, "dates": [{"start": far.index("أمس"), "value": "2015-08-10",
                                    "grain": "day", "confidence": 0.8}]}
    assert session_day(late, published) is None
    # an unsure reading is not the session: «این روز» (that day) read as today
    that_day = {"text": "در این روز", "dates": [{"start": 3, "value": "2015-08-11",
                                                 "grain": "day", "confidence": 0.7}]}
    assert session_day(that_day, published) is None
    assert session_day(NEXT_MORNING, None) is None


def test_an_undated_lead_is_compared_by_its_day_of_publication() -> None:
    """A page's undated item of one morning and a dated item of the next, both telling
    the same day by their sessions' reckoning, still do not join (the rule of session 20)."""
    undated = {**TODAY, "dates": []}
    assert best_story(candidate_from_record(NEXT_MORNING),
                      [("s", candidate_from_record(undated))], Settings()) is None


def test_market_words_count_in_their_own_language() -> None:
    """«سهام» is shares in Persian, arrows in Arabic (the Saudi archery team, «أخضر السهام»)."""
    archery = "اختتم المنتخب السعودي للسهام مشاركته في بطولة العالم للسهام"
    assert not is_market_report("أخضر السهام يختتم مشاركته", archery, "ar")
    assert is_market_report("تشکیل صف فروش برای سهام سایپا", "گروه بورس: سهام سایپا", "fa")
    assert is_market_report("الأسهم ترتد", "ارتدت سوق الأسهم السعودية", "ar")


def test_the_store_places_the_next_mornings_report_in_that_sessions_story(tmp_path) -> None:
    """Through the store: the stored record keeps the lead's dates the session is read from."""
    import khabar

    full = {"title_entities": [], "events": [], "quotes": [], "sources": []}
    with khabar.open_store(tmp_path / "s.db", Settings()) as store:
        ids = [store.add({**full, **record}).id for record in (TODAY, NEXT_MORNING)]
        stories = [(store.get(i) or {}).get("story") for i in ids]
    assert stories[0] and stories[0] == stories[1]
