"""Who takes part in a clause: mentions of persons, organisations and countries.

An entity and its apposition ("محمد باقری رئیس ستاد کل نیروهای مسلح", "قائد الجيش
الباكستاني سيد عاصم منير") form one mention whose head is the person. A mention knows
the preposition before it (با, مع, به, از, در, or an Arabic proclitic) and whether the
Persian object marker را follows it. Pronouns and bare role phrases stand for the person
last named before them (``antecedents``); the shared word lists are in
``participant_words``, and a person's country from a role phrase in ``apposition``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from khabar.doc import Doc, Entity, Participant
from khabar.entities.gazetteer import Word, country_entries
from khabar.entities.geo import government_country
from khabar.entities.titles import role_words, titles
from khabar.events.antecedents import HELD_POST, named_antecedent
from khabar.events.arabic_names import (
    across_border,
    after_place_noun,
    body_in_post,
    conjoined,
    inside_named_institution,
    own_posts,
    post_complement,
    post_organisation,
    post_place_country,
)
from khabar.events.participant_words import (
    CLAUSE_BREAKS,
    QUOTES,
    apposition_heads,
    country_ids,
    heads_role,
    is_outlet,
    is_participant,
    is_role,
    prepositions,
    state_forms,
    token_index,
)
from khabar.events.persian_borders import across_persian_border
from khabar.events.persian_speaker_pronouns import as_speaker
from khabar.events.state_actors import OFFICE, STATE_SOURCES
from khabar.kb.former import before_marker_words
from khabar.text.persian_function_words import OBJECT_MARK


@dataclass(frozen=True, slots=True)
class Mention:
    head: Entity
    start: int
    end: int
    first: int
    last: int
    """Word indexes of the mention, inclusive."""
    prep: str | None
    """with | to | from | in | against | for | between | about | None"""
    obj: bool = False
    country: str | None = None
    """The head's country, else the country an apposition names ("ملك المغرب")."""
    outlet: bool = False
    """A news outlet, which reports acts rather than doing them (never an actor)."""
    metonym: bool = False
    """A capital standing for its government ("از اسلام‌آباد خواست")."""

    @property
    def key(self) -> str:
        return self.head.key or self.head.kb_id or self.head.text


def _bridge(tokens: Sequence[Word]) -> bool:
    """Words that join a name to its post: role words, titles, the heads of a post that
    names a country ("محمد السادس ملك المغرب", "عبدالله دوم پادشاه اردن"), and a word
    saying the post was held before ("الرئيس المصري السابق محمد مرسي")."""
    return all(not w.text[0].isalnum() or w.folded in role_words() or w.text in titles()
               or w.folded in apposition_heads() or w.folded in before_marker_words()
               for w in tokens)


def _preposition(tokens: Sequence[Word], first: int, head: Entity,
                 person: bool = False) -> str | None:
    """``person``: the mention holds a person or a person's office."""
    words, clitics = prepositions()
    word = tokens[first]
    if head.start > word.start:
        found = clitics.get(word.folded[: 1])
        # A person is no place: "ب" before one marks whom the act is with or done to
        # ("عقب لقائه بوزير الخارجية X", "رحب بالرئيس"), as "مع" does. A city the "ب" is
        # glued to keeps it: it ends the title of the person after it («رئيس الجمعية
        # الخيرية بالرياض الشيخ X», ``_title_place``).
        return "with" if found == "in" and person and not _city(head) else found
    k = first - 1
    while k >= 0 and (tokens[k].text in QUOTES or is_role(tokens[k])
                      or tokens[k].folded in state_forms()):
        k -= 1
    found = words.get(tokens[k].folded) if k >= 0 else None
    if found is None and k >= 1 and head.type == "ORG" and _unnamed_partner(tokens, k):
        return "with"
    return found


def _city(entity: Entity) -> bool:
    """A place that is not a country: a country after «ب» in a title («رئيس مجلس الشورى
    بسلطنة عمان الشيخ X») may be a party of its own."""
    return entity.type == "LOC" and entity.kb_id not in country_ids()


def _unnamed_partner(tokens: Sequence[Word], k: int) -> bool:
    """A title phrase right after "با X" where the entity stage missed the name X ("با
    شکولنیک وزیر انرژی قزاقستان"): the title is the partner's, and takes its "with"."""
    name, before = tokens[k], tokens[k - 1]
    return (prepositions()[0].get(before.folded) == "with" and name.text[0].isalpha()
            and name.folded not in prepositions()[0] and name.folded != "و")


