"""Arabic persons named after their post, and family names that are also titles.

A post's noun and its genitive chain stand before the name of the person who holds it:
«وأوضح الرئيس التنفيذي لمهرجان تمور بريدة عبدالعزيز المهوس», «المشرف العام على الفريق
الكروي الأول بنادي الاتحاد منصور البلوي», «الظهير الأيمن في فريق هجر فيصل الخراع». The
chain's last words are a place or a body, so the taggers ran the body on over the name
(«[الاتحاد منصور البلوي]» as one body) or read no name at all, and the family-name rule
(``arabic_family_names``) reads only the given names that are no common words. Here, within
a few words after a post noun (``post_nouns_ar.txt`` or a role word, with or without the
article) in one clause (no punctuation between), a given name of either list
(``arabic_name_words.given_word``), up to two more given names or «بن»/«عبد» links, and a
family name in «ال» (``arabic_family_names`` reads what may be one) make a person: added
where no entity holds the words, or cut off the end of a body or place the tagger ran on
over it, or in the place of a town named like the given name («المهاجم [جاسم] الحمدان»).
Not after a title, a link or a body noun («مستشفى الملك فهد», «مجموعة محمد المعجل»: named
after the person), nor where the post is someone else's already named.

A title word that is also a family name (``family_titles_ar.txt``: «السيد», «الشيخ»,
«الأمير», «الحاج», «السلطان») right after a given name, and before punctuation, a line's
end, a word that is no name's (a particle, a speech verb) or a post, opens no name (a title
stands before one), so it closes the name before it: «عمر بن عبدالهادي السلطان،»,
«أحمد السيد أن». A person found up to the given name takes it; given names no entity holds
become a person with it.
Written alone after a title and closed the same way («وأضاف المهندس السيد،»), it is the
article's person of that family name.

Session 16 (2026-12-06), issue 5, engineer ar_names.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import SURNAME_SOURCE, Entity
from khabar.entities.arabic_family_names import family_word
from khabar.entities.arabic_name_words import given_word
from khabar.entities.gazetteer import Word
from khabar.entities.name_types import body_nouns
from khabar.entities.titles import ABD, SON_OF, is_name_word, person_key, role_words, titles
from khabar.entities.words import listed_keys
from khabar.text.tokens import spaced_on_one_line

POST_REACH = 8
"""Words between a post noun and the name it introduces, at most."""
MAX_GIVEN = 3
"""Given names and links before the family name, at most."""
LINKS = SON_OF | {ABD}
NOT_BEFORE = LINKS | frozenset({"ال", "آل", "ابو", "ابا"})
"""Folded words after which a given name is the second part of another name."""


@lru_cache(maxsize=1)
def post_nouns() -> frozenset[str]:
    bare = role_words("ar")
    return listed_keys("entities/post_nouns_ar.txt") | bare | {"ال" + w for w in bare}


def family_titles() -> frozenset[str]:
    return listed_keys("entities/family_titles_ar.txt")


def _overlapping(kept: Sequence[Entity], start: int, end: int) -> list[Entity]:
    return [e for e in kept if e.start < end and start < e.end]


def _opens_name(tokens: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` is a given name that may open a name (not after a title, a link,
    a body noun or a name's word, nor «…يه»)."""
    if not given_word(tokens[i]) or tokens[i].text.endswith("يه"):
        return False  # «ناديه الأصلي»: a noun with the pronoun «ه» ('his club')
    if i == 0:
        return True
    before = tokens[i - 1]
    return (before.folded not in NOT_BEFORE and before.text not in titles()
            and before.folded not in body_nouns() and not given_word(before)
            and not before.folded.startswith(ABD))  # «عبدربه منصور هادي»: a name goes on


def _name_end(text: str, tokens: Sequence[Word], i: int) -> int | None:
    """The family word closing a name opened by given name ``i``, or None."""
    for j in range(i + 1, min(i + MAX_GIVEN + 1, len(tokens))):
        if not spaced_on_one_line(text, tokens[j - 1].end, tokens[j].start):
            return None
        if tokens[j].folded not in LINKS and family_word(text, tokens, j):
            return j if tokens[j - 1].folded not in LINKS else None
        if not (given_word(tokens[j]) or tokens[j].folded in LINKS):
            return None
    return None


def _after_post(text: str, tokens: Sequence[Word], i: int, kept: Sequence[Entity]) -> bool:
    """Whether a post noun stands a few words before word ``i`` in its clause, with no
    person named between."""
    for k in range(i - 1, max(-1, i - POST_REACH - 1), -1):
        if not text[tokens[k].end:tokens[k + 1].start].isspace():
            return False
        if tokens[k].folded in post_nouns():
            between = _overlapping(kept, tokens[k].end, tokens[i].start)
            return not any(e.type == "PER" for e in between)
    return False


