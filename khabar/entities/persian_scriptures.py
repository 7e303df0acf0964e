"""A scripture is no person and no organisation (issue 5, session 14 (2026-12-06)).

Persian religious news names the Quran and other scriptures and devotional books often:
«حافظ کل قرآن», «تاثیر قرآن کریم بر دیوان ناصرخسرو». They are works, which the gold never
labels (``bench/data/ENTITIES-GOLD.md``), yet the tagger reads one as an organisation
(«[قرآن]») or a person («[مفردات قرآن کریم]»), and the surname rule grows a person's last word
(«کریم») over one («[قرآن کریم]», eight times in one article). A person any of whose words is
a one-word name of ``scriptures_fa.txt``, or an organisation that is one of its names, is
dropped; the adjective «قرآنی» and a body named after one («دانشگاه علوم و معارف قرآن کریم»)
stay.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.words import listed_keys, phrase_key


def _scriptures() -> frozenset[str]:
    return listed_keys("entities/scriptures_fa.txt")


def _is_scripture(e: Entity) -> bool:
    if e.type == "ORG":
        return phrase_key(e.text) in _scriptures()
    return e.type == "PER" and any(w.folded in _scriptures() for w in words(e.text))


def drop_scriptures(entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` without scriptures read as persons or organisations (see the module)."""
    return [e for e in entities if not _is_scripture(e)]
