"""The rule-based entity stage: places, organisations and persons, without overlaps.

Candidates come from the gazetteers (places, organisations), title chains, quoted
names and given names; overlapping candidates are resolved in favour of titled
persons, then longer spans. Later single-word mentions of a surname become persons
too, and a person takes the country of the nearest organisation, country or
nationality adjective in a few words around the name.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from khabar.doc import (
    GAZETTEER_SOURCE,
    GIVEN_NAME_SOURCE,
    ORG_LIST_SOURCE,
    SURNAME_SOURCE,
    TITLE_SOURCE,
    Doc,
    Entity,
)
from khabar.entities.arabic_name_words import nasab_without_conjunction, post_given_persons
from khabar.entities.common_words import function_words, given_names_not_ar
from khabar.entities.gazetteer import (
    Match,
    PlaceEntry,
    Word,
    country_entries,
    country_kb_ids,
    demonyms,
    org_index,
    place_index,
    words,
)
from khabar.entities.orgs import OrgEntry
from khabar.entities.persian_tidy import VERB_OPENINGS
from khabar.entities.titles import (
    ABD,
    SON_OF,
    PersonHit,
    given_name_persons,
    given_names,
    nasab_persons,
    quoted_persons,
    role_words,
    speech_verb,
    stopwords,
    surname_mentions,
    titled_persons,
    titles,
)
from khabar.entities.words import listed_keys
from khabar.kb.places import division_index
from khabar.normalize.fold import fold, fold_word
from khabar.registry import stage
from khabar.settings import Settings

COUNTRY_WINDOW = 6
"""How many words around a person's name are searched for their country."""
MIN_SURNAME_LETTERS = 2
"""Letters of a surname found again alone (``spreadable``)."""
_TIERS = {TITLE_SOURCE: 0, "quoted": 1, ORG_LIST_SOURCE: 1, GAZETTEER_SOURCE: 1,
          GIVEN_NAME_SOURCE: 2}


@dataclass(frozen=True, slots=True)
class CountryCue:
    start: int
    end: int
    country: str
    body: int = -1
    """Start of the organisation whose name holds the cue (its own, or a nationality
    adjective agreeing with it: «الشرطة الباكستانية»); -1 when none."""


def place_entity(text: str, start: int, end: int, entry: PlaceEntry) -> Entity:
    return Entity(
        start, end, type="LOC", text=text[start:end], kb_id=entry.kb_id, name_en=entry.name_en,
        country=entry.country, key=entry.kb_id, lat=entry.lat, lon=entry.lon,
        source=GAZETTEER_SOURCE,
    )


def org_entity(text: str, start: int, end: int, entry: OrgEntry) -> Entity:
    return Entity(
        start, end, type="ORG", text=text[start:end], name_en=entry.name_en,
        country=entry.country, key=entry.key, source=ORG_LIST_SOURCE,
    )


def person_entity(text: str, hit: PersonHit) -> Entity:
    start, end = hit.name.start, hit.name.end
    return Entity(start, end, type="PER", text=text[start:end], role=hit.role,
                  key=hit.name.key, source=hit.source)


def _is_lowercase_latin(surface: str) -> bool:
    return surface[:1].isascii() and surface[:1].islower()


def clitic_words() -> frozenset[str]:
    """Common words that read as a proclitic + a place («فرقة», «وتيرة», «بنوك»)."""
    return listed_keys("entities/clitic_words_ar.txt")


def _clitic_off_a_name(match: Match[PlaceEntry], tokens: Sequence[Word]) -> bool:
    """A place found by stripping a proclitic from a given name ("باراك" is not ب +
    Arak), also one that carries a proclitic itself ("وباراك" is not و + ب + Arak), or
    from a common word, also behind another proclitic («فرقة» is not ف + Raqqa, «وبحجة»
    not و + ب + Hajjah; a one-word place only): the word is more likely."""
    word = tokens[match.first]
    skipped = match.start - word.start
    return skipped > 0 and (
        (match.first == match.last
         and any(word.folded[k:] in clitic_words() for k in range(skipped)))
        or any(word.text[k:] in given_names() for k in range(skipped)))


