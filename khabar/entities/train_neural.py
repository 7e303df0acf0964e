"""``khabar train ner-neural``: the neural NER tagger of one language.

Steps: word vectors from raw news (``--corpus``, or an .npz made earlier with
``--embeddings``), the CoNLL file turned into arrays (same dev split as ``khabar train
ner``: every ``--dev-every``-th sentence), then training with torch, keeping the epoch
with the best dev micro-F1 (or, with ``{"average_from": K}`` in ``--config``, the mean of
the weights of epochs K to the last). ``--prepare-only`` stops after the arrays, which
``python -m khabar.entities.neural_train`` trains on a machine that has torch (a GPU)
but not khabar's other dependencies.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

import click

from khabar.entities.train_ner import labelled_data_options, labelled_sentences
from khabar.errors import ResourceError


@click.command("ner-neural")
@labelled_data_options
@click.option("--corpus", "corpus", multiple=True,
              type=click.Path(exists=True, dir_okay=False),
              help="JSON-lines raw news (a `text` field) to learn the starting word vectors.")
@click.option("--embeddings", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Word vectors already built (.npz with `words`, `vectors`).")
@click.option("--save-embeddings", type=click.Path(dir_okay=False), default=None,
              help="Keep the vectors learned from --corpus in this .npz.")
@click.option("--prepare-only", type=click.Path(dir_okay=False), default=None,
              help="Write the training arrays here and stop (train them elsewhere).")
@click.option("--output", type=click.Path(dir_okay=False), default=None,
              help="Model file (default: the shipped resources/ner/LANG.neural.npz).")
@click.option("--config", default="", help="JSON object of training settings "
              "(khabar.entities.neural_train.Config), e.g. '{\"hidden\": 128}'.")
@click.option("--device", default="cpu", show_default=True, help="torch device.")
@click.option("--max-seconds", type=float, default=0.0, help="Stop after an epoch past this.")
@click.option("--limit", type=int, default=0, help="Use only the first N sentences (tests).")
def ner_neural(lang: str, data: tuple[str, ...], corpus: tuple[str, ...],
               embeddings: str | None, save_embeddings: str | None,
               prepare_only: str | None, output: str | None, dev_every: int, config: str,
               device: str, max_seconds: float, limit: int) -> None:
    """Train the neural NER model of LANG and print its dev scores as JSON."""
    from khabar.entities.neural_prepare import prepare

    _, train_part, dev = labelled_sentences(data, limit, dev_every)
    with tempfile.TemporaryDirectory() as scratch:
        vectors = _vectors(corpus, embeddings, save_embeddings, Path(scratch))
        prepared = Path(prepare_only) if prepare_only else Path(scratch) / "prepared.npz"
        sizes = prepare(train_part, dev, vectors, prepared)
        report: dict = {"lang": lang, "data": list(data), "train_sentences": len(train_part),
                        "dev_sentences": len(dev), **sizes}
        if not prepare_only:
            report.update(_train(prepared, lang, output, config, device, max_seconds))
    click.echo(json.dumps(report, ensure_ascii=False, indent=1))


def _vectors(corpus: tuple[str, ...], embeddings: str | None, save: str | None,
             scratch: Path) -> dict[str, object]:
    from khabar.entities.embeddings import build_embeddings, load_embeddings

    if embeddings:
        return load_embeddings(embeddings)
    if not corpus:
        return {}
    target = Path(save) if save else scratch / "vectors.npz"
    build_embeddings(corpus, target)
    return load_embeddings(target)


def _train(prepared: Path, lang: str, output: str | None, config_json: str, device: str,
           max_seconds: float) -> dict:
    try:
        import torch  # noqa: F401  (only to fail early with the way to install it)
    except ImportError as error:  # pragma: no cover - torch is an optional extra
        raise ResourceError("training needs torch: pip install 'khabar[neural]'") from error
    from khabar.entities import neural_train
    from khabar.entities.neural_tagger import neural_model_path

    config = neural_train.Config.from_json(config_json)
    data = neural_train.load_prepared(prepared)
    began = time.monotonic()
    model, table, history = neural_train.train(data, config, device, max_seconds,
                                               log=lambda line: click.echo(line, err=True))
    target = Path(output) if output else neural_model_path(lang)
    report = {"dev": table, "epochs": len(history),
              "train_seconds": round(time.monotonic() - began, 1)}
    neural_train.export(model, data, config, target, report=report)
    return {**report, "model": str(target), "model_bytes": target.stat().st_size}
