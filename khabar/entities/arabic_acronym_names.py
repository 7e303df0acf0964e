"""An acronym of Latin letters spelled out in Arabic and joined by dots: «إتش.إس.بي.سي»
(HSBC), «بي.بي.سي», «أف. بي. آي», «سي.بي.اس.نيوز», «إل.جي إلكترونيكس». The tokenizer splits it
at its dots, and the tagger reads its letters apart: each a body («بي», «إس», «بنك إتش») or
a name from a letter on («جي إلكترونيكس»). The letters (``acronym_words_ar.tsv``) joined by
a dot make one word; where entities lie in such a chain of two letters or more and none
covers it, they are made one body over the chain and what they hold past its end («.نيوز»,
«إلكترونيكس»), the words before it left out («بنك» of «بنك إتش»: a noun of kind stays out,
as the gold leaves it). It is a body when one of them is, when a noun of a body's kind
comes right before it («شركة "إل.جي …"», ``kind_names_ar.tsv``) or when the article names a
body so elsewhere («وقالت إل.جي إلكترونيكس» after «شركة "إل.جي إلكترونيكس"»); after a noun
of a thing («مؤشر», a share index: «مؤشر الأسهم اليونانية إيه.تي.جي») they are dropped. A
chain with a dot and a word after it («جي. كيه. رولينج») or inside a person from before it
(«إبراهيم إتش. بي») is a person's initials, and one glued to a word or written unevenly
(«وان.ام.دي.بي», «بي. تي. تي. إي .بي») is part of a name read wrong: both left alone.
Session 26 (2026-12-07), issue 5, engineer ent_ar9.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from khabar.doc import Entity
from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.org_words import has_article
from khabar.entities.phrases import clitic_variants
from khabar.entities.words import keys_by_kind

SOURCE = "acronym"
DOT = "."
MIN_LETTERS = 2
GAPS = ("", " ")
MAX_DESCRIBED = 2
"""Definite words (a genitive, an adjective) between a noun of a thing and the acronym."""
QUOTES = frozenset("\"'«(“")
"""Marks that may stand between a noun of kind and the acronym («شركة "إل.جي …"»)."""


@dataclass(frozen=True)
class _Chain:
    first: int
    """The index of its first letter."""
    start: int
    end: int
    reach: int
    """The end of the words glued to the chain by a dot or a hyphen («.نيوز», «-وان»)."""


def _kinds() -> dict[str, frozenset[str]]:
    return keys_by_kind("entities/acronym_words_ar.tsv")


def _kind_noun(word: Word) -> bool:
    """Whether ``word``, a proclitic allowed, is a noun of a body's kind («شركة», «لشبكة»)."""
    heads = keys_by_kind("entities/kind_names_ar.tsv").get("head", frozenset())
    return any(phrase_key(rest) in heads for _, rest in clitic_variants(word))


def _letter(word: Word) -> bool:
    return word.folded in _kinds().get("letter", frozenset())


def _joint(text: str, tokens: Sequence[Word], k: int) -> tuple[str, str] | None:
    """The spaces around the dot joining the letter ``k`` to a letter after it («إتش.إس»,
    «أف. بي», «جيه . بي»: at most one on either side); None where no dot joins two."""
    if not (k + 2 < len(tokens) and tokens[k + 1].text == DOT
            and _letter(tokens[k]) and _letter(tokens[k + 2])):
        return None
    joint = (text[tokens[k].end:tokens[k + 1].start], text[tokens[k + 1].end:tokens[k + 2].start])
    return joint if joint[0] in GAPS and joint[1] in GAPS else None


def _reach(tokens: Sequence[Word], last: int) -> int:
    """The end of the words glued to the chain's last letter by a dot or a hyphen."""
    k = last
    while (k + 2 < len(tokens) and tokens[k + 1].text in (DOT, "-")
           and tokens[k + 1].start == tokens[k].end and tokens[k + 2].start == tokens[k + 1].end
           and tokens[k + 2].text[:1].isalpha()):
        k += 2
    return tokens[k].end


