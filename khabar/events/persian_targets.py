"""The target of a Persian act where no object names it: where it struck, before whom it was
held, or the other side of a joint act; and the party an act is for, which is no target.

"هواپیماهای عربستان ... چندین حمله به فرودگاه و بندر «عدن» انجام داده‌اند": the attack
names no party as its object, only the place it hit, and the place's state is whom it was
done to (the event conventions code an airstrike on Aden as Saudi Arabia against Yemen).
So an attack with no target takes the country of the city it took place in, unless that is
the attacker's own country: a state's forces acting at home ("ارتش عراق در موصل ...") are
not attacking their own state, and the victims stay unnamed.

A joint act («رزمایش مشترک افسران اطلاعاتی نیروهای مسلح این کشور و ازبکستان») names both
its sides in its own phrase: the one named there that is not the actor is the target.

A protest held in front of an embassy or an office («در مقابل سفارت ایران در رم تحصن
کردند») is against its owner. A party named after a phrase of support («در حمایت از رژیم
صهیونیستی», «در دفاع از») is whom a protest or a condemnation is for, never its target;
the next party marked as acted upon is («در حمایت از مردم فلسطین از اسرائیل انتقاد کرد»).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from khabar.doc import Entity, Participant
from khabar.entities.gazetteer import Word, country_entries, demonyms, phrase_key
from khabar.entities.words import listed_keys
from khabar.events.arguments import country_participant
from khabar.events.lexicon import TriggerHit
from khabar.events.merging import key_of
from khabar.events.participant_words import CLAUSE_BREAKS, is_role, prepositions
from khabar.events.participants import Mention, participant
from khabar.events.persian_asked import unnamed_addressee
from khabar.events.persian_asked_doers import asked_doer
from khabar.events.persian_condemned import condemned_doer
from khabar.events.persian_partners import partner_nouns, unnamed_partner
from khabar.resources import load_lines

ATTACKS = frozenset({"ASSAULT"})
PARTNER_CONFIDENCE = 0.6
TARGET_CONFIDENCE = 0.8
ACTED_UPON = frozenset({"with", "against", "from", "to"})
FRONT = "front"
"""The part of a party named after «مقابل», «جلوی» (prepositions.tsv): where a protest is
held, before whose embassy or office: its target."""
PROTESTS = frozenset({"PROTEST"})
CONFLICT = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                      "COERCE", "ASSAULT"})
BENEFICIARY_REACH = 2
"""Words between a phrase of support and the party it names ("در حمایت از مردم فلسطین")."""


@lru_cache(maxsize=1)
def support_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(phrase_key(w) for w in line.split())
                 for line in load_lines("events/support_phrases_fa.txt"))


def beneficiary(tokens: Sequence[Word], party: Participant) -> bool:
    """A party named right after a phrase of support ("در حمايت از X"): whom the act is
    for, not its target."""
    at = next((k for k, w in enumerate(tokens) if w.start == party.start), None)
    if at is None:
        return False
    for phrase in support_phrases():
        for gap in range(BENEFICIARY_REACH + 1):
            end = at - gap
            start = end - len(phrase)
            if start >= 0 and tuple(w.folded for w in tokens[start:end]) == phrase:
                return not any(w.text in CLAUSE_BREAKS for w in tokens[end:at])
    return False


def joint_words() -> frozenset[str]:
    return listed_keys("events/joint_words_fa.txt")


def persian_target(lang: str, hit: TriggerHit, tokens: Sequence[Word], found: Sequence[Mention],
                   place: Entity | None, actor: Participant | None, actor_key: str | None,
                   target: Participant | None, key: str | None
                   ) -> tuple[Participant | None, str | None]:
    """A Persian act's target and its merging key: the doer of the act a condemnation has
    as its object (``persian_condemned``), else the one found (not a party a conflict
    act is on behalf of), else the party a protest is held in front of, else the other
    side of a joint act, else the city an attack struck (``struck_country``); ``actor_key``
    is the actor's merging key."""
    if lang != "fa":
        return target, key
    doer = condemned_doer(hit, tokens, found, actor, target)  # «تهاجم عربستان به یمن را محکوم»
    if doer is not None:
        target = participant(doer.head, TARGET_CONFIDENCE)
        key = key_of(doer.head, target)
    if target is not None and hit.trigger.type in CONFLICT and beneficiary(tokens, target):
        # "در حمایت از مردم فلسطین از اسرائیل انتقاد کرد": the next party marked as one
        # acted upon is the target.
        acted = next((m for m in found if m.start > (target.start or 0)
                      and (m.obj or m.prep in ACTED_UPON)
                      and not beneficiary(tokens, participant(m.head) or target)), None)
        target = participant(acted.head, TARGET_CONFIDENCE) if acted else None
        key = key_of(acted.head, target) if acted else None
    if target is not None and (listed := co_subject(hit, tokens, found, actor, target)):
        # The party after the list that it acts upon, if any («روسیه و چین از آمریکا انتقاد
        # کردند»): a list's second member came before it as a partner.
        acted = acted_after(hit, tokens, found, listed)
        target = participant(acted.head, TARGET_CONFIDENCE) if acted else None
        key = key_of(acted.head, target) if acted else None
    if target is not None:
        return held_by_state(hit, actor, target), key
    front = next((m for m in found if m.prep == FRONT), None)
    if hit.trigger.type in PROTESTS and front is not None:
        target = participant(front.head, TARGET_CONFIDENCE)
        return target, key_of(front.head, target)
    side = joint_partner(hit, tokens, found, actor)
    if side is not None:
        partner = participant(side.head, PARTNER_CONFIDENCE)
        return partner, key_of(side.head, partner)
    doer = asked_doer(hit, tokens, found, actor_key)  # «خواستار کمک سازمان ملل شد»
    if doer is not None:
        asked = participant(doer.head, PARTNER_CONFIDENCE)
        return asked, key_of(doer.head, asked)
    public = addressed_public(hit, tokens, found, actor)
    if public is not None:
        people = (public.name_en or "").endswith(" people")
        return public, (f"state:people:{public.country}" if people
                        else f"group:{phrase_key(public.text or '')}:{public.country}")
    unnamed = (unnamed_partner(hit, tokens, found, actor, place)
               or unnamed_addressee(hit, tokens, found, actor))  # «از شرکت‌های نفتی خواست»
    if unnamed is not None:
        return unnamed, f"group:{phrase_key(unnamed.text or '')}:{unnamed.country}"
    return struck_country(lang, hit.trigger.type, place, actor, target, key)


