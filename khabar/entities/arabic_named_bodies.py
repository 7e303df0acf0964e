"""An Arabic body named after a person written without a title: a head noun of a body, the
person's name as its genitive, then the body's field with «ل»: «مركز محمد بن نايف
للمناصحة والرعاية», «مؤسسة محمد بن راشد للمعرفة», «مستشفى سليمان الحبيب للعيون». The
name rules read the titled form («مركز الملك سلمان للإغاثة», ``org_patterns``); without
a title the person's name stops them, and the rules and the tagger read the person alone.
A head noun of a body right before a person's name makes the name its genitive (the
body named after him), and a complement with «ل» right after the name, the body's field
(«للمناصحة», «لتحفيظ القرآن»), shows the whole is one name: head + name + complement is
the body, and the person inside it is no mention of its own.

The head is one of ``org_patterns``' heads (construct or titled: «مركز», «مؤسسة»,
«مستشفى»; not a noun of kind, which stays out of the name it precedes: «نادي نانسي
للكشف على إصابته» is the club «نانسي»), a proclitic on it allowed and left out
(«بمركز»), or its dual or plural in construct («بمركزي محمد بن نايف»: the two centres);
the name then runs on as
``org_patterns`` reads a name's end (adjectives, one complement, coordinated words).
Session 14 (2026-12-06), issue 5.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from khabar.doc import ORG_PATTERN_SOURCE, Entity
from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.org_patterns import (
    ABSORBED_SOURCES,
    heads,
    kind_nouns,
    name_end,
    titled_heads,
)
from khabar.entities.phrases import clitic_variants
from khabar.entities.words import in_place_of_overlaps
from khabar.text.tokens import spaced_on_one_line, token_at

SOURCE = ORG_PATTERN_SOURCE
"""Read from the body's build, as ``org_patterns``' names (and spread as they are)."""


def _head_start(word: Word) -> int | None:
    """Characters of proclitic before a body's head noun (or its construct dual or
    plural in «ي»), or None."""
    for skip, rest in clitic_variants(word):
        for form in (rest, rest[:-1] if rest.endswith("ي") else ""):
            if (form in heads() and form not in kind_nouns()) or form in titled_heads():
                return skip
    return None


def _complement(word: Word) -> bool:
    """A word with the preposition «ل» glued on, not the article: «للمناصحة», «لتحفيظ»."""
    return word.text.startswith("ل") and not word.text.startswith("ال") and len(word.text) > 3


def _body_of(text: str, tokens: Sequence[Word], starts: Sequence[int],
             person: Entity, kept: Sequence[Entity]) -> Entity | None:
    """The body named after ``person`` around it, if the text has one (see the module)."""
    i = token_at(tokens, person.start, starts)
    last = bisect_left(starts, person.end) - 1
    if i is None or i == 0 or last + 1 >= len(tokens):
        return None
    head, after = tokens[i - 1], tokens[last + 1]
    skip = _head_start(head) if head.text[:1].isalpha() else None
    if (skip is None or not spaced_on_one_line(text, head.end, tokens[i].start)
            or not spaced_on_one_line(text, tokens[last].end, after.start)
            or not _complement(after)):
        return None
    end_word = name_end(text, tokens, kept, last)
    if end_word == last:
        return None  # the «ل» word is no complement the name rules read («لعدم»)
    end = tokens[end_word].end
    start = head.start + skip
    return Entity(start, end, type="ORG", text=text[start:end],
                  key=f"org:{phrase_key(text[start:end])}", source=SOURCE)


def named_bodies(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the bodies named after persons (see the module) in place of the
    persons and the tagger's entities inside them."""
    starts = [w.start for w in tokens]
    out = list(kept)
    for person in [e for e in kept if e.type == "PER" and e.source in ABSORBED_SOURCES]:
        body = _body_of(text, tokens, starts, person, kept)
        if body is None:
            continue
        inside = [e for e in out if e.start < body.end and body.start < e.end]
        if all(body.start <= e.start and e.end <= body.end and e.source in ABSORBED_SOURCES
               for e in inside):
            out = in_place_of_overlaps(out, body)
    return sorted(out, key=lambda e: e.start)
