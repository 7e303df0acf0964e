"""An unlisted two-word name after a weak Arabic title («الفريق مهاب مميش»).

A weak title (``weak_titles_ar.txt``: «الفريق» is a general's rank and 'the team') keeps the
name after it only when it opens with a listed given name or the tagger reads a person there
(``name_extent.confirm_weak_titles``), so a foreign or unlisted name after the rank was lost.
'The team' is followed by a verb, a noun with a pronoun, a function word or a definite word
(«الفريق يحقق», «الفريق فوزه», «الفريق في», «الفريق الأول»); a name is two words with none
of these shapes, followed by a mark, the end of the line or a word that is no name's
(«الفريق مهاب مميش رئيس هيئة قناة السويس»). Two such words are then kept as the person.
Issue 5, session 22 (2026-12-07), engineer ent_ar3.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import Entity
from khabar.entities.arabic_construct_words import no_construct_noun
from khabar.entities.arabic_kind_names import common_words, person_common_words
from khabar.entities.arabic_name_words import MIN_NAME_LETTERS
from khabar.entities.gazetteer import Word, demonyms, place_index
from khabar.entities.org_patterns import has_article
from khabar.entities.titles import person_key, titles
from khabar.text.tokens import spaced_on_one_line

PROCLITICS = 2
"""Letters glued before the article at most («وب» + «ال»)."""
PRONOUN_END = "ه"
NAME_WORDS = 2
"""Words of the name kept: a given name and a family name."""


def _definite_behind_proclitic(word: Word) -> bool:
    """The article as written (``org_words.has_article``: not «ألمانية», «إلى», which fold
    to it), also behind up to two glued letters («بالأسماء», «للفوز», «والفريق»). Any
    letters, not only ``text.arabic_article.ARTICLE_OPENING``'s: a word with the article
    anywhere in its first letters is no plain name word."""
    return any(has_article(word, skip) for skip in range(PROCLITICS + 1))


def _plain_word(word: Word) -> bool:
    """A word of letters only, long enough for a name, without the article, not ending in
    «ه» as written (a noun with its pronoun: «باسمه», «فوزه»; a name's «ة» is written «ة»)."""
    return (word.text.isalpha() and len(word.text) >= MIN_NAME_LETTERS
            and not _definite_behind_proclitic(word) and not word.text.endswith(PRONOUN_END))


def _name_shaped(text: str, tokens: Sequence[Word], k: int) -> bool:
    """Whether word ``k`` can be a word of an unlisted name: no common word, verb, noun with
    a pronoun, function word, title, place or nationality adjective."""
    word = tokens[k]
    return (_plain_word(word) and word.folded not in common_words()
            and word.folded not in person_common_words() and not no_construct_noun(word)
            and word.text not in titles()
            and place_index().match_at(text, tokens, k) is None
            and demonyms().match_at(text, tokens, k) is None)


def _name_closed(text: str, tokens: Sequence[Word], k: int) -> bool:
    """Whether the name ends before word ``k``: the text ends, a line or a mark comes
    between, or word ``k`` is no name's (it has the article, or is common, a verb or a
    function word)."""
    if k >= len(tokens):
        return True
    if not spaced_on_one_line(text, tokens[k - 1].end, tokens[k].start):
        return True
    return not tokens[k].text.isalpha() or not _name_shaped(text, tokens, k)


def two_word_name(text: str, tokens: Sequence[Word], first: int, person: Entity) -> Entity | None:
    """``person``, a title's name opening on word ``first``, as the two name-shaped words
    there, or None when they are not (see the module)."""
    last = first + NAME_WORDS - 1
    if last >= len(tokens) or not spaced_on_one_line(text, tokens[first].end, tokens[last].start):
        return None
    if not all(_name_shaped(text, tokens, k) for k in (first, last)):
        return None
    if tokens[first].folded == tokens[last].folded:
        return None  # a word written twice is a tag list («امير عسير عسير»), no name
    if not _name_closed(text, tokens, last + 1):
        return None
    start, end = tokens[first].start, tokens[last].end
    return replace(person, start=start, end=end, text=text[start:end],
                   key=person_key(tokens, first, last))
