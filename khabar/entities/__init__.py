"""Entities: places from a gazetteer, organisations from a list, persons from titles.

``khabar.entities.stage`` registers the rule-based stage ``khabar.entities.rules.v1``.
Every list it uses is data under ``resources/entities`` (see its SOURCE.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from khabar.doc import Doc, Entity

__all__ = ["find_entities"]


def find_entities(doc: Doc) -> list[Entity]:
    """Every entity of a document (see ``khabar.entities.stage.find_entities``)."""
    from khabar.entities.stage import find_entities as find

    return find(doc)
