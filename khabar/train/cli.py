"""The ``khabar train`` group; each subcommand lives in its own module, loaded on use.

Add a trainer by naming its click command in ``SUBCOMMANDS`` (``name -> module:attr``);
nothing here imports a trainer until it is asked for, so ``khabar --help`` stays fast.
"""

from __future__ import annotations

import click

from khabar.lazy_commands import LazyGroup

#: Trainers by name: "module:attribute" of a click command.
SUBCOMMANDS: dict[str, str] = {
    "zwnj": "khabar.train.zwnj:zwnj",
    "langid": "khabar.train.langid:langid",
    "langid-lingua": "khabar.train.langid_lingua:langid_lingua",
    "ner": "khabar.entities.train_ner:ner",
    "ner-clusters": "khabar.entities.train_ner:ner_clusters",
    "ner-neural": "khabar.entities.train_neural:ner_neural",
    "given-names-fa": "khabar.train.given_names_fa:given_names_fa",
    "owned-org-names-fa": "khabar.train.owned_org_names_fa:owned_org_names_fa",
}


@click.group(cls=LazyGroup, lazy=SUBCOMMANDS)
def train() -> None:
    """Rebuild a shipped model or lexicon from data (see each resource's SOURCE.md)."""
