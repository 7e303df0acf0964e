"""A Persian person that is a common word is no person (issue 5, session 17 (2026-12-06),
engineer ent_fa_fp).

Persian writes no capitals, and the tagger reads common words as persons where the sentence
has a name's shape: «دار [فانی] را وداع گفت» ('the mortal world'), «شهید [غواص]» ('diver'),
«حجله شد [گور]» ('grave'), «موسیقی [پاپ]», «زائران [حسینی]». Two forms of the word tell:

- a person of one word that is a common word of hazm's word list (``common_words_fa.txt.gz``:
  words hazm counts 20,000 times or more with a part of speech), with nothing that vouches
  for a name: no title before it (the rule's own ``title`` source), not a given name of the
  lists, not the name or surname of a person of the knowledge base («بوش», «خرازی»), and no
  person of the article with a longer name holding the word («معصومه [ابتکار]» makes a later
  «ابتکار» her surname), no end of a surname written apart («الهی [زاده]»), no item of a
  list of persons («علمداری و [زارع]»), no word introducing a name before it («به نام
  [امید]») and no post in apposition after it («[نوبخت] رئیس سازمان», «[موحد] فرماندار»:
  ``role_words.txt``, ``post_nouns_fa.txt``). The list leaves out the words that ARMAN (the
  tagger's training file) writes inside a person at least as often as outside any entity
  («حسینی», «گوته», «مولانا», «استالین»: ``khabar/train/common_words_fa.py``);
- a person whose first word is a noun in its ezafe form after a vowel (a common word ending
  in «ا» or «و» with the glide «ی»: «[لوبیای سحرآمیز]», «[فضاپیمای دیسکاوری]», «[عصای پیری]»):
  a head noun governing what follows, which no name opens with; unless a given name of the
  lists is in the span, or the noun is a given name or a title («خسروی», «آقای»).

A person credited on a credit line («ترجمه از: حجت.هـ.[پویان]», a word of
``credit_line_words_fa.txt`` or ``credit_words_fa.tsv`` at most ``CREDIT_WORDS`` words before
it on the same line) or written surname first in a bibliography («[رهنمای رودپشتی] ،فریدون»:
a comma, then a given name of the lists) is kept by both readings (review_a, session 17
(2026-12-06), engineer fixes).

«و» glued to a common word («ادب [وهنر]») is not read: foreign names open so too («وانگ»,
«وگل اشتاین», «وجدی مراد»: 3 of ARMAN's persons in 5,121 sentences).

References (pronouns, roles) are left. The rule runs before the surnames spread, so a person
dropped here does not spread as a surname («دیسکاوری» four times after «فضاپیمای دیسکاوری»).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import REFERENCE_SOURCES, Entity
from khabar.entities.gazetteer import Word
from khabar.entities.persian_untagged_names import is_rule_given_name
from khabar.entities.titles import role_words, surname_suffixes, titles
from khabar.entities.words import fold_word, folded_words, listed_keys, words
from khabar.kb.entries import KnowledgeBase
from khabar.resources import load_lines, load_tsv

CREDIT_WORDS = 5
"""How many words before a person a credit word may stand («ترجمه از: حجت هـ [پویان]»)."""
VOUCHED = frozenset({"title", "quoted"})
"""Sources whose evidence is a name's context (a title before it, a name in marks)."""
ZWNJ = "\u200c"
EZAFE_VOWELS = frozenset("اوآ")
"""Final letters after which the ezafe is written with a glide «ی» («لوبیای», «عصای»)."""
LIST_MARKS = frozenset({"،", ","})
LIST_JOINS = frozenset({"", "،", ",", "و", "، و", ", و"})
"""What stands between two items of a list of persons («علمداری و [زارع]», «علی مهام و
[شفیع]»): a word beside a person so is an item of the list, a name."""
_JOIN_WORDS = max(len(join.split()) for join in LIST_JOINS)
"""The most words of a list join: a longer gap joins no list, and need not be split whole."""


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    return folded_words("entities/common_words_fa.txt.gz")


@lru_cache(maxsize=1)
def post_nouns() -> frozenset[str]:
    return role_words() | listed_keys("entities/post_nouns_fa.txt")


def _post_after(text: str, entity: Entity) -> bool:
    """Whether a post stands in apposition right after the person («نوبخت رئیس سازمان»)."""
    after = [w for w in words(text[entity.end:entity.end + 40]) if w.text not in LIST_MARKS]
    return bool(after) and after[0].folded in post_nouns()


def is_common_word(text: str) -> bool:
    """Whether a word (ZWNJ left out) is a common word of ``common_words_fa.txt.gz``."""
    return fold_word(text.replace(ZWNJ, "")) in common_words()


def is_kb_person(kb: KnowledgeBase, word: str) -> bool:
    """Whether the knowledge base names a person by the word, or knows it as a surname."""
    return bool(kb.named(word, "PER")) or word in kb.by_surname or (
        fold_word(word) in kb.by_surname)


