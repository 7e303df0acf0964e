"""Persian parties read from places (issue 6, session 24 (2026-12-07), engineer
events_parties_fa). Sentences written for these tests, on the pattern of wire copy.

- «در مرز با سوریه», «در مرز مشترک با افغانستان»: the «با» is the border's, naming its other
  side; the act there has no partner or target in it (``persian_borders``, the twin of
  ``arabic_names.across_border``). A «با» of the act itself still names its partner.
- «آمریکا تهران را متهم می‌کند»: a capital marked by «را» right after another name is the
  object, standing for its government, not that name's genitive (``participants._genitive``);
  after a common noun it still is one («شهردار تهران را»).
"""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.doc import Event
from khabar.events.stage import find_events


def events_of(text: str) -> list[Event]:
    doc = simple_doc(text, "fa", published="2015-08-06T09:00:00+03:30", with_entities=True)
    return find_events(doc)


@pytest.mark.parametrize(("text", "kind", "border"), [
    # a deployment on the border: no target across it
    ("ارتش ترکیه هزاران سرباز را در مرز با سوریه مستقر کرد.", "MOBILIZE", "SYR"),
    # an adjective between the border noun and its «با»
    ("نیروهای پاکستانی در مرز مشترک با افغانستان به شبه‌نظامیان حمله کردند.", "ASSAULT", "AFG"),
])
def test_a_country_across_the_border_is_no_target(text: str, kind: str, border: str) -> None:
    found = [e for e in events_of(text) if e.type == kind]
    assert found, text
    assert all(e.target is None or e.target.country != border for e in found), \
        [(e.trigger, e.target) for e in found]


def test_the_acts_own_with_still_names_its_partner() -> None:
    """«با سوریه ... گفتگو کرد»: no border noun before the «با», which is the talks'."""
    found = [e for e in events_of("ارتش ترکیه با سوریه درباره مرز گفتگو کرد.")
             if e.type == "CONSULT"]
    assert found and found[0].target is not None and found[0].target.country == "SYR"


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("آمریکا تهران را به حمایت از گروه‌های مسلح متهم کرد.", "ACCUSE", "IRN"),
    ("کانادا ریاض را به نقض حقوق بشر متهم کرد.", "ACCUSE", "SAU"),
])
def test_a_capital_object_after_a_name_stands_for_its_government(text: str, kind: str,
                                                                  target: str) -> None:
    found = [e for e in events_of(text) if e.type == kind]
    assert found and found[0].target is not None and found[0].target.country == target, \
        [(e.trigger, e.target) for e in found]


def test_a_capital_after_a_common_noun_is_still_its_genitive() -> None:
    """«شهردار تهران را»: the mayor of Tehran is the object, not Iran's government."""
    found = events_of("دادگاه شهردار تهران را به پرداخت جریمه محکوم کرد.")
    assert all(e.target is None or e.target.country != "IRN" or e.target.text != "تهران"
               for e in found), [(e.trigger, e.target) for e in found]
