"""The words and names the participant readers share: prepositions, pronouns, role words,
and which names are countries, facilities or news outlets.

A name can act in an event when it is a person, an organisation that is not a facility
(«پایگاه هوایی», «مطار القاهرة»), a country, or a capital standing for its government. News
outlets report acts rather than doing them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import cache, lru_cache

from khabar.doc import Entity, Event, Participant
from khabar.entities.gazetteer import Word, country_entries, phrase_key
from khabar.entities.geo import government_country
from khabar.entities.titles import role_words, titles
from khabar.entities.words import listed_keys
from khabar.meta.outlets import outlets
from khabar.resources import load_tsv

QUOTES = frozenset("«»\"'“”")
CLAUSE_BREAKS = frozenset("،,:؛;")
PUNCTUATION_BREAKS = CLAUSE_BREAKS | frozenset(".!?؟")
"""Marks that end a clause or a sentence: what words of one act are read up to."""


@lru_cache(maxsize=1)
def markers() -> dict[str, str]:
    """Clause words that change an event (markers.tsv: folded word -> effect); read by
    ``clauses`` and ``attributions``, and re-exported by ``clauses``."""
    return {phrase_key(word): effect for word, effect in load_tsv("events/markers.tsv")}


@lru_cache(maxsize=1)
def prepositions() -> tuple[dict[str, str], dict[str, str]]:
    """(word -> class, proclitic -> class), folded."""
    words: dict[str, str] = {}
    clitics: dict[str, str] = {}
    for word, kind in load_tsv("events/prepositions.tsv"):
        if word.endswith("-"):
            clitics[phrase_key(word[:-1])] = kind
        else:
            words[phrase_key(word)] = kind
    return words, clitics


@lru_cache(maxsize=2)
def pronouns(arabic: bool) -> frozenset[str]:
    """Words that stand for the last person named, per script's language: Persian «او»
    ('he') folds to Arabic «أو» ('or')."""
    name = "events/pronouns_ar.txt" if arabic else "events/pronouns.txt"
    return listed_keys(name)


@lru_cache(maxsize=1)
def country_ids() -> frozenset[str]:
    return frozenset(e.kb_id for e in country_entries().values())


def facility_heads() -> frozenset[str]:
    return listed_keys("events/facility_heads.txt")


def is_facility(entity: Entity) -> bool:
    """A name that opens with a facility word ("پایگاه هوایی", "مطار القاهرة")."""
    first = phrase_key(entity.text.split()[0]) if entity.text.split() else ""
    bare = first[2:] if first.startswith("ال") and len(first) > 4 else first
    return first in facility_heads() or bare in facility_heads()


def outlet_heads(lang: str | None = None) -> frozenset[str]:
    return listed_keys("events/outlet_heads.txt", lang)


def news_desks() -> frozenset[str]:
    return listed_keys("events/news_desks_fa.txt")


def is_outlet(entity: Entity, tokens: Sequence[Word]) -> bool:
    """A news outlet: a name opening with a media word or a country right after one, or one
    the outlet file knows, also with a conjunction before it ("ورويترز") or with the word
    after it ("فرانس" + "برس"); or a newsroom desk ("گروه بین‌الملل")."""
    if entity.type == "PER" or not entity.text.split():
        return False
    if phrase_key(entity.text) in news_desks():
        return True
    if phrase_key(entity.text.split()[0]) in outlet_heads():
        return True
    # A country named after a media word is the outlet's name ("خبرگزاری فرانسه": AFP),
    # which the entity stage tags as the country alone.
    before = token_index(tokens, entity.start) - 1
    if entity.type == "LOC" and 0 <= before < len(tokens) and tokens[before].end <= entity.start \
            and tokens[before].folded in outlet_heads():
        return True
    known = outlets()
    text = entity.text
    k = token_index(tokens, entity.end - 1) + 1
    following = f"{text} {tokens[k].text}" if k < len(tokens) else text
    return any(known.lookup(t) is not None
               for t in (text, text[1:] if text.startswith("و") else text, following))


DAY_WORD_LISTS = {"fa": "events/day_words_fa.txt"}
"""Each language's own words for a day, read besides the Arabic list: Persian «جمعه»
(Friday) is an Arabic given name («جمعة»), so it is no party only in Persian text."""


@cache
def day_words(lang: str | None = None) -> frozenset[str]:
    """Words for a day («اليوم», «أمس»; in Persian «امروز», «سه‌شنبه») the tagger may read as
    a person's name."""
    own = DAY_WORD_LISTS.get(lang or "")
    return listed_keys("events/day_words_ar.txt") | (listed_keys(own) if own else frozenset())


