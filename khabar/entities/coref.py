"""References to persons named earlier: pronouns (وی, او) and role phrases from the KB.

A role phrase right after a person's name is an apposition: it describes that person,
and may link them when exactly one KB entry held the role on the article's date and
bears their surname. A role phrase standing alone, later, refers to the last person
who holds it (linked through the KB or described by the same apposition); a pronoun
refers to the last person named within ``PRONOUN_REACH`` characters before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from khabar.doc import PRONOUN_SOURCE, ROLE_SOURCE, Entity
from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.org_words import role_modifiers
from khabar.entities.titles import titles
from khabar.entities.words import listed_keys
from khabar.kb.entries import KbEntry, KnowledgeBase, Role, with_entry
from khabar.kb.link import role_holders

APPOSITION_GAP = 1
"""Words (punctuation) allowed between a name and the role phrase describing it."""
_CONJUNCTIONS = frozenset("وف")
"""Arabic conjunctions glued to a modifier ("ومستشار الرئيس")."""
PRONOUN_REACH = 600
"""A pronoun looks back this many characters for its person (about two sentences)."""


@lru_cache(maxsize=2)
def pronouns(arabic: bool) -> frozenset[str]:
    """Each language's own: folded, Persian «او» is Arabic «أو» ('or')."""
    name = "entities/pronouns_ar.txt" if arabic else "entities/pronouns.txt"
    return listed_keys(name)


@cache
def narration_pronouns() -> frozenset[str]:
    """The Persian pronouns by which a report goes on with its speaker (``_lead_in_speaker``)."""
    return listed_keys("entities/narration_pronouns_fa.txt")


@dataclass(frozen=True)
class RoleMention:
    start: int
    end: int
    key: str
    holders: tuple[KbEntry, ...]
    sole: KbEntry | None = None
    """The one holder of a unique role on the day, or of a role whose phrase names its
    country ("قائد الجيش الباكستاني"), when no word around the phrase makes it someone
    else ("نائب خادم الحرمين", "المرشد الأعلى السابق")."""
    by_country: bool = False
    """``sole`` comes from the country the phrase names, not from a unique role: the
    phrase is then no mention of its own when it introduces a name ("قائد الجيش
    الباكستاني سيد عاصم منير": the name is the mention)."""
    ever: tuple[KbEntry, ...] = ()
    """Everyone the KB knows to have held the role, at any time: a lone surname of the
    article that only one of them bears is that person, dated article or not."""


def role_mentions(kb: KnowledgeBase, text: str, tokens: Sequence[Word], arabic: bool,
                  day: str | None) -> list[RoleMention]:
    found = []
    for m in kb.roles.find_all(text, tokens, strip_clitics=arabic):
        key = phrase_key(text[m.start:m.end])
        pairs = [(entry, role) for entry, role in m.value
                 if not arabic or _arabic_phrase(role, key)]
        if not pairs:
            continue
        holders = tuple(role_holders(pairs, day))
        unique = {e.id: e for e, role in pairs if role.unique and role.held_on(day)}
        sole = next(iter(unique.values())) if len(unique) == 1 else None
        by_country = sole is None and bool(day) and len(holders) == 1 and bool(
            holders[0].country) and names_country(text[m.start:m.end], holders[0].country)
        if by_country:
            sole = holders[0]  # "فرمانده ارتش پاکستان": one office of one country
        if sole is not None and _modified(tokens, m.first, m.last):
            sole = None
        ever = tuple({entry.id: entry for entry, _ in pairs}.values())
        found.append(RoleMention(m.start, m.end, key, holders, sole, by_country, ever))
    return found


def _arabic_phrase(role: Role, key: str) -> bool:
    """Whether a role phrase found in Arabic text may be one of the role's Arabic names:
    not a Persian one that folds alike. Persian writes a post without the article
    («رئیس مجلس», the Speaker), where Arabic means the head of a council it then names
    («رئيس مجلس تشخيص مصلحة النظام»). A key with a clitic on it matches no name as
    written and is kept."""
    keys = {lang: {phrase_key(n) for n in names} for lang, names in role.names.items()}
    return key in keys.get("ar", ()) or all(key not in k for k in keys.values())


@lru_cache(maxsize=4096)
def names_country(phrase: str, country: str) -> bool:
    """Whether a role phrase names ``country`` (its name or nationality adjective): such
    a phrase is one office, and alone names its one holder on the article's date."""
    from khabar.entities.gazetteer import demonyms, place_index, words

    tokens = words(phrase)
    if any(m.value == country for m in demonyms().find_all(phrase, tokens, strip_clitics=True)):
        return True
    return any(m.value.is_country and m.value.country == country
               for m in place_index().find_all(phrase, tokens, strip_clitics=True))


