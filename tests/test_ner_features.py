"""The fast paths of NER tagging give exactly what the plain paths give: the gazetteer's
`cannot_start` pre-check, `find_at` over known start positions, the per-word feature
cache, and the model-attribute filter that drops features a model has no weights for."""

from __future__ import annotations

from pathlib import Path

import pytest
from doc_builders import match_at_every_word
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.entities.crf import CrfTagger, model_attributes, model_path
from khabar.entities.features import FeatureExtractor, sentence_features
from khabar.entities.gazetteer import PhraseIndex, words
from khabar.normalize.fold import fold

FIXTURE = Path(__file__).parent / "fixtures" / "ner_fa_tiny.conll"

NAMES = ["اسلام آباد", "تهران", "نیروهای مسلح", "ستاد کل نیروهای مسلح", "سید", "القوات"]
VOCABULARY = ["اسلام", "آباد", "تهران", "نیروهای", "مسلح", "ستاد", "کل", "سید", "و",
              "القوات", "والقوات", "به", "«", "."]


def _index() -> PhraseIndex[str]:
    index: PhraseIndex[str] = PhraseIndex()
    for name in NAMES:
        index.add(name, name)
    return index


def _slow_find_all(text: str, tokens, strip: bool):  # type: ignore[no-untyped-def]
    """find_all as it was before the pre-check: the full match at every position."""
    index = _index()
    index.cannot_start = lambda word, strip_clitics=False: False  # type: ignore[method-assign]
    return match_at_every_word(index, text, tokens, strip)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(VOCABULARY), max_size=12), st.booleans())
def test_precheck_and_find_at_agree_with_matching_everywhere(words_: list[str],
                                                             strip: bool) -> None:
    index = _index()
    text = " ".join(words_)
    tokens = words(text)
    expected = _slow_find_all(text, tokens, strip)
    assert index.find_all(text, tokens, strip) == expected
    positions = [i for i, w in enumerate(tokens) if not index.cannot_start(w, strip)]
    assert index.find_at(text, tokens, positions, strip) == expected


def test_precheck_is_forgotten_when_a_name_is_added() -> None:
    index = _index()
    word = words("قم")[0]
    assert index.cannot_start(word)
    index.add("قم", "Qom")
    assert not index.cannot_start(word), "a cached answer must not outlive an add()"


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_model_attributes_are_what_the_model_weighs(lang: str) -> None:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path(lang)))
    weighted = {attribute for attribute, _ in tagger.info().state_features}
    assert model_attributes(model_path(lang)) == weighted


def test_model_attributes_of_a_file_that_is_no_model(tmp_path: Path) -> None:
    path = tmp_path / "not-a-model.crfsuite"
    path.write_bytes(b"lCRF" + b"\x00" * 10)
    assert model_attributes(path) is None


def test_filtered_features_tag_like_all_features() -> None:
    import pycrfsuite

    from khabar.entities.conll import read_conll

    plain = pycrfsuite.Tagger()
    plain.open(str(model_path("fa")))
    fast = CrfTagger(model_path("fa"), "fa")
    for sentence in read_conll(FIXTURE):
        tokens = sentence.tokens
        assert fast.tag(tokens) == list(plain.tag(sentence_features(tokens, "fa")))
        assert fast.tag(tokens) == fast.tag(tokens), "the cache changes nothing"


def test_features_are_unique_and_cached_per_word() -> None:
    extract = FeatureExtractor("fa")
    tokens = ["سرلشکر", "باقری", "به", "اسلام‌آباد", "رفت", "و", "باقری", "ماند"]
    feats = extract(tokens)
    assert all(len(f) == len(set(f)) for f in feats), "a repeated name would double its weight"
    in_context = ("-", "1:", "2:", "3:", "bi", "cc", "wc")
    assert {f for f in feats[1] if not f.startswith(in_context)} == \
        {f for f in feats[6] if not f.startswith(in_context)}
    name, title = f"w={fold('باقری')}", f"-1:w={fold('سرلشکر')}"
    filtered = FeatureExtractor("fa", frozenset({name, title}))(tokens)
    assert set(filtered[1]) <= set(feats[1]) and {name, title} <= set(filtered[1])
    assert not any(f.startswith(("w=", "-1:w=", "stem=", "s3=")) and f not in (name, title)
                   for f in filtered[1]), "word features the model lacks are dropped"
    assert name in filtered[6] and title not in filtered[6], "only one باقری follows the title"


def test_clitic_variants_and_stems_are_those_of_trying_every_proclitic_in_turn() -> None:
    """The per-length prefix lookups find what testing each proclitic of clitics.tsv in
    its order finds (every prefix, with long and too short rests)."""
    from khabar.entities.features import MIN_STEM, stem
    from khabar.entities.phrases import _original_length, _variants_of, clitics

    samples = [prefix + rest for prefix, _ in clitics()
               for rest in ("القوات", "قوات", "قوم", "اب", "ا", "")]
    for word in samples:
        folded = fold(word)
        expected = [(0, folded)]
        for prefix, replacement in clitics():
            if folded.startswith(prefix) and len(folded) >= len(prefix) + MIN_STEM:
                skip = _original_length(word, prefix)
                if skip is not None:
                    expected.append((skip, replacement + folded[len(prefix):]))
        assert _variants_of(word, folded) == tuple(expected), word
        base = folded
        for prefix, _ in clitics():
            if base.startswith(prefix) and len(base) - len(prefix) >= MIN_STEM:
                base = base[len(prefix):]
                break
        if base.startswith("ال") and len(base) - 2 >= MIN_STEM:
            base = base[2:]
        assert stem(folded) == base, word
