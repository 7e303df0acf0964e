"""Arabic trigger words read in a sense that tells no act between parties, from who does it.

«تعليق» before a person's name is that person's comment («أعجبني تعليق الأمير الوليد بن
طلال»), not a suspension: a suspension is of a thing (membership, aid, talks) named right
after it. A threat or an attack whose would-be actor is a natural force, a disaster or a
disease («الإعصار "تشابالا" يهدد اليمن», «ويهدد فيروس كورونا السعودية») is a danger, not
an act of a party (PLOVER THREATEN and ASSAULT are done by one). A verb after «أن» after a
word of hope («ولي أمل في أن ينسحب») is an act hoped for, not told. Session 29 (2026-12-07),
engineer events_ar18, issue 6.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Doc
from khabar.entities.gazetteer import Word
from khabar.entities.phrases import clitic_variants
from khabar.entities.words import listed_keys
from khabar.events.arabic_preverbal import complementizers
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import PUNCTUATION_BREAKS, honorifics
from khabar.normalize.fold import fold
from khabar.text.arabic_conjunction import without_proclitic

COMMENT = fold("تعليق")
HARM_TYPES = frozenset({"THREATEN", "ASSAULT"})
FORCE_BEFORE = 4
"""Words before a threat or attack verb within which its subject, a natural force, is read
(«الإعصار " تشابالا " يهدد»: the force, a quoted name, the verb)."""
CLAUSE_BREAKS = PUNCTUATION_BREAKS | frozenset("()")
HOPE_REACH = 3
"""Words between a word of hope and «أن» («أمل في أن»), and between «أن» and the verb."""


def hope_words() -> frozenset[str]:
    return listed_keys("events/hope_words_ar.txt")


def natural_forces() -> frozenset[str]:
    return listed_keys("events/natural_forces_ar.txt")


def _folded_forms(word: Word) -> set[str]:
    """The folded word, and the word without each proclitic it may carry."""
    return {rest for _, rest in clitic_variants(word)}


def commented(doc: Doc, hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """«تعليق» with a person's name right after it, or after one honorific: a comment."""
    if hit.trigger.type != "SANCTION" or COMMENT not in _folded_forms(tokens[hit.first]):
        return False
    after = hit.last + 1
    if after < len(tokens) and tokens[after].folded in honorifics():
        after += 1
    if after >= len(tokens):
        return False
    return any(e.type == "PER" and e.start == tokens[after].start for e in doc.entities)


def _force(word: Word) -> bool:
    """A natural force, also after «و» or «ف» (not after «ب» or «ل»: «هدد بالفيضانات»)."""
    forces = natural_forces()
    return word.folded in forces or without_proclitic(word.folded, min_rest=1) in forces


def natural_doer(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A threat or attack verb whose subject is a natural force: the word right after it
    («ويهدد الجفاف ...») or one shortly before it in its clause («الإعصار ... يهدد»)."""
    if hit.trigger.type not in HARM_TYPES or hit.trigger.tense == "noun":
        return False
    if hit.last + 1 < len(tokens) and _force(tokens[hit.last + 1]):
        return True
    for k in range(hit.first - 1, max(-1, hit.first - 1 - FORCE_BEFORE), -1):
        if tokens[k].text in CLAUSE_BREAKS:
            return False
        if _force(tokens[k]):
            return True
    return False


def _that_before(tokens: Sequence[Word], first: int) -> int | None:
    """The position of the «أن» shortly before ``first`` in its clause, if any."""
    for k in range(first - 1, max(-1, first - 1 - HOPE_REACH), -1):
        if tokens[k].text in CLAUSE_BREAKS:
            return None
        if tokens[k].folded in complementizers():
            return k
    return None


def hoped(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A verb after «أن» after a word of hope: an act hoped for («ولي أمل في أن ينسحب»)."""
    if hit.trigger.tense == "noun":
        return False
    that = _that_before(tokens, hit.first)
    if that is None:
        return False
    return any(_folded_forms(tokens[k]) & hope_words()
               for k in range(max(0, that - HOPE_REACH), that))