def _initials(text: str, tokens: Sequence[Word], last: int) -> bool:
    """Whether the chain ending at word ``last`` is a person's initials: a dot and a space
    after its last letter, then a word («جي. كيه. رولينج»)."""
    return (last + 2 < len(tokens) and tokens[last + 1].text == DOT
            and text[tokens[last].end:tokens[last + 1].start] in GAPS
            and text[tokens[last + 1].end:tokens[last + 2].start] == " "
            and tokens[last + 2].text[:1].isalpha())


def _run_on(text: str, tokens: Sequence[Word], first: int, last: int) -> bool:
    """Whether the chain from word ``first`` to ``last`` is part of a longer one written
    unevenly: glued on the left to a word or a number («وان.ام.دي.بي», «.1إم.دي.بي»), or
    joined on the right by a dot spaced otherwise to another letter («بي. تي. تي. إي .بي»)."""
    glued = tokens[first].start > 0 and not text[tokens[first].start - 1].isspace() \
        and text[tokens[first].start - 1] not in QUOTES
    return glued or _joint(text, tokens, last) is not None


def _chains(text: str, tokens: Sequence[Word]) -> list[_Chain]:
    found = []
    k = 0
    while k < len(tokens):
        last, first_joint = k, _joint(text, tokens, k)
        while first_joint is not None and _joint(text, tokens, last) == first_joint:
            last += 2  # written alike throughout: «بي.بي.سي. في» ends before «في»
        if ((last - k) // 2 + 1 >= MIN_LETTERS and not _initials(text, tokens, last)
                and not _run_on(text, tokens, k, last)):
            found.append(_Chain(k, tokens[k].start, tokens[last].end, _reach(tokens, last)))
        k = last + 1
    return found


def _word_before(tokens: Sequence[Word], first: int) -> int:
    """The index of the word before the chain, an opening mark between them skipped."""
    k = first - 1
    return k - 1 if k >= 0 and tokens[k].text in QUOTES else k


def _after_kind_noun(tokens: Sequence[Word], first: int) -> bool:
    k = _word_before(tokens, first)
    return k >= 0 and tokens[k].text[:1].isalpha() and _kind_noun(tokens[k])


def _of_a_thing(tokens: Sequence[Word], first: int) -> bool:
    """Whether a noun of a thing comes before the chain, up to ``MAX_DESCRIBED`` definite
    words between them («مؤشر الأسهم اليونانية إيه.تي.جي»)."""
    things = _kinds().get("thing", frozenset())
    k = _word_before(tokens, first)
    for _ in range(MAX_DESCRIBED + 1):
        if k < 0:
            return False
        if any(rest in things for _, rest in clitic_variants(tokens[k])):
            return True  # «وأجهزة آي.إم.إس.آي»
        if not has_article(tokens[k]):
            return False
        k -= 1
    return False


def _merged(text: str, tokens: Sequence[Word], chain: _Chain, inside: Sequence[Entity],
            bodies: frozenset[str]) -> list[Entity]:
    """What stands for the entities ``inside`` the chain (see the module); ``bodies``: the
    keys of the article's organisations."""
    if _of_a_thing(tokens, chain.first):
        return []
    end = max([chain.end] + [e.end for e in inside])
    name = text[chain.start:end]
    if any(e.type == "PER" and e.start < chain.start for e in inside):
        return list(inside)  # a person's initials after the name: «إبراهيم إتش. بي»
    if not (any(e.type == "ORG" for e in inside) or phrase_key(name) in bodies
            or _after_kind_noun(tokens, chain.first)):
        return list(inside)
    return [Entity(chain.start, end, type="ORG", text=name, key=f"org:{phrase_key(name)}",
                   source=SOURCE)]


def acronym_names(text: str, tokens: Sequence[Word], kept: list[Entity]) -> list[Entity]:
    """``kept`` with the entities split at an acronym's dots made one body (see the module)."""
    out = list(kept)
    for chain in _chains(text, tokens):
        inside = [e for e in out if e.type in ("PER", "ORG")
                  and e.start < chain.reach and chain.start < e.end]
        if not inside or any(e.start <= chain.start and chain.end <= e.end for e in inside):
            continue
        bodies = frozenset(phrase_key(e.text) for e in out if e.type == "ORG")
        merged = _merged(text, tokens, chain, inside, bodies)
        out = sorted([e for e in out if e not in inside] + merged, key=lambda e: (e.start, e.end))
    return out