def _title_of_a_place(hit: PersonHit, places: Sequence[Match[PlaceEntry]]) -> bool:
    """Whether a place name of two words or more ends on the word right before the titled
    name: its last word was read as the title («شرم الشيخ», «كفر الشيخ» are towns, and the
    word after them, «بمصر», «ودهب», «تحولت», is no one's name). Session 25 (2026-12-07),
    issue 5, engineer ent_ar8."""
    return any(p.last == hit.name.first - 1 and p.first < p.last for p in places)


def candidates(text: str, tokens: Sequence[Word], arabic: bool) -> list[Entity]:
    places = [p for index in (place_index(), division_index())
              for p in index.find_all(text, tokens, strip_clitics=arabic)
              if not _is_lowercase_latin(text[p.start:p.end])
              and not _clitic_off_a_name(p, tokens)]
    found = [person_entity(text, h) for h in titled_persons(text, tokens)
             if not _title_of_a_place(h, places)]
    found += [person_entity(text, h) for h in quoted_persons(text, tokens)]
    for m in org_index().find_all(text, tokens, strip_clitics=arabic):
        found.append(org_entity(text, m.start, m.end, m.value))
    found += [place_entity(text, p.start, p.end, p.value) for p in places]
    found += [person_entity(text, h) for h in given_name_persons(text, tokens)
              if not (arabic and tokens[h.name.first].folded in given_names_not_ar())]
    if arabic:
        nasab = [person_entity(text, nasab_without_conjunction(tokens, h))
                 for h in nasab_persons(text, tokens)]
        found = [e for e in found if not _given_name_of(e, nasab)] + nasab
        found += [person_entity(text, h) for h in post_given_persons(tokens)]
    return found


def _given_name_of(place: Entity, nasab: Sequence[Entity]) -> bool:
    """Whether a gazetteer place is the first word of a name read from its «بن»: a word
    right before «بن/بنت» is the given name of the son or daughter the link names, never a
    place («الأمير تركي بن محمد بن فهد», «وتركي بن عبدالله»: not Turkey's adjective, which
    the gazetteer holds and which, ranked above an untitled name, cut the name in two); not
    a country's name, which no one is given («سمات الطائرة السعودية بريطانيا بن لادن»: a
    list of tags), unlike its adjective («تركي»).
    Session 19 (2026-12-06), issue 5."""
    country = place.kb_id in country_kb_ids() and place.text not in demonyms()
    return place.source == GAZETTEER_SOURCE and not country and any(
        p.start == place.start and p.end > place.end for p in nasab)


def resolve_overlaps(found: Iterable[Entity]) -> list[Entity]:
    """Keep titled persons first, then longer spans; drop what overlaps a kept entity."""
    kept: list[Entity] = []
    ranked = sorted(found, key=lambda e: (_TIERS.get(e.source or "", 3), e.start - e.end, e.start))
    for entity in ranked:
        if not any(k.start < entity.end and entity.start < k.end for k in kept):
            kept.append(entity)
    return sorted(kept, key=lambda e: e.start)


def divine_names() -> frozenset[str]:
    """Names of God: the tagger takes «رحمه الله», «ندعو الله» for persons, and their
    'surname' would make a person of every «الله» in the article."""
    return listed_keys("events/divine_names_ar.txt")


@lru_cache(maxsize=1)
def compound_name_ends() -> frozenset[str]:
    return listed_keys("entities/compound_name_ends_ar.txt") | listed_keys(
        "entities/regnal_ordinals.txt")


