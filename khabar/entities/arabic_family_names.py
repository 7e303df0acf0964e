"""An Arabic given name and a family name with the article that no rule or tagger read.

An Arabic news name is most often a given name and a family name in «ال»: «فهد التميمي»,
«سعد الحديثي», «ياسر الفهمي». The taggers miss some of them, and the title rules read
none where no title comes first («وقال المتحدث سعد الحديثي», «أعلن لاعب فريق الأهلي ياسر
الفهمي»: a post or a noun, not a title). Two words make such a person where

- the first is a given name of ``given_names_ar.txt`` (a glued conjunction «و» allowed
  and left out of the span: «وعبدالمجيد السواط»; session 16), which leaves out the names that
  are common words (not ``given_names.txt``, the taggers' list: «عمر» 'age', «على»
  folded), not a title's name (the title
  rules and the place namesakes have read those: «حديقة الملك فهد المركزية»), and not
  «…يه», a noun with the pronoun «ه» («ناديه السابق» 'his former club');
- the second is a name word with the article, across a plain space: no function word,
  place, nationality, post or role (listed bare or with the article: «المدير»),
  adjective of a body or of time («الحالي», «الجديد»), and no
  word that ends a compound given name («سعد الدين», «فهد الأول»);
- no entity holds either word.

Session 13 (2026-12-05), issue 5.

Also, a person found as given names only, two words or more («[محمد علي] الطويلعي»,
«[سليمان صالح] المحيميدي», «[حمد بن علي] العطية»: given names and a «بن» link, where
the taggers stopped), takes such a family word in «ال…ي» (a nisba) right after it, across
a plain space and in no entity: after a run of given names the definite nisba closes the
name, as a family name after a single given name does here; another definite word there is
as often a participle about the person («علي عبدالله صالح المتحالف مع ...»). Session 16
(2026-12-06), issue 5.

And a person of one or two given names («عبد» and the divine name written apart count as
one: «عبد العزيز») that the tagger or a title closed before its family name («[نورة]
المبخوت», «[خالد] السيف», «[عبد الرحمن] العبيد», «[قاسم محمد] الهلال») takes such a family
word in «ال» right after it, nisba or not, where its stem is a word never inside a person
(``person_common_words_ar.txt.gz``): the tagger's person says the given name is one, and
the list keeps out the nouns a name runs into («المستهلك», «الوالدة»). Not a post or a
playing position (``post_nouns_ar.txt``: «المدافع»), nor the first word of a compound
family name before a name of God («سعد العبد الله الصباح»), nor after three given names
(``MAX_NAMES_BEFORE_FAMILY``). A lone given name that news writes more often as a word
(``common_word_given_names_ar.txt``: «صالح الأقوال» 'good sayings', «رضا المدافع») or one
after a preposition written apart (``prepositions_ar.txt``: «في صالح الاقتصاديات» 'in
favour of the economies') takes none. Session 29 (2026-12-07), issue 5, engineer ent_ar14
(bench/ent_ar14_session29_results.json).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache

from khabar.doc import GIVEN_NAME_SOURCE, Entity
from khabar.entities.arabic_common_given import common_word_given_names
from khabar.entities.arabic_kind_names import person_common_words
from khabar.entities.arabic_name_words import given_names_ar, given_word, waw_names
from khabar.entities.common_words import function_words
from khabar.entities.gazetteer import Word, demonyms, place_index
from khabar.entities.org_patterns import name_adjectives, not_adjectives
from khabar.entities.stage import divine_names
from khabar.entities.titles import ABD, SON_OF, is_name_word, person_key, role_words, titles
from khabar.entities.words import listed_keys
from khabar.resources import load_lines
from khabar.text.arabic_article import ARTICLE
from khabar.text.arabic_conjunction import after_glued_and
from khabar.text.tokens import spaced_on_one_line

NISBA = "ي"
"""The ending of a nisba on a folded word («الحربي»): a family word that closes a run of
given names of any length."""
POST_NOUNS = "entities/post_nouns_ar.txt"
"""Posts and playing positions that are no family word («المدافع»); ``arabic_post_names``
reads them with the role words, and imports this module, so the list is read here."""
MAX_NAMES_BEFORE_FAMILY = 2
"""Given names a family word that is no nisba may close («قاسم محمد الهلال», «عبد الرحمن
العبيد»); after three («علي عبدالله صالح») the name is whole, and a definite word after
it is more often a noun about the person («الوكيل الأول للمشروع»)."""
MIN_FAMILY_LETTERS = 5
"""Letters of a family name with the article («الفهد»)."""


@lru_cache(maxsize=1)
def _not_family() -> frozenset[str]:
    """Words that end a compound given name or a monarch's (الدين, الله, الأول...), and
    adjectives of time or novelty (``resources/entities/not_family_names_ar.txt``)."""
    return (listed_keys("entities/compound_name_ends_ar.txt")
            | listed_keys("entities/regnal_ordinals.txt")
            | listed_keys("entities/not_family_names_ar.txt"))


def _given_first(text: str, tokens: Sequence[Word], i: int) -> int | None:
    """Letters before the given name word ``i`` is (0, or 1 for a glued conjunction «و»:
    «والشمري، وعبدالمجيد السواط»), or None when it is none."""
    word = tokens[i]
    # the given-name tests first: they rule out most words with a set lookup or two,
    # where the title test before them keyed the word before every word (issue 8)
    if word.folded in given_names_ar():
        skip = 0
    elif (after_glued_and(word) in given_names_ar()
            and word.folded not in waw_names()):
        skip = 1
    else:
        return None
    if word.text.endswith("يه") or (i > 0 and tokens[i - 1].text in titles()):
        return None
    return skip


def family_word(text: str, tokens: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` may be a family name: written with the article, long enough, a
    name's word, and no function word, post, adjective, place, nationality or word listed as
    no family's."""
    word = tokens[i]
    folded = word.folded
    return (word.text.startswith("ال") and len(folded) >= MIN_FAMILY_LETTERS
            and is_name_word(word) and folded not in function_words()
            and not _post(folded) and folded not in name_adjectives()
            and folded not in not_adjectives() and folded not in _not_family()
            and place_index().match_at(text, tokens, i) is None
            and demonyms().match_at(text, tokens, i) is None)


