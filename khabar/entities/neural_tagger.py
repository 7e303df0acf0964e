"""The neural NER tagger in numpy: weights trained by ``khabar train ner-neural``.

Per word type (cached): the word's embedding row, its character-CNN vector and its own
flags; per document: the gazetteer flags, one matrix product for the LSTM inputs of
every token, the two LSTM directions stepping over all sentences at once, and the CRF's
Viterbi (``khabar.entities.fast_crf.viterbi``). torch is not needed.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from itertools import filterfalse
from pathlib import Path
from typing import TYPE_CHECKING

from khabar.entities.features import gazetteer_flags
from khabar.entities.lstm_onnx import OnnxBiLstm
from khabar.entities.lstm_onnx import available as onnx_available
from khabar.entities.name_flags import Gazetteer
from khabar.entities.neural_inputs import (
    FLAGS,
    UNKNOWN,
    Described,
    TokenType,
    char_ids,
    gazetteer_cells,
    own_columns_of,
)
from khabar.errors import ResourceError
from khabar.resources import RESOURCES

if TYPE_CHECKING:
    import numpy as np

CACHE_TYPES = 50_000
"""Word types whose input rows are kept; emptied past this size."""
_WORD_VECTORS = "w.words.weight"
"""The model file's word vectors, kept as stored (``NeuralTagger._embedding``)."""
Describe = Callable[[str], Described]
"""A token's features, as another tagger has already built them."""


def neural_model_path(lang: str) -> Path:
    return RESOURCES / "ner" / f"{lang}.neural.npz"


class LstmDirection:
    """One direction of one LSTM layer (torch's gate order: input, forget, cell, output)."""

    def __init__(self, w: dict[str, np.ndarray], name: str) -> None:
        self.w_in = w[f"lstm.weight_ih_{name}"].T
        self.w_hidden = w[f"lstm.weight_hh_{name}"].T
        self.bias = w[f"lstm.bias_ih_{name}"] + w[f"lstm.bias_hh_{name}"]


