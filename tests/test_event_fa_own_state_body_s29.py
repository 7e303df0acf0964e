"""Issue 6, session 29 (2026-12-07), engineer events_fa15: in Persian, a body of the actor's own
state («دولت», «مسئولان») stays the target of a criticism or a request by a party that is not
a body of the same kind (``events.arguments.own_state``): study set 7's «فرانسوا اولاند ... با
انتقاد از دولت دست راستی گفت» had no target, the gold's being the French government. A state
is still no target of its own authorities' act, nor of a rejection. Sentences written for these
tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import Doc, Participant
from khabar.events.arguments import own_state

FARS = {"date": "2005-01-20", "url": "http://www.farsnews.com/newstext.php?nn=8304260079"}


def _target_country(text: str, kind: str) -> str | None:
    doc = khabar.process(text, meta=FARS)
    told = [e for e in doc.events if e.type == kind]
    assert len(told) == 1
    return told[0].target.country if told[0].target else None


@pytest.mark.parametrize(("text", "country"), [
    # an opposition leader, French by his party, criticizes the French government
    ("خشونت‌ها در پاریس ادامه دارد. فرانسوا اولاند دبیر اول حزب سوسیالیست فرانسه با انتقاد از"
     " دولت دست راستی گفت: وعده‌ها عملی نشده است.", "FRA"),
    # an Iranian MP criticizes the (Iranian) government
    ("سیدعلی ریاض نماینده تهران از دولت انتقاد کرد.", "IRN"),
])
def test_a_party_criticizes_its_own_government(text: str, country: str) -> None:
    assert _target_country(text, "ACCUSE") == country


def _doc(lang: str) -> Doc:
    return Doc(raw="", lang=lang)


MP = Participant(text="ریاض", name_en=None, country="IRN")
GOVERNMENT = Participant(text="دولت", name_en="Iran Government", country="IRN")
IRAN = Participant(text="ایران", kb_id="geonames:130758", country="IRN")


def test_a_government_body_is_the_target_of_a_persian_request() -> None:
    assert not own_state(_doc("fa"), "REQUEST", MP, GOVERNMENT, "ریاض", "state:government:IRN",
                         addressed=True)


@pytest.mark.parametrize(("lang", "kind", "target", "actor_key", "target_key", "addressed"), [
    # the state itself is never the target of its own party's act
    ("fa", "ACCUSE", IRAN, "ریاض", "geonames:130758", True),
    # nor «این کشور», keyed as the state
    ("fa", "ACCUSE", GOVERNMENT, "ریاض", "state:IRN", True),
    # a body of the same kind («دولت ایران» criticizing «مقامات ایران») is one party
    ("fa", "ACCUSE", GOVERNMENT, "org:government:IRN", "state:government:IRN", True),
    # an unnamed body of the state («ماموران») acts as its authorities
    ("fa", "ACCUSE", GOVERNMENT, "state:security:IRN", "state:government:IRN", True),
    # a body named after the verb is in what is asked, not whom
    ("fa", "REQUEST", GOVERNMENT, "ریاض", "state:government:IRN", False),
    # a rejection: the own body is inside what is denied
    ("fa", "REJECT", GOVERNMENT, "ریاض", "state:government:IRN", True),
    # the authorities' own arrest
    ("fa", "COERCE", GOVERNMENT, "ریاض", "state:government:IRN", True),
    # Arabic is left as it was
    ("ar", "ACCUSE", GOVERNMENT, "ریاض", "state:government:IRN", True),
])
def test_own_state_stays_no_target(lang: str, kind: str, target: Participant, actor_key: str,
                                   target_key: str, addressed: bool) -> None:
    assert own_state(_doc(lang), kind, MP, target, actor_key, target_key, addressed)


def test_the_asked_are_not_the_state_named_in_the_request() -> None:
    # «دولت» stands after the verb, in what the president asks the thinkers to do
    doc = khabar.process("رئیس جمهور از اندیشمندان و تحلیل‌گران جامعه خواست تا در ارزیابی خود"
                         " نسبت به دولت توجه داشته باشند.", meta=FARS)
    asked = [e for e in doc.events if e.type == "REQUEST"]
    assert asked and all(e.target is None or e.target.text != "دولت" for e in asked)
