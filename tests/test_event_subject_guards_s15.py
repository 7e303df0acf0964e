"""The guards of ``arabic_subjects.unnamed_subject`` that session 14's review found held by
no test (session 15 (2026-12-06), issue 6): a word right after an Arabic verb that ends like a
nominative plural or dual is no unnamed subject when it is inside a mention (a group the
state actors read), inside an entity that is no party (a city), or the surname of a person
named earlier; and a party after such a subject is its target only when bare (a name under
a preposition inside the verb's complement clause is not). Each case fails with its guard
removed (worktree). Sentences written for these tests, entities given by hand."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.events.stage import find_events

KB = {"ديفيد كاميرون": ("per:cameron", "GBR"), "هيوستون": ("geonames:4699066", "USA"),
      "عادل الجبير": ("per:jubeir", "SAU"), "الشرطة التركية": ("org:tr-police", "TUR"),
      "محمد جواد ظريف": ("per:zarif", "IRN"), "داعش": ("org:isis", None)}


def _events(text: str, names: list[tuple[str, str]]) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor.text or e.actor.name_en if e.actor else None,
             e.target.text or e.target.name_en if e.target else None)
            for e in find_events(doc_with(text, "ar", names, kb=KB))]


def test_a_group_the_state_actors_read_stays_the_subject() -> None:
    """«مسلحون مجهولون» is a mention (a generic group), though no entity: it attacks."""
    text = "وهاجم مسلحون مجهولون أمس الشرطة التركية في إسطنبول."
    assert _events(text, [("الشرطة التركية", "ORG")]) == [
        ("ASSAULT", "مسلحون مجهولون", "الشرطة التركية")]


def test_a_nationality_group_keeps_its_meeting() -> None:
    text = "واجتمع مسؤولون أمريكيون أمس مع وزير الخارجية الإيراني محمد جواد ظريف."
    assert _events(text, [("محمد جواد ظريف", "PER")]) == [
        ("CONSULT", "مسؤولون أمريكيون", "محمد جواد ظريف")]


def test_a_city_named_after_the_verb_is_no_unnamed_subject() -> None:
    """«زار هيوستون ... الجبير»: Houston ends like a plural, and is the place visited."""
    text = "وزار هيوستون أمس وزير الخارجية السعودي عادل الجبير."
    assert _events(text, [("هيوستون", "LOC"), ("عادل الجبير", "PER")]) == [
        ("CONSULT", "عادل الجبير", "هيوستون")]


def test_a_surname_is_no_unnamed_subject() -> None:
    """«وانتقد كاميرون الإيرانيين»: Cameron criticises; not «كاميرون الإيرانيين» read as
    Iranian nationals."""
    text = ("التقى ديفيد كاميرون الرئيس الفرنسي أمس. "
            "وانتقد كاميرون الإيرانيين بشدة في خطابه.")
    actors = {actor for kind, actor, _ in _events(text, [("ديفيد كاميرون", "PER")])
              if kind == "ACCUSE"}
    assert actors == {"ديفيد كاميرون"}


def test_a_name_under_a_preposition_in_the_complement_is_no_target() -> None:
    """«ونفى مسؤولون أتراك أن تكون الحملة ضد داعش ...»: the officials deny something of
    the campaign; ISIS, against whom it is waged, is not what they reject."""
    text = "ونفى مسؤولون أتراك أن تكون الحملة ضد داعش مجرد غطاء."
    assert all(target != "داعش" for _, _, target in _events(text, [("داعش", "ORG")]))
