"""Persian quotes (session 15, 2026-12-06, issue 6). Impersonal modals: after «می‌توان», «باید»,
«بتوان», «نمی‌توان» a verb form is a short infinitive with no subject («می‌توان گفت که ...»
'one can say that'), the writer's remark and no one's quote. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.events.quotes import find_quotes

SPEAKER = "حسن رضایی"
OPENING = f"{SPEAKER} رئیس سازمان آمار گفت: شمار بیکاران در سال گذشته کاهش یافت.\n"


def _quotes(text: str) -> list[tuple[str | None, str, str | None]]:
    doc = doc_with(text, "fa", [(SPEAKER, "PER")])
    return [(q.verb, q.text[:12], q.speaker.text if q.speaker else None)
            for q in find_quotes(doc)]


@pytest.mark.parametrize("remark", [
    "در مجموع می‌توان گفت که برنامه‌های دولت در این زمینه موفق بوده است.",
    "شاید بتوان گفت بازار کار امسال وضع بهتری از سال‌های پیش داشته است.",
    "بنابراین باید تصریح کرد که آمارهای رسمی با واقعیت بازار فاصله دارند.",
    "به طور کلی مي توان گفت كه بيشتر استان‌ها رشد اشتغال داشته‌اند.",  # «می توان» apart
])
def test_a_verb_after_an_impersonal_modal_quotes_no_one(remark: str) -> None:
    """The writer's remark after the speaker's quote is not the speaker's words."""
    assert _quotes(OPENING + remark) == [("گفت", "شمار بیکاران", SPEAKER)]


def test_a_speech_verb_with_its_subject_still_quotes() -> None:
    """A finite verb after its subject («وی افزود») is still the speaker's next quote."""
    text = OPENING + "وی افزود: بازار کار امسال وضع بهتری از سال‌های پیش داشته است."
    assert [q[2] for q in _quotes(text)] == [SPEAKER, SPEAKER]


def test_a_title_in_marks_opens_the_words_after_a_colon() -> None:
    """«گفت: «تاکسی نارنجی» نیازمند ...»: a film's title in marks opens the quoted words,
    which run on with no speech verb after it; the quote is all of them, not lost (the
    marked name before another speaker's verb, «نوشت: «X» وزیر ... گفت که», stays none)."""
    text = ("علی وحیدزاده کارگردان سینما گفت: «تاکسی نارنجی» نیازمند فصل پاییز و زمستان "
            "است و فصل نقش عمده‌ای در آن دارد.")
    doc = doc_with(text, "fa", [("علی وحیدزاده", "PER")])
    quotes = [(q.text[:22], q.speaker.text if q.speaker else None) for q in find_quotes(doc)]
    assert quotes == [("«تاکسی نارنجی» نیازمند", "علی وحیدزاده")]


@pytest.mark.parametrize(("text", "lang"), [
    # Arabic: words after a short marked quote are the narrator's, not the quote's.
    ('قال الشيخ محمد العلي: "يجدد لها دينها" فنسب الدين إلى الأمة في هذا الحديث.', "ar"),
    # Persian: the marked words end their sentence; what follows is the narrator's.
    ("خانم علی وحیدزاده بلند می‌گوید: «حاج آقا! بی‌زحمت». همین و دیگر هیچ.", "fa"),
])
def test_a_short_marked_quote_does_not_run_on(text: str, lang: str) -> None:
    """Only a Persian title that opens a running clause takes the words after it."""
    doc = doc_with(text, lang, [("محمد العلي" if lang == "ar" else "علی وحیدزاده", "PER")])
    assert not any("فنسب" in q.text or "همین" in q.text for q in find_quotes(doc))
