"""The CRF tagger (python-crfsuite): training from CoNLL sentences, loading, tagging.

Models are small files shipped in ``resources/ner/<lang>.crfsuite``; they are trained by
``khabar train ner`` (see ``khabar.entities.train_ner``) and never downloaded.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from khabar.entities.conll import Sentence
from khabar.entities.features import FeatureExtractor, sentence_features
from khabar.errors import ResourceError
from khabar.resources import RESOURCES

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
    """A loaded CRF model: tokens in, BIO tags out."""

    def __init__(self, path: str | Path, lang: str) -> None:
        self.lang = lang
        path = Path(path)
        if not path.is_file():
            raise ResourceError(
                f"NER model {path} is missing; reinstall khabar or train one with "
                "`khabar train ner --lang LANG --data FILE`"
            )
        self._tagger = _pycrfsuite().Tagger()
        self._tagger.open(str(path))
        self._features = FeatureExtractor(lang, model_attributes(path))

    def tag(self, tokens: Sequence[str]) -> list[str]:
        if not tokens:
            return []
        return list(self._tagger.tag(self._features(tokens)))


_MODEL_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CQDB_HEADER = struct.Struct("<4sIIIII")
_RECORD = struct.Struct("<II")


def model_attributes(path: str | Path) -> frozenset[str] | None:
    """The attribute (feature) names a CRFsuite model has weights for, read from its
    attribute dictionary (a CQDB chunk; layout as in crfsuite's crf1dm.c and cqdb.c);
    None when the file is not laid out that way, and then every feature is passed."""
    data = Path(path).read_bytes()
    if len(data) < _MODEL_HEADER.size or data[:4] != b"lCRF":
        return None
    base = _MODEL_HEADER.unpack_from(data)[9]
    if base + _CQDB_HEADER.size > len(data):
        return None
    chunk, _, _, _, count, backward = _CQDB_HEADER.unpack_from(data, base)
    if chunk != b"CQDB" or base + backward + 4 * count > len(data):
        return None
    names = []
    for offset in struct.unpack_from(f"<{count}I", data, base + backward):
        if offset:
            _, size = _RECORD.unpack_from(data, base + offset)
            start = base + offset + _RECORD.size
            names.append(data[start:start + size - 1].decode("utf-8"))
    return frozenset(names)


@lru_cache(maxsize=4)
def tagger_for(lang: str) -> CrfTagger:
    """The shipped model of a language (``fa``, ``ar``), loaded once per process."""
    return CrfTagger(model_path(lang), lang)
