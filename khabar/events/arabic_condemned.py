"""The doer of a condemned act named by its nationality adjective: «أدانت السعودية القصف
الروسي», «ندد بالاعتداءات الإسرائيلية», «دانت ... القصف التركي».

A condemnation's target is whom it is against (EVENT-CONVENTIONS), the doer of the act it
condemns. Arabic names that doer inside the object's noun phrase by a relative adjective of
nationality that agrees with the noun in definiteness («القصف الروسي» = «قصف روسيا»), as it
does by a relative clause of doing («الذي نفذه X», ``doers.relative_doer``) or after "by"
(``doers.named_doer``). The object stands after the verb and its subject, so the adjective
must follow the actor; one inside a name («الخارجية الأمريكية») belongs to that name. With no
actor named, the first noun after the verb may be the unnamed subject («نددت الجالية
البحرينية»: the condemners are Bahraini), so nothing is read; nor after a noun of protest
(«الاحتجاجات»), whose adjectives describe it, only after a verb or a stance noun («إدانته»).
Session 18 (2026-12-06), from Arabic grammar (النعت النسبي).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Doc, Participant
from khabar.entities.gazetteer import Word, country_entries, demonyms
from khabar.events.arabic_forms import ARTICLE
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import PUNCTUATION_BREAKS
from khabar.events.quote_words import is_post_word

OBJECT_REACH = 8
"""Words after the condemning word within which its object's noun stands."""
ADJECTIVE_REACH = 2
"""Adjectives after the noun among which the nationality stands («القصف الجوي الروسي»)."""
PROCLITICS = ("ب", "ل")
"""Prepositions glued on the object («ندد بالقصف», «إدانته للقصف»)."""
NISBA_ENDINGS = ("ي", "يه", "ية")
"""Singular and feminine endings of the relative adjective (folded «ة» is «ه»)."""


def _definite_object(word: Word) -> bool:
    """A definite noun that may be a condemnation's object: written with the article,
    or with the «ب», «ل» the verb or stance noun takes it through glued on («ندد بالقصف»,
    «إدانته للقصف», ل + the article written with one lam), in a word of more than four
    letters. Unlike ``arabic_posts._definite_behind_clitic``, a glued «و» is not read: it
    opens another phrase, not the object."""
    folded = word.folded
    return folded.startswith(ARTICLE) or (
        folded[:1] in PROCLITICS and folded[1:].startswith(("ال", "ل")) and len(folded) > 4)


def _nationality(word: Word) -> str | None:
    if not (word.folded.startswith(ARTICLE) and word.folded.endswith(NISBA_ENDINGS)):
        return None
    return demonyms().get(word.folded)


def _named(doc: Doc, word: Word) -> bool:
    return any(e.start <= word.start < e.end for e in doc.entities)


def condemned_nationality(doc: Doc, tokens: Sequence[Word], hit: TriggerHit,
                          actor: Participant | None) -> Participant | None:
    """The country whose nationality adjective follows a definite noun in the object of an
    Arabic condemnation, the object's head being the first definite noun after the verb
    and the ``actor`` named after it; else None. A noun after it («الهجوم الإرهابي على
    المسجد الكويتي») names the victim, not the doer."""
    if (hit.trigger.lang != "ar" or actor is None
            or (hit.trigger.tense == "noun" and hit.trigger.roles != "stance")):
        return None  # with no actor named, a noun after the verb may be its subject
    after = max(hit.end, actor.end or 0 if actor is not None else 0)
    start = next((k for k in range(hit.last + 1, len(tokens)) if tokens[k].start >= after),
                 len(tokens))
    if start < len(tokens) and is_post_word(tokens[start]):
        return None  # «جيمس وولسي رئيس الاستخبارات الأميركية»: the actor's own post
    for k in range(start, min(len(tokens), start + OBJECT_REACH)):
        if tokens[k].text in PUNCTUATION_BREAKS:
            return None
        if not _definite_object(tokens[k]) or _named(doc, tokens[k]):
            continue
        if is_post_word(tokens[k]):
            return None  # «ندد الرئيس الأمريكي»: the subject, unnamed
        return _adjective_country(doc, tokens, k)  # the object's head noun only
    return None


def _adjective_country(doc: Doc, tokens: Sequence[Word], noun: int) -> Participant | None:
    """The country of a nationality adjective among the noun's definite adjectives."""
    for j in range(noun + 1, min(len(tokens), noun + 1 + ADJECTIVE_REACH)):
        if not tokens[j].folded.startswith(ARTICLE) or _named(doc, tokens[j]):
            return None
        code = _nationality(tokens[j])
        if code is not None:
            return _country(doc, tokens[j], code)
    return None


def _country(doc: Doc, word: Word, code: str) -> Participant | None:
    country = country_entries().get(code)
    if country is None:
        return None
    return Participant(text=doc.text[word.start:word.end], start=word.start, end=word.end,
                       name_en=country.name_en, kb_id=country.kb_id, country=country.country,
                       confidence=0.6)