def _followed_by_obj(tokens: Sequence[Word], last: int) -> bool:
    k = last + 1
    while k < len(tokens) and tokens[k].text in QUOTES:
        k += 1
    return k < len(tokens) and tokens[k].folded == OBJECT_MARK


def _group(entities: Sequence[Entity], tokens: Sequence[Word],
           titles_lead: bool = False) -> list[list[Entity]]:
    """Entities joined by role words or punctuation, one of them a person, are one mention.
    ``titles_lead`` (Arabic): a post right before a second person is that person's title."""
    groups: list[list[Entity]] = []
    for entity in entities:
        if groups:
            previous = groups[-1][-1]
            between = tokens[token_index(tokens, previous.end) : token_index(tokens, entity.start)]
            if ("PER" in (entity.type, previous.type) and entity.type != previous.type
                    and HELD_POST not in (entity.source, previous.source)  # a whole post
                    and not _after_clitic(tokens, entity)
                    and not _object_after(previous, entity, between)
                    and not (titles_lead and _subject_before(previous, entity, between, tokens))
                    and (_bridge(between) or _describes(previous, entity, between)
                         or (titles_lead and body_in_post(previous, entity, tokens)))):
                if titles_lead and entity.type == "PER":
                    entity_group = _own_title(groups[-1])
                    if entity_group:
                        groups.append([*entity_group, entity])
                        continue
                groups[-1].append(entity)
                continue
        groups.append([entity])
    return groups


def _own_title(group: list[Entity]) -> list[Entity]:
    """The posts ending a group that already has a person, taken out of it: in Arabic a
    title stands before its name, so "التقى الرئيس الروسي بوتين وزير الخارجية الإيراني
    ظريف" holds two people, and the second title is Zarif's, not a post of Putin's."""
    persons = [k for k, e in enumerate(group) if e.type == "PER"]
    if not persons:
        return []
    cut = persons[-1] + 1
    title, group[cut:] = group[cut:], []
    return title


def _object_after(person: Entity, entity: Entity, between: Sequence[Word]) -> bool:
    """A named organisation or place right after a person, no word between, is no post of
    his but the verb's object ("طالب الجبير المجتمع الدولي", «واتهم وزير الخارجية الإيراني
    محمد جواد ظريف السعودية بدعم الإرهاب»); a post is a role phrase or a state office
    ("ظریف وزیر امور خارجه"), and a place names a post's country only after its head
    ("ملك المغرب")."""
    return (person.type == "PER" and entity.type in ("ORG", "LOC") and not between
            and entity.source not in STATE_SOURCES)


def _subject_before(body: Entity, person: Entity, between: Sequence[Word],
                    tokens: Sequence[Word]) -> bool:
    """An Arabic organisation right before a person, no word between, with no post word
    before it, is the verb's subject and the person its object («اعتقلت الشرطة الباكستانية
    X»): an organisation names a person's post only when it opens with a post word
    («وزير الخارجية الأردني X») or is a post's genitive, a post word right before it or
    before its head («قائد الجيش الباكستاني X», «رئيس حزب القوات اللبنانية X»)."""
    if body.type != "ORG" or person.type != "PER" or between or body.source == OFFICE:
        return False  # a state office («بوزير الخارجية الأمريكي X») is a post
    at = token_index(tokens, body.start)
    return not any(heads_role(w) for w in tokens[max(0, at - GENITIVE_HEADS) : at + 1])


GENITIVE_HEADS = 2
"""Words before an organisation within which the post it is the genitive of stands: the
post itself, or the post and the head noun the name was cut from («رئيس حزب»)."""


def _after_clitic(tokens: Sequence[Word], entity: Entity) -> bool:
    """An entity after the proclitic "ب" ("أوباما بالرئيس الفرنسي هولاند"): a preposition
    parts it from the name before, whose post it is not."""
    word = tokens[token_index(tokens, entity.start)]
    return word.start < entity.start and prepositions()[1].get(word.folded[:1]) == "in"


POST_REACH = 12
"""Words a person's string of posts may run before its last one names the country (Saudi
protocol: "... ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع")."""


