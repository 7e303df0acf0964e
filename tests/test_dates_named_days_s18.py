"""find_dates, session 18 (2026-12-06), issue 4: a day and month without a year after a noun
that makes them a name (a street, city, hospital or school; a revolution, coup, uprising)
is no date near the article; after an anniversary word it is the anniversary."""

from __future__ import annotations

from datetime import datetime

import pytest

from khabar.meta import find_dates

REFERENCE = datetime(2015, 7, 24, 12, 0)

NAMES = [
    ("اندلعت اشتباكات في شارع 26 سبتمبر وسط تعز", "ar"),
    ("يعود إلى مدينة 6 أكتوبر بالقاهرة", "ar"),
    ("منذ اندلاع ثورة 25 يناير في مصر", "ar"),
    ("مصنع في مدينة العاشر من رمضان", "ar"),
    ("مسجد ارک در خیابان 15 خرداد قرار دارد", "fa"),
    ("به بیمارستان 17 شهریور برازجان منتقل شدند", "fa"),
    ("پس از کودتای 28 مرداد", "fa"),
    ("مدافعان حماسه دوم خرداد", "fa"),
]


@pytest.mark.parametrize("text,lang", NAMES)
def test_named_day_is_no_date(text: str, lang: str) -> None:
    assert find_dates(text, reference=REFERENCE, lang=lang) == []


@pytest.mark.parametrize("text,lang,mention,day", [
    ("بمناسبة ذكرى ثورة 23 يوليو المجيدة", "ar", "23 يوليو", "2015-07-23"),
    ("در سالروز بزرگداشت حماسه 9 دی", "fa", "9 دی", "2015-12-30"),
    ("اجتمع المجلس في 23 يوليو", "ar", "23 يوليو", "2015-07-23"),
    ("ثورة 25 يناير 2011", "ar", "25 يناير 2011", "2011-01-25"),
])
def test_anniversary_plain_or_dated_stays_a_date(text: str, lang: str, mention: str,
                                                 day: str) -> None:
    found = find_dates(text, reference=REFERENCE, lang=lang)
    assert [(m.text, m.value[:10]) for m in found] == [(mention, day)]
