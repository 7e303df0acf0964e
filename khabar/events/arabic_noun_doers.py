"""The doer of an Arabic noun act named inside its own noun phrase: a nationality adjective
(«القصف الروسي», «الغارات الجوية التركية») or a relative clause of carrying it out
(«الهجوم الذي تبناه تنظيم داعش», «الغارات التي شنتها مقاتلات تركية»).

A relative adjective of nationality agreeing with the verbal noun in definiteness, among its
adjectives, says whose act it is, as a genitive would («قصف روسيا»). A relative clause whose
verb of carrying out (doing_verbs_ar.txt) bears the pronoun standing for the noun tells that
the act was done, and its subject is the doer. Either way the noun tells an act that took
place, with its doer, not the notion of the act nor only the topic of another verb
(``clauses.narrative_hits``): it is kept as an act of its own, weighed as one a verb tells,
with that doer as its actor and the party after «على/ضد» as its target (else the «ل»
phrase right after the doer, for a noun whose target does not take «على»: «الاتهامات
الأمريكية لقادة حزب الله»). A definite noun whose type the text already told is still
read as told (``clauses.definite``), and one act told twice with the same parties merges
(``merging``). Session 17 (2026-12-06).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Word, country_entries, demonyms
from khabar.entities.words import keys_by_kind, listed_keys
from khabar.events.arabic_forms import ARTICLE
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import markers
from khabar.events.participants import Mention
from khabar.events.state_actors import BODY

if TYPE_CHECKING:  # roles imports clauses, which imports this module
    from khabar.events.roles import Roles

ADJECTIVE_REACH = 2
"""Words after the noun among which its adjectives stand («القصف الجوي الروسي»)."""
SUBJECT_REACH = 2
"""Words after the relative verb within which its subject is named («شنتها أمس مقاتلات»)."""
NISBA_ENDINGS = ("ي", "يه", "ية")
"""Singular endings of the relative adjective (folded «ة» is «ه»)."""
OBJECT_PRONOUNS = ("ه", "ها")
"""The pronoun standing for the noun on the relative clause's verb."""


@cache
def doing_forms() -> frozenset[str]:
    return frozenset(base + pronoun for base in listed_keys("events/doing_verbs_ar.txt")
                     for pronoun in OBJECT_PRONOUNS)


def _noun_act(hit: TriggerHit) -> bool:
    return hit.trigger.lang == "ar" and hit.trigger.tense == "noun"


def _adjective(word: Word, definite: bool) -> bool:
    """A singular relative adjective agreeing with its noun in definiteness."""
    return (word.folded.startswith(ARTICLE) == definite and word.folded.endswith(NISBA_ENDINGS)
            and word.text[:1].isalnum() and markers().get(word.folded) != "relative")


def nisba_at(tokens: Sequence[Word], hit: TriggerHit) -> tuple[int, str] | None:
    """(word index, alpha-3) of the nationality adjective among a noun act's adjectives."""
    if not _noun_act(hit) or hit.last >= len(tokens):
        return None
    definite = tokens[hit.last].folded.startswith(ARTICLE)
    for k in range(hit.last + 1, min(len(tokens), hit.last + 1 + ADJECTIVE_REACH)):
        if not _adjective(tokens[k], definite):
            return None
        country = demonyms().get(tokens[k].folded)
        if country is not None:
            return k, country
    return None


def doing_verb_at(tokens: Sequence[Word], hit: TriggerHit) -> int | None:
    """The index of a verb of carrying out with the noun's pronoun, right after a relative
    pronoun on the noun act (itself right after the noun or its adjectives)."""
    if not _noun_act(hit):
        return None
    definite = hit.last < len(tokens) and tokens[hit.last].folded.startswith(ARTICLE)
    k = hit.last + 1
    while k < len(tokens) and k <= hit.last + ADJECTIVE_REACH and _adjective(tokens[k], definite):
        k += 1
    if (k + 1 < len(tokens) and markers().get(tokens[k].folded) == "relative"
            and tokens[k + 1].folded in doing_forms()):
        return k + 1
    return None


def own_doer(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """Whether a noun act names its doer inside its noun phrase (an act of its own)."""
    return nisba_at(tokens, hit) is not None or doing_verb_at(tokens, hit) is not None


def _nisba_mention(doc: Doc, tokens: Sequence[Word], k: int, code: str) -> Mention | None:
    word = tokens[k]
    if any(e.start <= word.start < e.end for e in doc.entities):
        return None
    country = country_entries().get(code)
    if country is None:
        return None
    head = Entity(word.start, word.end, type="LOC", text=doc.text[word.start:word.end],
                  kb_id=country.kb_id, name_en=country.name_en, country=country.country,
                  key=country.kb_id, source=BODY)
    return Mention(head, word.start, word.end, k, k, None, country=country.country)


def noun_doer(roles: Roles, hit: TriggerHit, tokens: Sequence[Word], found: Sequence[Mention],
              doc: Doc) -> Roles:
    """The roles of a noun act with its doer in its noun phrase: that doer as the actor, the
    party after «على/ضد» (else the target read, unless the doer) as the target. A clause of
    carrying out whose subject is no name («التي ترتكبها المجموعة المتطرفة») says the doer
    is unnamed: no other party of the sentence is."""
    doer: Mention | None = None
    verb = doing_verb_at(tokens, hit)
    if verb is not None:
        doer = next((m for m in found if verb < m.first <= verb + SUBJECT_REACH
                     and m.prep is None), None)
        if doer is None:
            target = roles.target if roles.target is not None and roles.target.first > verb \
                else None
            return type(roles)(None, target)
    else:
        nisba = nisba_at(tokens, hit)
        if nisba is None:
            return roles
        # «المساعدات الإنسانية السعودية»: the adjective the entity stage read as the country
        doer = next((m for m in found if m.first <= nisba[0] <= m.last), None) \
            or _nisba_mention(doc, tokens, *nisba)
        if doer is None:
            return type(roles)(None, None)
    end = tokens[verb].start if verb is not None else len(doc.text)
    against = next((m for m in found if hit.end <= m.start < end and m.prep == "against"
                    and m.key != doer.key), None)
    target = roles.target if roles.target is not None and roles.target.key != doer.key else None
    lam = _lam_object(tokens, found, doer) if _takes_lam_object(tokens[hit.last]) else None
    return type(roles)(doer, against or lam or target)


LAM = "ل"
"""The preposition of the object of a verbal noun whose doer is named («قصف روسيا لحلب»)."""


def _takes_lam_object(noun: Word) -> bool:
    """Whether a «ل» phrase after the noun may be its object: not after a noun whose target
    takes «على» («هجوم», «غارات»; lam_doer_nouns_ar.tsv), where it names the doer."""
    return noun.folded not in keys_by_kind("events/lam_doer_nouns_ar.tsv").get("doer", ())


def _lam_object(tokens: Sequence[Word], found: Sequence[Mention], doer: Mention) -> Mention | None:
    """The party in the «ل» phrase right after the doer: the verbal noun's object («القصف
    التركي لقرى إقليم كردستان»: the villages of Kurdistan were shelled), the word after «ل»
    or its genitive."""
    k = doer.last + 1
    if k >= len(tokens) or not tokens[k].folded.startswith(LAM) or len(tokens[k].folded) < 3:
        return None
    return next((m for m in found if k <= m.first <= k + 1 and m.key != doer.key), None)
