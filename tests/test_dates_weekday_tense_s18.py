"""find_dates, session 18 (2026-12-06), issue 4: a bare weekday is read by the tense of its
clause: with a past-tense verb it is the last such day (or today), not the nearest one
ahead; after a complementizer («أن», «که») the clause starts again; Persian counts the
verb after the weekday only (its clause ends with the verb)."""

from __future__ import annotations

from datetime import datetime

import pytest

from khabar.meta import find_dates

WEDNESDAY = datetime(2015, 8, 5, 12, 0)

PAST = [
    ("ومساء الجمعة، قتل مسلحون ثلاثة جنود", "ar", "مساء الجمعة", "2015-07-31"),
    ("وقال يوم الخميس إن الوضع صعب", "ar", "يوم الخميس", "2015-07-30"),
    ("واعلنت واشنطن الخميس عن تسليم الطائرات", "ar", "الخميس", "2015-07-30"),
    ("خطفت الجبهة ثمانية عناصر مساء الأربعاء", "ar", "مساء الأربعاء", "2015-08-05"),
    ("روز جمعه یک زن بر اثر اصابت تیر کشته شد", "fa", "روز جمعه", "2015-07-31"),
    ("اعضای گروه روز دوشنبه هنگام سخنرانی او جلسه را ترک کردند", "fa", "روز دوشنبه",
     "2015-08-03"),
    ("این تیم روز پنج‌شنبه به تهران رفته‌اند", "fa", "روز پنج\u200cشنبه", "2015-07-30"),
]

NEAREST = [
    # a past reporting verb before a complementizer does not date the clause after it
    ("وأوضحت العمادة أن الاختبارات ستجري يوم الخميس", "ar", "يوم الخميس", "2015-08-06"),
    ("أعلن الوزير أن الاجتماع سيعقد الخميس", "ar", "الخميس", "2015-08-06"),
    # Persian: a past verb before the weekday belongs to another clause
    ("یکشنبه اعلام کرد جانسون طرحی را در ملاقات روز پنج‌شنبه ارائه کند", "fa",
     "روز پنج\u200cشنبه", "2015-08-06"),
    # no verb in the past: the nearest one, as before
    ("این تیم روز پنج‌شنبه به تهران باز می‌گردد", "fa", "روز پنج\u200cشنبه", "2015-08-06"),
    ("ويوم الخميس يبدأ المهرجان", "ar", "الخميس", "2015-08-06"),
]


def _value(text: str, lang: str, mention: str) -> str:
    found = [m for m in find_dates(text, reference=WEDNESDAY, lang=lang) if m.text == mention]
    assert len(found) == 1, find_dates(text, reference=WEDNESDAY, lang=lang)
    assert text[found[0].start:found[0].end] == mention
    return found[0].value[:10]


@pytest.mark.parametrize("text,lang,mention,value", PAST)
def test_weekday_with_past_verb_is_the_last_one(
    text: str, lang: str, mention: str, value: str
) -> None:
    assert _value(text, lang, mention) == value


@pytest.mark.parametrize("text,lang,mention,value", NEAREST)
def test_weekday_without_past_verb_in_its_clause_is_the_nearest(
    text: str, lang: str, mention: str, value: str
) -> None:
    assert _value(text, lang, mention) == value


def test_future_word_still_wins_over_past_verb() -> None:
    text = "وقال الوزير يوم الخميس سوف نبدأ"
    assert _value(text, "ar", "يوم الخميس") == "2015-08-06"


@pytest.mark.parametrize("text,lang,mention", [
    # a date after the weekday says which one it is, not the tense of the clause
    ("وتم تحديد يوم الخميس الموافق 21/ 10/ 1436 للقاء المواطنين", "ar", "يوم الخميس"),
    ("بازی همان روز (پنج‌شنبه 15/5/94) تغییر یافت", "fa", "پنج\u200cشنبه"),
    # an attribution clause («بحسب ما», «كما») has its own tense
    ("مشاركته في المباراة الخميس ليست محسومة بحسب ما أكد المدرب", "ar", "الخميس"),
])
def test_weekday_dated_or_attributed_is_not_read_by_tense(
    text: str, lang: str, mention: str
) -> None:
    assert _value(text, lang, mention) == "2015-08-06"


def test_day_before_yesterday_after_yawm() -> None:
    """«يوم أمس الأول» is the day before yesterday, not «يوم أمس» (yesterday)."""
    assert _value("وقع الحادث فجر يوم أمس الأول", "ar", "فجر يوم أمس الأول") == "2015-08-03"
    assert _value("وقع الحادث يوم أول أمس", "ar", "يوم أول أمس") == "2015-08-03"


def test_persian_purpose_clause_has_its_own_tense() -> None:
    """«تا» opens a clause: its verb («باقی ماند») is not the weekday's tense."""
    text = "دو تیم روز پنج‌شنبه مقابل هم قرار می‌گیرند تا یک تیم بدون باخت باقی ماند"
    assert _value(text, "fa", "روز پنج\u200cشنبه") == "2015-08-06"
