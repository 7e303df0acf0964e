"""Arabic entity rule of session 19 (2026-12-06), issue 5, engineer ent_ar2: «اللجنة» is a
complemented head (org_patterns_ar.tsv): with an adjective of reach first and a «ل»
complement that names no body, it names a standing body («اللجنة الوطنية لمكافحة
المخدرات»); and «مدرسة» names a facility (facility_heads_ar.txt): a person right after
it names the school, no mention of the person. Sentences written for these tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.entities.org_patterns import org_names
from khabar.entities.stage import candidates, resolve_overlaps
from khabar.entities.words import words


def _orgs(text: str) -> list[str]:
    tokens = words(text)
    places = [e for e in resolve_overlaps(candidates(text, tokens, True)) if e.type == "LOC"]
    return [e.text for e in org_names(text, tokens, places)]


@pytest.mark.parametrize(("text", "name"), [
    ("وقالت اللجنة الوطنية لمكافحة المخدرات إن الحملة بدأت.", "اللجنة الوطنية لمكافحة المخدرات"),
    ("وأعلنت اللجنة العامة للانتخابات البلدية موعد الاقتراع.",
     "اللجنة العامة للانتخابات البلدية"),
    ("بالتنسيق مع اللجنة العليا للإغاثة في عدن.", "اللجنة العليا للإغاثة"),
])
def test_a_committee_with_scope_and_field_is_a_body(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize("text", [
    "وقالت اللجنة الفنية إن اللاعب مصاب.",  # no adjective of reach
    "واجتمعت اللجنة الوطنية أمس.",  # no complement
    "وقررت اللجنة العامة للنادي تأجيل المباراة.",  # a unit of a body named before
])
def test_no_body_of_a_committee_without_scope_or_own_complement(text: str) -> None:
    assert not any(name.startswith("اللجنة") for name in _orgs(text))


@pytest.mark.parametrize(("text", "name"), [
    ("وأقيم الحفل في مدرسة القاسم بن محمد في مدينة الدمام.", "القاسم بن محمد"),
    ("وقال معلم بمدرسة عمر بن الخطاب الابتدائية إن الدروس بدأت.", "عمر بن الخطاب"),
])
def test_a_school_named_after_a_person_names_no_person(text: str, name: str) -> None:
    # «مدرسة» in resources/entities/facility_heads_ar.txt
    persons = [e.text for e in khabar.process(text).entities if e.type == "PER"]
    assert not any(name in person for person in persons)
