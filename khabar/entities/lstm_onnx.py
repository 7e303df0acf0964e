"""The neural NER tagger's BiLSTM in onnxruntime, when it is installed (extra ``onnx``).

numpy steps the LSTM one time step at a time for all of a document's sentences, so a
document costs as many Python-level steps as its longest sentence has words, each a
handful of small numpy calls (``neural_tagger._BiLstm``). onnxruntime's LSTM operator
runs the whole recurrence in one call. It steps every sentence of a batch as far as the
batch's longest, so sentences go in batches of similar length (``batches``).

The model is one ONNX ``LSTM`` node, built here from the tagger's weights: its protobuf
is written by hand (a few fields of ``onnx.proto``), so neither the ``onnx`` package nor
a second model file is needed. Same outputs as numpy up to float rounding (about 1e-6).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

    from khabar.entities.neural_tagger import LstmDirection

PADDING_SLACK = 1.3
"""A batch takes the next shorter sentence while its padded steps (sentences x longest)
stay within this share of its words: padding is computed and thrown away, while each
batch costs one call (on 100 Fars News articles, 1.1 to 1.6 ran within 10%)."""
OPSET = 14
IR_VERSION = 8
_FLOAT, _INT32 = 1, 6  # onnx.proto TensorProto.DataType
_ATTR_INT, _ATTR_STRING = 2, 3  # onnx.proto AttributeProto.AttributeType


@lru_cache(maxsize=1)
def available() -> bool:
    try:
        import onnxruntime  # noqa: F401
    except (ImportError, OSError):  # not installed, or its shared library fails to load
        return False
    return True


# -- protobuf wire format (what onnx.helper would write) ------------------------------
def _varint(number: int) -> bytes:
    out = bytearray()
    while True:
        low, number = number & 0x7F, number >> 7
        out.append(low | 0x80 if number else low)
        if not number:
            return bytes(out)


def _int(field: int, number: int) -> bytes:
    return _varint(field << 3) + _varint(number)


def _bytes(field: int, data: bytes | str) -> bytes:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return _varint(field << 3 | 2) + _varint(len(raw)) + raw


def _tensor(name: str, array: np.ndarray) -> bytes:
    """TensorProto: dims (1), data_type (2), name (8), raw_data (9, little-endian)."""
    import numpy as np

    data = np.ascontiguousarray(array, dtype="<f4")
    return (b"".join(_int(1, d) for d in data.shape) + _int(2, _FLOAT) + _bytes(8, name)
            + _bytes(9, data.tobytes()))


def _value_info(name: str, kind: int, dims: Sequence[int | str]) -> bytes:
    """ValueInfoProto: name (1), type (2): TypeProto.tensor_type (1): elem_type (1),
    shape (2) of dims (1), each dim_value (1) or dim_param (2)."""
    shape = b"".join(_bytes(1, _bytes(2, d) if isinstance(d, str) else _int(1, d))
                     for d in dims)
    return _bytes(1, name) + _bytes(2, _bytes(1, _int(1, kind) + _bytes(2, shape)))


def _onnx_gates(matrix: np.ndarray) -> np.ndarray:
    """Rows in ONNX's gate order (input, output, forget, cell) from torch's (input,
    forget, cell, output)."""
    import numpy as np

    i, f, g, o = np.split(matrix, 4, axis=0)
    return np.concatenate([i, o, f, g], axis=0)


def lstm_model(forward: LstmDirection, backward: LstmDirection) -> bytes:
    """A serialized ONNX model: inputs X (steps, batch, features) and L (batch lengths),
    output Y (steps, 2, batch, hidden), both directions of one layer."""
    import numpy as np

    size = forward.w_hidden.shape[0]
    w = np.stack([_onnx_gates(cell.w_in.T) for cell in (forward, backward)])
    r = np.stack([_onnx_gates(cell.w_hidden.T) for cell in (forward, backward)])
    b = np.stack([np.concatenate([_onnx_gates(cell.bias), np.zeros(4 * size)])
                  for cell in (forward, backward)])
    attributes = (_bytes(1, "hidden_size") + _int(3, size) + _int(20, _ATTR_INT),
                  _bytes(1, "direction") + _bytes(4, "bidirectional") + _int(20, _ATTR_STRING))
    node = (b"".join(_bytes(1, name) for name in ("X", "W", "R", "B", "L")) + _bytes(2, "Y")
            + _bytes(4, "LSTM") + b"".join(_bytes(5, a) for a in attributes))
    graph = (_bytes(1, node) + _bytes(2, "bilstm")
             + _bytes(5, _tensor("W", w)) + _bytes(5, _tensor("R", r)) + _bytes(5, _tensor("B", b))
             + _bytes(11, _value_info("X", _FLOAT, ["steps", "batch", w.shape[2]]))
             + _bytes(11, _value_info("L", _INT32, ["batch"]))
             + _bytes(12, _value_info("Y", _FLOAT, ["steps", 2, "batch", size])))
    opset = _bytes(1, "") + _int(2, OPSET)
    return _int(1, IR_VERSION) + _bytes(8, opset) + _bytes(7, graph)


def batches(lengths: np.ndarray, slack: float = PADDING_SLACK) -> list[np.ndarray]:
    """Sentence indices, longest first, cut into batches whose padded size stays within
    ``slack`` times their words."""
    import numpy as np

    order = np.argsort(-lengths, kind="stable")
    found: list[np.ndarray] = []
    first, words = 0, 0
    for end, index in enumerate(order.tolist()):
        words += int(lengths[index])
        if end > first and (end - first + 1) * lengths[order[first]] > slack * words:
            found.append(order[first:end])
            first, words = end, int(lengths[index])
    found.append(order[first:])
    return found


class OnnxBiLstm:
    """Both directions of one BiLSTM layer as an onnxruntime session; ``run`` as
    ``neural_tagger._BiLstm.run``."""

    def __init__(self, forward: LstmDirection, backward: LstmDirection) -> None:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        # one thread: the pipeline already runs a process per core
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        self.size = forward.w_hidden.shape[0]
        self._session = onnxruntime.InferenceSession(
            lstm_model(forward, backward), options, providers=["CPUExecutionProvider"])

    def run(self, x: np.ndarray, lengths: Sequence[int]) -> np.ndarray:
        """(tokens, 2 * size) hidden states of sentences laid end to end in ``x``."""
        import numpy as np

        counts = np.asarray(lengths, dtype=np.intp)
        starts = np.cumsum(counts) - counts
        out = np.empty((len(x), 2 * self.size), dtype=np.float32)
        for batch in batches(counts):
            sizes = counts[batch]
            sentence = np.repeat(np.arange(len(batch)), sizes)
            position = np.arange(len(sentence)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
            rows = starts[batch][sentence] + position
            padded = np.zeros((int(sizes[0]), len(batch), x.shape[1]), dtype=np.float32)
            padded[position, sentence] = x[rows]
            (states,) = self._session.run(None, {"X": padded, "L": sizes.astype(np.int32)})
            out[rows] = states[position, :, sentence].reshape(len(rows), 2 * self.size)
        return out