class Potentials:
    """A CRF's scores for sentences laid end to end: per token and label (``emissions``),
    label to label (``transitions``), and to start and end a sentence."""

    def __init__(self, emissions: np.ndarray, lengths: np.ndarray, transitions: np.ndarray,
                 start: np.ndarray, end: np.ndarray,
                 gazetteer: list[Gazetteer] | None = None) -> None:
        self.emissions, self.lengths, self.transitions = emissions, lengths, transitions
        self.start, self.end = start, end
        self.gazetteer = gazetteer
        """Each sentence's gazetteer flags, as the model's inputs had them."""

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

    def __init__(self, path: str | Path, onnx: bool = True) -> None:
        """``onnx``: run the LSTM in onnxruntime when it is installed (the same scores up
        to float rounding, several times fewer Python-level steps: ``lstm_onnx``)."""
        import numpy as np

        path = Path(path)
        if not path.is_file():
            raise ResourceError(f"neural NER model {path} is missing; train one with "
                                "`khabar train ner-neural --lang LANG --data FILE`")
        with np.load(path) as data:
            w = {k[2:]: data[k] if k == _WORD_VECTORS else data[k].astype(np.float32)
                 for k in data.files if k.startswith("w.")}
            self.labels = data["labels"].tolist()
            if data["flags"].tolist() != list(FLAGS):
                raise ResourceError(f"{path} was trained with other token flags; retrain it")
            words, chars = data["words_list"].tolist(), data["chars_list"].tolist()
            self.meta = json.loads(str(data["meta"]))
        self._words = {word: i for i, word in enumerate(words)}
        self._chars = {c: i for i, c in enumerate(chars)}
        self._embedding, self._char_embedding = w["words.weight"], w["chars.weight"]
        """The word vectors as stored (float16 in the shipped files): the rows of a
        document's new words become float32 when ``_inputs`` joins them to the float32
        character vectors, exactly as the whole table did at load (0.02 s fa, 0.09 s ar,
        and twice the memory)."""
        self._conv = w["conv.weight"]  # (filters, char_dim, width)
        self._conv_bias = w["conv.bias"]
        layers = 1 + max(int(k.split("_l")[1][0]) for k in w if k.startswith("lstm.weight"))
        self._layers = [_bilstm(LstmDirection(w, f"l{k}"), LstmDirection(w, f"l{k}_reverse"), onnx)
                        for k in range(layers)]
        self._out, self._out_bias = w["out.weight"].T, w["out.bias"]
        self._transitions, self._start, self._end = w["transitions"], w["start"], w["end"]
        self._types: dict[str, int] = {}
        """Word types seen, with their row of ``_rows``."""
        self._kinds: list[TokenType | Described] = []
        """Each type's record: the caller's (``described``) where it gave one."""
        self._rows = np.empty((0, 0), dtype=np.float32)

    def _inputs(self, tokens: Sequence[str], described: Describe | None) -> np.ndarray:
        """Each token's row of ``_rows``, its type's input: word vector, character-CNN
        vector and its own flags (the gazetteer flags, which depend on the sentence, are
        added by ``_scores``). The types not seen before get their character-CNN vectors
        in one batch."""
        import numpy as np

        known = self._types
        if len(known) + len(tokens) > CACHE_TYPES:
            known.clear()
            self._kinds.clear()
        new = list(filterfalse(known.__contains__, dict.fromkeys(tokens)))
        if new:
            kinds: list[TokenType | Described]
            if described is None:
                types = [TokenType(t) for t in new]
                kinds, columns = list(types), [kind.own for kind in types]
            else:  # the caller's record of each type serves as is: no copy kept per type
                records = [described(t) for t in new]
                kinds, columns = list(records), [own_columns_of(kind.own) for kind in records]
            own = np.zeros((len(kinds), len(FLAGS)), dtype=np.float32)
            own[[k for k, found in enumerate(columns) for _ in found],
                [column for found in columns for column in found]] = 1.0
            rows = np.concatenate([self._embedding[[self._words.get(k.folded, UNKNOWN)
                                                    for k in kinds]],
                                   self._char_cnn(kinds), own], axis=1)
            first = len(self._kinds)
            if first + len(new) > len(self._rows):
                grown = np.empty((max(2 * len(self._rows), first + len(new)), rows.shape[1]),
                                 dtype=np.float32)
                if first:
                    grown[:first] = self._rows[:first]
                self._rows = grown
            self._rows[first:first + len(new)] = rows
            self._kinds += kinds
            known.update(zip(new, range(first, first + len(new)), strict=True))
        return np.fromiter(map(known.__getitem__, tokens), dtype=np.intp, count=len(tokens))

    def _char_cnn(self, kinds: Sequence[TokenType | Described]) -> np.ndarray:
        """(words, filters): the max over each word's characters of its convolution."""
        import numpy as np

        ids = [char_ids(kind.folded, self._chars) for kind in kinds]
        longest = max(len(i) for i in ids)
        width = self._conv.shape[2]
        pad = width // 2
        padded = np.zeros((len(ids), longest + 2 * pad), dtype=np.intp)  # PAD: a zero row
        for row, found in zip(padded, ids, strict=True):
            row[pad:pad + len(found)] = found
        x = self._char_embedding[padded]  # (words, chars + 2 * pad, char_dim)
        windows = np.stack([x[:, k:k + longest] for k in range(width)], axis=3)
        # one BLAS product over every (word, position) window: einsum does not use BLAS
        filters = self._conv.shape[0]
        values = (windows.reshape(-1, windows.shape[2] * width)
                  @ self._conv.reshape(filters, -1).T).reshape(len(ids), longest, filters)
        values += self._conv_bias
        lengths = np.array([len(i) for i in ids])
        values[np.arange(longest) >= lengths[:, None]] = -np.inf  # past the word's end
        return values.max(axis=1)

    def emissions(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Per sentence, its (tokens, labels) scores before the CRF."""
        import numpy as np

        scores = self.potentials(sentences).emissions
        return np.split(scores, np.cumsum([len(s) for s in sentences])[:-1].tolist())

    def potentials(self, sentences: Sequence[Sequence[str]],
                   gazetteer: Sequence[Gazetteer] | None = None,
                   described: Describe | None = None, split: int | None = None) -> Potentials:
        """The CRF scores of non-empty ``sentences``, before Viterbi. Where the caller has
        them (the pooled tagger, from the CRF), each sentence's ``gazetteer`` flags and
        the words' features (``described``) are taken, not found again. ``split``: the
        sentences before it and from it get the same scores, bit for bit, as in two calls
        (``_scores``)."""
        import numpy as np

        with _one_blas_thread():
            scores, found = self._scores(sentences, gazetteer, described, split)
        return Potentials(scores, np.array([len(s) for s in sentences]),
                          self._transitions.copy(), self._start, self._end, found)

    def _scores(self, sentences: Sequence[Sequence[str]], gazetteer: Sequence[Gazetteer] | None,
                described: Describe | None, split: int | None = None
                ) -> tuple[np.ndarray, list[Gazetteer]]:
        """The LSTM runs over all ``sentences`` at once (onnxruntime's and numpy's LSTMs
        give each sentence the same states in any batch); the BLAS products, whose last
        bits depend on the number of rows, run on each part of a ``split`` apart: the new
        words' character vectors (``_inputs``) and the output layer."""
        import numpy as np

        parts = [sentences] if split is None else [sentences[:split], sentences[split:]]
        rows, kinds = [], []
        for part in parts:  # each part's rows taken before the next may empty the cache
            index = self._inputs([t for s in part for t in s], described)
            rows.append(self._rows[index])
            kinds += [self._kinds[i] for i in index.tolist()] if gazetteer is None else []
        x = rows[0] if len(rows) == 1 else np.concatenate(rows)
        lengths = [len(s) for s in sentences]
        if gazetteer is None:
            starts = np.cumsum([0, *lengths]).tolist()
            gazetteer = [gazetteer_flags(tokens, kinds[a:b])
                         for tokens, a, b in zip(sentences, starts, starts[1:], strict=False)]
        tokens, columns = gazetteer_cells(gazetteer)
        x[tokens, x.shape[1] - len(FLAGS) + columns] = 1.0
        for layer in self._layers:
            x = layer.run(x, lengths)
        if len(rows) == 1:
            return x @ self._out + self._out_bias, list(gazetteer)
        cut = len(rows[0])
        scores = np.concatenate([x[:cut] @ self._out, x[cut:] @ self._out])
        return scores + self._out_bias, list(gazetteer)

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
    weights are halved once here, as sigmoid(x) = (tanh(x / 2) + 1) / 2). The states kept
    between steps are twice the true ones (``w_hidden`` is halved to match): halving is
    exact in floating point, so this saves a product per step and changes no bit."""

    def __init__(self, forward: LstmDirection, backward: LstmDirection) -> None:
        import numpy as np

        size = forward.w_hidden.shape[0]
        half = np.full(4 * size, 0.5, dtype=np.float32)
        half[2 * size:3 * size] = 1.0  # the cell candidate is a plain tanh
        self.size = size
        self.w_in = np.concatenate([forward.w_in * half, backward.w_in * half], axis=1)
        self.bias = np.concatenate([forward.bias * half, backward.bias * half])
        self.w_hidden = np.stack([forward.w_hidden * half, backward.w_hidden * half]) * 0.5
        self.w_hidden_t = np.ascontiguousarray(self.w_hidden.transpose(0, 2, 1))

    def run(self, x: np.ndarray, lengths: Sequence[int]) -> np.ndarray:
        """(tokens, 2 * size) hidden states of sentences laid end to end in ``x``. The
        sentences step together, longest first, so those still running are the first
        rows; the backward direction starts at each sentence's last token."""
        import numpy as np

        size = self.size
        four = 4 * size
        projected = (x @ self.w_in + self.bias).reshape(-1, four)  # rows: token*2 + direction
        rows, running = _step_rows(np.asarray(lengths))
        steps = projected[rows]  # each step's rows together: forward ones, then backward
        doubled = np.empty((len(rows), size), dtype=np.float32)
        # states are held transposed, (direction, unit, sentence): the weights then come
        # first in the product, which OpenBLAS does about twice as fast for few sentences
        h = np.zeros((2, size, running[0]), dtype=np.float32)
        c = np.zeros_like(h)
        at = 0
        for k in running:
            gates = np.matmul(self.w_hidden_t, h[..., :k])
            gates += steps[at:at + 2 * k].reshape(2, k, four).transpose(0, 2, 1)
            np.tanh(gates, out=gates)
            gates[:, :2 * size] += 1.0  # input and forget gates
            gates[:, 3 * size:] += 1.0  # output gate
            c = gates[:, size:2 * size] * c[..., :k]
            c += gates[:, :size] * gates[:, 2 * size:3 * size]
            c *= 0.5
            h = np.tanh(c)
            h *= gates[:, 3 * size:]
            doubled[at:at + 2 * k].reshape(2, k, size)[...] = h.transpose(0, 2, 1)
            at += 2 * k
        out = np.empty_like(doubled)
        out[rows] = doubled
        out *= 0.5
        return out.reshape(-1, 2 * size)


