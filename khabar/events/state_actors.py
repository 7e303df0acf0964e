"""Generic state actors: the bodies and offices of a state that act in news clauses.

Most actors in news are not named persons but parts of a state: "نیروهای آمریکایی" (US
forces), "شرطة النرويج" (Norwegian police), "مجلس الوزراء البحريني" (the Bahraini cabinet),
"رژیم صهیونیستی" (Israel). GDELT and PLOVER code them as a country plus a sector. This
module finds them in a sentence from ``resources/events/state_actors.tsv``: a body or an
office followed within a few words by a country name or a nationality adjective, or a phrase
that names a state by itself. Each becomes an organisation ``Entity`` with the country, an
English name and a key (``state:SECTOR:ISO``) for the event stage only: ``Doc.entities``,
which the entity stage owns, is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import (
    Match,
    PhraseIndex,
    Word,
    country_entries,
    demonyms,
    phrase_key,
    words,
)
from khabar.events.arabic_regime import ArticleRegimes, next_nationality, regime_country
from khabar.events.dateline_place import story_country
from khabar.events.participant_words import prepositions
from khabar.meta.outlets import home_country
from khabar.resources import load_lines, load_tsv

OWNER_REACH = 3
"""Words a body may stand before the country that owns it ("وزارت امور خارجه جمهوری ...")."""
PERSIAN_PLURALS = ("ها", "های")
"""A nationality adjective with a plural suffix names the state's people acting ("آمریکایی‌ها")."""
_BREAKS = frozenset("،,:؛;.«»\"()")
APPOSITION_MARKS = frozenset("،,")
"""What may stand between a person's name and the post apposed to it («ظریف، وزیر ...»)."""
PHRASE_PREPOSITIONS = frozenset({"with", "to", "from", "in", "against", "front", "for",
                                 "between", "about", "obj"})
"""Classes of prepositions (``prepositions.tsv``) that open a phrase of their own: a country
after one is not the owner of the body before it. Not "by": «قبل», «جانب» are nouns too.
Session 19 (2026-12-06)."""
REGIME = "regime"
"""«النظام»: the owner of a body of forces, the state the article is about (``arabic_regime``)."""
NAMING = frozenset({"state", "home", "anaphor"})
"""Phrase kinds that name a state by themselves, and may say whose a body is."""
OFFICE = "state-office"
BODY = "state-actor"
STATE_SOURCES = frozenset({OFFICE, BODY})


@dataclass(frozen=True, slots=True)
class StatePhrase:
    kind: str
    """body | office | state | title"""
    value: str
    """The sector key (body, office) or the alpha-3 country (state, title)."""
    english: str
    bare: bool = False
    """A body that, with no owner named, is the authorities of where the news happens."""
    local: bool = False
    """An office or body of a town or province ("استاندار کرمان"): the place named right after
    it says whose state it is."""
    placed: bool = False
    """A group of people acting where they are ("متظاهرون"): with no nationality after it, the
    country of the city its sentence names."""


@lru_cache(maxsize=1)
def state_phrases() -> PhraseIndex[StatePhrase]:
    index: PhraseIndex[StatePhrase] = PhraseIndex()
    for row in load_tsv("events/state_actors.tsv"):
        phrase, kind, value, english, flag = [*row, "", "", "", ""][:5]
        index.add(phrase, StatePhrase(kind, value, english, flag == "bare", flag == "local",
                                      flag == "placed"))
    return index


STORY_REACH = 600
"""Characters before a clause within which the city last named is still where it happens."""


def _last_country(doc: Doc, position: int) -> str | None:
    """The country last named before a text position ("... عربستان. ... این کشور")."""
    found = None
    for entity in doc.entities:
        if entity.end > position:
            break
        if _country_like(entity):
            found = entity.country
    return found


