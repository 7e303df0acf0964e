"""Train the neural NER tagger (torch), from arrays made by ``neural_prepare``.

The network: folded-word embeddings (started from raw-news vectors), a character CNN and
the token flags, concatenated, through a bidirectional LSTM to per-label scores, with a
CRF over the labels. The epoch kept is the one with the best dev micro-F1 (the entity
scorer of ``khabar eval ner``), or with ``pick_every`` the best on a split held out of
the training sentences, so that dev scores the pick honestly; or the mean of the later
epochs' weights (``average_from``). Its weights are written as an .npz that
``khabar.entities.neural_tagger`` runs in numpy, so torch is needed to train only.

Needs torch and numpy alone (plus ``khabar.entities.conll``, which needs nothing), so
it also runs as ``python -m khabar.entities.neural_train`` on a GPU machine.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from khabar.entities.conll import map_tag, score


@dataclass
class Config:
    hidden: int = 128
    """LSTM units per direction."""
    layers: int = 1
    char_dim: int = 32
    char_filters: int = 64
    char_width: int = 3
    dropout: float = 0.5
    word_dropout: float = 0.05
    """Share of training words read as unknown, so the model learns to do without."""
    lr: float = 2e-3
    decay: float = 0.0
    """The rate at epoch e is lr / (1 + decay * e): later epochs move less, so the dev
    score settles instead of swinging from one epoch to the next."""
    batch: int = 32
    epochs: int = 40
    clip: float = 5.0
    freeze_embeddings: bool = False
    seed: int = 1
    average_from: int = 0
    """When > 0, the model kept is the mean of the weights after each epoch from this one
    (1-based) to the last (stochastic weight averaging), not the epoch best on dev: dev F1
    swings by 1 to 2 points between epochs, and the mean of the weights sits inside the
    region those epochs wander over. 0 keeps the best dev epoch."""
    pick_every: int = 0
    """When > 1, every pick_every-th training sentence is held out of training, and the
    epoch is picked on it instead of on dev: dev then scores the picked epoch as it
    scores an average, with nothing chosen on it, so the two ways of keeping a model
    compare fairly (the dev-picked epoch's dev score is optimistic by the pick)."""

    @classmethod
    def from_json(cls, text: str) -> Config:
        given = json.loads(text) if text else {}
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in given.items() if k in known})


def load_prepared(path: str | Path) -> dict[str, Any]:
    import numpy as np

    with np.load(path) as data:
        return {key: data[key] for key in data.files}


def _sentences(data: dict[str, Any]) -> tuple[list[int], list[int]]:
    """Indices of the train and dev sentences; token offsets come from ``lengths``."""
    dev = data["is_dev"].tolist()
    return ([i for i, d in enumerate(dev) if not d], [i for i, d in enumerate(dev) if d])


def held_out(train_ids: list[int], every: int) -> tuple[list[int], list[int]]:
    """The training sentences less every ``every``-th of them, and those (none if < 2)."""
    if every < 2:
        return train_ids, []
    picked = set(train_ids[every - 1::every])
    return [i for i in train_ids if i not in picked], sorted(picked)


