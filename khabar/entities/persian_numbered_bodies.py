"""Persian bodies named by a number (issue 5, session 21 (2026-12-06), engineer ent_fa_org).

Tehran's municipality works through numbered districts, and the Persian press names each
district's office by its head noun, the district's noun and its number, the city often after
it: «شهرداری منطقه 10 تهران», «روابط عمومی شهرداری منطقه 20», «شهرداری ناحیه ۳». The
tagger, with no capitals to go by and a number in the middle, reads half of them (in 25
mentions drawn from the Fars News and Hamshahri corpora, 12 whole, 12 missed, one read as
the city alone). Here a head of ``resources/entities/numbered_body_heads_fa.txt``, a noun
that numbers bodies (``numbered_body_nouns_fa.txt``: «منطقه», «ناحیه») and a number are one
organisation, with the gazetteer place written right after it (the city in the genitive,
which the gold keeps: «شهرداری منطقه 10 تهران»). A unit named before it in its genitive
(«روابط عمومی شهرداری منطقه 20») gives way: the gold labels the parent
(bench/data/ENTITIES-GOLD.md). Left as it is: a head after a demonstrative («این شهرداری»)
and a span that a rule's entity other than the tagger's or a place holds in part.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import GAZETTEER_SOURCE, TAGGER_SOURCE, Entity
from khabar.entities.gazetteer import Word, place_index
from khabar.entities.persian_tidy import is_word
from khabar.entities.words import listed_keys, with_org
from khabar.text.tokens import spaced_on_one_line

GIVING_WAY = frozenset({TAGGER_SOURCE, GAZETTEER_SOURCE})
"""Sources of the entities a numbered body replaces: the tagger's (a unit run on into the
body, a body cut at its number) and the gazetteer's place read alone."""


def numbered_bodies(text: str, tokens: Sequence[Word], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the numbered bodies of the text (see the module)."""
    out = list(entities)
    for k in range(len(tokens) - 2):
        span = _numbered_at(text, tokens, out, k)
        if span is None:
            continue
        start, end = span
        over = [e for e in out if e.start < end and start < e.end]
        if any(e.source not in GIVING_WAY or (e.type != "ORG" and e.start < start)
               for e in over):
            continue
        out = with_org(out, text, start, end, "numbered_body")
    return sorted(out, key=lambda e: e.start)


def _numbered_at(text: str, tokens: Sequence[Word], found: Sequence[Entity],
                 k: int) -> tuple[int, int] | None:
    """The span of a numbered body whose head is word ``k``, or None."""
    head, noun, number = tokens[k], tokens[k + 1], tokens[k + 2]
    if head.folded not in _heads() or noun.folded not in _numbered_nouns() \
            or not number.text.isdigit():
        return None
    if not _spaced(text, head, noun) or not _spaced(text, noun, number):
        return None
    if k > 0 and tokens[k - 1].folded in _demonstratives():
        return None  # «این شهرداری منطقه 3 را»: the one named before
    after = tokens[k + 3] if k + 3 < len(tokens) else None
    if after is not None and _spaced(text, number, after) and is_word(after) and (
            place_index().get(after.text) is not None
            or any(e.type == "LOC" and e.start == after.start for e in found)):
        return head.start, after.end  # «شهرداری منطقه 10 تهران»: the city in the genitive
    return head.start, number.end


def _spaced(text: str, a: Word, b: Word) -> bool:
    return spaced_on_one_line(text, a.end, b.start)


def _demonstratives() -> frozenset[str]:
    return listed_keys("entities/demonstratives_fa.txt")


def _heads() -> frozenset[str]:
    return listed_keys("entities/numbered_body_heads_fa.txt")


def _numbered_nouns() -> frozenset[str]:
    return listed_keys("entities/numbered_body_nouns_fa.txt")