def spreadable(surname: str) -> bool:
    """A folded surname that may be found again alone: not a name of God, a function
    word («لي», «عليه»), a nationality adjective («الإنجليزي» closing a title chain
    is «الدوري الإنجليزي» wherever else it stands) or the common word ending a compound
    name («جلال الدين»: «الدين» alone is 'religion'; «عبدالله الثاني»: «الثاني» alone is
    'second'), nor a word of fewer than two letters: a person key whose last word folds
    to nothing («عبد الله ـ», a tatweel standing for a dash) or to a number would make every
    tanween «ً», tatweel or number of the article a person (session 21, engineer ent_ar)."""
    if sum(ch.isalpha() for ch in surname) < MIN_SURNAME_LETTERS:
        return False
    if surname in titles():
        return False  # «آل الشيخ»: the family's name is also the title «الشيخ»
    return (surname not in divine_names() and surname not in function_words()
            and surname not in compound_name_ends() and demonyms().get(surname) is None)


def compound_end(name: str) -> bool:
    """Whether the name ends on a compound given name written apart («عبد العزيز», «عبد
    رب»): its last word is the compound's second half, no surname to find alone."""
    parts = name.split()
    return len(parts) >= 2 and fold(parts[-2]) == ABD


def _nasab_families(kept: Sequence[Entity]) -> dict[str, Entity]:
    """Folded family name -> the first nasab person who closes on it («ناصر بن أحمد
    الخريصي»: «الخريصي»). A nasab name's key is its given and father's names
    (``titles.person_key``), which no lone word repeats; the family name in «ال» after the
    chain is the surname the article later writes alone («وأفاد الخريصي»), as a given name
    and family name's is. Not the father's name («محمد بن نايف»), which is no surname.
    Session 16 (2026-12-06), issue 5."""
    found: dict[str, Entity] = {}
    for e in kept:
        parts = [fold_word(w) for w in e.text.split()]
        if (e.type == "PER" and e.key and "-" in e.key and len(parts) >= 3
                and parts[-2] not in SON_OF and parts[-1].startswith("ال")
                and spreadable(parts[-1])):
            found.setdefault(parts[-1], e)
    return found


def add_surname_mentions(text: str, tokens: Sequence[Word], kept: list[Entity]) -> list[Entity]:
    """Single-word mentions of a known person's surname, as persons too."""
    first_by_key: dict[str, Entity] = {}
    for e in kept:
        if e.type == "PER" and e.key and "-" not in e.key and not compound_end(e.text):
            first_by_key.setdefault(e.key, e)
    surnames = {key[len("per:"):]: key for key in first_by_key
                if spreadable(key[len("per:"):])}
    taken = [(e.start, e.end) for e in kept]
    # most articles name no such person: no pass over their words then (issue 8)
    found = surname_mentions(tokens, surnames, taken) if surnames else []
    families = {f: e for f, e in _nasab_families(kept).items() if f not in surnames}
    if families:
        starts = {w.start: k for k, w in enumerate(tokens)}
        found += [(s, e, key) for s, e, key in surname_mentions(
            tokens, {f: p.key or "" for f, p in families.items()},
            taken + [(s, e) for s, e, _ in found]) if _family_mention(tokens, starts[s])]
        first_by_key.update({p.key or "": p for p in families.values()})
    extra = [
        Entity(s, e, type="PER", text=text[s:e], key=key, source=SURNAME_SOURCE,
               name_en=first_by_key[key].name_en, kb_id=first_by_key[key].kb_id)
        for s, e, key in found
    ]
    return sorted([*kept, *extra], key=lambda e: e.start)


def _family_mention(tokens: Sequence[Word], k: int) -> bool:
    """Whether word ``k``, a nasab person's family name written alone, is that person:
    a nisba («الخريصي») that is no post («القاضي» 'the judge'), or any family name right
    after a title (not one that is also a common noun: ``weak_titles_ar.txt``), a post or a
    speech verb («السفير الفايز», «وأكد الجبير»); other family names in «ال» are as often a
    common word («الفريق الفائز», «باب السلامة»)."""
    folded = tokens[k].folded
    posts = role_words("ar")
    if folded.endswith("ي") and folded not in posts and folded[2:] not in posts:
        return True
    return named_by_word_before(tokens, k)


