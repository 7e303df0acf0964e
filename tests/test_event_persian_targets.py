"""A Persian attack's target from the city it struck (events.persian_targets), and warplanes
as a state's military (state_actors.tsv). Sentences written for these tests."""

from __future__ import annotations

from doc_builders import first_event

from khabar.doc import Event

PUBLISHED = "2025-01-20T09:53:26+03:30"


def _attack(text: str) -> Event:
    return first_event(text, "ASSAULT", published=PUBLISHED)


def test_an_attack_on_a_city_targets_its_state() -> None:
    attack = _attack("هواپیماهای عربستان چندین حمله به فرودگاه و بندر «عدن» انجام داده‌اند.")
    assert attack.actor is not None and attack.actor.country == "SAU"
    assert attack.target is not None and attack.target.country == "YEM"


def test_forces_acting_at_home_do_not_attack_their_own_state() -> None:
    """The place's state is no target of its own army; whom the phrase names is
    («به مواضع داعش»: session 12 (2026-12-05), persian_phrases), and with none, no one."""
    attack = _attack("ارتش عراق دیروز به مواضع داعش در موصل حمله کرد.")
    assert attack.actor is not None and attack.actor.country == "IRQ"
    assert attack.target is not None and attack.target.name_en == "Islamic State"
    attack = _attack("ارتش عراق دیروز در موصل حمله کرد.")
    assert attack.actor is not None and attack.actor.country == "IRQ"
    assert attack.target is None


def test_warplanes_of_a_state_are_its_military() -> None:
    attack = _attack("جنگنده‌های اسرائیل دیروز به حومه بیروت حمله کردند.")
    assert attack.actor is not None and attack.actor.country == "ISR"
    assert attack.actor.name_en is not None and "Air Force" in attack.actor.name_en
    assert attack.target is not None and attack.target.country == "LBN"


def _exercise(text: str) -> Event:
    return first_event(text, "COOPERATE", published=PUBLISHED)


def test_a_joint_act_targets_its_other_side() -> None:
    """«رزمایش مشترک ... این کشور و ازبکستان»: both sides are named in the act's phrase."""
    drill = _exercise("وزارت دفاع تاجیکستان از برگزاری رزمایش مشترک نیروهای مسلح این کشور و "
                      "ازبکستان خبر داد.")
    assert drill.actor is not None and drill.actor.country == "TJK"
    assert drill.target is not None and drill.target.country == "UZB"


def test_a_joint_acts_partner_is_not_read_past_its_clause() -> None:
    drill = _exercise("وزارت دفاع تاجیکستان از برگزاری رزمایش مشترک خبر داد، و ازبکستان "
                      "از آن استقبال کرد.")
    assert drill.target is None


def _first(text: str, kind: str) -> Event:
    return first_event(text, kind, published=PUBLISHED)


def test_a_protest_before_an_embassy_is_against_its_state() -> None:
    """Not the party it supports, and the embassy is no protester either."""
    sit_in = _first("جمعی از سیاستمداران ایتالیا در حمایت از دولت اسرائیل در مقابل سفارت "
                    "ایران در رم تحصن کردند.", "PROTEST")
    assert sit_in.target is not None and sit_in.target.country == "IRN"
    rally = _first("صدها دانشجو مقابل سفارت انگلیس در تهران تجمع کردند.", "PROTEST")
    assert rally.actor is None
    assert rally.target is not None and rally.target.country == "GBR"


def test_a_party_a_condemnation_is_for_is_not_its_target() -> None:
    criticism = _first("دولت ترکیه در حمایت از مردم فلسطین از اسرائیل انتقاد کرد.", "ACCUSE")
    assert criticism.target is not None and criticism.target.country == "ISR"


def test_a_party_supported_by_signing_stays_the_target() -> None:
    """Only conflict acts are done on someone's behalf against another."""
    signing = _first("دولت ترکیه در حمایت از مردم فلسطین بیانیه‌ای را امضا کرد.", "SUPPORT")
    assert signing.target is not None and signing.target.country == "PSE"
