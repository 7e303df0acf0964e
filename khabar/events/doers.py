"""Who did the act a condemnation is of, named after "by" or in a relative clause about it.

"أدانت المملكة الجريمة التي نفذها مستوطنون إسرائيليون", "ندين هذا العمل الذي قامت به
كوريا الشمالية", "حمله‌ای را که نیروهای X انجام دادند محکوم کرد": the condemned act is
the object, and the relative clause after it says who did it; that doer is the target of
the condemnation (EVENT-CONVENTIONS: a condemnation's target is whom it is against). A
relative clause with any other verb ("الهجوم الذي استهدف مسجدا") names a victim or a
place, not a doer, and gives nothing. A named party a relative clause hangs on did its act
(«نوري المالكي الذي اتهم السعودية»: relative_acts, relative_roles).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Doc, Participant
from khabar.entities.gazetteer import Word, country_entries, phrase_key
from khabar.entities.words import keys_by_kind
from khabar.events.apposition import demonyms_in
from khabar.events.arabic_attack_clauses import attack_clause, clause_roles
from khabar.events.clauses import markers
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import CLAUSE_BREAKS, PUNCTUATION_BREAKS
from khabar.events.participants import Mention, participant
from khabar.events.relative_acts import relative_parties
from khabar.events.roles import Roles, assign

RELATIVE_REACH = 8
"""Words after the trigger within which the relative clause about its object opens."""
DOER_REACH = 4
"""Words after an Arabic doing verb (or between Persian که and the verb) holding the doer."""
PERSIAN_RELATIVE = phrase_key("که")


def doer_verbs() -> dict[str, frozenset[str]]:
    """Language -> the phrase keys of its doing verbs (``doer_verbs.tsv``, the language first)."""
    return keys_by_kind("events/doer_verbs.tsv", kind_column=0)


def _doer_in(doc: Doc, tokens: Sequence[Word], lo: int, hi: int,
             found: Sequence[Mention]) -> Participant | None:
    """The first participant, else people of a nationality, in words ``lo`` to ``hi``."""
    stretch = tokens[lo:hi]
    if not stretch:
        return None
    # "قامت به كوريا الشمالية": the resumptive "به" of the doing verb is no preposition;
    # a place it happened in ("في نابلس") is no doer.
    mention = next((m for m in found if stretch[0].start <= m.start < stretch[-1].end
                    and m.prep != "in"), None)
    if mention is not None:
        return participant(mention.head, 0.6)
    for demonym in demonyms_in(doc, stretch):
        country = country_entries().get(demonym.country or "")
        if country is not None:
            return Participant(text=doc.text[demonym.start:demonym.end], start=demonym.start,
                               end=demonym.end, name_en=f"{country.name_en} nationals",
                               country=demonym.country, confidence=0.4)
    return None


def _persian_before(doc: Doc, tokens: Sequence[Word], hit: TriggerHit,
                    found: Sequence[Mention], verbs: frozenset[str]) -> Participant | None:
    """A Persian object's relative clause before the verb: "که X ... انجام دادند" ending
    right before the trigger's own words."""
    for k in range(hit.first - 1, max(-1, hit.first - 1 - RELATIVE_REACH - DOER_REACH), -1):
        if tokens[k].text in PUNCTUATION_BREAKS:
            return None
        if tokens[k].folded == PERSIAN_RELATIVE:
            verb = next((j for j in range(k + 1, hit.first) if tokens[j].folded in verbs), None)
            return _doer_in(doc, tokens, k + 1, verb, found) if verb is not None else None
    return None


def relative_doer(doc: Doc, tokens: Sequence[Word], hit: TriggerHit,
                  found: Sequence[Mention], lang: str) -> Participant | None:
    """The doer a relative clause after a condemnation's object names, or None."""
    verbs = doer_verbs().get(lang, frozenset())
    if lang == "fa" and (doer := _persian_before(doc, tokens, hit, found, verbs)) is not None:
        return doer  # "حمله‌ای را که X انجام دادند محکوم کرد": the object comes first
    stop = min(len(tokens), hit.last + 1 + RELATIVE_REACH)
    for k in range(hit.last + 1, stop):
        word = tokens[k]
        if word.text in PUNCTUATION_BREAKS:
            return None
        if lang == "ar" and markers().get(word.folded) == "relative":
            if k + 1 < len(tokens) and tokens[k + 1].folded in verbs:
                return _doer_in(doc, tokens, k + 2, k + 2 + DOER_REACH, found)
            return None
        if lang == "fa" and word.folded == PERSIAN_RELATIVE:
            verb = next((j for j in range(k + 1, min(len(tokens), k + 2 + DOER_REACH))
                         if tokens[j].folded in verbs), None)
            return _doer_in(doc, tokens, k + 1, verb, found) if verb is not None else None
    return None


def named_doer(after: Sequence[Mention], tokens: Sequence[Word], hit: TriggerHit
               ) -> Mention | None:
    """Who did the act a condemnation is of: named after "by" in the trigger's own phrase,
    not in what a speaker goes on to say ("محکوم کرد و گفت: ... از جانب آمریکا")."""
    for mention in after:
        if any(w.text in CLAUSE_BREAKS for w in tokens[hit.last + 1 : mention.first]):
            return None
        if mention.prep == "by":
            return mention
    return None


def relative_roles(found: Sequence[Mention], tokens: Sequence[Word], hit: TriggerHit,
                   lang: str, doc: Doc) -> Roles | None:
    """The roles of an Arabic verb in a relative clause on a named party, read as if the verb
    came first with the party as its subject; None when the verb is in no such clause. On
    an attack noun («التفجير الذي استهدف X») the attack is the subject: X is the target, and
    the doer is named only by a claim («أعلن داعش مسؤوليته عن التفجير الذي استهدف X»)."""
    parties = relative_parties(found, tokens, hit, lang, doc.entities)
    if parties is None:
        if lang == "ar" and attack_clause(tokens, hit):
            return Roles(*clause_roles(found, tokens, hit))
        return None
    return assign(lang, hit.trigger.roles, [], parties, tokens=tokens, last=hit.last,
                  first=hit.first)
