"""Persian speech verbs, session 17 (2026-12-06), issue 6, engineer quotes3: a listed
verb closed by a light verb also counts in the light verb's other third person past
forms (plural, perfect, the formal «نمود» of «کرد»; ``quote_words.persian_verb_forms``),
and a plural verb whose subject names no person goes on with no one named before
(``quote_turns.continued_speaker``). Sentences written for these tests, after the
reporting style of Hamshahri and Fars news."""

from __future__ import annotations

import pytest
from doc_builders import quotes_split

from khabar.events.quote_words import persian_verb_forms, plural_fa


def _speakers(text: str, entities: list[tuple[str, str]]) -> list[str | None]:
    return [q.speaker.text if q.speaker else None for q in quotes_split(text, "fa", entities)]


def test_light_verb_forms() -> None:
    forms = persian_verb_forms("تصریح کرد")
    for form in ("تصریح کردند", "تصریح نمود", "تصریح نموده", "تصریح نموده است",
                 "تصریح کرده است", "تصریح کرده\u200cاند", "تصریح کرده بودند"):
        assert form in forms
    assert "تصریح کردم" not in forms and "تصریح می\u200cکرد" not in forms
    assert "اظهار داشتند" in persian_verb_forms("اظهار داشت")
    assert persian_verb_forms("گفت") == ("گفت",)


def test_plural_verbs() -> None:
    assert plural_fa("اظهار داشتند") and plural_fa("تأکید کرده\u200cاند")
    assert not plural_fa("تاکید می\u200cکند") and not plural_fa("اعلام کرده است")


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("استیو بالمر، مدیر اجرایی شرکت مایکروسافت، اخیراً اعلام نمود که قصد دارد سهام "
         "خود را بفروشد.", [("استیو بالمر", "PER")], ["استیو بالمر"],
         "«نمود» is the formal «کرد»"),
        ("محمدباقر نبوی در گفتگو با فارس تصریح کرده است: بازدیدهایی از منطقه صورت گرفته است.",
         [("محمدباقر نبوی", "PER")], ["محمدباقر نبوی"], "the perfect of a listed verb"),
        ("علی کریمی به دیدار وزیر رفت.\nکارکنان روزنامه الوطن اظهار داشتند که حکم اخراج "
         "او را مدیر مسئول داده است.", [("علی کریمی", "PER")], [None],
         "a plural verb of unnamed staff is not the person named before"),
        ("علی کریمی به دیدار وزیر رفت.\nمقامات آگاه اظهار داشتند: طالبانی با سیستانی دیدار "
         "کرد.\nاین منابع افزودند: دیدار دو ساعت طول کشید.", [("علی کریمی", "PER")],
         [None, None], "a plural verb goes on with the unnamed group before it"),
        ("حمید دستگیر شد.\nشاهدان حادثه در بازجویی‌ها عنوان کرده بودند که عامل جنایت "
         "چاقو داشته است.", [("حمید", "PER")], [None],
         "the pluperfect's auxiliary is read with the verb, and carries its plural"),
        ("آیت‌الله خامنه‌ای در نماز جمعه تصریح کردند: آمریکا شکست خورده است.\nافزودند: "
         "ملت ایران ایستاده است.", [("خامنه‌ای", "PER")], ["خامنه‌ای", "خامنه‌ای"],
         "a plural verb goes on from a plural verb: the plural of respect"),
        ("یک متخصص گوش و حلق و بینی گفت: تعداد این بیماران رو به افزایش است.\n"
         "محسن نراقی با بیان اینکه جراحان اندک‌اند، اظهار داشت: بیمه باید هزینه را بدهد.",
         [("محسن نراقی", "PER")], ["محسن نراقی", "محسن نراقی"],
         "one unnamed person's quote takes the name the next quote gives first"),
        ("محسن نراقی دیروز به اصفهان رفت.\nیک متخصص گوش و حلق و بینی گفت: تعداد این "
         "بیماران رو به افزایش است.\nمحسن نراقی اظهار داشت: بیمه باید هزینه را بدهد.",
         [("محسن نراقی", "PER")], [None, "محسن نراقی"],
         "not a name told before the unnamed person's quote"),
    ],
)
def test_persian_verb_speakers(text: str, entities: list[tuple[str, str]],
                               expected: list[str | None], reason: str) -> None:
    assert _speakers(text, entities) == expected, reason
