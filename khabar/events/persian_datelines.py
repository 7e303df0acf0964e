"""The country of the parties a Persian report leaves bare.

Iranian agencies open a report with its attribution and, where a correspondent filed it,
the city (``entities.datelines``, which reads both dateline forms). The press names a
foreign official with his country («نخست‌وزیر انگلیس») and an official of the place it
reports from with a local post and no country («مدیرکل میراث فرهنگی», «امام جمعه»): a
person or an unlinked organisation of no known country in such a report is of the dateline
city's country (``bare_party``). Reports with no city (the desks' «به گزارش گروه بین‌الملل
خبرگزاری فارس،») give none: their parties are anyone's.

The same reading serves Arabic reports with a dashed dateline («ماجد الرفاعي- سبق- جدة:»,
«لندن - رويترز:»), since ``entities.datelines.dateline_country`` reads both forms (f04412d,
session 13 (2026-12-05)): a bare person there is of the dateline place's country. On 500
unlabelled SaudiNewsNet articles this gave 6 persons a right country, 1 a wrong one and 1
a junk entity one (session 13's closing count); the risk is a foreigner named bare in a
report datelined at home. A person named with a nationality or post of his own keeps it (read first,
``arguments.with_country``); tests/test_event_arabic_dateline_s14.py holds both sides.

A person still of no country when his event is coded («X مدیرکل ... از مسئولان خواست»,
«آیت‌الله X در دیدار ...») is of the country the report is clearly of
(``home_bodies.home_of``: its places, parties and outlet, the heaviest when it weighs twice
the next): the press names a foreigner with his country or post abroad, and a bare name is
one of the story's own country, as a bare state body is (``home_party``). So is an
unlinked organisation named by the head noun of an institution («سازمان حفاظت محیط زیست»,
«اداره کل میراث فرهنگی استان خوزستان»; ``home_body``, session 16 (2026-12-06)) unless a
word of its name marks a body above states («کمیسیون اروپایی», «شورای جهانی ...»).
"""

from __future__ import annotations

from dataclasses import replace

from khabar.doc import Doc, Entity, Participant
from khabar.entities.gazetteer import phrase_key
from khabar.entities.home_bodies import home_of
from khabar.entities.words import listed_keys
from khabar.events.participant_words import country_ids


def international_words() -> frozenset[str]:
    return listed_keys("events/international_words_fa.txt")


def body_heads() -> frozenset[str]:
    return listed_keys("events/body_heads_fa.txt")


GOVERNMENT = "government"
"""A state's government in the keys of ``events/state_actors.tsv`` (``state:government:ISL``)
and of ``entities/org_heads.tsv`` (``org:government:ISL``): «دولت», «الحكومة»."""


def bare_party(entity: Entity) -> bool:
    """A party the press would name with its country were it foreign: a person, or an
    organisation the KB does not hold (an international body keeps no country)."""
    return entity.type == "PER" or (entity.type == "ORG" and entity.kb_id is None)


def home_body(entity: Entity) -> bool:
    """An unlinked organisation the press would name with its country were it foreign: its
    name opens with the head noun of an institution («سازمان حفاظت محیط زیست»,
    ``events/body_heads_fa.txt``) and none of its words marks a body above states
    («بین‌المللی», «جهانی», «اروپایی», ``events/international_words_fa.txt``)."""
    words = entity.text.split()
    return (bool(words) and phrase_key(words[0]) in body_heads()
            and not any(phrase_key(word) in international_words() for word in words))


def _of_party(entity: Entity, party: Participant | None) -> bool:
    """The entity is the party's: the same KB entry, or a mention inside its words."""
    if party is None:
        return False
    if party.kb_id is not None and entity.kb_id == party.kb_id:
        return True
    return (party.start is not None and party.end is not None
            and party.start <= entity.start and entity.end <= party.end)


def home_party(doc: Doc, lang: str, party: Participant | None, other: Participant | None,
               goal: str | None = None, other_key: str | None = None) -> Participant | None:
    """In a Persian report, a party that is a person or a home body (``home_body``) of no
    known country, given the country the report is clearly of (``home_bodies.home_of``);
    any other party as it is. Not when the act is on that country itself (``other``, the
    event's other party, is its state: «X خواستار ... ایران شد» is a foreigner's word to
    it) or goes to it (``goal``: the country a visit is to; «X وارد ژاپن شد» in a report
    about Japan is a visitor's), nor when only the other party's mentions make the report
    that country's."""
    if lang != "fa" or party is None or party.country is not None or party.kb_id is not None:
        return party
    entity = next((e for e in doc.entities
                   if e.start == party.start and e.end == party.end and bare_party(e)), None)
    if entity is None or (entity.type == "ORG" and not home_body(entity)):
        return party
    # the other party alone does not make a report its country's («X با Y دیدار کرد»),
    # whether it is linked or a post naming its country («صدر اعظم سابق اتریش»)
    country = home_of(doc, [e for e in doc.entities if not _of_party(e, other)])
    if country is None or country == goal or _state_of(doc, other, other_key, country):
        return party
    return replace(party, country=country)


def _state_of(doc: Doc, party: Participant | None, key: str | None, country: str) -> bool:
    """The party is the country's state as a whole: the country itself, or its government
    named with the country («دکتر سوزان لی برمن ... به پیمان‌شکنی دولت ایسلند ... اعتراض
    کرده است»: a protest to Iceland's government from outside it; «دولت ایسلند» has no KB
    entry); ``key`` is the party's matching key (``merging.key_of``). A bare «مسئولان»,
    «دولت» (one word, its country the report's: ``state_actors.tsv``'s ``bare`` rows) are
    the speaker's own officials («ابراهیمی از مسئولان خواست»), and a person or a ministry of
    that country is no state as a whole: a countryman may act on them."""
    if party is None or party.country != country:
        return False
    if party.kb_id in country_ids() or key == f"state:{country}":
        return True
    return key in (f"state:{GOVERNMENT}:{country}", f"org:{GOVERNMENT}:{country}") and (
        _country_named(doc, party, country))


def _country_named(doc: Doc, party: Participant, country: str) -> bool:
    """The party's words name its country: more than its one head word («دولت ایسلند», read
    whole), or a place of that country right after the head («دولت ژاپن»). An office
    (``party.role``: «رئیس جمهور», «وزیر کشور», keyed ``state:government:ISO`` as «دولت» is)
    is more than one word without a country: it names one only where a place of it stands
    among its words («وزیر مسکن و شهرسازی ایران»: a foreign visitor's host); bare, it is a
    countryman's («X در نامه‌ای به رئیس جمهور خواستار ... شد»). Session 26 (2026-12-07)."""
    if party.text is None or party.start is None or party.end is None:
        return False
    if party.role is not None:
        return any(e.type == "LOC" and e.country == country and party.start <= e.start
                   and e.end <= party.end for e in doc.entities)
    if len(party.text.split()) > 1:
        return True
    return any(e.type == "LOC" and e.country == country and e.start >= party.end
               and not doc.text[party.end : e.start].strip() for e in doc.entities)
