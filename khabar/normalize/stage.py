"""The character normalization stage: ``Doc.text`` in, normalized ``Doc.text`` out.

It needs ``lang`` because the right map depends on it (Persian turns Arabic ي/ك into
ی/ک, Arabic keeps them); with no language only the shared map runs. The offset map
composes with the one already on the Doc, so spans still point into ``Doc.raw``.
"""

from __future__ import annotations

from khabar.doc import Doc
from khabar.normalize.charmap import normalize
from khabar.normalize.zwnj import repair_edits, repair_text
from khabar.offsets import apply_edits
from khabar.registry import StageFunction, stage
from khabar.settings import Settings


@stage("khabar.normalize.chars.v1", requires=("text", "lang"), assigns=("text", "title"))
def make_normalize_stage(settings: Settings) -> StageFunction:
    """Offset-preserving character, joiner and space normalization for the Doc's language.

    The headline gets the same treatment: it is cut from the text (its raw span is in
    ``removed``), yet users read and search it beside the text.
    """

    def run(doc: Doc) -> Doc:
        text, to_previous = normalize(doc.text, doc.lang)
        if text != doc.text:
            doc.set_text(text, to_previous)
        if doc.title:
            doc.title = normalize(doc.title, doc.lang)[0]
        return doc

    return run


@stage("khabar.normalize.zwnj.v1", requires=("text", "lang"), assigns=("text", "title"))
def make_zwnj_stage(settings: Settings) -> StageFunction:
    """Persian half-space (ZWNJ) repair from a lexicon and morphology, offsets kept.

    The headline is repaired too (see the character stage).
    """

    def run(doc: Doc) -> Doc:
        text, to_previous = apply_edits(doc.text, list(repair_edits(doc.text, doc.lang)))
        if text != doc.text:
            doc.set_text(text, to_previous)
        if doc.title:
            doc.title = repair_text(doc.title, doc.lang)
        return doc

    return run
