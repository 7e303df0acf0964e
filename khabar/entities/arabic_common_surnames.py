"""An Arabic person's "surname" that is a common word of the language is found alone only
where the word before names a person.

``stage.add_surname_mentions`` makes a person of every lone word equal to the last word of
a person found in full. When that person is a tagger's or rule's mistake over common words
(«علي أنا», «عمار البيت», «سلمان شكرا», «شارت القطاع») the one mistake spreads to every
«أنا», «البيت», «القطاع» of the article; and a real family name that is also a word
(«جمال العيد», «عبدالله الحكم») is the word more often than the man where nothing says
otherwise («عيد الأضحى»: «العيد»). So a surname mention whose word is an ANERcorp common
word (``common_words_ar.txt.gz``: tagged O at least twice and more often than inside an
entity) and no listed given name stays only after a title, a post or a speech verb
(``stage.named_by_word_before``: «وقال العيد», «الدكتور الحكم»), as a nasab person's
family name in «ال» already does (``stage._family_mention``). Runs right after the surnames
are found, before the Arabic mention rules read them. Issue 5, session 27 (2026-12-07),
engineer ent_ar11.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import SURNAME_SOURCE, Entity
from khabar.entities.arabic_kind_names import common_words
from khabar.entities.arabic_name_words import given, given_word
from khabar.entities.gazetteer import Word
from khabar.entities.stage import named_by_word_before
from khabar.text.arabic_article import opens_with_article
from khabar.text.tokens import token_at

NISBA = "ي"
"""The ending of a nisba family name («العربي», «السوداني»), also an adjective."""


def _adjective_after_definite(tokens: Sequence[Word], k: int) -> bool:
    """Whether word ``k``, a nisba («العربي»), follows a definite word, whose adjective it is
    then («الدوري العربي», «بالعالم العربي»); after a verb or a mark it is the man
    («ووجد العربي»)."""
    return k > 0 and opens_with_article(tokens[k - 1].folded)


def _common_word_mention(tokens: Sequence[Word], e: Entity) -> bool:
    """Whether ``e`` is a surname found alone whose word is a common word, with no title,
    post, speech verb or given name before it (see the module)."""
    if e.type != "PER" or e.source != SURNAME_SOURCE:
        return False
    k = token_at(tokens, e.start)
    if k is None or tokens[k].end != e.end:
        return False
    folded = tokens[k].folded
    if folded not in common_words() or given(folded) or named_by_word_before(tokens, k):
        return False
    if k > 0 and given_word(tokens[k - 1]):
        return False  # «الأمين عمر قاضي»: the name written in full again
    return not folded.endswith(NISBA) or _adjective_after_definite(tokens, k)


def drop_common_word_surnames(tokens: Sequence[Word], kept: list[Entity]) -> list[Entity]:
    """``kept`` without the surname mentions that are a common word (see the module)."""
    return [e for e in kept if not _common_word_mention(tokens, e)]
