"""The words just outside an Arabic person's span that are still the person's name.

An Arabic name runs given name, father's (and grandfather's) name, family name; the
tagger often opens it one word late or closes it one word early:

- a given name right before the span, across a plain space and in no entity, is its
  first word («عدنان المعيبد», «فولكر كاودر», «أيمن عبد الله»), without the conjunction
  «و» glued on it («وخليل حجي»);
- a definite feminine adjective closing the span describes the institution named after
  the person («مكتبة الملك عبدالعزيز العامة»), no part of the name;
- a list's «و» + a given name inside a span opens a second person;
- right after a post, a given name written with the article opens a name, as North
  African names are written («الرئيس التونسي المنصف المرزوقي»).

A family name in «ال…ي» after a name («هادي قطيم الشيباني») is not added: as often the
word is the person's post or field in apposition («إسماعيل هنية القيادي في حماس»,
«الإعلامي», «الصحفي»), which only the words after it tell apart.

The given names are ``given_names.txt`` (also a feature of the taggers) and
``given_names_ar.txt`` (read here only, so the taggers see what they were trained on).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import GIVEN_NAME_SOURCE, Entity
from khabar.entities.gazetteer import Word, demonyms
from khabar.entities.org_patterns import name_adjectives
from khabar.entities.titles import (
    NameSpan,
    PersonHit,
    given_names,
    is_name_word,
    person_key,
    role_words,
    surface_stopwords,
    titles,
)
from khabar.entities.words import listed_keys
from khabar.resources import load_lines
from khabar.text.arabic_conjunction import glued_and
from khabar.text.tokens import spaced_on_one_line

MIN_NAME_LETTERS = 3
"""Letters a name left after a conjunction «و» has at least («وسعود»: «سعود»)."""
MIN_NISBA_LETTERS = 6
"""Letters of a definite nisba, the article included («التاريخية»)."""


def waw_names() -> frozenset[str]:
    return listed_keys("entities/waw_names_ar.txt")


def given_names_ar() -> frozenset[str]:
    """Arabic given names the rules read (not the taggers' feature list, given_names.txt)."""
    return listed_keys("entities/given_names_ar.txt")


def given(folded: str) -> bool:
    return folded in given_names_ar() or bool(given_names().get(folded))


def given_word(word: Word, skip: int = 0) -> bool:
    """Whether the word, past ``skip`` letters, is a given name as written: «على» folds
    to «علي» but is the preposition (a surface stopword)."""
    return word.text[skip:] not in surface_stopwords() and given(word.folded[skip:])


def name_words_around(text: str, tokens: Sequence[Word],
                      kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with each person's given name before taken into its span and the feminine
    adjectives closing it left out (see the module)."""
    starts = [w.start for w in tokens]
    taken = [(e.start, e.end) for e in kept]
    out = []
    for e in kept:
        person: Entity | None = e
        if e.type == "PER":
            person = _without_adjective_end(
                text, tokens, starts, _given_before(text, tokens, starts, taken, e))
        if person is not None:
            out.append(person)
    return out


def _without_adjective_end(text: str, tokens: Sequence[Word], starts: Sequence[int],
                           e: Entity) -> Entity | None:
    """The person without the feminine adjectives that close it: they describe the noun
    the name is the genitive of («مكتبة الملك عبدالعزيز العامة», «قاعة الملك عبدالعزيز
    التاريخية»), no person; None where nothing is left («السيدة الأميركية الأولى»)."""
    first = bisect_right(starts, e.start) - 1
    last = bisect_left(starts, e.end) - 1
    end = last
    while end >= first and _adjective_of_a_noun(tokens[end]):
        end -= 1
    if end == last:
        return e
    if end < first or tokens[end].end <= e.start:
        return None
    return replace(e, end=tokens[end].end, text=text[e.start:tokens[end].end],
                   key=person_key(tokens, first, end))


def _adjective_of_a_noun(word: Word) -> bool:
    """A definite feminine adjective: a nisba in «ية» or a listed adjective in «ة»
    («العامة»); the masculine ones are also family names («الأحمر», «الدولي»), and so
    are words in a final «ه», which folds like «ة» («محمد البريه»)."""
    folded = word.folded
    return word.text.startswith("ال") and _letters(word.text).endswith(TA_MARBUTA) and (
        (folded.endswith("يه") and len(folded) >= MIN_NISBA_LETTERS)
        or folded in name_adjectives())


TA_MARBUTA = "ة"


def _letters(text: str) -> str:
    """The word without its vowel marks («العامةُ»), which a final «ة» may carry."""
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _free(taken: Sequence[tuple[int, int]], word: Word) -> bool:
    return not any(s < word.end and word.start < end for s, end in taken)


def _given_before(text: str, tokens: Sequence[Word], starts: Sequence[int],
                  taken: Sequence[tuple[int, int]], e: Entity) -> Entity:
    first, last = bisect_right(starts, e.start) - 1, bisect_left(starts, e.end) - 1
    k = first - 1
    if (k >= 0 and e.start == tokens[first].start
            and spaced_on_one_line(text, tokens[k].end, tokens[first].start)
            and _free(taken, tokens[k])
            and (skip := _given_skip(tokens[k])) is not None):
        start = tokens[k].start + skip
        e = replace(e, start=start, text=text[start:e.end], key=person_key(tokens, k, last))
    return e


def _given_skip(word: Word) -> int | None:
    """Characters before the given name the word is (0, or 1 for a glued «و»), or None."""
    if not word.text[:1].isalpha() or word.folded in waw_names():
        return None
    if given_word(word):
        return 0
    return 1 if glued_and(word, MIN_NAME_LETTERS) and given_word(word, 1) else None


def split_listed(text: str, tokens: Sequence[Word], model: Sequence[Entity]) -> list[Entity]:
    """The tagger's persons split where a list joins two names with «و» and no comma
    («محمد حسين وعمر هوساوي»: the tagger read «حسين وعمر» and «هوساوي»): an inner word
    «و» + a known given name opens the second person, which takes the tagger's person
    right after it where the given name ends the span."""
    starts = [w.start for w in tokens]
    person_at = {m.start: m for m in model if m.type == "PER"}
    used: set[int] = set()
    out = []
    for m in model:
        if m.start in used:
            continue
        first = bisect_right(starts, m.start) - 1
        last = bisect_left(starts, m.end) - 1
        k = next((j for j in range(first + 1, last + 1) if _listed_given(tokens[j])), None)
        if m.type != "PER" or k is None:
            out.append(m)
            continue
        end, tail_last = m.end, last
        after = person_at.get(tokens[last + 1].start) if last + 1 < len(tokens) else None
        if k == last and after is not None and spaced_on_one_line(
                text, tokens[last].end, after.start):
            used.add(after.start)
            end, tail_last = after.end, bisect_left(starts, after.end) - 1
        tail_start = tokens[k].start + 1
        out.append(replace(m, end=tokens[k - 1].end, text=text[m.start:tokens[k - 1].end],
                           key=person_key(tokens, first, k - 1)))
        out.append(replace(m, start=tail_start, end=end, text=text[tail_start:end],
                           key=person_key(tokens, k, tail_last)))
    return out


def _listed_given(word: Word) -> bool:
    """«و» + a known given name («وعمر»; «وليد» is no «و» + «ليد»)."""
    return glued_and(word, MIN_NAME_LETTERS) and given_word(word, 1)



def definite_given_names() -> frozenset[str]:
    return listed_keys("entities/definite_given_names_ar.txt")


POST_GENITIVES = 2
"""Definite words (the post's genitive, a nationality) between a post and the name."""
NAME_WORDS_BEFORE_FAMILY = 2
"""Words of a compound name before the family name («الباجي قائد السبسي»)."""


@lru_cache(maxsize=1)
def post_proclitics() -> str:
    """«و», «ف», «ل» as one string: ``folded[:1] in`` it tests a word's first letter."""
    return "".join(load_lines("entities/post_proclitics_ar.txt"))


def _post_word(word: Word) -> bool:
    folded = word.folded
    bare = folded[1:] if folded[:1] in post_proclitics() else folded
    return bool({folded, bare} & role_words("ar")) or word.text in titles()


def _after_post(tokens: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` follows a post: a role word or title, then at most
    POST_GENITIVES definite words or nationalities («رئيس الحكومة», «الرئيس التونسي»)."""
    for k in range(i - 1, max(-1, i - 2 - POST_GENITIVES), -1):
        if _post_word(tokens[k]):
            return True
        if not (tokens[k].folded.startswith("ال") or tokens[k].text in demonyms()):
            return False
    return False


def _post_in_name(tokens: Sequence[Word], k: int) -> bool:
    """A post's word inside a compound name («الباجي قائد السبسي»): a family nisba in
    «ال…ي» follows it, where a post's genitive is a common noun («قائد الجيش»)."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return (_post_word(tokens[k]) and not tokens[k].folded.startswith("ال")
            and after is not None and after.folded.startswith("ال")
            and after.folded.endswith("ي") and after.text not in demonyms()
            and is_name_word(after))


def nasab_without_conjunction(tokens: Sequence[Word], hit: PersonHit) -> PersonHit:
    """A name read back from its «بن» (``titles.nasab_persons``) whose first word carries
    the conjunction «و»: the «و» joins the name to the phrase before and is no letter of
    it («رئيساً وسعد بن عبدالعزيز العفالق نائباً للرئيس وأحمد بن عبدالمجيد العيسى»: a list
    of office holders), so the name starts after it; not where the word is a name that
    starts with «و» (``waw_names``, a listed given name: «وليد بن طلال», «وهب بن منبه») or
    too short to leave a name («ول»). Session 16 (2026-12-06), issue 5."""
    name = hit.name
    word = tokens[name.first]
    if (name.start != word.start or not glued_and(word, MIN_NAME_LETTERS)
            or given(word.folded) or word.folded in waw_names()):
        return hit
    key = person_key(tokens, name.first, name.last)
    key = "per:" + key[len("per:و"):] if key.startswith("per:و") else key
    return replace(hit, name=replace(name, start=name.start + 1, key=key))


def post_given_persons(tokens: Sequence[Word]) -> list[PersonHit]:
    """Names opened by a given name written with the article («المنصف المرزوقي»), read
    only after a post, where the word can be no adjective of it, and up to a definite
    family name («الباجي قائد السبسي»: the words before it are the compound name's)."""
    hits = []
    for i, word in enumerate(tokens):
        if word.folded not in definite_given_names() or not _after_post(tokens, i):
            continue
        last = i
        for k in range(i + 1, min(len(tokens), i + 2 + NAME_WORDS_BEFORE_FAMILY)):
            if not (is_name_word(tokens[k]) or _post_in_name(tokens, k)) or (
                    tokens[k].text in demonyms()):
                break
            last = k
            if tokens[k].folded.startswith("ال"):
                break  # the family name closes it
        if last > i:
            name = NameSpan(word.start, tokens[last].end, i, last, person_key(tokens, i, last))
            hits.append(PersonHit(name, None, GIVEN_NAME_SOURCE))
    return hits
