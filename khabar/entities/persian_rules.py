"""Where the rules meet the statistical tagger on Persian persons and organisations.

- A known given name and the word after it («عمر تو», «جان سپرده», «سالم فراهم»: 'you',
  'gave his life', 'healthy'; «علیرضا نام», «محسن روشن») are a person only where the
  tagger reads some entity over the words after the given name too: Persian given names
  are also adjectives and nouns, and the rule takes whatever name word follows as the
  surname; a tagger that sees the whole sentence rarely misses a name the rule reads right.
- News outlets are read from the outlet knowledge (``resources/meta/outlets.json``) where an
  outlet is cited: after «به گزارش», «به نقل از», «گفت‌وگو با» …
  (``resources/entities/outlet_cues_fa.txt``), as a dateline opening a line («ایلنا: …»),
  or, when no place bears the name, before a verb of reporting («الجزیره گزارش داد»,
  ``outlet_verbs_fa.txt``);
  elsewhere a name of several words only where the tagger or the lists found an entity
  over it («روزنامه شرق» is no outlet in «روزنامه شرق الاوسط»), and a name of one word
  («فارس», «مهر») never, but for the names that are neither a place nor a common word
  («همشهری», «ایرنا»: ``lone_outlets_fa.txt``; «به همشهری گفت», «توضیح همشهری:»,
  «ضمیمه امروز همشهری», not after a determiner nor before a supplement's word, «همشهری
  محله»: session 24 (2026-12-07), engineer ent_fa8). The outlet stands in place of the
  tagger's span around it («گروه بین‌الملل خبرگزاری فارس»: the desk is no part of the
  name) and of the place it also names (the province of Fars).
- An honorific, rank or royal title at the start of the tagger's person or organisation
  («شهید», «مرحوم», «شاهزاده», ``resources/entities/honorifics_fa.txt``) is no part of the
  name; a span of them alone is no entity.
- A newsroom desk alone («گروه اجتماعی», ``resources/events/news_desks_fa.txt``) is no
  organisation, nor one the tagger ran on into the report's first words: ``persian_desks``.
- The tagger's spans that are no names (chants, kinds after an indefinite, lone adjectives
  of a region, numbers) and surnames spread from a weak reading: ``persian_tidy``.
- A tagger's organisation that ends in places of the gazetteer («ذوب آهن اصفهان», «اداره
  آگاهی کرج», «بورس تهران», «مجلس عوام انگلیس») stands in their place: the rules' places
  won every overlap, so a club, office or body named with its city was lost whole. Its part
  from «در» on is left out («سازمان بهداشت جهانی در ایران»: a place joined by a
  preposition); a name opened by a place noun or a word of a place's name («استان»,
  «جمهوری», «شمال»: ``resources/entities/place_name_heads_fa.txt``), the field of a post
  («وزیر خارجه بحرین»: the place is the holder's country) and a span holding a listed
  organisation («کمیسیون فرهنگی شورای شهر تهران»: the parent is the name) are left as they
  are. A listed body that opens the name before places of a province or town is no parent:
  the whole name stands, as the gold's provincial office keeps its province («سپاه کربلا
  استان مازندران», «شرکت آب و فاضلاب روستایی استان بوشهر»; Karbala there no place of Iraq).
- Listed organisations (Iranian bodies, the KB's): ``persian_units.add_listed_orgs``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from khabar.doc import (
    GAZETTEER_SOURCE,
    GIVEN_NAME_SOURCE,
    ORG_LIST_SOURCE,
    TAGGER_SOURCE,
    TITLE_SOURCE,
    Entity,
)
from khabar.entities.gazetteer import country_kb_ids
from khabar.entities.persian_desks import body_heads, without_desks
from khabar.entities.persian_tidy import (
    before_number,
    before_verb,
    chant_words,
    detached_plurals,
    determiners,
    generic,
    is_word,
    with_surname_suffix,
    without_chant,
    without_kind,
)
from khabar.entities.titles import place_nouns, role_words
from khabar.entities.words import Word, in_place_of_overlaps, listed_keys, phrase_key, with_org
from khabar.meta.outlets import outlets
from khabar.resources import load_tsv

MAX_CUE_WORDS = 4
"""Words of the longest citing phrase («به گزارش», «گفت و گو با»)."""
DATELINE_MARKS = frozenset(":-\u2013\u2014\u0640")
"""Marks after a dateline's outlet («ایلنا:», «فارس -»)."""
OPEN_QUOTES = frozenset("«\"'")
REPLACED_SOURCES = frozenset({TAGGER_SOURCE, GAZETTEER_SOURCE, ORG_LIST_SOURCE})
"""Entities an outlet's span stands in place of; a rule person over it wins."""


