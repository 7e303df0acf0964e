"""The arguments of an event beside its type: actor and target entities.

A pronoun, a role phrase or a state office stands for a person named before it; a person's
country may come from the apposition around the mention. The place and a meeting's host
are ``event_places``'s (re-exported here); the date is ``dating``'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import Doc, Entity, Participant
from khabar.entities.datelines import dateline_country
from khabar.entities.gazetteer import Word, country_entries
from khabar.entities.words import listed_keys
from khabar.events.antecedents import last_person_before, sentence_words, stands_for_person
from khabar.events.apposition import apposition_country, demonyms_in
from khabar.events.arabic_names import counterparts, home_post
from khabar.events.body_places import body_place_country
from khabar.events.event_places import consult_mode as consult_mode
from khabar.events.event_places import country_participant as country_participant
from khabar.events.event_places import host as host
from khabar.events.event_places import hosted_here as hosted_here
from khabar.events.event_places import location as location
from khabar.events.event_places import place_of as place_of
from khabar.events.event_places import placeless_visit as placeless_visit
from khabar.events.event_places import places_in
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import (
    country_ids,
    token_index,
    unknown_attackers,
)
from khabar.events.participants import Mention, is_role_phrase
from khabar.events.persian_datelines import bare_party
from khabar.events.state_actors import OFFICE, title_country
from khabar.meta.outlets import home_country
from khabar.normalize.fold import fold
from khabar.text.persian_function_words import FROM, INDEFINITE


def _nominative(word: Word) -> Word:
    """An Arabic nisba adjective without the alif of the indefinite accusative ("تونسيا",
    "سعوديا" -> "تونسي"), as the nationality tables write it."""
    if len(word.folded) > 4 and word.folded.endswith("يا"):
        return replace(word, folded=word.folded[:-1])
    return word


def _read_as_place(doc: Doc, word: Word) -> bool:
    """Whether the entity stage read the word as a place: «نيجيريا», «تركيا» are the
    country's name before they are an accusative nisba without its tanwin."""
    return any(e.type == "LOC" and e.start <= word.start < e.end for e in doc.entities)


_FEMININE = ("يه", "ية")


def _arabic_people(doc: Doc, tokens: Sequence[Word], demonym: Entity) -> bool:
    """Whether an Arabic nisba names people: not a feminine one, which qualifies a thing
    ("جزيرة كريت اليونانية"), nor a definite singular one after anything but a word for
    people ("الأمن الإسرائيلي" is no Israeli; "المعتقل السعودي" is)."""
    written = fold(doc.text[demonym.start:demonym.end])
    if written.endswith(_FEMININE):
        return False
    if not (written.startswith("ال") and written.endswith("ي")):
        return True
    at = token_index(tokens, demonym.start)
    return at > 0 and tokens[at - 1].folded in people_nouns()

PATIENT_ACTS = frozenset({"COERCE", "RETREAT", "SANCTION", "ASSAULT"})
"""Acts done to people the text often names by nationality alone ("14 کوبایی را اخراج
می‌کند", "معتقل سعودي", "شش تبعه مغربی آزاد شدند")."""


def nationals(doc: Doc, kind: str, tokens: Sequence[Word], start: int, end: int,
              found: Sequence[Mention]) -> Participant | None:
    """People of a nationality named by its adjective alone in the clause, outside any
    mention (not "الشرطة الايطالية"), as the target of an act done to people."""
    if kind not in PATIENT_ACTS:
        return None
    stretch = [w for w in tokens if start <= w.start and w.end <= end]
    if doc.lang == "ar":
        stretch = [w if _read_as_place(doc, w) else _nominative(w) for w in stretch]
    for demonym in demonyms_in(doc, stretch, rewritten=doc.lang == "ar"):
        if any(m.start <= demonym.start < m.end for m in found) or not demonym.country:
            continue
        if doc.lang == "ar" and not _arabic_people(doc, tokens, demonym):
            continue
        country = country_entries().get(demonym.country)
        name = f"{country.name_en} nationals" if country else None
        return Participant(text=doc.text[demonym.start:demonym.end], start=demonym.start,
                           end=demonym.end, name_en=name, country=demonym.country,
                           confidence=0.5)
    return None


COUNTERPART_REACH = 2
"""Words after "counterpart" within which its nationality comes ("همتای ترکیه‌ای خود")."""


