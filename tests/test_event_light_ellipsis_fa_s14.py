"""Persian light-verb ellipsis (events.light_ellipsis), session 14 (2026-12-06): two
nominals coordinated under one light verb («دستگیر و روانه زندان شدند») each read the
verb. Sentences written for these tests."""

from __future__ import annotations

from doc_builders import simple_doc

from khabar.events.lexicon import clause_words, find_triggers
from khabar.events.stage import find_events

PUBLISHED = "2025-01-20T09:53:26+03:30"


def _hits(text: str) -> list[tuple[str, str, str]]:
    """(matched text, type, tense) of each trigger found in ``text``."""
    tokens = clause_words(text)
    return [(text[h.start:h.end], h.trigger.type, h.tense)
            for h in find_triggers(text, tokens, "fa")]


def test_a_nominal_before_and_shares_the_later_light_verb() -> None:
    text = "دو نفر از عاملان این سرقت دستگیر و روانه زندان شدند."
    assert ("دستگیر و روانه زندان شدند", "COERCE", "past") in _hits(text)


def test_both_nominals_are_read_when_both_are_triggers() -> None:
    found = _hits("سه متهم بازداشت و زندانی شدند.")
    assert [(t, kind) for t, kind, _ in found] == [
        ("بازداشت و زندانی شدند", "COERCE"), ("زندانی شدند", "COERCE")]


def test_the_shared_verb_gives_the_tense() -> None:
    found = _hits("ماموران قاچاقچیان را دستگیر و زندانی خواهند کرد.")
    assert ("دستگیر و زندانی خواهند کرد", "COERCE", "future") in found


def test_two_objects_in_parallel_share_the_verb() -> None:
    text = "ماموران دو گروه شکارچی را توقیف و ادوات شکار آنان را ضبط کردند."
    assert [kind for _, kind, _ in _hits(text)] == ["COERCE"]


def test_an_arrest_told_with_the_verb_left_out_is_an_event() -> None:
    text = "به گزارش خبرگزاری فارس، دو سارق مسلح در تهران دستگیر و روانه زندان شدند."
    doc = simple_doc(text, "fa", published=PUBLISHED, with_entities=True)
    assert [e.type for e in find_events(doc)] == ["COERCE"]


def test_an_object_before_the_nominal_takes_no_passive() -> None:
    """«را» marks an object: «دستگیر» takes an active verb, not the «شدند» of «راهی شدند»."""
    text = "ماموران سارق را دستگیر و راهی کلانتری شدند."
    assert all(not t.startswith("دستگیر و") for t, _, _ in _hits(text))


def test_an_object_in_the_second_conjunct_alone_makes_the_first_a_noun() -> None:
    text = "آمریکا تحریم و فشارها را تشدید کرده است."
    assert all(not t.startswith("تحریم و") for t, _, _ in _hits(text))


def test_a_binomial_is_one_word() -> None:
    """«رد و بدل کردن» is to exchange, not to reject."""
    assert _hits("دو طرف پیام‌هایی را رد و بدل کردند.") == []


def test_or_offers_acts_not_done() -> None:
    text = "شورای نگهبان صلاحیت‌ها را رد و یا تأیید می‌کند."
    assert all(kind != "REJECT" for _, kind, _ in _hits(text))


def test_a_later_member_of_a_chain_is_an_adjective() -> None:
    text = "مردم برای انتخابات قانونمند و آزاد و رقابتی تلاش کرده‌اند."
    assert all(not t.startswith("آزاد") for t, _, _ in _hits(text))


def test_a_participle_before_the_verb_is_a_passive_of_its_own() -> None:
    text = "او زندانی و اسیر نگریسته نمی‌شود."
    assert all(not t.startswith("زندانی و") for t, _, _ in _hits(text))


def test_a_long_second_conjunct_is_a_clause_of_its_own() -> None:
    text = "کارکنان در کانکس‌ها مستقر و مشغول به کار می‌شوند."
    assert all(not t.startswith("مستقر و") for t, _, _ in _hits(text))


def test_the_elided_reading_weighs_less() -> None:
    """Than the same trigger read with its verb right after the nominal."""
    elided_text, plain_text = "دو متهم دستگیر و روانه زندان شدند.", "دو متهم دستگیر شدند."
    plain, = find_triggers(plain_text, clause_words(plain_text), "fa")
    # «روانه زندان شدند» is an arrest of its own since session 30 (triggers_fa.tsv): the
    # elided reading is the hit of the first nominal, «دستگیر»
    elided, = [hit for hit in find_triggers(elided_text, clause_words(elided_text), "fa")
               if hit.trigger.pattern == plain.trigger.pattern]
    assert elided.shared is not None and plain.shared is None
    assert elided.trigger.pattern == plain.trigger.pattern
    assert elided.trigger.weight < plain.trigger.weight