@dataclass(frozen=True, slots=True)
class OutletName:
    words: int
    name_en: str


def confirm_given_names(tokens: Sequence[Word], found: Sequence[Entity],
                        model: Sequence[Entity]) -> list[Entity]:
    """``found`` without the given-name persons whose words after the first no entity of
    the tagger overlaps (where it read the given name alone, its person stands)."""
    starts = [w.start for w in tokens]
    out = []
    for e in found:
        if e.source == GIVEN_NAME_SOURCE:
            k = bisect_left(starts, e.start) + 1
            rest = tokens[k].start if k < len(tokens) and tokens[k].start < e.end else e.end
            if not any(m.start < e.end and rest < m.end for m in model):
                continue
        out.append(e)
    return out


JOINED_SOURCES = frozenset({TITLE_SOURCE, GIVEN_NAME_SOURCE})
"""Rule persons the tagger's person right after them may lengthen."""
MAX_JOINED_WORDS = 2
"""Words of the tagger's person a rule person may be lengthened over."""


def join_surnames(text: str, tokens: Sequence[Word], found: Sequence[Entity],
                  model: Sequence[Entity]) -> list[Entity]:
    """A rule person (a title's or a given name's) that the tagger's person of one or two
    words follows right after, a space between, is one name with it: the rule took a
    common word for the surname («قدرت الله صلح» + «میرزایی», «سردار ... صلح میرزایی»:
    'peace'), and the tagger, which read only the last word, then made two persons, or
    none was kept (the given name's person, which the tagger did not confirm). A rule
    person that is an honorific alone («سردار [شهید] حسین همدانی») is not lengthened: the
    honorific is no part of the name."""
    starts = [w.start for w in tokens]
    persons = {m.start: m for m in model if m.type == "PER"}
    out = []
    for e in found:
        if (e.type == "PER" and e.source in JOINED_SOURCES
                and not _honorific_only(tokens, starts, e)):
            k = bisect_left(starts, e.end)
            m = persons.get(tokens[k].start) if k < len(tokens) else None
            if m is not None and text[e.end:m.start].isspace() and "\n" not in text[
                    e.end:m.start] and bisect_left(starts, m.end) - k <= MAX_JOINED_WORDS:
                e = replace(e, end=m.end, text=text[e.start:m.end], key=m.key)
        out.append(e)
    return out


def without_honorific_persons(tokens: Sequence[Word], found: Sequence[Entity]) -> list[Entity]:
    """``found`` without the title's persons that are an honorific alone: in «سردار [شهید]
    سیروس تیموری نیا» the title rule read 'martyr', which stands between the rank and the
    name, as the name; the tagger's person after it is the name (issue 5, session 23
    (2026-12-07), engineer ent_fa5). Dropped here, it spreads as no surname over every
    «شهید» of the article either."""
    starts = [w.start for w in tokens]
    return [e for e in found if not (e.type == "PER" and e.source == TITLE_SOURCE
                                     and _honorific_only(tokens, starts, e))]


def _honorific_only(tokens: Sequence[Word], starts: Sequence[int], e: Entity) -> bool:
    """A title's person whose name is an honorific («سردار شهید»): no name to lengthen."""
    return all(w.folded in _honorifics() for w in tokens[bisect_left(starts, e.start):
                                                       bisect_left(starts, e.end)])


@lru_cache(maxsize=1)
def _outlet_names() -> dict[str, OutletName]:
    names: dict[str, OutletName] = {}
    for outlet in outlets().by_id.values():
        for name in outlet.names:
            key = phrase_key(name)
            if key and not name.isascii():
                names[key] = OutletName(len(name.split()), outlet.name_en)
    return names


def _honorifics() -> frozenset[str]:
    return listed_keys("entities/honorifics_fa.txt")


