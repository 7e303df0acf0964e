"""An Arabic claim of responsibility names the doer of the attack the article told before it.

«انفجرت سيارة مفخخة في سوق لوغار ... وأعلنت حركة طالبان مسؤوليتها عنه»: the attack is told
with no doer (the stand-in "Unknown attackers", ``participant_words.unknown_attackers``), and
the claim, a sentence or more later, names it. A claim is no act of its own (a rule that read
it as one, session 24, added a record for each retelling); it gives its claimant to the
nearest attack drafted before it, when that attack names no doer.

A claim is read only when it points back at an attack already told: «أعلن X مسؤوليته عن
الهجوم/عنه» (the definite article or a pronoun: the one just told), «تبنت X الهجوم» or, verb
before object before subject, «تبنت الهجوم جماعة X». Left out: a group's record («أعلنت
مسؤوليتها عن الكثير من الهجمات», no definite noun right after «عن»), a denial or a claim
nobody made («لم تعلن أي جهة مسؤوليتها»: the imperfect, and no named party), a habitual claim
(«ويتبنى معظم هذه الهجمات», the imperfect), a verbal noun («واعلان حزب العمال مسؤوليته عن
قتلهما», often a background attack's claim) and blame laid on another («حمل X حزب العمال
مسؤولية الهجوم», a bare «مسؤولية», ``claim_words_ar.txt``). Session 25 (2026-12-07), issue 6,
engineer events_ar9; read after merging, session 26 (2026-12-07), events_ar10.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Word
from khabar.entities.phrases import clitic_variants
from khabar.entities.words import listed_keys
from khabar.events.arabic_attack_clauses import attack_nouns, claim_words
from khabar.events.arabic_seizure import demonstratives
from khabar.events.event_builder import ACTOR_SHARE, TARGET_SHARE
from khabar.events.merging import Draft, key_of, retold, same_happening
from khabar.events.participant_words import UNKNOWN_ATTACKERS
from khabar.events.participants import participant

Words = Callable[[int, int], Sequence[Word]]
"""The words that start inside a span of the text."""

ATTACK = "ASSAULT"
CLAIMANT_TYPES = frozenset({"ORG", "PER"})
"""Who claims an attack: a group or a person (a place named in a group's name, «ولاية سيناء»,
is not the claimant)."""
CLAIMANT_CONFIDENCE = 0.7
"""How sure the claimant is as the doer: a name read in another sentence than the attack's
(as ``event_builder._actor`` holds a name found beside its verb)."""
ANNOUNCE_REACH = 8
"""Words from «أعلن» to the word of claiming («أعلنت حركة طالبان في بيان مسؤوليتها»)."""
OBJECT_GAP = 2
"""Words between the word of claiming and «عن» («مسؤوليتها رسميا عن», «على الفور»)."""
ADOPT_REACH = 10
"""Words after «تبنت» within which its object and its subject are both named («وتبنت الهجوم
جماعة (ولاية سيناء) الفرع المصري لتنظيم داعش»)."""
ABOUT = "عن"
"""The preposition of what is claimed («مسؤوليته عن الهجوم»)."""
MASCULINE_ENDING = "ى"
"""The masculine «تبنى» folds into the verbal noun «تبنّي» ('adopting': «إلى تبني مشروع
قرار»): only its written «ى» tells the verb."""


@dataclass(frozen=True)
class Claim:
    at: int
    """Where the verb of the claim starts: it gives its claimant to an attack told before."""
    claimant: Entity


def announcing_verbs() -> frozenset[str]:
    return listed_keys("events/claim_verbs_ar.txt")


def adopting_verbs() -> frozenset[str]:
    return listed_keys("events/adopt_verbs_ar.txt")


def referring_objects() -> frozenset[str]:
    return listed_keys("events/claimed_pronouns_ar.txt")


def responsibility_words() -> frozenset[str]:
    return listed_keys("events/responsibility_words_ar.txt")


def _forms(word: Word) -> set[str]:
    return {rest for _, rest in clitic_variants(word)}


def _told_attack(tokens: Sequence[Word], j: int) -> bool:
    """Whether the words from ``j`` name an attack already told: a definite attack noun
    («الهجوم»), or a demonstrative and an attack noun («هذا الهجوم»)."""
    if j < len(tokens) and tokens[j].folded in demonstratives():
        j += 1
    return j < len(tokens) and tokens[j].folded.startswith("ال") and (
        tokens[j].folded in attack_nouns())


def _claimed_after(tokens: Sequence[Word], k: int) -> bool:
    """Whether the word of claiming at ``k`` claims an attack already told: «عنه», «عنها», or
    «عن» and a told attack, within OBJECT_GAP words."""
    for j in range(k + 1, min(len(tokens), k + 2 + OBJECT_GAP)):
        if tokens[j].folded in referring_objects():
            return True
        if tokens[j].folded == ABOUT:
            return _told_attack(tokens, j + 1)
    return False


def _claimant(entities: Sequence[Entity], start: int, end: int) -> Entity | None:
    """The first group or person named between two text positions."""
    return next((e for e in entities if start <= e.start and e.end <= end
                 and e.type in CLAIMANT_TYPES), None)


def _announced(tokens: Sequence[Word], i: int, entities: Sequence[Entity]) -> Entity | None:
    """The claimant of «أعلن X مسؤوليته عن الهجوم» with the verb at ``i``."""
    for k in range(i + 1, min(len(tokens), i + 1 + ANNOUNCE_REACH)):
        if tokens[k].folded in claim_words():
            if not _claimed_after(tokens, k):
                return None
            return _claimant(entities, tokens[i].end, tokens[k].start)
    return None


def _adopting(word: Word) -> bool:
    forms = _forms(word)
    if not forms & adopting_verbs():
        return False
    # «تبنت», «تبنوا» are verbs however written; «تبنى» only with its «ى» («تبني»: adopting).
    return not forms & {"تبني"} or word.text.rstrip("\u0651").endswith(MASCULINE_ENDING)


def _adopted_attack(tokens: Sequence[Word], j: int) -> bool:
    """Whether a told attack is adopted from word ``j``: «الهجوم», «مسؤولية الهجوم»."""
    if j < len(tokens) and tokens[j].folded in responsibility_words():
        j += 1
    return _told_attack(tokens, j)


def _adopted(tokens: Sequence[Word], i: int, entities: Sequence[Entity]) -> Entity | None:
    """The claimant of «تبنت X الهجوم» or «تبنت الهجوم X» with the verb at ``i``: a told attack
    right after the verb or right after the claimant."""
    end = min(len(tokens), i + 1 + ADOPT_REACH)
    if _adopted_attack(tokens, i + 1):
        return _claimant(entities, tokens[i + 1].end, tokens[end - 1].end)
    claimant = _claimant(entities, tokens[i].end, tokens[end - 1].end)
    if claimant is None:
        return None
    # the first word after the name (a closing quote mark of «داعش» is passed over)
    after = next((j for j in range(i + 1, end) if tokens[j].start >= claimant.end
                  and tokens[j].folded[:1].isalpha()), None)
    return claimant if after is not None and _adopted_attack(tokens, after) else None


def claims(doc: Doc, words_in: Words) -> list[Claim]:
    """The claims of an attack already told, sentence by sentence (``words_in``: the words
    that start inside a span, the event stage's ``SentenceWords.starting_in``)."""
    found = []
    for start, end in doc.sentences:
        inside = words_in(start, end)
        entities = [e for e in doc.entities if start <= e.start < end]
        for i, word in enumerate(inside):
            claimant = None
            if _forms(word) & announcing_verbs():
                claimant = _announced(inside, i, entities)
            elif _adopting(word):
                claimant = _adopted(inside, i, entities)
            if claimant is not None:
                found.append(Claim(word.start, claimant))
    return found


def _unnamed(draft: Draft, claimant: Entity) -> bool:
    """An attack told as done whose doer the text leaves out (none, or the stand-in with no
    span) and whose target is not the claimant (an attack on a group is not claimed by it)."""
    event = draft.event
    actor, target = event.actor, event.target
    if event.future or event.negated or event.hypothetical:
        return False
    same_span = target is not None and (target.start, target.end) == (claimant.start, claimant.end)
    if same_span or (draft.target_key is not None and draft.target_key == key_of(claimant, None)):
        return False
    return actor is None or (actor.start is None and actor.name_en == UNKNOWN_ATTACKERS)


def _claimed(draft: Draft, claimant: Entity) -> None:
    """The attack's doer becomes the claimant, and the event is as sure as one whose doer
    its clause named (``event_builder._confidence``'s share of the actor)."""
    event = draft.event
    before = (event.actor.confidence or 0.0) if event.actor else 0.0
    weight = draft.target_share / TARGET_SHARE
    event.actor = participant(claimant, CLAIMANT_CONFIDENCE)
    event.confidence = round(
        event.confidence + ACTOR_SHARE * weight * max(0.0, CLAIMANT_CONFIDENCE - before), 3)
    draft.actor_key = key_of(claimant, event.actor)


def _last_told(draft: Draft, at: int) -> int:
    """Where the attack was last told before ``at`` (-1: not before it)."""
    return max((start for start, _ in draft.event.mentions if start < at), default=-1)


def claimed_attacks(doc: Doc, words_in: Words, merged: Sequence[Draft]) -> list[Draft]:
    """The merged events with each claim's claimant given to the attack last told before it,
    when that attack names no doer (a named doer before the claim is left as read: the claim
    may be of another attack). Read after merging, so the retellings of the attack stay one
    event (session 25 gave it to the nearest draft, and the attack's other unnamed tellings
    stood apart); it then joins the claimant's own telling of it (``merging.retold``)."""
    kept = list(merged)
    if not any(d.event.type == ATTACK for d in kept):
        return kept  # nothing to give a claimant to: the claims are not read
    for claim in claims(doc, words_in):
        told = [d for d in kept if d.event.type == ATTACK and _last_told(d, claim.at) >= 0]
        if not told:
            continue
        attack = max(told, key=lambda d: _last_told(d, claim.at))
        if not _unnamed(attack, claim.claimant):
            continue
        _claimed(attack, claim.claimant)
        # one record of the happening: the first told takes in the others, as in merging
        tellings = sorted([d for d in kept if d.event.type == ATTACK and (
            d is attack or same_happening(attack, d))], key=lambda d: d.event.start)
        for other in tellings[1:]:
            retold(tellings[0], other)
            kept.remove(other)
    return kept


__all__ = ["Claim", "claimed_attacks", "claims"]
