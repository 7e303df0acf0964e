"""An Arabic attack told in a relative clause on an attack noun (session 15 (2026-12-06),
issue 6): «الحادث الإجرامي الآثم الذي استهدف رجال قوات الطوارئ» was read as background (a
clause describing a common noun) and its object as no party. The clause's subject is the
attack, so the party after the verb is the target, and the doer is named only by a claim
before the noun. Sentences written for these tests, entities given by hand."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.events.stage import find_events

KB = {"قوات الطوارئ الخاصة": ("org:sa-emergency", "SAU"), "الحوثيين": ("org:houthis", "YEM"),
      "داعش": ("org:isis", None)}
FORCES = [("قوات الطوارئ الخاصة", "ORG")]
UNKNOWN = "Unknown attackers"


def _attacks(text: str, names: list[tuple[str, str]]) -> list[tuple[str | None, str | None]]:
    events = find_events(doc_with(text, "ar", names, kb=KB))
    return [(e.actor.text or e.actor.name_en if e.actor else None,
             e.target.text if e.target else None) for e in events if e.type == "ASSAULT"]


def test_an_incident_noun_s_clause_names_the_target_not_the_attacker() -> None:
    """«الحادث» is no trigger: the clause alone tells the attack, and «استهدف» is an attack
    beside it though no word of violence is in the sentence."""
    text = "استنكر المحافظ الحادث الإجرامي الآثم الذي استهدف رجال قوات الطوارئ الخاصة أمس."
    assert _attacks(text, FORCES) == [(UNKNOWN, "قوات الطوارئ الخاصة")]


def test_a_noun_trigger_right_before_the_clause_yields_to_its_verb() -> None:
    """«أدان الوزير التفجير الذي استهدف X»: the noun, the condemnation's topic, and the verb
    were one phrase, and the verb was dropped with it."""
    text = "وأدان الوزير التفجير الذي استهدف قوات الطوارئ الخاصة في أبها."
    assert _attacks(text, FORCES) == [(UNKNOWN, "قوات الطوارئ الخاصة")]


def test_the_noun_may_carry_a_proclitic_and_an_adjective() -> None:
    text = "وأدان الوزير بشدة للتفجير الانتحاري الذي استهدف قوات الطوارئ الخاصة في أبها."
    assert _attacks(text, FORCES) == [(UNKNOWN, "قوات الطوارئ الخاصة")]


def test_a_claim_before_the_noun_names_the_doer() -> None:
    text = "وأعلن تنظيم داعش مسؤوليته عن التفجير الإرهابي الذي استهدف قوات الطوارئ الخاصة."
    assert _attacks(text, [("داعش", "ORG"), *FORCES]) == [("داعش", "قوات الطوارئ الخاصة")]


def test_a_common_noun_that_is_no_attack_stays_background() -> None:
    """«البرنامج الذي استهدف ...»: what a programme aimed at, no attack."""
    text = "وأشاد المحافظ بالبرنامج الذي استهدف قوات الطوارئ الخاصة بالتدريب."
    assert _attacks(text, FORCES) == []


def test_a_named_party_s_clause_is_still_the_party_s_act() -> None:
    """«الحوثيين الذين هاجموا X»: the named party attacks (relative_acts), as before."""
    text = "وقال المتحدث إن الحوثيين الذين هاجموا قوات الطوارئ الخاصة انسحبوا."
    assert _attacks(text, [("الحوثيين", "ORG"), *FORCES]) == [
        ("الحوثيين", "قوات الطوارئ الخاصة")]


def test_a_named_party_after_the_attack_noun_is_the_clause_s_subject() -> None:
    """«هجوم داعش الذي استهدف X»: the pronoun hangs on the named party, its doer."""
    text = "وأدان الوزير هجوم داعش الذي استهدف قوات الطوارئ الخاصة في أبها."
    assert _attacks(text, [("داعش", "ORG"), *FORCES]) == [("داعش", "قوات الطوارئ الخاصة")]


def test_responsibility_laid_on_another_names_no_doer() -> None:
    """«حمل مسؤول X مسؤولية الهجوم»: an accusation; the attack's doer stays unknown."""
    text = "وحمل مسؤول تركي داعش مسؤولية الهجوم الانتحاري الذي استهدف قوات الطوارئ الخاصة."
    found = _attacks(text, [("داعش", "ORG"), *FORCES])
    assert ("داعش", "قوات الطوارئ الخاصة") not in found
