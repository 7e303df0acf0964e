"""Arabic names in a clause, as the event stage reads them around a trigger:

- a subject's string of posts counts as one word between a verb and its complement
  ("أعرب رئيس مجلس الأمة الكويتي بالإنابة مبارك الخرينج عن رفضه"), and a state body inside
  such a post is the post, not a party (``subject_names``, ``body_in_post``);
- a person inside the name of an institution, prize or place ("مركز الملك سلمان للإغاثة",
  "جامعة الملك عبدالعزيز", "جائزة الشيخ زايد") is not in the clause, the institution is, so
  he is never an actor or target (``inside_named_institution``);
- a post naming a region gives its holder's country ("أمير منطقة الرياض"), a country after a
  noun of area is a place ("مدن جنوب شرق تركيا"), a name joined by «و» shares the
  preposition before it ("في سوريا والعراق"), a preposition right after a role word is the
  post's own ("المشرف العام على مركز ... الدكتور الربيعة"), and a name read in the trigger
  word itself («دان») is no party.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.phrases import proclitic_forms
from khabar.entities.titles import role_words
from khabar.entities.words import listed_keys
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import (
    CLAUSE_BREAKS,
    heads_role,
    is_role,
    prepositions,
    token_index,
)
from khabar.events.state_actors import STATE_SOURCES
from khabar.resources import load_lines, load_tsv
from khabar.text.arabic_conjunction import glued_and

TITLE_REACH = 4
"""Title words that may stand between the head and the name ("مركز خادم الحرمين الشريفين
الملك ...")."""


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    heads: set[str] = set()
    titles: set[str] = set()
    for word, kind in load_tsv("events/named_institutions_ar.tsv"):
        (heads if kind == "head" else titles).add(phrase_key(word))
    return frozenset(heads), frozenset(titles)


def inside_named_institution(entity: Entity, tokens: Sequence[Word]) -> bool:
    """Whether a person's name (after any titles) follows a noun that opens the name of an
    institution, prize or place ("مركز الملك سلمان", "بجامعة الأمير سلطان")."""
    if entity.type != "PER" or not tokens:
        return False
    heads, titles = _words()
    k = token_index(tokens, entity.start) - 1
    while k >= 0 and tokens[k].start >= entity.start:
        k -= 1
    for _ in range(TITLE_REACH + 1):
        if k < 0:
            return False
        if proclitic_forms(tokens[k]) & heads:
            return True
        if tokens[k].folded not in titles:
            return False
        k -= 1
    return False


def counterparts() -> frozenset[str]:
    """"His counterpart" ("ونظيره التركي أردوغان"): a post of the name after it."""
    return listed_keys("events/counterparts.txt")


POST_REACH = 8
"""Words of a person's posts read back from the name ("رئيس مجلس الأمة الكويتي بالإنابة")."""


def subject_names(doc: Doc, tokens: Sequence[Word], lang: str) -> frozenset[int]:
    """The indexes of the words inside an entity's name after its first, in Arabic, where
    the subject stands between a verb and its complement (a Persian noun and its light verb
    part around objects, whose length says how far apart they are: "دیدار تیم‌های X و Y"),
    and of a person's posts before the name, so that "أعرب رئيس مجلس الأمة الكويتي
    بالإنابة مبارك الخرينج عن رفضه" parts verb and complement no more than "أعرب الخرينج عن
    رفضه"."""
    if not tokens or lang != "ar":
        return frozenset()
    inside, persons, ends, single = _names(doc, tokens)
    named = inside | set(persons)
    for first in persons:
        inside |= _posts_before(tokens, first, named)
    for last in ends:
        inside |= _posts_after(tokens, last, set(persons), single, genitive_posts=True)
    return frozenset(inside)


def _names(doc: Doc, tokens: Sequence[Word]) -> tuple[set[int], list[int], list[int], set[int]]:
    """The words of the clause's names after their first; the first and the last word of
    each person's name; the persons named in one word."""
    starts = [w.start for w in tokens]
    inside: set[int] = set()
    persons: list[int] = []
    ends: list[int] = []
    single: set[int] = set()
    for entity in doc.entities:
        if entity.end <= tokens[0].start or entity.start >= tokens[-1].end:
            continue
        # the word after the one the name starts in (which may begin with a proclitic)
        k = bisect_right(starts, entity.start)
        if entity.type == "PER":
            persons.append(k - 1)
        while k < len(tokens) and tokens[k].start < entity.end:
            inside.add(k)
            k += 1
        if entity.type == "PER":
            ends.append(k - 1)
            if k - 1 == persons[-1]:
                single.add(k - 1)
    return inside, persons, ends, single


def own_posts(doc: Doc, tokens: Sequence[Word]) -> frozenset[int]:
    """The words of the posts apposed after each person's name that end before the clause
    goes on, not at another person (whose title they may be: "التقى X رئيس حزب الأمة Y"):
    an organisation there ("النائب الثاني لرئيس مجلس الوزراء") is the genitive of the
    person's post, no party of the act."""
    if not tokens or doc.lang != "ar":
        return frozenset()
    _, persons, ends, single = _names(doc, tokens)
    firsts = set(persons)
    found: set[int] = set()
    for last in ends:
        run = _posts_after(tokens, last, firsts, single)
        if run and max(run) + 1 not in firsts:
            found |= run
    return frozenset(found)


@lru_cache(maxsize=1)
def home_posts() -> tuple[frozenset[str], frozenset[str]]:
    """(posts of one's own government, words naming a government otherwise)."""
    posts: set[str] = set()
    others: set[str] = set()
    for line in load_lines("events/home_posts_ar.txt"):
        kind, word = ("-", line[1:].strip()) if line.startswith("- ") else ("+", line)
        (others if kind == "-" else posts).add(phrase_key(word))
    return frozenset(posts), frozenset(others)


def home_post(doc: Doc, tokens: Sequence[Word], person: Entity) -> bool:
    """Whether a person's posts, read back from the name and on after it, hold a post of
    government the Arabic press leaves without a country only for its own state
    (``home_posts_ar.txt``: «وزير التجارة الدكتور X», «X أمير منطقة الرياض»). The caller
    asks this only when no country was found in them."""
    if doc.lang != "ar" or person.type != "PER" or not tokens:
        return False
    _, persons, ends, single = _names(doc, tokens)
    first, last = token_index(tokens, person.start), token_index(tokens, person.end - 1)
    words = _posts_before(tokens, first, set(persons) - {first})
    if last in ends:
        words |= _posts_after(tokens, last, set(persons), single)
    posts, others = home_posts()
    forms = [proclitic_forms(tokens[k]) for k in words]
    return any(f & posts for f in forms) and not any(f & others for f in forms)


def post_organisation(entity: Entity, tokens: Sequence[Word], posts: frozenset[int]) -> bool:
    """An organisation, not a state body (those join the post, ``participants._describes``),
    inside a person's posts (``own_posts``)."""
    return (entity.type == "ORG" and entity.source not in STATE_SOURCES
            and token_index(tokens, entity.start) in posts)


def _posts_before(tokens: Sequence[Word], first: int, named: set[int]) -> set[int]:
    """The words from the farthest role word within ``POST_REACH`` before a person's name up
    to it ("رئيس مجلس الأمة الكويتي بالإنابة"), not across a clause break or another name
    (``named``: the indexes of words in names)."""
    farthest = None
    for k in range(first - 1, max(-1, first - 1 - POST_REACH), -1):
        if tokens[k].text in CLAUSE_BREAKS or k in named:
            break
        if is_role(tokens[k], "ar") or tokens[k].folded in counterparts():
            farthest = k
    return set(range(farthest, first)) if farthest is not None else set()


def post_words() -> frozenset[str]:
    return listed_keys("events/post_words_ar.txt")


POSTS_AFTER = 14
"""Words of a person's posts read on from the name (Saudi protocol: "محمد بن سلمان ولي ولي
العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع")."""
POST_GENITIVE = 3
"""Words after a role word that complete its post ("العهد", "الثاني لرئيس مجلس")."""


def _posts_after(tokens: Sequence[Word], last: int, persons: set[int],
                 single: set[int], genitive_posts: bool = False) -> set[int]:
    """The words of the posts apposed after a person's name (its last word ``last``): a run
    that opens with a role word, each later word a role word or one of the few completing
    the last role word's post, up to a clause break or another person (``persons``: the
    first words of persons' names). In Arabic the subject and its posts stand between the
    verb and its complement ("أجرى الأمير محمد بن سلمان ... وزير الدفاع أمس اتصالاً"). A
    one-word "person" right after a post word (``single``) is the post's adjective the
    entity stage took for a surname ("النائب الثاني" beside "عبدالله الثاني")."""
    found: set[int] = set()
    since_role = None
    for k in range(last + 1, min(len(tokens), last + 1 + POSTS_AFTER)):
        word = tokens[k]
        if word.text in CLAUSE_BREAKS or (k in persons and not (k in single
                                                                 and since_role == 0)):
            break
        if _post_word(word, genitive_posts):
            since_role = 0
        elif since_role is None or since_role >= POST_GENITIVE:
            break
        else:
            since_role += 1
        found.add(k)
    return found


def _post_word(word: Word, genitive_posts: bool = False) -> bool:
    """A word that opens a post: a role word, and with ``genitive_posts`` one with the
    genitive «لـ» of a post inside a post («النائب الثاني لرئيس مجلس الوزراء وزير الدفاع»),
    so the subject's posts part a verb from its complement no more than a bare name
    (``subject_names``); the parties are read as before (session 21 (2026-12-06), issue 6)."""
    forms = {word.folded}
    if genitive_posts and prepositions()[1].get(word.folded[:1]) == "to":  # «لـ» (ل-)
        forms.add(word.folded[1:])
    return any(f in role_words("ar") or f in counterparts() or f in post_words() for f in forms) \
        or is_role(word, "ar")


POST_TAIL = 2
"""Words that may stand between a state body ending a post and the name ("بالإنابة")."""


def body_in_post(body: Entity, person: Entity, tokens: Sequence[Word]) -> bool:
    """An organisation (a state body, or one the tagger or a pattern named) right after a
    role word and a few words before a person is the genitive of the person's post ("رئيس
    مجلس الأمة الكويتي بالإنابة مبارك الخرينج"), not a party of its own: with no role word
    before it ("طالبت الخارجية الأمريكية الرئيس الأسد") the body acts itself."""
    if body.type != "ORG" or person.type != "PER" or body.start >= person.start:
        return False
    first, after = token_index(tokens, body.start), token_index(tokens, body.end)
    between = tokens[after:token_index(tokens, person.start)]
    return (first > 0 and is_role(tokens[first - 1], "ar") and len(between) <= POST_TAIL
            and not any(is_role(w, "ar") or w.text in CLAUSE_BREAKS or not w.text[0].isalnum()
                        for w in between))


POST_WORDS = 4
"""Words of a post between a person and the place it names ("أمير منطقة الرياض")."""


def post_place_country(doc: Doc, tokens: Sequence[Word], person: Entity) -> str | None:
    """The country of the place a person's post names right after the name ("فيصل بن بندر
    أمير منطقة الرياض", "محافظ محافظة جدة"): a region or city is no party of its own, so it
    never joins the person's mention, but it says whose official he is."""
    if doc.lang != "ar" or person.type != "PER" or person.country:
        return None
    k = token_index(tokens, person.end)
    posts = 0
    while k < len(tokens) and posts < POST_WORDS and heads_role(tokens[k]):
        k, posts = k + 1, posts + 1
    if not posts or k >= len(tokens):
        return None
    word = tokens[k]
    return next((e.country for e in doc.entities if e.type == "LOC" and e.country
                 and word.start <= e.start < word.end), None)


def place_nouns() -> frozenset[str]:
    return listed_keys("events/place_nouns_ar.txt")


def after_place_noun(tokens: Sequence[Word], first: int) -> bool:
    """A name right after a noun of part or area ("جنوب شرق تركيا", "في أنحاء سوريا"): the
    country is where something happens, not a party."""
    return first > 0 and bool(proclitic_forms(tokens[first - 1]) & place_nouns())


def border_nouns() -> frozenset[str]:
    return listed_keys("events/border_nouns_ar.txt")


BORDER_ADJECTIVES = 1
"""Words between a border noun and its «مع» ("الحدود المشتركة مع")."""


def across_border(tokens: Sequence[Word], first: int, prep: str | None) -> bool:
    """A name after «مع» that follows a noun of a border ("على الحدود مع سوريا"): the other
    side of the line, where something happens, not a partner of the act."""
    if prep != "with":
        return False
    reach = range(max(0, first - 2 - BORDER_ADJECTIVES), first - 1)
    return any(proclitic_forms(tokens[k]) & border_nouns() for k in reach)


def conjoined(tokens: Sequence[Word], entity: Entity, previous_last: int | None) -> bool:
    """A name joined by «و» right after the name before it ("في سوريا والعراق", "مع مصر
    والأردن"): it shares that name's preposition."""
    if previous_last is None:
        return False
    first = token_index(tokens, entity.start)
    word = tokens[first]
    if glued_and(word, min_rest=3):  # glued to the name
        # a person's name may itself open with «و» ("وليد"): only where the entity stage
        # split the conjunction off
        return first - 1 == previous_last and (entity.type != "PER" or word.start < entity.start)
    return first - 2 == previous_last and tokens[first - 1].folded == "و"


def trigger_named(start: int, lang: str, tokens: Sequence[Word], hit: TriggerHit) -> bool:
    """A name the entity stage read in the trigger's own first word ("وفيما دان المجلس":
    «دان» tagged a person): the verb, not a party."""
    word = tokens[hit.first]
    return lang == "ar" and word.start <= start < word.end


POST_PREPOSITIONS = frozenset({"against", "to"})
"""Prepositions a post governs ("المشرف العام على", "المندوب الدائم لدى"); "في" is left
out: after a post it still names where ("السفير في الرياض")."""


def post_complement(tokens: Sequence[Word], first: int, prep: str | None) -> bool:
    """A preposition right after a role word is the post's own ("المشرف العام على مركز
    الملك سلمان ... الدكتور الربيعة"): it says what the post is over, not how the person
    whose title it opens takes part in the act (the caller asks this only of a mention
    headed by a person; a body alone after a post is still the post's genitive)."""
    if prep not in POST_PREPOSITIONS or first < 1:
        return False
    # the word before the preposition: two back when it stands apart ("على"), one back when
    # it is glued to the name ("لمنظمة")
    k = first - 2 if tokens[first - 1].folded in prepositions()[0] else first - 1
    return k >= 0 and is_role(tokens[k], "ar")
