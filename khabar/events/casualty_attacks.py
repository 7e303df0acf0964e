"""Arabic attacks told by their dead and wounded, with no named attacker: «أعلن مسؤول تركي عن
مقتل ضابطي شرطة في هجوم», «اعلنت الشرطة مصرع ثلاثة اشخاص ... بهجمات متفرقة».

News tells such an attack by its toll: a word of death or wounds in the attack noun's clause
(casualty_words_ar.txt). Two things follow, as the conventions code these events:

- the toll makes it news: an attack noun with its dead and no named doer is told as having
  happened, and is kept (``weight``, ``toll_kept``), its actor unknown attackers
  (``participant_words.unknown_attackers``);
- who reports the toll is not who attacked: a party named before the word of death that
  precedes the noun («أعلن مسؤول تركي عن مقتل ... في هجوم») is the teller (``teller_roles``).

Not for a toll recalled: a clause telling a past stretch of time or a remembrance, a clash
(whose sides are its doers), a toll feared or to come («سيتبعها ... تفجير وقتل», «قد يؤدي
إلى مقتل»), a doer named right after the noun («لغم زرعه الحوثيون», «هجوم
المتشددين»), and (``event_builder``) a clause dated long before publication.

Session 24 (2026-12-07), issue 6, engineer events_attack (Persian and Arabic; the Persian
rules were never shipped); session 25, events_ar9 (the recalled tolls, the floor); session 26,
events_ar10 (the genitive doer, the date, Arabic only); session 27, events_ar11 (an exchange of
fire is a clash; a toll beside an attack told otherwise at its place retells it,
``told_elsewhere``); session 28, events_ar13 (a feared toll is none; a city's toll retells an
attack told in its province; a toll whose teller was dropped merges into no record with a
named doer, ``merging``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from khabar.doc import Participant, Place
from khabar.entities.gazetteer import Word
from khabar.entities.phrases import proclitic_forms
from khabar.entities.words import listed_keys, phrase_key, words
from khabar.events.lexicon import TriggerHit
from khabar.events.merging import Draft
from khabar.events.participant_words import UNKNOWN_ATTACKERS
from khabar.events.roles import Roles
from khabar.kb.places import same_division

OPENING_WORDS = 3
"""The words of a sentence's opening read for a turn to another story («من جهة ثانية»)."""
OPENING_CHARS = 40
"""The characters after a sentence's start that hold its opening words."""
CASUALTY_WEIGHT = 0.8
"""The weight of an attack noun whose clause tells its dead: that of a verb."""
DEVICE_REACH = 4
"""Words after an explosion noun within which its device is named («بانفجار عبوة ناسفة»), and
after an attack noun within which a doer is marked («بانفجار لغم زرعه الحوثيون»)."""
TOLL_FLOOR = 0.35
"""The confidence an attack told by its toll is raised to at most: ``stage.MIN_CONFIDENCE``,
the floor a draft must reach to be kept. The toll tells the attack happened, so it is kept;
it does not make it surer than that, nor rank it above the article's other acts (session 25:
raised to a verb's weight, it made already kept events surer, wrong ones among them)."""


def casualty_words() -> frozenset[str]:
    return listed_keys("events/casualty_words_ar.txt")


def attack_devices() -> frozenset[str]:
    return listed_keys("events/attack_devices_ar.txt")


def past_frames() -> frozenset[str]:
    return listed_keys("events/past_toll_frames_ar.txt")


def clash_nouns() -> frozenset[str]:
    return listed_keys("events/clash_nouns_ar.txt")


def exchange_words() -> frozenset[str]:
    return listed_keys("events/exchange_fire_ar.txt")


def doer_markers() -> frozenset[str]:
    return listed_keys("events/doer_markers_ar.txt")


def genitive_doers() -> frozenset[str]:
    return listed_keys("events/genitive_doers_ar.txt")


def future_frames() -> frozenset[str]:
    return listed_keys("events/future_toll_frames_ar.txt")


