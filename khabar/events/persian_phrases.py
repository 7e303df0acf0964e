"""Which preposition governs a Persian name told in an ezafe chain.

A Persian prepositional phrase is the preposition, its noun and that noun's genitives, each
hanging on the one before by the ezafe, which the script does not write: «در خصوص مسایل
مورد توجه تهران», «به مواضع نیروهای ارتش اسرائیل», «از سیاست‌های دولت آمریکا». A name at
the end of such a chain is inside the phrase: it is no subject of the clause's verb, and
what the preposition marks (whom the act is with, against, to or from) is the name's
share in the act. The chain is read back from the name over plain words only; a verb,
a mark, «و», «را», a post word, another name or a word that opens a clause
(``clause_openers_fa.txt``) ends it: the name then heads its own noun phrase (a subject
after an adverb, «در این دیدار وزیر خارجه ایران گفت», or the object of a new clause). An
attribution («به گفته X») holds only the name right after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.titles import role_words
from khabar.entities.words import listed_keys
from khabar.events.participant_words import prepositions
from khabar.resources import load_tsv
from khabar.text.persian_function_words import OBJECT_MARK
from khabar.text.persian_verbs import finite_verbs

CHAIN_REACH = 4
"""Nouns a chain may hold between its preposition and the name: «در خصوص مسایل مورد توجه
X» holds four; longer stretches run over a clause boundary the words did not mark."""
AND = phrase_key("و")
PARTICIPLE_END = phrase_key("ه")
ATTRIBUTION = "attribution"
"""The class of the phrase holding a speaker («به گفته X»): no target's."""


def clause_openers() -> frozenset[str]:
    return listed_keys("events/clause_openers_fa.txt")


@lru_cache(maxsize=1)
def attributions() -> frozenset[str]:
    """Phrase keys of the Persian phrases that name whom a statement is from («به گفته»,
    «به گزارش»; quote_attributions.tsv, markers.tsv)."""
    quoted = [phrase for phrase, lang, *_ in load_tsv("events/quote_attributions.tsv")
              if lang == "fa"]
    marked = [row[0] for row in load_tsv("events/markers.tsv") if row[1:2] == ("attribution",)]
    return frozenset(phrase_key(p) for p in [*quoted, *marked])


def closed_adverbials() -> frozenset[str]:
    """Adverbial idioms «در همین حال», «در این زمینه» (closed_adverbials_fa.txt), as the two
    words' folded forms joined."""
    return listed_keys("events/closed_adverbials_fa.txt")


def partitive_words() -> frozenset[str]:
    return listed_keys("events/partitive_words_fa.txt")


def plain(word: Word) -> bool:
    """A word a chain may run over: a noun or adjective, not a finite verb, a mark, a post."""
    folded = word.folded
    return (word.text[:1].isalpha() and folded not in (AND, OBJECT_MARK)
            and folded not in prepositions()[0] and folded not in role_words()
            and folded not in clause_openers()
            # a past participle is as often an adjective or a noun («آسیب دیده», «گفته»)
            and (folded not in finite_verbs() or folded.endswith(PARTICIPLE_END)))


def governing(tokens: Sequence[Word], first: int, names: frozenset[int] = frozenset(),
              reach: int = CHAIN_REACH, floor: int = 0) -> str | None:
    """The class (prepositions.tsv) of the preposition whose phrase holds the name opening at
    word ``first`` through a chain of at most ``reach`` plain words, none of them in
    another name (word indexes ``names``: it heads a phrase of its own); None when the name
    stands right after its preposition (``participants`` gave it that one) or no phrase
    holds it at word ``floor`` or after. A partitive («عده‌ای از معترضان X») is the
    subject itself, held by none."""
    words = prepositions()[0]
    for k in range(first - 1, max(floor - 1, first - 2 - reach), -1):
        found = words.get(tokens[k].folded)
        if found is not None:
            if k == first - 1 or (found == "from" and k > 0
                                  and tokens[k - 1].folded in partitive_words()):
                return None
            return found
        if k > 0 and tokens[k - 1].folded + tokens[k].folded in closed_adverbials():
            return None  # «در همین حال ایران ...»: the idiom takes no genitive; the name
            # heads its own phrase, the clause's subject
        if k > 0 and tokens[k - 1].folded + tokens[k].folded in attributions():
            # «به گفته X»: its genitive is the speaker, right after it; the clause follows
            # him («به گفته شاعری انجمن ایدز ایران ... پشتیبانی می‌کند»).
            return ATTRIBUTION if k == first - 1 else None
        if k in names or not plain(tokens[k]):
            return None
    return None


GENITIVE_REACH = 2
"""Words (adjectives, head nouns) a noun act's ezafe chain may hold before the name it ends
in: «حمله [هوایی] اسرائیل», «حمله [گسترده] ارتش پاکستان», «سفر [دو روزه] پوتین»."""


def genitive_chain(tokens: Sequence[Word], at: int, first: int) -> bool:
    """Whether a name opening at word ``first`` ends the ezafe chain of the noun act whose
    genitive would open at word ``at``: right there, or after at most ``GENITIVE_REACH``
    plain words, the noun's adjectives or the heads the name is the genitive of. Persian puts
    a noun's adjectives before its genitive («حمله‌ی هوایی‌ِ اسرائیل»), so the agent of the
    act is the name the chain ends in. A preposition, a mark, «و», «را», a verb or a post
    word ends the chain (``plain``), as does a preposition that marks no participant
    («بر», «درباره»: ``chain_breaks_fa.txt``)."""
    return at <= first <= at + GENITIVE_REACH and all(
        plain(w) and w.folded not in chain_breaks() for w in tokens[at:first])


def chain_breaks() -> frozenset[str]:
    return listed_keys("events/chain_breaks_fa.txt")
