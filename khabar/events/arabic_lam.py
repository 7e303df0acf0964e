"""The doer of an Arabic noun of attack told in a «ل» phrase after it: «القصف المكثف لطيران
التحالف», «هجوم لمسلحين على حاجز», «الغارات الجوية لقوات التحالف».

A verbal noun takes its doer as a genitive («قصف التحالف»). A definite noun with an
adjective («القصف المكثف») or an indefinite one («هجوم») takes no genitive: the «ل» phrase
right after the noun and its adjectives stands for it. For a noun whose target takes a
preposition («هجوم على X», «غارات على X») that phrase can only be its doer; a transitive
noun («قصف X», «استهداف X») takes its object with «ل» too (لام التقوية: «القصف المدفعي
لمواقع X»), so there the phrase is the doer only when it names a means of force
(«لطيران التحالف»). A noun with its doer already in the genitive («اعتقال الشرطة لـX»)
has a party right after it, not a «ل» phrase, and is read as before: the «ل» party is its
object.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.entities.gazetteer import Word
from khabar.entities.phrases import clitic_variants
from khabar.entities.words import keys_by_kind, listed_keys
from khabar.events.participant_words import CLAUSE_BREAKS, prepositions
from khabar.events.participants import Mention

TARGET_REACH = 6
"""Words from the doer's last word to «على», and from «على» to the party of its phrase: the
doer's genitive or adjectives («لطيران التحالف الدولي على»), the phrase's noun, adjective and
genitive chain («على مواقع تابعة لتنظيم "داعش"»)."""

ADJECTIVE_REACH = 2
"""Words (adjectives: «المكثف», «الجوية الأخيرة») between the noun and its «ل» phrase."""

LAM = "to"
"""The class of the proclitic «ل» in prepositions.tsv."""


def _nouns() -> dict[str, frozenset[str]]:
    return keys_by_kind("events/lam_doer_nouns_ar.tsv")


def _means() -> frozenset[str]:
    return listed_keys("events/force_means_ar.txt")


def _kind(word: Word) -> str | None:
    for kind, words in _nouns().items():
        if any(rest in words for _, rest in clitic_variants(word)):
            return kind
    return None


def _adjectives(words: Sequence[Word]) -> bool:
    """Words that may stand between the noun and its «ل» phrase: no mark, «و» or
    preposition."""
    return len(words) <= ADJECTIVE_REACH and not any(
        w.text in CLAUSE_BREAKS or not w.text[:1].isalnum() or w.folded == "و"
        or w.folded in prepositions()[0] for w in words)


def lam_doer(after: Sequence[Mention], tokens: Sequence[Word] | None,
             last: int | None) -> Mention | None:
    """The «ل» party after an Arabic noun of attack ending at word ``last`` that is its
    doer, else None. ``after``: the mentions after the noun, in order."""
    if tokens is None or last is None or last >= len(tokens) or not after:
        return None
    party = after[0]
    kind = _kind(tokens[last])
    if kind is None or party.prep != LAM or not _adjectives(tokens[last + 1 : party.first]):
        return None
    if kind == "doer":
        return party
    head = tokens[party.first]
    return party if any(rest in _means() for _, rest in clitic_variants(head)) else None



AGAINST = "against"
"""The class of «على», «ضد» in prepositions.tsv."""


def lam_target(after: Sequence[Mention], doer: Mention,
               tokens: Sequence[Word]) -> Mention | None:
    """The target of a noun whose doer is its «ل» party: the first party of an «على»/«ضد»
    phrase close after the doer, in the same clause («هجوم لمسلحين على حاجز للجيش», «غارات
    للجيش التركي على مواقع تابعة لتنظيم داعش»: the party in the phrase's genitive chain);
    names further on belong to the sentence («... في قصف لطيران التحالف، استهدفهم»)."""
    stop = min(len(tokens), doer.last + 1 + TARGET_REACH)
    at = next((k for k in range(doer.last + 1, stop)
               if prepositions()[0].get(tokens[k].folded) == AGAINST), None)
    if at is None or any(w.text in CLAUSE_BREAKS for w in tokens[doer.last + 1 : at]):
        return None
    for m in after:
        if m.first < at:
            continue
        if m.first - at > TARGET_REACH or any(w.text in CLAUSE_BREAKS
                                              for w in tokens[at : m.first]):
            return None
        return m
    return None
