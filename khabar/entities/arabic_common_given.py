"""An Arabic given name that is also a common word, read with the word after it as a person
by the given-name rule (``titles.given_name_persons``), is a person only where the tagger
reads one there too.

«حسن» is 'good', «عمر» 'age', «جو» 'atmosphere', «صالح» 'benefit': «إنه لمن حسن حظنا»,
«عن عمر يناهز 68», «في جو يسوده الأمن», «صالح أعمالهم» are phrases, and the rule, which
reads a listed given name and any name-like word after it, takes them for persons. Where
such a given name opens a real name («رضا ضراب», «صالح بشير») the tagger reads it too, from
the second word and the context; where the tagger reads no person over the two words, the
rule's person is dropped, as ``name_extent.confirm_weak_titles`` does for weak titles. The
names: ``resources/entities/common_word_given_names_ar.txt``. Longer names («حسن ناصر
بشيري») and names after a title are not touched. Session 17 (2026-12-06), issue 5, engineer
ent_ar_fp.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import GIVEN_NAME_SOURCE, Entity
from khabar.entities.gazetteer import Word
from khabar.entities.words import listed_keys
from khabar.text.tokens import token_at

COMMON_GIVEN = "entities/common_word_given_names_ar.txt"


def common_word_given_names() -> frozenset[str]:
    """Given names that news writes more often as a common word («صالح», «رضا»)."""
    return listed_keys(COMMON_GIVEN)


def _common_pair(tokens: Sequence[Word], e: Entity) -> bool:
    """A given-name person of two words whose first is a common word."""
    first = token_at(tokens, e.start)
    return (e.type == "PER" and e.source == GIVEN_NAME_SOURCE and first is not None
            and first + 1 < len(tokens) and tokens[first + 1].end == e.end
            and tokens[first].folded in common_word_given_names())


def confirm_common_given(tokens: Sequence[Word], found: Sequence[Entity],
                         model: Sequence[Entity]) -> list[Entity]:
    """``found`` without the common-word given-name pairs the tagger reads no person over."""
    return [e for e in found if not (_common_pair(tokens, e) and not any(
        m.type == "PER" and m.start < e.end and e.start < m.end for m in model))]
