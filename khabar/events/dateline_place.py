"""The country a story is told from, for a state body or force it names bare.

The press leaves its own state's bodies without a country only at home: «السلطات» and
«الشرطة» in a report filed from London («لندن - رويترز:») are Britain's. So the dateline's
place decides (``entities.datelines.dateline_country``), and the outlet's country only where the
story names none. The article's heaviest country is not asked: a story of a border
(India and Pakistan) weighs both, and its police are the dateline's or the outlet's.
"""

from __future__ import annotations

from khabar.doc import Doc
from khabar.entities.datelines import dateline_country
from khabar.meta.outlets import home_country


def story_country(doc: Doc) -> str | None:
    """Where the story is told from: the dateline's country, else the outlet's."""
    return dateline_country(doc, doc.entities) or home_country(doc)