def counterpart(doc: Doc, tokens: Sequence[Word], start: int, end: int
                ) -> tuple[Participant, str] | None:
    """"His Turkish counterpart" in the clause, as a participant of that country, and its
    merging key; None when the clause names no counterpart with a nationality."""
    for k, word in enumerate(tokens):
        if not start <= word.start < end or word.folded not in counterparts():
            continue
        stretch = [_nominative(w) if doc.lang == "ar" else w
                   for w in tokens[k + 1 : k + 1 + COUNTERPART_REACH]]
        countries = [e for e in doc.entities if e.country and e.kb_id in country_ids()
                     and stretch and stretch[0].start <= e.start < stretch[-1].end]
        found = next(iter(sorted([*demonyms_in(doc, stretch, rewritten=doc.lang == "ar"),
                                  *countries],
                                 key=lambda e: e.start)), None)
        if found is None or not found.country:
            continue
        country = country_entries().get(found.country)
        return Participant(text=doc.text[word.start:found.end], start=word.start, end=found.end,
                           name_en=f"{country.name_en} counterpart" if country else None,
                           country=found.country, confidence=0.6), f"counterpart:{found.country}"
    return None


def people_nouns() -> frozenset[str]:
    return listed_keys("events/people_nouns.txt")


DOMESTIC_ACTS = frozenset({"ACCUSE", "REQUEST"})
"""Acts a party directs at a body of its own state as at anyone: an opposition leader
criticizes his government («اولاند ... با انتقاد از دولت دست راستی»), a parliament asks it
(«پارلمان اسپانیا ... از دولت ... خواستند»), an MP asks a ministry's officials. Not a
rejection: the own body named there is mostly inside what is denied («هرگونه تماس بین
مقامات نظامی آمریکایی و ... را تکذیب کرد»)."""


def addressed_in_act(tokens: Sequence[Word], hit: TriggerHit | None, party: Participant) -> bool:
    """Whether a party is told within the act's own phrase: before its last word (a Persian
    verb's complements precede it: «از دولت انتقاد کرد», «به دولت این کشور انتقاد کرده»),
    or as the «از» complement right after a noun of the act («با انتقاد از دولت دست
    راستی»). A party after the verb is in what is asked or said («از اندیشمندان خواست تا
    ... نسبت به دولت توجه داشته باشند»)."""
    at = token_index(tokens, party.start) if party.start is not None else None
    if hit is None or at is None:
        return False
    return at <= hit.last or (at == hit.last + 2 and tokens[hit.last + 1].folded == FROM)


def own_state(doc: Doc, kind: str, agent: Participant | None, target: Participant | None,
              actor_key: str | None, target_key: str | None, addressed: bool = False
              ) -> bool:
    """Whether the target is the acting party's own state, so no target of its act
    ("Iran authorities" freeing "Iran"). A body of that state («دولت», «مسئولان») is its
    own too, except in Persian as the target of a criticism or a request addressed to it
    within the act's phrase (``addressed``: ``addressed_in_act``) by a named party that is
    not a body of the same kind (``DOMESTIC_ACTS``; session 29, 2026-12-07, issue 6, engineer
    events_fa15: the gold codes them, study7's Hollande -> the French government)."""
    if target is None or agent is None or target.country != agent.country:
        return False
    if target.kb_id in country_ids():
        return True
    key = target_key or ""
    if not key.startswith("state:"):
        return False
    sector = key.split(":")
    if (doc.lang != "fa" or kind not in DOMESTIC_ACTS or len(sector) != 3
            or not addressed):
        return True  # also «این کشور» (keyed state:ISO): the state itself
    # An unnamed body of the state («ماموران», «مقامات»: keyed state:) is its authorities
    # acting on their own; «دولت ایران» (org:government:IRN) and «مقامات ایران» are one body.
    agent_key = actor_key or ""
    return agent_key.startswith("state:") or agent_key.split(":")[-2:] == sector[1:]


