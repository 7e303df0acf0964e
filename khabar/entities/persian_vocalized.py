"""A name written with Arabic short vowels in a Persian article is Arabic scripture, not a
name (issue 5, session 14 (2026-12-06)).

Persian news writes no short vowels: the fatha, damma, kasra and sukun, and the tanwin of
damma and kasra, appear in a Persian article only where it quotes Arabic written with them,
the Quran and the hadith («وَهُوَ الَّذِی مَرَجَ الْبَحْرَیْنِ», «قَالَ رَبِّ ارْجِعُونِ»). The
Persian tagger reads such words as names (on 400 unlabelled Fars and Hamshahri articles, 148
persons in three religious articles, «[الَّذِی مَرَج]», «[رَب]», «[الْمَوْت]», and their
surnames spread to «فِی» and «الْجَنَّة»). A person, organisation or place any word of which
carries one of these marks is dropped. Left out as Persian: the shadda («محمّد», «اوّل») and
the tanwin of fatha («کاملاً», «تقریباً»), which Persian spelling keeps.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from khabar.doc import Entity

SHORT_VOWELS = frozenset("\u064c\u064d\u064e\u064f\u0650\u0652")
"""Tanwin of damma and kasra, fatha, damma, kasra, sukun."""
NAMES = frozenset({"PER", "ORG", "LOC"})


def vocalized(name: str) -> bool:
    """Whether ``name`` holds a short vowel of Arabic written with its vowels."""
    return any(ch in SHORT_VOWELS for ch in name)


def _written(text: str, e: Entity) -> str:
    """The entity's words with the marks written right after its last letter («[رَب]ِّ»:
    the tagger's span leaves the last letter's vowel out)."""
    end = e.end
    while end < len(text) and unicodedata.category(text[end]) == "Mn":
        end += 1
    return text[e.start:end]


def drop_vocalized(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` without the names written with Arabic short vowels (see the module)."""
    return [e for e in entities if not (e.type in NAMES and vocalized(_written(text, e)))]
