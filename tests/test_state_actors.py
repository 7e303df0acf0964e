"""Generic state actors, attribution chains and speech that runs past its first sentence."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.doc import Doc
from khabar.entities.gazetteer import words
from khabar.events.quotes import find_quotes
from khabar.events.stage import find_events
from khabar.events.state_actors import state_actors, state_phrases

PUBLISHED = "2025-01-20T09:00:00+03:30"


def doc_of(text: str, lang: str) -> Doc:
    return simple_doc(text, lang, published=PUBLISHED, with_entities=True)


def generic(text: str, lang: str) -> list[tuple[str, str | None]]:
    doc = doc_of(text, lang)
    return [(e.text, e.country) for s, t in doc.sentences
            for e in state_actors(doc, words(doc.text, s, t))]


@pytest.mark.parametrize(
    ("text", "lang", "span", "country", "reason"),
    [
        ("نیروهای آمریکایی به بیمارستان حمله کردند.", "fa", "نیروهای آمریکایی", "USA",
         "a body and a nationality adjective"),
        ("دان مجلس الوزراء البحريني بشدة التفجير.", "ar", "مجلس الوزراء البحريني", "BHR",
         "an Arabic body with its adjective after the article"),
        ("نظامیان رژیم صهیونیستی به راهپیمایان حمله کردند.", "fa", "نظامیان رژیم صهیونیستی",
         "ISR", "the owner is a phrase that names a state"),
        ("آمریکایی‌ها به اتاق عمل حمله کردند.", "fa", "آمریکایی‌ها", "USA",
         "a plural nationality adjective stands for the state acting"),
        ("الرئيس اليمني يطالب المتمردين باحترام الهدنة.", "ar", "الرئيس اليمني", "YEM",
         "an office"),
        ("محسن مهرعلیزاده با صدر اعظم سابق اتریش دیدار کرد.", "fa", "صدر اعظم سابق اتریش",
         "AUT", "a word may stand between the office and its country"),
    ],
)
def test_state_actor_table(text: str, lang: str, span: str, country: str, reason: str) -> None:
    assert (span, country) in generic(text, lang), reason


@pytest.mark.parametrize(
    ("text", "lang", "reason"),
    [
        ("اعتقلت الشرطة تونسيا أمس.", "ar", "a body whose country is not said is nobody's"),
        ("الشرطة، وإيران أعلنت ذلك.", "ar", "a comma ends the body's phrase"),
        ("مجلس الوزراء وزير الدفاع السعودي حضر الاجتماع.", "ar",
         "another office begins before the adjective: it is the office's, not the cabinet's"),
    ],
)
def test_no_state_actor(text: str, lang: str, reason: str) -> None:
    found = generic(text, lang)
    assert not any(span.startswith(("الشرطة", "مجلس الوزراء")) for span, _ in found), (
        reason, found)


def test_every_state_phrase_row_is_well_formed() -> None:
    phrases = state_phrases()
    assert len(phrases) > 50
    for key in ("نیروهای", "رژیم صهیونیستی", "السلطات"):
        value = phrases.get(key)
        assert value is not None and value.kind in ("body", "office", "state", "title"), key


def test_state_body_is_the_actor_when_no_one_is_named() -> None:
    (event,) = find_events(doc_of("نیروهای آمریکایی به بیمارستان رمادی حمله کردند.", "fa"))
    assert event.type == "ASSAULT"
    assert event.actor is not None and event.actor.country == "USA"
    assert event.actor.name_en == "United States Forces"


def test_a_persons_posts_describe_the_person() -> None:
    text = ("استقبل الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس "
            "الوزراء وزير الدفاع السعودي في مكتبه بجدة أمس وزير الدولة القطري حمد بن علي العطية.")
    consults = [e for e in find_events(doc_of(text, "ar")) if e.type == "CONSULT"]
    assert consults and consults[0].actor and consults[0].target
    assert "العطية" in (consults[0].actor.text or "")
    assert "محمد بن سلمان" in (consults[0].target.text or "")
    assert consults[0].target.country == "SAU"


def test_meeting_partner_after_with_is_not_the_subjects_post() -> None:
    text = "محسن مهرعلیزاده شامگاه شنبه با صدر اعظم سابق اتریش دیدار کرد."
    (event,) = find_events(doc_of(text, "fa"))
    assert event.actor is not None and event.actor.country is None
    assert event.target is not None and event.target.country == "AUT"


@pytest.mark.parametrize(
    "text",
    [
        "هماهنگی میان ایران و سوریهبه گزارش حوزه دفاعی امنیتیگروه سیاسی باشگاه خبرنگاران جوان "
        "به نقل از سپاه نیوز، سرلشکر محمد باقری به دمشق سفر کرد.",
        "به گزارش گروه سیاسی باشگاه خبرنگاران جوان به نقل از سپاه نیوز، سرلشکر محمد باقری به "
        "دمشق سفر کرد.",
    ],
    ids=["glued-headline", "plain"],
)
def test_attribution_chain_is_not_the_actor(text: str) -> None:
    events = [e for e in find_events(doc_of(text, "fa")) if e.type == "CONSULT"]
    assert events and events[0].actor is not None
    assert "باقری" in (events[0].actor.text or "")


def test_direct_speech_runs_on_past_its_first_sentence() -> None:
    said = "سرلشکر محمد باقری گفت: ما پیروز شدیم. صهیونیست‌ها در برابر آتش‌بس تسلیم شدند.\n"
    told = "صهیونیست‌ها در برابر آتش‌بس تسلیم شدند."
    doc = doc_of(said + told, "fa")
    events = find_events(doc)
    assert [e.start for e in events] == [len(said)], [(e.type, e.start) for e in events]


@pytest.mark.parametrize(
    ("text", "speaker", "reason"),
    [
        ("وقال الشيخ أحمد العلي إن الاجتماع مهم.\n"
         "وقالت وزارة الخارجية البحرينية إن العلاقات بين البلدين طبيعية.",
         "وزارة الخارجية البحرينية", "a ministry speaks, not the person named before"),
        ("وقال الشيخ أحمد العلي إن الاجتماع مهم.\nوقالت الشرطة إن المشتبه به اعتقل أمس.",
         "الشرطة", "the police speak (as written, with no KB id): no person is the speaker"),
        ("وقال الشيخ أحمد العلي إن الاجتماع مهم.\nوقال إن الحوار مستمر بين الطرفين.",
         "أحمد العلي", "no subject: the last person named speaks"),
        ("وقال الشيخ أحمد العلي إن الاجتماع مهم.\n"
         "وأوضح لوزارة الخارجية البحرينية أن الحوار مستمر بين الطرفين.",
         "أحمد العلي", "a ministry after a preposition is spoken to, not speaking"),
    ],
)
def test_arabic_bodies_speak(text: str, speaker: str | None, reason: str) -> None:
    quotes = find_quotes(doc_of(text, "ar"))
    assert len(quotes) == 2, reason
    found = quotes[1].speaker.text if quotes[1].speaker else None
    assert found == speaker, reason


def test_quoted_names_joined_by_and_meet_each_other() -> None:
    text = "به گزارش فارس، «محمود عباس» و «اسماعیل هنیه» دیشب در غزه با یکدیگر دیدار کردند."
    (event,) = find_events(doc_of(text, "fa"))
    assert event.type == "CONSULT"
    assert event.actor is not None and event.actor.text == "محمود عباس"
    assert event.target is not None and event.target.text == "اسماعیل هنیه"


@pytest.mark.parametrize(
    ("text", "country", "reason"),
    [
        ("التقى وزير الخارجية الروسي سيرغي لافروف أحمد معاذ الخطيب الرئيس الأسبق للائتلاف "
         "الوطني السوري في الدوحة.", "SYR", "a nationality adjective ends the target's post"),
    ],
)
def test_target_country_from_its_post(text: str, country: str, reason: str) -> None:
    consults = [e for e in find_events(doc_of(text, "ar")) if e.type == "CONSULT"]
    assert consults and consults[0].target is not None, reason
    assert consults[0].target.country == country, reason


def test_host_country_from_state_title_not_from_the_guests_post() -> None:
    """The king's country comes from his title; the guest's adjective after "في مكتبه"
    begins another phrase (the guest's post), so it is not the king's."""
    text = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في مكتبه اليوم وزير الخارجية "
            "الأمريكي جون كيري.")
    (event,) = find_events(doc_of(text, "ar"))
    assert event.type == "CONSULT" and event.actor and event.target
    assert (event.actor.country, event.target.country) == ("USA", "SAU")
