"""Persian quote speakers, session 26 (2026-12-07), issue 6, engineer quotes_fa10.

An office that speaks goes on with the person quoted just before
(``quote_turns.office_goes_on``) though its own adverbial names someone («امام جمعه
خرم‌آباد با گرامی‌داشت بعثت حضرت رسول اکرم (ص) افزود»: farsnews-8904180265); and the
narration's pronoun after a speaker's words stands for the speaker who opens their
lead-in, not for a person the lead-in names later, in the occasion or the reporter's
question («... در مراسم گرامیداشت ... ابومهدی المهندس ...، اظهار داشت:», «وی در پاسخ به
سوال خبرنگار درباره شایعه دیدار لاریجانی با سارکوزی ... گفت:»)
(``coref._lead_in_speaker`` over ``persian_quoted_speech.lead_ins``). Sentences written
for these tests, after the style of Fars news."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.doc import PRONOUN_SOURCE, Entity
from khabar.entities.coref import resolve_pronouns
from khabar.entities.persian_quoted_speech import lead_ins, quoted_speech
from khabar.entities.words import words
from khabar.events.quotes import find_quotes
from khabar.text.sentences import split_sentences

_LEAD = ("آیت الله غلامعلی صفایی‌بوشهری امروز در خطبه‌های نماز جمعه اظهار داشت: اقتصاد "
         "مقاومتی برای کشور بسیار مهم است و همه دستگاه‌ها باید در این راه تلاش کنند و "
         "مردم نیز با شناخت و مطالعه و با انتخاب کالای داخلی در این مسیر سهم دارند و "
         "تولید ملی را تقویت می‌کنند.\n")
_HOLDER = "غلامعلی صفایی‌بوشهری"
_KB = {"بوشهر": ("geonames:139817", "IRN")}


def _speakers(tail: str, named: list[tuple[str, str]]) -> list[str | None]:
    """Speakers of the lead's quote and the tail's; ``named`` in the order of the text,
    «بوشهر» (a place of Iran: «امام جمعه بوشهر» is an Iranian office) among them."""
    text = _LEAD + tail
    doc = doc_with(text, "fa", [(_HOLDER, "PER"), *named], kb=_KB)
    doc.sentences = split_sentences(text)
    return [q.speaker.text if q.speaker else None for q in find_quotes(doc)]


def test_a_person_in_the_offices_own_adverbial_does_not_stop_it_going_on() -> None:
    tail = ("امام جمعه بوشهر با گرامی‌داشت بعثت حضرت رسول اکرم (ص) افزود: بعثت پیامبر "
            "برای هدایت انسان‌ها است.")
    assert _speakers(tail, [("بوشهر", "LOC"), ("رسول اکرم", "PER")]) == [_HOLDER, _HOLDER]


def test_a_person_named_before_the_office_still_stops_it() -> None:
    tail = ("در این مراسم علی رضایی نیز حضور داشت. امام جمعه بوشهر افزود: بعثت پیامبر برای "
            "هدایت انسان‌ها است.")
    assert _speakers(tail, [("علی رضایی", "PER"), ("بوشهر", "LOC")])[-1] != _HOLDER


def _person(text: str, mention: str, key: str) -> Entity:
    start = text.index(mention)
    return Entity(start, start + len(mention), type="PER", text=mention, key=key, source="crf")


def _pronoun_keys(text: str, people: list[tuple[str, str]]) -> list[str | None]:
    tokens, sentences = words(text), split_sentences(text)
    found = resolve_pronouns(tokens, [_person(text, m, k) for m, k in people], False,
                             quoted_speech(text, tokens, sentences), lead_ins(tokens, sentences))
    return [e.key for e in found if e.source == PRONOUN_SOURCE]


_OCCASION = ("به گزارش خبرگزاری فارس از شهرری، حجت‌الاسلام علی‌اصغر سهرابی در مراسم "
             "گرامیداشت شهید ابومهدی المهندس اظهار داشت: شهدا سرچشمه قدرت ملت هستند.\n"
             "وی با بیان اینکه امت اسلامی قوی‌تر می‌شود، ادامه داد: راه شهدا ادامه دارد.\n")
_QUESTION = ("علی لاریجانی در نشست خبری گفت: انتخابات سالم برگزار می‌شود.\n"
             "وی در پاسخ به سوال خبرنگاری درباره شایعه دیدار حسن روحانی با نیکلا سارکوزی "
             "گفت: چنین دیداری انجام نشده است.\n"
             "وی درباره این سفر افزود: سفر من غیررسمی بود.\n")


@pytest.mark.parametrize(("text", "people", "keys"), [
    # the occasion's person, named last before the pronoun, is not the speaker
    (_OCCASION, [("علی‌اصغر سهرابی", "per:sohrabi"), ("ابومهدی المهندس", "per:muhandis")],
     ["per:sohrabi"]),
    # nor the persons of the reporter's question: the pronoun opening it goes on
    (_QUESTION, [("علی لاریجانی", "per:larijani"), ("حسن روحانی", "per:rouhani"),
                 ("نیکلا سارکوزی", "per:sarkozy")],
     ["per:larijani", "per:larijani"]),
])
def test_the_pronoun_after_a_lead_in_is_its_speaker(text: str, people: list[tuple[str, str]],
                                                    keys: list[str]) -> None:
    assert _pronoun_keys(text, people) == keys


def test_a_person_deep_in_the_lead_in_is_no_speaker() -> None:
    """The lead-in's first person, many words in, opens no lead-in: the pronoun keeps the
    person named last."""
    text = ("در گردهمایی اعضای ستاد گرامیداشت هفته مساجد و جمعی از حسن رحیمی در حرم ضمن "
            "تبریک ولادت محمد کریمی گفت: مسجد خانه خدا است.\nوی افزود: کار ادامه دارد.\n")
    people = [("حسن رحیمی", "per:rahimi"), ("محمد کریمی", "per:karimi")]
    assert _pronoun_keys(text, people) == ["per:karimi"]


def test_a_name_in_pieces_keeps_its_own_piece() -> None:
    text = ("دکتر احمدرضا درستی متخصص تغذیه گفت: مصرف شیرینی لازم نیست.\n"
            "وی افزود: ورزش مفید است.\n")
    people = [("احمدرضا", "per:ahmadreza"), ("درستی", "per:dorosti")]
    assert _pronoun_keys(text, people) == ["per:dorosti"]


def test_o_is_left_to_the_person_named_last() -> None:
    """«او» in features and advice as often stands for the person spoken of («... از فرزند
    میانی‌اش- هانا- می‌گوید: ... . جویای نظر او شوید»): only «وی» and «ایشان» go on with
    the lead-in's speaker."""
    text = ("مارشا پیرو مادری از جورجیا از فرزند میانی‌اش هانا می‌گوید: دخترم پیانو می‌زند.\n"
            "مرتباً جویای نظر او شوید.\n")
    people = [("مارشا پیرو", "per:pirro"), ("هانا", "per:hannah")]
    assert _pronoun_keys(text, people) == ["per:hannah"]
