"""Tests for three guards of session 14 that no test held (review B's list, session 15
(2026-12-06), issue 6, engineer events_fa). Each fails when its guard is removed (checked in
a worktree). Sentences written for these tests; entities given by hand."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.events.stage import find_events

KB: dict[str, tuple[str, str | None]] = {
    "بغداد": ("geonames:98182", "IRQ"), "هوشيار زيباري": ("per:zebari", "IRQ"),
    "علي حسن": ("per:ali-hasan", None), "توکیو": ("geonames:1850147", "JPN")}


def test_a_conditional_meeting_with_no_one_met_is_no_plan() -> None:
    """arabic_content.one_sided: a planned meeting is kept with no partner named, but not
    one under a condition («إذا ... سيلتقي»): it tells no plan yet."""
    text = "قال هوشيار زيباري إنه إذا وافقت الحكومة سيلتقي في بغداد الأسبوع المقبل."
    doc = doc_with(text, "ar", [("هوشيار زيباري", "PER"), ("بغداد", "LOC")], KB)
    assert not [e for e in find_events(doc) if e.type == "CONSULT"]


def test_an_arabic_sentence_with_no_court_takes_no_authorities() -> None:
    """arguments.COURT_MODES is Persian only («به پنج سال حبس محکوم شد»: the state's, session
    14); an Arabic «حكم على X» with no court named keeps no agent (the Arabic passive is read
    for arrests and releases only, arabic_passives.PASSIVE_ACTS)."""
    text = "حكم على علي حسن بالسجن خمس سنوات في بغداد أمس."
    doc = doc_with(text, "ar", [("علي حسن", "PER"), ("بغداد", "LOC")], KB)
    [event] = [e for e in find_events(doc) if e.type == "SANCTION"]
    assert event.actor is None


def test_a_bare_government_is_the_reports_own() -> None:
    """persian_datelines._state_of: a one-word «دولت» is the government of the report's
    country, so a person acting on it is still of that country (only «دولت ژاپن», the
    government named with its country, is a state a foreigner acts on)."""
    text = "سوزان لی برمن در توکیو به سیاست‌های دولت اعتراض کرد."
    doc = doc_with(text, "fa", [("سوزان لی برمن", "PER"), ("توکیو", "LOC")], KB)
    for entity in doc.entities:
        if entity.type == "LOC":
            entity.lat, entity.lon = 35.7, 139.7
    [event] = [e for e in find_events(doc) if e.type == "ACCUSE"]
    assert event.actor is not None and event.actor.country == "JPN"
