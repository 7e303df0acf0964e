"""A Persian given name and a surname that no entity holds name a person where the sentence
shows one: as an item of a list beside a person, or opening a line (issue 5, session 14
(2026-12-06), engineer ent_fa2).

The tagger misses names of unfamiliar persons, and the given-name rule's persons stand in
Persian only where the tagger confirms them (``persian_rules.confirm_given_names``), since
most given names are also common words. Two places in the sentence decide for them:

- coordination: items joined by «،» or «و» are of one kind, so a given name and a surname
  right after or before a person, only «،» or «و» between, is a person too («فرشید آذرنگ،
  [شهریار توکلی]، بهمن جلالی», «مهرداد نجم آبادی و [غزاله هدایت]»);
- a line's opening: Persian news opens a paragraph with its subject, and a given name and a
  surname there is the person the paragraph tells of («[زین‌العابدین قربانی] امروز در ...»).

The given names are the taggers' list (``given_names.txt``), the rules' own
(``given_names_fa.txt``) and a wider list (``given_names_more_fa.txt``: the words ARMAN opens
persons with, and the names of the persian-names package), common European and American
given names in Persian letters that none of these holds (``foreign_given_names_fa.txt``:
«جیمز», «تری», «لورا»; session 20 (2026-12-06), engineer ent_fa: foreign names were cut to
their surname, «تری [شیاوو]», or missed, «با بازی جانی دپ»), and a word joining two of them
(«علی‌محمد», «محمدحسن»); at a line's opening, never a place («البرز»), which a list of
persons reads as a name («فرشید آذرنگ، [شهریار توکلی]»: Shahriar is also a town).
The surname is one word as ``persian_cut_names`` reads it (no verb, function, role or time
word, no place, not among the commonest words of the lexicon, not a compound verb's noun),
with the end of a compound surname written apart («اسلام زاده»), no verb opening in «می‌»,
and the name must end there: a mark, a line's end, a function, time or role word or a verb
after it, not a word that may be the second half of a surname written apart («[علی حاج]
کاظم»).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import GIVEN_NAME_SOURCE, Entity
from khabar.entities.gazetteer import place_index
from khabar.entities.persian_cut_names import surname_after
from khabar.entities.persian_tidy import VERB_OPENINGS, is_word, with_surname_suffix
from khabar.entities.titles import given_names, person_key, stopwords
from khabar.entities.words import Word, listed_keys, phrase_key
from khabar.text.persian_verbs import finite_verbs

LIST_MARKS = frozenset({"،", ",", "و"})
"""Words that join the items of a list."""
MIN_LETTERS = 3
"""The fewest letters of a given name read here, and of each half of a joined one: two-letter
names are common words of Persian («جو» 'barley' of «[جو دوسر]», «جو» of «یزدان‌جو», a
surname)."""


@lru_cache(maxsize=1)
def _rules_given_names() -> frozenset[str]:
    return (listed_keys("entities/given_names_more_fa.txt")
            | listed_keys("entities/given_names_fa.txt")
            | listed_keys("entities/foreign_given_names_fa.txt"))


def _listed_given(text: str) -> bool:
    return phrase_key(text) in _rules_given_names() or given_names().get(text) is not None


def is_long_given_name(word: Word) -> bool:
    """A given name of the rules' lists long enough to be read as one (``MIN_LETTERS``)."""
    return len(word.folded) >= MIN_LETTERS and is_rule_given_name(word)


def is_rule_given_name(word: Word) -> bool:
    """A given name of the three lists, or a word joining two of them («علی‌محمد»)."""
    return _rule_given_text(word.text)


@lru_cache(maxsize=1 << 16)
def _rule_given_text(text: str) -> bool:
    """``is_rule_given_name`` by the word's text, remembered: the rule asks it of every
    word of a Persian text, and each word not a listed name tries every split (session 16
    (2026-12-06): the rule's CPU on 200 Persian articles, warm, 0.145 -> 0.048 s)."""
    if _listed_given(text):
        return True
    bare = text.replace("\u200c", "")
    return any(_listed_given(bare[:i]) and _listed_given(bare[i:])
               for i in range(MIN_LETTERS, len(bare) - MIN_LETTERS + 1))


def _held(tokens: Sequence[Word], entities: Sequence[Entity]) -> tuple[set[int], set[int],
                                                                       set[int]]:
    """Token indices inside an entity, opening a person, closing a person."""
    starts = [w.start for w in tokens]
    held: set[int] = set()
    opens: set[int] = set()
    closes: set[int] = set()
    for e in entities:
        first, stop = bisect_left(starts, e.start), bisect_left(starts, e.end)
        if not _named_place(tokens, first, e):
            held.update(range(first, stop))
        if e.type == "PER" and stop > first:
            opens.add(first)
            closes.add(stop - 1)
    return held, opens, closes


def _named_place(tokens: Sequence[Word], k: int, e: Entity) -> bool:
    """A place of one word that is also a given name («شهریار»)."""
    return (e.type == "LOC" and k < len(tokens) and tokens[k].start == e.start
            and tokens[k].end == e.end and is_long_given_name(tokens[k]))


def _line_opening(text: str, tokens: Sequence[Word], k: int) -> bool:
    return k == 0 or "\n" in text[tokens[k - 1].end:tokens[k].start]


def name_ends(text: str, tokens: Sequence[Word], j: int) -> bool:
    """Whether the name ends before word ``j``: the text, the line or a mark ends there, or
    a function, time or role word or a verb follows. Another word may be the second half
    of a surname written apart («[علی حاج] کاظم», «[نیما شاهرخ] شاهی»)."""
    return (j >= len(tokens) or "\n" in text[tokens[j - 1].end:tokens[j].start]
            or not is_word(tokens[j]) or phrase_key(tokens[j].text) in stopwords()
            or tokens[j].folded in finite_verbs())


def _listed(tokens: Sequence[Word], first: int, last: int, opens: set[int],
            closes: set[int]) -> bool:
    before = first >= 2 and tokens[first - 1].text in LIST_MARKS and first - 2 in closes
    after = (last + 2 < len(tokens) and tokens[last + 1].text in LIST_MARKS
             and last + 2 in opens)
    return before or after


def untagged_persons(text: str, tokens: Sequence[Word],
                     entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the persons of a given name and a surname no entity holds, where
    they are a list's item beside a person or open a line (see the module), then the persons
    credited with a work (``persian_credits``, session 16 (2026-12-06))."""
    held, opens, closes = _held(tokens, entities)
    starts = [w.start for w in tokens]
    found = []
    for k, word in enumerate(tokens):
        if k in held or not is_long_given_name(word):
            continue
        line = _line_opening(text, tokens, k) and place_index().get(word.text) is None
        surname = surname_after(text, tokens, k, held, opens=line)
        if surname is None or not (line or _listed(tokens, k, k + 1, opens, closes)):
            continue
        stop = tokens[k + 1].end
        e = with_surname_suffix(text, tokens, starts, Entity(
            word.start, stop, type="PER", text=text[word.start:stop],
            key=person_key(tokens, k, k + 1), source=GIVEN_NAME_SOURCE))
        if not tokens[k + 1].text.startswith(VERB_OPENINGS) and name_ends(  # «[سوگند می‌خورم]»
                text, tokens, bisect_left(starts, e.end)):
            found.append(e)
    kept = [e for e in entities if not any(e.type == "LOC" and p.start == e.start
                                           for p in found)]
    from khabar.entities.persian_credits import credited_persons  # it imports this module

    return credited_persons(text, tokens, sorted([*kept, *found], key=lambda e: e.start))
