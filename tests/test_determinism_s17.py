"""Issue 8 (reliability), session 17 (2026-12-06): a document's output must not depend on
the documents processed before it in the same process.

The nationality index remembers, per word text, whether a name can start at it. Arabic
``events.arguments.nationals`` reads accusative nisbas through words whose folded form
drops the final alif (text «نيجيريا», folded «نيجيري»): remembered under the text, that
answer made a later document read the country's name as a nationality, or not, depending
on which document had met the word first."""

from __future__ import annotations

from typing import Any

import khabar
from khabar.entities.gazetteer import demonyms
from khabar.entities.phrases import PhraseIndex
from khabar.entities.words import Word, words

FILLER = " ".join(["وتقع القرية في منطقة زراعية بعيدة عن المدن الكبرى."] * 25)
"""Neutral sentences: a text of 200 words or more is read by word number, not through the
per-text memo (``word_marks``), so only the event stage's short stretches write it."""
BEFORE = "وقتل عشرة أشخاص في هجوم في نيجيريا. " + FILLER
DOCUMENT = ("قتل 21 شخصا في هجوم نفذه مسلحون في قرية بولاية بورنو شمال شرق نيجيريا، "
            "بحسب ما ذكر الأهالي السبت.")


def _record(text: str) -> dict[str, Any]:
    return khabar.to_record(khabar.process(text, meta={"lang": "ar"}))


def test_output_does_not_depend_on_the_document_before() -> None:
    demonyms.cache_clear()  # a fresh index: as in a fresh process
    alone = _record(DOCUMENT)
    demonyms.cache_clear()
    _record(BEFORE)
    assert _record(DOCUMENT) == alone


def test_a_country_name_the_entity_stage_read_is_no_nationality() -> None:
    """«في نيجيريا» is the country, not an accusative «نيجيريًا» (Nigerian): no target is
    read from the country's name. (Since session 22 the attack's unnamed dead, «21 شخصا»,
    are its target as nationals of the place's country, NGA: that target's words are the
    victims', ``events.arabic_victims``.)"""
    demonyms.cache_clear()
    record = _record(DOCUMENT)
    targets = [e["target"] for e in record["events"]]
    assert targets and not any(t and "نيجيري" in (t.get("text") or "") for t in targets)


def test_find_rewritten_leaves_the_memo_alone() -> None:
    index: PhraseIndex[str] = PhraseIndex()
    index.add("سوري", "SYR")
    [word] = words("سوريا")
    rewritten = Word(word.start, word.end, word.text, word.folded[:-1])
    assert index.find_all("سوريا", [word]) == []
    assert [m.value for m in index.find_rewritten("سوريا", [rewritten])] == ["SYR"]
    assert index.find_all("سوريا", [word]) == []
