"""An event whose actor and target are one party is dropped, in both languages (session 14
(2026-12-06), issue 6): «ولم يتهم بلاتر بارتكاب أي مخالفات» read Blatter, by his surname,
both as the accuser and as the accused. Sentences written for these tests, entities given
by hand."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.doc import Event, Participant
from khabar.events.merging import Draft, one_party
from khabar.events.stage import find_events

KB: dict[str, tuple[str, str | None]] = {
    "سيب بلاتر": ("per:blatter", None), "بلاتر": ("per:blatter", None),
    "الفيفا": ("org:fifa", None)}


def test_a_party_accused_by_himself_gives_no_event() -> None:
    text = "وقال سيب بلاتر إنه سيبقى في منصبه. ولم يتهم بلاتر بارتكاب أي مخالفات."
    events = find_events(doc_with(text, "ar", [("سيب بلاتر", "PER"), ("بلاتر", "PER")], kb=KB))
    assert not [e for e in events if e.type == "ACCUSE"]


def test_two_parties_keep_their_event() -> None:
    text = "وقال سيب بلاتر إنه سيبقى في منصبه. واتهم بلاتر الفيفا بارتكاب مخالفات."
    events = find_events(doc_with(text, "ar", [("سيب بلاتر", "PER"), ("بلاتر", "PER"),
                                               ("الفيفا", "ORG")], kb=KB))
    assert [(e.actor.text if e.actor else None, e.target.text if e.target else None)
            for e in events if e.type == "ACCUSE"] == [("بلاتر", "الفيفا")]


def _draft(actor: Participant, target: Participant | None,
           keys: tuple[str | None, str | None]) -> Draft:
    return Draft(Event(0, 5, type="ACCUSE", actor=actor, target=target), keys[0], keys[1])


def test_one_party_by_key_by_kb_id_or_by_mention() -> None:
    """Same matching key; same KB id under different keys; the very same mention (a Persian
    record as much as an Arabic one)."""
    one = Participant(text="ایران", start=0, end=5, kb_id="geonames:130758")
    other = Participant(text="عراق", start=10, end=14, kb_id="geonames:99237")
    assert one_party(_draft(one, Participant(text="ایران", start=20, end=25), ("k", "k")))
    assert one_party(_draft(one, Participant(text="تهران", start=20, end=25,
                                             kb_id="geonames:130758"), ("a", "b")))
    assert one_party(_draft(one, Participant(text="ایران", start=0, end=5), (None, None)))
    assert not one_party(_draft(one, other, ("a", "b")))
    assert not one_party(_draft(one, None, ("a", None)))
