"""Persian quote speakers, session 18 (2026-12-06), issue 6: an office that speaks with no
holder named beside it goes on with the person quoted just before
(``quote_turns.office_goes_on``), as Persian news varies a speaker's name with his office;
not with «هم»/«نیز» (someone else too), nor past another person named between.
Sentences written for these tests, after the style of Fars news."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.events.quotes import find_quotes
from khabar.text.sentences import split_sentences

_LEAD = ("آیت الله غلامعلی صفایی‌بوشهری امروز در خطبه‌های نماز جمعه اظهار داشت: اقتصاد "
         "مقاومتی برای کشور بسیار مهم است و همه دستگاه‌ها باید در این راه تلاش کنند و "
         "مردم نیز با شناخت و مطالعه و با انتخاب کالای داخلی در این مسیر سهم دارند و "
         "تولید ملی را تقویت می‌کنند.\n")
_HOLDER = "غلامعلی صفایی‌بوشهری"
_KB = {"بوشهر": ("geonames:139817", "IRN"), "باراک اوباما": ("kb:obama", "USA")}


def _speakers(tail: str, between: list[tuple[str, str]]) -> list[str | None]:
    """Speakers of the lead's quote and the tail's; «بوشهر» is a place of Iran, so
    «امام جمعه بوشهر» is an Iranian office."""
    text = _LEAD + tail
    doc = doc_with(text, "fa", [(_HOLDER, "PER"), *between, ("بوشهر", "LOC")], kb=_KB)
    doc.sentences = split_sentences(text)
    return [q.speaker.text if q.speaker else None for q in find_quotes(doc)]


def test_office_goes_on_with_the_person_quoted_before() -> None:
    tail = "امام جمعه بوشهر گفت: احترام به نظرات شورای نگهبان لازم است."
    assert _speakers(tail, []) == [_HOLDER, _HOLDER]


@pytest.mark.parametrize(
    ("tail", "between", "reason"),
    [
        ("امام جمعه بوشهر هم گفت: احترام به نظرات شورای نگهبان لازم است.", [],
         "«هم» after the office: someone else too"),
        ("باراک اوباما رئیس جمهور آمریکا نیز در روزهای گذشته از ادامه تحریم‌ها علیه کشور "
         "دفاع کرده بود و بسیاری از کارشناسان این سخنان را نشانه ادامه دشمنی دانستند و "
         "درباره پیامدهای آن هشدار دادند. امام جمعه بوشهر گفت: احترام به نظرات شورای "
         "نگهبان لازم است.", [("باراک اوباما", "PER")],
         "another person named between"),
    ],
)
def test_office_does_not_go_on(tail: str, between: list[tuple[str, str]],
                               reason: str) -> None:
    assert _speakers(tail, between)[-1] != _HOLDER, reason


def test_office_of_another_country_does_not_go_on() -> None:
    """A person of another country quoted before does not hold the office."""
    text = ("ژاک شیراک رئیس جمهور فرانسه امروز در نشستی اظهار داشت: اروپا به همکاری بیشتری "
            "نیاز دارد و همه کشورها باید در این راه تلاش کنند و بدهی‌های کشورهای فقیر را "
            "ببخشند تا توسعه در جهان ادامه یابد.\nامام جمعه بوشهر گفت: احترام به نظرات "
            "شورای نگهبان لازم است.")
    doc = doc_with(text, "fa", [("ژاک شیراک", "PER"), ("بوشهر", "LOC")],
                   kb={**_KB, "ژاک شیراک": ("kb:chirac", "FRA")})
    doc.sentences = split_sentences(text)
    speakers = [q.speaker.text if q.speaker else None for q in find_quotes(doc)]
    assert speakers[0] == "ژاک شیراک" and speakers[-1] != "ژاک شیراک"
