"""Session 19 (2026-12-06), engineer dates4: a weekday set apart from its date by "(" or
«الموافق» takes that date; the Arabic future prefix «سـ» gives a bare weekday its tense;
a yearless date after an event noun («هجمات 11 سبتمبر») names a past happening."""

from datetime import datetime

from khabar.meta import find_dates

WED = datetime(2015, 7, 15, 12)  # a Wednesday


def _found(text: str, lang: str, ref: datetime = WED) -> list[tuple[str, str]]:
    return [(m.text, m.value[:10]) for m in find_dates(text, reference=ref, lang=lang,
                                                       tz="Asia/Riyadh")]


def test_a_weekday_before_its_date_in_parentheses_takes_it() -> None:
    assert _found("وصل الوزير يوم الأحد (12 أبريل)", "ar") == [
        ("يوم الأحد (12 أبريل", "2015-04-12")]


def test_a_persian_weekday_before_its_date_in_parentheses_takes_it() -> None:
    assert _found("روز چهارشنبه (24 سپتامبر) گفت", "fa") == [
        ("روز چهارشنبه (24 سپتامبر", "2014-09-24")]


def test_a_weekday_before_al_muwafiq_and_its_date_takes_it() -> None:
    found = _found("ستبدأ الرحلات اعتبارا من يوم الخميس الموافق 20 أغسطس", "ar")
    assert found == [("يوم الخميس الموافق 20 أغسطس", "2015-08-20")]


def test_a_weekday_that_disagrees_with_the_date_in_parentheses_stays_apart() -> None:
    found = _found("يعرض يومي الجمعة والسبت (21 إلى 23 من شهر شوال)", "ar")
    assert ("والسبت", "2015-07-18") in found or ("السبت", "2015-07-18") in found


def test_the_future_prefix_sa_makes_a_bare_weekday_the_next_one() -> None:
    assert _found("قال إن الرئيس سيزور الرياض يوم الأحد", "ar") == [("يوم الأحد", "2015-07-19")]
    assert _found("وستعقد الجلسة الأحد", "ar") == [("الأحد", "2015-07-19")]


def test_a_noun_starting_with_sa_is_no_future() -> None:
    assert _found("ركب سيارة يوم الأحد", "ar") == [("يوم الأحد", "2015-07-12")]


def test_the_tensed_verb_before_the_weekday_gives_its_tense() -> None:
    found = _found("وصل الوزير يوم الأحد وسيغادر الثلاثاء", "ar")
    assert found == [("يوم الأحد", "2015-07-12"), ("الثلاثاء", "2015-07-21")]


def test_a_famous_day_after_an_event_noun_is_no_date_near_the_article() -> None:
    assert _found("منذ هجمات 11 سبتمبر تغير العالم", "ar") == []
    assert _found("بعد حملات 11 سپتامبر", "fa") == []


def test_an_event_noun_with_a_joined_preposition_counts() -> None:
    assert _found("مقارنة بهجمات 11 سبتمبر", "ar") == []


def test_a_recent_event_day_is_the_last_one() -> None:
    assert _found("بعد تفجيرات 5 يوليو", "ar") == [("5 يوليو", "2015-07-05")]


def test_an_event_day_with_a_year_word_after_it_keeps_a_past_year() -> None:
    ref = datetime(2004, 5, 30, 12)
    found = _found("بر اثر زلزله پنجم دی سال گذشته", "fa", ref)
    assert found[0] == ("پنجم دی", "2003-12-26")


def test_an_anniversary_of_an_event_day_is_read_near_the_article() -> None:
    assert _found("في ذكرى هجمات 11 سبتمبر", "ar") == [("11 سبتمبر", "2015-09-11")]


def test_an_event_day_is_the_last_one_not_the_nearest() -> None:
    ref = datetime(2005, 1, 25, 12)
    found = _found("بعد از زلزله هشتم خرداد سال جاری", "fa", ref)
    assert found[0] == ("هشتم خرداد", "2004-05-28")


def test_an_event_day_ahead_of_the_article_is_no_date() -> None:
    assert _found("بعد تفجيرات 20 يوليو", "ar") == []
