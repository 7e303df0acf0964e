"""Event modes and told forms: Persian verb morphology, support verbs, negation, plans,
conditions and wishes, in both languages. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.doc import Event
from khabar.entities.gazetteer import words
from khabar.events.lexicon import light_verbs, triggers
from khabar.events.stage import find_events
from khabar.text.persian_verbs import forms, negative


def events_of(text: str, lang: str) -> list[Event]:
    doc = simple_doc(text, lang, published="2025-01-20T09:53:26+03:30", with_entities=True)
    return find_events(doc)


def first(text: str, lang: str) -> Event:
    found = events_of(text, lang)
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("کرد", "نکرد"), ("آمد", "نیامد"), ("می‌کند", "نمی‌کند"), ("افتاد", "نیافتاد")],
)
def test_negative_prefix(word: str, expected: str) -> None:
    assert negative(word) == expected


def test_stems_give_every_person_and_tense() -> None:
    built = {(form, tense, negated) for form, tense, negated in forms("کرد", "کن")}
    for row in [("کردیم", "past", False), ("کرده‌اند", "past", False),
                ("کرده بودند", "past", False), ("می‌کنیم", "present", False),
                ("نمی کنند", "present", True), ("بکنند", "subjunctive", False),
                ("خواهیم کرد", "future", False), ("نخواهند کرد", "future", True),
                ("نکرده است", "past", True)]:
        assert row in built, row
    vowel = {form for form, tense, _ in forms("آمد", "آی") if tense == "subjunctive"}
    assert "بیاید" in vowel and "بآید" not in vowel, "ب before آ is written بیا"


@pytest.mark.parametrize(
    ("form", "tense", "negated"),
    [("نموده‌اند", "past", False), ("نمی‌نمایند", "present", True),
     ("خواهند نمود", "future", False), ("نکرده بودند", "past", True)],
)
def test_light_verb_index_reads_generated_forms(form: str, tense: str, negated: bool) -> None:
    tokens = words(form)
    match = light_verbs()["kardan"].match_at(form, tokens, 0)
    assert match is not None and match.last == len(tokens) - 1
    assert match.value[:2] == (tense, negated)


@pytest.mark.parametrize(
    ("text", "kind", "future", "negated", "reason"),
    [
        ("ارتش اسرائیل به غزه حمله نمی‌کردند.", "ASSAULT", False, True,
         "the negative past progressive, a form no list had"),
        ("وزیر خارجه ایران با وزیر خارجه ترکیه دیدار نکرده‌اند.", "CONSULT", False, True,
         "negative perfect"),
        ("پلیس ترکیه ده نفر را بازداشت نموده‌اند.", "COERCE", False, False,
         "نمودن in the perfect plural"),
        ("وزیران خارجه ایران و ترکیه دیدار خواهند کرد.", "AGREE", True, False,
         "a meeting in the future is planned: AGREE"),
    ],
)
def test_persian_forms_from_stems(text: str, kind: str, future: bool, negated: bool,
                                  reason: str) -> None:
    event = first(text, "fa")
    assert (event.type, event.future, event.negated) == (kind, future, negated), reason


@pytest.mark.parametrize(
    ("text", "lang", "kind", "future", "negated", "reason"),
    [
        ("نیروهای آمریکایی چندین حمله به پایگاه‌های داعش در عراق انجام دادند.", "fa",
         "ASSAULT", False, False, "noun + انجام داد: a told attack"),
        ("مذاکرات ایران و عمان در مسقط برگزار خواهد شد.", "fa", "AGREE", True,
         False, "talks that will be held are planned: AGREE, future"),
        ("قامت الخارجية البحرينية باستدعاء سفيرها لدى إيران.", "ar", "SANCTION", False,
         False, "قامت بـ + verbal noun: a told recall"),
        ("شنت الطائرات الأمريكية غارات على مواقع داعش في سوريا.", "ar", "ASSAULT", False,
         False, "شنت + غارات: told air strikes"),
        ("لم يقم الجيش التركي بهجوم على الحدود العراقية.", "ar", "ASSAULT", False, True,
         "لم before the support verb negates the act"),
    ],
)
def test_support_verbs_tell_a_noun_act(text: str, lang: str, kind: str, future: bool,
                                       negated: bool, reason: str) -> None:
    found = [e for e in events_of(text, lang) if e.type == kind]
    assert found, reason
    assert (found[0].future, found[0].negated) == (future, negated), reason
    assert found[0].confidence >= 0.5, "a told act is as sure as a verb"


@pytest.mark.parametrize(
    ("text", "lang", "kind", "reason"),
    [
        ("اگر آمریکا به ایران حمله کند پاسخ سختی خواهد گرفت.", "fa", "ASSAULT", "a condition"),
        ("در صورت ادامه این وضع، ممکن است اتحادیه اروپا ایران را تحریم کند.", "fa",
         "SANCTION", "a mere possibility"),
        ("چنانچه پلیس عراق معترضان را بازداشت کند، سازمان ملل واکنش نشان می‌دهد.", "fa",
         "COERCE", "چنانچه"),
        ("اگر وزیر خارجه ایران با وزیر خارجه عربستان دیدار کند، تنش‌ها کاهش می‌یابد.", "fa",
         "CONSULT", "a conditional meeting is no plan, so no AGREE"),
        ("إذا هاجمت إسرائيل لبنان فإن الرد سيكون قاسيا.", "ar", "ASSAULT",
         "إذا + past is a condition"),
        ("في حال اعتقلت السلطات التركية الصحفيين ستتدخل الأمم المتحدة.", "ar", "COERCE",
         "في حال"),
        ("لو التقى الرئيس السوري نظيره التركي لتغير الوضع.", "ar", "CONSULT", "لو"),
    ],
)
def test_hypothetical_acts_are_kept_and_flagged(text: str, lang: str, kind: str,
                                                reason: str) -> None:
    event = first(text, lang)
    assert (event.type, event.hypothetical, event.future) == (kind, True, False), reason
    assert event.summary_en is not None and " would " in event.summary_en, reason


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وزیر خارجه ایران با وزیر خارجه عمان دیدار کرد.", "fa"),
        ("پلیس ترکیه روزنامه‌نگاران را بازداشت کرد، اگرچه اعتراض‌ها ادامه دارد.", "fa"),
        ("التقى وزير الخارجية الإيراني نظيره العماني.", "ar"),
    ],
)
def test_told_acts_are_not_hypothetical(text: str, lang: str) -> None:
    assert not first(text, lang).hypothetical, text


def test_a_conditional_act_yields_its_place_to_the_acts_that_happened() -> None:
    text = ("اگر آمریکا به ایران حمله کند پاسخ سختی خواهد گرفت. "
            "پلیس ترکیه روزنامه‌نگاران را بازداشت کرد.")
    doc = simple_doc(text, "fa", published="2025-01-20T09:53:26+03:30", with_entities=True)
    kept = find_events(doc, max_events=1)
    assert [(e.type, e.hypothetical) for e in kept] == [("COERCE", False)]


def test_a_wished_act_is_not_told_but_a_planned_one_is() -> None:
    for wished in ["رئیس تشکیلات خودگردان به گروه‌ها ده روز فرصت داد تا به توافق برسند.",
                   "رئیس جمهور از وزیر خارجه خواست با سفیر ترکیه دیدار کند."]:
        assert "AGREE" not in {e.type for e in events_of(wished, "fa")}, wished
    planned = "قرار است وزیر خارجه ایران با وزیر خارجه عمان دیدار کند."
    event = first(planned, "fa")
    assert (event.type, event.future) == ("AGREE", True)


@pytest.mark.parametrize(
    ("text", "lang", "kind", "future", "negated"),
    [
        ("لم تلتق وزيرة الخارجية الأمريكية نظيرها الروسي.", "ar", "CONSULT", False, True),
        ("سيلتقي الرئيس الإيراني نظيره التركي في أنقرة.", "ar", "AGREE", True, False),
        ("لن تعتقل الشرطة التركية الصحفيين.", "ar", "COERCE", True, True),
        ("لن يلتقي الرئيس الإيراني نظيره الأمريكي.", "ar", "AGREE", True, True),
        ("سيجتمع وزير الخارجية الإيراني مع نظيره التركي.", "ar", "AGREE", True, False),
        ("ستعتقل الشرطة التركية الصحفيين.", "ar", "COERCE", True, False),
        ("وزیر خارجه ایران با وزیر خارجه ترکیه دیدار نخواهد کرد.", "fa", "AGREE", True, True),
        ("پلیس ترکیه روزنامه‌نگاران را بازداشت نکرد.", "fa", "COERCE", False, True),
        ("ایران و عمان توافق خواهند کرد.", "fa", "AGREE", True, False),
    ],
)
def test_negated_and_future_modes(text: str, lang: str, kind: str, future: bool,
                                  negated: bool) -> None:
    event = first(text, lang)
    assert (event.type, event.future, event.negated) == (kind, future, negated)


THIN = 4
"""Fewest trigger rows a type may have in a language (verb forms and nouns together)."""


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_every_type_has_several_triggers(lang: str) -> None:
    counts: dict[str, int] = {}
    for trigger in triggers(lang):
        counts[trigger.type] = counts.get(trigger.type, 0) + 1
    thin = {kind: n for kind, n in counts.items() if n < THIN}
    assert not thin, thin


def test_the_future_auxiliary_is_no_subjunctive_of_khastan() -> None:
    """"خواهیم" alone is "we will", not "that we want": "از نزدیک ... خواهیم داشت" asks
    nothing."""
    built = {form for form, _, _ in forms("خواست", "خواه")}
    assert "خواهیم" not in built and "بخواهیم" in built
    text = "سرلشکر باقری گفت: ما از نزدیک بحث بیشتری خواهیم داشت."
    assert "REQUEST" not in {e.type for e in events_of(text, "fa")}
