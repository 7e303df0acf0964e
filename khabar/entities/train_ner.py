"""``khabar train ner``: train the CRF tagger of one language from a CoNLL file.

The dev split is carved from the training file itself (every ``--dev-every``-th
sentence), scored, and reported; ``--final`` then retrains on every sentence, with the
same hyper-parameters, for the model that ships.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import click

LANGS = ("fa", "ar")


def labelled_data_options(command):
    """``--lang``, ``--data`` and ``--dev-every``, read alike by every NER trainer."""
    command = click.option("--dev-every", type=int, default=10, show_default=True,
                           help="Every N-th sentence is held out as dev and scored; 0 holds "
                           "out nothing.")(command)
    command = click.option("--data", "data", multiple=True, required=True,
                           type=click.Path(exists=True, dir_okay=False),
                           help="CoNLL training file(s): one `token TAG` a line, blank "
                           "between sentences.")(command)
    return click.option("--lang", type=click.Choice(LANGS), required=True)(command)


def labelled_sentences(data: tuple[str, ...], limit: int, dev_every: int
                       ) -> tuple[list, list, list]:
    """Every sentence of the CoNLL files (the first ``limit`` when set), and its training
    and dev parts: the same split for every trainer, so their dev scores compare."""
    from khabar.entities.conll import dev_split, read_conll

    sentences = [s for path in data for s in read_conll(path, keep_other=True)]
    if limit:
        sentences = sentences[:limit]
    train_part, dev = dev_split(sentences, dev_every) if dev_every > 1 else (sentences, [])
    return sentences, train_part, dev


@click.command("ner")
@labelled_data_options
@click.option("--output", type=click.Path(dir_okay=False), default=None,
              help="Model file (default: the shipped resources/ner/LANG.crfsuite).")
@click.option("--final/--no-final", default=False,
              help="After scoring on dev, retrain on every sentence for the shipped model.")
@click.option("--c1", type=float, default=0.05, show_default=True, help="L1 weight.")
@click.option("--c2", type=float, default=0.01, show_default=True, help="L2 weight.")
@click.option("--iterations", type=int, default=150, show_default=True)
@click.option("--limit", type=int, default=0, help="Use only the first N sentences (tests).")
def ner(lang: str, data: tuple[str, ...], output: str | None, dev_every: int, final: bool,
        c1: float, c2: float, iterations: int, limit: int) -> None:
    """Train the NER model of LANG and print its dev scores as JSON."""
    from khabar.entities.conll import map_tag, score
    from khabar.entities.crf import CrfTagger, TrainingParams, model_path, train

    sentences, train_part, dev = labelled_sentences(data, limit, dev_every)
    params = TrainingParams(c1=c1, c2=c2, max_iterations=iterations)
    target = Path(output) if output else model_path(lang)
    began = time.monotonic()
    train(train_part, target, lang, params)
    report: dict = {"lang": lang, "data": list(data), "sentences": len(sentences),
                    "train_sentences": len(train_part), "dev_sentences": len(dev),
                    "params": vars(params), "train_seconds": round(time.monotonic() - began, 1)}
    if dev:
        tagger = CrfTagger(target, lang)
        predicted = [tagger.tag(s.tokens) for s in dev]
        gold = [[map_tag(t) for t in s.tags] for s in dev]
        report["dev"] = score(gold, [[map_tag(t) for t in p] for p in predicted]).table()
    if final and dev:
        train(sentences, target, lang, params)
        report["final_trained_on"] = len(sentences)
    report["model"] = str(target)
    report["model_bytes"] = target.stat().st_size
    click.echo(json.dumps(report, ensure_ascii=False, indent=1))


@click.command("ner-clusters")
@click.option("--lang", type=click.Choice(LANGS), required=True)
@click.option("--corpus", "corpus", multiple=True, required=True,
              type=click.Path(exists=True, dir_okay=False),
              help="JSON-lines news files with a `text` field (raw text, no labels).")
@click.option("--output", type=click.Path(dir_okay=False), default=None,
              help="Cluster file (default: the shipped resources/ner/LANG.clusters.tsv).")
def ner_clusters(lang: str, corpus: tuple[str, ...], output: str | None) -> None:
    """Learn the word clusters the NER model uses as features (needs numpy; retrain the
    model afterwards, since its cluster features change)."""
    from khabar.entities.clusters import build_clusters, cluster_path

    target = Path(output) if output else cluster_path(lang)
    began = time.monotonic()
    words = build_clusters(corpus, target)
    click.echo(json.dumps({"lang": lang, "corpus": list(corpus), "words": words,
                           "output": str(target),
                           "seconds": round(time.monotonic() - began, 1)}))
