"""An Arabic act's target is named within reach of it, session 19 (2026-12-06), issue 6
(events_target, ``events/target_reach.py``): a name more than 10 words after the act, or after
its subject when the subject follows it, stands in another clause of the sentence."""

from __future__ import annotations

from doc_builders import simple_doc

from khabar.doc import Event, Participant
from khabar.events.merging import Draft, merge
from khabar.events.stage import find_events
from khabar.events.target_reach import drop_far_targets

PUBLISHED = "2015-07-20T09:00:00+03:00"


def targets(text: str, kind: str) -> list[str | None]:
    doc = simple_doc(text, "ar", published=PUBLISHED, with_entities=True)
    return [e.target.country if e.target else None for e in find_events(doc) if e.type == kind]


def test_a_country_in_a_later_place_phrase_is_not_the_target() -> None:
    """The military site stormed is in a province bordering Iran: Iran is not attacked."""
    assert targets("وذكر الجيش في بيان أن مسلحين من حزب العمال الكردستاني اقتحموا موقعا عسكريا في "
                   "منطقة دوجو بايزيد في إقليم أغري بشرق البلاد المتاخم لإيران باستخدام جرار "
                   "زراعي.", "ASSAULT") == [None]


def test_a_target_right_after_the_act_is_kept() -> None:
    assert targets("اقتحم مسلحون السفارة الإيرانية في بغداد.", "ASSAULT") != [None]


def test_a_meeting_partner_after_long_protocol_titles_is_kept() -> None:
    """«مع» names the meeting's partner at any distance: Saudi protocol titles run long."""
    found = targets("التقى الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير "
                    "الداخلية اليوم مع وزير الخارجية الأمريكي جون كيري.", "CONSULT")
    assert found == ["USA"]


def test_the_reach_runs_from_a_subject_after_the_verb() -> None:
    """13 words after the verb, 9 after its subject «باراك أوباما»: Russia is criticised."""
    assert targets("انتقد الرئيس الأمريكي باراك أوباما خلال مؤتمر صحفي في واشنطن مساء اليوم "
                   "الأحد روسيا بشدة.", "ACCUSE") == ["RUS"]


def test_a_far_target_leaves_the_events_found_as_they_were() -> None:
    """The far target counts while events are merged and ranked, and is taken off the kept
    ones only (``drop_far_targets``): the merged record keeps the flag."""
    far = Participant(text="إيران", start=120, end=125, country="IRN")
    draft = Draft(Event(0, 130, type="ASSAULT", target=far), "a", "state:IRN", far_target=True)
    near = Draft(Event(0, 130, type="ASSAULT", target=far), "a", "state:IRN")
    kept = merge([draft, near])
    assert len(kept) == 1 and kept[0].far_target and kept[0].event.target is far
    drop_far_targets(kept)
    assert kept[0].event.target is None
    drop_far_targets([near])
    assert near.event.target is far


def test_a_far_target_filled_in_from_a_retelling_keeps_its_flag() -> None:
    far = Participant(text="إيران", start=320, end=325, country="IRN")
    first = Draft(Event(0, 130, type="ASSAULT"), "a", None)
    retold = Draft(Event(200, 330, type="ASSAULT", target=far), "a", "state:IRN",
                   far_target=True)
    kept = merge([first, retold])
    assert len(kept) == 1 and kept[0].event.target is far and kept[0].far_target
