"""``khabar tag`` and ``khabar eval ner``: the NER model on CoNLL files.

``tag`` prints ``token<TAB>predicted-tag`` for every token, blank lines kept; ``eval ner``
prints entity-level precision, recall and F1 (exact span and type) per type and
micro-averaged over PER, ORG and LOC.
"""

from __future__ import annotations

import json

import click

LANGS = ("fa", "ar")


def _tagger(lang: str, model: str | None, neural: str | None, crf_only: bool):
    """The shipped tagger (what the entity stage uses), or the model files given: a CRF
    (``.crfsuite``), a neural model (``.npz``), or a CRF pooled with ``--neural``."""
    from khabar.entities.crf import CrfTagger, model_path
    from khabar.entities.neural_tagger import NeuralTagger
    from khabar.entities.pooled import pooled_tagger, stage_tagger
    from khabar.settings import Settings

    settings = Settings()
    weight, fill = float(settings["entities.crf_weight"]), bool(settings["entities.crf_fill"])
    if model and model.endswith(".npz"):  # written by `khabar train ner-neural`
        return NeuralTagger(model)
    if neural:
        return pooled_tagger(model or model_path(lang), neural, lang, weight, fill)
    if model or crf_only:
        return CrfTagger(model or model_path(lang), lang)
    return stage_tagger(lang, bool(settings.get("entities.neural")), weight, fill)


def _model_options(command):
    command = click.option("--model", type=click.Path(exists=True, dir_okay=False),
                           default=None, help="A CRF (.crfsuite) or neural (.npz) model "
                           "file instead of the shipped tagger.")(command)
    command = click.option("--neural", type=click.Path(exists=True, dir_okay=False),
                           default=None, help="A neural model (.npz) to pool with the CRF "
                           "(--model or the shipped one).")(command)
    return click.option("--crf-only", is_flag=True,
                        help="The shipped CRF alone, without the neural model.")(command)


@click.command("tag")
@click.option("--lang", type=click.Choice(LANGS), required=True)
@click.option("--conll", "path", type=click.Path(exists=True, dir_okay=False), required=True,
              help="CoNLL file: one token (and optional gold tag) a line.")
@_model_options
def tag(lang: str, path: str, model: str | None, neural: str | None, crf_only: bool) -> None:
    """Tag the tokens of a CoNLL file with the NER model: token<TAB>BIO tag."""
    from khabar.entities.conll import read_lines, tag_lines

    tagger = _tagger(lang, model, neural, crf_only)
    lines = tag_lines(read_lines(path), tagger.tag_many)
    if lines:
        click.echo("\n".join(lines))


@click.command("ner")
@click.option("--lang", type=click.Choice(LANGS), required=True)
@click.option("--conll", "path", type=click.Path(exists=True, dir_okay=False), required=True,
              help="Gold CoNLL file: one `token TAG` a line, blank between sentences.")
@_model_options
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of a table.")
def eval_ner(lang: str, path: str, model: str | None, neural: str | None, crf_only: bool,
             as_json: bool) -> None:
    """Entity-level P/R/F1 per type and micro over PER, ORG, LOC."""
    from khabar.entities.conll import ConllError, map_tag, read_conll, score

    sentences = read_conll(path)
    if not any(tag != "O" for s in sentences for tag in s.tags):
        raise ConllError(f"{path} holds no PER, ORG or LOC gold tag, so there is nothing to "
                         "score; give a gold CoNLL file: one `token TAG` a line (B-PER, "
                         "I-LOC, B-pers...), a blank line between sentences")
    tagger = _tagger(lang, model, neural, crf_only)
    predicted = [[map_tag(t) for t in tags]
                 for tags in tagger.tag_many([s.tokens for s in sentences])]
    table = score([s.tags for s in sentences], predicted).table()
    if as_json:
        click.echo(json.dumps(table))
        return
    click.echo(f"{'type':<6} {'precision':>9} {'recall':>7} {'f1':>6} {'gold':>6}")
    for name, row in table.items():
        click.echo(f"{name:<6} {row['precision']:>9.2f} {row['recall']:>7.2f} "
                   f"{row['f1']:>6.2f} {int(row['gold']):>6}")
