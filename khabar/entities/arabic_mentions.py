"""The Arabic rules over the persons and bodies found, once surnames are found alone
(``stage.add_surname_mentions``), in order: a list's glued «و» left out
(``arabic_listed_conjunction``, which also ends a person before a «و» that joins a
common word: session 18), a preposition glued to a definite word left out or the
phrase dropped (``arabic_preposition_persons``), a surname behind a glued proclitic
(``arabic_clitic_surnames``), a person after a noun of kind made the body
(``arabic_kind_persons``), a person naming a facility dropped
(``arabic_facility_names``), and the names of things (devices, storms, works…) dropped
with their other mentions (``arabic_thing_names``), then bodies named bare after a noun of
their kind (``arabic_kind_names``, engineer ent_ar_orgs). Session 17 (2026-12-06), issue 5.
Session 18: one-word persons whose word is a common word dropped before the last
(``arabic_word_persons``, engineer ent_ar_words).
Session 19: a glued proclitic left out of a mention the article also names without it,
last (``arabic_clitic_mentions``, engineer ent_ar).
Session 20: a person ended before a last word that is no name's (``arabic_run_on_words``,
after the one-word persons), and a one-word mention that is «و» + a common word dropped,
last (``arabic_conjoined_words``; engineer ent_ar2).
Session 21: Saudi companies named by one listed word of their own, last
(``arabic_company_names``, engineer ent_ar).
Session 24: persons of two words or more made only of common words dropped before the
one-word persons (``arabic_phrase_persons``), and last, a person and its own surname found
again alone right after it made one (``arabic_surname_joins``), once the surnames that are
no name's word are dropped (engineer ent_ar6).
Session 25: last, the bodies that are a staff («هيئة التدريس», «هيئة المحلفين») dropped
(``arabic_staff_names``, engineer ent_ar8).
Session 26: last, the letters of an acronym split at its dots made one body
(``arabic_acronym_names``) and a mosque's name read as a body dropped
(``arabic_mosque_names``; engineer ent_ar9).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Entity
from khabar.entities.arabic_acronym_names import acronym_names
from khabar.entities.arabic_clitic_mentions import clitic_off_repeated
from khabar.entities.arabic_clitic_surnames import clitic_surnames
from khabar.entities.arabic_company_names import company_names
from khabar.entities.arabic_conjoined_words import drop_conjoined_common_words
from khabar.entities.arabic_facility_names import drop_facility_persons
from khabar.entities.arabic_kind_names import kind_names
from khabar.entities.arabic_kind_persons import kind_persons
from khabar.entities.arabic_listed_conjunction import cut_joined_phrases, listed_conjunctions
from khabar.entities.arabic_mosque_names import drop_mosque_names
from khabar.entities.arabic_phrase_persons import drop_common_phrase_persons
from khabar.entities.arabic_preposition_persons import drop_preposition_openings
from khabar.entities.arabic_run_on_words import cut_run_on_words
from khabar.entities.arabic_staff_names import drop_staff_bodies
from khabar.entities.arabic_surname_joins import join_split_surnames
from khabar.entities.arabic_thing_names import drop_thing_names
from khabar.entities.arabic_word_persons import drop_common_word_persons
from khabar.entities.gazetteer import Word


def arabic_mentions(text: str, tokens: Sequence[Word], kept: list[Entity]) -> list[Entity]:
    """``kept`` with the rules of the module applied in order."""
    kept = cut_joined_phrases(tokens, listed_conjunctions(text, tokens, kept))
    kept = drop_preposition_openings(text, tokens, kept)
    kept = kind_persons(text, tokens, clitic_surnames(text, tokens, kept))
    kept = drop_thing_names(tokens, drop_facility_persons(tokens, kept))
    kept = drop_common_word_persons(text, tokens, drop_common_phrase_persons(kept))
    kept = cut_run_on_words(tokens, kept)
    kept = clitic_off_repeated(text, tokens, kind_names(text, tokens, kept))
    kept = company_names(text, tokens, drop_conjoined_common_words(tokens, kept))
    kept = drop_staff_bodies(join_split_surnames(text, tokens, kept))
    return drop_mosque_names(text, tokens, acronym_names(text, tokens, kept))