def post_names(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the persons named after a post (see the module), sorted by position."""
    out = list(kept)
    for i in range(1, len(tokens) - 1):
        if not _opens_name(tokens, i):
            continue
        j = _name_end(text, tokens, i)
        if j is None or not _after_post(text, tokens, i, out):
            continue
        start, end = tokens[i].start, tokens[j].end
        held = _overlapping(out, start, end)
        if len(held) > 1 or (held and not _yields(held[0], tokens[i], end)):
            continue
        if held:
            out.remove(held[0])
            if held[0].start < start:
                cut = tokens[i - 1].end
                out.append(replace(held[0], end=cut, text=text[held[0].start:cut]))
        out.append(Entity(start, end, type="PER", text=text[start:end],
                          key=person_key(tokens, i, j), source="post_name"))
    return sorted(out, key=lambda e: e.start)


def _yields(e: Entity, given: Word, end: int) -> bool:
    """Whether ``e`` gives way to the name opened by ``given`` and ending at ``end``: a body
    or place the tagger ran on into the name, holding a word of its own before it and ending
    inside it («[الاتحاد منصور البلوي]», «[الخليج أحمد] المبارك»), or a place inside the name
    (a town named like the given name: «المهاجم [جاسم] الحمدان»)."""
    if e.type == "LOC" and given.start <= e.start and e.end <= end:
        return True
    return e.type in ("ORG", "LOC") and e.start < given.start and given.end <= e.end <= end


def _closes_name(text: str, tokens: Sequence[Word], j: int) -> bool:
    """Whether what follows word ``j`` lets no name go on: punctuation, a line's end, a
    word that is no name's (a particle, preposition, speech verb: ``titles.is_name_word``)
    or a post."""
    if j + 1 >= len(tokens) or not spaced_on_one_line(text, tokens[j].end, tokens[j + 1].start):
        return True
    after = tokens[j + 1]
    return not is_name_word(after) or after.folded in post_nouns()


def title_family_names(text: str, tokens: Sequence[Word],
                       kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with family names that are also titles closing the name before them (see
    the module)."""
    out = list(kept)
    starts = [w.start for w in tokens]
    for j in range(1, len(tokens)):
        word = tokens[j]
        if (word.folded not in family_titles() or not given_word(tokens[j - 1])
                or not spaced_on_one_line(text, tokens[j - 1].end, word.start)
                or not _closes_name(text, tokens, j) or _overlapping(out, word.start, word.end)):
            continue
        held = _overlapping(out, tokens[j - 1].start, tokens[j - 1].end)
        if len(held) == 1 and held[0].type == "PER" and held[0].end == tokens[j - 1].end:
            person = held[0]
            first = bisect_left(starts, person.start)
            out[out.index(person)] = replace(person, end=word.end, text=text[person.start:word.end],
                                             key=person_key(tokens, first, j))
        elif not held:
            opening = _given_run_start(text, tokens, j - 1)
            if opening is not None and not _overlapping(out, tokens[opening].start, word.end):
                start = tokens[opening].start
                out.append(Entity(start, word.end, type="PER", text=text[start:word.end],
                                  key=person_key(tokens, opening, j), source="post_name"))
    return sorted([*out, *_titled_family_mentions(text, tokens, out)], key=lambda e: e.start)


def _titled_family_mentions(text: str, tokens: Sequence[Word],
                            kept: Sequence[Entity]) -> list[Entity]:
    """Such a family name written alone after a title, where a person of the article closes
    on it: «عدنان بن أحمد السيد» ... «وأضاف المهندس السيد،» (the title says that the word
    is a person; the closing word, that no name follows)."""
    ends = {w.end: k for k, w in enumerate(tokens)}
    families = {tokens[ends[e.end]].folded: e.key for e in kept
                if e.type == "PER" and e.end in ends and e.key
                and tokens[ends[e.end]].folded in family_titles() and " " in e.text}
    found = []
    for j in range(1, len(tokens)):
        word = tokens[j]
        if (word.folded in families and tokens[j - 1].text in titles()
                and spaced_on_one_line(text, tokens[j - 1].end, word.start)
                and _closes_name(text, tokens, j) and not _overlapping(kept, word.start, word.end)):
            found.append(Entity(word.start, word.end, type="PER", text=text[word.start:word.end],
                                key=families[word.folded], source=SURNAME_SOURCE))
    return found


def _given_run_start(text: str, tokens: Sequence[Word], last: int) -> int | None:
    """The first word of the given names (and links) ending at word ``last``, when it opens
    a name; None otherwise."""
    first = last
    while (first > 0 and last - first < MAX_GIVEN - 1
           and spaced_on_one_line(text, tokens[first - 1].end, tokens[first].start)
           and (given_word(tokens[first - 1]) or tokens[first - 1].folded in LINKS)):
        first -= 1
    while first < last and tokens[first].folded in LINKS:
        first += 1
    return first if _opens_name(tokens, first) else None