@lru_cache(maxsize=1)
def naming_words() -> frozenset[str]:
    """Words that introduce a name («مردی به نام [امید]»): a common word after one is a name."""
    return frozenset(fold_word(w) for w in load_lines("entities/naming_words_fa.txt"))


def _named(text: str, entity: Entity) -> bool:
    """Whether a word that introduces a name stands right before the person."""
    before = words(text[max(0, entity.start - 20):entity.start])
    return bool(before) and before[-1].folded in naming_words()


@lru_cache(maxsize=1)
def credit_words() -> frozenset[str]:
    """Credit words, folded, one or two words: «ترجمه», «به قلم», and the credits of
    ``credit_words_fa.tsv`` with the word before them («به کارگردانی», «با بازی»)."""
    lines = [*load_lines("entities/credit_line_words_fa.txt"),
             *(f"{before} {word}" for word, befores in load_tsv("entities/credit_words_fa.tsv")
               for before in befores.split("|") if before.isalpha())]
    return frozenset(" ".join(fold_word(w) for w in line.split()) for line in lines)


def _credited(text: str, entity: Entity) -> bool:
    """Whether a credit word stands a few words before the person on its line."""
    # the line as a range of ``text``, not a copy: the article's words are cut from the
    # ones the stage has, and a long line is not kept as a document of its own, which
    # pushed the article out of ``words``' few kept texts (issue 8)
    line_start = text.rfind("\n", 0, entity.start) + 1
    before = [w.folded for w in words(text, line_start, entity.start)
              if w.text[:1].isalnum()][-CREDIT_WORDS:]
    pairs = [" ".join(before[i:i + 2]) for i in range(len(before) - 1)]
    return any(w in credit_words() for w in [*before, *pairs])


def _bibliographic(text: str, entity: Entity) -> bool:
    """Whether the person is a surname written first, a comma and a given name after it
    («رهنمای رودپشتی ،فریدون»)."""
    rest = text[entity.end:entity.end + 40]
    after = [w for w in words(rest) if w.text[:1].isalnum()]
    return bool(after) and rest[:after[0].start].strip() in LIST_MARKS and (
        is_rule_given_name(after[0]))


def _lone_common(text: str, entity: Entity, names: Sequence[list[str]],
                 kb: KnowledgeBase) -> bool:
    """A one-word person that is a common word, with nothing vouching for a name."""
    parts = [w.text for w in words(entity.text)]
    if len(parts) != 1 or entity.source in VOUCHED or _named(text, entity):
        return False
    if _post_after(text, entity):
        return False
    word = parts[0]
    if fold_word(word) in surname_suffixes():
        return False  # the end of a surname written apart («قاضی الهی [زاده]»)
    if not is_common_word(word) or is_rule_given_name(words(word)[0]) or is_kb_person(kb, word):
        return False
    return not any(len(name) > 1 and word in name for name in names)


def _ezafe_head(parts: Sequence[Word]) -> bool:
    """Whether the span opens with a common noun in its ezafe form after a vowel."""
    bare = parts[0].text.replace(ZWNJ, "")
    noun = bare[:-1]
    if not (bare.endswith("ی") and len(noun) >= 2 and noun[-1] in EZAFE_VOWELS):
        return False
    if not is_common_word(noun) or titles().get(noun) is not None or titles().get(bare) is not None:
        return False
    return not any(is_rule_given_name(w) or is_rule_given_name(words(noun)[0]) for w in parts)


def _listed(text: str, e: Entity, persons: Sequence[Entity]) -> bool:
    """Whether a person stands right before or after ``e`` as an item of one list."""
    for p in persons:
        gap = text[p.end:e.start] if p.end <= e.start else text[e.end:p.start]
        if p is not e and (p.end <= e.start or e.end <= p.start) and joins_list(gap):
            return True
    return False


def joins_list(gap: str) -> bool:
    """Whether the text between two persons, its white space tidied, is a list join. The
    gap is split no further than a join's words: the gap to a person far away is much of
    the article, and splitting all of it for each pair of persons was about 1% of the
    pipeline (issue 8, session 24)."""
    parts = gap.split(None, _JOIN_WORDS)
    return len(parts) <= _JOIN_WORDS and " ".join(parts) in LIST_JOINS


def drop_word_persons(text: str, entities: Sequence[Entity],
                      kb: KnowledgeBase) -> list[Entity]:
    """``entities`` without the persons that are common words (see the module)."""
    persons = [e for e in entities if e.type == "PER" and e.source not in REFERENCE_SOURCES]
    names = [[w.text for w in words(e.text)] for e in persons]
    out = []
    for e in entities:
        if e.type == "PER" and e.source not in REFERENCE_SOURCES and not (
                _credited(text, e) or _bibliographic(text, e)):
            parts = [w for w in words(e.text) if w.text[:1].isalnum()]
            if parts and _ezafe_head(parts):
                continue
            if parts and _lone_common(text, e, names, kb) and not _listed(text, e, persons):
                continue
        out.append(e)
    return out