def build_model(torch, data: dict[str, Any], config: Config):
    nn = torch.nn

    class Tagger(nn.Module):  # type: ignore[name-defined]  # torch is imported lazily
        def __init__(self) -> None:
            super().__init__()
            vectors = torch.tensor(data["embeddings"], dtype=torch.float32)
            self.words = nn.Embedding.from_pretrained(
                vectors, freeze=config.freeze_embeddings, padding_idx=0)
            self.chars = nn.Embedding(len(data["chars"]), config.char_dim, padding_idx=0)
            self.conv = nn.Conv1d(config.char_dim, config.char_filters, config.char_width,
                                  padding=config.char_width // 2)
            width = vectors.shape[1] + config.char_filters + len(data["flags"])
            self.drop = nn.Dropout(config.dropout)
            self.lstm = nn.LSTM(width, config.hidden, num_layers=config.layers,
                                bidirectional=True, batch_first=True,
                                dropout=config.dropout if config.layers > 1 else 0.0)
            labels = len(data["labels"])
            self.out = nn.Linear(2 * config.hidden, labels)
            self.transitions = nn.Parameter(torch.zeros(labels, labels))
            self.start = nn.Parameter(torch.zeros(labels))
            self.end = nn.Parameter(torch.zeros(labels))

        def char_vectors(self, chars):
            """(tokens, MAX_CHARS) -> (tokens, filters): max over the word's positions."""
            x = self.conv(self.chars(chars).transpose(1, 2))
            x = x.masked_fill((chars == 0).unsqueeze(1), -1e4)
            return x.max(dim=2).values

        def emissions(self, words, chars, flags, lengths):
            """(sentences, steps, labels) scores of padded sentences."""
            batch, steps = words.shape
            char_part = self.char_vectors(chars.view(batch * steps, -1)).view(batch, steps, -1)
            x = self.drop(torch.cat([self.words(words), char_part, flags], dim=2))
            packed = nn.utils.rnn.pack_padded_sequence(
                x, lengths.cpu(), batch_first=True, enforce_sorted=False)
            hidden, _ = self.lstm(packed)
            hidden, _ = nn.utils.rnn.pad_packed_sequence(
                hidden, batch_first=True, total_length=steps)
            return self.out(self.drop(hidden))

        def nll(self, scores, tags, mask):
            """Mean negative log-likelihood of the gold paths under the CRF."""
            on = mask.float()
            gold = (scores.gather(2, tags.unsqueeze(2)).squeeze(2) * on).sum(dim=1)
            gold = gold + (self.transitions[tags[:, :-1], tags[:, 1:]] * on[:, 1:]).sum(dim=1)
            last = tags.gather(1, (mask.sum(dim=1) - 1).unsqueeze(1)).squeeze(1)
            gold = gold + self.start[tags[:, 0]] + self.end[last]
            alpha = self.start + scores[:, 0]
            for t in range(1, scores.shape[1]):
                moved = torch.logsumexp(alpha.unsqueeze(2) + self.transitions, dim=1)
                alpha = torch.where(mask[:, t].unsqueeze(1), moved + scores[:, t], alpha)
            return (torch.logsumexp(alpha + self.end, dim=1) - gold).mean()

        def decode(self, scores, mask) -> list[list[int]]:
            best = self.start + scores[:, 0]
            back = []
            for t in range(1, scores.shape[1]):
                candidates = best.unsqueeze(2) + self.transitions
                values, pointers = candidates.max(dim=1)
                on = mask[:, t].unsqueeze(1)
                best = torch.where(on, values + scores[:, t], best)
                back.append(torch.where(on, pointers, -1))
            label = (best + self.end).argmax(dim=1)
            paths = [label]
            for pointers in reversed(back):
                previous = pointers.gather(1, label.unsqueeze(1)).squeeze(1)
                label = torch.where(previous >= 0, previous, label)
                paths.append(label)
            stacked = torch.stack(paths[::-1], dim=1).tolist()
            lengths = mask.sum(dim=1).tolist()
            return [path[:n] for path, n in zip(stacked, lengths, strict=True)]

    return Tagger()


class Batches:
    """Padded tensors of a set of sentences, on the device."""

    def __init__(self, torch, data: dict[str, Any], device: str) -> None:
        import numpy as np

        self.torch, self.data, self.device = torch, data, device
        self.offsets = np.concatenate([[0], np.cumsum(data["lengths"])]).tolist()

    def tensors(self, indices: list[int]):
        import numpy as np

        torch, data = self.torch, self.data
        lengths = [self.offsets[i + 1] - self.offsets[i] for i in indices]
        steps = max(lengths)
        words = np.zeros((len(indices), steps), dtype=np.int64)
        chars = np.zeros((len(indices), steps, data["char_ids"].shape[1]), dtype=np.int64)
        flags = np.zeros((len(indices), steps, data["flag_values"].shape[1]), dtype=np.float32)
        tags = np.zeros((len(indices), steps), dtype=np.int64)
        for row, i in enumerate(indices):
            a, b = self.offsets[i], self.offsets[i + 1]
            words[row, :b - a] = data["word_ids"][a:b]
            chars[row, :b - a] = data["char_ids"][a:b]
            flags[row, :b - a] = data["flag_values"][a:b]
            tags[row, :b - a] = data["tag_ids"][a:b]
        mask = np.arange(steps)[None, :] < np.array(lengths)[:, None]

        def put(array):
            return torch.from_numpy(array).to(self.device)

        return (put(words), put(chars), put(flags), torch.tensor(lengths),
                put(tags), put(mask))


def _by_length(data: dict[str, Any], indices: list[int], size: int, rng) -> list[list[int]]:
    """Batches of sentences of similar length (less padding), in a shuffled order."""
    lengths = data["lengths"]
    ordered = sorted(indices, key=lambda i: (int(lengths[i]), rng.random()))
    batches = [ordered[k:k + size] for k in range(0, len(ordered), size)]
    rng.shuffle(batches)
    return batches


def dev_scores(model, batches: Batches, data: dict[str, Any], dev: list[int]) -> dict:
    labels = data["labels"].tolist()
    gold, predicted = [], []
    model.eval()
    with batches.torch.no_grad():
        for k in range(0, len(dev), 256):
            chunk = dev[k:k + 256]
            words, chars, flags, lengths, tags, mask = batches.tensors(chunk)
            paths = model.decode(model.emissions(words, chars, flags, lengths), mask)
            for row, path in enumerate(paths):
                predicted.append([map_tag(labels[i]) for i in path])
                gold.append([map_tag(labels[i]) for i in tags[row, :len(path)].tolist()])
    model.train()
    return score(gold, predicted).table()


class WeightAverage:
    """Running mean of a model's weights over the snapshots given to ``add`` (a mapping
    of name to tensor or array; anything with arithmetic works)."""

    def __init__(self) -> None:
        self.mean: dict[str, Any] = {}
        self.count = 0

    def add(self, weights) -> None:
        self.count += 1
        for name, value in weights.items():
            if name not in self.mean:
                self.mean[name] = value * 1.0  # a copy: the live weights keep moving
            else:
                self.mean[name] = self.mean[name] + (value - self.mean[name]) / self.count


def train(data: dict[str, Any], config: Config, device: str = "cpu",
          max_seconds: float = 0.0, log=print, best_epoch: dict | None = None):
    """Train; returns (the model kept, its dev table, a per-epoch history). When the model
    kept is an average, ``best_epoch`` (if given) receives the picked epoch's ``epoch``,
    ``state`` and ``dev`` table, so one run yields both ways of keeping a model."""
    import copy
    import random

    import torch

    torch.manual_seed(config.seed)
    rng = random.Random(config.seed)
    model = build_model(torch, data, config).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=config.lr)
    batches = Batches(torch, data, device)
    train_ids, dev = _sentences(data)
    train_ids, pick = held_out(train_ids, config.pick_every)
    best: tuple[float, Any, dict, int] = (-1.0, None, {}, 0)
    average, averaged = WeightAverage(), copy.deepcopy(model)
    history = []
    began = time.monotonic()
    for epoch in range(config.epochs):
        for group in optimizer.param_groups:
            group["lr"] = config.lr / (1.0 + config.decay * epoch)
        for chunk in _by_length(data, train_ids, config.batch, rng):
            if max_seconds and time.monotonic() - began > max_seconds:
                break  # the time is up: score what was learned so far, then stop
            words, chars, flags, lengths, tags, mask = batches.tensors(chunk)
            if config.word_dropout:
                drop = torch.rand(words.shape, device=words.device) < config.word_dropout
                words = torch.where(drop & mask, torch.ones_like(words), words)
            loss = model.nll(model.emissions(words, chars, flags, lengths), tags, mask)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), config.clip)
            optimizer.step()
        table = dev_scores(model, batches, data, dev) if dev else {"micro": {"f1": 0.0}}
        f1 = table["micro"]["f1"]
        history.append({"epoch": epoch + 1, "dev_f1": f1, "loss": round(float(loss.detach()), 3),
                        "seconds": round(time.monotonic() - began, 1)})
        if pick:  # the epoch is chosen on the held-out training sentences, not on dev
            f1 = history[-1]["pick_f1"] = dev_scores(model, batches, data, pick)["micro"]["f1"]
        if config.average_from and epoch + 1 >= config.average_from:
            average.add(model.state_dict())
            if dev:  # logged only: the average is kept whatever it scores
                averaged.load_state_dict(average.mean)
                history[-1]["average_dev_f1"] = dev_scores(averaged, batches, data, dev)[
                    "micro"]["f1"]
        log(json.dumps(history[-1]))
        if f1 > best[0] or not (dev or pick):
            best = (f1, copy.deepcopy(model.state_dict()), table, epoch + 1)
        if max_seconds and time.monotonic() - began > max_seconds:
            break
    if average.count:
        if best_epoch is not None:
            best_epoch.update(epoch=best[3], state=best[1], dev=best[2])
        model.load_state_dict(average.mean)
        table = dev_scores(model, batches, data, dev) if dev else best[2]
        return model.cpu(), table, history
    model.load_state_dict(best[1])
    return model.cpu(), best[2], history


