"""Guards of the Arabic unnamed definite subject (``arabic_definites.unnamed_definite``)
that no test held (session 17's review B, mutants M1 and M3), session 18 (2026-12-06),
issue 6, engineer reliability. In verb-subject-object order a definite noun right after
the verb is the verb's unnamed subject, and the name after it its object («وحذر البيان
ميليشيات الحوثي»). A person's name after the noun is not: the noun is the person's title
or occupation («فطالب المحامي X»: the lawyer X asks). A post before a body or a country is
a subject of its own («وحذر الوزير إيران»: the minister warns Iran); a post-word guard
kept such a body the actor, and is removed. Sentences written for these tests, entities
given by hand."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.events.stage import find_events

KB = {"إيران": ("geonames:130758", "IRN"), "حزب الله": ("org:hezbollah", "LBN")}


def _sides(text: str, names: list[tuple[str, str]], kind: str) -> list[tuple[str | None, ...]]:
    events = find_events(doc_with(text, "ar", names, kb=KB))
    return [(e.actor.text if e.actor else None, e.target.text if e.target else None)
            for e in events if e.type == kind]


def test_a_person_after_a_definite_noun_that_is_no_post_acts() -> None:
    """«المحامي» (the lawyer) is no post word: the person's name after it is the one who
    asks, not the one asked (M3: without the person guard the roles swap)."""
    text = "وطالب المحامي أحمد سالم ممثل أسر الضحايا بمحاكمة المتهمين أمام القضاء."
    found = _sides(text, [("أحمد سالم", "PER")], "REQUEST")
    assert found == [("أحمد سالم", None)]


def test_a_post_before_a_country_is_the_subject() -> None:
    """«وحذر الوزير إيران»: the minister warns; Iran is warned (M1: the post guard made
    Iran the one warning)."""
    text = "وحذر الوزير إيران من التدخل في شؤون المنطقة."
    found = _sides(text, [("إيران", "LOC")], "THREATEN")
    assert found == [(None, "إيران")]


def test_a_post_before_a_body_is_the_subject() -> None:
    """«وانتقد الرئيس حزب الله»: the president criticises Hezbollah."""
    text = "وانتقد الرئيس حزب الله بسبب تدخله في سوريا."
    found = _sides(text, [("حزب الله", "ORG"), ("سوريا", "LOC")], "ACCUSE")
    assert found and all(side == (None, "حزب الله") for side in found)
