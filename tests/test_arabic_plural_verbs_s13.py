"""Arabic plural and dual verbs made by rule from the lexicon's singular rows (session 13,
issue 6): «الحوثيون هاجموا», «يطالبون», «اتفقتا» are events, a lookalike noun is not, and
a name after a plural verb is its object, never its subject. Sentences written for these
tests, entities given by hand."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.events.arabic_plurals import forms
from khabar.events.stage import find_events

KB = {"السعودية": ("geonames:102358", "SAU"), "الإمارات": ("geonames:290557", "ARE"),
      "الحوثيين": ("org:houthis", "YEM"), "الحوثيون": ("org:houthis", "YEM")}


def events(text: str, names: list[tuple[str, str]]) -> list[tuple[str, str | None, str | None]]:
    found = find_events(doc_with(text, "ar", names, kb=KB))
    return [(e.type, e.actor.text if e.actor else None, e.target.text if e.target else None)
            for e in found]


def test_sound_past_and_imperfect_forms() -> None:
    assert set(forms("هاجم", {"هاجم", "هاجمت"})) == {"هاجموا", "هاجمتا", "هاجمن"}
    assert set(forms("يطالب", {"يطالب", "تطالب"})) == {"يطالبون", "يطالبان"}
    assert forms("تطالب", {"يطالب", "تطالب"}) == ["تطالبان"]  # no second person «تطالبون»
    assert "اتفقا" in forms("اتفق", {"اتفق"})


def test_defective_and_hollow_verbs() -> None:
    assert set(forms("دعا", {"دعا"})) == {"دعوا", "دعتا"}
    assert set(forms("نفي", {"نفي"})) == {"نفوا", "نفتا"}  # «نفيا» is the noun's accusative
    assert "يدعون" not in forms("يدعو", {"يدعو"})  # also «يدّعون», they claim
    assert "ادانن" not in forms("ادان", {"ادان"}) and "ادانوا" in forms("ادان", {"ادان"})


def test_the_dual_that_is_a_verbal_noun_is_not_made() -> None:
    """«دعمًا», «قصفًا», «طالبًا»: the accusative noun is written as the dual verb."""
    assert "دعما" not in forms("دعم", {"دعم"}) and "طالبا" not in forms("طالب", {"طالب"})


def test_a_plural_verb_after_its_subject_is_an_event() -> None:
    text = "قال المتحدث إن الحوثيين هاجموا مدينة عدن."
    assert events(text, [("الحوثيين", "ORG")]) == [("ASSAULT", "الحوثيين", None)]


def test_a_dual_verb_after_its_subjects_is_an_event() -> None:
    text = "وأكد المسؤول أن السعودية والإمارات اتفقتا على تعزيز التعاون."
    found = events(text, [("السعودية", "GPE"), ("الإمارات", "GPE")])
    assert [kind for kind, _, _ in found] == ["AGREE"]


def test_a_name_after_a_plural_verb_is_its_object() -> None:
    """«الحوثيون في اليمن هاجموا السعودية»: Saudi Arabia was attacked, by the Houthis."""
    text = "وقال المتحدث إن الحوثيون في اليمن هاجموا السعودية."
    names = [("الحوثيون", "ORG"), ("اليمن", "GPE"), ("السعودية", "GPE")]
    assert events(text, names) == [("ASSAULT", "الحوثيون", "السعودية")]


def test_a_plural_verb_with_no_party_before_it_is_no_event() -> None:
    """«المسلحين هاجموا السعودية»: the gunmen are no entity, the minister is one person."""
    text = "قال الوزير إن المسلحين هاجموا السعودية."
    assert events(text, [("الوزير", "PER"), ("السعودية", "GPE")]) == []


def test_one_person_is_no_plural_verbs_subject() -> None:
    """«قبل الناخبون بتوصية ... تسيبراس، ورفضوا»: the voters rejected, not Tsipras."""
    text = "قبل الناخبون بتوصية رئيس الوزراء أليكسيس تسيبراس، ورفضوا شروط الدائنين."
    assert events(text, [("أليكسيس تسيبراس", "PER")]) == []


def test_two_persons_are_a_plural_verbs_subject() -> None:
    text = "وقد زود سالم الحارثي، وفهد الحارثي الصحيفة بصور، وطالبوا البلدية بمعالجة الوضع."
    found = events(text, [("سالم الحارثي", "PER"), ("فهد الحارثي", "PER")])
    assert [(kind, actor) for kind, actor, _ in found] == [("REQUEST", "فهد الحارثي")]
