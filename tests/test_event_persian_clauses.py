"""The subject of a Persian clause joined by «و» after a finite verb is its own
(events/persian_clauses.py, session 11 (2026-12-05)). Sentences written for these tests."""

from __future__ import annotations

from doc_builders import events_of


def test_a_second_clause_with_its_own_subject_is_that_subjects_act() -> None:
    found = events_of("نخست وزیر عراق از کویت انتقاد کرد و وزیر خارجه کویت این اتهامات را رد کرد.")
    rejection = next(e for e in found if e.type == "REJECT")
    assert rejection.actor is not None and rejection.actor.country == "KWT"


def test_a_second_clause_with_no_subject_shares_the_first_ones() -> None:
    found = events_of("وزیر خارجه ایران از کویت انتقاد کرد و اتهامات عراق را رد کرد.")
    rejection = next(e for e in found if e.type == "REJECT")
    assert rejection.actor is not None and rejection.actor.country == "IRN"


def test_a_name_inside_a_phrase_or_joined_by_and_opens_no_clause() -> None:
    """4cac8fc's conditions, which no test held (mutated in a worktree, the tests passed):
    a name in the genitive of a noun a preposition governs («در حضور سفیر عراق»), and a name
    joined by «و» to the one before («در آذربایجان و گرجستان»), is no subject of its own.
    Review, session 11 (2026-12-05)."""
    for text in ("وزیر خارجه ایران از کویت انتقاد کرد و در حضور سفیر عراق این اتهامات را رد کرد.",
                 "وزیر خارجه ایران از کویت انتقاد کرد و در آذربایجان و گرجستان این اتهامات را "
                 "رد کرد."):
        rejection = next((e for e in events_of(text) if e.type == "REJECT"), None)
        assert rejection is not None and rejection.actor is not None, text
        assert rejection.actor.country == "IRN", text
