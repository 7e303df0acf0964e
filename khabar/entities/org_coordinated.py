"""Arab state bodies whose names coordinate two fields right after the head's genitive
(«وزارة التجارة والصناعة», «هيئة التحقيق والادعاء العام»,
``resources/entities/coordinated_bodies_ar.txt``): the pattern reader (``org_patterns``)
cuts such a name at the «و», and reads a listed one whole from its head. Moved out of
``org_patterns`` unchanged, session 14 (2026-12-06), to keep that module under 400 lines.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from khabar.entities.gazetteer import Word
from khabar.entities.phrases import clitic_variants
from khabar.normalize.fold import fold
from khabar.resources import load_lines


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