def tidy_persian_model(text: str, tokens: Sequence[Word], model: Sequence[Entity]) -> list[Entity]:
    """The tagger's persons and organisations without the honorifics they open with, and
    without numbers (see the module)."""
    starts = [w.start for w in tokens]
    chants = chant_words(text, tokens)
    out = []
    for e in model:
        if e.type in ("PER", "ORG"):
            cut = None if generic(tokens, starts, e) else before_number(text, tokens, starts, e)
            if cut is not None:
                cut = before_verb(text, tokens, starts, cut)
            if cut is not None and chants:
                cut = without_chant(text, tokens, starts, cut, chants)
            if cut is not None and cut.type == "ORG":
                cut = _kind_cut(text, tokens, starts, cut)
            if cut is None:
                continue
            e = with_surname_suffix(text, tokens, starts, cut)
            k = bisect_left(starts, e.start)
            while k < len(tokens) and tokens[k].end <= e.end and (
                    tokens[k].folded in _honorifics() or not is_word(tokens[k])):
                k += 1
            if k >= len(tokens) or tokens[k].end > e.end or tokens[k].folded in detached_plurals():
                continue
            if tokens[k].start != e.start:
                start = tokens[k].start  # a person's key is its last word; an org's, all
                key = f"org:{phrase_key(text[start:e.end])}" if e.type == "ORG" else e.key
                e = replace(e, start=start, text=text[start:e.end], key=key)
        out.append(e)
    return out


def _kind_cut(text: str, tokens: Sequence[Word], starts: Sequence[int],
              e: Entity) -> Entity | None:
    """An organisation without the club's nouns of kind it opens with; None when what is
    left is generic: «[تیم] لندنی», «[تیم] مشهدی» ('the London team') leave the adjective
    of origin, no club's name (session 27 (2026-12-07), engineer ent_fa12)."""
    cut = without_kind(text, tokens, starts, e)
    return None if cut is not e and generic(tokens, starts, cut) else cut


def _cues() -> frozenset[str]:
    return listed_keys("entities/outlet_cues_fa.txt")


def _lone_outlets() -> frozenset[str]:
    return listed_keys("entities/lone_outlets_fa.txt")


def _edition_words() -> frozenset[str]:
    return listed_keys("entities/outlet_edition_words_fa.txt")


def _lone_outlet(text: str, tokens: Sequence[Word], i: int, j: int) -> bool:
    """Is tokens[i:j] an outlet's name read alone (``lone_outlets_fa.txt``): not after a
    determiner («یک همشهری»: 'a fellow citizen') nor before a word that makes it another
    name, a supplement's or a film's («همشهری محله», «همشهری کین»:
    ``outlet_edition_words_fa.txt``)?"""
    return (phrase_key(text[tokens[i].start:tokens[j - 1].end]) in _lone_outlets()
            and not (i > 0 and tokens[i - 1].folded in determiners())
            and not (j < len(tokens) and tokens[j].folded in _edition_words()))


def _verb_cues() -> frozenset[str]:
    return listed_keys("entities/outlet_verbs_fa.txt")


@lru_cache(maxsize=1)
def _month_names() -> frozenset[str]:
    """Month names of Persian text (``resources/dates/months.tsv``): before a verb of
    reporting «مهر» is the month («زمان بازگشایی را اول مهر اعلام کرد»), not the agency."""
    return frozenset(phrase_key(row[4]) for row in load_tsv("dates/months.tsv")
                     if row[2] == "*" or "fa" in row[2].split(","))


def _beats() -> frozenset[str]:
    return listed_keys("entities/reporter_desks_fa.txt")


MAX_BEAT_WORDS = 3
"""Words of a reporter's beat between the cue and the name («خبرنگار گروه دفاعی امنیتی»)."""


def _cited(text: str, tokens: Sequence[Word], i: int, j: int) -> bool:
    """Is the name at tokens[i:j] in a citing slot: after a citing phrase (a quote mark or
    the words of a reporter's beat between them allowed: «به گزارش خبرنگار اجتماعی فارس»)
    or a dateline opening its line?"""
    k = i - 1 if i > 0 and tokens[i - 1].text in OPEN_QUOTES else i
    for beat in range(MAX_BEAT_WORDS + 1):
        if beat and (k - beat < 0 or tokens[k - beat].folded not in _beats()):
            break
        if _cue_ends(text, tokens, k - beat):
            return True
    line_start = i == 0 or "\n" in text[tokens[i - 1].end:tokens[i].start]
    return line_start and j < len(tokens) and tokens[j].text[:1] in DATELINE_MARKS


