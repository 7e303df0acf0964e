"""A foreign person's name in quotation marks in Persian (issue 5, session 22 (2026-12-06),
engineer ent_fa).

Hamshahri writes a foreign name, and often a Persian one, in quotation marks («جیم جارموش»,
«استیون سودربرگ», «فرانک لبوف»). The tagger misses foreign names it has not seen, and the
quoted-name rule (``titles.quoted_persons``) reads only those that open with a given name of
the taggers' list, which holds few foreign ones. Here quotation marks that hold nothing but a
given name of the Persian rules' lists (``persian_untagged_names``: the foreign ones of
``foreign_given_names_fa.txt`` among them) and one or two words the lexicon hardly knows (a
borrowed name: ``persian_press``' test; no place) name a person, where no entity holds those
words. A common Persian word after the given name is no surname here («حسن نیت» 'good
faith'); the Persian names the taggers and the other rules read. A rare Persian word passes
for a borrowed one: «غزل قرآنیه» (a poem) and «رستم زایی» ('caesarean birth') were read as
persons on the shared articles checked (2 names of 21, bench/ent_fa_session22_results.json).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Entity
from khabar.entities.gazetteer import place_index
from khabar.entities.persian_credits import quoted_name_end
from khabar.entities.persian_press import borrowed_word
from khabar.entities.persian_untagged_names import is_long_given_name
from khabar.entities.titles import person_key
from khabar.entities.words import Word
from khabar.normalize.zwnj_lexicon import lexicon
from khabar.text.tokens import held_tokens

OPEN_QUOTE = "«"


def _surname_word(word: Word) -> bool:
    """A word after the given name inside the quotation marks: a borrowed word, no place."""
    return (borrowed_word(word, lexicon().weight, True)
            and place_index().get(word.text) is None)


def _quoted_end(text: str, tokens: Sequence[Word], k: int, held: set[int]) -> int | None:
    """The index after the name opening at ``k`` (right after an opening mark) when the
    closing mark follows it, or None (see the module): a given name, then one or two
    borrowed words."""
    return quoted_name_end(text, tokens, k, held, is_long_given_name, _surname_word)


def quoted_foreign_persons(text: str, tokens: Sequence[Word],
                           entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the persons named in quotation marks (see the module)."""
    held = held_tokens(tokens, entities)
    found = []
    for k in range(len(tokens) - 1):
        stop = _quoted_end(text, tokens, k + 1, held) if tokens[k].text == OPEN_QUOTE else None
        if stop is not None:
            start, end = tokens[k + 1].start, tokens[stop - 1].end
            found.append(Entity(start, end, type="PER", text=text[start:end],
                                key=person_key(tokens, k + 1, stop - 1), source="quoted"))
    return sorted([*entities, *found], key=lambda e: e.start)
