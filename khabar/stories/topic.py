"""Whether two reports of one home name a common topic (session 23 (2026-12-07), issue 6).

Two reports published in one country share its officials, its city council, its football
clubs and its listed companies week after week, so a Persian paper's opinion column on
Hezbollah and its news of Hezbollah's prisoner talks, two features on the Asian Games, a
film's box office and an actress's profile, an essay on US doctrines and Siniora's visit
to Bush shared two or three specific keys and joined (bench/data/story-pairs-dense.tsv).
What the reports of one happening share besides its actors is its topic, which their
headlines name: «تونل رسالت», «انفجار», «ازدواج», the film's title. So between two
reports of one home (``home.shared_home``), a join by shared keys needs a headline word
of either report in the other's headline or lead (``LEAD_WORDS``; ``cluster.other_topics``).
A report with no headline (an empty title) still meets the other's headline in its lead.
A title that is a credit line («عکس: گلناز بهشتی», ``resources/stories/credit_words.txt``)
names no topic: the first ``HEADLINE_WORDS`` words of the lead stand for its headline.

Session 27 (2026-12-07), engineer stories_fa4: two kinds of word a headline and a lead share
name no common topic. Words of no topic at all (``topicless_words``: «است», «برای», «کشور»,
«روز», ``resources/stories/topicless_words.tsv``) are left out of a report's headline and
lead words: a railway budget cut and 15-day visas met on «کشور», a World Cup photo page and
a coach on Ahmadinejad on «است» (bench/data/story-pairs-dense.tsv). And a word that spells
a key both reports hold (``key_names``, ``shared_names``) is that key again, not a topic:
Hezbollah's prisoner talks and an opinion note titled «قدرت حزب‌الله» shared the keys of
Lebanon and Hezbollah and met on «حزب‌الله»; two reports of its chief met on the «گردشگری»
of the heritage and tourism organisation (story-pairs-fa25.tsv), a bombing report and an
essay on Iraq's politics on «عراق» (this session's design draw).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import Any

from khabar.normalize.fold import fold
from khabar.resources import load_lines, load_tsv
from khabar.stories.headline_words import opening, title_words

LEAD_WORDS = 30
"""How many of a text's first words are its lead here: the dateline, the credit and the
first sentence, which names the happening the headline names."""
HEADLINE_WORDS = 12
"""How many of the lead's first words stand for the headline of a report titled by a
credit line: about a headline's length, the lead's first clause."""


def lead_words(text: str | None, count: int = LEAD_WORDS,
               lang: str | None = None) -> frozenset[str]:
    """The headline words (``headline_words.title_words``) of a text's first ``count``
    words, less the topicless words of ``lang`` (``topicless_words``)."""
    words = opening(text, LEAD_WORDS).split()[:count]
    return title_words(" ".join(words), topicless_words(lang)) if words else frozenset()


def headline_words(title: str | None, text: str | None,
                   lang: str | None = None) -> frozenset[str]:
    """The words a report's headline names: its title's, or the lead's first
    ``HEADLINE_WORDS`` words' when the title is a credit line (``is_credit_line``), less
    the topicless words of ``lang``."""
    if is_credit_line(title):
        return lead_words(text, HEADLINE_WORDS, lang)
    return title_words(title, topicless_words(lang))


@cache
def topicless_words(lang: str | None) -> frozenset[str]:
    """The folded words of ``lang`` that name no topic
    (``resources/stories/topicless_words.tsv``); none for a language without rows."""
    rows = load_tsv("stories/topicless_words.tsv")[1:]  # after the header
    return frozenset(fold(word) for word, language in rows if language == lang)


def key_names(record: Mapping[str, Any]) -> frozenset[tuple[str, str]]:
    """(key, headline word) for each word of each mention of a contract record that has a
    key or a KB id (``cluster.record_keys`` takes one or the other): the words that spell
    the record's keys."""
    return frozenset((key, word)
                     for mention in (*(record.get("entities") or ()),
                                     *(record.get("references") or ()))
                     for key in (mention.get("key"), mention.get("kb_id")) if key
                     for word in title_words(mention.get("text")))


def shared_names(names: frozenset[tuple[str, str]], shared: frozenset[str]) -> frozenset[str]:
    """The words of ``names`` (``key_names``) that spell one of the ``shared`` keys."""
    return frozenset(word for key, word in names if key in shared)


def is_credit_line(title: str | None) -> bool:
    """Whether a title credits a photographer, illustrator, source or translator: a word of
    ``resources/stories/credit_words.txt`` right before a colon."""
    return bool(title) and _credit_pattern().search(fold(title or "")) is not None


@lru_cache(maxsize=1)
def _credit_pattern() -> re.Pattern[str]:
    words = sorted({fold(line) for line in load_lines("stories/credit_words.txt")},
                   key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")\s*:")


def name_one_topic(headline_a: frozenset[str], lead_a: frozenset[str],
                   headline_b: frozenset[str], lead_b: frozenset[str]) -> bool:
    """Whether a headline word of either report is in the other's headline or lead."""
    return bool(headline_a & (headline_b | lead_b)) or bool(headline_b & (headline_a | lead_a))