def _cue_ends(text: str, tokens: Sequence[Word], k: int) -> bool:
    """Does a citing phrase end right before word ``k``?"""
    for n in range(1, MAX_CUE_WORDS + 1):
        if k - n < 0:
            break
        if phrase_key(text[tokens[k - n].start:tokens[k - 1].end]) in _cues():
            return True
    return False


def _reports(text: str, tokens: Sequence[Word], j: int) -> bool:
    """Does a verb of reporting open right at tokens[j] («الجزیره گزارش داد», «العربیه
    نوشت»)? Only an outlet name that is no place may be read so: «ایران اعلام کرد» is
    the country."""
    for n in range(1, MAX_CUE_WORDS + 1):
        if j + n > len(tokens):
            break
        if phrase_key(text[tokens[j].start:tokens[j + n - 1].end]) in _verb_cues():
            return True
    return False


def outlet_spans(text: str, tokens: Sequence[Word]) -> list[tuple[int, int, str]]:
    """(first, end, English name) token ranges of outlet names in the text, longest
    first, wherever they stand."""
    names = _outlet_names()
    longest = max((n.words for n in names.values()), default=0)
    return [(i, end, names[_key(text, tokens, i, end)].name_en)
            for i, end in name_runs(text, tokens, longest, names.keys(), _outlet_prefixes())]


def outlet_at(text: str, tokens: Sequence[Word], i: int) -> int | None:
    """The end (a token index) of the longest outlet name starting at word ``i``, or None."""
    names = _outlet_names()
    longest = max((n.words for n in names.values()), default=0)
    return _longest_name(text, tokens, i, longest, names.keys(), _outlet_prefixes())


@lru_cache(maxsize=1)
def _outlet_prefixes() -> frozenset[str]:
    return prefixes_of(_outlet_names())


def prefixes_of(keys: Iterable[str]) -> frozenset[str]:
    return frozenset(key[:n] for key in keys for n in range(1, len(key) + 1))


def _key(text: str, tokens: Sequence[Word], first: int, end: int) -> str:
    return phrase_key(text[tokens[first].start:tokens[end - 1].end])


def name_runs(text: str, tokens: Sequence[Word], limit: int, names: Collection[str],
               prefixes: frozenset[str]) -> list[tuple[int, int]]:
    """(first, end) token ranges of ``names``, left to right, the longest at each place,
    the search going on after each name found."""
    found: list[tuple[int, int]] = []
    after = 0
    # Most words start no name: their one-word key is read here, at C speed, with no call
    # of _longest_name (which reads that key first, and would stop at it). A token of two
    # or more characters, or a letter, is its own key's one token: the key is its fold,
    # the word's folded form; a lone mark's key is empty, and starts no name.
    for i in [i for i, word in enumerate(tokens) if word.folded in prefixes
              and (len(word.text) > 1 or word.text.isalnum()) and is_word(word)]:
        if i < after:
            continue
        end = _longest_name(text, tokens, i, limit, names, prefixes)
        if end is not None:
            found.append((i, end))
            after = end
    return found


def _longest_name(text: str, tokens: Sequence[Word], i: int, limit: int,
                  names: Collection[str], prefixes: frozenset[str]) -> int | None:
    """The end of the longest name of ``names`` over at most ``limit`` tokens from ``i``,
    starting and ending on a word. Keys grow word by word, so the search stops at the
    first span whose key starts no name (most words start none: one key, not ``limit``)."""
    if not is_word(tokens[i]):
        return None
    best = None
    for end in range(i + 1, min(i + limit, len(tokens)) + 1):
        key = _key(text, tokens, i, end)
        if key not in prefixes:
            break
        if is_word(tokens[end - 1]) and key in names:
            best = end
    return best


def with_listed_org(entities: Sequence[Entity], text: str, start: int, stop: int,
                    name_en: str | None = None) -> list[Entity]:
    """``entities`` with a listed organisation at ``start:stop`` in place of every entity it
    overlaps (outlets, listed bodies, a body's head with its place)."""
    return with_org(entities, text, start, stop, ORG_LIST_SOURCE, name_en=name_en)