def divine_names() -> frozenset[str]:
    """Names of God, which the tagger may read as a person: no party to an act."""
    return listed_keys("events/divine_names_ar.txt")


MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
"""PLOVER's material conflict: a shooting, a strike or a curfew happens at a place even when
no doer is named; a demand, a meeting or an agreement is nothing without its parties."""
PARTY_LANGUAGES = frozenset({"ar", "fa"})
"""The languages whose acts are dropped when they name no party (others are kept as they
were before the rule, unmeasured)."""


def _party(participant: Participant | None) -> bool:
    return participant is not None and phrase_key(participant.text or "") not in divine_names()


def partyless(event: Event, lang: str) -> bool:
    """A verbal or cooperative act with neither actor nor target (God is none): the record
    would say nothing of who did what to whom ("ودعت الجامعة الراغبين ...", "تجتمع في
    الهدف", «... را تهدید نمی‌کند» with no one named)."""
    return (lang in PARTY_LANGUAGES and event.type not in MATERIAL_CONFLICT
            and not _party(event.actor) and not _party(event.target))


REPORTING_SOURCES = frozenset({"dateline", "byline"})
"""Entity sources (``khabar.entities.datelines_ar``) of who filed or wrote the report."""


def files_report(entity: Entity) -> bool:
    """The outlet of a dateline or the writer of a byline: it tells the news, it does not
    act or speak in it («سامي العتيبي- سبق- الدمام:», «علمت "الرياض"»)."""
    return entity.source in REPORTING_SOURCES


def is_participant(entity: Entity, lang: str | None = None) -> bool:
    """Persons, organisations, countries and capitals standing for their government act;
    other cities, and facilities and sites, do not, nor who filed the report, nor a day the
    tagger read as a person (``lang`` adds that language's day words)."""
    if files_report(entity):
        return False
    if entity.type == "PER":
        return phrase_key(entity.text) not in divine_names() | day_words(lang)
    if entity.type == "ORG":
        return not is_facility(entity)
    return entity.kb_id in country_ids() or government_country(entity) is not None


def token_index(tokens: Sequence[Word], position: int) -> int:
    """Index of the word containing or following a text position."""
    starts = [w.start for w in tokens]
    i = bisect_left(starts, position)
    if i > 0 and tokens[i - 1].end > position:
        return i - 1
    return i


def is_role(word: Word, lang: str | None = None) -> bool:
    """A role word, title or honorific; given ``lang``, not another language's role word."""
    return word.folded in role_words(lang) or word.text in titles() or word.folded in honorifics()


def state_forms() -> frozenset[str]:
    """Words for a form of state before a country's name ("جمهورية", "جمهوری")."""
    return listed_keys("events/state_forms.txt")


def honorifics() -> frozenset[str]:
    return listed_keys("events/honorifics.txt")


def apposition_heads(lang: str | None = None) -> frozenset[str]:
    return listed_keys("events/apposition_heads.txt", lang)


def heads_role(word: Word, lang: str | None = None) -> bool:
    return is_role(word, lang) or word.folded in apposition_heads(lang)


UNKNOWN_ATTACKERS = "Unknown attackers"
KNOWN_ARMS = frozenset({"aerial", "drone", "heavy-weapons"})
"""Attacks only an armed force makes (air strikes, drones, shelling): when the clause names
no doer, the story has named it before, and "unknown" would be wrong."""


def unknown_attackers(kind: str, mode: str | None, lang: str) -> Participant | None:
    """The actor of an Arabic attack told with no doer («قتل شرطي في هجوم», «انفجرت عبوة
    ناسفة ... أسفر عن إصابة»): unknown attackers, with no country (EVENT-CONVENTIONS: null
    where unclear), as the conventions code them; no span, as the text names no one."""
    if lang != "ar" or kind != "ASSAULT" or mode in KNOWN_ARMS:
        return None
    return Participant(name_en=UNKNOWN_ATTACKERS, confidence=0.3)