def _where(doc: Doc, tokens: Sequence[Word], position: int) -> str | None:
    """The country where a clause's news happens: of a city in the sentence, else of the
    city last named before it, else of the story's dateline, else of the outlet (a paper's
    bare "السلطات" are its own at home; «لندن - رويترز» tells of Britain's)."""
    lo, hi = tokens[0].start, tokens[-1].end
    cities = [e for e in doc.entities if e.type == "LOC" and e.lat is not None and e.country]
    inside = [e for e in cities if lo <= e.start and e.end <= hi]
    before = [e for e in cities if position - STORY_REACH <= e.start and e.end <= lo]
    here = next(iter([*inside, *reversed(before)]), None)
    return here.country if here else story_country(doc)


def organisation_before(doc: Doc, position: int, head: str) -> Entity | None:
    """The organisation "this association" ("این انجمن", "هذه المنظمة") refers to: the last
    one named before whose name opens with the same noun."""
    bare = head.removeprefix("ال")
    for entity in reversed(doc.entities):
        if entity.end <= position and entity.type == "ORG" and entity.text.split():
            first = phrase_key(entity.text.split()[0]).removeprefix("ال")
            if first == bare:
                return entity
    return None


def _named_state(doc: Doc, phrase: StatePhrase, position: int) -> str | None:
    """The country a "state", "home" or "anaphor" phrase names, or None."""
    if phrase.kind == "state":
        return phrase.value
    if phrase.kind == "home":
        home = home_country(doc)
        return home if home and (phrase.value == "*" or home in phrase.value.split("|")) else None
    if phrase.kind == "anaphor" and not phrase.value:
        return _last_country(doc, position)
    return None


def country_name(iso: str) -> str:
    entry = country_entries().get(iso)
    return entry.name_en if entry else iso


def _country_like(entity: Entity) -> bool:
    return entity.type == "LOC" and entity.country is not None and entity.lat is None


def _demonym(doc: Doc, tokens: Sequence[Word], i: int) -> tuple[str, int] | None:
    """(country, last word) of a nationality adjective at word ``i``."""
    match = demonyms().match_at(doc.text, tokens, i, strip_clitics=True)
    if match is not None:
        return match.value, match.last
    return None


def _plural_demonym(word: Word) -> str | None:
    if not word.folded.endswith(PERSIAN_PLURALS):
        return None
    for suffix in PERSIAN_PLURALS:
        if word.folded.endswith(suffix) and len(word.folded) > len(suffix) + 2:
            country = demonyms().get(word.folded[: -len(suffix)])
            if country:
                return country
    return None


def _owner(doc: Doc, tokens: Sequence[Word], after: int, countries: dict[int, Entity],
           regimes: ArticleRegimes, reach: int = OWNER_REACH) -> tuple[str, int] | None:
    """(country, last word) of the country word that says whose body ends at word ``after``.
    A preposition ends the body's genitive: a country past it is in another phrase («وزیر
    خارجه از مردم افغانستان حمایت کرد», «سفير خادم الحرمين لدى مصر»)."""
    for j in range(after + 1, min(after + 1 + reach, len(tokens))):
        word = tokens[j]
        if word.text in _BREAKS or prepositions()[0].get(word.folded) in PHRASE_PREPOSITIONS:
            return None
        if j in countries:
            entity = countries[j]
            last = next((k for k in range(j, len(tokens)) if tokens[k].end >= entity.end), j)
            return str(entity.country), last
        found = _demonym(doc, tokens, j)
        phrase = state_phrases().match_at(doc.text, tokens, j, strip_clitics=True)
        if found is None and phrase is not None and phrase.value.kind == REGIME:
            # only as the body's genitive («قوات النظام»: not «قوات المعارضة والنظام», two
            # sides); elsewhere, or with no country made clear, the words after it are read
            # as before («وزير خارجية النظام السوري»)
            regime = (_regime(tokens, phrase.last, word.start, regimes)
                      if j == after + 1 and word.folded.startswith("ال") else None)
            if regime is not None:
                return regime
            continue
        if found is None and phrase is not None and phrase.value.kind in NAMING:
            iso = _named_state(doc, phrase.value, word.start)
            found = (iso, phrase.last) if iso else None
        if found is not None:
            return found
        if phrase is not None:
            return None  # another office or body begins: "مجلس الوزراء وزير الدفاع السعودي"
    return None