def named_by_word_before(tokens: Sequence[Word], k: int) -> bool:
    """Whether the Arabic word before word ``k`` makes it a person's name: a title (not one
    that is also a common noun: ``weak_titles_ar.txt``), a post or a speech verb («السفير
    الفايز», «وأكد الجبير»)."""
    before = tokens[k - 1] if k > 0 else None
    if before is None or before.folded in listed_keys("entities/weak_titles_ar.txt"):
        return False  # «الفريق الفائز»: 'the winning team', no general's name
    return before.text in titles() or speech_verb(before) or bool(
        {before.folded, before.folded[2:]} & role_words("ar"))


def country_cues(text: str, tokens: Sequence[Word], entities: Sequence[Entity],
                 country_ids: frozenset[str], arabic: bool) -> list[CountryCue]:
    cues = [CountryCue(e.start, e.end, e.country, e.start if e.type == "ORG" else -1)
            for e in entities if e.country and (e.type == "ORG" or e.kb_id in country_ids)]
    bodies = [e for e in entities if e.type == "ORG"]
    for m in demonyms().find_all(text, tokens, strip_clitics=arabic):
        body = next((b.start for b in bodies if b.start <= m.start and m.end <= b.end), -1)
        cues.append(CountryCue(m.start, m.end, m.value, body))
    return sorted(cues, key=lambda c: c.start)


def _body_opens_clause(cue: CountryCue, tokens: Sequence[Word], starts: Sequence[int]) -> bool:
    """Whether the Arabic body holding a cue opens its clause, after a mark or a speech
    verb («قالت الشرطة الباكستانية حمزة بن لادن ...»): it is then no post's complement
    and no apposition of the person after it, and its adjective agrees with the body,
    not the person. After a post («أمين عام هيئة تنمية الصادرات السعودية X», «وحاكم
    البنك المركزي الياباني X») the body's country is the post holder's."""
    index = bisect_left(starts, cue.body)
    if index == 0 or not tokens[index - 1].text[0].isalnum():
        return True
    return speech_verb(tokens[index - 1])


MIN_DEFINITE = 4
"""Letters of a definite word of a post, the article included («النفط»)."""


def role_parts_fa() -> frozenset[str]:
    """Persian words of a post that role_words.txt lacks («جمهور» written apart)."""
    return listed_keys("entities/role_parts_fa.txt")


def _bridges(tokens: Sequence[Word], persian: bool = False) -> bool:
    """Words between a name and a country cue that keep them one phrase: role words and
    titles, and after one of them the definite genitives of the post («ديفيد كاميرون رئيس
    الوزراء البريطاني», «زنغنه وزير النفط الإيراني»); in Persian, whose genitive has no
    article, any word of the post's ezafe chain that is no function word or verb («سلیمان
    فرنجیه وزیر کشور سابق لبنان», «گرت فیلدز رئیس حزب آزادی هلند»: a preposition, «که»
    or «و» ends the post)."""
    post = False
    for w in tokens:
        if w.folded in role_words() or w.folded in role_parts_fa() or w.text in titles():
            post = True
        elif w.text[0].isalnum() and not (post and (
                (w.folded.startswith("ال") and len(w.folded) >= MIN_DEFINITE)
                or (persian and _post_word_fa(w)))):
            return False
    return True


def _post_word_fa(word: Word) -> bool:
    """A Persian word that can be part of a post's field («کشور», «امنیت ملی», «سابق»)."""
    return (word.folded not in stopwords() and not word.text.startswith(VERB_OPENINGS)
            and not any(ch.isdigit() for ch in word.text))


_CLAUSE_BREAKS = frozenset("،,:;؛.")
INTRODUCES_REACH = 3
"""Words (titles, role words) allowed between a role phrase and the name it introduces."""


