"""The person credited with a work in Persian (issue 5, session 16 (2026-12-06), engineer
ent_fa).

Persian credits a film, play or book with a participle or a verbal noun whose complement is
the person: «ساخته مانی حقیقی» 'made by', «نوشته کاته رشایس» 'written by', «به کارگردانی
یاش جوهر» 'directed by', «با بازی جت لی» 'starring' (``credit_words_fa.tsv``, with the word
that must stand before it: «بازی» alone is 'game'; a participle follows the work's title in
quotation marks, «ساخته» alone is 'built': «پیش ساخته ضدزلزله» 'prefabricated'). The
tagger missed the names it had not seen, and the given-name rules read a Persian name only
beside another person or at a line's opening (``persian_untagged_names``). Right after a
credit word, no entity holding the words:

- a given name and a surname (``persian_untagged_names``' lists, ``persian_cut_names``' surname
  test) is a person;
- one to three words the lexicon hardly knows (a borrowed name: ``persian_press``' test; not
  a place) are a person, where the name ends after them (a mark, a function word, a verb or
  the noun of a compound verb follows: «[دوایت لیتل] قرار گرفت»).

A participle may instead credit a name in quotation marks right after it, the work's title
written bare before it («فیلم‌های تبر ساخته «گوستا گاوراس»», «پنهان ساخته «میشل هانکه»»):
two or three words there, each a given name of the lists or a borrowed word, none a place,
the closing mark right after them, are the person (session 22 (2026-12-06), engineer ent_fa:
foreign directors of a festival's list were missed). One word is not read (a title in quotes:
«کارگردانی «پرندگان»»), nor a place («نوشته «نیویورک تایمز»»).

A word glued to dots is a name cut short («عزیزا... حمیدنژاد»: «الله» written «ا...») and is
not read. «ساخته شده» 'made', «ساخته دست» 'handmade', «ساخته شرکت» 'made by a company' and «نوشته
روزنامه» read no person: the word after is a Persian word of the lexicon, no given name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from khabar.doc import GIVEN_NAME_SOURCE, Entity
from khabar.entities.gazetteer import place_index
from khabar.entities.persian_cut_names import light_verb_openings, surname_after
from khabar.entities.persian_press import borrowed_word
from khabar.entities.persian_untagged_names import is_long_given_name, name_ends
from khabar.entities.titles import person_key
from khabar.entities.words import Word, phrase_key
from khabar.normalize.zwnj_lexicon import lexicon
from khabar.resources import load_tsv
from khabar.text.tokens import held_tokens, spaced_on_one_line

MAX_BORROWED = 3
"""The most words of a borrowed name read after a credit word."""
MIN_QUOTED = 2
"""The fewest words of a credited name read in quotation marks."""
OPEN_QUOTE, CLOSE_QUOTE = "«", "»"
ABBREVIATION = ".."
"""Dots glued to a word: «الله» cut short («عزیزا... حمیدنژاد»), a name that goes on."""


@lru_cache(maxsize=1)
def _credits() -> dict[str, frozenset[str]]:
    """Credit word (phrase key) -> the words or marks one of which must stand before it."""
    return {phrase_key(word): frozenset(before.split("|"))
            for word, before in load_tsv("entities/credit_words_fa.tsv")}


def _credit(tokens: Sequence[Word], k: int) -> bool:
    before = _credits().get(phrase_key(tokens[k].text))
    return before is not None and k > 0 and tokens[k - 1].text in before


def _quoting_credit(tokens: Sequence[Word], k: int) -> bool:
    """Word ``k`` credits a name in quotation marks after it: a credit word whose condition
    is met, or a participle (its condition: a quoted title right before it)."""
    before = _credits().get(phrase_key(tokens[k].text))
    return before is not None and (
        CLOSE_QUOTE in before or (k > 0 and tokens[k - 1].text in before))


def quoted_name_end(text: str, tokens: Sequence[Word], k: int, held: set[int],
                    opens: Callable[[Word], bool], goes_on: Callable[[Word], bool]) -> int | None:
    """The index after a name in quotation marks opening at ``k`` (the word after the
    opening mark), or None: its first word passes ``opens``, each next one ``goes_on``, all
    spaced on one line and held by no entity, ``MIN_QUOTED`` to ``MAX_BORROWED`` words, the
    closing mark right after them. Shared by a credited name here and a quoted foreign
    person (``persian_quoted_persons``), which differ only in the words they take."""
    if k >= len(tokens) or k in held or not opens(tokens[k]):
        return None
    j = k + 1
    while (j < len(tokens) and j - k < MAX_BORROWED and j not in held
           and _spaced(text, tokens[j - 1], tokens[j]) and goes_on(tokens[j])):
        j += 1
    closed = j < len(tokens) and tokens[j].text == CLOSE_QUOTE
    return j if closed and j - k >= MIN_QUOTED else None


def _credited_word(word: Word) -> bool:
    """A word of a credited name in quotation marks: a given name or a borrowed word, no
    place."""
    return ((is_long_given_name(word) or borrowed_word(word, lexicon().weight, True))
            and place_index().get(word.text) is None)


def _quoted_end(text: str, tokens: Sequence[Word], k: int, held: set[int]) -> int | None:
    """The index after the credited name in quotation marks opening at ``k`` (the word
    after the opening mark), or None (see the module)."""
    return quoted_name_end(text, tokens, k, held, _credited_word, _credited_word)


def _spaced(text: str, left: Word, right: Word) -> bool:
    return spaced_on_one_line(text, left.end, right.start)


def _one_line(text: str, left: Word, right: Word) -> bool:
    """No line break between the two words: a quoted name on the next line is another
    line's, not the credit's (review_a, session 22); a mark may be glued («ساخته«...»»)."""
    return "\n" not in text[left.end:right.start]


def _borrowed_end(text: str, tokens: Sequence[Word], k: int, held: set[int]) -> int | None:
    """The index after the borrowed name opening at ``k``, or None."""
    weight = lexicon().weight
    j = k
    while (j < len(tokens) and j - k < MAX_BORROWED and j not in held
           and (j == k or _spaced(text, tokens[j - 1], tokens[j]))
           and borrowed_word(tokens[j], weight, j == k)
           and place_index().get(tokens[j].text) is None):
        j += 1
    return j if j > k and _ends(text, tokens, j) else None


def _ends(text: str, tokens: Sequence[Word], j: int) -> bool:
    """Whether a name ends before word ``j``: as ``persian_untagged_names`` decides, or the
    word is the noun of a compound verb, its light verb after it («[دوایت لیتل] قرار گرفت»,
    «[کاته رشایس] اشاره کرد»)."""
    return name_ends(text, tokens, j) or (
        j + 1 < len(tokens) and _spaced(text, tokens[j], tokens[j + 1])
        and phrase_key(tokens[j + 1].text) in light_verb_openings())


def _unquoted_end(text: str, tokens: Sequence[Word], first: int, held: set[int]) -> int | None:
    """The index after the credited name opening at ``first``: a given name and a surname,
    else a borrowed name, or None."""
    if is_long_given_name(tokens[first]):
        surname = surname_after(text, tokens, first, held, opens=True)
        if surname is not None and _ends(text, tokens, first + 2):
            return first + 2
    return _borrowed_end(text, tokens, first, held)


def credited_persons(text: str, tokens: Sequence[Word],
                     entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the persons credited right after a credit word (see the module)."""
    held = held_tokens(tokens, entities)
    found = []
    for k in range(len(tokens) - 1):
        first = k + 1
        if (tokens[first].text == OPEN_QUOTE and _quoting_credit(tokens, k)
                and _one_line(text, tokens[k], tokens[first])):
            first += 1
            stop = _quoted_end(text, tokens, first, held)
        elif not _credit(tokens, k) or not _spaced(text, tokens[k], tokens[first]):
            continue  # (a word held by an entity stops both readings below)
        else:
            stop = _unquoted_end(text, tokens, first, held)
        if stop is None:
            continue
        start, end = tokens[first].start, tokens[stop - 1].end
        if text.startswith(ABBREVIATION, end):
            continue  # «عزیزا... حمیدنژاد»: «الله» written «ا...», the name goes on
        # keyed as the tagger's persons are (``titles.person_key``): a surname written apart
        # («غنی زاده») is keyed whole, not by the end every such name shares
        found.append(Entity(start, end, type="PER", text=text[start:end],
                            key=person_key(tokens, first, stop - 1), source=GIVEN_NAME_SOURCE))
        held.update(range(first, stop))
    return sorted([*entities, *found], key=lambda e: e.start)
