"""A Persian organisation named again (issue 5, session 13 (2026-12-05)). The tagger reads a
body's name in one sentence and misses the same words in the next («[شرکت واحد] اتوبوسرانی
... اموال شرکت واحد بعد از مسابقات», «طبق آمار سازمان جهانی بهداشت»): its features are the
words around, which change. One name, one sense in an article, as ``org_repeats`` has it for
Arabic and ``stage.add_surname_mentions`` for a person's surname: a tagger organisation of two
or more words opened by a body's head noun (``resources/entities/repeat_heads_fa.txt``:
وزارت, سازمان, شرکت, بانک, دانشگاه, انجمن, ستاد, حزب...) is that body wherever the article
writes it again and no entity holds the words, nor a place follows them (the name may go
on through it: «حزب اسلامی افغانستان» where «حزب اسلامی» was found). A unit's noun (مرکز,
کمیسیون, اداره) is no such head: a unit named again is often followed by its parent, which
the gold labels; a one-word name is no head's name.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import TAGGER_SOURCE, Entity
from khabar.entities.gazetteer import Word, words
from khabar.entities.org_repeats import add_repeats
from khabar.entities.phrases import Match
from khabar.entities.words import listed_keys


def _heads() -> frozenset[str]:
    return listed_keys("entities/repeat_heads_fa.txt")


def _spreads(entity: Entity) -> bool:
    if entity.type != "ORG" or entity.source != TAGGER_SOURCE:
        return False
    parts = words(entity.text)
    return len(parts) > 1 and parts[0].folded in _heads()


def _place_after(text: str, end: int, entities: Sequence[Entity]) -> bool:
    """A place right after the words: the name may go on through it, as a body's place in
    its genitive does («حزب اسلامی افغانستان», «اتحادیه فرش دستباف ایران»)."""
    return any(e.type == "LOC" and e.start > end and text[end:e.start].isspace()
               for e in entities)


def add_org_repeats_fa(text: str, tokens: Sequence[Word],
                       entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the other mentions of their tagger organisations (see the module)."""
    def mention(m: Match[Entity]) -> Entity:
        return Entity(m.start, m.end, type="ORG", text=text[m.start:m.end], key=m.value.key,
                      source="org_again")
    return add_repeats(text, tokens, entities, _spreads, mention,
                       keep=lambda m: not _place_after(text, m.end, entities))