def patient(doc: Doc, kind: str, tokens: Sequence[Word], start: int, end: int,
            found: Sequence[Mention], agent: Participant | None, target: Participant | None,
            target_key: str | None, actor_key: str | None = None,
            hit: TriggerHit | None = None) -> tuple[Participant | None, str | None]:
    """The target of an act and its merging key, refined: a state is not the target of its
    own authorities' act (``own_state``; ``actor_key`` is the agent's merging key, ``hit``
    the act's trigger); a counterpart of a named nationality ("نظيره الإيراني") is one
    when the clause names no other; people named by nationality, else unnamed people
    ("30 نفر") of the acting state, are the target an act on people lacks. Unnamed people
    merge as their state."""
    addressed = target is not None and addressed_in_act(tokens, hit, target)
    if own_state(doc, kind, agent, target, actor_key, target_key, addressed):
        target, target_key = None, None
    if target is None and (other := counterpart(doc, tokens, start, end)) is not None:
        return other
    if target is not None or kind not in PATIENT_ACTS:
        return target, target_key
    people = nationals(doc, kind, tokens, start, end, found)
    # Unnamed people are the acting state's own only in its arrests and releases: those
    # an attack is on are most often someone else's.
    if people is None and kind in STATE_ACTS and agent is not None and agent.country:
        noun = next((w for w in tokens if start <= w.start and w.end <= end
                     and w.folded in people_nouns()), None)
        if noun is not None:
            country = country_entries().get(agent.country)
            people = Participant(text=noun.text, start=noun.start, end=noun.end,
                                 name_en=f"{country.name_en} nationals" if country else None,
                                 country=agent.country, confidence=0.3)
    if people is None:
        return None, None
    return people, f"state:nationals:{people.country}"


STORY_REACH = 600
"""Characters before a clause within which the city last named is still where it happens."""
STATE_ACTS = frozenset({"COERCE", "RETREAT"})
"""Acts only a state's authorities do where they happen: an arrest or a release told with no
agent ("در مادرید دستگیر شدند", "أفرج عن") is by the authorities of the place."""
OWN_ACTS = frozenset({"resign"})
"""Modes of those kinds that are their doer's own act, never the authorities': a resignation
told with no subject ("وزیر دادگستری استعفا داد") is its holder's."""
COURT_MODES = frozenset({"convict"})
"""A sentence told with no court («به پنج سال حبس محکوم شد») is the state's too (Persian)."""


def authorities(doc: Doc, kind: str, start: int, end: int, place: Entity | None,
                mode: str | None = None) -> Participant | None:
    """The authorities of the clause's place, as the agent of an arrest, a release or a
    Persian sentence whose agent the text leaves out; with no place in the clause, of the
    city last named before it (the story goes on where it was told: "... در مادرید دستگیر
    شدند. شش تبعه مغربی ... آزاد شدند"); an Arabic attack's doer left out is unknown
    attackers; None for other acts or with no place of known country."""
    court = mode in COURT_MODES and doc.lang == "fa"
    if (kind not in STATE_ACTS and not court) or mode in OWN_ACTS:
        return unknown_attackers(kind, mode, doc.lang or "")
    places = [place] if place is not None else []
    places += [p for p in places_in(doc, start, end) if p.country]
    earlier = list(reversed(places_in(doc, max(0, start - STORY_REACH), start)))
    places += [p for p in earlier if p.country and p.lat is not None]
    # With no city, the country the story was last told of ("مقامات قضایی گرجستان ... .
    # X ... بازداشت شده است").
    places += [p for p in earlier if p.country]
    code = next((p.country for p in places if p.country), None)
    country = country_entries().get(code) if code else None
    if country is None:
        return None
    return Participant(name_en=f"{country.name_en} authorities", country=code,
                       confidence=0.5)


def resolve(doc: Doc, mention: Mention | None, tokens: Sequence[Word], at: int,
            surname: bool = False) -> tuple[Entity | None, float]:
    """The entity of a mention, or the last person when a pronoun or role phrase stands there
    (or, with ``surname``, his bare surname: the subject slot of a verb)."""
    if mention is not None and mention.head.source == OFFICE:
        holder = office_holder(doc, mention.head)
        return (holder, 0.7) if holder else (mention.head, 0.9)
    if mention is not None and is_role_phrase(doc, tokens, mention):
        if unnamed_holder(doc, tokens, mention):  # «یک سخنگوی طالبان»: the body acts
            return mention.head, 1.0
        person = last_person_before(doc, mention.start)
        return (person, 0.7) if person else (mention.head, 1.0)
    if mention is not None:
        return mention.head, 1.0
    if stands_for_person(doc, tokens[at:]):
        return last_person_before(doc, tokens[at].start if at < len(tokens) else 0), 0.6
    if surname and at < len(tokens):
        person = surname_of_named(doc, tokens[at])
        if person is not None:
            return person, 0.7
    return None, 0.0


