"""A place right after a person's name, no word between, is no post of his but the verb's
object (session 14 (2026-12-06), issue 6): «واتهم وزير الخارجية الإيراني محمد جواد ظريف
السعودية بدعم الإرهاب» lost its target, the country read into Zarif's mention. A place
after a post's head («ملك المغرب») still names the post's country. Sentences written for
these tests, entities given by hand."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.events.stage import find_events

KB: dict[str, tuple[str, str | None]] = {
    "محمد جواد ظريف": ("per:zarif", "IRN"), "السعودية": ("geonames:102358", "SAU"),
    "محمد السادس": ("per:mohammed-vi", "MAR"), "المغرب": ("geonames:2542007", "MAR"),
    "إيران": ("geonames:130758", "IRN")}


def _sides(text: str, names: list[tuple[str, str]], kind: str) -> list[tuple[str | None, ...]]:
    events = find_events(doc_with(text, "ar", names, kb=KB))
    return [(e.actor.text if e.actor else None, e.target.text if e.target else None)
            for e in events if e.type == kind]


def test_a_country_right_after_the_subject_is_the_object() -> None:
    text = "واتهم وزير الخارجية الإيراني محمد جواد ظريف السعودية بدعم الإرهاب."
    found = _sides(text, [("محمد جواد ظريف", "PER"), ("السعودية", "LOC")], "ACCUSE")
    assert found == [("محمد جواد ظريف", "السعودية")]


def test_a_country_after_a_posts_head_stays_the_posts() -> None:
    """«محمد السادس ملك المغرب»: Morocco is his kingdom; Iran is the one accused."""
    text = "واتهم محمد السادس ملك المغرب إيران بدعم الإرهاب."
    found = _sides(text, [("محمد السادس", "PER"), ("المغرب", "LOC"), ("إيران", "LOC")],
                   "ACCUSE")
    assert found == [("محمد السادس", "إيران")]
