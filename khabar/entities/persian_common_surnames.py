"""A Persian surname that is a common word spreads only from a name that vouches for it
(issue 5, session 27 (2026-12-07), engineer ent_fa12).

``stage.add_surname_mentions`` makes a person of every later lone use of a person's last
word, and ``persian_tidy.settle_surnames`` keeps those whose person the article names with
more than one word. When those words are no name but a phrase the tagger or a title rule
read as one, and the last word is a common word, every use of the word in the article
became a person: «وضعیت [فعلی اعتیاد]» ('the current state of addiction') made ten persons
«اعتیاد», «دکتر [جراح گوش]» ('ear surgeon') ten persons «گوش», «[لعبتان چو] ...» (verse:
'idols like ...') four persons «چو», «[امیر بالا]» (a mosque's name) «بالا».

A common word (``persian_word_persons.common_words``: hazm's frequent words, less those
ARMAN writes inside persons as often as outside) found again alone is a person only where
the article names its person with a given name of the lists before it («علیرضا [آرامش]»,
«جواد [قناعت]»), by the given-name rule, in quotes, or with the word alone after a title
(«دکتر [دباغ]»). Words that are no common word («لاپلاس», «اوباما») spread as before, and
so does a surname written again with the words before it (``settle_surnames`` reads it
whole: it is no lone word).

Session 27 (2026-12-07), engineer names_fa, on the given names of the knowledge base and
the Arabic rules added to ``given_names_more_fa.txt`` («عبدالمجید [ریاضی]»): a given name
after «سید» written before it, apart or glued («سیدحسین [نصر]», ``name_honorifics_fa.txt``),
opens a name too, and a word the knowledge base knows as a person's name or surname
(``persian_word_persons.is_kb_person``: «صدام», «صدر» of «مقتدا صدر», spelt otherwise in the
KB) spreads as before, whatever the phrase it was read from.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import GIVEN_NAME_SOURCE, REFERENCE_SOURCES, SURNAME_SOURCE, Entity
from khabar.entities.persian_sayyid import honorifics
from khabar.entities.persian_tidy import name_words
from khabar.entities.persian_untagged_names import MIN_LETTERS, is_rule_given_name
from khabar.entities.persian_word_persons import is_common_word, is_kb_person
from khabar.entities.words import Word, words
from khabar.kb.entries import KnowledgeBase

VOUCHING_SOURCES = frozenset({GIVEN_NAME_SOURCE, "quoted"})
"""Sources whose reading is itself a name's evidence: a given name of the lists before the
surname, or the name in quotation marks."""


def drop_common_surnames(tokens: Sequence[Word], entities: Sequence[Entity],
                         kb: KnowledgeBase) -> list[Entity]:
    """``entities`` without the lone surname mentions that are a common word no name of the
    article vouches for (see the module)."""
    if not any(e.source == SURNAME_SOURCE for e in entities):
        return list(entities)
    starts = [w.start for w in tokens]
    vouched = {e.key for e in entities if e.type == "PER" and e.key
               and e.source != SURNAME_SOURCE and e.source not in REFERENCE_SOURCES
               and _vouches(tokens, starts, e)}
    return [e for e in entities
            if not (e.source == SURNAME_SOURCE and e.key not in vouched
                    and _lone_common(tokens, starts, e, kb))]


def _vouches(tokens: Sequence[Word], starts: Sequence[int], e: Entity) -> bool:
    """Whether a person's reading vouches for its last word as a surname: one word (a title
    rule's person: ``settle_surnames`` spreads no lone word of the tagger), a given name
    opening it (after «سید» too), or a source that is a name's evidence."""
    found = name_words(tokens, starts, e)
    return (len(found) <= 1 or e.source in VOUCHING_SOURCES
            or is_rule_given_name(found[0]) or _sayyid_given(found))


def _sayyid_given(found: Sequence[Word]) -> bool:
    """The name opens on «سید»/«سیده» and a given name, apart («سید حسین نصر») or glued
    («سیدحسین نصر»)."""
    first = found[0].folded
    if first in honorifics():
        return len(found) > 2 and is_rule_given_name(found[1])
    for honorific in honorifics():
        rest = first[len(honorific):].lstrip("\u200c")
        if first.startswith(honorific) and len(rest) >= MIN_LETTERS:
            return is_rule_given_name(words(rest)[0])
    return False


def _lone_common(tokens: Sequence[Word], starts: Sequence[int], e: Entity,
                 kb: KnowledgeBase) -> bool:
    found = name_words(tokens, starts, e)
    return (len(found) == 1 and is_common_word(found[0].text)
            and not is_kb_person(kb, found[0].text))
