"""The CRF NER: CoNLL reading, span scoring, training end to end, tag and eval commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from khabar.cli import main
from khabar.entities.conll import (
    dev_split,
    map_tag,
    parse_conll,
    read_conll,
    score,
    spans,
)
from khabar.entities.crf import CrfTagger, model_path, tagger_for
from khabar.entities.features import sentence_features, shape, stem

FIXTURE = Path(__file__).parent / "fixtures" / "ner_fa_tiny.conll"


@pytest.mark.parametrize(
    ("tag", "expected", "reason"),
    [
        ("B-pers", "B-PER", "ARMAN spells persons pers"),
        ("I-PERS", "I-PER", "ANERcorp spells them PERS"),
        ("B-org", "B-ORG", "lower-case org"),
        ("I-LOC", "I-LOC", "already khabar's"),
        ("B-fac", "O", "unscored types are ignored"),
        ("B-MISC", "O", "MISC is not scored"),
        ("O", "O", "outside"),
    ],
)
def test_gold_tags_map_to_scored_types(tag: str, expected: str, reason: str) -> None:
    assert map_tag(tag) == expected, reason


def test_other_types_are_kept_for_training() -> None:
    assert map_tag("B-event", keep_other=True) == "B-EVENT"


def test_conll_accepts_tabs_spaces_and_missing_tags() -> None:
    lines = ["علی\tB-pers", "رفت O", "", "", "تهران", ""]
    sentences = list(parse_conll(lines))
    assert [s.tokens for s in sentences] == [["علی", "رفت"], ["تهران"]]
    assert [s.tags for s in sentences] == [["B-PER", "O"], ["O"]]


@pytest.mark.parametrize(
    ("tags", "expected", "reason"),
    [
        (["B-PER", "I-PER", "O"], {(0, 2, "PER")}, "one two-word span"),
        (["B-PER", "B-PER"], {(0, 1, "PER"), (1, 2, "PER")}, "B starts a new span"),
        (["I-LOC", "I-LOC"], {(0, 2, "LOC")}, "a stray I opens a span"),
        (["B-ORG", "I-LOC"], {(0, 1, "ORG"), (1, 2, "LOC")}, "a type change splits"),
        (["O", "O"], set(), "nothing"),
    ],
)
def test_spans(tags: list[str], expected: set, reason: str) -> None:
    assert spans(tags) == expected, reason


def test_scores_are_exact_span_and_type() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O"]]
    predicted = [["B-PER", "O", "O", "B-LOC"], ["B-ORG", "B-PER"]]
    table = score(gold, predicted).table()
    # PER: 0 of 2 predicted right, 1 gold; LOC 1/1; ORG 1/1. Micro: 2 right of 4 predicted, 3 gold.
    assert table["PER"]["f1"] == 0.0
    assert table["LOC"]["f1"] == table["ORG"]["f1"] == 100.0
    assert table["micro"]["precision"] == 50.0
    assert table["micro"]["recall"] == pytest.approx(66.67)


@given(st.lists(st.sampled_from(["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]), max_size=30))
def test_a_sequence_scores_perfectly_against_itself(tags: list[str]) -> None:
    table = score([tags], [tags]).table()
    if any(t != "O" for t in tags):
        assert table["micro"]["f1"] == 100.0


@given(st.integers(min_value=2, max_value=12), st.integers(min_value=0, max_value=60))
def test_dev_split_is_a_deterministic_partition(every: int, n: int) -> None:
    sentences = list(parse_conll(line for i in range(n) for line in (f"w{i} O", "")))
    train, dev = dev_split(sentences, every)
    assert len(train) + len(dev) == n and len(dev) == n // every
    assert dev_split(sentences, every) == (train, dev)


@pytest.mark.parametrize(
    ("token", "expected"),
    [("تهران", "arabic"), ("Tehran", "LATIN"), ("۱۴۰۳", "digit"), ("«", "punct")],
)
def test_shape(token: str, expected: str) -> None:
    assert shape(token) == expected


def test_stem_strips_proclitic_and_article() -> None:
    assert stem("والقوات") == "قوات"
    assert stem("بال") == "بال", "too short to strip"


def test_features_mark_gazetteer_names_and_neighbours() -> None:
    feats = sentence_features(["سرلشکر", "باقری", "به", "اسلام‌آباد", "رفت"], "fa")
    assert "g=B-title" in feats[0] and "-1:g=B-title" in feats[1]
    assert "g=B-place" in feats[3]
    assert "-2:edge" in feats[0] and "2:edge" in feats[4]


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_shipped_models_load_offline_and_tag(lang: str) -> None:
    assert model_path(lang).stat().st_size < 25_000_000
    tags = tagger_for(lang).tag(["سرلشکر", "محمد", "باقری", "به", "تهران", "رفت", "."])
    assert len(tags) == 7
    assert all(t == "O" or t[:2] in ("B-", "I-") for t in tags)


def test_training_command_runs_end_to_end(tmp_path: Path) -> None:
    model = tmp_path / "tiny.crfsuite"
    runner = CliRunner()
    result = runner.invoke(main, ["train", "ner", "--lang", "fa", "--data", str(FIXTURE),
                                  "--output", str(model), "--dev-every", "4",
                                  "--iterations", "60"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["dev_sentences"] == 3 and report["train_sentences"] == 9
    assert CrfTagger(model, "fa").tag(["علی", "رضایی"]) is not None

    result = runner.invoke(main, ["tag", "--lang", "fa", "--conll", str(FIXTURE),
                                  "--model", str(model)])
    assert result.exit_code == 0, result.output
    gold = read_conll(FIXTURE)
    lines = result.output.split("\n")
    source = FIXTURE.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(source) + 1, "line for line, and the last newline"
    pairs = zip(lines[:-1], source, strict=True)
    assert all((not line) == (not given.strip()) for line, given in pairs)
    tokens = [line.split("\t")[0] for line in lines if line]
    assert tokens == [t for s in gold for t in s.tokens]

    result = runner.invoke(main, ["eval", "ner", "--lang", "fa", "--conll", str(FIXTURE),
                                  "--model", str(model), "--json"])
    assert result.exit_code == 0, result.output
    table = json.loads(result.output)
    assert set(table) == {"PER", "ORG", "LOC", "micro"}
    assert table["micro"]["f1"] > 50, "a model scored on most of its own training data"


def test_tag_keeps_the_file_line_for_line(tmp_path: Path) -> None:
    """A reader walking its own test file beside ``khabar tag``'s output must find each token
    on the same line: runs of blank lines, a file with no last break, a BOM, CRLF endings,
    tab or space separators and extra columns all keep the layout."""
    conll = tmp_path / "odd.txt"
    conll.write_bytes("\ufeffعلی B-pers\r\nرضایی\tI-pers  \r\n\r\n\r\n"
                      "به X O\r\nتهران\tB-loc\r\n\r\nرفت O".encode())
    result = CliRunner().invoke(main, ["tag", "--lang", "fa", "--conll", str(conll),
                                       "--crf-only"])
    assert result.exit_code == 0, result.output
    lines = result.output.split("\n")
    assert [line.split("\t")[0] for line in lines] == \
        ["علی", "رضایی", "", "", "به", "تهران", "", "رفت", ""]
    assert all(line.count("\t") == 1 for line in lines if line)


def test_pasted_markup_is_no_entity() -> None:
    """The model tagged pieces of an HTML payload as a place; code-like spans are dropped
    while the names around them stay."""
    import khabar

    text = ("سرلشکر محمد باقری در تهران گفت: "
            "<img src=x onerror=\"document.title='pwned-img'\"> و این متن باید متن بماند.")
    found = [e.text for e in khabar.process(text.encode("utf-8")).entities]
    assert not any(mark in name for name in found for mark in ("=", "src", "img", "document"))
    assert "تهران" in found


def test_retired_entities_v1_says_what_to_do() -> None:
    from khabar.errors import PipelineError
    from khabar.registry import get_stage

    with pytest.raises(PipelineError, match=r"ner\.v2.*entities\.neural.*khabar reprocess --all"):
        get_stage("khabar.entities.ner.v1")
    assert get_stage("khabar.entities.ner.v2").assigns == ("entities",)
