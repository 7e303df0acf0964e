"""An Arabic noun act naming its doer in its own noun phrase (session 17 (2026-12-06), issue
6, ``events/arabic_noun_doers.py``): a nationality adjective («القصف الروسي») or a relative
clause of carrying it out («الهجوم الذي تبناه تنظيم داعش») makes the noun an act of its
own, with that doer as its actor, even as the topic of another verb. A clause whose subject
is no name leaves the doer unnamed. Sentences written for these tests."""

from __future__ import annotations

from doc_builders import PUBLISHED, doc_with

import khabar
from khabar.doc import Event
from khabar.events.stage import find_events

KB = {"السعودية": ("loc:saudi-arabia", "SAU"), "حلب": ("loc:aleppo", "SYR"),
      "تنظيم داعش": ("org:isis", None), "سوروج": ("loc:suruc", "TUR"),
      "قوات الأمن": (None, "NGA")}


def events_of(text: str, entities: list[tuple[str, str]]) -> list[Event]:
    doc = doc_with(text, "ar", entities, KB)
    doc.published = PUBLISHED
    return find_events(doc)


def assaults(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type == "ASSAULT"]


def test_a_nationality_adjective_names_the_bombing_s_doer() -> None:
    text = "وأدانت السعودية القصف الروسي على مدينة حلب."
    found = assaults(events_of(text, [("السعودية", "LOC"), ("حلب", "LOC")]))
    assert found and found[0].actor is not None and found[0].actor.country == "RUS"


def test_a_clause_of_carrying_out_names_the_attack_s_doer() -> None:
    text = "وقتل عشرة أشخاص في الهجوم الذي تبناه تنظيم داعش في سوروج."
    found = assaults(events_of(text, [("تنظيم داعش", "ORG"), ("سوروج", "LOC")]))
    assert found and found[0].actor is not None and found[0].actor.text == "تنظيم داعش"


def test_an_unnamed_subject_of_the_clause_leaves_the_doer_unnamed() -> None:
    text = ("وقال إن قوات الأمن تركت عاجزة أمام التفجيرات التي ترتكبها المجموعة المتطرفة "
            "في الشمال.")
    found = assaults(events_of(text, [("قوات الأمن", "ORG")]))
    assert all(e.actor is None or e.actor.text != "قوات الأمن" for e in found)


def test_the_lam_phrase_after_the_doer_is_the_object() -> None:
    text = "وأسفر القصف التركي لمواقع حزب العمال الكردستاني عن مقتل عشرة مسلحين."
    found = assaults(events_of(text, [("حزب العمال الكردستاني", "ORG")]))
    assert found and found[0].actor is not None and found[0].actor.country == "TUR"
    assert found[0].target is not None and found[0].target.text == "حزب العمال الكردستاني"




def test_an_adjective_the_entity_stage_read_as_the_country_is_the_doer() -> None:
    """The whole pipeline: «السعودية» after «المساعدات الإنسانية» is tagged a place, and is
    the aid's doer, not its target (the Yemeni government announced the arrival)."""
    text = ("وأعلنت الحكومة اليمنية وصول طائرة المساعدات الإنسانية السعودية الأولى إلى "
            "مطار عدن.")
    found = [e for e in khabar.process(text, meta={"date": "2015-07-25"}).events
             if e.type == "AID"]
    assert found and found[0].actor is not None and found[0].actor.text == "السعودية"
