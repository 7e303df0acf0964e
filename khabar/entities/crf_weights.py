"""The weights of a trained CRFsuite model, read straight from its file.

A CRFsuite model file (``crf1d``; layout as in crfsuite's ``crf1dm.c`` and ``cqdb.c``)
holds a header, a feature table (state features: attribute x label -> weight, and
label -> label transitions), and two CQDB string tables (labels, attributes). Reading it
ourselves lets ``khabar.entities.fast_crf`` tag with numpy, and lets tagging skip the
features a model has no weight for. python-crfsuite stays the trainer.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

_MODEL_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CQDB_HEADER = struct.Struct("<4sIIIII")
_RECORD = struct.Struct("<II")
_FEATURE_CHUNK = struct.Struct("<4sII")
_FEATURE_SIZE = 20
"""uint32 type, uint32 source, uint32 destination, float64 weight (crf1dm.c)."""
STATE, TRANSITION = 0, 1


@dataclass(frozen=True)
class _Header:
    num_features: int
    num_labels: int
    num_attrs: int
    off_features: int
    off_labels: int
    off_attrs: int


def _header(data: bytes) -> _Header | None:
    if len(data) < _MODEL_HEADER.size or data[:4] != b"lCRF":
        return None
    fields = _MODEL_HEADER.unpack_from(data)
    return _Header(*fields[4:10])


def _strings(data: bytes, base: int) -> list[str | None] | None:
    """A CQDB table's strings in id order (None for an id with no string); None when
    the chunk is not where the header says."""
    if base + _CQDB_HEADER.size > len(data):
        return None
    chunk, _, _, _, count, backward = _CQDB_HEADER.unpack_from(data, base)
    if chunk != b"CQDB" or base + backward + 4 * count > len(data):
        return None
    names: list[str | None] = []
    for offset in struct.unpack_from(f"<{count}I", data, base + backward):
        if not offset:
            names.append(None)
            continue
        _, size = _RECORD.unpack_from(data, base + offset)
        start = base + offset + _RECORD.size
        names.append(data[start:start + size - 1].decode("utf-8"))
    return names


def model_attributes(path: str | Path) -> frozenset[str] | None:
    """The attribute (feature) names a CRFsuite model has weights for; None when the
    file is not laid out as expected, and then every feature is passed."""
    data = Path(path).read_bytes()
    header = _header(data)
    names = _strings(data, header.off_attrs) if header else None
    return None if names is None else frozenset(n for n in names if n is not None)


@dataclass(frozen=True)
class CrfWeights:
    """A first-order linear-chain CRF: what CRFsuite's Viterbi uses, nothing else."""

    labels: tuple[str, ...]
    attributes: dict[str, int]
    """Attribute name -> row of ``state``."""
    state: np.ndarray
    """(attributes, labels) float64: the weight of each attribute for each label."""
    transitions: np.ndarray
    """(labels, labels) float64: from the row label to the column label."""


def read_weights(path: str | Path) -> CrfWeights | None:
    """The weights of the model file at ``path``; None when it is not a crf1d model
    laid out as expected."""
    import numpy as np

    data = Path(path).read_bytes()
    header = _header(data)
    if header is None:
        return None
    labels = _strings(data, header.off_labels)
    attrs = _strings(data, header.off_attrs)
    start = header.off_features
    if labels is None or attrs is None or start + _FEATURE_CHUNK.size > len(data):
        return None
    chunk, _, count = _FEATURE_CHUNK.unpack_from(data, start)
    begin = start + _FEATURE_CHUNK.size
    if chunk != b"FEAT" or begin + count * _FEATURE_SIZE > len(data) or None in labels:
        return None
    table = np.frombuffer(data, count=count, offset=begin, dtype=np.dtype(
        [("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")]))
    state = np.zeros((len(attrs), len(labels)))
    transitions = np.zeros((len(labels), len(labels)))
    is_state = table["type"] == STATE
    rows = table[is_state]
    np.add.at(state, (rows["src"], rows["dst"]), rows["weight"])
    moves = table[table["type"] == TRANSITION]
    np.add.at(transitions, (moves["src"], moves["dst"]), moves["weight"])
    return CrfWeights(
        labels=tuple(str(label) for label in labels),
        attributes={name: i for i, name in enumerate(attrs) if name is not None},
        state=state, transitions=transitions)
