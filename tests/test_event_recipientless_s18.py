"""Issue 6, session 18 (2026-12-06): the off-headline bar reads a Persian act PLOVER needs no
recipient for without the share a named target adds to its confidence. A sure verb told after
the lead («... را رد کرد», a named actor, no target: 0.7 × 0.75 = 0.525) never passed the bar
of 0.6. Sentences written for these tests."""

from __future__ import annotations

from doc_builders import simple_doc

from khabar.doc import Event, Participant
from khabar.events.event_builder import TARGET_SHARE, _confidence
from khabar.events.lexicon import Trigger, TriggerHit, compile_segments
from khabar.events.merging import Draft
from khabar.events.roles import Roles
from khabar.events.salience import main_events
from khabar.events.stage import find_events

PUBLISHED = "2025-01-20T09:53:26+03:30"
SHARE = TARGET_SHARE * 0.7  # a weight-0.7 trigger's


def _draft(kind: str, confidence: float) -> Draft:
    """A draft with no target."""
    return Draft(Event(0, 1, type=kind, confidence=confidence), None, None, target_share=SHARE)


def test_a_persian_targetless_refusal_passes_the_off_headline_bar() -> None:
    kept = main_events([_draft("THREATEN", 0.8), _draft("REJECT", 0.525)],
                       frozenset({"THREATEN"}), 4, "fa")
    assert [d.event.type for d in kept] == ["THREATEN", "REJECT"]


def test_a_type_that_needs_a_recipient_is_read_as_before() -> None:
    """PLOVER requires a recipient for SANCTION, AID and COOPERATE: a missing one still
    counts against them."""
    kept = main_events([_draft("THREATEN", 0.8), _draft("SANCTION", 0.525)],
                       frozenset({"THREATEN"}), 4, "fa")
    assert [d.event.type for d in kept] == ["THREATEN"]


def test_arabic_keeps_the_plain_confidence() -> None:
    kept = main_events([_draft("THREATEN", 0.8), _draft("REJECT", 0.525)],
                       frozenset({"THREATEN"}), 4, "ar")
    assert [d.event.type for d in kept] == ["THREATEN"]


def test_an_unsure_act_stays_out() -> None:
    """The share is a target's, not a free pass: a weak noun stays under the bar."""
    kept = main_events([_draft("THREATEN", 0.8), _draft("REJECT", 0.3)],
                       frozenset({"THREATEN"}), 4, "fa")
    assert [d.event.type for d in kept] == ["THREATEN"]


def test_a_later_refusal_is_kept_beside_the_headline_act() -> None:
    text = ("ایران آمریکا را به حمله تهدید کرد. سخنگوی وزارت خارجه ایران این را گفت. "
            "این خبر در تهران منتشر شد. روزنامه‌ها آن را نوشتند. "
            "ولادیمیر پوتین این گزارش را رد کرد.")
    doc = simple_doc(text, "fa", published=PUBLISHED, with_entities=True)
    doc.title = "ایران آمریکا را تهدید کرد"
    events = find_events(doc, 4)
    assert [e.type for e in events] == ["THREATEN", "REJECT"]
    assert events[1].target is None and events[1].confidence < 0.6


def test_the_share_is_what_a_target_adds_to_confidence() -> None:
    """``event_builder.TARGET_SHARE`` must stay the weight ``event_builder._confidence``
    gives a named target."""
    trigger = Trigger("رد {kardan}", "REJECT", None, (), "subj", None, 0.7,
                      compile_segments("رد {kardan}"), "fa")
    hit = TriggerHit(0, 6, 0, 1, trigger, "past", False)
    roles = Roles(None, None)
    with_target = _confidence(hit, [], roles, 1.0, Participant(text="X"), 5)
    without = _confidence(hit, [], roles, 1.0, None, 5)
    assert abs(with_target - without - TARGET_SHARE * 0.7) < 1e-9
