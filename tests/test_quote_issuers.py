"""Speakers that are not named at the speech verb: a statement speaks for its issuer, a
Persian office for its holder named before, an Arabic verb with no subject for the subject
of the sentence before. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc, speakers_of

from khabar.doc import Participant
from khabar.events.quotes import find_quotes


def speaker_of(text: str, lang: str, words: str) -> Participant | None:
    """The speaker of the quote holding ``words``."""
    doc = simple_doc(text, lang, published="2025-01-20T09:53:26+03:30", with_entities=True)
    at = text.index(words)
    quote = next(q for q in find_quotes(doc) if q.start <= at < q.end)
    return quote.speaker


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("أصدرت وزارة الخارجية السعودية بيانا حول الهجوم. وقال البيان إن الهجوم عمل جبان.",
         "الهجوم عمل", "SAU"),
        ("وقالت وزارة الخارجية التركية في بيان لها إن السفير غادر. وأضاف البيان أن العلاقات "
         "مستمرة.", "العلاقات", "TUR"),
    ],
)
def test_a_statement_speaks_for_its_issuer(text: str, words: str, country: str) -> None:
    speaker = speaker_of(text, "ar", words)
    assert speaker is not None and speaker.country == country


def test_a_statement_with_no_issuer_told_has_no_speaker() -> None:
    assert speaker_of("وقال البيان إن الوضع خطير.", "ar", "الوضع") is None


def test_a_persian_office_speaks_for_its_holder() -> None:
    text = ("حسن روحانی رئیس‌جمهور ایران به آنکارا سفر کرد. رئیس‌جمهور ایران در جمع "
            "خبرنگاران گفت: روابط دو کشور خوب است.")
    speaker = speaker_of(text, "fa", "روابط دو کشور")
    assert speaker is not None and speaker.text == "حسن روحانی"


def test_an_arabic_verb_with_no_subject_goes_on_with_the_last_subject() -> None:
    text = ("وهدد الجيش الكوري الجنوبي كوريا الشمالية بالرد. وقال: إن جنودا عبروا الحدود "
            "ليلا.")
    speaker = speaker_of(text, "ar", "جنودا")
    assert speaker is not None and speaker.country == "KOR"


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وقال الجنرال منير إن الحدود آمنة تماما.\nواكد المتحدث باسم الحكومة علي حسن مقتل "
         "الجندي.\nوقال في تغريدة: خسرنا رجلا شجاعا.", [("منير", "PER"), ("علي حسن", "PER")],
         ["منير", "علي حسن"], "a verb with no subject goes on with the person who spoke in "
         "the sentence before, not with an earlier quote's speaker"),
        ("وقال الجنرال منير إن الحدود آمنة تماما.\nوأضاف: خسرنا رجلا شجاعا في الهجوم.",
         [("منير", "PER")], ["منير", "منير"], "a quote's own speaker goes on"),
        ("وصعدت قوة إلى الطائرة فجرا، طبقا لما قاله ضابط الشرطة النرويجية سعيد حسن.",
         [("سعيد حسن", "PER")], ["سعيد حسن"],
         "a body after a post only says whose post it is: the person named after it speaks"),
        ("وصعدت قوة إلى الطائرة فجرا، طبقا لما قاله ضابط الشرطة النرويجية سعيد حسن.",
         [], ["ضابط الشرطة النرويجية سعيد حسن"],
         "with the name missed by the entity stage, the post's phrase with the name speaks"),
        ("وصعدت قوة إلى الطائرة فجرا، طبقا لما قالته الشرطة النرويجية.", [],
         ["الشرطة النرويجية"], "a body with no post before it still speaks"),
        ("طالب اتحاد الكتاب العرب اليوم بالإفراج عن المعتقلين.\nوعبر في بيان عن قلقه."
         "\nوقال البيان إن الاعتقالات تعسفية.", [("اتحاد الكتاب", "ORG")],
         ["اتحاد الكتاب العرب"], "a statement's issuer is its whole subject phrase, though "
         "the entity stage cut it short"),
        ("قالت مصادر قضائية إن المتهم اعتقل أمس.\nوأضافت المصادر لوكالة «رويترز» للأنباء "
         "أن المحكمة أجلت الجلسة.", [("رويترز", "ORG")], [None, None],
         "a body in marks after a medium noun with a preposition is told, and does not tell"),
        ("وقال المدير الرياضي هورست هيلدت إن النادي وافق على ذلك.\nوتابع لصحيفة \"بيلد\": "
         "لم نتلق أي عرض حتى الآن.", [("هورست هيلدت", "PER"), ("بيلد", "ORG")],
         ["هورست هيلدت", "هورست هيلدت"], "the paper told goes on with the speaker before"),
        ("التقى الجنرال منير الوزير في الرياض.\nوقال بعض المسؤولين الأمريكيين إن الهجوم فشل "
         "تماما.", [("منير", "PER")], [None], "some officials are unnamed speakers"),
        ("التقى الجنرال منير الوزير في الرياض.\nيقول أحد المحللين في سيئول إن الاندماج سيفشل "
         "حتما.", [("منير", "PER")], [None], "one of the analysts is an unnamed speaker"),
        ("التقى الجنرال منير الوزير في الرياض.\nوطبقا لما أفادت به بعض وسائل الإعلام، فإن "
         "الصفقة تمت أمس.", [("منير", "PER")], [None],
         "some media, past the pronoun that takes up ما, are unnamed speakers"),
        ("وقال أحد قادة الجيش علي حسن إن الحدود آمنة تماما.", [("علي حسن", "PER")],
         ["علي حسن"], "one of a group with a name after it is that person"),
        ("وقال مدير عام صحة البيئة إن الأمانة قامت بحملة تفتيش.\nمن جهته، أضاف علي عشقي "
         "أستاذ علم البيئة أن أماكن البيع بعيدة.", [("علي عشقي", "PER")], [None, "علي عشقي"],
         "من جهته hands the word to a new speaker: أضاف carries no speaker back"),
        ("وقال مدير عام صحة البيئة إن الأمانة قامت بحملة تفتيش.\nوأضاف علي عشقي أن أماكن "
         "البيع بعيدة.", [("علي عشقي", "PER")], ["علي عشقي", "علي عشقي"],
         "without a turn marker, who added said the unnamed post's words before"),
        ("كشف الوزير عبده الحذيفي لـ «عكاظ» أن الأجهزة ضبطت.\nوقال «الحذيفي» في تصريحات "
         "لـ «عكاظ»: «المقاومة ضبطت أجهزة تنصت».",
         [("عبده الحذيفي", "PER"), ("عكاظ", "ORG"), ("عكاظ", "ORG")],
         ["عبده الحذيفي", "عبده الحذيفي"], "a proclitic written apart (لـ) governs the name "
         "after it: the paper is told"),
        ("وكانت وزارة الداخلية قد أعلنت في بيان أن 15 شخصا قتلوا في الحادث.",
         [("وزارة الداخلية", "ORG")], ["وزارة الداخلية"],
         "قد before the verb is no part of its subject"),
    ],
)
def test_arabic_speakers_told_before(text: str, entities: list[tuple[str, str]],
                                     expected: list[str | None], reason: str) -> None:
    assert speakers_of(text, "ar", entities) == expected, reason
