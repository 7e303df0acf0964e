"""Persian quote speakers, session 17 (2026-12-06), issue 6: the lead gives a post, the
next quote names its holder for the first time with any speech verb («معاون ... گفت: ...
. رجبعلی قاسمی ... اظهار داشت: ...»), so the post's quote is that person's
(``quote_turns.introduces_holder``). Sentences written for these tests, after the
reporting style of Hamshahri and Fars news."""

from __future__ import annotations

import pytest
from doc_builders import quotes_split


def _speakers(text: str, entities: list[tuple[str, str]]) -> list[str | None]:
    return [q.speaker.text if q.speaker else None for q in quotes_split(text, "fa", entities)]


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("معاون محیط زیست استان اصفهان گفت: دو نیروگاه برق باعث آلودگی شده است.\n"
         "رجبعلی قاسمی با بیان اینکه صنایع آلاینده‌اند، اظهار داشت: کارگاه‌ها باید منتقل شوند.",
         [("رجبعلی قاسمی", "PER")], ["رجبعلی قاسمی", "رجبعلی قاسمی"],
         "a name first told right after a post's quote is the post's holder"),
        ("محمد هاشمی گفت: حزب در انتخابات شرکت می‌کند.\n"
         "رئیس کمیته اطلاع‌رسانی جبهه مشارکت گفت: مشارکت ما مشروط است.\n"
         "سعید شریعتی در گفتگو با ایسنا خاطرنشان کرد: دفتر انتخابات فعال است.",
         [("محمد هاشمی", "PER"), ("سعید شریعتی", "PER")],
         ["محمد هاشمی", "سعید شریعتی", "سعید شریعتی"],
         "the post's quote is no longer the speaker before's"),
    ],
)
def test_holder_named_after_the_post(text: str, entities: list[tuple[str, str]],
                                     expected: list[str | None], reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("رئیس سازمان هواشناسی گفت: باران می‌بارد.\n"
         "صالحی، مدیرکل مدیریت بحران استان در این مراسم گفت: سدها پر شده‌اند.",
         [("صالحی", "PER")], [None, "صالحی"],
         "a name given a post of its own is someone else"),
        ("رئیس سازمان هواشناسی گفت: باران می‌بارد.\n"
         "حسن کریمی نیز گفت: سدها پر شده‌اند.",
         [("حسن کریمی", "PER")], [None, "حسن کریمی"],
         "«نیز» says another speaks"),
        ("طه یاسین رمضان گفت: جوانان را بازداشت کردیم.\n"
         "معاون صدام گفت: شمار آنان ده هزار نفر بود.\n"
         "طه یاسین به بازجویان گفته است: صدها نفر جان دادند.",
         [("طه یاسین رمضان", "PER"), ("طه یاسین", "PER")],
         ["طه یاسین رمضان", "طه یاسین رمضان", "طه یاسین"],
         "a person named before the post's quote is someone already in the story"),
    ],
)
def test_no_holder_named_after_the_post(text: str, entities: list[tuple[str, str]],
                                        expected: list[str | None], reason: str) -> None:
    assert _speakers(text, entities) == expected, reason