def unnamed_holder(doc: Doc, tokens: Sequence[Word], mention: Mention) -> bool:
    """A Persian post with «یک» before it («یک سخنگوی طالبان»): one of its holders, unnamed,
    who speaks or acts for the body; not the person last named (before, a weekday the tagger
    read as a person, or another body's spokesman named earlier, stood for him)."""
    return (doc.lang == "fa" and mention.first >= 2
            and tokens[mention.first - 2].folded == INDEFINITE)


SURNAME_LETTERS = 4
"""Letters a bare surname needs, its article apart, to stand for a person: shorter words
("حسن", "علي") are as often common words or given names."""


def _surname_key(word: str) -> str:
    folded = fold(word)
    return folded[2:] if folded.startswith("ال") else folded


def surname_of_named(doc: Doc, word: Word) -> Entity | None:
    """The person named in full earlier whose last name this untagged word is ("وطالب
    الجبير ...", "شمری همچنین ... رد کرد"): the subject slot holds him, though the entity
    stage missed the bare surname."""
    key = _surname_key(word.text)
    if len(key) < SURNAME_LETTERS:
        return None
    found = None
    for entity in doc.entities:
        if entity.start >= word.start:
            break
        parts = entity.text.split()
        if entity.type == "PER" and len(parts) > 1 and _surname_key(parts[-1]) == key:
            found = entity
    return found


OFFICE_REACH = 150
"""Characters before an office ("سفیر ژاپن") within which a person of unknown country may
be the one who holds it."""


def office_holder(doc: Doc, office: Entity) -> Entity | None:
    """The person an office phrase stands for: the last person named before it, if of the
    office's country (or of none, and named just before)."""
    person = last_person_before(doc, office.start)
    if person is None:
        return None
    if person.country == office.country:
        return person
    return person if person.country is None and office.start - person.end < OFFICE_REACH else None


def with_country(p: Participant | None, mention: Mention | None, doc: Doc,
                  tokens: Sequence[Word]) -> Participant | None:
    """A person's country from the apposition of the mention when the entity has none; in
    a report filed from a city, a bare person's or body's is that city's
    (``persian_datelines``): the Persian attribution («به گزارش ... از گرگان،») or, in any
    language, a dashed dateline («ماجد الرفاعي- سبق- جدة:», ``entities.datelines``); a
    Persian body's, the place its name ends with («پلیس جنایی تهران», ``body_places``)."""
    if p is None or p.country is not None or mention is None:
        return p
    head = mention.head
    if tokens and not tokens[0].start <= head.start < tokens[-1].end:
        tokens = sentence_words(doc, head.start)  # a name an earlier pronoun refers to
    country = (mention.country or apposition_country(doc, tokens, head)
               or title_country(doc, tokens, token_index(tokens, head.start))
               or (home_country(doc) if home_post(doc, tokens, head) else None)
               or (dateline_country(doc) if bare_party(head) else None)
               or (body_place_country(head) if doc.lang == "fa" else None))  # «پلیس تهران»
    return replace(p, country=country) if country else p


def surname_subject(doc: Doc, tokens: Sequence[Word], clause_start: int,
                     actor: Mention | None, hit: TriggerHit) -> Entity | None:
    """The bare surname of a person named earlier, untagged, where a verb's subject stands:
    opening a Persian clause ("شمری همچنین اخبار ... سفارت آمریکا را رد کرد"), right after
    an Arabic verb ("وطالب الجبير المجتمع الدولي"). He is the subject; a name after him is
    in the object."""
    if hit.trigger.roles not in ("subj", "visit") or actor is None or hit.trigger.tense == "noun":
        return None
    if hit.trigger.lang == "fa":
        at = next((k for k, w in enumerate(tokens) if w.start >= clause_start), hit.first)
    else:
        at = hit.last + 1
    if at >= min(len(tokens), actor.first) or (hit.trigger.lang == "fa" and at >= hit.first):
        return None
    return surname_of_named(doc, tokens[at])
