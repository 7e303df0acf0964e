"""A bare Persian noun act right after a word of aim, plan or likelihood («برای حمله به
ایران», «احتمال حمله») is what is aimed at or feared, not an act told (aim_words_fa.txt,
persian_readings.aimed), in the text and in the headline, whose acts lead the article's
(salience.headline_types). Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.events.stage import find_events

PUBLISHED = "2025-01-20T09:53:26+03:30"


@pytest.mark.parametrize(
    "text",
    [
        "به گفته این روزنامه، ارتش آمریکا نیروهایی را برای حمله به ایران آماده می‌کند.",
        "وزیر دفاع اسرائیل از احتمال حمله به لبنان سخن گفت.",
    ],
)
def test_an_aimed_attack_is_no_attack(text: str) -> None:
    doc = simple_doc(text, "fa", published=PUBLISHED, with_entities=True)
    assert [e.type for e in find_events(doc) if e.type == "ASSAULT"] == []


def test_an_aim_in_the_headline_does_not_lead() -> None:
    """«هیچ طرحی برای حمله به ایران نداریم»: the headline names no attack, so the denial in
    the text is not pushed out by acts of the headline's kind."""
    text = ("سفیر آمریکا در باکو ضمن رد این گزارش گفت که چنین طرحی در دست نیست.\n"
            "روزنامه روسی گزارش داده بود که ارتش آمریکا به ایران حمله خواهد کرد و ارتش روسیه"
            " به گرجستان حمله کرده است.")
    doc = simple_doc(text, "fa", published=PUBLISHED, with_entities=True)
    doc.title = "هیچ طرحی برای حمله به ایران نداریم"
    assert "REJECT" in [e.type for e in find_events(doc)]


@pytest.mark.parametrize(
    "text",
    [
        "احمدی‌نژاد پس از مراسم، دفتر مخصوص میهمانان کاخ ریاست جمهوری اندونزی را امضا کرد.",
        "نامه سرگشاده به دولت ترکیه تاکنون به امضای 6 هزار نفر رسیده است.",
    ],
)
def test_a_signature_on_no_agreement_is_no_support(text: str) -> None:
    """A guest book, a petition: signing is SUPPORT only for an agreement (PLOVER: sign a
    formal agreement; agreement_words_fa.txt, persian_readings.unsigned)."""
    doc = simple_doc(text, "fa", published=PUBLISHED, with_entities=True)
    assert [e.type for e in find_events(doc) if e.type == "SUPPORT"] == []


def test_an_agreement_named_before_a_comma_is_signed() -> None:
    text = ("توافقنامه همکاری میان کتابخانه‌های ملی ایران و یونان ،در دیدار روسای این"
            " کتابخانه‌ها در آتن به امضا رسید.")
    doc = simple_doc(text, "fa", published=PUBLISHED, with_entities=True)
    assert "SUPPORT" in [e.type for e in find_events(doc)]
