"""Actors that are not named entities: unnamed groups, a country named by a common noun or
"this country", a bare "the authorities", and the subject of reported speech. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.doc import Doc, Event, Source
from khabar.events.stage import find_events


def make(text: str, lang: str, outlet: str | None = None) -> Doc:
    doc = simple_doc(text, lang, published="2025-01-20T09:53:26+03:30", with_entities=True)
    if outlet is not None:
        doc.outlet = Source(name=outlet, relation="reported_by", outlet_id=outlet)
    return doc


def event_of(text: str, lang: str, kind: str, outlet: str | None = None) -> Event:
    found = [e for e in find_events(make(text, lang, outlet)) if e.type == kind]
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("یک مهندس ترک در موصل توسط گروهی ناشناس ربوده شد.", "fa", "ASSAULT"),
        ("افراد مسلح به یک ایست بازرسی در کویته حمله کردند.", "fa", "ASSAULT"),
        ("اختطف مسلحون مجهولون مهندسا تركيا في الموصل.", "ar", "ASSAULT"),
    ],
)
def test_an_unnamed_group_is_the_actor_with_no_country(text: str, lang: str, kind: str) -> None:
    event = event_of(text, lang, kind)
    assert event.actor is not None and event.actor.name_en is not None
    assert "armed group" in event.actor.name_en.lower() or "gunmen" in event.actor.name_en.lower()
    assert event.actor.country is None, "EVENT-CONVENTIONS: null where the country is unclear"


def test_a_group_of_a_named_nationality_has_its_country() -> None:
    event = event_of("هاجمت عناصر مسلحة سورية مركزا للشرطة في طرابلس.", "ar", "ASSAULT")
    assert event.actor is not None and event.actor.country == "SYR"


def test_the_kingdom_is_the_outlets_country() -> None:
    text = "استدعت المملكة سفيرها لدى إيران للتشاور."
    saudi = event_of(text, "ar", "SANCTION", outlet="alarabiya")
    assert saudi.actor is not None and saudi.actor.country == "SAU"
    elsewhere = event_of(text, "ar", "SANCTION", outlet="alalam")
    assert elsewhere.actor is None or elsewhere.actor.country != "SAU", \
        "an Iranian outlet's «المملكة» is not its own country"


def test_our_country_is_the_outlets() -> None:
    event = event_of("کشورمان سفیر انگلیس را احضار کرد و به او اعتراض کرد.", "fa", "ACCUSE",
                     outlet="irna")
    assert event.actor is not None and event.actor.country == "IRN"


@pytest.mark.parametrize(
    ("text", "lang", "kind", "country"),
    [
        ("نددت السلطات في دمشق بالهجوم على السفارة.", "ar", "ACCUSE", "SYR"),
        ("مقامات در کابل حمله به سفارت را محکوم کردند.", "fa", "ACCUSE", "AFG"),
        ("وصل الصحفيون إلى بغداد. وقد هددت الشرطة بطردهم.", "ar", "THREATEN", "IRQ"),
    ],
)
def test_bare_authorities_are_those_of_the_place(text: str, lang: str, kind: str,
                                                country: str) -> None:
    """In any act, not only in the arrests and releases ``authorities`` covers."""
    event = event_of(text, lang, kind)
    assert event.actor is not None and event.actor.country == country


def test_bare_authorities_with_no_place_are_the_outlets() -> None:
    event = event_of("اعتقلت السلطات ثلاثة صحفيين.", "ar", "COERCE", outlet="sana")
    assert event.actor is not None and event.actor.country == "SYR"


def test_this_country_is_the_last_country_named() -> None:
    text = "سیل شمال پاکستان را فرا گرفت. ارتش این کشور صدها سرباز به منطقه اعزام کرد."
    event = event_of(text, "fa", "MOBILIZE")
    assert event.actor is not None and event.actor.country == "PAK"


@pytest.mark.parametrize(
    ("text", "lang", "kind", "country"),
    [
        ("والی هرات گفت که ایران کمک‌های زیادی به این استان فرستاده است.", "fa", "AID",
         "IRN"),
        ("وقال المتحدث باسم الحكومة العراقية إن تركيا أرسلت مساعدات إلى الموصل.", "ar", "AID",
         "TUR"),
        ("والی هرات گفت ایران کمک‌های زیادی به این استان فرستاده است.", "fa", "AID", "IRN"),
        ("سفیر عراق تاکید کرد نیروهای آمریکایی به بیمارستان حمله کردند.", "fa", "ASSAULT",
         "USA"),
    ],
)
def test_the_subject_of_reported_speech_acts(text: str, lang: str, kind: str,
                                             country: str) -> None:
    event = event_of(text, lang, kind)
    assert event.actor is not None and event.actor.country == country


@pytest.mark.parametrize(
    "text",
    ["وزیر خارجه ترکیه گفت که حمله به سفارت را محکوم می‌کند.",
     "وزیر خارجه ترکیه گفت حمله به سفارت را محکوم می‌کند."],
)
def test_with_no_subject_in_reported_speech_the_speaker_acts(text: str) -> None:
    event = event_of(text, "fa", "ACCUSE")
    assert event.actor is not None and event.actor.country == "TUR"


@pytest.mark.parametrize(
    ("text", "lang", "kind", "speaker_country"),
    [
        ("وقال الرئيس اليمني عبدربه منصور هادي: نرفض أي حوار مع الحوثيين.", "ar", "REJECT",
         "YEM"),
        ("وقال وزير الخارجية التركي: ندين بشدة الهجوم على السفارة.", "ar", "ACCUSE", "TUR"),
        ("وزیر خارجه ترکیه گفت: ما این حمله تروریستی را به شدت محکوم می‌کنیم.", "fa", "ACCUSE",
         "TUR"),
    ],
)
def test_a_first_person_speech_act_is_the_speakers(text: str, lang: str, kind: str,
                                                   speaker_country: str) -> None:
    """"We condemn" in a quote is the speaker condemning: the act, with the speaker as actor."""
    event = event_of(text, lang, kind)
    assert event.actor is not None and event.actor.country == speaker_country
    assert event.actor.start is not None and event.actor.start < text.index(":")


def test_what_a_speaker_tells_others_did_is_not_coded() -> None:
    text = "وقال وزير الخارجية التركي: الجيش السوري هاجم المدنيين في حلب."
    assert "ASSAULT" not in {e.type for e in find_events(make(text, "ar"))}


@pytest.mark.parametrize(
    ("text", "lang", "kind", "name"),
    [
        ("جنبش حماس بیانیه‌ای صادر کرد. این جنبش حمله به غزه را محکوم کرد.", "fa", "ACCUSE",
         "Hamas"),
        ("أصدرت حركة حماس بيانا. وأدانت هذه الحركة الهجوم على غزة.", "ar", "ACCUSE", "Hamas"),
    ],
)
def test_this_organisation_is_the_last_one_of_that_kind(text: str, lang: str, kind: str,
                                                         name: str) -> None:
    event = event_of(text, lang, kind)
    assert event.actor is not None and event.actor.name_en == name


def test_a_persian_request_in_any_form_of_its_verb() -> None:
    """"از X می‌خواهد" in the present and with a spaced می, as "از X خواست" in the past."""
    for text in ["ایران از عراق می‌خواهد دیپلمات را آزاد کند.",
                 "ایران از دولت عراق مي خواهد هرچه سريعتر دیپلمات را آزاد کند.",
                 "ایران از عراق خواسته است دیپلمات را آزاد کند."]:
        event = event_of(text, "fa", "REQUEST")
        assert event.actor is not None and event.actor.country == "IRN", text
        assert event.target is not None and event.target.country == "IRQ", text


@pytest.mark.parametrize(
    ("text", "lang", "target_country"),
    [
        ("أدانت قطر بأشد العبارات الجريمة الإرهابية التي نفذها مستوطنون إسرائيليون في نابلس.",
         "ar", "ISR"),
        ("وقال وزير الخارجية التركي: ندين بقوة هذا العمل الذي قامت به كوريا الشمالية.", "ar",
         "PRK"),
        ("ایران حمله‌ای را که نیروهای آمریکایی در بغداد انجام دادند محکوم کرد.", "fa", "USA"),
    ],
)
def test_the_doer_of_a_condemned_act_is_its_target(text: str, lang: str,
                                                   target_country: str) -> None:
    """The relative clause about the condemned act ("التي نفذها X") names whom it is against."""
    event = event_of(text, lang, "ACCUSE")
    assert event.target is not None and event.target.country == target_country


def test_a_relative_clause_naming_a_victim_gives_no_target() -> None:
    event = event_of("أدانت تركيا الهجوم الذي استهدف مسجدا في الكويت.", "ar", "ACCUSE")
    assert event.target is None


@pytest.mark.parametrize(
    ("text", "lang", "actor", "target", "place", "why"),
    [
        ("محمد جواد ظریف وزیر امور خارجه ایران به عراق سفر کرد.", "fa",
         "IRN", "IRQ", "Iraq", "the visitor's own country told beside him is no venue"),
        ("وزیر خارجه ایران به عراق سفر کرد و در بغداد با همتای خود دیدار کرد.", "fa",
         "IRN", "IRQ", "Baghdad", "a city of the destination named in the clause"),
        ("زار وزير الخارجية الإيراني محمد جواد ظريف بغداد أمس.", "ar",
         "IRN", "IRQ", "Baghdad", "the Arabic destination object"),
    ],
)
def test_a_visit_takes_place_where_it_went(text: str, lang: str, actor: str, target: str,
                                           place: str, why: str) -> None:
    event = event_of(text, lang, "CONSULT")
    assert event.actor is not None and event.actor.country == actor, why
    assert event.target is not None and event.target.country == target, why
    assert event.location is not None and event.location.name_en == place, why


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("وقال الشيخ إن النبي محمد صلى الله عليه وسلم أوصى بالجار.", False),
        # (the receiver is named: an act naming no one is not recorded, and the rules
        # alone, which this test runs, find no lone given name «علي»)
        ("وذكر الخطيب أن الإمام علي عليه السلام سلم الراية لقائد الجيش اللواء محمد العمري.",
         True),
        ("وسلم وزير الخارجية السعودي عادل الجبير الرئيس اليمني رسالة خطية من الملك.", True),
    ],
)
def test_no_act_is_read_inside_a_blessing(text: str, coded: bool) -> None:
    """«وسلم» in «صلى الله عليه وسلم» is "and grant him peace"; outside the formula the same
    word is "handed over"."""
    kinds = [e.type for e in find_events(make(text, "ar"))]
    assert ("COOPERATE" in kinds) is coded
