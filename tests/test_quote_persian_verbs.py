"""Persian speech verbs added in session 10 (counted before a colon over the shared Fars
and Hamshahri samples), in the ZWNJ and the spaced spelling, and their senses that open
no quote."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.events.quotes import find_quotes


def _quotes(text: str, entities: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    return [(q.text[:12].strip(), q.speaker.text if q.speaker else None)
            for q in find_quotes(doc_with(text, "fa", entities))]


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("فرهاد احمدی اضافه کرد: قیمت نان در ماه آینده تغییر نمی‌کند.",
         [("فرهاد احمدی", "PER")], [("قیمت نان در", "فرهاد احمدی")],
         "اضافه کرد is a speech verb"),
        ("مهدی رضایی گفت: مدارس از شنبه باز می‌شوند.\nوي ادامه مي دهد: كلاس‌ها در دو نوبت "
         "برگزار مي شود.", [("مهدی رضایی", "PER")],
         [("مدارس از شنب", "مهدی رضایی"), ("كلاس‌ها در د", "مهدی رضایی")],
         "the spaced present tense goes on with the speaker"),
        ("سرهنگ علی کریمی متذکر شد: رانندگان باید از جاده‌های فرعی پرهیز کنند.",
         [("علی کریمی", "PER")], [("رانندگان بای", "علی کریمی")], "متذکر شد"),
        ("حمید نوری تذکر داد: در این شرایط باید هوشیاری مسئولان بیشتر باشد.",
         [("حمید نوری", "PER")], [("در این شرایط", "حمید نوری")], "تذکر داد"),
        ("مسئول صندوق این مبلغ را به حساب ذخیره اضافه کرد.", [], [],
         "'added it to the account' opens no quote"),
    ],
)
def test_persian_verbs(text: str, entities: list[tuple[str, str]],
                       expected: list[tuple[str, str | None]], reason: str) -> None:
    assert _quotes(text, entities) == expected, reason


def test_a_later_turn_ends_a_colon_quote() -> None:
    """A sentence of the same paragraph with its own speech verb and colon is another
    quote: the words after the first colon stop before it, and the post who spoke them is
    the one who goes on."""
    text = ("مدیر مشمولین گفت: طبق قانون مدت خدمت 24 ماه است. سرهنگ موسی کمالی مدت خدمت را "
            "بدون تغییر خواند و افزود: حکم صادره تا سال 87 معتبر است.")
    quotes = find_quotes(doc_with(text, "fa", [("موسی کمالی", "PER")]))
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("طبق قانون مدت خدمت 24 ماه است.", "موسی کمالی"),
        ("حکم صادره تا سال 87 معتبر است.", "موسی کمالی")]

