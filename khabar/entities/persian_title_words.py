"""A title followed by a verb or a function word names no one (issue 5, session 14
(2026-12-06)).

The title rule reads the word after a title as the name («سید [ابراهیم]», «آقای [براون]»).
Persian also calls a man by his title alone, «سید» or «شیخ», in a story, and puts the title
before a verb or a function word: «صدای سید [بیدار] شدم» is no, but «عاشق سید [شدم]»,
«روضه را برای سید [بخواند]», «شیخ [یک] روضه بخوان», «این آقا [هیچ] گونه ارتباطی» and
«روز پاسدار [توسط] بنیانگذار» made persons, and their surname spread the function word over
the article («هیچ» eleven times in one interview). A one-word person of the title rule whose
word is a finite verb form (``khabar.text.persian_verbs.finite_verbs``), opens like a verb
(«می‌»/«نمی‌») or is one of the frequent Persian function words language identification
reads (``resources/langid/words/fa.txt``) is dropped.

So is one whose word is a post's noun («آقای [وزیر] اگر شما ...», «آقای [مدیرعامل]», «آقای
[استاندار]»: ``role_words.txt``, ``post_nouns_fa.txt``): a man addressed or named by his
post, a title-only reference, which the gold does not label (bench/data/ENTITIES-GOLD.md);
and one after a title that follows a demonstrative or an indefinite, where the word is a
common word («یک خانم [جوان]», «این خانم [همسایه] شما», «این خانم [تلاش] بسیاری کرده‌اند»:
the title is a common noun there, 'a young woman', and the word its adjective or the
clause's next word), not a given name of the lists; a rarer word after it stays a name
(«همین آقای تاجرنیا», «یک آقای تولایی نامی»). Session 22 (2026-12-06), engineer ent_fa2.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Entity
from khabar.entities.persian_holy_titles import TITLED
from khabar.entities.persian_tidy import VERB_OPENINGS
from khabar.entities.persian_untagged_names import is_rule_given_name
from khabar.entities.persian_word_persons import common_words, post_nouns
from khabar.entities.titles import titles
from khabar.entities.words import Word, fold_word, listed_keys, phrase_key
from khabar.text.persian_verbs import finite_verbs
from khabar.text.tokens import token_at


def _function_words() -> frozenset[str]:
    return listed_keys("langid/words/fa.txt")


def _no_name(word: str) -> bool:
    key = phrase_key(word)
    return (key in finite_verbs() or key in _function_words()
            or word.startswith(VERB_OPENINGS) or key in post_nouns())


def drop_titled_words(entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` without the title rule's one-word persons that are a verb or a
    function word (see the module)."""
    return [e for e in entities if not (e.type == "PER" and e.source == TITLED
                                        and " " not in e.text and _no_name(e.text))]


def _determiners() -> frozenset[str]:
    return listed_keys("entities/demonstratives_fa.txt") | listed_keys(
        "entities/indefinites_fa.txt")


def _common_after_determined_title(tokens: Sequence[Word], starts: Sequence[int],
                                   entity: Entity) -> bool:
    """Whether the title rule's one-word person is a common word after a title that a
    demonstrative or an indefinite opens («یک خانم [جوان]»; see the module)."""
    k = token_at(tokens, entity.start, starts)
    if k is None or k < 2 or tokens[k].end != entity.end:
        return False
    word = tokens[k]
    return (tokens[k - 1].text in titles() and tokens[k - 2].folded in _determiners()
            and fold_word(word.text.replace("\u200c", "")) in common_words()
            and not is_rule_given_name(word))


def drop_determined_titles(tokens: Sequence[Word], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` without the title rule's persons that are a common word after a
    demonstrative or an indefinite and a title (see the module)."""
    starts = [w.start for w in tokens]
    return [e for e in entities if not (e.type == "PER" and e.source == TITLED
                                        and _common_after_determined_title(tokens, starts, e))]