def _describes(person: Entity, state_actor: Entity, between: Sequence[Word]) -> bool:
    """A state office or body a few words after a person, with no clause break between,
    is the person's post ("محمد بن سلمان ولي ولي العهد ... وزير الدفاع السعودي"): a role
    word stands between them, and no preposition ("با صدر اعظم اتریش" is someone else)."""
    return (person.type == "PER" and state_actor.source in STATE_SOURCES
            and len(between) <= POST_REACH
            and any(heads_role(w) for w in between)
            and not any(w.text in CLAUSE_BREAKS or w.text in QUOTES
                        or w.folded in prepositions()[0] for w in between))


def _head(group: Sequence[Entity]) -> Entity:
    for kind in ("PER", "ORG", "LOC"):
        for entity in group:
            if entity.type == kind:
                return entity
    return group[0]


def _group_country(head: Entity, group: Sequence[Entity], tokens: Sequence[Word]) -> str | None:
    """The head's country, else that of a name in its apposition ("ملك المغرب"), provided
    no comma parts them (a comma ends an attribution: "به نقل از خبرگزاری فرانسه، X")."""
    if head.country:
        return head.country
    for other in group:
        if other is head or not other.country:
            continue
        lo, hi = sorted((token_index(tokens, head.start), token_index(tokens, other.start)))
        if not any(w.text in CLAUSE_BREAKS for w in tokens[lo:hi]):
            return other.country
    return None


def mentions(doc: Doc, tokens: Sequence[Word], start: int, end: int,
             extra: Sequence[Entity] = ()) -> list[Mention]:
    """Participant mentions inside ``doc.text[start:end]``, in order. ``extra`` are actors
    the entity stage does not give (generic state actors); an entity inside one of them (the
    country of "نیروهای آمریکایی") yields to it."""
    added = [e for e in extra if start <= e.start and e.end <= end]
    posts = own_posts(doc, tokens)
    inside = [e for e in doc.entities if start <= e.start and e.end <= end
              and is_participant(e, doc.lang)
              and not any(a.start <= e.start and e.end <= a.end for a in added)
              and not _dateline(e, tokens)
              and not (doc.lang == "ar" and inside_named_institution(e, tokens))
              and not post_organisation(e, tokens, posts)]
    inside = sorted([*inside, *added], key=lambda e: (e.start, e.end))
    inside = [as_speaker(doc, tokens, e) for e in inside]  # «گفت: ... . وی ...» (Persian)
    found = []
    before: tuple[int, str | None, str] | None = None  # the last name's word, prep, type
    for group in _group(inside, tokens, doc.lang == "ar"):
        named = named_antecedent(doc, _head(group))
        head = as_government(named)
        first = token_index(tokens, group[0].start)
        last = token_index(tokens, group[-1].end - 1)
        prep = _preposition(tokens, first, group[0], any(
            e.type == "PER" or e.source == OFFICE for e in group))
        if _title_place(tokens, first, group, head, prep) or (
                doc.lang == "ar" and head.type == "PER" and group[0].type != "PER"
                and post_complement(tokens, first, prep)):
            prep = None
        elif _title_owner(tokens, first, group, head, prep):
            # the preposition before the title is the person's ("مع الأمين العام للأمم ...")
            prep = _preposition(tokens, first, replace(group[0], start=tokens[first].start),
                                True)
        # "بين X وY" names both sides of a reciprocal act: Y keeps no preposition
        if prep is None and before and before[2] == group[0].type and doc.lang == "ar" \
                and before[1] != "between" and conjoined(tokens, group[0], before[0]):
            prep = before[1]
        before = (last, prep, group[0].type)
        if _where_it_happens(doc, tokens, (first, last), prep, head, head is not named):
            continue  # "در تهران", "في الدوحة": the city where it happens, not its government
        found.append(Mention(
            head, group[0].start, group[-1].end, first, last,
            prep, _followed_by_obj(tokens, last),
            # a held post names its own place: what follows it is no post of its holder
            _group_country(head, group, tokens) or (
                None if group[-1].source == HELD_POST
                else post_place_country(doc, tokens, group[-1])),
            is_outlet(head, tokens), head is not named,
        ))
    return found


def _where_it_happens(doc: Doc, tokens: Sequence[Word], words: tuple[int, int],
                      prep: str | None, head: Entity, metonym: bool) -> bool:
    """A name that says where the act happens, not who takes part: a capital after "in" or
    as a noun's genitive, an Arabic country after a noun of area, and a country on the other
    side of a border («على الحدود مع سوريا», «در مرز با یمن»)."""
    first = words[0]
    if metonym and (prep == "in" or _genitive(doc, tokens, words, prep)):
        return True
    if doc.lang == "fa":
        return across_persian_border(tokens, first, prep)
    return doc.lang == "ar" and ((head.type == "LOC" and after_place_noun(tokens, first))
                                 or across_border(tokens, first, prep))