def _regime(tokens: Sequence[Word], last: int, position: int, regimes: ArticleRegimes
            ) -> tuple[str, int] | None:
    """(country, last word) of a «النظام» ending at word ``last`` that owns a body of
    forces: the nationality right after it («قوات النظام السوري»), else the one the
    article makes clear."""
    named = next_nationality(regimes.doc, tokens, last)
    if named is not None:
        return named
    iso = regime_country(regimes, position)
    return (iso, last) if iso else None


def _regime_named(doc: Doc, tokens: Sequence[Word], match: Match[StatePhrase]) -> bool:
    """Whether a state phrase is a body whose owner is «النظام» («قوات النظام»)."""
    after = match.last + 1
    owner = (state_phrases().match_at(doc.text, tokens, after, strip_clitics=True)
             if after < len(tokens) else None)
    return owner is not None and owner.value.kind == REGIME


def _local_owner(tokens: Sequence[Word], after: int, inside: Sequence[Entity]
                 ) -> tuple[str, int] | None:
    """(country, last word) of the town or province named right after a local office."""
    if after + 1 >= len(tokens):
        return None
    start = tokens[after + 1].start
    place = next((e for e in inside if e.start == start and e.type == "LOC" and e.country), None)
    if place is None:
        return None
    last = next((k for k in range(after + 1, len(tokens)) if tokens[k].end >= place.end), after)
    return str(place.country), last


def _entity(doc: Doc, start: int, end: int, iso: str | None, name_en: str, key: str,
            source: str, role: str | None = None) -> Entity:
    return Entity(start, end, type="ORG", text=doc.text[start:end], name_en=name_en,
                  country=iso, key=key, role=role, source=source)


def _overlaps(start: int, end: int, taken: Sequence[Entity]) -> bool:
    return any(e.start < end and start < e.end for e in taken)


def _city_country(doc: Doc, tokens: Sequence[Word]) -> str | None:
    """The country of the first city a sentence names: where people gathered there act
    («تجمع متظاهرون في شارع تايمز سكوير بنيويورك»: protesters in the United States)."""
    lo, hi = tokens[0].start, tokens[-1].end
    return next((e.country for e in doc.entities if e.type == "LOC" and e.lat is not None
                 and e.country and lo <= e.start and e.end <= hi), None)


def _group(doc: Doc, tokens: Sequence[Word], match: Match[StatePhrase],
           countries: dict[int, Entity], regimes: ArticleRegimes) -> Entity:
    """An unnamed group ("مسلحون مجهولون"): of the country a nationality after it names, else
    of none (EVENT-CONVENTIONS: the code is null where the country is unclear)."""
    phrase = match.value
    # Only a nationality right after it: "مسلحون مجهولون مهندسا تركيا" took a Turk.
    owner = _owner(doc, tokens, match.last, countries, regimes, reach=1)
    iso, last = owner if owner else (_city_country(doc, tokens) if phrase.placed else None,
                                     match.last)
    name = f"{country_name(iso)} {phrase.english.lower()}" if iso else phrase.english
    return _entity(doc, match.start, tokens[last].end, iso, name,
                   f"group:{phrase.value}:{iso or ''}", BODY)


@lru_cache(maxsize=1)
def home_posts_fa() -> PhraseIndex[bool]:
    index: PhraseIndex[bool] = PhraseIndex()
    for line in load_lines("events/home_posts_fa.txt"):
        index.add(line, True)
    return index


