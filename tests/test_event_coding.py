"""PLOVER coverage of the trigger lexicons, argument evidence, background dating, and the
English rendering of events."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.doc import DateMention, Doc, Entity, Event, Participant, Place
from khabar.entities.gazetteer import words
from khabar.events.apposition import apposition_country
from khabar.events.lexicon import triggers
from khabar.events.stage import find_events, is_background
from khabar.events.summary import describe, summary_en, verb_phrases
from khabar.export.contract import event_record

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}


def make_doc(text: str, lang: str, published: str | None = "2025-01-20T09:53:26+03:30") -> Doc:
    return simple_doc(text, lang, published=published, with_entities=True)


def types_of(text: str, lang: str) -> list[str]:
    return [e.type for e in find_events(make_doc(text, lang))]


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_lexicon_covers_every_plover_type(lang: str) -> None:
    assert {t.type for t in triggers(lang)} == PLOVER_TYPES


def test_every_type_has_an_english_phrase() -> None:
    assert {kind for kind, _ in verb_phrases()} == PLOVER_TYPES


@pytest.mark.parametrize(
    ("text", "lang", "kind", "reason"),
    [
        ("استدعت البحرين سفيرها لدى إيران للتشاور.", "ar", "SANCTION",
         "recalling an ambassador is SANCTION (conventions)"),
        ("أطلقت السلطات العراقية سراح معتقل سعودي.", "ar", "RETREAT",
         "a release, with the subject between verb and «سراح»"),
        ("أعلنت النقابة إضرابا عاما في بغداد.", "ar", "PROTEST", "a strike, accusative -ا"),
        ("فرضت الحكومة حظر التجول في المدينة.", "ar", "COERCE", "a curfew"),
        ("نشرت تركيا قوات على الحدود مع سوريا.", "ar", "MOBILIZE", "troops deployed"),
        ("أجرت إيران وباكستان مناورات مشتركة في بحر عمان.", "ar", "COOPERATE",
         "a joint exercise is military cooperation; a lone exercise would be MOBILIZE"),
        ("استقال رئيس الوزراء العراقي.", "ar", "RETREAT", "a resignation"),
        ("رحبت قطر بالاتفاق.", "ar", "SUPPORT", "welcoming"),
        ("نخست وزیر پاکستان استعفا داد.", "fa", "RETREAT", "resignation, light verb داد"),
        ("ایران و پاکستان رزمایش مشترک دریایی برگزار کردند.", "fa", "COOPERATE",
         "joint exercise"),
        ("عراق کمک‌های بشردوستانه به سوریه ارسال کرد.", "fa", "AID", "humanitarian aid"),
        ("ترکیه با درخواست عراق مخالفت کرد.", "fa", "REJECT",
         "rejecting a request is REJECT, not the REQUEST it names"),
        ("کارگران در تهران اعتصاب غذا کردند.", "fa", "PROTEST", "hunger strike"),
        ("دادگاه او را به زندان محکوم کرد.", "fa", "SANCTION",
         "a prison sentence (convict), not a condemnation"),
        ("ایران آمریکا را تهدید کرد.", "fa", "THREATEN", "X را تهدید کرد"),
    ],
)
def test_type_table(text: str, lang: str, kind: str, reason: str) -> None:
    assert types_of(text, lang)[:1] == [kind], reason


@pytest.mark.parametrize(
    ("text", "lang", "absent", "reason"),
    [
        ("وزیر خارجه ایران حمله به سفارت را محکوم کرد.", "fa", "ASSAULT",
         "the attack is what is condemned: a weak noun yields to the verb"),
        ("أنكرت إيران الاتهامات.", "ar", "ACCUSE", "denied accusations: the noun is the topic"),
    ],
)
def test_weak_nouns_yield_to_the_verb(text: str, lang: str, absent: str, reason: str) -> None:
    assert absent not in types_of(text, lang), reason


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("التقى الرئيس الإيراني رئيس الوزراء الباكستاني. وقال وزير الخارجية التركي في هذا "
         "اللقاء إن العلاقات قوية.", "ar", "CONSULT"),
        ("رئیس‌جمهور ایران با نخست‌وزیر پاکستان دیدار کرد.\n\nوزیر خارجه ترکیه در حاشیه این "
         "نشست اظهار داشت که روابط خوب است.", "fa", "CONSULT"),
    ],
)
def test_a_noun_after_a_demonstrative_refers_back(text: str, lang: str, kind: str) -> None:
    """"in this meeting" names the meeting already told, not a second one."""
    assert types_of(text, lang).count(kind) == 1


def test_target_marked_by_to_and_object() -> None:
    event = find_events(make_doc("ایران آمریکا را تهدید کرد.", "fa"))[0]
    assert event.actor is not None and event.actor.country == "IRN"
    assert event.target is not None and event.target.country == "USA"
    aid = find_events(make_doc("عراق کمک‌های بشردوستانه به سوریه ارسال کرد.", "fa"))[0]
    assert aid.target is not None and aid.target.country == "SYR"


def test_retellings_of_one_happening_merge() -> None:
    text = ("دبیر دوم سفارت ایران در بغداد ربوده شد. ربوده شدن دیپلمات ایرانی محکوم شد. "
            "وزارت خارجه گفت او ربوده شد.")
    assaults = [e for e in find_events(make_doc(text, "fa")) if e.type == "ASSAULT"]
    assert len(assaults) == 1


@pytest.mark.parametrize(
    ("value", "published", "background", "reason"),
    [
        ("2018-05-01", "2025-01-20T09:00:00+03:30", True, "years before: history"),
        ("2025-01-18", "2025-01-20T09:00:00+03:30", False, "two days before: the news"),
        ("2025-02-01", "2025-01-20T09:00:00+03:30", False, "a planned date is not history"),
        ("2024-12-01", None, False, "no publication date: nothing to compare"),
        ("2018", "2025-01-20T09:00:00+03:30", True, "a bare year before publication"),
        ("2025", "2025-01-20T09:00:00+03:30", False, "this year: could be today"),
    ],
)
def test_is_background(value: str, published: str | None, background: bool, reason: str
                       ) -> None:
    assert is_background(value, published) is background, reason


def test_event_dated_years_ago_is_historical() -> None:
    text = "سرلشکر باقری در سال 1397 با ژنرال منیر دیدار کرد."
    doc = make_doc(text, "fa")
    at = text.index("سال 1397")
    doc.dates = [DateMention(at, at + 8, text="سال 1397", value="2018-03-21", confidence=0.9)]
    event = find_events(doc)[0]
    assert event.historical and event.date == "2018-03-21"
    assert (event.date_start, event.date_end) == (at, at + 8)
    assert event.summary_en is not None and "background" in event.summary_en


def test_todays_event_is_dated_by_publication() -> None:
    event = find_events(make_doc("سرلشکر باقری با ژنرال منیر دیدار کرد.", "fa"))[0]
    assert not event.historical
    assert event.date == "2025-01-20" and event.date_start is None
    assert event.date_confidence is not None and event.date_confidence < 1


def test_arguments_carry_evidence_and_confidence() -> None:
    text = "سرلشکر محمد باقری وارد اسلام‌آباد شد."
    doc = make_doc(text, "fa")
    event = find_events(doc)[0]
    for argument in (event.actor, event.location):
        assert argument is not None and argument.confidence is not None
        assert argument.start is not None and argument.end is not None
        assert doc.text[argument.start : argument.end] == argument.text


def _event(**fields: object) -> Event:
    base: dict[str, object] = {"start": 0, "end": 1, "type": "CONSULT", "mode": "visit"}
    base.update(fields)
    return Event(**base)  # type: ignore[arg-type]


BAGHERI = Participant(text="محمد باقری", name_en="Mohammad Bagheri", country="IRN",
                      role="Chief of the General Staff")
MUNIR = Participant(text="عاصم منیر", name_en="Asim Munir", country="PAK")
ISLAMABAD = Place(name_en="Islamabad", country="PAK")


@pytest.mark.parametrize(
    ("fields", "expected", "reason"),
    [
        ({"actor": BAGHERI, "target": MUNIR, "location": ISLAMABAD, "date": "2025-01-20"},
         "Mohammad Bagheri (Iran, Chief of the General Staff) met Asim Munir (Pakistan) in "
         "Islamabad on 2025-01-20.", "the issue's example"),
        ({"actor": BAGHERI, "target": MUNIR, "negated": True},
         "Mohammad Bagheri (Iran, Chief of the General Staff) did not meet Asim Munir "
         "(Pakistan).", "negated"),
        ({"type": "AGREE", "mode": None, "actor": MUNIR, "future": True},
         "Asim Munir (Pakistan) plans to reach an agreement.", "future, no target"),
        ({"type": "ACCUSE", "mode": "disapprove", "actor": MUNIR},
         "Asim Munir (Pakistan) voiced disapproval.", "condemnation without a named target"),
        ({"type": "CONSULT", "mode": "phone", "actor": MUNIR, "target": BAGHERI},
         "Asim Munir (Pakistan) spoke by phone with Mohammad Bagheri (Iran, Chief of the "
         "General Staff).", "phone mode has its own phrase"),
    ],
)
def test_summary_table(fields: dict[str, object], expected: str, reason: str) -> None:
    assert summary_en(_event(**fields)) == expected, reason


def test_unlinked_names_are_marked_as_transliterations() -> None:
    described = describe(Participant(text="عاصم منیر", country="PAK"))
    assert described is not None
    assert described.startswith('"') and "(Pakistan)" in described
    assert all(ord(c) < 128 for c in described)


def test_native_script_roles_stay_out_of_the_english() -> None:
    described = describe(Participant(text="باقری", name_en="Bagheri", role="سرلشکر"))
    assert described == "Bagheri"


def test_event_record_carries_new_fields() -> None:
    doc = make_doc("سرلشکر باقری با ژنرال منیر دیدار کرد.", "fa")
    doc.events = find_events(doc)
    record = event_record(doc, doc.events[0])
    assert record["summary_en"] == doc.events[0].summary_en
    assert record["historical"] is False
    assert {"date_start", "date_end", "date_confidence"} <= set(record)


def _apposition_doc(text: str, person: str, country_word: str, code: str) -> tuple[Doc, Entity]:
    from khabar.entities.gazetteer import country_entries

    doc = Doc(raw=text)
    at = text.index(person)
    who = Entity(at, at + len(person), type="PER", text=person)
    where = text.index(country_word)
    place = Entity(where, where + len(country_word), type="LOC", text=country_word,
                   kb_id=country_entries()[code].kb_id, country=code)
    doc.entities = sorted([who, place], key=lambda e: e.start)
    return doc, who


@pytest.mark.parametrize(
    ("text", "person", "country_word", "code", "expected", "reason"),
    [
        ("التقى محمد السادس ملك المغرب بالرئيس", "محمد السادس", "المغرب", "MAR", "MAR",
         "the role phrase after the name names the country"),
        ("وزير الخارجية الروسي سيرغي لافروف", "سيرغي لافروف", "الروسي", "RUS", "RUS",
         "the role phrase before the name"),
        ("به نقل از خبرگزاری فرانسه، محمود عباس گفت", "محمود عباس", "فرانسه", "FRA", None,
         "a comma ends the attribution: France is the agency's, not Abbas's"),
    ],
)
def test_apposition_country(text: str, person: str, country_word: str, code: str,
                            expected: str | None, reason: str) -> None:
    doc, who = _apposition_doc(text, person, country_word, code)
    tokens = words(doc.raw, 0, len(doc.raw))
    assert apposition_country(doc, tokens, who) == expected, reason


def test_a_country_elsewhere_in_the_clause_is_not_the_speakers() -> None:
    text = "سرلشکر باقری حمله تروریستی در نیوزلند را محکوم کرد"
    doc, who = _apposition_doc(text, "باقری", "نیوزلند", "NZL")
    assert apposition_country(doc, words(doc.raw, 0, len(doc.raw)), who) is None


def test_a_sending_of_aid_asked_for_is_the_request_not_aid() -> None:
    """«ارسال کمک» is a verbal noun: after «خواستار» it is what is asked for, not aid sent;
    told by its own verb, or alone in a headline-like clause, it is the act."""
    asked = "وزیر خارجه افغانستان خواستار ارسال فوری کمک‌های ایران از کابل به مردم آسیب‌دیده شد."
    assert types_of(asked, "fa") == ["REQUEST"]
    assert "AID" in types_of("ایران کمک‌های خود را به افغانستان ارسال کرد.", "fa")
    assert types_of("ارسال کمک‌های ایران به زلزله‌زدگان افغانستان.", "fa") == ["AID"]
