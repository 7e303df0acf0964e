"""A Persian body's name whose verbal noun takes its object (issue 5, session 19
(2026-12-06)).

Some Persian verbal nouns govern a preposition: «مبارزه با», «مقابله با», «پیشگیری از»,
«دفاع از», «نظارت بر» (``complement_nouns_fa.tsv``). A body named for what it does names
the object too: «ستاد مقابله با کرونا», «سازمان دفاع از قربانیان خشونت», «مؤسسه آموزش و
پیشگیری از آسیب‌های اجتماعی». The tagger, which learnt that a preposition ends a name,
stops at the noun («[ستاد مقابله] با کرونا»), and an organisation that ends on such a noun
names nothing. Where a tagger organisation ends on one and its preposition follows, the
name goes on over the preposition and its object: the words after it, up to ``MAX_OBJECT``,
each a word of letters on the same line that is no function word (``name_stopwords.txt``,
so no other preposition, «و», «را», «این», copula), no verb, no noun of a compound verb
(the word before a light verb: «برگزار شد», «برگزار مي شود»), no digit and held by no
other entity. A name the list or the KB knows whole is complete («[وزارت دفاع] از بیستم
فروردین»: ``orgs_fa.txt``, the KB's organisations). No object, no change; and none where
the words reach an indefinite «ای» (apart or after a half-space) or a reflexive «خود»
(``open_phrase_words_fa.txt``): a new noun phrase, the verb's, began among them («اداره
مبارزه با سرقت [تلاش گسترده] اي را», «از آسيب هاي اجتماعي [جايزه] خود را»), and where
the object ends is unknown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import TAGGER_SOURCE, Entity
from khabar.entities.persian_cut_names import light_verb_openings
from khabar.entities.persian_run_ons import known_org_keys
from khabar.entities.persian_tidy import is_word
from khabar.entities.titles import stopwords
from khabar.entities.words import Word, listed_keys, phrase_key
from khabar.kb.entries import KnowledgeBase
from khabar.normalize.zwnj_lexicon import VERB_PREFIXES
from khabar.resources import load_tsv
from khabar.text.persian_verbs import finite_verbs
from khabar.text.tokens import spaced_on_one_line, token_at

INDEFINITE_ENDS = ("\u200cای", "\u200cاي")
"""The indefinite «ای» joined by a half-space, as the ZWNJ repair writes «گسترده اي»."""
VERB_PREFIX_KEYS = frozenset(phrase_key(prefix) for prefix in VERB_PREFIXES)
"""The prefix of a present or continuous verb written apart («برگزار مي شود»)."""
MAX_OBJECT = 4
"""The most words of the object taken into the name («آسیب های اجتماعی»: three)."""


def _open_phrase_words() -> frozenset[str]:
    return listed_keys("entities/open_phrase_words_fa.txt")


@lru_cache(maxsize=1)
def _complement_nouns() -> dict[str, str]:
    return {phrase_key(noun): phrase_key(prep)
            for noun, prep in load_tsv("entities/complement_nouns_fa.tsv")}


def _object_word(tokens: Sequence[Word], k: int) -> bool:
    word = tokens[k]
    if not is_word(word) or any(ch.isdigit() for ch in word.text):
        return False
    if word.folded in finite_verbs() or phrase_key(word.text) in stopwords():
        return False
    nxt = tokens[k + 1].folded if k + 1 < len(tokens) else ""
    return nxt not in light_verb_openings() and nxt not in VERB_PREFIX_KEYS


def _object_end(text: str, tokens: Sequence[Word], prep: int,
                taken: Sequence[Entity]) -> int | None:
    """The end of the object after the preposition at ``prep``, or None."""
    end, k = None, prep + 1
    while k < len(tokens) and k - prep <= MAX_OBJECT + 1:
        word = tokens[k]
        if word.folded in _open_phrase_words() or word.text.endswith(INDEFINITE_ENDS):
            return None  # «با سرقت [تلاش گسترده] اي را»: a new phrase began in the run
        if (k - prep > MAX_OBJECT
                or not spaced_on_one_line(text, tokens[k - 1].end, word.start)
                or not _object_word(tokens, k)
                or any(o.start < word.end and word.start < o.end for o in taken)):
            break
        end, k = word.end, k + 1
    return end


def _complement_end(text: str, tokens: Sequence[Word], e: Entity,
                    taken: Sequence[Entity], known: frozenset[str]) -> int | None:
    """Where the organisation ``e`` ends with its verbal noun's object, or None."""
    if e.type != "ORG" or e.source != TAGGER_SOURCE or phrase_key(e.text) in known:
        return None
    k = token_at(tokens, e.start)
    last = k
    while last is not None and last + 1 < len(tokens) and tokens[last + 1].end <= e.end:
        last += 1
    if last is None or last == k or last + 2 >= len(tokens):
        return None
    prep = _complement_nouns().get(tokens[last].folded)
    if prep is None or tokens[last + 1].folded != prep:
        return None
    if not spaced_on_one_line(text, tokens[last].end, tokens[last + 1].start):
        return None
    return _object_end(text, tokens, last + 1, taken)


def complement_objects(text: str, tokens: Sequence[Word], entities: Sequence[Entity],
                       kb: KnowledgeBase | None = None) -> list[Entity]:
    """``entities`` with each tagger organisation that ends on a verbal noun taking its
    preposition and object (see the module)."""
    known, out = known_org_keys(kb), []
    for e in entities:
        end = _complement_end(text, tokens, e, entities, known)
        if end is not None:
            e = replace(e, end=end, text=text[e.start:end],
                        key=f"org:{phrase_key(text[e.start:end])}")
        out.append(e)
    return out
