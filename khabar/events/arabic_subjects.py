"""Arabic subjects no name stands for: a noun of unnamed people («هاجمت امرأتان مسلحتان أمس
القنصلية الأميركية», «واتهم معارضون الرئيس التركي رجب طيب اردوغان باستغلال الحرب»), and the
pronoun on a reported clause's link (``pronoun_subject``).

Arabic marks the case of a dual and of a sound masculine plural by its ending: «ـان»,
«ـتان», «ـون» in the nominative, «ـين», «ـتين» in the accusative and genitive. Such a
noun, without the article, right after a verb is therefore its subject (a verb's object
would end «ـين»), and the subject of the verb is named by no entity. The party named after
it is the verb's object, whatever the roles read as its subject («القنصلية الأميركية» was
made the attacker): the doers are unknown, the party is the target, and a name read as the
object's object («ضد داعش») is no party of the act.

Only forms the grammar fixes are read: a feminine dual «ـتان» (a country's name ending
«ـستان» is no dual), and a sound plural «ـون» of a stem of four letters or more (the
singular nouns «قانون», «مليون», «زيتون» have three). The word must not open with the article or
an imperfect prefix («يطالبون» is itself a verb), nor be part
of a name or of a group the state actors read («مسلحون مجهولون» is already a party).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Word, country_entries
from khabar.entities.titles import unjoined
from khabar.events.apposition import demonyms_in
from khabar.events.arabic_nominatives import unnamed_nominative as unnamed_nominative
from khabar.events.arguments import surname_of_named
from khabar.events.clauses import speech_forms
from khabar.events.lexicon import TriggerHit
from khabar.events.participants import Mention
from khabar.events.roles import GROUP_KEY, Roles
from khabar.events.state_actors import BODY


def unnamed_subject(roles: Roles, hit: TriggerHit, tokens: Sequence[Word],
                    found: Sequence[Mention], doc: Doc) -> Roles:
    """No named actor (nationals of a country a nationality adjective after the noun names),
    and the party read after the verb as its target, when the word right after an Arabic
    verb is a nominative noun of unnamed people; else the roles as read. A word
    of a name («كلينتون», «كاميرون») is no such noun: inside an entity or a mention, or the
    surname of a person the article names."""
    at = hit.last + 1
    if (hit.trigger.lang != "ar" or hit.trigger.roles not in ("subj", "visit")
            or hit.trigger.tense == "noun" or at >= len(tokens)
            or not unnamed_nominative(tokens[at])
            or any(m.first <= at <= m.last for m in found)
            or any(e.start <= tokens[at].start < e.end for e in doc.entities)
            or surname_of_named(doc, tokens[at]) is not None):
        return roles
    after = [m for m in (roles.actor, roles.target) if m is not None and m.first > at]
    party = min(after, key=lambda m: m.first) if after else None
    return Roles(nationals(doc, tokens, at),
                 party if party is not None and party.prep is None else None)


def nationals(doc: Doc, tokens: Sequence[Word], at: int) -> Mention | None:
    """The unnamed subject as people of a country when a nationality adjective agrees with
    it right after it («مسؤولون أمريكيون», «مستثمرون سعوديون»): nationals of that country,
    as a relative clause's unnamed doers are (``doers._doer_in``); else no party."""
    if at + 1 >= len(tokens):
        return None
    found = demonyms_in(doc, tokens[at + 1 : at + 2])
    country = country_entries().get(found[0].country or "") if found else None
    if country is None or not found[0].country:
        return None
    iso, start, end = found[0].country, tokens[at].start, tokens[at + 1].end
    head = Entity(start, end, type="ORG", text=doc.text[start:end],
                  name_en=f"{country.name_en} nationals", country=iso,
                  key=f"{GROUP_KEY}nationals:{iso}", source=BODY)
    return Mention(head, start, end, at, at + 1, None, country=iso)


SINGULAR_PRONOUNS = ("ه", "ها")
"""The pronouns «إنه», «أنها» carry: he, she (a singular verb's subject)."""


def _linked_pronoun(tokens: Sequence[Word], hit: TriggerHit, inner: int) -> int | None:
    """The index of a link word carrying a singular pronoun right before an Arabic verb
    trigger (only a singular verb follows «إنه», «أنها»: a trigger's plural flag decided
    nothing, session 15 (2026-12-06)), the reported clause opening after it; else None."""
    if (hit.trigger.lang != "ar" or hit.trigger.tense == "noun"
            or hit.trigger.roles not in ("subj", "visit") or hit.first < 1):
        return None
    k = hit.first - 1
    link = tokens[k]
    if link.end != inner or not link.folded.endswith(SINGULAR_PRONOUNS):
        return None
    return k if link.folded.endswith(("نه", "نها")) else None


def pronoun_subject(reported: Roles, found: Sequence[Mention], tokens: Sequence[Word],
                    hit: TriggerHit, inner: int) -> Roles | None:
    """«قال وزير الداخلية الفرنسي برنار كازنوف إنه دعا بريطانيا»: the pronoun on the link
    right before the verb is its subject, and stands for the speaker, the reporting clause's
    subject (the nearest bare name before the link); the party read after the verb as the
    reported clause's subject is its object. None when the verb follows no such link."""
    k = _linked_pronoun(tokens, hit, inner)
    if k is None:
        return None
    after = [m for m in (reported.actor, reported.target) if m is not None and m.first > hit.last]
    return Roles(_speaker(found, tokens, k), min(after, key=lambda m: m.first) if after else None)


def _speaker(found: Sequence[Mention], tokens: Sequence[Word], link: int) -> Mention | None:
    """The subject of the speech word before the link at ``link``: for a finite verb the
    first bare name between it and the link («قال X إنه»), else the last one before it
    («X قال إنه»); for a participle of speech («مؤكدا», «مشيرا إلى أنه»: the mu- of the
    derived forms), the sentence's subject, the first bare name before it, whom the
    participle's clause goes on about («وقال كيري ...، مؤكدا أن الأسد ...، مشيرا إلى أنه
    سيبحث»: Kerry, not Assad)."""
    bare = [m for m in found if m.prep is None and not m.obj and not m.outlet]
    said = next((j for j in range(link - 1, -1, -1) if unjoined(tokens[j].folded, 3)
                 in speech_forms()), None)
    if said is None:
        return next((m for m in reversed(bare) if m.last < link), None)
    if unjoined(tokens[said].folded, 3).startswith("م"):
        return next((m for m in bare if m.last < said), None)
    inside = [m for m in bare if said < m.first and m.last < link]
    return inside[0] if inside else next((m for m in reversed(bare) if m.last < said), None)
