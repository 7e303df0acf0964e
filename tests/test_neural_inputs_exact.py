"""The neural tagger's speed-only shortcuts give what the plain code gives: its
remembered flag columns are ``own_columns``', and its word vectors kept float16 give the
float32 inputs the converted table gave."""

from __future__ import annotations

import numpy as np

from khabar.entities.neural_inputs import FLAGS, own_columns, own_columns_of
from khabar.entities.neural_tagger import NeuralTagger, neural_model_path


def test_remembered_flag_columns_are_own_columns() -> None:
    for own in (("shape=arabic",), ("shape=LATIN", "zwnj", "clitic", "g=role", "g=stop"),
                ("shape=digit", "g=stop"), ("shape=punct",)):
        assert own_columns_of(own) == own_columns(own)
        assert own_columns_of(own) == own_columns(own)  # remembered the second time
        assert own_columns_of(list(own)) == own_columns(own)
    assert own_columns_of(("w=x", "shape=arabic")) == (FLAGS.index("shape=arabic"),)


def test_float16_word_vectors_give_the_inputs_of_the_float32_table() -> None:
    tagger = NeuralTagger(neural_model_path("fa"))
    assert tagger._embedding.dtype == np.float16  # as shipped: the test reads that path
    tokens = ["سفر", "رئیس", "جمهور", "به", "تهران", "و", "xyzunknown", "۱۲"]
    index = tagger._inputs(tokens, None)
    inputs = tagger._rows[index]
    converted = NeuralTagger(neural_model_path("fa"))
    converted._embedding = converted._embedding.astype(np.float32)
    again = converted._inputs(tokens, None)
    assert inputs.dtype == np.float32 and inputs.shape == (len(tokens), 183)
    assert inputs.tobytes() == converted._rows[again].tobytes()
