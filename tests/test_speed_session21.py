"""Per-word work done once (issue 8, session 21 (2026-12-06), engineer speed): the same
answers as before, with the repeated work gone. Names and sentences written for these
tests."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities import stage as entity_stage
from khabar.entities import words as words_module
from khabar.entities.stage import add_surname_mentions
from khabar.entities.words import key_and_parts, words
from khabar.kb import entries, former, link
from khabar.kb.entries import KbEntry, KnowledgeBase, load_kb
from khabar.normalize import fold as fold_module
from khabar.normalize.fold import fold, fold_word
from khabar.text.tokens import token_matches

PHRASES = ["وزارة الخارجية السعودية", "سلمان بن عبدالعزيز آل سعود", "محمد‌جواد ظریف",
           "«الهيئة العامة للرياضة»", "Saudi Aramco", "ك.ي", "عبد العزيز", "مجلس شورای اسلامی"]


def _key_and_parts_before(phrase: str) -> tuple[str, int]:
    """``key_and_parts`` as it folded each token before session 21."""
    tokens = [m.group() for m in token_matches(phrase)]
    return "".join([fold(t) for t in tokens if t.isalnum() or len(t) > 1]), len(tokens)


def test_one_word_fold_cache_for_every_caller() -> None:
    assert words_module.fold_word is fold_module.fold_word
    for module in (entries, link):
        assert module.fold_word is fold_word


def test_name_keys_fold_their_words_through_the_cache() -> None:
    for phrase in PHRASES:
        assert key_and_parts(phrase) == _key_and_parts_before(phrase)
    fold_word.cache_clear()
    key_and_parts("وزیر امور خارجه")
    assert fold_word.cache_info().misses == 3
    key_and_parts("امور خارجه")
    assert fold_word.cache_info().hits == 2


def test_kb_surnames_as_before() -> None:
    entry = KbEntry("per:x", "PER", "SAU", {"ar": ("محمد بن نايف", "عادل الجبير"),
                                             "fa": ("فیروز آبادی", "فیروزآبادی"),
                                             "en": ("Adel al-Jubeir",)})
    assert entry.surnames() == {fold("الجبير"), fold("فیروزآبادی")}
    assert link.short_names(entry) == {fold("الجبير"), fold("فیروزآبادی"), fold("محمد")}


def _bearers_by_scan(kb: KnowledgeBase, word: str) -> list[KbEntry]:
    """``former._bearers`` as it read every KB entry for each word before session 21."""
    return [e for e in kb.entries.values() if e.type == "PER"
            and word in link.short_names(e) and word not in former._fragments(e)]


def test_bearers_from_one_index_as_by_scanning_the_kb() -> None:
    kb = load_kb()
    probes = {"آبادي", "سليماني", "محمد", "نايف", "روحانی", "بوش", "ترامب", "الجبير", "کتاب"}
    for entry in list(kb.entries.values())[:300]:
        probes |= link.short_names(entry) | former._fragments(entry)
    assert any(len(_bearers_by_scan(kb, w)) > 1 for w in probes)
    for word in sorted(probes):
        assert former._bearers(kb, word) == _bearers_by_scan(kb, word), word
    assert former._bearer_index(kb) is former._bearer_index(kb)  # built once per KB


def test_surname_mentions_no_pass_without_a_surname(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "وقال محمد الخريصي إن اللجنة اجتمعت. وأفاد الخريصي أن وزارة الصحة جاهزة."
    org = Entity(text.index("وزارة"), text.index("وزارة") + 10, type="ORG",
                 text="وزارة الصحة", key="org:x", source="crf")
    person = Entity(text.index("محمد"), text.index("محمد") + 12, type="PER",
                    text="محمد الخريصي", key=f"per:{fold('الخريصي')}", source="given_name")
    found = add_surname_mentions(text, words(text), [org, person])
    assert [e.text for e in found if e.source == "surname"] == ["الخريصي"]
    passes: list[object] = []
    monkeypatch.setattr(entity_stage, "surname_mentions",
                        lambda *args: passes.append(args) or [])
    assert add_surname_mentions(text, words(text), [org]) == [org]
    assert passes == []  # no person of a surname key: the words are not read
