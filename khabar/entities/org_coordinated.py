"""Arab state bodies whose names coordinate two fields right after the head's genitive
(«وزارة التجارة والصناعة», «هيئة التحقيق والادعاء العام»,
``resources/entities/coordinated_bodies_ar.txt``): the pattern reader (``org_patterns``)
cuts such a name at the «و», and reads a listed one whole from its head. Moved out of
``org_patterns`` unchanged, session 14 (2026-12-06), to keep that module under 400 lines.

Session 16 (2026-12-06): after the heads whose bodies are named by their fields («حزب»,
«منظمة», «هيئة», «جمعية», «اتحاد», «مؤسسة»; ``resources/entities/field_pairs_ar.tsv``),
a «و» and a definite word right after the genitive is the body's second field, unlisted
(«حزب العدالة والتنمية», «منظمة الأغذية والزراعة»), unless the head and genitive already
name a body in full («حزب الله والنظام»), the second word is a plural of persons after a
field («هيئة شؤون الإعلام والمشاركين»), or it starts a place's or a listed body's name
(«منظمة التعاون والأمم المتحدة»).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from khabar.entities.gazetteer import Word, org_index, phrase_key, place_index
from khabar.entities.phrases import clitic_variants
from khabar.entities.words import keys_by_kind
from khabar.normalize.fold import fold
from khabar.resources import load_lines

FIELD_PAIRS = "entities/field_pairs_ar.tsv"


@lru_cache(maxsize=1)
def coordinated_bodies() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the folded words of the listed bodies with a coordination right
    after the genitive (``resources/entities/coordinated_bodies_ar.txt``), longest first."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for line in load_lines("entities/coordinated_bodies_ar.txt"):
        folded = tuple(fold(w) for w in line.split())
        found.setdefault(folded[0], []).append(folded)
    return {first: tuple(sorted(names, key=len, reverse=True)) for first, names in found.items()}


def listed_end(tokens: Sequence[Word], i: int,
               follows: Callable[[int, int], Word | None]) -> int | None:
    """The last word of a listed coordinated body headed at ``i`` (a proclitic on the
    head allowed), if the text names one there; ``follows(k, after)`` is word ``k`` when
    it follows word ``after`` across a plain space (``org_patterns``' reader)."""
    for _, rest in clitic_variants(tokens[i]):
        for name in coordinated_bodies().get(rest, ()):
            k = i
            for word in name[1:]:
                nxt = follows(k + 1, k)
                if nxt is None or nxt.folded != word:
                    break
                k += 1
            else:
                return k
    return None


def paired_field(text: str, tokens: Sequence[Word], heads: tuple[int, str], genitive: int,
                 follows: Callable[[int, int], Word | None],
                 coordinated: Callable[[Word], bool]) -> int | None:
    """Word ``genitive + 1`` when it is the second field of the body headed at word
    ``heads[0]`` (folded, its proclitic off: ``heads[1]``) whose genitive is word
    ``genitive``, and no listed name starts there (``listed_end`` reads it): «و» + a
    definite word that ``coordinated`` takes for one that goes on a name, after a field
    head, where head and genitive name no body in full, the «و» word names persons only
    after a genitive that does too, and no place or listed body starts at it."""
    kinds = keys_by_kind(FIELD_PAIRS)
    word = follows(genitive + 1, genitive)
    i, head = heads
    if (word is None or head not in kinds["head"] or listed_end(tokens, i, follows) is not None
            or phrase_key(f"{head} {tokens[genitive].text}") in kinds["closed"]
            or not coordinated(word)):
        return None
    if _persons(word.folded[1:], kinds) and not _persons(tokens[genitive].folded, kinds):
        return None  # «هيئة شؤون الإعلام والمشاركين»: the fields are alike
    if place_index().match_at(text, tokens, genitive + 1, True) is not None \
            or org_index().match_at(text, tokens, genitive + 1, True) is not None:
        return None
    return genitive + 1


def _persons(folded: str, kinds: dict[str, frozenset[str]]) -> bool:
    """Whether a folded definite word is a participle in the sound masculine plural
    («المشاركين», «الموزعين»), which names persons (``field_pairs_ar.tsv``)."""
    return (folded.startswith(tuple(kinds["persons_prefix"]))
            and folded.endswith(tuple(kinds["persons_ending"])))
