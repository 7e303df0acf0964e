"""An Arabic act noun with the article whose agreeing adjectives include a future marker
(«المناورات … المقبلة», 'the coming exercises') is a planned act (events.event_flags).
Session 17 (2026-12-06): the plural act nouns with the article that became triggers this
session coded the coming exercises of the Arabic example article as held."""

import pytest

import khabar


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("أعلنت القوات البحرية الباكستانية مشاركة إيران في المناورات البحرية الدولية المقبلة "
         "بمدينة كراتشي.", True),
        ("شاركت القوات البحرية الإيرانية في المناورات البحرية الدولية المقبلة بمدينة كراتشي.",
         True),
        # no future adjective: the exercises took place
        ("شاركت القوات البحرية الإيرانية في المناورات البحرية الدولية بمدينة كراتشي أمس.",
         False),
    ],
)
def test_a_definite_act_noun_with_a_future_adjective_is_planned(text: str, future: bool) -> None:
    doc = khabar.process(text, meta={"date": "2025-01-20"})
    mobilized = [e for e in doc.events if e.type == "MOBILIZE"]
    assert mobilized, [(e.type, e.future) for e in doc.events]
    assert {e.future for e in mobilized} == {future}
