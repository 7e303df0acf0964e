"""The neural NER tagger: numpy inference of the shipped models (no torch), the pooled
tagger, and, when torch is installed, training end to end and numpy = torch."""

from __future__ import annotations

import json
import random
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from click.testing import CliRunner

from khabar.cli import main
from khabar.entities.conll import dev_split, read_conll, spans
from khabar.entities.crf import CrfTagger, model_path
from khabar.entities.features import gazetteer_flags
from khabar.entities.lstm_onnx import OnnxBiLstm, batches
from khabar.entities.lstm_onnx import available as onnx_available
from khabar.entities.neural_inputs import (
    FLAGS,
    TokenType,
    char_ids,
    flag_matrix,
    gazetteer_cells,
    sentence_flags,
)
from khabar.entities.neural_prepare import label_set, prepare
from khabar.entities.neural_tagger import LstmDirection, NeuralTagger, _BiLstm, neural_model_path
from khabar.entities.pooled import PooledTagger, stage_tagger, with_spans_of

FIXTURE = Path(__file__).parent / "fixtures" / "ner_fa_tiny.conll"
SENTENCES = {
    "fa": "سرلشکر محمد باقری با فرمانده ارتش پاکستان در اسلام‌آباد دیدار کرد",
    "ar": "التقى اللواء محمد باقري مع قائد الجيش الباكستاني في إسلام آباد",
}


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_shipped_neural_model_loads_offline_and_finds_the_person(lang: str) -> None:
    tokens = SENTENCES[lang].split()
    tags = NeuralTagger(neural_model_path(lang)).tag(tokens)
    assert len(tags) == len(tokens)
    persons = [" ".join(tokens[a:b]) for a, b, kind in spans(tags) if kind == "PER"]
    assert persons == [tokens[1 + (lang == "ar")] + " " + tokens[2 + (lang == "ar")]]


def test_empty_sentences_keep_their_place() -> None:
    tagger = NeuralTagger(neural_model_path("fa"))
    tagged = tagger.tag_many([[], ["ایران"], []])
    assert tagged[0] == [] and tagged[2] == [] and len(tagged[1]) == 1


def _reference_lstm(cell: LstmDirection, x: np.ndarray) -> np.ndarray:
    """One sentence, one step at a time, written out plainly."""
    size = cell.w_hidden.shape[0]
    h, c, out = np.zeros(size), np.zeros(size), []
    for row in x:
        i, f, g, o = np.split(row @ cell.w_in + cell.bias + h @ cell.w_hidden, 4)
        c = 1 / (1 + np.exp(-f)) * c + 1 / (1 + np.exp(-i)) * np.tanh(g)
        h = 1 / (1 + np.exp(-o)) * np.tanh(c)
        out.append(h)
    return np.array(out)


def _onnx_bilstm(forward: LstmDirection, backward: LstmDirection) -> OnnxBiLstm:
    if not onnx_available():
        pytest.skip("onnxruntime is not installed (extra onnx)")
    return OnnxBiLstm(forward, backward)


@pytest.mark.parametrize("runtime", [_BiLstm, _onnx_bilstm], ids=["numpy", "onnxruntime"])
def test_batched_lstm_equals_one_sentence_at_a_time(runtime) -> None:
    rng = np.random.default_rng(3)
    size, width, lengths = 5, 7, [3, 9, 1, 6, 9, 2]

    def weights(name: str) -> dict[str, np.ndarray]:
        shapes = {"weight_ih": (4 * size, width), "weight_hh": (4 * size, size),
                  "bias_ih": (4 * size,), "bias_hh": (4 * size,)}
        return {f"lstm.{key}_{name}": rng.normal(size=shape).astype(np.float32)
                for key, shape in shapes.items()}

    forward = LstmDirection(weights("l0"), "l0")
    backward = LstmDirection(weights("l0_reverse"), "l0_reverse")
    x = rng.normal(size=(sum(lengths), width)).astype(np.float32)
    batched = runtime(forward, backward).run(x, lengths)
    start = 0
    for n in lengths:
        part = x[start:start + n]
        np.testing.assert_allclose(batched[start:start + n, :size],
                                   _reference_lstm(forward, part), atol=1e-5)
        np.testing.assert_allclose(batched[start:start + n, size:],
                                   _reference_lstm(backward, part[::-1])[::-1], atol=1e-5)
        start += n


