"""Session 26 (2026-12-07), mend6: one piece of code where two places held the same logic.

- the event stage's "a trigger hit starts inside direct speech" is
  ``antecedents.starts_within``, which now takes anything with a start (an entity, a hit);
- ``bench/zwnj_standard.py`` aligns marks by letters, scores ZWNJs and loads hazm with
  ``bench/text_zwnj.py``'s code (``marks_at``, ``zwnj_scores``, ``hazm_normalizer``);
- ``kb.link.strip_titles`` and ``kb.former.strip_markers`` strip leading phrases with
  ``kb.leading_words.strip_leading``;
- ``events.complements`` reads its Persian person words (reflexives, auxiliaries, endings)
  from ``resources/events/verb_person_words_fa.tsv``, not literals;
- ``bench/stories_scale.py`` reads its base articles with ``bench/run.py``'s
  ``corpus_items`` and ``CORPORA``;
- the KB linkers (``kb.link``, ``kb.former``, ``entities.ner``, ``coref``,
  ``persian_branches``, ``persian_outlet_links``) link a mention with
  ``kb.entries.with_entry``;
- ``khabar ingest``, ``fetch`` and ``reprocess`` print their closing counts and errors with
  ``cli._echo_summary``, and declare --engine and --scheduler once (``cli.engine_options``);
- ``events.persian_asked_doers`` reads «خواستار», «خواهان» from
  ``resources/events/demanding_words_fa.txt``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from bench_modules import bench_module, write_jsonl

from khabar.events import antecedents, stage
from khabar.events.trigger_rows import TriggerHit

NONE, SPACE, JOINER = 0, 1, 2


def _hit(start: int) -> TriggerHit:
    return TriggerHit(start, start + 4, 0, 0, None, "past", False)  # type: ignore[arg-type]


def test_the_event_stage_reads_direct_speech_with_the_one_helper() -> None:
    assert stage.starts_within is antecedents.starts_within


def test_a_trigger_hit_starts_within_a_span_as_an_entity_does() -> None:
    speech = [(10, 20), (40, 50)]
    assert antecedents.starts_within(_hit(10), speech)  # the span's first character
    assert antecedents.starts_within(_hit(49), speech)
    assert not antecedents.starts_within(_hit(20), speech)  # the span's end is outside
    assert not antecedents.starts_within(_hit(30), speech)
    assert not antecedents.starts_within(_hit(10), [])


def test_zwnj_standard_uses_text_zwnj_code() -> None:
    standard = bench_module("zwnj_standard")
    for shared in (standard.marks_at, standard.zwnj_scores, standard.hazm_normalizer):
        assert shared.__module__ == "text_zwnj"
    assert (standard.NONE, standard.SPACE, standard.JOINER) == (NONE, SPACE, JOINER)


def test_marks_at_keeps_each_scripts_alignment() -> None:
    text_zwnj = bench_module("text_zwnj")
    gold = "abcd"
    # one letter differs: its gap is unknown; the next gap, after a changed letter, is
    # compared only when both sides need not be matched (text_zwnj's reading)
    loose = text_zwnj.marks_at(gold, "axcd", [NONE, JOINER, SPACE, JOINER])
    strict = text_zwnj.marks_at(gold, "axcd", [NONE, JOINER, SPACE, JOINER],
                                matched_sides_only=True)
    assert loose == [NONE, None, SPACE, JOINER]
    assert strict == [NONE, None, None, JOINER]
    assert text_zwnj.marks_at(gold, gold, [NONE, SPACE, JOINER, NONE]) == [
        NONE, SPACE, JOINER, NONE]


def test_zwnj_scores() -> None:
    scores = bench_module("text_zwnj").zwnj_scores(3, 1, 2)
    assert scores == {"precision": 0.75, "recall": 0.6, "f1": 0.6667, "tp": 3, "fp": 1, "fn": 2}
    assert bench_module("text_zwnj").zwnj_scores(0, 0, 0)["f1"] == 0.0


def test_titles_and_former_markers_are_stripped_by_one_helper() -> None:
    from khabar.entities.titles import titles
    from khabar.kb.former import markers, strip_markers
    from khabar.kb.leading_words import strip_leading
    from khabar.kb.link import strip_titles

    assert strip_leading("سيد عاصم منير", titles()) == strip_titles("سيد عاصم منير") == "عاصم منير"
    assert strip_leading("شهید سلیمانی", markers()[0]) == strip_markers("شهید سلیمانی") == "سلیمانی"
    assert strip_leading("سيد", titles()) == "سيد"  # the last word always stays
    assert strip_leading("", titles()) == ""


def test_the_person_words_of_reported_speech_are_data() -> None:
    from khabar.entities.gazetteer import phrase_key
    from khabar.events import complements
    from khabar.resources import load_tsv

    roles = {row[1] for row in load_tsv(complements.PERSON_WORDS_FA)}
    assert roles == {"reflexive", "perfect", "future", "first_ending", "first_word",
                     "plural_ending"}
    for verb, person in [("کردیم", "1"), ("ام", "1"), ("کرده‌ایم", "1"), ("کنند", "pl"),
                         ("ماندند", "pl"), ("کند", "sg"), ("ماند", "sg"), ("رفت", "sg")]:
        assert complements.person_fa(phrase_key(verb)) == person, verb


def test_stories_scale_reads_the_corpora_with_run(tmp_path: Path) -> None:
    run, stories_scale = bench_module("run"), bench_module("stories_scale")
    assert not hasattr(stories_scale, "CORPORA")  # one list of corpora: run.CORPORA
    fars, saudi = run.CORPORA[0], run.CORPORA[2]
    write_jsonl(tmp_path / fars, [{"id": f"f{n}", "text": "متن"} for n in range(4)])
    write_jsonl(tmp_path / saudi, [{"id": f"s{n}", "text": "نص"} for n in range(4)])
    found = stories_scale.base_texts(tmp_path, 6)  # 2 from each corpus there is
    assert [r["id"] for r in found] == ["f0", "f1", "s0", "s1"]


def test_every_linker_links_an_entity_to_its_entry_with_one_helper() -> None:
    from khabar.doc import Entity
    from khabar.entities import coref
    from khabar.kb.entries import KbEntry, with_entry

    entry = KbEntry("Q1", "PER", "IRN", {"en": ("Hassan Rouhani",), "fa": ("حسن روحانی",)})
    bare = Entity(0, 5, type="PER", text="روحانی")
    assert with_entry(bare, entry) == Entity(0, 5, type="PER", text="روحانی", kb_id="Q1",
                                             name_en="Hassan Rouhani", country="IRN")
    placed = Entity(0, 5, type="PER", text="روحانی", country="IRQ", key="per:x")
    linked = with_entry(placed, entry)
    assert (linked.kb_id, linked.country, linked.key) == ("Q1", "IRQ", "per:x")
    assert not hasattr(coref, "_link")  # coref's own copy is gone


def test_batch_commands_close_with_one_summary(capsys: pytest.CaptureFixture[str]) -> None:
    from khabar.batch import IngestSummary
    from khabar.cli import echo_summary
    from khabar.reprocess import ReprocessSummary

    ingest = IngestSummary(counts=Counter({"skipped": 1, "added": 3}),
                           errors=[("a.txt", "not UTF-8")])
    echo_summary("ingested", ingest)
    echo_summary("fetched", IngestSummary(), "nothing new")
    echo_summary("reprocessed", ReprocessSummary())
    assert capsys.readouterr().err == ("ingested: 3 added, 1 skipped\n"
                                       "  error: a.txt: not UTF-8\n"
                                       "fetched: nothing new\n"
                                       "reprocessed: nothing\n")


def test_the_words_of_a_persian_request_are_data() -> None:
    from khabar.entities.gazetteer import phrase_key
    from khabar.events import persian_asked_doers

    assert not hasattr(persian_asked_doers, "DEMANDING")
    assert persian_asked_doers.demanding_words() == {phrase_key("خواستار"), phrase_key("خواهان")}


def test_the_analysing_commands_share_their_engine_options() -> None:
    from khabar.cli import main
    from khabar.reprocess import reprocess_command

    ingest = main.get_command(None, "ingest")  # type: ignore[arg-type]
    assert ingest is not None

    def engine_params(command: Any) -> list[tuple[str | None, str | None]]:
        return [(p.name, getattr(p, "help", None)) for p in command.params
                if p.name in ("engine", "scheduler")]

    assert engine_params(ingest) == engine_params(reprocess_command)
    assert [name for name, _ in engine_params(ingest)] == ["engine", "scheduler"]
    from khabar import cli, reprocess
    assert reprocess.engine_options is cli.engine_options
