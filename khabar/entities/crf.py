"""The CRF tagger: training with python-crfsuite, loading, tagging.

Models are small files shipped in ``resources/ner/<lang>.crfsuite``; they are trained by
``khabar train ner`` (see ``khabar.entities.train_ner``) and never downloaded. Tagging
reads the model's weights and runs in numpy (``khabar.entities.fast_crf``), with the
same tags as python-crfsuite's own tagger, which stays as the fallback.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from khabar.entities.conll import Sentence
from khabar.entities.crf_weights import model_attributes
from khabar.entities.features import FeatureExtractor, sentence_features
from khabar.errors import ResourceError
from khabar.resources import RESOURCES

if TYPE_CHECKING:
    from khabar.entities.crf_weights import CrfWeights
    from khabar.entities.fast_crf import FastCrfTagger

MODEL_DIR = RESOURCES / "ner"


@dataclass(frozen=True)
class TrainingParams:
    c1: float = 0.05
    """L1 weight: prunes features, so the shipped model stays small."""
    c2: float = 0.01
    max_iterations: int = 150
    min_frequency: int = 1


def _pycrfsuite():
    try:
        import pycrfsuite
    except ImportError as error:
        raise ResourceError("python-crfsuite is missing; reinstall khabar") from error
    return pycrfsuite


def train(sentences: Sequence[Sentence], model_path: str | Path, lang: str,
          params: TrainingParams = TrainingParams(), verbose: bool = False) -> Path:
    """Train a CRF on tagged sentences of ``lang`` and write it to ``model_path``."""
    pycrfsuite = _pycrfsuite()
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for sentence in sentences:
        if sentence.tokens:
            trainer.append(sentence_features(sentence.tokens, lang), sentence.tags)
    trainer.set_params({
        "c1": params.c1,
        "c2": params.c2,
        "max_iterations": params.max_iterations,
        "feature.minfreq": params.min_frequency,
        "feature.possible_transitions": True,
    })
    path = Path(model_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))
    return path


def model_path(lang: str) -> Path:
    return MODEL_DIR / f"{lang}.crfsuite"


class CrfTagger:
    """A loaded CRF model: tokens in, BIO tags out.

    Tags with numpy from the model's own weights (``khabar.entities.fast_crf``) when the
    file can be read that way, else through python-crfsuite; the tags are the same.
    """

    def __init__(self, path: str | Path, lang: str, use_numpy: bool = True) -> None:
        self.lang = lang
        path = Path(path)
        if not path.is_file():
            raise ResourceError(
                f"NER model {path} is missing; reinstall khabar or train one with "
                "`khabar train ner --lang LANG --data FILE`"
            )
        self._fast = _numpy_tagger(path, lang) if use_numpy else None
        if self._fast is None:
            self._tagger = _pycrfsuite().Tagger()
            self._tagger.open(str(path))
            self._features = FeatureExtractor(lang, model_attributes(path))

    @property
    def fast(self) -> FastCrfTagger | None:
        """The numpy tagger (None when tagging goes through python-crfsuite)."""
        return self._fast

    def tag(self, tokens: Sequence[str]) -> list[str]:
        return self.tag_many([tokens])[0]

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tags of each sentence; one call per document lets Viterbi batch them."""
        if self._fast is not None:
            return self._fast.tag_many(sentences)
        return [list(self._tagger.tag(self._features(s))) if s else [] for s in sentences]


def _weights(path: Path) -> CrfWeights | None:
    try:
        from khabar.entities.crf_weights import read_weights

        return read_weights(path)
    except ImportError:  # numpy is a dependency; a broken install still tags, slower
        return None


def _fast_tagger(weights: CrfWeights, lang: str) -> FastCrfTagger:
    from khabar.entities.fast_crf import FastCrfTagger

    return FastCrfTagger(weights, lang)


def _numpy_tagger(path: Path, lang: str) -> FastCrfTagger | None:
    """The numpy tagger of the model at ``path`` (None where its weights cannot be read
    so). A shipped model's is kept between processes (``khabar.resources.kept``: the
    Persian model's weights and per-word tables take 0.18 CPU s to build, 0.04 to read
    back); the fingerprint covers the model file and every file the tables come from."""

    def build() -> FastCrfTagger | None:
        weights = _weights(path)
        return None if weights is None else _fast_tagger(weights, lang)

    from khabar.resources.kept import PACKAGE, kept

    shipped = path.resolve()
    if shipped != model_path(lang).resolve() or not shipped.is_relative_to(PACKAGE):
        return build()  # another model: the fingerprint would not cover its file
    return kept(f"crf_{lang}", build)


@lru_cache(maxsize=4)
def tagger_for(lang: str) -> CrfTagger:
    """The shipped model of a language (``fa``, ``ar``), loaded once per process."""
    return CrfTagger(model_path(lang), lang)
