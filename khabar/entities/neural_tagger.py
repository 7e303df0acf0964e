"""The neural NER tagger in numpy: weights trained by ``khabar train ner-neural``.

Per word type (cached): the word's embedding row, its character-CNN vector and its own
flags; per document: the gazetteer flags, one matrix product for the LSTM inputs of
every token, the two LSTM directions stepping over all sentences at once, and the CRF's
Viterbi (``khabar.entities.fast_crf.viterbi``). torch is not needed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from khabar.entities.neural_inputs import FLAGS, UNKNOWN, TokenType, char_ids, flag_matrix
from khabar.errors import ResourceError
from khabar.resources import RESOURCES

if TYPE_CHECKING:
    import numpy as np

CACHE_TYPES = 50_000
"""Word types whose input rows are kept; emptied past this size."""


def neural_model_path(lang: str) -> Path:
    return RESOURCES / "ner" / f"{lang}.neural.npz"


class _Lstm:
    """One direction of one LSTM layer (torch's gate order: input, forget, cell, output)."""

    def __init__(self, w: dict[str, np.ndarray], name: str) -> None:
        self.w_in = w[f"lstm.weight_ih_{name}"].T
        self.w_hidden = w[f"lstm.weight_hh_{name}"].T
        self.bias = w[f"lstm.bias_ih_{name}"] + w[f"lstm.bias_hh_{name}"]


class Potentials:
    """A CRF's scores for sentences laid end to end: per token and label (``emissions``),
    label to label (``transitions``), and to start and end a sentence."""

    def __init__(self, emissions: np.ndarray, lengths: np.ndarray, transitions: np.ndarray,
                 start: np.ndarray, end: np.ndarray) -> None:
        self.emissions, self.lengths, self.transitions = emissions, lengths, transitions
        self.start, self.end = start, end

    def padded(self) -> np.ndarray:
        """(sentences, longest, labels) emissions, start and end scores added in."""
        import numpy as np

        count, labels = len(self.lengths), self.emissions.shape[1]
        padded = np.zeros((count, int(self.lengths.max()), labels), dtype=np.float32)
        sentence = np.repeat(np.arange(count), self.lengths)
        position = np.arange(len(sentence)) - np.repeat(
            np.cumsum(self.lengths) - self.lengths, self.lengths)
        padded[sentence, position] = self.emissions
        padded[:, 0] += self.start
        padded[np.arange(count), self.lengths - 1] += self.end
        return padded

    def best_paths(self) -> list[list[int]]:
        """Viterbi's label indices, one list per sentence."""
        from khabar.entities.fast_crf import viterbi

        paths = viterbi(self.padded(), self.lengths, self.transitions)
        return [path[:n].tolist() for path, n in zip(paths, self.lengths, strict=True)]


class NeuralTagger:
    """A loaded neural model: tokens in, BIO tags out."""

    def __init__(self, path: str | Path) -> None:
        import numpy as np

        path = Path(path)
        if not path.is_file():
            raise ResourceError(f"neural NER model {path} is missing; train one with "
                                "`khabar train ner-neural --lang LANG --data FILE`")
        with np.load(path) as data:
            w = {k[2:]: data[k].astype(np.float32) for k in data.files if k.startswith("w.")}
            self.labels = data["labels"].tolist()
            if data["flags"].tolist() != list(FLAGS):
                raise ResourceError(f"{path} was trained with other token flags; retrain it")
            words, chars = data["words_list"].tolist(), data["chars_list"].tolist()
            self.meta = json.loads(str(data["meta"]))
        self._words = {word: i for i, word in enumerate(words)}
        self._chars = {c: i for i, c in enumerate(chars)}
        self._embedding, self._char_embedding = w["words.weight"], w["chars.weight"]
        self._conv = w["conv.weight"]  # (filters, char_dim, width)
        self._conv_bias = w["conv.bias"]
        layers = 1 + max(int(k.split("_l")[1][0]) for k in w if k.startswith("lstm.weight"))
        self._layers = [_BiLstm(_Lstm(w, f"l{k}"), _Lstm(w, f"l{k}_reverse"))
                        for k in range(layers)]
        self._out, self._out_bias = w["out.weight"].T, w["out.bias"]
        self._transitions, self._start, self._end = w["transitions"], w["start"], w["end"]
        self._types: dict[str, tuple[TokenType, np.ndarray]] = {}

    def _type(self, token: str) -> tuple[TokenType, np.ndarray]:
        """The word type and its word-and-characters input row."""
        import numpy as np

        found = self._types.get(token)
        if found is None:
            if len(self._types) > CACHE_TYPES:
                self._types.clear()
            kind = TokenType(token)
            row = self._embedding[self._words.get(kind.folded, UNKNOWN)]
            found = self._types[token] = (kind, np.concatenate([row, self._char_cnn(kind)]))
        return found

    def _char_cnn(self, kind: TokenType) -> np.ndarray:
        import numpy as np

        ids = char_ids(kind.folded, self._chars)
        width = self._conv.shape[2]
        x = self._char_embedding[ids]  # (chars, char_dim)
        pad = width // 2
        padded = np.zeros((len(ids) + 2 * pad, x.shape[1]), dtype=np.float32)
        padded[pad:pad + len(ids)] = x
        windows = np.stack([padded[k:k + len(ids)] for k in range(width)], axis=2)
        values = np.einsum("tcw,fcw->tf", windows, self._conv) + self._conv_bias
        return values.max(axis=0)

    def emissions(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Per sentence, its (tokens, labels) scores before the CRF."""

        with _one_blas_thread():
            return self._emissions(sentences)

    def _emissions(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        import numpy as np

        lengths = [len(s) for s in sentences]
        rows, flags = [], []
        for tokens in sentences:
            typed = [self._type(t) for t in tokens]
            rows += [row for _, row in typed]
            flags.append(flag_matrix(tokens, [kind for kind, _ in typed]))
        x = np.concatenate([np.stack(rows), np.concatenate(flags)], axis=1)
        for layer in self._layers:
            x = layer.run(x, lengths)
        scores = x @ self._out + self._out_bias
        return [scores[a:b] for a, b in pairwise(np.cumsum([0, *lengths]).tolist())]

    def potentials(self, sentences: Sequence[Sequence[str]]) -> Potentials:
        """The CRF scores of non-empty ``sentences``, before Viterbi."""
        import numpy as np

        return Potentials(np.concatenate(self.emissions(sentences)),
                          np.array([len(s) for s in sentences]), self._transitions.copy(),
                          self._start, self._end)

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each sentence (one batch for all of them)."""
        kept = [s for s in sentences if s]
        if not kept:
            return [[] for _ in sentences]
        found = self.potentials(kept)
        tagged = iter([[self.labels[i] for i in path] for path in found.best_paths()])
        return [next(tagged) if s else [] for s in sentences]

    def tag(self, tokens: Sequence[str]) -> list[str]:
        return self.tag_many([tokens])[0]


class _BiLstm:
    """Both directions of one layer, stepped together: at each step one product for the
    two directions' hidden states and one ``tanh`` for all their gates (the sigmoid gates'
    weights are halved once here, as sigmoid(x) = (tanh(x / 2) + 1) / 2)."""

    def __init__(self, forward: _Lstm, backward: _Lstm) -> None:
        import numpy as np

        size = forward.w_hidden.shape[0]
        half = np.full(4 * size, 0.5, dtype=np.float32)
        half[2 * size:3 * size] = 1.0  # the cell candidate is a plain tanh
        self.size = size
        self.w_in = np.concatenate([forward.w_in * half, backward.w_in * half], axis=1)
        self.bias = np.concatenate([forward.bias * half, backward.bias * half])
        self.w_hidden = np.stack([forward.w_hidden * half, backward.w_hidden * half])

    def run(self, x: np.ndarray, lengths: Sequence[int]) -> np.ndarray:
        """(tokens, 2 * size) hidden states of sentences laid end to end in ``x``. The
        sentences step together, longest first, so those still running are the first
        rows; the backward direction starts at each sentence's last token."""
        import numpy as np

        size, count = self.size, len(lengths)
        four = 4 * size
        projected = (x @ self.w_in + self.bias).reshape(-1, four)  # rows: token*2 + direction
        order = np.argsort(-np.asarray(lengths), kind="stable")
        ordered = np.asarray(lengths)[order]
        starts = (np.cumsum([0, *lengths])[:-1])[order]
        out = np.zeros((x.shape[0] * 2, size), dtype=np.float32)
        h = np.zeros((2, count, size), dtype=np.float32)
        c = np.zeros_like(h)
        running = (ordered[:, None] > np.arange(int(ordered[0]))).sum(axis=0).tolist()
        for t, k in enumerate(running):
            rows = np.concatenate([(starts[:k] + t) * 2,
                                   (starts[:k] + ordered[:k] - 1 - t) * 2 + 1])
            gates = projected[rows].reshape(2, k, four) + np.matmul(h[:, :k], self.w_hidden)
            gates = np.tanh(gates, out=gates)
            i, f = gates[..., :size] + 1.0, gates[..., size:2 * size] + 1.0
            g, o = gates[..., 2 * size:3 * size], gates[..., 3 * size:] + 1.0
            c[:, :k] = 0.5 * (f * c[:, :k] + i * g)
            h[:, :k] = 0.5 * o * np.tanh(c[:, :k])
            out[rows] = h[:, :k].reshape(2 * k, size)
        return out.reshape(-1, 2 * size)


@lru_cache(maxsize=1)
def _blas_controller():
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # a dependency; without it BLAS keeps its own thread count
        return None
    return ThreadpoolController()


def _one_blas_thread() -> AbstractContextManager:
    """BLAS on one thread while the LSTM runs: its products are small (a few sentences
    by 128 units), so OpenBLAS's threads cost more to hand work to than they save, and
    on a busy machine they spin (3 times the CPU time, measured)."""
    controller = _blas_controller()
    return nullcontext() if controller is None else controller.limit(limits=1,
                                                                      user_api="blas")


@lru_cache(maxsize=4)
def neural_tagger_for(lang: str) -> NeuralTagger:
    """The shipped neural model of a language, loaded once per process."""
    return NeuralTagger(neural_model_path(lang))