def _modified(tokens: Sequence[Word], first: int, last: int) -> bool:
    """A deputy, adviser or former holder: a modifier word right before or after."""
    around = [tokens[i] for i in (first - 1, last + 1) if 0 <= i < len(tokens)]
    return any(w.folded in role_modifiers() or (
        w.folded[:1] in _CONJUNCTIONS and w.folded[1:] in role_modifiers()) for w in around)


def _person_before(entities: Sequence[Entity], position: int, tokens: Sequence[Word],
                   starts: dict[int, int]) -> Entity | None:
    """The person whose name ends at most APPOSITION_GAP words before ``position``."""
    index = starts.get(position)
    if index is None:
        return None
    for e in entities:
        if e.type != "PER" or e.end > position:
            continue
        between = [w for w in tokens[max(0, index - APPOSITION_GAP - 1):index]
                   if w.start >= e.end]
        if len(between) <= APPOSITION_GAP and all(not w.text[0].isalnum() for w in between):
            return e
    return None


def _copy_identity(target: Entity, person: Entity) -> Entity:
    return replace(target, key=person.key, kb_id=person.kb_id, name_en=person.name_en,
                   country=person.country)


def resolve_roles(text: str, tokens: Sequence[Word], entities: list[Entity],
                  roles: Sequence[RoleMention]) -> list[Entity]:
    """Appositions describe (and may link) the person before them; lone roles refer back."""
    starts = {w.start: i for i, w in enumerate(tokens)}
    described: dict[str, Entity] = {}
    result = list(entities)
    for role in roles:
        person = _person_before(result, role.start, tokens, starts)
        if person is not None:
            surname = phrase_key(person.text.split()[-1])
            holders = [h for h in role.holders if surname in h.surnames()]
            if person.kb_id is None and len(holders) == 1:
                linked = with_entry(person, holders[0])
                result = [linked if e is person else e for e in result]
                person = linked
            described[role.key] = person
            continue
        antecedent = _last_holder(result, role, described)
        if antecedent is None and role.by_country and _introduces_name(result, role, tokens,
                                                                       starts):
            continue
        antecedent = antecedent or _sole_holder(role)
        if antecedent is None:
            continue
        mention = Entity(role.start, role.end, type="PER", text=text[role.start:role.end],
                         role=text[role.start:role.end], source=ROLE_SOURCE)
        result = [e for e in result if not (role.start <= e.start and e.end <= role.end)]
        if any(e.start < role.end and role.start < e.end for e in result):
            continue  # the phrase cuts through another entity: leave both alone
        result.append(_copy_identity(mention, antecedent))
    return sorted(result, key=lambda e: e.start)


INTRODUCES_REACH = 2
"""Titles or marks allowed between a role phrase and the name it introduces."""


def _introduces_name(entities: Sequence[Entity], role: RoleMention, tokens: Sequence[Word],
                     starts: dict[int, int]) -> bool:
    """Whether a person's name follows the role phrase, past titles ("سيد") only."""
    after = [e for e in entities if e.type == "PER" and e.start >= role.end]
    if not after:
        return False
    name = min(after, key=lambda e: e.start)
    first = next((i for i, w in enumerate(tokens) if w.start >= role.end), len(tokens))
    between = [w for w in tokens[first:] if w.start < name.start]
    return len(between) <= INTRODUCES_REACH and all(
        w.text in titles() or not w.text[0].isalnum() for w in between)


def _sole_holder(role: RoleMention) -> Entity | None:
    """The holder of a unique role, as a stand-in antecedent to copy the identity from."""
    if role.sole is None:
        return None
    entry = role.sole
    return Entity(role.start, role.end, type="PER", kb_id=entry.id, name_en=entry.name_en,
                  country=entry.country, key=entry.id)


def _last_holder(entities: Sequence[Entity], role: RoleMention,
                 described: dict[str, Entity]) -> Entity | None:
    ids = {h.id for h in role.holders}
    before = [e for e in entities if e.type == "PER" and e.end <= role.start]
    for e in reversed(before):
        if e.kb_id is not None and e.kb_id in ids:
            return e
    return described.get(role.key) if role.key in described else None