def home_post_owner(doc: Doc, tokens: Sequence[Word], match: Match[StatePhrase],
                    countries: dict[int, Entity], regimes: ArticleRegimes
                    ) -> tuple[str, int] | None:
    """(country, last word) of a Persian office named with no country that opens a post the
    press leaves bare only for its own state (``home_posts_fa.txt``: «وزیر امور خارجه از
    آمریکا خواست», «وزیر کشور ... خواستار ... شد»): the outlet's country, as Arabic
    ``arabic_names.home_post``; none when the outlet is unknown. When the article named the
    same office of a state before, the bare one refers back to it («وزیر خارجه پاکستان ...
    . وزیر خارجه ...»): that state's. A post is not bare when its country follows the whole
    post rather than the office («وزیر ارتباطات و مخابرات این کشور») or begins inside it
    («رئیس جمهوری تاجیکستان» tagged «جمهوری تاجیکستان»), nor when it stands apposed to a
    person (``_apposed_person``). Session 26 (2026-12-07): the three were wrong on session
    25's check draw (events_posts_fa_session25_results.json)."""
    if doc.lang != "fa":
        return None
    post = home_posts_fa().match_at(doc.text, tokens, match.first, strip_clitics=True)
    if post is None:
        return None
    last = max(post.last, match.last)
    inside = next((i for i in range(match.first + 1, last + 1) if i in countries), None)
    if inside is not None:  # the tagger's country took the post's last word: read from it
        return _owner(doc, tokens, inside - 1, countries, regimes, reach=1)
    if last > match.last and (owner := _owner(doc, tokens, last, countries, regimes)):
        return owner
    if _state_named_after(doc, tokens, last):
        return None
    person = _apposed_person(doc, tokens, match.first)
    if person is not None:
        return (person.country, last) if person.country else None
    earlier = _office_named_before(doc, match.value, match.start, regimes)
    country = earlier or home_country(doc)
    return (country, last) if country else None


def _state_named_after(doc: Doc, tokens: Sequence[Word], after: int) -> bool:
    """Whether a word naming a state stands within reach after word ``after`` though the
    article leaves it unclear which («وزیر خارجه این کشور» with no country named before):
    the post is that state's, not bare."""
    for j in range(after + 1, min(after + 1 + OWNER_REACH, len(tokens))):
        word = tokens[j]
        if word.text in _BREAKS or prepositions()[0].get(word.folded) in PHRASE_PREPOSITIONS:
            return False
        phrase = state_phrases().match_at(doc.text, tokens, j, strip_clitics=True)
        if phrase is not None and phrase.value.kind in NAMING:
            return True
    return False


def _apposed_person(doc: Doc, tokens: Sequence[Word], first: int) -> Entity | None:
    """The person a post starting at word ``first`` is apposed to: named right before it,
    with nothing or a comma between («احمد ماهر وزیر خارجه و عمر سلیمان رئیس ... مصر»).
    The post is his, of his country, which the press may name only after a second post."""
    if first == 0:
        return None
    before = tokens[first - 1]
    if before.text in APPOSITION_MARKS and first > 1:
        before = tokens[first - 2]
    return next((e for e in doc.entities if e.type == "PER" and e.start < before.end <= e.end),
                None)


def _office_named_before(doc: Doc, office: StatePhrase, position: int,
                         regimes: ArticleRegimes) -> str | None:
    """The country the last earlier mention of the same office named after it, read back
    sentence by sentence; none when that mention was bare too (the home's again)."""
    for start, end in reversed(doc.sentences):
        if start >= position:
            continue
        tokens = words(doc.text, start, min(end, position))
        if not tokens:
            continue
        matches = state_phrases().find_all(doc.text, tokens, strip_clitics=True)
        for match in reversed(matches):
            if (match.value.kind, match.value.value, match.value.english) == (
                    "office", office.value, office.english):
                owner = _owner(doc, tokens, match.last, _countries(doc, tokens), regimes)
                return owner[0] if owner else None
    return None


def _countries(doc: Doc, tokens: Sequence[Word]) -> dict[int, Entity]:
    """The country names of a sentence, by the index of their first word."""
    lo, hi = tokens[0].start, tokens[-1].end
    countries = {}
    for entity in doc.entities:
        if lo <= entity.start and entity.end <= hi and _country_like(entity):
            countries[next(i for i, w in enumerate(tokens) if w.end > entity.start)] = entity
    return countries