def deliberate(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """Whether the act is told as an attack: an explosion only with its device or a word of a
    deliberate act in the trigger or right after it («تفجير انتحاري», «بانفجار عبوة»); a bare
    explosion with dead may be an accident (a gas main, an arms depot)."""
    if hit.trigger.mode != "explosives":
        return True
    near = tokens[hit.first : hit.last + 1 + DEVICE_REACH]
    return any(proclitic_forms(word) & attack_devices() for word in near)


def _clause_words(tokens: Sequence[Word], clause: tuple[int, int]) -> list[int]:
    return [k for k, w in enumerate(tokens) if clause[0] <= w.start and w.end <= clause[1]]


def _recalled(tokens: Sequence[Word], clause: tuple[int, int]) -> bool:
    """Whether the clause tells its toll as past or habitual, not as the day's attack: a
    word of a stretch of time or of remembrance («منذ», «خلال العام», «الذكرى العاشرة
    لهجمات»), or a clash or an exchange of fire, whose two sides are its doers («خلال
    الاشتباكات بين الطرفين», «اصيبوا خلال تبادل لاطلاق النار»)."""
    frames = past_frames() | clash_nouns() | exchange_words()
    return any(proclitic_forms(tokens[k]) & frames for k in _clause_words(tokens, clause))


def _feared(tokens: Sequence[Word], clause: tuple[int, int]) -> bool:
    """Whether the clause tells its toll as feared or to come, not as news: a word or pair of
    words of the future, of a possible result or of fear («سيتبعها ما بعدها من تفجير وقتل»,
    «قد يؤدي إلى مقتل», «مخاوف من»; session 26 and 27's opinion-piece wrong)."""
    frames = future_frames()
    inside = [tokens[k] for k in _clause_words(tokens, clause)]
    # «وقد يؤدي»: «قد» is too short for proclitic_forms to read its «و» past
    pairs = (phrase_key(f"{form} {b.text}") for a, b in pairwise(inside)
             for form in proclitic_forms(a) | {a.folded.removeprefix("و")})
    return (any(proclitic_forms(word) & frames for word in inside)
            or any(pair in frames for pair in pairs))


def _doer_after(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """Whether the doer is named right after the attack noun («بانفجار لغم زرعه الحوثيون»,
    «لهجوم من سمكة قرش», «هجوم نفذه X», and in the genitive «هجوم المتشددين»): the noun's
    doer is known, though the roles read none."""
    near = tokens[hit.last + 1 : hit.last + 1 + DEVICE_REACH]
    genitive = bool(near) and bool(proclitic_forms(near[0]) & genitive_doers())
    return genitive or any(proclitic_forms(word) & doer_markers() for word in near)


def casualties_at(hit: TriggerHit, tokens: Sequence[Word], clause: tuple[int, int]
                  ) -> list[int]:
    """Where the clause of an Arabic attack tells its dead or wounded (word indexes); none for
    other acts, for an explosion not told as an attack and for a toll recalled or feared."""
    if (hit.trigger.type != "ASSAULT" or hit.trigger.lang != "ar"
            or not deliberate(hit, tokens) or _recalled(tokens, clause)
            or _feared(tokens, clause) or _doer_after(hit, tokens)):
        return []
    return [k for k in _clause_words(tokens, clause)
            if proclitic_forms(tokens[k]) & casualty_words()]


def weight(hit: TriggerHit, tokens: Sequence[Word], clause: tuple[int, int],
           actor: Participant | None) -> float:
    """The trigger's weight, raised to a verb's for an attack noun told with its toll and no
    known doer (no actor, or unknown attackers): the toll is then what tells it happened; a
    doer found elsewhere is a guess the toll does not make surer."""
    unknown = actor is None or actor.name_en == UNKNOWN_ATTACKERS
    if hit.trigger.tense == "noun" and unknown and casualties_at(hit, tokens, clause):
        return max(hit.trigger.weight, CASUALTY_WEIGHT)
    return hit.trigger.weight


def toll_kept(plain: float, raised: float) -> float:
    """The confidence of an event from its trigger's own weight (``plain``) and from the
    weight its toll raised (``raised``): lifted to the floor at most."""
    return max(plain, min(raised, TOLL_FLOOR))


def teller_roles(roles: Roles, hit: TriggerHit, tokens: Sequence[Word],
                 clause: tuple[int, int]) -> Roles:
    """The roles without an actor who only tells the toll: a party before a word of death
    that precedes the attack noun («أعلن مسؤول تركي عن مقتل ... في هجوم»)."""
    actor = roles.actor
    if actor is None or hit.trigger.tense != "noun" or actor.start >= hit.start:
        return roles
    told = any(actor.last < k < hit.first for k in casualties_at(hit, tokens, clause))
    return replace(roles, actor=None) if told else roles


def new_topic_openings() -> frozenset[str]:
    return listed_keys("events/new_topic_openings_ar.txt")


def told_elsewhere(drafts: Sequence[Draft], text: str) -> list[Draft]:
    """The drafts, with each attack the toll alone kept (``Draft.toll_plain``) back at its own
    confidence when the article tells an attack there otherwise: by a verb or with a doer,
    sure enough to be kept without a toll, at the toll's place or with the toll naming none.
    A toll told beside such an attack retells it («وأفادت مصادر بمقتل ... في التفجير»), and
    kept it is a second record of the same attack or makes a wrong one surer (session 26's
    check: a bombing twice, Turkish strikes as Islamic State's). A toll told as another act
    («كما قتل ...», ``Draft.another``) or after a turn to another story («من جهة ثانية، أعلن
    مسؤول تركي عن مقتل ضابطي شرطة في هجوم» in a report of the Suruç bombing) is another
    attack and stays kept."""
    told = [d.event.location for d in drafts
            if d.kind == "ASSAULT" and d.toll_plain is None and not d.event.hypothetical
            and not d.event.negated and d.event.confidence >= TOLL_FLOOR]
    return [d if d.toll_plain is None or _apart(d, text)
            or not any(_same_place(d.event.location, place) for place in told)
            else replace(d, event=replace(d.event, confidence=d.toll_plain), toll_plain=None)
            for d in drafts]


def _apart(draft: Draft, text: str) -> bool:
    """Whether the toll's attack is told as another: one more of its kind, or in a sentence
    that opens another story."""
    return draft.another or opens_new_topic(text, draft.event.start)


def opens_new_topic(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens with a turn to another story («من جهة ثانية»,
    «وفي حادث آخر»), a leading «و» read past."""
    opening = [w.text for w in words(text, start, min(len(text), start + OPENING_CHARS))
               if any(c.isalnum() for c in w.text)][:OPENING_WORDS]
    if opening and opening[0].startswith("و") and len(opening[0]) > 2:
        opening[0] = opening[0][1:]
    keys = new_topic_openings()
    return any(phrase_key(" ".join(opening[:n])) in keys for n in range(2, len(opening) + 1))


def _same_place(toll: Place | None, told: Place | None) -> bool:
    """Whether an attack told at ``told`` may be the one a toll at ``toll`` retells: a toll
    naming no place may retell any; one naming a place, only an attack told there or in the
    city or province that holds it."""
    if toll is None:
        return True
    if told is None:
        return False
    if toll.geonameid is not None and told.geonameid is not None:
        return toll.geonameid == told.geonameid
    return (bool(toll.text) and toll.text == told.text) or _within(toll, told) or _within(
        told, toll)


def _within(city: Place, province: Place) -> bool:
    """A city and the province it lies in (a toll at «أبها» of a bombing told in «منطقة
    عسير»): one place for a retelling, by the province's GeoNames admin1 division."""
    return (city.geonameid is not None and province.division is not None
            and same_division(city.geonameid, province.division))
