"""Persian attacks, threats, hostings and dispatches in a sense PLOVER codes no act of.

Read by ``persian_readings.other_sense_fa``, from the words of ``other_senses_fa.tsv``:

- an attack or a threat whose doer is no party: a disease, a germ, pollution, a disaster, a
  wild animal, in the words before the trigger up to a mark that ends a clause other than a
  comma (its subject: «آنفلوانزای طیور کشور را
  تهدید می‌کند») or inside and right after it (the noun's genitive: «مورد حمله بیماری قرار
  گرفت», «حمله قلبی»);
- a host told with a copula («میزبان … است») in a sentence of shows or sport: a theatre
  hosts a play, a team hosts a fixture («دانمارک در کپنهاگ میزبان اوکراین است»), no visit;
- a dispatch («اعزام») with no armed or police force in its sentence: a team, nurses or
  experts are sent, no MOBILIZE;
- the bare noun «تهدید» with no «علیه» or «به» after it in its clause, and no «با» before it
  (the means of an act: «با تهدید اسلحه», unless a noun of facing governs it: «مقابله با
  تهدید»), names a threat as a thing, a danger («دفع تهدید و تهاجم», «تهدید منابع
  انرژی», «تهدید بالقوه آنها»), not a threat someone made against someone («تهدید سخت ...
  علیه ایران», «تهدید به تحریم»);
- a release («آزاد کردن/شدن») or a seizure («ربود*», «ربوده شدن») whose object is a thing
  (prices, rates, funds, shares, goods, a car, a cup: «نرخ‌های بهره آزاد گردید», «اتومبیل
  معلمش را ربوده») or an idiom's fixed word («گوی سبقت را ربود»): no prisoner is freed, no
  one seized; a person, a group or a count of persons keeps the act (session 30
  (2026-12-07), issue 6, engineer events_fa18);
- any hit whose first word is inside a person's name that opens before it: a surname
  («محسن میزبان», read by ``stage.find_events`` from the document's entities).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import takewhile

from khabar.doc import Entity
from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.words import keys_by_kind, listed_keys
from khabar.events.arguments import people_nouns
from khabar.events.lexicon import TriggerHit
from khabar.text.persian_function_words import OBJECT_MARK

DOER_REACH = 12
"""Words before the trigger, in its sentence, within which its doer is read: a comma may
stand between a subject and its verb («ویروس آنفلوانزا با کمی تغییر ...، این بار ... حمله کرد»)."""
SUBJECT_BREAKS = frozenset(".!?؟:؛;")
"""Marks past which no subject of the trigger stands."""
GENITIVE_REACH = 2
"""Words after the trigger within which its noun's genitive (the doer) is read."""
HOST = phrase_key("میزبان")
DISPATCH = phrase_key("اعزام")
THREAT = phrase_key("تهدید")
AGAINST_REACH = 6
"""Words after a bare «تهدید» within which «علیه» or «به» names whom or what with."""


def sense_words(kind: str) -> frozenset[str]:
    return keys_by_kind("events/other_senses_fa.tsv").get(kind, frozenset())


def _clause_before(hit: TriggerHit, tokens: Sequence[Word]) -> list[Word]:
    found: list[Word] = []
    for word in reversed(tokens[max(0, hit.first - DOER_REACH) : hit.first]):
        if word.text in SUBJECT_BREAKS:
            break
        found.append(word)
    return found