def add_outlets(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the outlets named in the text in place of what they overlap (see the
    module), and without the tagger's newsroom desks."""
    out = list(kept)
    for first, end, name_en in outlet_spans(text, tokens):
        start, stop = tokens[first].start, tokens[end - 1].end
        over = [e for e in out if e.start < stop and start < e.end]
        if not (over and end - first > 1) and not _cited(text, tokens, first, end) and not (
                _reports(text, tokens, end) and not any(e.source == GAZETTEER_SOURCE for e in over)
                and phrase_key(text[start:stop]) not in _month_names()) and not (
                _lone_outlet(text, tokens, first, end)):
            continue
        if any(e.source not in REPLACED_SOURCES or (e.type == "PER" and e.source != TAGGER_SOURCE)
               for e in over):
            continue
        out = with_listed_org(out, text, start, stop, name_en)
    return without_desks(text, tokens, out)


def _field_of_a_post(tokens: Sequence[Word], first: int, head: Word) -> bool:
    """«وزیر [خارجه بحرین]», «فرمانده [انتظامی ماکو]»: the tagger's organisation is the field
    of a post, and its place is the country or town the post holder is of. One opened by a
    body's head noun after the post is that body, named («مدیرعامل [شرکت مخابرات استان
    زنجان]», «رئیس [اتاق اصفهان]»), as the gold labels a body inside a title."""
    if head.folded in role_words():
        return True
    return (first > 0 and tokens[first - 1].folded in role_words()
            and head.folded not in body_heads())


IN = "در"
"""The preposition that joins a place to a body it is no part of («... در ایران»)."""


@lru_cache(maxsize=1)
def _place_name_heads() -> frozenset[str]:
    return listed_keys("entities/place_name_heads_fa.txt") | place_nouns()


def orgs_over_places(text: str, tokens: Sequence[Word], kept: Sequence[Entity],
                     model: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the tagger's organisations that end in gazetteer places in place of
    those places (see the module)."""
    out = list(kept)
    starts = [w.start for w in tokens]
    for m in model:
        if m.type != "ORG":
            continue
        first, end = bisect_left(starts, m.start), bisect_left(starts, m.end)
        cut = next((k for k in range(first + 1, end) if tokens[k].folded == IN), end)
        name = [w for w in tokens[first:cut] if is_word(w)]
        if len(name) < 2 or name[0].folded in _place_name_heads():
            continue
        start, stop = name[0].start, name[-1].end
        over = [e for e in out if e.start < stop and start < e.end]
        if not over and cut == end:
            continue  # the tagger's span as it was: merged already, or lost to another
        places = [e for e in over if e.type == "LOC" and e.source == GAZETTEER_SOURCE
                  and start < e.start and e.end <= stop]
        if not _listed_opener(over, places, start) and (
                len(places) < len(over) or _field_of_a_post(tokens, first, name[0])):
            continue  # a listed body is no post's field: «فرمانده [سپاه کربلا]»
        if over and max(e.end for e in over) != stop:
            continue  # the place must end the name: «اداره آگاهی کرج», not «تهران ... »
        out = in_place_of_overlaps(out, replace(m, start=start, end=stop, text=text[start:stop],
                                                key=f"org:{phrase_key(text[start:stop])}"))
    return sorted(out, key=lambda e: e.start)


def _listed_opener(over: Sequence[Entity], places: Sequence[Entity], start: int) -> bool:
    """Whether the one entity of ``over`` that is no place is a listed organisation that
    opens the tagger's name, before places of a province or town: a provincial corps or
    office keeps its place as the gold does («سپاه کربلا استان مازندران», «شرکت آب و فاضلاب
    روستایی استان بوشهر»). A country after a listed name stays apart («حزب‌الله لبنان»)."""
    rest = [e for e in over if e not in places]
    if len(rest) != 1 or not places:
        return False
    body = rest[0]
    return (body.type == "ORG" and body.source == ORG_LIST_SOURCE and body.start == start
            and body.end <= min(e.start for e in places)
            and not any(e.kb_id in country_kb_ids() for e in places))
