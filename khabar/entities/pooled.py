"""The entity stage's statistical tagger: the CRF, pooled with the neural model where
one ships.

Both models are CRFs over BIO labels, so their scores can be added: the CRF's label and
transition scores times ``entities.crf_weight``, plus the neural model's, then one
Viterbi. On the dev splits the pooled tagger beats either model alone (see
``resources/ner/SOURCE.md``): the CRF's sparse word and gazetteer features and the
network's vectors and characters make different mistakes.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from khabar.entities import crf as crf_module
from khabar.entities.conll import spans
from khabar.entities.crf import CrfTagger
from khabar.entities.neural_tagger import NeuralTagger, Potentials, neural_model_path
from khabar.errors import ResourceError

if TYPE_CHECKING:
    from khabar.entities.fast_crf import FastCrfTagger
    from khabar.entities.name_flags import Gazetteer


class PooledTagger:
    """Tags with the summed scores of a numpy CRF and a neural model (or the mean of
    several neural models' scores: an ensemble)."""

    def __init__(self, crf: FastCrfTagger, neural: NeuralTagger | Sequence[NeuralTagger],
                 crf_weight: float, crf_fill: bool = True) -> None:
        import numpy as np

        models = [neural] if isinstance(neural, NeuralTagger) else list(neural)
        self.labels = models[0].labels
        if any(m.labels != self.labels for m in models):
            raise ResourceError("the neural models have different labels; train them on "
                                "the same prepared data")
        missing = set(crf.labels) - set(self.labels)
        if missing:
            raise ResourceError(f"the CRF has labels the neural model lacks: {sorted(missing)}; "
                                "train both on the same data")
        self._crf, self._models, self._weight = crf, models, crf_weight
        self._crf_fill = crf_fill
        self._columns = np.array([self.labels.index(label) for label in crf.labels])
        """Where each CRF label's scores go among the neural model's labels."""
        self._ahead: dict[tuple[str, ...], list[str]] = {}
        """The tags of the sentences the last call was given ``ahead``."""

    def tag_many(self, sentences: Sequence[Sequence[str]],
                 ahead: Sequence[Sequence[str]] = ()) -> list[list[str]]:
        """BIO tags of each sentence. ``ahead``: sentences a later call will ask for (a
        headline after its body): tagged in this call's batch and kept, so that the later
        call costs a lookup, not the fixed costs of a batch (numpy and onnxruntime calls,
        two Viterbis). The scores are those of two calls, bit for bit: the CRF's are sums
        per token, onnxruntime's LSTM steps each sentence alike in any batch, and the
        network's BLAS products run on the two parts apart (``split``); so are the tags
        (tests/test_tagger_ahead.py)."""
        kept = [s for s in sentences if s]
        if not kept:
            return [[] for _ in sentences]
        if not ahead and self._ahead:
            told = [list(self._ahead.get(tuple(s), ())) for s in kept]
            if all(told):
                return _placed(sentences, told)
        extra = [s for s in ahead if s]
        tagged = self._tag(kept + extra, len(kept) if extra else None)
        self._ahead = {tuple(s): tags for s, tags in zip(extra, tagged[len(kept):],
                                                           strict=True)}
        return _placed(sentences, tagged)

    def _tag(self, kept: Sequence[Sequence[str]], split: int | None = None) -> list[list[str]]:
        """The tags of non-empty sentences, in one batch; the network's scores of the
        sentences before ``split`` and from it are those of two batches."""
        import numpy as np

        emissions, transitions, gazetteer = self._crf.potentials(kept)
        pooled = self._neural_potentials(kept, gazetteer, split)
        crf_alone = (self._crf.decode(emissions, pooled.lengths) if self._crf_fill
                     else [[] for _ in kept])
        columns = self._columns
        pooled.emissions[:, columns] += self._weight * emissions
        pooled.transitions[np.ix_(columns, columns)] += self._weight * transitions
        return [with_spans_of([self.labels[i] for i in path], alone)
                for path, alone in zip(pooled.best_paths(), crf_alone, strict=True)]

    def _neural_potentials(self, sentences: Sequence[Sequence[str]],
                           gazetteer: list[Gazetteer], split: int | None = None) -> Potentials:
        """The neural model's scores, or the mean of the models' scores."""
        first, *others = [m.potentials(sentences, gazetteer, self._crf.described, split)
                          for m in self._models]
        for other in others:
            first.emissions += other.emissions
            first.transitions += other.transitions
            first.start = first.start + other.start
            first.end = first.end + other.end
        if others:
            share = 1.0 / len(self._models)
            first.emissions *= share
            first.transitions *= share
            first.start, first.end = first.start * share, first.end * share
        return first

    def tag(self, tokens: Sequence[str]) -> list[str]:
        return self.tag_many([tokens])[0]


def _placed(sentences: Sequence[Sequence[str]], tagged: list[list[str]]) -> list[list[str]]:
    """``tagged`` (the tags of the non-empty sentences) at their sentences' places."""
    found = iter(tagged)
    return [next(found) if s else [] for s in sentences]


def with_spans_of(tags: list[str], other: Sequence[str]) -> list[str]:
    """``tags`` plus each entity of ``other`` that overlaps none of theirs.

    On the dev splits pooling gains its F1 from better spans and types, but on news unlike
    the training text (names the network's vectors have not met) it drops names the CRF's
    gazetteer and word features find: quote speakers and event actors went missing. A name
    only the CRF finds is kept; where both find one, the pooled reading wins."""
    taken = [tag != "O" for tag in tags]
    filled = list(tags)
    for first, end, kind in sorted(spans(other)):
        if not any(taken[first:end]):
            filled[first:end] = [f"B-{kind}"] + [f"I-{kind}"] * (end - first - 1)
    return filled


def tag_many(tagger: PooledTagger | CrfTagger, sentences: Sequence[Sequence[str]],
             ahead: Sequence[Sequence[str]] = ()) -> list[list[str]]:
    """``tagger.tag_many``, with the sentences tagged ``ahead`` where it keeps them."""
    if isinstance(tagger, PooledTagger):
        return tagger.tag_many(sentences, ahead)
    return tagger.tag_many(sentences)


def pooled_tagger(crf_path: str | Path, neural_path: str | Path, lang: str,
                  crf_weight: float, crf_fill: bool = True) -> PooledTagger | CrfTagger:
    """A pooled tagger of these files; the CRF alone when it can't be read in numpy."""
    crf = CrfTagger(crf_path, lang)
    if crf.fast is None:
        return crf
    return PooledTagger(crf.fast, NeuralTagger(neural_path), crf_weight, crf_fill)


@lru_cache(maxsize=8)
def stage_tagger(lang: str, neural: bool, crf_weight: float,
                 crf_fill: bool = True) -> PooledTagger | CrfTagger:
    """The shipped tagger of a language: pooled when ``neural`` and a neural model ships."""
    crf = crf_module.tagger_for(lang)  # at call time: bench/ner_stage_profile.py swaps it
    if not neural or crf.fast is None or not neural_model_path(lang).is_file():
        return crf
    from khabar.entities.neural_tagger import neural_tagger_for

    return PooledTagger(crf.fast, neural_tagger_for(lang), crf_weight, crf_fill)
