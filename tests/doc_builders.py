"""Docs built by hand for stage tests: a simple sentence split, as the text stages give."""

from __future__ import annotations

import re

from khabar.doc import Doc
from khabar.entities.stage import find_entities

SIMPLE_SENTENCE = re.compile(r"[^.!?؟\n]+[.!?؟]?")


def simple_doc(text: str, lang: str, *, published: str | None = None,
               with_entities: bool = False) -> Doc:
    """A Doc whose sentences end at . ! ? ؟ or a line break; entities from the rules."""
    doc = Doc(raw=text)
    doc.lang, doc.published = lang, published
    doc.sentences = [m.span() for m in SIMPLE_SENTENCE.finditer(text) if m.group().strip()]
    if with_entities:
        doc.entities = find_entities(doc)
    return doc
