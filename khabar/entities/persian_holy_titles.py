"""The title of a holy figure is no part of the name (issue 5, session 14 (2026-12-06)).

Persian names the Imams, the Prophet's household and the leaders styled after them with a
title before the name: «امام حسین (ع)», «امام صادق», «حضرت فاطمه (س)», «امام خمینی (ره)». The
tagger, trained on ARMAN, which tags «امام خمینی» as one person, takes the title into the
name; the project's gold leaves titles out of every name, these included
(``bench/data/ENTITIES-GOLD.md``: «حضرت علی» gives «علی», «امام حسن مجتبي» gives «حسن
مجتبي»). A person that opens on such a title (``holy_titles_fa.txt``) is cut to the words
after it, the title kept as its role and ``title`` its source (the name after a title, as
the title rule's persons), where the next word can open a name: a word of letters
that is no function, time or role word (``name_stopwords.txt``), no word that makes a post
or an epithet with the title (``holy_epithets_fa.txt``: «امام جمعه», «امام زمان», «حضرت
امام»), no other title («حضرت آیت‌الله») and no place. About 55 such persons on 550
unlabelled Fars and Hamshahri articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import REFERENCE_SOURCES, Entity
from khabar.entities.gazetteer import place_index
from khabar.entities.persian_tidy import is_word
from khabar.entities.titles import stopwords, titles
from khabar.entities.words import Word, listed_keys, phrase_key
from khabar.text.tokens import token_at

TITLED = "title"
"""The source of a name read after a title: as the title rule's persons, a name that its
other mentions (a lone «حسین» elsewhere) are the surname mentions of
(``persian_tidy.settle_surnames`` keeps no surname mention of a lone tagger word)."""


def _holy_titles() -> frozenset[str]:
    return listed_keys("entities/holy_titles_fa.txt")


def _epithets() -> frozenset[str]:
    return listed_keys("entities/holy_epithets_fa.txt")


def _opens_name(word: Word) -> bool:
    key = phrase_key(word.text)
    return (is_word(word) and key not in stopwords() and key not in _epithets()
            and word.text not in titles() and place_index().get(word.text) is None)


def without_holy_titles(text: str, tokens: Sequence[Word],
                        entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with each person that opens on a holy figure's title cut to the name
    after it (see the module)."""
    starts = [w.start for w in tokens]
    out = []
    for e in entities:
        k = token_at(tokens, e.start, starts)
        if (e.type == "PER" and e.source not in REFERENCE_SOURCES and k is not None
                and k + 1 < len(tokens) and tokens[k + 1].end <= e.end
                and tokens[k].folded in _holy_titles() and _opens_name(tokens[k + 1])):
            start = tokens[k + 1].start
            e = replace(e, start=start, text=text[start:e.end], role=e.role or tokens[k].text,
                        source=TITLED)
        out.append(e)
    return out
