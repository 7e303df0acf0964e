"""The Arabic definite article «ال», written as the first letters of its noun («الحكومة»),
behind any proclitic glued before it («والحكومة», «بالحكومة», «للحكومة»: ل + the article
written with one lam).

Session 28 (2026-12-07), engineer mend8: the article had its own constant in four modules
and the pattern of a word that opens with it, behind a glued «و»/«ف» and «ب»/«ك» or as
«لل», was written twice (``entities.arabic_common_surnames``, ``train.person_common_words_ar``);
both are here once. The rules' tests of whether a word is definite are not one test and stay
each with its rule, named for what it takes in: ``events.arabic_owners._article_first`` (no
proclitic), ``events.arabic_condemned._definite_object`` (only «ب», «ل»),
``events.arabic_posts._definite_behind_clitic`` (any proclitic of the clitic list),
``entities.arabic_weak_title_names._definite_behind_proclitic`` (the article as written, up
to two letters in).
"""

from __future__ import annotations

import re

ARTICLE = "ال"
"""The definite article, written on its noun."""
ARTICLE_OPENING = r"^(?:[وف]?[بك]?ال|[وف]?لل)"
"""A word's start with the article, also behind a glued «و»/«ف» and then «ب»/«ك»
(«والشؤون», «بالعالم»), or «لل» («للمشرف»)."""
_OPENING = re.compile(ARTICLE_OPENING)


def opens_with_article(word: str) -> bool:
    """Whether the word (folded or as written) opens with the article, behind the proclitics
    of ``ARTICLE_OPENING``."""
    return _OPENING.match(word) is not None