def export(model, data: dict[str, Any], config: Config, path: str | Path,
           half: bool = True, report: dict | None = None) -> None:
    """The weights as numpy arrays (``khabar.entities.neural_tagger`` reads them)."""
    import numpy as np

    arrays = {name: value.detach().cpu().numpy() for name, value in model.state_dict().items()}
    if half:  # weight matrices in half precision halve the file; biases and the CRF stay
        arrays = {name: value.astype(np.float16) if value.ndim > 1 and name != "transitions"
                  else value for name, value in arrays.items()}
    meta = {"config": asdict(config), "report": report or {}}
    np.savez_compressed(
        path, words_list=data["words"], chars_list=data["chars"], labels=data["labels"],
        flags=data["flags"], meta=np.array(json.dumps(meta)),
        **{f"w.{name}": value for name, value in arrays.items()})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prepared")
    parser.add_argument("--output", required=True)
    parser.add_argument("--config", default="", help="JSON object of Config fields")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--max-seconds", type=float, default=0.0)
    parser.add_argument("--report", default="")
    parser.add_argument("--threads", type=int, default=0,
                        help="torch CPU threads (several trainings share the machine)")
    parser.add_argument("--picked-output", default="",
                        help="with average_from: also write the picked epoch's model here")
    args = parser.parse_args(argv)
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    config = Config.from_json(args.config)
    data = load_prepared(args.prepared)
    began = time.monotonic()
    picked: dict = {}
    model, table, history = train(data, config, args.device, args.max_seconds,
                                  best_epoch=picked)
    report = {"config": asdict(config), "dev": table, "history": history,
              "seconds": round(time.monotonic() - began, 1), "device": args.device}
    export(model, data, config, args.output, report=report)
    if args.picked_output and picked:
        report["picked"] = {"epoch": picked["epoch"], "dev": picked["dev"]}
        model.load_state_dict(picked["state"])
        export(model, data, config, args.picked_output, report=report)
    if args.report:
        Path(args.report).write_text(json.dumps(report, indent=1))
    print(json.dumps({"dev_micro_f1": table["micro"]["f1"], "output": args.output}))


if __name__ == "__main__":
    main()
