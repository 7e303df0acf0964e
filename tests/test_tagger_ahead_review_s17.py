"""The headline tagged ahead in its body's batch (85057f2, engineer speed): the pooled tagger
must hand ``split`` (where the headline starts) to the network, or the network's products
run on one batch and their last bits may differ from two calls. tests/test_tagger_ahead.py
checks the network with ``split`` given by hand and the tags end to end, which the last
bits seldom change: with ``split`` dropped in ``PooledTagger._tag`` it still passed (a
mutation in a worktree of fad4948). Review, session 17 (2026-12-06), engineer review_a."""

from __future__ import annotations

from test_tagger_ahead import _sentences, _tagger

from khabar.entities.neural_tagger import NeuralTagger


def test_the_pooled_tagger_gives_the_network_the_split(monkeypatch) -> None:
    *body, title = _sentences("ar")
    tagger = _tagger("ar")
    splits: list[int | None] = []
    potentials = NeuralTagger.potentials

    def recorded(self, sentences, gazetteer=None, described=None, split=None):
        splits.append(split)
        return potentials(self, sentences, gazetteer, described, split)

    monkeypatch.setattr(NeuralTagger, "potentials", recorded)
    tagger.tag_many(body, ahead=[title])
    assert splits and set(splits) == {len(body)}
    splits.clear()
    tagger.tag_many(body)  # no headline ahead: one part
    assert splits and set(splits) == {None}
