"""Guards of session 15's event rules that no test held (review B, session 15 (2026-12-06)):
each case fails when its guard is removed (checked in a worktree). Sentences written for
these tests; entities given by hand."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from doc_builders import doc_with

from khabar.entities.gazetteer import phrase_key, words
from khabar.events import persian_sides
from khabar.events.participant_words import prepositions
from khabar.events.stage import find_events

Parties = list[tuple[str, str | None, str | None]]


def _events(text: str, lang: str, names: list[tuple[str, str]],
            kb: Mapping[str, tuple[str, str | None]]) -> Parties:
    return [(e.type, e.actor.text if e.actor else None, e.target.text if e.target else None)
            for e in find_events(doc_with(text, lang, names, dict(kb)))]


SIDES_KB: dict[str, tuple[str, str | None]] = {
    "دولت سودان": ("org:sdn-gov", "SDN"), "اریتره": ("geonames:338010", "ERI"),
    "کویت": ("geonames:285570", "KWT"), "عراق": ("geonames:99237", "IRQ")}


def test_a_between_phrase_past_the_noun_s_reach_is_another_noun_s() -> None:
    """persian_sides.NOUN_REACH: «میان کویت و عراق» belongs to «روابط», five words past
    the talks; the talks are no Kuwait-Iraq meeting."""
    text = "مذاکرات دیروز در ژنو درباره تاریخ روابط میان کویت و عراق ادامه یافت."
    found = _events(text, "fa", [("کویت", "LOC"), ("عراق", "LOC")], SIDES_KB)
    assert ("CONSULT", "کویت", "عراق") not in found


def test_a_name_past_the_second_side_s_reach_is_no_side() -> None:
    """persian_sides.SECOND_REACH: Eritrea, six words after «و», backs the second side; it
    is not the side."""
    text = ("دور تازه مذاکرات صلح بین دولت سودان و نمایندگان گروه‌های شورشی مسلح مورد حمایت"
            " اریتره دیروز آغاز شد.")
    found = _events(text, "fa", [("دولت سودان", "ORG"), ("اریتره", "LOC")], SIDES_KB)
    assert not any(target == "اریتره" for _, _, target in found)


def test_the_words_of_between_are_prepositions_tsv_s(monkeypatch: pytest.MonkeyPatch) -> None:
    """persian_sides reads «بین/میان» from prepositions.tsv's ``between`` class (no list of
    its own): a word the table calls ``between`` governs a noun act's sides."""
    table, clitics = prepositions()

    def fake() -> tuple[dict[str, str], dict[str, str]]:
        return {**table, phrase_key("مابین"): "between"}, clitics

    tokens = words("گفتگوهای مابین ایران و عراق")
    assert not persian_sides._governed(tokens, 0, 2)
    monkeypatch.setattr(persian_sides, "prepositions", fake)
    assert persian_sides._governed(tokens, 0, 2)


def test_a_long_phrase_after_az_is_no_addressee() -> None:
    """persian_asked.PHRASE_REACH: «از همان روزهای نخست سال گذشته خواست» ('since the first
    days of last year he asked'): «از» of time, five words; no one is asked."""
    text = "محمود احمدی‌نژاد از همان روزهای نخست سال گذشته خواست که تحریم‌ها لغو شود."
    kb = {"محمود احمدی‌نژاد": ("wikidata:Q7216", "IRN")}
    found = _events(text, "fa", [("محمود احمدی‌نژاد", "PER")], kb)
    assert found == [("REQUEST", "محمود احمدی‌نژاد", None)]


def test_a_party_under_a_preposition_claims_no_attack() -> None:
    """arabic_attack_clauses._claimant: «في بيان لوزارة الداخلية» names where the claim was
    read, not who claims; Daesh, before it, does."""
    text = ("وأعلن تنظيم داعش في بيان لوزارة الداخلية مسؤوليته عن التفجير الذي استهدف قوات"
            " الطوارئ الخاصة.")
    kb = {"قوات الطوارئ الخاصة": ("org:sa-emergency", "SAU"), "داعش": ("org:isis", None),
          "وزارة الداخلية": ("org:sa-moi", "SAU")}
    names = [("داعش", "ORG"), ("وزارة الداخلية", "ORG"), ("قوات الطوارئ الخاصة", "ORG")]
    found = _events(text, "ar", names, kb)
    assert [f for f in found if f[0] == "ASSAULT"] == [
        ("ASSAULT", "داعش", "قوات الطوارئ الخاصة")]