def state_actors(doc: Doc, tokens: Sequence[Word]) -> list[Entity]:
    """The generic state actors of a sentence (``tokens``), in text order; none where the
    entity stage already found a person or organisation."""
    if not tokens:
        return []
    lo, hi = tokens[0].start, tokens[-1].end
    inside = [e for e in doc.entities if lo <= e.start and e.end <= hi]
    named = [e for e in inside if e.type in ("PER", "ORG")]
    countries = _countries(doc, tokens)
    found: list[Entity] = []
    regimes = ArticleRegimes(doc)  # read only if a body the regime owns asks
    for match in state_phrases().find_all(doc.text, tokens, strip_clitics=True):
        phrase = match.value
        if phrase.kind == "state":
            actor = _entity(doc, match.start, match.end, phrase.value, phrase.english,
                            f"state:{phrase.value}", BODY)
        elif phrase.kind == "anaphor" and phrase.value == "org":
            antecedent = organisation_before(doc, match.start, tokens[match.last].folded)
            if antecedent is None:
                continue
            actor = replace(antecedent, start=match.start, end=match.end,
                            text=doc.text[match.start:match.end], source=BODY)
        elif phrase.kind == REGIME:
            # «النظام» alone is no party: as a genitive («أنصار النظام», «قصف جوي من
            # النظام») or an object it took the wrong roles on an unread check draw; it
            # only says whose forces are («قوات النظام»), above.
            continue
        elif phrase.kind in NAMING:
            iso = _named_state(doc, phrase, match.start)
            if iso is None or _overlaps(match.start, match.end, inside):
                continue  # "المملكة" of "المملكة العربية السعودية" is the name itself
            actor = _entity(doc, match.start, match.end, iso, country_name(iso),
                            f"state:{iso}", BODY)
        elif phrase.kind == "group":
            actor = _group(doc, tokens, match, countries, regimes)
        elif phrase.kind in ("body", "office"):
            owner = _owner(doc, tokens, match.last, countries, regimes)
            if owner is None and phrase.local:
                owner = _local_owner(tokens, match.last, inside)
            if owner is None and phrase.bare and (here := _where(doc, tokens, match.start)):
                owner = here, match.last
            if owner is None and phrase.kind == "office":
                owner = home_post_owner(doc, tokens, match, countries, regimes)
            if owner is None:
                continue
            iso, last = owner
            actor = _entity(doc, match.start, tokens[last].end, iso,
                            f"{country_name(iso)} {phrase.english}",
                            f"state:{phrase.value}:{iso}",
                            OFFICE if phrase.kind == "office" else BODY,
                            doc.text[match.start:match.end] if phrase.kind == "office" else None)
        else:
            continue
        # A name of a state outranks an organisation the tagger found there without a
        # country or KB entry ("رژیم صهیونیستی" tagged a bare ORG), also as a body's owner
        # ("نظامیان رژیم صهیونیستی").
        # So does a body the regime owns, over the tagger's bare «قوات النظام».
        blocking = [e for e in named if e.country or e.kb_id or not (
            phrase.kind == "state" or tokens[match.last].end <= e.start <= e.end <= actor.end
            or (_regime_named(doc, tokens, match) and actor.start <= e.start
                and e.end <= actor.end))]
        if not _overlaps(actor.start, actor.end, blocking):
            found.append(actor)
    for word in tokens:
        plural = _plural_demonym(word)
        if plural and not _overlaps(word.start, word.end, [*named, *found]):
            found.append(_entity(doc, word.start, word.end, plural, country_name(plural),
                                 f"state:{plural}", BODY))
    return sorted(found, key=lambda e: e.start)


def title_country(doc: Doc, tokens: Sequence[Word], before: int) -> str | None:
    """The country a state title says ("خادم الحرمين الشريفين الملك سلمان"), when one ends
    within a few words before word ``before`` with no clause break in between."""
    for match in state_phrases().find_all(doc.text, tokens[max(0, before - 8) : before],
                                          strip_clitics=True):
        if match.value.kind != "title":
            continue
        gap = tokens[match.last + 1 + max(0, before - 8) : before]
        if not any(w.text in _BREAKS for w in gap):
            return match.value.value
    return None