def _introduces_next(cue: CountryCue, person_starts: Sequence[int], tokens: Sequence[Word],
                     starts: Sequence[int]) -> bool:
    """Whether a cue after a name is part of the title of the next person ("استقبل الملك
    سلمان الرئيس الأمريكي باراك أوباما": American is Obama's, not Salman's)."""
    index = bisect_left(person_starts, cue.end)
    if index == len(person_starts):
        return False
    between = tokens[bisect_left(starts, cue.end):bisect_left(starts, person_starts[index])]
    return len(between) <= INTRODUCES_REACH and _bridges(between)


def nearest_country(person: Entity, cues: Sequence[CountryCue], tokens: Sequence[Word],
                    sentence: tuple[int, int] | None,
                    person_starts: Sequence[int] = (),
                    starts: Sequence[int] | None = None, persian: bool = False) -> str | None:
    """The closest cue joined to the name by role words only, in the same sentence. A
    cue before the name (an apposition introducing it) wins over one after it, and a
    cue after it that introduces the next person is not this person's. ``starts``: the
    tokens' start offsets, when the caller has them (one list per document)."""
    low, high = sentence or (0, 1 << 62)
    if starts is None:
        starts = [w.start for w in tokens]
    first, after = bisect_left(starts, person.start), bisect_left(starts, person.end)
    best: tuple[int, int, str] | None = None
    for cue in cues:
        if not (low <= cue.start and cue.end <= high):
            continue
        if cue.start >= person.end:
            if _introduces_next(cue, person_starts, tokens, starts):
                continue
            between, side = tokens[after : bisect_left(starts, cue.start)], 1
        elif cue.end <= person.start:
            between, side = tokens[bisect_left(starts, cue.end) : first], 0
            if any(w.text in _CLAUSE_BREAKS for w in between):
                continue  # "سفر به پاکستان، محمد باقری": the country ends another clause
            if not persian and cue.body >= 0 and _body_opens_clause(cue, tokens, starts):
                continue
        else:
            continue
        near = len(between) <= COUNTRY_WINDOW and _bridges(between, persian and side == 1)
        if near and (best is None or (side, len(between)) < best[:2]):
            best = (side, len(between), cue.country)
    return best[2] if best else None


def assign_countries(doc: Doc, tokens: Sequence[Word], entities: list[Entity],
                     cues: Sequence[CountryCue]) -> list[Entity]:
    """Give persons a country from nearby cues; every mention of a key shares it."""
    by_key: dict[str, str] = {}
    person_starts = [e.start for e in entities if e.type == "PER"]
    starts = [w.start for w in tokens]
    for e in entities:
        if e.type == "PER" and e.source != SURNAME_SOURCE and e.key and e.key not in by_key:
            country = nearest_country(e, cues, tokens, doc.sentence_of(e.start), person_starts,
                                      starts, doc.lang == "fa")
            if country:
                by_key[e.key] = country
    return [replace(e, country=by_key.get(e.key or "", e.country)) if e.type == "PER" else e
            for e in entities]


def find_entities(doc: Doc) -> list[Entity]:
    """Every entity of the document, sorted by position, none overlapping."""
    text = doc.text
    arabic = doc.lang in (None, "ar")
    tokens = words(text)
    kept = resolve_overlaps(candidates(text, tokens, arabic))
    kept = add_surname_mentions(text, tokens, kept)
    country_ids = frozenset(e.kb_id for e in country_entries().values())
    cues = country_cues(text, tokens, kept, country_ids, arabic)
    return assign_countries(doc, tokens, kept, cues)


@stage("khabar.entities.rules.v1", requires=("text", "lang", "sentences"), assigns=("entities",))
def make_entities(settings: Settings) -> Callable[[Doc], Doc]:
    """Rule-based places (gazetteer), organisations and persons (titles, names)."""

    def entities(doc: Doc) -> Doc:
        doc.entities = find_entities(doc)
        return doc

    return entities
