"""A one-word person or organisation written with the plural suffix «‌ها» is a plural noun,
no name (issue 5, session 20 (2026-12-06), engineer ent_fa).

The tagger reads a group named by a plural as an organisation: «اروپایی‌ها» 'the
Europeans', «صهیونیست‌ها» 'the Zionists', «چچنی‌ها», «شهرستانی‌ها», «تلویزیونی‌ها», and now and
then a plural common noun («تیم [جذابیت‌های] این بازی»). No body or person is named by one
plural word, and the gold labels none of these (``bench/data/ENTITIES-GOLD.md``: generic
bodies, nationalities, a movement named by its members, as the Houthis, are not labelled). A
person or organisation of one word that ends in the suffix written apart, ZWNJ + «ها» or
«های», is dropped, unless the organisation lists or the KB know the word as a name
(``orgs_fa.txt``, the KB's organisations: «حوثی‌ها»). A plural written joined («اروپاییها»)
is left alone: the letters «ها» end many names too («سیناها»?, «طاها»).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import REFERENCE_SOURCES, Entity
from khabar.entities.persian_run_ons import known_org_keys
from khabar.entities.words import phrase_key, words
from khabar.kb.entries import KnowledgeBase

PLURAL_ENDINGS = ("\u200cها", "\u200cهای")
"""The Persian plural suffix written apart with a ZWNJ, bare and in the ezafe."""


def _plural_word(e: Entity, known: frozenset[str]) -> bool:
    parts = words(e.text)
    return (len(parts) == 1 and parts[0].text.endswith(PLURAL_ENDINGS)
            and phrase_key(e.text) not in known)


def drop_plural_names(entities: Sequence[Entity], kb: KnowledgeBase | None) -> list[Entity]:
    """``entities`` without the persons and organisations that are one plural word (see the
    module)."""
    known = known_org_keys(kb)
    return [e for e in entities
            if e.type not in ("PER", "ORG") or e.source in REFERENCE_SOURCES
            or not _plural_word(e, known)]
