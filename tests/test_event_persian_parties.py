"""Who acts and who is acted upon in Persian reports: a newsroom desk opening the report
(«گروه بین‌الملل-») only reports the act (news_desks_fa.txt); a state's aircraft, drones and
warships are its military (state_actors.tsv); «به خاک X» is an act on X, «خاک» standing
between the preposition and the country as «کشور» does (state_forms.txt). Sentences
written for these tests."""

from __future__ import annotations

from doc_builders import doc_with, first_event, simple_doc

from khabar.doc import Event
from khabar.events.stage import find_events

PUBLISHED = "2025-01-20T09:53:26+03:30"


def _attack(text: str) -> Event:
    return first_event(text, "ASSAULT", published=PUBLISHED)


def test_a_desk_is_no_actor() -> None:
    text = "گروه بین‌الملل- دیروز ارتش ترکیه به مواضع شورشیان در عراق حمله کرد."
    doc = doc_with(text, "fa", [("گروه بین‌الملل", "ORG"), ("ترکیه", "LOC"), ("عراق", "LOC")],
                   {"ترکیه": ("geonames:298795", "TUR"), "عراق": ("geonames:99237", "IRQ")})
    doc.published = PUBLISHED
    attack = next(e for e in find_events(doc) if e.type == "ASSAULT")
    assert attack.actor is not None and attack.actor.country == "TUR"


def test_a_states_aircraft_attack_its_target_s_land() -> None:
    attack = _attack("دوشنبه شب هواپیماهای آمریکایی به خاک سومالی حمله کردند.")
    assert attack.actor is not None and attack.actor.country == "USA"
    assert attack.target is not None and attack.target.country == "SOM"


def test_drones_are_a_military() -> None:
    attack = _attack("پهپادهای اسرائیلی به یک خودرو در جنوب لبنان حمله کردند.")
    assert attack.actor is not None and attack.actor.country == "ISR"


def test_the_land_of_a_country_is_where_the_act_goes() -> None:
    """«به خاک سوریه»: Syria is attacked, not the attacker, though no attacker is named."""
    attack = _attack("شب گذشته چند فروند هواپیمای ناشناس به خاک سوریه حمله کردند.")
    assert attack.actor is None or attack.actor.country != "SYR"
    assert attack.target is not None and attack.target.country == "SYR"


def test_an_arrest_told_with_no_agent_is_by_the_country_the_story_is_of() -> None:
    """No city named: the authorities of the country the story was last told of arrest."""
    doc = simple_doc("دادستانی گرجستان روز دوشنبه پرونده کودتا را بررسی کرد.\n"
                     "ایراکلی باتیاشویلی دیروز به اتهام مشارکت در کودتا بازداشت شد.", "fa",
                     published=PUBLISHED, with_entities=True)
    arrest = next(e for e in find_events(doc) if e.type == "COERCE")
    assert arrest.actor is not None and arrest.actor.country == "GEO"


def _event(text: str, kind: str, names: list[tuple[str, str]],
           kb: dict[str, tuple[str, str | None]]):  # type: ignore[no-untyped-def]
    doc = doc_with(text, "fa", names, kb)
    doc.published = PUBLISHED
    return next(e for e in find_events(doc) if e.type == kind)


def test_a_name_inside_a_prepositional_phrase_is_no_subject() -> None:
    """«قبل از ورود X»: X is in the genitive of a noun the preposition governs."""
    attack = _event("ساعتی قبل از ورود جرج بوش به برزیل، ارتش کلمبیا به مواضع شورشیان حمله"
                    " کرد.", "ASSAULT", [("جرج بوش", "PER"), ("برزیل", "LOC"), ("کلمبیا", "LOC")],
                    {"جرج بوش": ("per:bush", "USA"), "برزیل": (None, "BRA"),
                     "کلمبیا": (None, "COL")})
    assert attack.actor is not None and attack.actor.country == "COL"


def test_the_one_named_is_no_subject() -> None:
    """«فردی به نام X ... را دستگیر کرد»: X is who was arrested, not who arrested."""
    arrest = _event("پلیس فردی به نام ژان دوپون ۳۰ ساله را در پاریس دستگیر کرد.", "COERCE",
                    [("ژان دوپون", "PER"), ("پاریس", "LOC")],
                    {"ژان دوپون": ("per:dupont", None), "پاریس": (None, "FRA")})
    assert arrest.actor is None or arrest.actor.text != "ژان دوپون"


def test_a_partitive_is_the_subject() -> None:
    """«گروهی از هواداران X»: some of X's supporters, the subject itself."""
    attack = _event("گروهی از هواداران حماس به یک پاسگاه اسرائیل حمله کردند.", "ASSAULT",
                    [("حماس", "ORG"), ("اسرائیل", "LOC")],
                    {"حماس": ("org:hamas", "PSE"), "اسرائیل": (None, "ISR")})
    assert attack.actor is not None and attack.actor.country == "PSE"


def test_a_clause_after_a_preposition_has_its_own_subject() -> None:
    """«پس از اینکه X ... حمله کرد»: X is the subject of the clause «اینکه» opens."""
    attack = _attack("قیمت نفت پس از اینکه آمریکا به سوریه حمله کرد افزایش یافت.")
    assert attack.actor is not None and attack.actor.country == "USA"


def test_an_arrival_home_is_no_visit() -> None:
    """«... پس از سفری 6 روزه ... وارد تهران شد»: Iran's speaker came home; a foreign
    minister's arrival in Tehran is still a visit."""
    doc = simple_doc("رئیس مجلس شورای اسلامی بامداد دیروز پس از سفری 6 روزه به کشورهای اندونزی"
                     " و ترکیه وارد تهران شد.\nوزیر خارجه ژاپن دیروز وارد تهران شد.", "fa",
                     published=PUBLISHED, with_entities=True)
    visits = [e for e in find_events(doc) if e.type == "CONSULT"]
    assert [e.actor.country if e.actor else None for e in visits] == ["JPN"]


def test_a_resignation_told_with_no_subject_is_no_act_of_the_authorities() -> None:
    """A resignation is its holder's own act: the country or city the story was told of
    gives no agent for it, as it does for an arrest (arguments.OWN_ACTS)."""
    for text in ("دادستانی گرجستان روز دوشنبه پرونده کودتا را بررسی کرد.\n"
                 "پس از این رسوایی وزیر دادگستری استعفا داد.",
                 "انفجاری در مادرید رخ داد. سه روز بعد وزیر کشور استعفا داد."):
        doc = simple_doc(text, "fa", published=PUBLISHED, with_entities=True)
        for event in find_events(doc):
            assert event.actor is None or "authorities" not in (event.actor.name_en or ""), text


def test_a_trip_at_home_to_meet_someone_is_a_visit() -> None:
    """Only an arrival home with no one met is no visit: a president who arrives in a city
    of his country to meet someone visits (persian_readings.visitorless)."""
    doc = simple_doc("حسن روحانی رئیس‌جمهور ایران برای دیدار با علی لاریجانی رئیس مجلس شورای"
                     " اسلامی وارد مشهد شد.", "fa", published=PUBLISHED, with_entities=True)
    visits = [e for e in find_events(doc) if e.type == "CONSULT"]
    assert [(e.actor.text if e.actor else None, e.target.text if e.target else None)
            for e in visits] == [("حسن روحانی", "علی لاریجانی")]
