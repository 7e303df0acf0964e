"""Who takes part in a clause: mentions of persons, organisations and countries.

An entity and its apposition ("محمد باقری رئیس ستاد کل نیروهای مسلح", "قائد الجيش
الباكستاني سيد عاصم منير") form one mention whose head is the person. A mention knows
the preposition before it (با, مع, به, از, در, or an Arabic proclitic) and whether the
Persian object marker را follows it. Pronouns and bare role phrases stand for the person
last named before them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from khabar.doc import Doc, Entity, Participant
from khabar.entities.gazetteer import Word, country_entries, demonyms, phrase_key, words
from khabar.entities.geo import government_country
from khabar.entities.titles import role_words, titles
from khabar.events.state_actors import STATE_SOURCES
from khabar.meta.outlets import outlets
from khabar.resources import load_lines, load_tsv

_QUOTES = frozenset("«»\"'“”")


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


@lru_cache(maxsize=1)
def pronouns() -> frozenset[str]:
    return frozenset(phrase_key(w) for w in load_lines("events/pronouns.txt"))


@lru_cache(maxsize=1)
def country_ids() -> frozenset[str]:
    return frozenset(e.kb_id for e in country_entries().values())


@lru_cache(maxsize=1)
def facility_heads() -> frozenset[str]:
    return frozenset(phrase_key(w) for w in load_lines("events/facility_heads.txt"))


def is_facility(entity: Entity) -> bool:
    """A name that opens with a facility word ("پایگاه هوایی", "مطار القاهرة")."""
    first = phrase_key(entity.text.split()[0]) if entity.text.split() else ""
    bare = first[2:] if first.startswith("ال") and len(first) > 4 else first
    return first in facility_heads() or bare in facility_heads()


@lru_cache(maxsize=1)
def outlet_heads() -> frozenset[str]:
    return frozenset(phrase_key(w) for w in load_lines("events/outlet_heads.txt"))


def is_outlet(entity: Entity, tokens: Sequence[Word]) -> bool:
    """A news outlet: a name opening with a media word, or one the outlet file knows, also
    with a conjunction before it ("ورويترز") or with the word after it ("فرانس" + "برس")."""
    if entity.type == "PER" or not entity.text.split():
        return False
    if phrase_key(entity.text.split()[0]) in outlet_heads():
        return True
    known = outlets()
    text = entity.text
    k = token_index(tokens, entity.end - 1) + 1
    following = f"{text} {tokens[k].text}" if k < len(tokens) else text
    return any(known.lookup(t) is not None
               for t in (text, text[1:] if text.startswith("و") else text, following))


def is_participant(entity: Entity) -> bool:
    """Persons, organisations, countries and capitals standing for their government act;
    other cities, and facilities and sites, do not."""
    if entity.type == "PER":
        return True
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


def _bridge(tokens: Sequence[Word]) -> bool:
    return all(not w.text[0].isalnum() or w.folded in role_words() or w.text in titles()
               for w in tokens)


def _preposition(tokens: Sequence[Word], first: int, head: Entity) -> str | None:
    words, clitics = prepositions()
    word = tokens[first]
    if head.start > word.start:
        return clitics.get(word.folded[: 1])
    k = first - 1
    while k >= 0 and (tokens[k].text in _QUOTES or _is_role(tokens[k])):
        k -= 1
    found = words.get(tokens[k].folded) if k >= 0 else None
    if found is None and k >= 1 and head.type == "ORG" and _unnamed_partner(tokens, k):
        return "with"
    return found


def _unnamed_partner(tokens: Sequence[Word], k: int) -> bool:
    """A title phrase right after "با X" where the entity stage missed the name X ("با
    شکولنیک وزیر انرژی قزاقستان"): the title is the partner's, and takes its "with"."""
    name, before = tokens[k], tokens[k - 1]
    return (prepositions()[0].get(before.folded) == "with" and name.text[0].isalpha()
            and name.folded not in prepositions()[0] and name.folded != "و")


def _is_role(word: Word) -> bool:
    return word.folded in role_words() or word.text in titles() or word.folded in honorifics()


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    return frozenset(phrase_key(w) for w in load_lines("events/honorifics.txt"))


def _followed_by_obj(tokens: Sequence[Word], last: int) -> bool:
    k = last + 1
    while k < len(tokens) and tokens[k].text in _QUOTES:
        k += 1
    return k < len(tokens) and tokens[k].folded == "را"


def _group(entities: Sequence[Entity], tokens: Sequence[Word]) -> list[list[Entity]]:
    """Entities joined by role words or punctuation, one of them a person, are one mention."""
    groups: list[list[Entity]] = []
    for entity in entities:
        if groups:
            previous = groups[-1][-1]
            between = tokens[token_index(tokens, previous.end) : token_index(tokens, entity.start)]
            if ("PER" in (entity.type, previous.type) and entity.type != previous.type
                    and (_bridge(between) or _describes(previous, entity, between))):
                groups[-1].append(entity)
                continue
        groups.append([entity])
    return groups


POST_REACH = 12
"""Words a person's string of posts may run before its last one names the country (Saudi
protocol: "... ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع")."""


def _describes(person: Entity, state_actor: Entity, between: Sequence[Word]) -> bool:
    """A state office or body a few words after a person, with no clause break between,
    is the person's post ("محمد بن سلمان ولي ولي العهد ... وزير الدفاع السعودي"): a role
    word stands between them, and no preposition ("با صدر اعظم اتریش" is someone else)."""
    return (person.type == "PER" and state_actor.source in STATE_SOURCES
            and len(between) <= POST_REACH
            and any(_heads_role(w) for w in between)
            and not any(w.text in _CLAUSE_BREAKS or w.text in _QUOTES
                        or w.folded in prepositions()[0] for w in between))


def _head(group: Sequence[Entity]) -> Entity:
    for kind in ("PER", "ORG", "LOC"):
        for entity in group:
            if entity.type == kind:
                return entity
    return group[0]


_CLAUSE_BREAKS = frozenset("،,:؛;")


def _group_country(head: Entity, group: Sequence[Entity], tokens: Sequence[Word]) -> str | None:
    """The head's country, else that of a name in its apposition ("ملك المغرب"), provided
    no comma parts them (a comma ends an attribution: "به نقل از خبرگزاری فرانسه، X")."""
    if head.country:
        return head.country
    for other in group:
        if other is head or not other.country:
            continue
        lo, hi = sorted((token_index(tokens, head.start), token_index(tokens, other.start)))
        if not any(w.text in _CLAUSE_BREAKS for w in tokens[lo:hi]):
            return other.country
    return None


def mentions(doc: Doc, tokens: Sequence[Word], start: int, end: int,
             extra: Sequence[Entity] = ()) -> list[Mention]:
    """Participant mentions inside ``doc.text[start:end]``, in order. ``extra`` are actors
    the entity stage does not give (generic state actors); an entity inside one of them (the
    country of "نیروهای آمریکایی") yields to it."""
    added = [e for e in extra if start <= e.start and e.end <= end]
    inside = [e for e in doc.entities if start <= e.start and e.end <= end and is_participant(e)
              and not any(a.start <= e.start and e.end <= a.end for a in added)
              and not _dateline(e, tokens)]
    inside = sorted([*inside, *added], key=lambda e: (e.start, e.end))
    found = []
    for group in _group(inside, tokens):
        named = named_antecedent(doc, _head(group))
        head = as_government(named)
        first = token_index(tokens, group[0].start)
        last = token_index(tokens, group[-1].end - 1)
        prep = _preposition(tokens, first, group[0])
        if head is not named and (prep == "in" or _genitive(doc, tokens, first, prep)):
            continue  # "در تهران", "في الدوحة": the city where it happens, not its government
        found.append(Mention(
            head, group[0].start, group[-1].end, first, last,
            prep, _followed_by_obj(tokens, last),
            _group_country(head, group, tokens), is_outlet(head, tokens), head is not named,
        ))
    return found


_DATELINE_MARKS = frozenset("-–—:/")


def _dateline(entity: Entity, tokens: Sequence[Word]) -> bool:
    """A city followed by a dash or colon ("تهران- ایرنا-", "الرياض - واس:") heads a
    dateline: it says where the report was filed, not who acted."""
    if entity.type != "LOC" or entity.kb_id in country_ids():
        return False
    k = token_index(tokens, entity.end - 1) + 1
    return k < len(tokens) and tokens[k].text in _DATELINE_MARKS


def _genitive(doc: Doc, tokens: Sequence[Word], first: int, prep: str | None) -> bool:
    """A Persian name right after a noun with no preposition is that noun's complement
    ("محله سنی‌نشین بیروت", "شهردار تهران"), not a subject: Persian subjects open their
    clause. (Arabic subjects follow the verb, so this says nothing there.)"""
    if doc.lang != "fa" or prep is not None or first == 0:
        return False
    before = tokens[first - 1]
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


REFERRING_SOURCES = frozenset({"pronoun", "role"})
"""Entity sources that refer back to a person named earlier (coreference in the entity stage)."""


def named_antecedent(doc: Doc, entity: Entity) -> Entity:
    """The named mention a pronoun or a lone role phrase ("وی", "رئیس ستاد کل") refers to,
    which the entity stage marks by giving both the same key; the entity itself otherwise.
    The name carries the text, country and apposition that the pronoun lacks."""
    if entity.source not in REFERRING_SOURCES or entity.key is None:
        return entity
    for other in reversed(doc.entities):
        if (other.end <= entity.start and other.key == entity.key
                and other.source not in REFERRING_SOURCES):
            return other
    return entity


def last_person_before(doc: Doc, position: int,
                       skip: Sequence[tuple[int, int]] = ()) -> Entity | None:
    """The last person named before ``position`` outside ``skip`` spans (e.g. quotes)."""
    best = None
    for entity in doc.entities:
        if entity.end > position:
            break
        if entity.type == "PER" and not any(s <= entity.start < e for s, e in skip):
            best = entity
    return named_antecedent(doc, best) if best is not None else None


def sentence_words(doc: Doc, position: int) -> list[Word]:
    """The words of the sentence holding a text position."""
    starts = [s for s, _ in doc.sentences]
    i = max(0, bisect_left(starts, position + 1) - 1)
    if not doc.sentences:
        return words(doc.text, 0, len(doc.text))
    return words(doc.text, *doc.sentences[i])


def is_role_phrase(doc: Doc, tokens: Sequence[Word], mention: Mention) -> bool:
    """An organisation right after a role word ("رئیس ستاد کل ...") names a person's post."""
    return (mention.head.type == "ORG" and mention.first > 0
            and tokens[mention.first - 1].folded in role_words())


def stands_for_person(tokens: Sequence[Word]) -> bool:
    """Whether these words open with a pronoun or a role word ("وی", "رئیس ...")."""
    for word in tokens:
        if word.text in _QUOTES:
            continue
        return word.folded in pronouns() or word.folded in role_words()
    return False


def participant(entity: Entity | None, confidence: float | None = None) -> Participant | None:
    if entity is None:
        return None
    return Participant(
        text=entity.text, start=entity.start, end=entity.end, name_en=entity.name_en,
        kb_id=entity.kb_id, country=entity.country, role=entity.role, confidence=confidence,
    )


APPOSITION_REACH = 8
"""Words a role phrase spans after or before a name ("وزير الدولة لشؤون الدفاع بدولة قطر")."""


def apposition_country(doc: Doc, tokens: Sequence[Word], person: Entity) -> str | None:
    """The country named in a person's role phrase, which the entity itself lacks: the nearest
    country within a few words after the name (else before it), with a role word and no
    comma or other person in between (or right beside the name: "لافروف الروسي")."""
    if person.type != "PER" or person.country:
        return person.country
    at, end = token_index(tokens, person.start), token_index(tokens, person.end - 1)
    # Countries, organisations of one country ("رئيس المكتب السياسي لحركة حماس") and
    # nationality adjectives ("الرئيس الأسبق للائتلاف الوطني السوري") say whose post it is.
    countries = [e for e in doc.entities
                 if (e.country and e.kb_id in country_ids())
                 or (e.type == "LOC" and e.country and e.lat is None)
                 or (e.type == "ORG" and e.country)]
    people = [e for e in doc.entities if e.type == "PER" and e is not person]
    for lo, hi in ((end + 1, end + 1 + APPOSITION_REACH), (at - APPOSITION_REACH, at)):
        stretch = tokens[max(0, lo) : max(0, hi)]
        if not stretch:
            continue
        near = sorted([*countries, *demonyms_in(doc, stretch)], key=lambda e: e.start)
        for e in near if lo > end else reversed(near):
            if not stretch[0].start <= e.start < stretch[-1].end:
                continue
            gap = (tokens[end + 1 : token_index(tokens, e.start)] if lo > end
                   else tokens[token_index(tokens, e.end - 1) + 1 : at])
            if any(w.text in _CLAUSE_BREAKS or w.folded in _QUOTES_FOLDED
                   or w.folded in prepositions()[0] for w in gap):
                continue  # "الملك سلمان في مكتبه ... وزير الخارجية الأمريكي": a new phrase
            if gap and not any(_heads_role(w) for w in gap):
                continue  # "باقری ... حمله در نیوزلند را محکوم کرد": no role phrase
            if any(gap and gap[0].start <= p.start < gap[-1].end for p in people):
                continue
            return e.country
    return None


_QUOTES_FOLDED = frozenset("«»")


def demonyms_in(doc: Doc, stretch: Sequence[Word]) -> list[Entity]:
    """Nationality adjectives in a stretch of words, as country-bearing spans."""
    return [Entity(m.start, m.end, type="DEMONYM", country=m.value)
            for m in demonyms().find_all(doc.text, stretch, strip_clitics=True)]


@lru_cache(maxsize=1)
def apposition_heads() -> frozenset[str]:
    return frozenset(phrase_key(w) for w in load_lines("events/apposition_heads.txt"))


def _heads_role(word: Word) -> bool:
    return _is_role(word) or word.folded in apposition_heads()