ADDRESSED = frozenset({"REQUEST", "CONCEDE", "THREATEN"})
"""Acts told to someone: asking, begging pardon, warning («از مردم خواست»)."""
PUBLIC_REACH = 4
"""Words before the trigger's verb within which «از/به» and the public stand."""
PUBLIC_CONFIDENCE = 0.5


def public_nouns() -> frozenset[str]:
    return listed_keys("events/public_nouns_fa.txt")


def addressed_public(hit: TriggerHit, tokens: Sequence[Word], found: Sequence[Mention],
                     actor: Participant | None) -> Participant | None:
    """The public an act is told to («از مردم خواست», «از مردم کره جنوبی عذرخواهی کرد»), as
    that country's people, or the officials or group (a post, ``meeting_partners_fa.tsv``,
    a group noun: «از نمایندگان خواست», «از وزیر خواست») of that country: the country named
    right after the noun, else the actor's; None with no such noun marked by «از»/«به»
    right before the act, or no country."""
    if hit.trigger.type not in ADDRESSED:
        return None
    words = prepositions()[0]
    for k in range(max(1, hit.first - PUBLIC_REACH), hit.last):
        word = tokens[k]
        group = word.folded not in public_nouns() and (
            word.folded in partner_nouns() or is_role(word))
        if (word.folded not in public_nouns() and not group) or words.get(
                tokens[k - 1].folded) not in ("from", "to"):
            continue
        named = next((m for m in found if m.first == k + 1), None)
        demonym = demonyms().get(tokens[k + 1].folded) if k + 1 < len(tokens) else None
        country = ((named.country or named.head.country) if named else None) or demonym or (
            actor.country if actor else None)
        entry = country_entries().get(country) if country else None
        if entry is None:
            return None
        kind = (partner_nouns().get(word.folded) or "officials") if group else "people"
        return Participant(text=word.text, start=word.start, end=word.end,
                           name_en=f"{entry.name_en} {kind}", country=country,
                           confidence=PUBLIC_CONFIDENCE)
    return None


