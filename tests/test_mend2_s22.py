"""Review follow-ups of session 22 (2026-12-07), engineer mend2."""

from __future__ import annotations

import pytest
from doc_builders import generic_actors, tagged

import khabar
from khabar.entities.arabic_name_particles import particle_names
from khabar.entities.gazetteer import words as gazetteer_words
from khabar.entities.persian_credits import credited_persons
from khabar.entities.persian_quoted_persons import quoted_foreign_persons
from khabar.entities.words import Word, words
from khabar.events import arabic_regime
from khabar.events.state_actors import state_actors


def test_an_explicit_regime_after_any_proclitic_says_whose_forces() -> None:
    # «للنظام» (لل + النظام) and «فالنظام» were missed by stripping و/ل/ب by hand
    for regime in ("للنظام الإيراني", "فالنظام الإيراني"):
        found = generic_actors(f"وجهت واشنطن انتقادات {regime} بسبب التدخل. وقال المتحدث إن "
                               "قوات النظام تواصل القصف في سوريا وحلب ودمشق بسوريا.")
        assert ("قوات النظام", "Iran Forces", "IRN") in found, regime


def test_explicit_regimes_are_read_once_per_sentence_read(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # session 23 (engineer mend3): two bodies the regime owns in one sentence read the
    # article's words once, when the first asks (``arabic_regime.ArticleRegimes``), and no
    # module keeps a document between calls
    doc = khabar.process("حذرت واشنطن النظام الإيراني من التدخل. وقال المتحدث إن قوات "
                         "النظام وطيران النظام يواصلان القصف في سوريا وحلب ودمشق بسوريا.",
                         meta={"date": "2015-08-06"})
    scans: list[str] = []

    def counted_words(text: str) -> list[Word]:
        scans.append(text)
        return words(text)

    monkeypatch.setattr(arabic_regime, "words", counted_words)
    start, end = doc.sentences[-1]
    found = [(e.text, e.country) for e in state_actors(doc, words(doc.text, start, end))]
    assert ("قوات النظام", "IRN") in found and ("طيران النظام", "IRN") in found, found
    assert scans == [doc.text]
    assert not hasattr(arabic_regime, "_last_read")


def particle_run_on(text: str, *phrases: str) -> list[str]:
    kept = [tagged(text, p) for p in phrases]
    return [e.text for e in particle_names(text, gazetteer_words(text), kept)]


def test_a_person_ending_on_an_inner_particle_alone_is_not_run_on() -> None:
    # «لا» 'no' and «دير» 'monastery' are particles only after another particle
    text = "وقال سمير لا يوجد اتفاق بين الطرفين."
    assert particle_run_on(text, "سمير لا") == ["سمير لا"]
    text = "وزار عادل دير مار الياس في الجبل."
    assert particle_run_on(text, "عادل دير") == ["عادل دير"]
    # after a leading particle an inner one still runs on
    text = "وكانت وزيرة الدفاع الألمانية أورزولا فون دير لاين قد تعهدت بالمساعدة."
    assert particle_run_on(text, "أورزولا فون دير") == ["أورزولا فون دير لاين"]


def test_credited_and_quoted_persons_key_a_surname_written_apart_whole() -> None:
    # keyed as the tagger's persons are (titles.person_key): «per:گاوراسراد», not «per:راد»
    text = "فیلم‌های تبر ساخته «گوستا گاوراس راد» در جشنواره نمایش داده شد."
    assert [e.key for e in credited_persons(text, gazetteer_words(text), [])] == [
        "per:گاوراسراد"]
    text = "گفت «میشل هانکه وند» به تهران آمد."
    assert [e.key for e in quoted_foreign_persons(text, gazetteer_words(text), [])] == [
        "per:هانكهوند"]