def resolve_pronouns(tokens: Sequence[Word], entities: list[Entity], arabic: bool,
                     quoted: Sequence[tuple[int, int]] = (),
                     lead_ins: Sequence[tuple[int, int]] = ()) -> list[Entity]:
    """A pronoun becomes a mention of the last person named shortly before it, unless
    that person is named inside ``quoted`` speech and the pronoun is not (see
    ``_narrated_antecedent``), or in the lead-in of a speaker's words (see
    ``_lead_in_speaker``)."""
    own = pronouns(arabic)
    persons = [e for e in entities if e.type == "PER"]
    taken = [(e.start, e.end) for e in entities]
    added: list[Entity] = []
    for word in tokens:
        if word.folded not in own or any(s < word.end and word.start < e
                                                for s, e in taken):
            continue
        before = [p for p in persons if p.end <= word.start
                  and word.start - p.end <= PRONOUN_REACH and p.source != PRONOUN_SOURCE]
        antecedent = before[-1] if before else None
        if antecedent is not None and _within(antecedent.start, quoted) \
                and not _within(word.start, quoted):
            antecedent = _narrated_antecedent(word, before, added, quoted)
        if antecedent is not None and not _within(word.start, quoted) \
                and word.folded in narration_pronouns():
            antecedent = _lead_in_speaker(tokens, word, antecedent, [*before, *added],
                                          lead_ins)
        if antecedent is not None:
            mention = Entity(word.start, word.end, type="PER", text=word.text,
                             role=antecedent.role, source=PRONOUN_SOURCE)
            added.append(_copy_identity(mention, antecedent))
    return sorted([*entities, *added], key=lambda e: e.start)


def _narrated_antecedent(word: Word, before: Sequence[Entity], added: Sequence[Entity],
                         quoted: Sequence[tuple[int, int]]) -> Entity | None:
    """The antecedent of a pronoun of the narration whose nearest person is named inside
    quoted speech: a pronoun that tells who speaks or acts («وی افزود», «به گفته وی») stands
    for the speaker going on or for a person the narration named, never for one named in
    the speech («... ورود مردم [فراری] ... . وی افزود»: 'fugitive' taken for a name; «...
    آثار شهید [مطهری] ... . وی ...»: the speaker). So the last person named outside the
    quotes within reach, or the narration's last pronoun within reach, which goes on with
    its own («وی گفت: ... . وی افزود»). Session 26 (2026-12-07), engineer quotes_fa9:
    the pronouns of 61 of 600 Persian articles of the design draw took a person named in
    a quote."""
    narrated = [p for p in [*before, *added] if not _within(p.start, quoted)
                and word.start - p.end <= PRONOUN_REACH]
    return max(narrated, key=lambda p: p.end, default=None)


def _lead_in_speaker(tokens: Sequence[Word], word: Word, antecedent: Entity,
                     candidates: Sequence[Entity],
                     lead_ins: Sequence[tuple[int, int]]) -> Entity:
    """The speaker who opens the lead-in of his words where the antecedent found is named
    later inside it («سهرابی ... در مراسم ... ابومهدی المهندس ...، اظهار داشت: ... . وی
    ...»; «وی در پاسخ به سوال خبرنگار درباره ... سارکوزی ... گفت: ... . وی ...»): the
    others a lead-in names are the occasion's or the question's, and the narration's next
    pronoun goes on with the speaker. Session 26 (2026-12-07), engineer quotes_fa10."""
    for start, end in lead_ins:
        if not start <= antecedent.start < end <= word.start:
            continue
        inside = sorted((p for p in candidates if start <= p.start < end),
                        key=lambda p: p.start)
        if not inside or not _opens_lead_in(tokens, start, inside[0].start):
            return antecedent
        # The opening name may come in pieces («والمسلمین» «محمد مهدی میرباقری»).
        run = [inside[0]]
        for person in inside[1:]:
            if any(run[-1].end <= w.start < person.start for w in tokens):
                break
            run.append(person)
        return antecedent if antecedent in run else run[0]
    return antecedent


OPENING_WORDS = 4
"""Words (titles: «حجت‌الاسلام والمسلمین», «دکتر», «سردار») a lead-in's speaker may
follow."""


def _opens_lead_in(tokens: Sequence[Word], start: int, position: int) -> bool:
    """Whether a person named at ``position`` opens the lead-in beginning at ``start``."""
    return sum(1 for w in tokens if start <= w.start < position
               and w.text[0].isalnum()) <= OPENING_WORDS


def _within(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)