RECIPROCAL = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})
"""Acts two parties do with each other («عباس و هنیه دیدار کردند»): the second of two
subjects joined by «و» is the first's partner, their target. An attack is not one of them:
«سیا و ارتش آمریکا ... به حملات هوایی ... ادامه می‌دهند» attack together, someone else;
any act told with a reciprocal pronoun is («با هم درگیر شدند», «یکدیگر را متهم کردند»)."""
CO_SUBJECT_GAP = frozenset({"و", "،", ",", "«", "»", "\""})
RECIPROCAL_AFTER_NOUN = 2
"""Words after a noun act within which its reciprocal pronoun stands («حمله به یکدیگر»)."""


def reciprocal_words() -> frozenset[str]:
    return listed_keys("events/reciprocal_words_fa.txt")


def told_of_each_other(tokens: Sequence[Word], start: int, end: int) -> bool:
    """Whether a reciprocal pronoun stands in ``tokens[start:end]`` as an argument («با
    یکدیگر», «یکدیگر را», «با هم»: the two-word phrases of reciprocal_words_fa.txt)."""
    words = [w.folded for w in tokens[start:end]]
    return any(a + b in reciprocal_words() for a, b in pairwise(words))


def co_subject(hit: TriggerHit, tokens: Sequence[Word], found: Sequence[Mention],
               actor: Participant | None, target: Participant) -> list[Mention] | None:
    """The co-ordinated subject the target is a second member of, joined to the actor by
    «و» in an act that is not done to each other («ایالات متحده و آلمان با این پیمان
    مخالفت می‌کردند»: both opposed it): a co-actor, not the target; None where the target
    is no such member. So is any member of a list of subjects the actor opens («چهار کشور
    آمریکا، اسرائیل، جزایر مارشال و پالائو با آن مخالفت کردند»), in a joint act too when
    the list has three members or more and the act names whom it is done to («آلمان، فرانسه
    و انگلیس از اسرائیل حمایت کردند»): session 30, 2026-12-07, issue 6, events_fa17."""
    if actor is None or actor.start is None:
        return None
    first = next((m for m in found if m.start == actor.start), None)
    second = next((m for m in found if m.start == target.start), None)
    if first is None or second is None or second.prep is not None or second.obj:
        return None
    # A verb's subjects stand before it; a noun act's doers may follow it in its genitive
    # («حمله آمریکا و انگلیس به عراق»).
    genitive = hit.trigger.tense == "noun" and first.first > hit.last
    if not (second.last < hit.first or genitive):
        return None
    # A noun act's pronoun follows it («حمله به یکدیگر»), a verb's stands before it.
    reach = (second.last + 1 + RECIPROCAL_AFTER_NOUN if genitive
             else hit.last + 1 + (RECIPROCAL_AFTER_NOUN if hit.trigger.tense == "noun" else 0))
    if told_of_each_other(tokens, second.last + 1, reach):
        return None
    chain = subject_list(tokens, found, first, len(tokens) if genitive else hit.first)
    if not any(m is second for m in chain) or not joined_by_and(tokens, chain, hit.first):
        return None
    # «A و B» told before the verb is the pair it always was; a longer or later list must be
    # opened by the actor.
    pair = not genitive and chain[1] is second and any(
        w.folded == "و" for w in tokens[first.last + 1 : second.first])
    if not pair and listed_after(tokens, found, first):
        return None
    if hit.trigger.type in RECIPROCAL and (
            len(chain) < LISTED_SIDES or acted_after(hit, tokens, found, chain) is None):
        return None
    return chain


LISTED_SIDES = 3
"""Members of a co-ordinated subject past which a joint act is no longer between them."""


def acted_after(hit: TriggerHit, tokens: Sequence[Word], found: Sequence[Mention],
                chain: Sequence[Mention]) -> Mention | None:
    """The party a co-ordinated subject acts upon: the first one after the list marked as
    acted upon («روسیه و چین از آمریکا انتقاد کردند»), before the verb (a noun act's after
    it), in the same clause, not one the act is for («در حمایت از»)."""
    end = chain[-1].last
    limit = (max(hit.last, end) + BENEFICIARY_REACH + 1 if hit.trigger.tense == "noun"
             else hit.first)
    for mention in found:
        if mention.first <= end or mention.first >= limit:
            continue
        if any(w.text in CLAUSE_BREAKS for w in tokens[end + 1 : mention.first]):
            return None
        if (mention.obj or mention.prep in ACTED_UPON) and not beneficiary(
                tokens, Participant(start=mention.start)):
            return mention
    return None


CO_SUBJECT_REACH = 3
"""Words between two members of a co-ordinated subject: «و», a comma, quotation marks."""


