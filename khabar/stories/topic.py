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
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.normalize.fold import fold
from khabar.resources import load_lines
from khabar.stories.headline_words import opening, title_words

LEAD_WORDS = 30
"""How many of a text's first words are its lead here: the dateline, the credit and the
first sentence, which names the happening the headline names."""
HEADLINE_WORDS = 12
"""How many of the lead's first words stand for the headline of a report titled by a
credit line: about a headline's length, the lead's first clause."""


def lead_words(text: str | None, count: int = LEAD_WORDS) -> frozenset[str]:
    """The headline words (``headline_words.title_words``) of a text's first ``count``
    words."""
    words = opening(text, LEAD_WORDS).split()[:count]
    return title_words(" ".join(words)) if words else frozenset()


def headline_words(title: str | None, text: str | None) -> frozenset[str]:
    """The words a report's headline names: its title's, or the lead's first
    ``HEADLINE_WORDS`` words' when the title is a credit line (``is_credit_line``)."""
    if is_credit_line(title):
        return lead_words(text, HEADLINE_WORDS)
    return title_words(title)


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
