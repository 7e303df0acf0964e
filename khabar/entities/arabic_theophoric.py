"""The tagger's persons and bodies that end on «الله» after a word that opens no
compound name in «الله»: «[حسبي الله] ونعم الوكيل», «[نحمد الله] في المملكة», «[سائلين
الله] عز وجل», «[يرحم الله] الشيخ», «بعد [توفيق الله]», «أول فوج من [حجاج بيت الله]
الحرام». Arabic names in «الله» are a closed class of compounds (``theophoric_heads_ar.txt``:
«عبد الله», «نصر الله», «فضل الله», «روح الله»; bodies «حزب الله», «أنصار الله»); a verb,
a plea or a noun phrase about God before «الله» is no name. Such an entity of the tagger
(source ``crf``) is dropped; the rules' persons are left to their own blessing guards
(``name_extent``), and a compound head with a proclitic counts («ونصر الله»). Session 15
(2026-12-06), issue 5.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from khabar.doc import TAGGER_SOURCE, Entity
from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.phrases import clitic_variants
from khabar.entities.words import listed_keys

GOD = phrase_key("الله")


def theophoric_heads() -> frozenset[str]:
    return listed_keys("entities/theophoric_heads_ar.txt")


def _false_compound(tokens: Sequence[Word], starts: Sequence[int], e: Entity) -> bool:
    """Whether ``e`` ends on «الله» after a word of its own that opens no compound."""
    last = bisect_left(starts, e.end) - 1
    if last < 1 or tokens[last].folded != GOD or tokens[last].end != e.end:
        return False
    before = tokens[last - 1]
    if before.end <= e.start:
        return False  # «الله» alone: not this rule's
    return not any(rest in theophoric_heads() for _, rest in clitic_variants(before))


def drop_false_theophoric(tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` without the tagger's names in «الله» that are no compound (see the module)."""
    starts = [w.start for w in tokens]
    return [e for e in kept if not (e.source == TAGGER_SOURCE and e.type in ("PER", "ORG")
                                    and _false_compound(tokens, starts, e))]
