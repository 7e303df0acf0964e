"""Saudi companies named by one word of their own («سابك», «موبايلي», «أرامكو»:
``resources/entities/company_names_ar.tsv``). The tagger reads such a brand as a body
only after «شركة» or in a market list; bare in running text («وقدمت موبايلي لعملائها»,
«التابع لأرامكو») it is missed or read as a person. A listed word, with a proclitic on it
or not (left out of the span), is the organisation where no body covers it already; a
person or place of that one word gives way to it. The name takes the next word when that
is a listed end of a company's name, its nation or line of business («أرامكو السعودية»,
«بوبا العربية», «ميدغلف للتأمين»), as ``arabic_company_lists`` reads a market list.
Session 21 (2026-12-06), issue 5, engineer ent_ar.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Entity
from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.phrases import clitic_variants
from khabar.entities.words import keys_by_kind, with_org

SOURCE = "company_name"


def _words(kind: str) -> frozenset[str]:
    """The listed words of ``kind`` (``keys_by_kind`` caches the file's kinds)."""
    return keys_by_kind("entities/company_names_ar.tsv").get(kind, frozenset())


def _name_start(word: Word) -> int | None:
    """Where the listed name starts in the word (after its proclitic), or None."""
    names = _words("name")
    for skip, rest in clitic_variants(word):
        if rest in names:
            return word.start + skip
    return None


def _name_end(text: str, tokens: Sequence[Word], k: int) -> int:
    """Where the name of the brand at word ``k`` ends: after a listed end of a name
    written right after it («أرامكو السعودية»), or with the brand."""
    if k + 1 < len(tokens) and text[tokens[k].end:tokens[k + 1].start] == " " and (
            phrase_key(tokens[k + 1].text) in _words("name_end")):
        return tokens[k + 1].end
    return tokens[k].end


def company_names(text: str, tokens: Sequence[Word], kept: list[Entity]) -> list[Entity]:
    """``kept`` with the listed companies named bare (see the module)."""
    out = list(kept)
    for k, word in enumerate(tokens):
        start = _name_start(word)
        if start is None:
            continue
        end = _name_end(text, tokens, k)
        over = [e for e in out if e.start < end and start < e.end]
        if any(e.type == "ORG" or e.start < word.start or e.end > end for e in over):
            continue  # a body read already, or a longer name the word is part of
        out = with_org(out, text, start, end, SOURCE)
    return sorted(out, key=lambda e: (e.start, e.end))