def _bilstm(forward: LstmDirection, backward: LstmDirection, onnx: bool) -> _BiLstm | OnnxBiLstm:
    if onnx and onnx_available():
        try:
            return OnnxBiLstm(forward, backward)
        except Exception as error:  # onnxruntime raises its own Fail/RuntimeException types
            # a broken onnxruntime install must not take the entity stage down: the numpy
            # LSTM gives the same tags, only slower
            logging.getLogger(__name__).warning(
                "onnxruntime could not build the NER LSTM (%s); using numpy", error)
    return _BiLstm(forward, backward)


def _step_rows(lengths: np.ndarray) -> tuple[np.ndarray, list[int]]:
    """The rows of ``run``'s projected inputs (token * 2 + direction) in stepping order:
    at step t, the forward rows of the sentences still running (longest first), then
    their backward rows (each sentence read from its end); and per step, how many run."""
    import numpy as np

    order = np.argsort(-lengths, kind="stable")
    ordered = lengths[order]
    starts = (np.cumsum(lengths) - lengths)[order]
    running = (ordered[:, None] > np.arange(int(ordered[0]))).sum(axis=0)
    first = np.cumsum(running) - running  # each step's first entry, per direction
    step = np.repeat(np.arange(len(running)), running)
    sentence = np.arange(len(step)) - first[step]
    rows = np.empty(2 * len(step), dtype=np.intp)
    rows[2 * first[step] + sentence] = (starts[sentence] + step) * 2
    rows[2 * first[step] + running[step] + sentence] = (
        starts[sentence] + ordered[sentence] - 1 - step) * 2 + 1
    return rows, running.tolist()


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