def _list_gap(tokens: Sequence[Word], left: int, right: int) -> bool:
    between = tokens[left + 1 : right]
    return 0 < len(between) <= CO_SUBJECT_REACH and all(
        w.folded in CO_SUBJECT_GAP or w.text in CO_SUBJECT_GAP for w in between)


def subject_list(tokens: Sequence[Word], found: Sequence[Mention], first: Mention,
                 verb: int) -> list[Mention]:
    """The bare mentions before the verb listed after ``first``, each joined to the one
    before it by a comma or «و» («آمریکا، اسرائیل، جزایر مارشال و پالائو»), ``first``
    included."""
    chain = [first]
    while True:
        last = chain[-1]
        after = next((m for m in found if m.first > last.last and m.last < verb
                      and m.prep is None and not m.obj
                      and _list_gap(tokens, last.last, m.first)), None)
        if after is None:
            return chain
        chain.append(after)


def listed_after(tokens: Sequence[Word], found: Sequence[Mention], first: Mention) -> bool:
    """Whether the actor is itself a later member of a list («به سمت سفارتخانه‌های فرانسه،
    انگلیس، آلمان و ...»): the list it stands in is then no subject it opens, most often one
    inside a phrase whose first member the subject rule passed over."""
    return any(m.last < first.first and m.prep is None and not m.obj and not m.outlet
               and _list_gap(tokens, m.last, first.first) for m in found)


def joined_by_and(tokens: Sequence[Word], chain: Sequence[Mention], verb: int) -> bool:
    """Whether a list of names is one co-ordinated phrase: «و» joins two of its members, or
    its last named member to a last one the entity stage left untagged («A، B، C و D»).
    Commas alone («آمریکا، اسرائیل») may as well set off an apposition."""
    if len(chain) < 2:
        return False
    if any(w.folded == "و" for w in tokens[chain[0].last + 1 : chain[-1].first]):
        return True
    end = chain[-1].last + 1
    return len(chain) > 2 and end < verb - 1 and end < len(tokens) and tokens[end].folded == "و"


DETENTIONS = frozenset({"COERCE", "RETREAT"})
OTHER_RETREATS = frozenset({"withdraw", "resign", "ceasefire", "disarm"})
"""RETREAT modes that are no release of someone held."""
OTHER_COERCIONS = frozenset({"seize", "censor", "curfew", "martial-law"})
"""COERCE modes done to property, media or a place, not to someone held: what a state
seizes or filters («لوفتانزا را توقیف کرد», «تلگرام را فیلتر کرد») is not its own."""


def held_by_state(hit: TriggerHit, actor: Participant | None, target: Participant
                  ) -> Participant:
    """Whom a state arrests or releases, of no country the text gives, is of that state: the
    rule the people nouns follow («30 نفر ... را دستگیر کردند», people_nouns.txt), for a
    named person too («مقامات گرجستان ... ایراکلی باتیاشویلی ... بازداشت»): an arrest or a
    release by a state's authorities is most often of its own residents."""
    if (hit.trigger.type not in DETENTIONS
            or hit.trigger.mode in OTHER_RETREATS | OTHER_COERCIONS
            or target.country is not None or actor is None or actor.country is None):
        return target
    return replace(target, country=actor.country)


def joint_partner(hit: TriggerHit, tokens: Sequence[Word], found: Sequence[Mention],
                  actor: Participant | None) -> Mention | None:
    """The party named in a joint act's phrase, after it in its clause, that is not the
    actor's side (another country, or any party when the actor's is unknown)."""
    last = min(len(tokens) - 1, hit.last + 1)
    if not any(w.folded in joint_words() for w in tokens[hit.first : last + 1]):
        return None
    for mention in found:
        if mention.start < hit.end or mention.prep is not None:
            continue
        if any(w.text in CLAUSE_BREAKS for w in tokens[hit.last + 1 : mention.first]):
            return None
        country = mention.country or mention.head.country
        if actor is None or (country is not None and country != actor.country):
            return mention
    return None


def struck_country(lang: str, kind: str, place: Entity | None, actor: Participant | None,
                   target: Participant | None, key: str | None
                   ) -> tuple[Participant | None, str | None]:
    """A Persian attack's target and its merging key: the one found, else the country of
    the city the attack took place in (its KB id the key), else none."""
    if (target is not None or lang != "fa" or kind not in ATTACKS or place is None
            or place.country is None or (actor is not None and actor.country == place.country)):
        return target, key
    struck = country_participant(place)
    return (struck, struck.kb_id) if struck is not None else (target, key)
