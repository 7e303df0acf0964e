"""The two sides of an Arabic clash (issue 6, session 22 (2026-12-06), engineer events_ar2).
Sentences written for these tests, on the pattern of wire copy.

«اشتباكات بين X وY»: X, the first side after «بين», is the clash's actor and Y its target
(``arabic_clash_sides``); the general roles read Y, the bare party, as the subject and X,
after its preposition, as the target. «من جهة» closes the first side with its allies: the
target is the first party after it.
"""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import Event


def clash(text: str) -> Event:
    found = [e for e in khabar.process(text, meta={"date": "2015-08-06"}).events
             if e.type == "ASSAULT"]
    assert found, text
    return found[0]


def name_of(party: object) -> str | None:
    return getattr(party, "name_en", None) or getattr(party, "text", None)


@pytest.mark.parametrize(("text", "actor", "target"), [
    # two sides joined by «و»
    ("اندلعت اشتباكات بين الجيش اليمني والحوثيين في محافظة تعز أمس.", "Yemen Army",
     "Ansar Allah"),
    # an adjective between the noun and «بين»; «من جهة» closes the first side
    ("تدور منذ صباح أمس اشتباكات عنيفة بين تنظيم داعش من جهة، والفصائل المقاتلة وجبهة "
     "النصرة من جهة أخرى في ريف حلب.", "Islamic State", "al-Nusra Front"),
    # the first side's ally before «من جهة» is no target
    ("تدور اشتباكات عنيفة بين الجيش السوري وحزب الله اللبناني من جهة، وجبهة النصرة من "
     "جهة أخرى في القلمون.", "Syria Army", "al-Nusra Front"),
])
def test_clash_sides_are_actor_and_target(text: str, actor: str, target: str) -> None:
    event = clash(text)
    assert (name_of(event.actor), name_of(event.target)) == (actor, target), \
        (event.actor, event.target)


def test_the_side_after_and_is_fought() -> None:
    """«بين عناصر مسلحة وقوات الأمن»: the security forces, bare after «و», are the side
    fought, not the attackers."""
    event = clash("اندلعت اشتباكات عنيفة بين عناصر مسلحة وقوات الأمن العراقية في بغداد.")
    assert event.target is not None and event.target.country == "IRQ", event.target
    assert event.actor is None or event.actor.country != "IRQ", event.actor