def _post(folded: str) -> bool:
    """A post or role word, with or without the article: ``role_words.txt`` lists most
    posts bare («مدير», «مستشار», «نائب»), and the article only makes one definite («عباس
    المدير» is Abbas the director, not a family name «المدير»). Session 14 (2026-12-06)."""
    posts = role_words("ar")
    return folded in posts or (folded.startswith("ال") and folded[2:] in posts)


def add_family_names(text: str, tokens: Sequence[Word],
                     kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the persons read here (see the module), sorted by position."""
    taken = sorted((e.start, e.end) for e in kept)
    found: list[Entity] = []
    for i in range(len(tokens) - 1):
        skip = _given_first(text, tokens, i)  # first: a set lookup rules out most words
        if skip is None:
            continue
        first, second = tokens[i], tokens[i + 1]
        if any(s < second.end and first.start < e for s, e in taken):
            continue
        if spaced_on_one_line(text, first.end, second.start) and family_word(text, tokens, i + 1):
            start = first.start + skip
            found.append(Entity(start, second.end, type="PER", text=text[start:second.end],
                                key=person_key(tokens, i, i + 1), source=GIVEN_NAME_SOURCE))
    return sorted([*_family_after_given(text, tokens, kept), *found], key=lambda e: e.start)


def _family_after_given(text: str, tokens: Sequence[Word],
                        kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with each person of given names only (two words or more, «بن»/«عبد» links
    allowed) extended over a family word right after it (see the module)."""
    starts = {w.start: k for k, w in enumerate(tokens)}
    ends = {w.end: k for k, w in enumerate(tokens)}
    taken = sorted((e.start, e.end) for e in kept)
    out = []
    for e in kept:
        first, last = starts.get(e.start), ends.get(e.end)
        if first is None or last is None:
            out.append(e)
            continue
        nxt = last + 1
        if (e.type == "PER" and nxt < len(tokens)
                and spaced_on_one_line(text, tokens[last].end, tokens[nxt].start)
                and not any(s < tokens[nxt].end and tokens[nxt].start < t for s, t in taken)
                and _closes_name(tokens, first, last, nxt) and family_word(text, tokens, nxt)):
            end = tokens[nxt].end
            e = replace(e, end=end, text=text[e.start:end], key=person_key(tokens, first, nxt))
        out.append(e)
    return out


def _closes_name(tokens: Sequence[Word], first: int, last: int, nxt: int) -> bool:
    """Whether the family word ``nxt`` closes the person of words ``first``..``last``: a
    nisba after a run of two words or more (session 16), or a word that is no noun of the
    language after one or two given names (see the module)."""
    names = _given_names(tokens[first:last + 1])
    if not names:
        return False
    if last > first and tokens[nxt].folded.endswith(NISBA):
        return True
    return (names <= MAX_NAMES_BEFORE_FAMILY and not _noun_of_language(tokens[nxt].folded)
            and tokens[nxt].folded not in listed_keys(POST_NOUNS)
            and not (nxt + 1 < len(tokens) and tokens[nxt + 1].folded in divine_names())
            and (names > 1 or _opens_one_name(tokens, first)))


def _opens_one_name(tokens: Sequence[Word], k: int) -> bool:
    """Whether the one given name ``k`` is no word of the language read as a name: none of
    the given names that news writes more often as a word («صالح الأقوال», «رضا
    المدافع»), and none after a preposition written apart («في صالح الاقتصاديات»)."""
    return (tokens[k].folded not in common_word_given_names()
            and (k == 0 or tokens[k - 1].text not in prepositions()))


def _noun_of_language(folded: str) -> bool:
    """Whether the definite word's stem is a word never inside a person
    (``person_common_words_ar.txt.gz``: «مستهلك», «والدة», «مستثمر», «عملاء»)."""
    return folded.removeprefix(ARTICLE) in person_common_words()


@cache
def prepositions() -> frozenset[str]:
    """Arabic prepositions written apart, as written (``prepositions_ar.txt``)."""
    return frozenset(load_lines("entities/prepositions_ar.txt"))


def _given_names(words: Sequence[Word]) -> int:
    """How many given names the words are (``arabic_name_words.given_word``: either list,
    «على» the preposition no name; «عبد» and the divine name after it, written apart, one
    name: «عبد العزيز»), with «بن» links neither first nor last; 0 where they are no such
    run."""
    if words[0].folded in SON_OF or words[-1].folded in SON_OF | {ABD}:
        return 0
    names, k = 0, 0
    while k < len(words):
        if words[k].folded == ABD:
            names, k = names + 1, k + 2
        elif given_word(words[k]):
            names, k = names + 1, k + 1
        elif words[k].folded in SON_OF:
            k += 1
        else:
            return 0
    return names
