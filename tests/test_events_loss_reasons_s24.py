"""Issue 6, session 24: bench/events_loss_reasons.py names the rule that dropped a gold
event's draft, for the two steps events_loss_stages.py could not tell apart (dropped in
selection, draft dropped before selection). Drafts written for these tests."""

from __future__ import annotations

from types import ModuleType

from bench_modules import bench_module

from khabar.doc import Doc, Event, Participant
from khabar.events.merging import Draft


def _reasons() -> ModuleType:
    return bench_module("events_loss_reasons")


IRAN = Participant(text="ایران", name_en="Iran", kb_id="Q794", country="IRN")
IRAQ = Participant(text="عراق", name_en="Iraq", kb_id="Q796", country="IRQ")


def _draft(kind: str, confidence: float, start: int = 0, actor: Participant | None = IRAN,
           target: Participant | None = IRAQ) -> Draft:
    event = Event(start, start + 1, type=kind, confidence=confidence, actor=actor,
                  target=target)
    return Draft(event, actor.kb_id if actor else None, target.kb_id if target else None)


def test_an_unsure_act_of_another_kind_falls_to_the_off_headline_bar() -> None:
    lost = _draft("REQUEST", 0.5)
    drafts = [_draft("ACCUSE", 0.8), lost]
    assert _reasons().selection_reason(drafts, frozenset({"ACCUSE"}), "ar", lost) == \
        "off-headline bar"


def test_a_sure_act_of_another_kind_past_the_share() -> None:
    lost = _draft("SUPPORT", 0.7)
    drafts = [_draft("ACCUSE", 0.8), _draft("REQUEST", 0.9), _draft("REJECT", 0.8), lost]
    assert _reasons().selection_reason(drafts, frozenset({"ACCUSE"}), "ar", lost) == \
        "off-headline share"


def test_the_fifth_act_of_the_headline_falls_to_the_cap() -> None:
    drafts = [_draft("ASSAULT", 0.9 - k / 10, start=k) for k in range(5)]
    reasons = _reasons()
    assert reasons.selection_reason(drafts, frozenset({"ASSAULT"}), "fa", drafts[-1]) == "cap"


def test_a_draft_that_never_reached_merging_was_set_aside_when_built() -> None:
    draft = _draft("CONSULT", 0.7)
    assert _reasons().draft_reason(draft, [], [], "ar", lambda s, e: True) == \
        "set aside when built"


def test_a_merged_record_under_the_floor_and_one_without_parties() -> None:
    reasons = _reasons()
    weak = _draft("ASSAULT", 0.3)
    assert reasons.draft_reason(weak, [weak], [weak], "ar", lambda s, e: True) == \
        "confidence floor"
    bare = _draft("REQUEST", 0.5, actor=None, target=None)
    assert reasons.draft_reason(bare, [bare], [bare], "ar", lambda s, e: True) == \
        "no party named"


def test_a_record_whose_sides_merging_made_one_party() -> None:
    draft = _draft("COERCE", 0.6, target=None)
    record = _draft("COERCE", 0.7, target=IRAN)
    assert _reasons().draft_reason(draft, [draft], [record], "fa", lambda s, e: True) == \
        "one party after merging"


def test_the_tool_prints_the_reason_after_the_step() -> None:
    tool = bench_module("events_loss_stages")
    text = "ایران از عراق انتقاد کرد. ایران از عراق خواست."
    doc = Doc(raw=text, text=text, lang="fa")
    lost = _draft("REQUEST", 0.5, start=text.index("خواست"))
    tool.calls["main_events"] = [(([_draft("ACCUSE", 0.8), lost], frozenset({"ACCUSE"}), 4,
                                   "fa"), [])]
    gold = {"type": "REQUEST", "evidence": "ایران از عراق خواست"}
    try:
        assert tool.reason_of(doc, gold, "dropped in selection") == "off-headline bar"
    finally:
        tool.calls.clear()