@pytest.mark.parametrize(("lengths", "slack", "expected"), [
    ([3, 9, 1, 6], 1.3, [[1, 3], [0], [2]]),  # 9 and 6: 18 <= 1.3 x 15; with 3: 27 > 1.3 x 18
    ([5, 5, 4, 1], 1.3, [[0, 1, 2], [3]]),  # 3 x 5 = 15 <= 1.3 x 14; then 4 x 5 > 1.3 x 15
    ([2, 7, 7], 1.0, [[1, 2], [0]]),  # equal lengths pad nothing; ties keep their order
    ([4], 1.3, [[0]]),
])
def test_batches_keep_padding_within_the_slack(lengths: list[int], slack: float,
                                               expected: list[list[int]]) -> None:
    found = batches(np.array(lengths), slack)
    assert [b.tolist() for b in found] == expected


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_onnxruntime_scores_are_numpys(lang: str) -> None:
    if not onnx_available():
        pytest.skip("onnxruntime is not installed (extra onnx)")
    sentences = [s.split() for s in (SENTENCES[lang], "ایران", SENTENCES[lang] + " و " +
                                     SENTENCES[lang], "تهران در ایران")]
    with_onnx = NeuralTagger(neural_model_path(lang))
    plain = NeuralTagger(neural_model_path(lang), onnx=False)
    assert isinstance(with_onnx._layers[0], OnnxBiLstm)
    assert isinstance(plain._layers[0], _BiLstm)
    np.testing.assert_allclose(with_onnx.potentials(sentences).emissions,
                               plain.potentials(sentences).emissions, atol=1e-4)
    assert with_onnx.tag_many(sentences) == plain.tag_many(sentences)


def test_flags_mark_gazetteer_names_and_shapes() -> None:
    tokens = ["دیدار", "در", "تهران", "2025"]
    matrix = sentence_flags(tokens, [TokenType(t) for t in tokens])
    assert matrix.shape == (4, len(FLAGS))
    assert matrix[2, FLAGS.index("B-place")] == 1.0
    assert matrix[0, FLAGS.index("B-place")] == 0.0
    assert matrix[3, FLAGS.index("shape=digit")] == 1.0


def test_document_flag_cells_are_the_sentence_flag_matrices() -> None:
    sentences = [["دیدار", "در", "تهران"], ["سرلشکر", "محمد", "باقری", "در", "اسلام‌آباد"]]
    kinds = [[TokenType(t) for t in s] for s in sentences]
    expected = np.concatenate([sentence_flags(s, k) for s, k in zip(sentences, kinds, strict=True)])
    gazetteer = [gazetteer_flags(s, k) for s, k in zip(sentences, kinds, strict=True)]
    got = np.concatenate([flag_matrix(k, [[] for _ in k]) for k in kinds])  # own flags
    assert 0 < got.sum() < expected.sum()
    got[gazetteer_cells(gazetteer)] = 1.0
    np.testing.assert_array_equal(got, expected)


