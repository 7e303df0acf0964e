"""The numpy tagger gives python-crfsuite's tags: the weights read from the model file
are the ones crfsuite reports, Viterbi finds the best path, the per-type score rows add
up to the per-token features, and the flag matcher finds what the gazetteer finds."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.entities.conll import read_conll
from khabar.entities.crf import CrfTagger, model_path, train
from khabar.entities.crf_weights import read_weights
from khabar.entities.fast_crf import viterbi
from khabar.entities.gazetteer import PhraseIndex, Word, place_index, words
from khabar.entities.name_flags import NameFlags
from khabar.entities.ner import _code_like

FIXTURE = Path(__file__).parent / "fixtures" / "ner_fa_tiny.conll"
SENTENCES = [s.tokens for s in read_conll(FIXTURE)]
VOCABULARY = sorted({t for s in SENTENCES for t in s} | {
    "تهران", "اسلام", "آباد", "پاکستان", "والقوات", "سرلشکر", "ـ", "«", "»", "،", ".",
    "Islamabad", "img", "=", "1403", "x"})


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_weights_are_what_crfsuite_reports(lang: str) -> None:
    import pycrfsuite

    weights = read_weights(model_path(lang))
    assert weights is not None
    info = pycrfsuite.Tagger()
    info.open(str(model_path(lang)))
    dump = info.info()  # the dump rounds weights to 6 decimals
    label = {name: k for k, name in enumerate(weights.labels)}
    assert set(weights.labels) == set(info.labels())
    for (attribute, name), value in dump.state_features.items():
        assert weights.state[weights.attributes[attribute], label[name]] == \
            pytest.approx(value, abs=1e-6)
    for (source, target), value in dump.transitions.items():
        assert weights.transitions[label[source], label[target]] == \
            pytest.approx(value, abs=1e-6)
    assert np.count_nonzero(weights.state) == len(dump.state_features)


def test_a_file_that_is_no_model_has_no_weights(tmp_path: Path) -> None:
    path = tmp_path / "broken.crfsuite"
    path.write_bytes(b"lCRF" + b"\x00" * 60)
    assert read_weights(path) is None


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_shipped_models_tag_like_crfsuite(lang: str) -> None:
    fast, plain = CrfTagger(model_path(lang), lang), CrfTagger(model_path(lang), lang, False)
    assert fast.tag_many(SENTENCES) == plain.tag_many(SENTENCES)
    assert fast.tag_many(SENTENCES) == [fast.tag(s) for s in SENTENCES], "batching is neutral"


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(VOCABULARY), max_size=14), min_size=1, max_size=5))
def test_any_sentences_tag_like_crfsuite(sentences: list[list[str]]) -> None:
    """Edges, repeated words, empty sentences and uneven lengths in one batch."""
    fast, plain = _taggers("fa")
    assert fast.tag_many(sentences) == plain.tag_many(sentences)


def test_a_model_trained_here_tags_like_crfsuite(tmp_path: Path) -> None:
    """A language without clusters (no conjunction features), trained on the fixture."""
    model = train(list(read_conll(FIXTURE)), tmp_path / "tiny.crfsuite", "ar")
    fast, plain = CrfTagger(model, "ar"), CrfTagger(model, "ar", use_numpy=False)
    assert fast.tag_many(SENTENCES) == plain.tag_many(SENTENCES)


_TAGGERS: dict[str, tuple[CrfTagger, CrfTagger]] = {}


def _taggers(lang: str) -> tuple[CrfTagger, CrfTagger]:
    if lang not in _TAGGERS:
        path = model_path(lang)
        _TAGGERS[lang] = (CrfTagger(path, lang), CrfTagger(path, lang, use_numpy=False))
    return _TAGGERS[lang]


def _best_path(scores: np.ndarray, transitions: np.ndarray) -> tuple[int, ...]:
    """Every path scored; the first best in lexicographic order, as crfsuite breaks ties
    toward lower label ids."""
    steps, labels = scores.shape

    def total(path: tuple[int, ...]) -> float:
        return float(sum(scores[t, path[t]] for t in range(steps))
                     + sum(transitions[a, b] for a, b in itertools.pairwise(path)))

    return max(itertools.product(range(labels), repeat=steps), key=total)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(1, 4), min_size=1, max_size=3), st.integers(0, 10_000))
def test_viterbi_finds_the_best_path(lengths: list[int], seed: int) -> None:
    rng = np.random.default_rng(seed)
    labels = 3
    transitions = rng.normal(size=(labels, labels)).round(1)
    padded = rng.normal(size=(len(lengths), max(lengths), labels)).round(1)
    paths = viterbi(padded, np.array(lengths), transitions)
    for k, n in enumerate(lengths):
        best = _best_path(padded[k, :n], transitions)
        found = tuple(int(label) for label in paths[k, :n])
        assert sum(padded[k, t, found[t]] for t in range(n)) + sum(
            transitions[a, b] for a, b in itertools.pairwise(found)) == pytest.approx(
            sum(padded[k, t, best[t]] for t in range(n)) + sum(
                transitions[a, b] for a, b in itertools.pairwise(best)))


NAMES = ["اسلام آباد", "تهران", "نیروهای مسلح", "ستاد کل نیروهای مسلح", "کل", "سید",
         "القوات", "سائو پائولو"]
FLAG_WORDS = ["اسلام", "آباد", "تهران", "نیروهای", "مسلح", "ستاد", "کل", "سید", "و",
              "القوات", "والقوات", "سائو", "پائولو", "ـ", "به", "«", "."]


def _joined(tokens: list[str]) -> tuple[str, list[Word]]:
    text = " ".join(tokens)
    return text, words(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FLAG_WORDS), max_size=12))
def test_name_flags_find_what_the_index_finds(tokens: list[str]) -> None:
    index: PhraseIndex[str] = PhraseIndex()
    for name in NAMES:
        index.add(name, name)
    text, found = _joined(tokens)
    positions = [i for i, w in enumerate(found) if not index.cannot_start(w, True)]
    expected = [(m.first, m.last) for m in index.find_at(text, found, positions, True)]
    flags = NameFlags(index)
    assert flags.find(found, positions) == expected
    own = [i for i, w in enumerate(found) if flags.may_start(w)]
    assert set(own) <= set(positions), "its own pre-check is at least as strict"
    assert flags.find(found, own) == expected


@pytest.mark.parametrize("sentence", [
    "سفر به اسلام آباد و تهران",
    "ساوباولو ـ البرازيل",  # a lone tatweel folds to nothing inside a run
    "والقوات المسلحة في كوريا الشمالية ـ في ظل",
])
def test_name_flags_on_the_place_gazetteer(sentence: str) -> None:
    index = place_index()
    text, found = _joined(sentence.split())
    positions = [i for i, w in enumerate(found) if not index.cannot_start(w, True)]
    expected = [(m.first, m.last) for m in index.find_at(text, found, positions, True)]
    assert NameFlags(index).find(found, positions) == expected


@pytest.mark.parametrize(("span", "code", "reason"), [
    ("img src = x onerror", True, "markup: '=' and lowercase Latin"),
    ("document . title", True, "lowercase Latin words with a dot"),
    ("< script >", True, "angle brackets"),
    ("Islamabad", False, "a capitalised Latin name"),
    ("Al - Qaeda", False, "a hyphen inside a name"),
    ("محمد باقری", False, "Arabic script"),
    ("U . S .", False, "dots of an abbreviation"),
    ("iPhone", True, "no capital first: treated as code, not a name"),
])
def test_code_like_spans(span: str, code: bool, reason: str) -> None:
    tokens = [Word(0, len(t), t, t) for t in span.split()]
    assert _code_like(tokens) is code, reason

