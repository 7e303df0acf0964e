"""Persian speakers the entity stage missed, session 27 (2026-12-07), issue 6, engineer
quotes_fa11 (``quote_untagged_fa.untagged_subject``).

A name that opens the sentence of a Persian speech verb («حمزه‌لو افزود:», «پارک کی وون
روز شنبه ... گفت:») speaks its words, though no tagger knew it; the post's quote before it
goes to that name too. A group («محققان گفتند»), a noun with the indefinite «ی» never named
before («نگاهی به من انداخت و گفت»), a verb («داد ... گفت») or a line the paper wrapped
are no name. Engineer quotes_fa12 kept the rule to agency news prose (``agency_prose``): a
lead that cites the outlet or its reporter, lines closed by sentence-final marks; a feature,
verse or a page of wrapped lines reads no name so. Sentences written for these tests, after
the style of Fars and Hamshahri."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.events.quotes import find_quotes
from khabar.text.sentences import split_sentences

_LEAD = "به گزارش خبرگزاری فارس از اراک، بازرسی‌ها در سه ماه نخست سال جاری ادامه داشت.\n"
_POST = ("رئیس اداره نظارت بر بهداشت عمومی دامپزشکی استان مرکزی گفت: تعداد 197 نمونه از "
         "فرآورده‌های خام دامی در سه ماه گذشته نمونه‌برداری شده است.\n")


def _speakers(text: str, lead: str = _LEAD) -> list[str | None]:
    text = lead + text
    doc = doc_with(text, "fa", [])
    doc.sentences = split_sentences(text)
    return [q.speaker.text if q.speaker else None for q in find_quotes(doc)]


def test_name_after_post_speaks_both_quotes() -> None:
    text = _POST + "حمزه‌لو افزود: مقدار فرآورده‌های ضبط شده در این مدت 151 تن بوده است.\n"
    assert _speakers(text) == ["حمزه‌لو", "حمزه‌لو"]


def test_name_closed_by_time_and_adverbial() -> None:
    text = ("مربی تیم ملی والیبال گفت: تیم برای بازی فردا آماده است و همه بازیکنان سالم "
            "هستند.\nپارک کی وون روز شنبه در گفت‌وگو با خبرنگاران گفت: هیچ تغییری در میان "
            "دستیارانم نخواهم داد چرا که با آنها کار کرده‌ام.\n")
    assert _speakers(text)[-1] == "پارک کی وون"


@pytest.mark.parametrize("opening", [
    "محققان گفتند:",  # a group, told by a plural verb
    "نگاهی به من انداخت و گفت:",  # a common noun with the indefinite «ی»
    "داد به خبرنگاران گفت:",  # a verb form
])
def test_no_name(opening: str) -> None:
    text = f"{opening} کودکانی که ساعات زیادی را در هوای آزاد می‌گذرانند کمتر بیمار می‌شوند.\n"
    assert _speakers(text) == [None]


def test_wrapped_line_is_no_sentence_start() -> None:
    text = ("دکتر بیژن جهانگیری گفت: افراد معتاد از میان اقشار مختلف جامعه\nهستند خاطرنشان "
            "کرد: بحث اعتیاد اگر از دیدگاه علمی نگریسته شود حل می‌شود.\n")
    assert "هستند" not in _speakers(text)


def test_no_name_outside_agency_prose() -> None:
    """The same lines with no news lead, or under verse (short lines closed by no mark,
    most of the text): no name. Session 28 (engineer quotes_fa13) joins the lines a page
    wrapped mid-sentence (``wrapped_lines``), so wrapped prose no longer counts against
    the article: the verse here replaced session 27's wrapped lines."""
    text = _POST + "حمزه‌لو افزود: مقدار فرآورده‌های ضبط شده در این مدت 151 تن بوده است.\n"
    assert "حمزه‌لو" not in _speakers(text, lead="")
    verse = "".join(f"{line}\n" for line in [
        "بنی آدم اعضای یکدیگرند", "که در آفرینش ز یک گوهرند", "چو عضوی به درد آورد روزگار",
        "دگر عضوها را نماند قرار", "تو کز محنت دیگران بی‌غمی", "نشاید که نامت نهند آدمی",
        "به گزارش خبرنگار ما از اراک", "بازرسی‌ها در سه ماه نخست", "سال جاری ادامه داشت"])
    assert "حمزه‌لو" not in _speakers(verse + text)