def _reference_char_cnn(tagger: NeuralTagger, word: str) -> np.ndarray:
    """One word, its windows written out plainly (zeros beyond its ends)."""
    ids = char_ids(TokenType(word).folded, tagger._chars)
    x = tagger._char_embedding[ids]
    width = tagger._conv.shape[2]
    x = np.vstack([np.zeros((width // 2, x.shape[1])), x, np.zeros((width // 2, x.shape[1]))])
    values = [np.sum(x[t:t + width].T * tagger._conv, axis=(1, 2)) + tagger._conv_bias
              for t in range(len(ids))]
    return np.max(values, axis=0)


def test_character_cnn_of_a_batch_is_each_word_alone() -> None:
    tagger = NeuralTagger(neural_model_path("fa"))
    words = ["و", "تهران", "اسلام‌آباد", "فرماندهی‌های" * 3, "Munir", "2025"]
    batch = tagger._char_cnn([TokenType(w) for w in words])
    for word, row in zip(words, batch, strict=True):
        np.testing.assert_allclose(row, _reference_char_cnn(tagger, word), atol=1e-4)


def test_inputs_shared_by_the_crf_change_no_score() -> None:
    crf = CrfTagger(model_path("fa"), "fa").fast
    assert crf is not None
    sentences = [s.tokens for s in read_conll(FIXTURE)]
    _, _, gazetteer = crf.potentials(sentences)
    assert any(flags for sentence in gazetteer for flags in sentence)
    alone = NeuralTagger(neural_model_path("fa")).potentials(sentences)
    shared = NeuralTagger(neural_model_path("fa")).potentials(sentences, gazetteer,
                                                              crf.described)
    np.testing.assert_array_equal(shared.emissions, alone.emissions)
    assert alone.gazetteer == gazetteer


def test_prepare_writes_aligned_arrays(tmp_path: Path) -> None:
    train, dev = dev_split(read_conll(FIXTURE, keep_other=True), 4)
    vectors = {"ایران": np.ones(4, dtype=np.float32)}
    sizes = prepare(train, dev, vectors, tmp_path / "p.npz")
    with np.load(tmp_path / "p.npz") as data:
        tokens = int(data["lengths"].sum())
        assert sizes["tokens"] == tokens == len(data["word_ids"]) == len(data["tag_ids"])
        assert data["flag_values"].shape == (tokens, len(FLAGS))
        assert int(data["is_dev"].sum()) == len(dev)
        words = data["words"].tolist()
        np.testing.assert_array_equal(data["embeddings"][words.index("ایران")], np.ones(4))
        assert data["labels"].tolist() == label_set([*train, *dev])


def test_pooled_tagger_with_no_crf_weight_is_the_neural_model() -> None:
    neural = NeuralTagger(neural_model_path("fa"))
    crf = CrfTagger(model_path("fa"), "fa").fast
    assert crf is not None
    sentences = [s.tokens for s in read_conll(FIXTURE)]
    alone = PooledTagger(crf, neural, 0.0, crf_fill=False).tag_many(sentences)
    assert alone == neural.tag_many(sentences)
    heavy = PooledTagger(crf, neural, 1000.0, crf_fill=False).tag_many(sentences)
    assert heavy == CrfTagger(model_path("fa"), "fa").tag_many(sentences)


@pytest.mark.parametrize(("tags", "other", "expected", "why"), [
    (["B-PER", "I-PER", "O", "O"], ["O", "O", "B-LOC", "O"], ["B-PER", "I-PER", "B-LOC", "O"],
     "a name only the other tagger found is added"),
    (["B-PER", "I-PER", "O"], ["O", "B-ORG", "I-ORG"], ["B-PER", "I-PER", "O"],
     "an overlapping name keeps the first reading"),
    (["O", "O", "O"], ["B-PER", "I-PER", "I-PER"], ["B-PER", "I-PER", "I-PER"],
     "a whole multi-word name is added"),
    (["B-LOC", "O"], ["B-LOC", "O"], ["B-LOC", "O"], "the same name is not doubled"),
])
def test_with_spans_of(tags: list[str], other: list[str], expected: list[str], why: str) -> None:
    assert with_spans_of(tags, other) == expected, why


def test_an_ensemble_takes_the_mean_of_its_models_scores() -> None:
    neural = NeuralTagger(neural_model_path("fa"))
    crf = CrfTagger(model_path("fa"), "fa").fast
    assert crf is not None
    sentences = [s.tokens for s in read_conll(FIXTURE)]
    _, _, gazetteer = crf.potentials(sentences)
    alone = PooledTagger(crf, neural, 0.5)._neural_potentials(sentences, gazetteer)
    twice = PooledTagger(crf, [neural, neural], 0.5)._neural_potentials(sentences, gazetteer)
    np.testing.assert_array_equal(twice.emissions, alone.emissions)
    np.testing.assert_array_equal(twice.transitions, alone.transitions)
    np.testing.assert_array_equal(twice.start, alone.start)
    assert PooledTagger(crf, [neural, neural], 0.5).tag_many(sentences) == \
        PooledTagger(crf, neural, 0.5).tag_many(sentences)
    # a second model with every score tripled: the mean is twice the first model's (two
    # copies of one model cannot tell a mean from the first model alone)
    tripled = NeuralTagger(neural_model_path("fa"))
    tripled._out, tripled._out_bias = tripled._out * 3, tripled._out_bias * 3
    tripled._transitions, tripled._start, tripled._end = (
        tripled._transitions * 3, tripled._start * 3, tripled._end * 3)
    mean = PooledTagger(crf, [neural, tripled], 0.5)._neural_potentials(sentences, gazetteer)
    for got, one in ((mean.emissions, alone.emissions), (mean.transitions, alone.transitions),
                     (mean.start, alone.start), (mean.end, alone.end)):
        np.testing.assert_allclose(got, 2 * one, rtol=1e-5, atol=1e-5)


def test_pooled_tagger_fills_in_names_only_the_crf_finds() -> None:
    neural = NeuralTagger(neural_model_path("fa"))
    crf = CrfTagger(model_path("fa"), "fa").fast
    assert crf is not None
    # Shuffled words read out of context: there the two taggers part ways.
    shuffle = random.Random(7).shuffle
    sentences = []
    for sentence in read_conll(FIXTURE):
        for _ in range(3):
            words = list(sentence.tokens)
            shuffle(words)
            sentences.append(words)
    filled = PooledTagger(crf, neural, 0.0).tag_many(sentences)
    added_anywhere = 0
    for base, other, got in zip(neural.tag_many(sentences), crf.tag_many(sentences), filled,
                                strict=True):
        taken = {i for a, b, _ in spans(base) for i in range(a, b)}
        added = {s for s in spans(other) if not taken.intersection(range(s[0], s[1]))}
        assert spans(got) == spans(base) | added
        added_anywhere += len(added)
    assert added_anywhere > 0


def test_stage_tagger_follows_the_setting() -> None:
    assert isinstance(stage_tagger("fa", True, 0.5), PooledTagger)
    assert isinstance(stage_tagger("fa", False, 0.5), CrfTagger)


def test_eval_reads_a_neural_model_file() -> None:
    result = CliRunner().invoke(main, ["eval", "ner", "--lang", "fa", "--conll", str(FIXTURE),
                                       "--model", str(neural_model_path("fa")), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["micro"]["f1"] > 50


# -- training: needs torch (the `neural` extra) -------------------------------------------

def _train_tiny(tmp_path: Path):
    torch = pytest.importorskip("torch")
    from khabar.entities import neural_train

    train, dev = dev_split(read_conll(FIXTURE, keep_other=True), 4)
    prepare(train, dev, {}, tmp_path / "p.npz")
    data = neural_train.load_prepared(tmp_path / "p.npz")
    config = neural_train.Config(hidden=8, layers=2, char_dim=4, char_filters=6, epochs=2)
    model, _, history = neural_train.train(data, config, log=lambda _: None)
    assert len(history) == 2
    neural_train.export(model, data, config, tmp_path / "m.npz", half=False)
    return torch, neural_train, data, model, dev


def test_numpy_inference_equals_the_torch_forward_pass(tmp_path: Path) -> None:
    torch, neural_train, data, model, dev = _train_tiny(tmp_path)
    tagger = NeuralTagger(tmp_path / "m.npz")
    batches = neural_train.Batches(torch, data, "cpu")
    model.eval()
    with torch.no_grad():
        words, chars, flags, lengths, _, mask = batches.tensors(neural_train._sentences(data)[1])
        scores = model.emissions(words, chars, flags, lengths)
        paths = model.decode(scores, mask)
    ours = tagger.emissions([s.tokens for s in dev])
    for k, sentence in enumerate(dev):
        n = len(sentence.tokens)
        np.testing.assert_allclose(ours[k], scores[k, :n].numpy(), atol=1e-4)
    labels = data["labels"].tolist()
    assert tagger.tag_many([s.tokens for s in dev]) == [[labels[i] for i in p] for p in paths]


def test_weight_average_is_the_mean_of_the_snapshots_not_a_view() -> None:
    from khabar.entities.neural_train import WeightAverage

    rng = np.random.default_rng(3)
    live = {"w": rng.normal(size=(3, 4)), "b": rng.normal(size=4)}
    average, seen = WeightAverage(), []
    for _ in range(4):
        average.add(live)
        seen.append({k: v.copy() for k, v in live.items()})
        for value in live.values():  # in place, as an optimizer step moves a model's weights
            value += rng.normal(size=value.shape)
    assert average.count == 4
    for name in live:
        np.testing.assert_allclose(average.mean[name], np.mean([s[name] for s in seen], axis=0))


def _record_averaged_weights(monkeypatch: pytest.MonkeyPatch, neural_train: ModuleType) -> list:
    """A copy of the weights each epoch hands to the running average, in order."""
    snapshots: list = []
    add = neural_train.WeightAverage.add

    def recording(self, weights) -> None:
        snapshots.append({k: v.clone() for k, v in weights.items()})
        add(self, weights)

    monkeypatch.setattr(neural_train.WeightAverage, "add", recording)
    return snapshots


def test_training_with_average_from_keeps_the_mean_of_the_later_epochs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    torch = pytest.importorskip("torch")
    from khabar.entities import neural_train

    snapshots = _record_averaged_weights(monkeypatch, neural_train)
    train, dev = dev_split(read_conll(FIXTURE, keep_other=True), 4)
    prepare(train, dev, {}, tmp_path / "p.npz")
    data = neural_train.load_prepared(tmp_path / "p.npz")
    config = neural_train.Config(hidden=8, char_dim=4, char_filters=6, epochs=3,
                                 average_from=2)
    model, table, history = neural_train.train(data, config, log=lambda _: None)
    assert len(snapshots) == 2  # after epochs 2 and 3
    assert "average_dev_f1" not in history[0] and "average_dev_f1" in history[2]
    assert table["micro"]["f1"] == history[2]["average_dev_f1"]
    for name, value in model.state_dict().items():
        expected = (snapshots[0][name] + snapshots[1][name]) / 2
        torch.testing.assert_close(value, expected)
    assert not torch.equal(snapshots[0]["out.weight"], snapshots[1]["out.weight"])


def _scripted_scores(monkeypatch: pytest.MonkeyPatch, neural_train, data: dict,
                     per_split: dict[str, list[float]]) -> None:
    """dev_scores gives each split's next scripted micro-F1 (dev and pick told apart)."""
    dev = neural_train._sentences(data)[1]
    calls: dict[str, int] = {}

    def scripted(model, batches, data, ids) -> dict:
        split = "dev" if ids == dev else "pick"
        calls[split] = calls.get(split, 0) + 1
        return {"micro": {"f1": per_split[split][calls[split] - 1]}}

    monkeypatch.setattr(neural_train, "dev_scores", scripted)


def test_held_out_takes_every_kth_training_sentence() -> None:
    from khabar.entities.neural_train import held_out

    assert held_out([0, 1, 2, 4, 5, 6, 7], 3) == ([0, 1, 4, 5, 7], [2, 6])
    assert held_out([0, 1, 2], 0) == ([0, 1, 2], [])


def test_pick_every_picks_the_epoch_on_held_out_training_sentences(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("torch")
    from khabar.entities import neural_train

    train, dev = dev_split(read_conll(FIXTURE, keep_other=True), 4)
    prepare(train, dev, {}, tmp_path / "p.npz")
    data = neural_train.load_prepared(tmp_path / "p.npz")
    trained_on: set[int] = set()
    by_length = neural_train._by_length

    def recording(data, indices, size, rng):
        trained_on.update(indices)
        return by_length(data, indices, size, rng)

    monkeypatch.setattr(neural_train, "_by_length", recording)
    # dev would keep epoch 1; the held-out sentences say epoch 3
    _scripted_scores(monkeypatch, neural_train, data,
                     {"dev": [90.0, 50.0, 60.0], "pick": [10.0, 20.0, 30.0]})
    config = neural_train.Config(hidden=4, char_dim=4, char_filters=4, epochs=3, pick_every=3)
    _, table, history = neural_train.train(data, config, log=lambda _: None)
    assert table["micro"]["f1"] == 60.0  # dev's score of the picked epoch, not dev's best
    assert [h["pick_f1"] for h in history] == [10.0, 20.0, 30.0]
    train_ids, pick = neural_train.held_out(neural_train._sentences(data)[0], 3)
    assert pick and trained_on == set(train_ids)


def test_an_averaged_run_also_hands_back_its_picked_epoch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    torch = pytest.importorskip("torch")
    from khabar.entities import neural_train

    train, dev = dev_split(read_conll(FIXTURE, keep_other=True), 4)
    prepare(train, dev, {}, tmp_path / "p.npz")
    data = neural_train.load_prepared(tmp_path / "p.npz")
    snapshots = _record_averaged_weights(monkeypatch, neural_train)
    _scripted_scores(monkeypatch, neural_train, data,
                     {"dev": [90.0, 50.0, 70.0, 55.0, 56.0, 57.0], "pick": [10.0, 30.0, 20.0]})
    config = neural_train.Config(hidden=4, char_dim=4, char_filters=4, epochs=3,
                                 pick_every=3, average_from=2)
    picked: dict = {}
    neural_train.train(data, config, log=lambda _: None, best_epoch=picked)
    assert picked["epoch"] == 2 and picked["dev"]["micro"]["f1"] == 50.0
    for name, value in picked["state"].items():  # the weights after epoch 2, kept apart
        torch.testing.assert_close(value, snapshots[0][name])


def test_train_command_runs_end_to_end(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    output = tmp_path / "fa.neural.npz"
    result = CliRunner().invoke(main, [
        "train", "ner-neural", "--lang", "fa", "--data", str(FIXTURE), "--dev-every", "4",
        "--output", str(output), "--config", '{"epochs": 2, "hidden": 8}'])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output[result.output.index("{\n"):])
    assert report["epochs"] == 2 and "micro" in report["dev"]
    assert len(NeuralTagger(output).tag(["تهران"])) == 1


def test_tag_command_crf_only_is_the_crf() -> None:
    result = CliRunner().invoke(main, ["tag", "--lang", "fa", "--conll", str(FIXTURE),
                                       "--crf-only"])
    assert result.exit_code == 0, result.output
    tagger = CrfTagger(model_path("fa"), "fa")
    expected = [tag for s in read_conll(FIXTURE) for tag in tagger.tag(s.tokens)]
    printed = [line.split("\t")[1] for line in result.output.splitlines() if line]
    assert printed == expected


def test_embeddings_from_raw_text(tmp_path: Path) -> None:
    from khabar.entities.embeddings import build_embeddings, load_embeddings
    from khabar.normalize.fold import fold

    corpus = tmp_path / "news.jsonl"
    lines = ["وزیر خارجه ایران به پاکستان رفت", "وزیر خارجه پاکستان به ایران رفت"] * 5
    corpus.write_text("\n".join(json.dumps({"text": t}) for t in lines), encoding="utf-8")
    assert build_embeddings([str(corpus)], tmp_path / "e.npz") == 6
    vectors = load_embeddings(tmp_path / "e.npz")
    assert set(vectors) == {fold(w) for w in ("وزیر", "خارجه", "ایران", "به", "پاکستان", "رفت")}
    for vector in vectors.values():
        assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-4


def test_a_broken_onnxruntime_falls_back_to_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    import khabar.entities.neural_tagger as neural_tagger

    class Broken:
        def __init__(self, *args: object) -> None:
            raise RuntimeError("onnxruntime: failed to load the CPU provider")

    monkeypatch.setattr(neural_tagger, "onnx_available", lambda: True)
    monkeypatch.setattr(neural_tagger, "OnnxBiLstm", Broken)
    tagger = NeuralTagger(neural_model_path("fa"))
    assert isinstance(tagger._layers[0], _BiLstm)
    assert tagger.tag_many([SENTENCES["fa"].split()])