def _title_place(tokens: Sequence[Word], first: int, group: Sequence[Entity], head: Entity,
                 prep: str | None) -> bool:
    """A place right after its own "في"/"إلى" ending the title of the person after it
    ("مبعوث الأمم المتحدة إلى اليمن إسماعيل ولد الشيخ", "في ليبيا برناردينو ليون"): the
    preposition governs the place, not the person."""
    place = group[0]
    if prep not in ("in", "to") or head is place or head.type != "PER" or place.type != "LOC":
        return False
    return place.start > tokens[first].start or (
        first > 0 and tokens[first - 1].folded in prepositions()[0])


def _title_owner(tokens: Sequence[Word], first: int, group: Sequence[Entity], head: Entity,
                 prep: str | None) -> bool:
    """An organisation with a glued "ل" ending the title of the person after it ("الأمين
    العام للأمم المتحدة بان كي مون", "رئيس المكتب السياسي لحركة حماس خالد مشعل"): the
    "ل" says whose post it is, not to whom the person acts."""
    owner = group[0]
    return (prep == "to" and head is not owner and head.type == "PER" and owner.type == "ORG"
            and owner.source not in STATE_SOURCES and owner.start > tokens[first].start
            and any(is_role(w) for w in tokens[max(0, first - TITLE_REACH) : first]))


TITLE_REACH = 4
"""Words before a title's organisation within which the title's role word stands ("رئيس
المكتب السياسي لحركة حماس"), also over the region a post covers («مدير إقليم شرق المتوسط
لمنظمة الصحة العالمية الدكتور علاء العلوان»: 3 before session 29 (2026-12-07))."""


_DATELINE_MARKS = frozenset("-–—:/")


def _dateline(entity: Entity, tokens: Sequence[Word]) -> bool:
    """A city followed by a dash or colon ("تهران- ایرنا-", "الرياض - واس:") heads a
    dateline: it says where the report was filed, not who acted."""
    if entity.type != "LOC" or entity.kb_id in country_ids():
        return False
    k = token_index(tokens, entity.end - 1) + 1
    return k < len(tokens) and tokens[k].text in _DATELINE_MARKS


def _genitive(doc: Doc, tokens: Sequence[Word], words: tuple[int, int],
              prep: str | None) -> bool:
    """A Persian name (its first and last word) right after a noun with no preposition is
    that noun's complement ("محله سنی‌نشین بیروت", "شهردار تهران"), not a subject: Persian
    subjects open their clause. (Arabic subjects follow the verb, so this says nothing
    there.) A name takes no complement: after one, a name marked by «را» opens the object
    («آمریکا تهران را متهم می‌کند»)."""
    first, last = words
    if doc.lang != "fa" or prep is not None or first == 0:
        return False
    before = tokens[first - 1]
    if _followed_by_obj(tokens, last) and any(e.end == before.end for e in doc.entities):
        return False
    return before.text[0].isalnum() and before.folded != "و"


def as_government(entity: Entity) -> Entity:
    """A capital named as an agent stands for its country's government ("از اسلام‌آباد
    خواست", "واشنطن تدين"): the same span, with the country's name, id and key."""
    if entity.type != "LOC" or entity.kb_id in country_ids():
        return entity
    code = government_country(entity)
    country = country_entries().get(code) if code else None
    if country is None:
        return entity
    return replace(entity, name_en=country.name_en, kb_id=country.kb_id, key=country.kb_id,
                   country=code, lat=None, lon=None)


def is_role_phrase(doc: Doc, tokens: Sequence[Word], mention: Mention) -> bool:
    """An organisation right after a role word ("رئیس ستاد کل ...") names a person's post."""
    return (mention.head.type == "ORG" and mention.first > 0
            and tokens[mention.first - 1].folded in role_words())


def participant(entity: Entity | None, confidence: float | None = None) -> Participant | None:
    if entity is None:
        return None
    return Participant(
        text=entity.text, start=entity.start, end=entity.end, name_en=entity.name_en,
        kb_id=entity.kb_id, country=entity.country, role=entity.role, confidence=confidence,
    )


