"""Arabic entities, session 13 (2026-12-05), issue 5, engineer ent_ar3: an adjective of
reach after a listed name goes on it («مجلس الأمن الدولي», entities/arabic_listed_ends),
and a listed body named by a family's nisba («الحوثي») after a given name is that person's
family name (entities/arabic_clan_names); six more coordinated bodies listed
(coordinated_bodies_ar.txt)."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.doc import Entity
from khabar.entities.arabic_clan_names import clan_family_names
from khabar.entities.arabic_listed_ends import listed_name_ends
from khabar.entities.ner import find_entities
from khabar.entities.words import words
from khabar.kb.entries import load_kb


def _ent(text: str, name: str, typ: str, source: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=typ, text=name, source=source)


def _spans(text: str) -> set[tuple[str, str]]:
    doc = simple_doc(text, "ar", published="2015-08-01")
    return {(e.type, e.text) for e in find_entities(doc, load_kb())}


@pytest.mark.parametrize(("text", "person"), [
    ("وقال زعيم الحركة عبدالملك الحوثي في خطاب متلفز.", "عبدالملك الحوثي"),
    ("واعتقلت المقاومة عبد الكريم الحوثي، شقيق زعيم المتمردين.", "عبد الكريم الحوثي"),
])
def test_a_free_given_name_takes_the_clan_word(text: str, person: str) -> None:
    body = _ent(text, "الحوثي", "ORG", "org_list")
    out = clan_family_names(text, words(text), [body])
    assert [(e.type, e.text) for e in out] == [("PER", person)]


def test_a_person_right_before_takes_the_clan_word() -> None:
    text = "حين حكم الرئيس محمد علي الحوثي شهرا."
    kept = [_ent(text, "محمد علي", "PER", "crf"), _ent(text, "الحوثي", "ORG", "org_list")]
    out = clan_family_names(text, words(text), kept)
    assert [(e.type, e.text) for e in out] == [("PER", "محمد علي الحوثي")]


def test_abd_al_malik_before_a_titled_person_is_one_person() -> None:
    text = "أكدت رفض زعيمهم عبد الملك الحوثي وقف إطلاق النار."
    name = "الحوثي"
    kept = [_ent(text, "عبد الملك", "PER", "crf"), _ent(text, name, "PER", "title")]
    out = clan_family_names(text, words(text), kept)
    assert [(e.type, e.text) for e in out] == [("PER", "عبد الملك الحوثي")]


@pytest.mark.parametrize("text", [
    "بعد تحرير المدينة من مليشيا الحوثي وصالح.",
    "ولكن القيادي الحوثي حمد البخيتي كتب تعليقا.",
    "وقال محمد إن الحوثي يرفض الهدنة.",
])
def test_the_clan_word_after_a_noun_stays_the_body(text: str) -> None:
    body = _ent(text, "الحوثي", "ORG", "org_list")
    assert clan_family_names(text, words(text), [body]) == [body]


def test_the_pipeline_reads_the_leader_as_a_person() -> None:
    spans = _spans("وقال زعيم الحركة عبدالملك الحوثي في خطاب متلفز إن المعارك مستمرة.")
    assert ("PER", "عبدالملك الحوثي") in spans
    assert ("ORG", "الحوثي") not in spans


@pytest.mark.parametrize(("text", "name"), [
    ("وأصدر مجلس الأمن الدولي قرارا جديدا بشأن اليمن.", "مجلس الأمن الدولي"),
    ("وطالب مجلس الامن الدولي بوقف إطلاق النار.", "مجلس الامن الدولي"),
])
def test_an_adjective_of_reach_goes_on_a_listed_name(text: str, name: str) -> None:
    spans = {(e.type, e.text, e.kb_id) for e in find_entities(
        simple_doc(text, "ar", published="2015-08-01"), load_kb())}
    assert ("ORG", name, "org:unsc") in spans


def test_the_adjective_must_agree_with_the_head() -> None:
    text = "وقال مجلس الأمن الدولية الجديدة."
    body = _ent(text, "مجلس الأمن", "ORG", "org_list")
    assert listed_name_ends(text, words(text), [body]) == [body]


def test_the_adjective_after_a_listed_name_is_taken_once() -> None:
    text = "وقال مجلس الأمن الدولي أمس."
    body = _ent(text, "مجلس الأمن", "ORG", "org_list")
    out = listed_name_ends(text, words(text), [body])
    assert [(e.text, e.end) for e in out] == [("مجلس الأمن الدولي", text.index(" أمس"))]


def test_a_person_opened_by_no_given_name_keeps_apart() -> None:
    text = "وإصابة قائد الحملة الذي يدعى أبو ثابت الحوثي بجروح خطرة."
    kept = [_ent(text, "أبو ثابت", "PER", "crf"), _ent(text, "الحوثي", "ORG", "org_list")]
    assert clan_family_names(text, words(text), kept) == kept


def test_a_compound_given_name_written_apart_is_a_persons_evidence() -> None:
    spans = _spans("أكدت رفض زعيم الحوثيين عبد الملك الحوثي وقف إطلاق النار. "
                   "وقالت ميليشيات الحوثي إن الهدنة لن تصمد.")
    assert ("PER", "عبد الملك الحوثي") in spans


@pytest.mark.parametrize(("text", "person"), [
    ("ويقول يمنيون إن عبدالخالق الحوثي شقيق زعيم الجماعة.", "عبدالخالق الحوثي"),
    ("من أبرزهم عبد الخالق الحوثي والقيادي العسكري قناف.", "عبد الخالق الحوثي"),
])
def test_a_theophoric_given_name_takes_the_clan_word(text: str, person: str) -> None:
    body = _ent(text, "الحوثي", "ORG", "org_list")
    out = clan_family_names(text, words(text), [body])
    assert [(e.type, e.text) for e in out] == [("PER", person)]


def test_a_theophoric_name_is_a_persons_evidence() -> None:
    spans = _spans("ويقول يمنيون إن عبدالخالق الحوثي شقيق زعيم الجماعة. "
                   "وقالت ميليشيات الحوثي إن الهدنة لن تصمد.")
    assert ("PER", "عبدالخالق الحوثي") in spans


@pytest.mark.parametrize("name", [
    "هيئة السياحة والتراث الوطني", "هيئة السياحة والآثار", "هيئة الإذاعة والتلفزيون",
    "هيئة الغذاء والدواء", "وزارة التربية والتعليم", "وزارة الشباب والرياضة",
])
def test_a_listed_coordinated_body_is_read_whole(name: str) -> None:
    text = f"وقال مسؤول في {name} إن العمل مستمر."
    assert ("ORG", name) in _spans(text)
