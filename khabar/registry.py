"""Stages registered under versioned names, built-in and from plugins alike.

A stage is a factory ``make(settings) -> Callable[[Doc], Doc]`` registered with the
``@stage`` decorator, which declares what the stage requires and assigns. Built-in
stages are listed by module so that importing khabar stays fast; third-party stages
come through the ``khabar.stages`` entry-point group (``name = "module:factory"``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import TYPE_CHECKING

from khabar.errors import PipelineError

if TYPE_CHECKING:
    from khabar.doc import Doc
    from khabar.settings import Settings

StageFunction = Callable[["Doc"], "Doc"]
StageFactory = Callable[["Settings"], StageFunction]

#: Where each built-in stage is defined; importing the module registers it.
BUILTIN_MODULES: dict[str, str] = {
    "khabar.clean.lines.v1": "khabar.clean.boilerplate",
    "khabar.langid.script.v1": "khabar.langid",
    "khabar.normalize.chars.v1": "khabar.normalize.stage",
    "khabar.normalize.zwnj.v1": "khabar.normalize.stage",
    "khabar.meta.published.v1": "khabar.meta.published",
    "khabar.meta.sources.v1": "khabar.meta.sources",
    "khabar.text.sentences.v1": "khabar.text.sentences",
    "khabar.meta.dates.v1": "khabar.meta.stage",
    "khabar.entities.rules.v1": "khabar.entities.stage",
    "khabar.entities.ner.v2": "khabar.entities.ner",
    "khabar.entities.title.v1": "khabar.entities.headline",
    "khabar.entities.header.v1": "khabar.entities.header_lines",
    "khabar.events.triggers.v2": "khabar.events.stage",
    "khabar.quotes.verbs.v2": "khabar.events.quotes",
    "khabar.stories.fingerprint.v2": "khabar.stories.fingerprint",
}

ENTRY_POINT_GROUP = "khabar.stages"

#: Stages whose output changed meaning under a new version: what to do instead.
RETIRED: dict[str, str] = {
    "khabar.stories.fingerprint.v1": (
        "replaced by 'khabar.stories.fingerprint.v2' (one-permutation MinHash; v1 signatures "
        "do not compare with v2 ones): name v2 in `pipeline.stages`, and run "
        "`khabar reprocess --all` on stores written with v1"),
    "khabar.events.triggers.v1": (
        "replaced by 'khabar.events.triggers.v2' (main events chosen by the headline, "
        "visitors as actors, nationals and counterparts as targets: its events differ from "
        "v1's): name v2 in `pipeline.stages`, and run `khabar reprocess --all` on stores "
        "written with v1"),
    "khabar.entities.ner.v1": (
        "replaced by 'khabar.entities.ner.v2' (the CRF pooled with a neural tagger: its "
        "entities differ from v1's): name v2 in `pipeline.stages` (set `entities.neural` to "
        "false for the CRF alone), and run `khabar reprocess --all` on stores written with v1"),
    "khabar.quotes.verbs.v1": (
        "replaced by 'khabar.quotes.verbs.v2' (whole names and unnamed bodies as speakers, "
        "posts that stand for the person named before: its speakers differ from v1's): name "
        "v2 in `pipeline.stages`, and run `khabar reprocess --all` on stores written with v1"),
}


@dataclass(frozen=True)
class StageInfo:
    name: str
    factory: StageFactory
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    help: str


_REGISTRY: dict[str, StageInfo] = {}


def stage(
    name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()
) -> Callable[[StageFactory], StageFactory]:
    """Register a stage factory under a versioned name such as ``khabar.ner.crf.v1``."""

    def register(factory: StageFactory) -> StageFactory:
        doc = (factory.__doc__ or "").strip().splitlines()
        _REGISTRY[name] = StageInfo(name, factory, requires, assigns, doc[0] if doc else "")
        return factory

    return register


def get_stage(name: str) -> StageInfo:
    """The registered stage of that name, importing its module on first use."""
    if name not in _REGISTRY:
        module = BUILTIN_MODULES.get(name)
        if module is not None:
            importlib.import_module(module)
        else:
            _load_plugin(name)
    if name not in _REGISTRY and name in RETIRED:
        raise PipelineError(f"stage {name!r} was {RETIRED[name]}")
    if name not in _REGISTRY:
        raise PipelineError(
            f"unknown stage {name!r}; `khabar stages` lists the available ones, "
            f"and plugins register theirs in the {ENTRY_POINT_GROUP!r} entry-point group"
        )
    return _REGISTRY[name]


def _load_plugin(name: str) -> None:
    for point in entry_points(group=ENTRY_POINT_GROUP):
        if point.name == name:
            point.load()  # importing the plugin runs its @stage decorator


def available() -> list[str]:
    """Names of every built-in and plugin stage."""
    names = set(BUILTIN_MODULES) | {p.name for p in entry_points(group=ENTRY_POINT_GROUP)}
    return sorted(names)