def harmed(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """An attack or a threat whose doer is a disease, a disaster or an animal."""
    if hit.trigger.type not in ("ASSAULT", "THREATEN"):
        return False
    after = tokens[hit.last + 1 : hit.last + 1 + GENITIVE_REACH]
    near = [*_clause_before(hit, tokens), *tokens[hit.first : hit.last + 1], *after]
    harms = sense_words("harm")
    return any(w.folded in harms for w in near)


def shown(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A host with a copula in a sentence of shows or sport."""
    if (hit.trigger.type != "CONSULT" or hit.trigger.roles != "host"
            or tokens[hit.first].folded != HOST):
        return False
    shows = (sense_words("show") | listed_keys("events/sport_words_fa.txt")
             | listed_keys("events/match_cues_fa.txt"))
    return any(w.folded in shows for w in tokens)


def unarmed(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A dispatch with no armed or police force in its sentence."""
    if hit.trigger.type != "MOBILIZE" or tokens[hit.first].folded != DISPATCH:
        return False
    forces = sense_words("force")
    return not any(w.folded in forces for w in tokens)


def _means(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """«با» right before the noun, not governed by a noun of facing before it («مقابله با
    تهدید», «مبارزه با تهدید»: the threat faced is a danger)."""
    if hit.first < 1 or tokens[hit.first - 1].folded not in sense_words("manner"):
        return False
    return hit.first < 2 or tokens[hit.first - 2].folded not in sense_words("facing")


def danger(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """The bare noun «تهدید» with nothing after it saying against whom or with what."""
    if (hit.trigger.type != "THREATEN" or hit.trigger.tense != "noun"
            or hit.first != hit.last or tokens[hit.first].folded != THREAT):
        return False
    if _means(hit, tokens):
        return False  # «با تهدید اسلحه ... بیرون انداختند»: the means of an act done
    against = sense_words("against")
    for word in tokens[hit.last + 1 : hit.last + 1 + AGAINST_REACH]:
        if word.text in SUBJECT_BREAKS or word.text in "،,":
            return True
        if word.folded in against:
            return False
    return True


HARM_NEWS_WORDS = 3
"""Distinct words of harm (diseases, germs, disasters) that make a Persian article one on
health or nature: its attacks are seizures or infections, its threats dangers."""
HARM_TYPES = frozenset({"ASSAULT", "THREATEN"})


def harm_news_fa(text_words: Sequence[Word]) -> bool:
    """A Persian article (its words) on diseases, epidemics or disasters."""
    harms = sense_words("harm")
    return len({w.folded for w in text_words if w.folded in harms}) >= HARM_NEWS_WORDS


def surnamed(hit: TriggerHit, entities: Sequence[Entity]) -> bool:
    """A Persian hit whose first word lies inside a person's name that opens before it: a
    surname, not the noun («محسن میزبان است»: Mohsen Mizban is, no host). Session 18
    (2026-12-06), engineer fa_fix."""
    return hit.trigger.lang == "fa" and any(
        e.type == "PER" and e.start < hit.start < e.end for e in entities)


OBJECT_REACH = 7
"""Words before a release or a seizure, in its clause, within which its object or a passive's
subject is read («کلیه نرخ های بهره در این کشور آزاد گردید»: the subject six words back)."""
OBJECT_WORDS = 3
"""Words of the object before «را» read for its noun («اتومبیل معلمش را ربوده»)."""
COMMAS = frozenset("،,")
RELEASE = phrase_key("آزاد")
SEIZURE = phrase_key("ربود")


def _release_or_seizure(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    first = tokens[hit.first].folded
    return ((hit.trigger.type == "RETREAT" and first == RELEASE)
            or (hit.trigger.type == "ASSAULT" and first.startswith(SEIZURE)))


def _object_before(hit: TriggerHit, tokens: Sequence[Word]) -> list[Word]:
    """The object before «را» when the clause has one, else the clause's words before the verb
    that no preposition governs («در ازای پول آزاد شد»: the money is no subject), back to a
    comma («پرداخت وجوه ...، جسد فرد ربوده می‌شود»: the funds are another clause's)."""
    clause = list(takewhile(lambda w: w.text not in COMMAS,
                            _clause_before(hit, tokens)[:OBJECT_REACH]))  # nearest first
    for k, word in enumerate(clause):
        if word.folded == OBJECT_MARK:
            return clause[k + 1 : k + 1 + OBJECT_WORDS]
    governing = sense_words("governs")
    return [w for k, w in enumerate(clause)
            if k + 1 >= len(clause) or clause[k + 1].folded not in governing]


def thing_taken(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A release or a seizure whose object is a thing or an idiom's fixed word, and no
    person (people_nouns.txt: citizens seized with a car are seized)."""
    if not _release_or_seizure(hit, tokens):
        return False
    taken = {w.folded for w in _object_before(hit, tokens)}
    things = sense_words("thing") | sense_words("idiom")
    return bool(taken & things) and not taken & people_nouns()  # «خودرو و شهروندان را ربودند»


def no_act_sense(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """Whether a Persian hit is an attack, threat, hosting or dispatch of no party, or a
    release or seizure of a thing."""
    return hit.trigger.lang == "fa" and (
        harmed(hit, tokens) or shown(hit, tokens) or unarmed(hit, tokens)
        or danger(hit, tokens) or thing_taken(hit, tokens))
