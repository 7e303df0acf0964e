"""``khabar tag`` and ``khabar eval ner``: the NER model on CoNLL files.

``tag`` prints ``token<TAB>predicted-tag`` for every token, blank lines kept; ``eval ner``
prints entity-level precision, recall and F1 (exact span and type) per type and
micro-averaged over PER, ORG and LOC.
"""

from __future__ import annotations

import json

import click

LANGS = ("fa", "ar")


def _tagger(lang: str, model: str | None):
    from khabar.entities.crf import CrfTagger, tagger_for

    return CrfTagger(model, lang) if model else tagger_for(lang)


@click.command("tag")
@click.option("--lang", type=click.Choice(LANGS), required=True)
@click.option("--conll", "path", type=click.Path(exists=True, dir_okay=False), required=True,
              help="CoNLL file: one token (and optional gold tag) a line.")
@click.option("--model", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Model file (default: the shipped model of --lang).")
def tag(lang: str, path: str, model: str | None) -> None:
    """Tag the tokens of a CoNLL file with the NER model: token<TAB>BIO tag."""
    from khabar.entities.conll import read_conll

    tagger = _tagger(lang, model)
    for sentence in read_conll(path):
        lines = [f"{token}\t{predicted}" for token, predicted
                 in zip(sentence.tokens, tagger.tag(sentence.tokens), strict=True)]
        click.echo("\n".join(lines) + "\n")


@click.command("ner")
@click.option("--lang", type=click.Choice(LANGS), required=True)
@click.option("--conll", "path", type=click.Path(exists=True, dir_okay=False), required=True,
              help="Gold CoNLL file: one `token TAG` a line, blank between sentences.")
@click.option("--model", type=click.Path(exists=True, dir_okay=False), default=None)
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of a table.")
def eval_ner(lang: str, path: str, model: str | None, as_json: bool) -> None:
    """Entity-level P/R/F1 per type and micro over PER, ORG, LOC."""
    from khabar.entities.conll import map_tag, read_conll, score

    tagger = _tagger(lang, model)
    sentences = read_conll(path)
    predicted = [[map_tag(t) for t in tagger.tag(s.tokens)] for s in sentences]
    table = score([s.tags for s in sentences], predicted).table()
    if as_json:
        click.echo(json.dumps(table))
        return
    click.echo(f"{'type':<6} {'precision':>9} {'recall':>7} {'f1':>6} {'gold':>6}")
    for name, row in table.items():
        click.echo(f"{name:<6} {row['precision']:>9.2f} {row['recall']:>7.2f} "
                   f"{row['f1']:>6.2f} {int(row['gold']):>6}")
