"""An Arabic «person» or tagger body named right after a noun of a thing is that thing's
name, no entity: a device or its system («هاتف آيفون», «بنظام تشغيل أندرويد»), a vehicle's
make or type («سيارتين من نوع «دينا»»), a storm («إعصار سوديلور»), a ship, a
disease; and a work whose title opens with a quotation mark after its
noun («برنامج «زد رصيدك»», «ألبوم «عمر ما يغيب»»). Without the mark the genitive after a
noun of a work is its author («كتاب محمد حسنين هيكل»), so works need it. The tagger reads
such names as persons or bodies from their foreign or name-like words, and the article's
later mentions of them follow (``stage.add_surname_mentions``): every person, and every
body the tagger or a repeat found, written as a name so introduced is dropped. A name the
article also writes after a noun of a kind of body is that body's («شركة رينو» beside «سيارة
رينو»: a car's make is its maker) and stays.

Nouns and their kinds: ``resources/entities/thing_nouns_ar.tsv`` (a proclitic on the noun
allowed). Not a person found by a title, nor a listed or patterned body. Session 17
(2026-12-06), issue 5, engineer ent_ar_fp.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import SURNAME_SOURCE, TAGGER_SOURCE, TITLE_SOURCE, Entity
from khabar.entities.arabic_kind_persons import after_kind_noun, word_before
from khabar.entities.gazetteer import Word
from khabar.entities.phrases import clitic_variants
from khabar.entities.words import keys_by_kind

THING_NOUNS = "entities/thing_nouns_ar.tsv"
TAGGER_SOURCES = frozenset({TAGGER_SOURCE, SURNAME_SOURCE})
"""Sources of a body that may be a thing's name: the tagger and the repeats of a name."""


def _noun_kind(word: Word) -> str | None:
    kinds = keys_by_kind(THING_NOUNS)
    for _, rest in clitic_variants(word):
        for kind, nouns in kinds.items():
            if rest in nouns:
                return kind
    return None


def _after_thing(tokens: Sequence[Word], starts: dict[int, int], e: Entity) -> bool:
    """Whether the word before ``e`` is a noun of a thing, or of a work with an opening
    mark between them."""
    word, marked = word_before(tokens, starts, e)
    kind = _noun_kind(word) if word is not None else None
    return kind == "thing" or (kind == "work" and marked)


def _droppable(e: Entity) -> bool:
    return (e.type == "PER" and e.source != TITLE_SOURCE) or (
        e.type == "ORG" and e.source in TAGGER_SOURCES)


def drop_thing_names(tokens: Sequence[Word], kept: list[Entity]) -> list[Entity]:
    """``kept`` without the names of things and their other mentions (see the module)."""
    starts = {w.start: k for k, w in enumerate(tokens)}
    names = {e.text for e in kept if _droppable(e) and _after_thing(tokens, starts, e)}
    names -= {e.text for e in kept if after_kind_noun(tokens, starts, e)}  # «شركة رينو»
    if not names:
        return kept
    return [e for e in kept if not (_droppable(e) and e.text in names)]
