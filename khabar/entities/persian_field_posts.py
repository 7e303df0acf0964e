"""The field named after a Persian minister's post is no organisation (issue 5, session 14
(2026-12-06)).

Persian names a minister by the field of the ministry, not by the ministry: «وزیر نیرو»,
«وزیر فرهنگ و ارشاد اسلامی», «معاون وزیر نفت», «وزرای امور اقتصادی و دارایی». The field is
part of the post, and a post is no mention (``bench/data/ENTITIES-GOLD.md``: titles, ranks
and roles are left out); the body is «وزارت نیرو». The tagger, trained on ARMAN, which tags
the field as an organisation, reads it as one. An organisation of the tagger right after a
word of such a post (``field_posts_fa.txt``) that opens on no head noun of a body
(``parent_heads_fa.tsv``: «وزیر [سازمان ...]» is not written, but a body after the post
stays) and is no KB organisation («وزیران [اوپک]»: the ministers of a body) is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import TAGGER_SOURCE, Entity
from khabar.entities.persian_units import parent_heads
from khabar.entities.words import Word, listed_keys
from khabar.kb.entries import KnowledgeBase
from khabar.text.tokens import token_at


def _field_posts() -> frozenset[str]:
    return listed_keys("entities/field_posts_fa.txt")


def _is_field(tokens: Sequence[Word], starts: Sequence[int], e: Entity,
              kb: KnowledgeBase) -> bool:
    k = token_at(tokens, e.start, starts)
    return (e.type == "ORG" and e.source == TAGGER_SOURCE and k is not None and k > 0
            and tokens[k - 1].folded in _field_posts()
            and tokens[k].folded not in parent_heads() and not kb.named(e.text, "ORG"))


def drop_post_fields(tokens: Sequence[Word], entities: Sequence[Entity],
                     kb: KnowledgeBase) -> list[Entity]:
    """``entities`` without the tagger's organisations that are a minister's field (see
    the module)."""
    starts = [w.start for w in tokens]
    return [e for e in entities if not _is_field(tokens, starts, e, kb)]
