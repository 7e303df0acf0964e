"""A surname that is also a common word is kept after a Persian title of address and a
given name (issue 5, session 22 (2026-12-07), engineer ent_fa4).

The title rule reads one word after a title whose next word is no listed given name of
its own (``given_names_fa.txt`` leaves out given names that are common words, «وحید»),
and the surname after it is a common word too: «مهندس [وحید] مفید گفت» kept «وحید» only.
Persian news names a person after «مهندس», «دکتر», «آقای», «خانم»
(``address_titles_fa.txt``) by given name and surname, so a one-word titled person that
is a given name of either list takes the next word as its surname when that word can be
one (``persian_cut_names.surname_after``: no verb, function word, place, commonest word or
compound verb's noun, held by no other entity) and the name ends right after it: a mark,
a finite verb or a post follows («مهندس وحید مفید، مدیرعامل ...», «... مفید گفت», «...
مفید مدیرکل ...»). A preposition, «و» or another noun after it leaves the person as it
was: the word may open the clause's object or a phrase («دکتر علی خوب و ...»).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import Entity
from khabar.entities.persian_amir import is_given_name
from khabar.entities.persian_cut_names import surname_after
from khabar.entities.persian_tidy import is_word, with_surname_suffix
from khabar.entities.persian_word_persons import post_nouns
from khabar.entities.words import Word, listed_keys
from khabar.text.persian_verbs import finite_verbs
from khabar.text.tokens import held_tokens, token_at


def _address_titles() -> frozenset[str]:
    return listed_keys("entities/address_titles_fa.txt")


def _titled_given_name(tokens: Sequence[Word], k: int | None, e: Entity) -> bool:
    """The person is one given name right after a title of address."""
    return (e.type == "PER" and bool(e.role) and k is not None and k > 0
            and tokens[k].end == e.end and tokens[k - 1].folded in _address_titles()
            and is_given_name(tokens[k]))


def _name_ends_before(tokens: Sequence[Word], j: int) -> bool:
    """Word ``j`` shows the name ended before it: a mark, a finite verb or a post."""
    if j >= len(tokens) or not is_word(tokens[j]):
        return True
    return tokens[j].folded in finite_verbs() or tokens[j].folded in post_nouns()


def titled_given_surnames(text: str, tokens: Sequence[Word],
                          entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with each titled given-name person grown over a surname that is a
    common word (see the module)."""
    starts = [w.start for w in tokens]
    held = held_tokens(tokens, entities, starts)
    out = list(entities)
    for i, e in enumerate(entities):
        k = token_at(tokens, e.start, starts)
        if k is None or not _titled_given_name(tokens, k, e):
            continue
        surname = surname_after(text, tokens, k, held, opens=True)
        if surname is None or not _name_ends_before(tokens, k + 2):
            continue
        stop = tokens[k + 1].end
        grown = replace(e, end=stop, text=text[e.start:stop], key=f"per:{surname}")
        out[i] = with_surname_suffix(text, tokens, starts, grown)
    return out
