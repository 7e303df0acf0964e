"""What the Persian tagger reads as a name that is none or takes into a name, and surnames
spread from a weak reading (called from ``persian_rules.tidy_persian_model`` and
``ner.find_entities``).

- A team's or club's name loses the nouns of kind the tagger took with it («تیم فوتبال
  استقلال», «باشگاه پرسپولیس»: ``resources/entities/club_kinds_fa.txt``); a national team
  («تیم ملی») keeps them.
- A person or organisation of the tagger loses the words of a chant it holds
  (``resources/entities/slogans_fa.txt``: «مرگت باد», «زنده باد», «مرگ بر»), and is none when
  nothing else is left: «حسنی مبارک، مرگت باد!» was two persons, «مرگت باد» and a surname
  «باد» spread from it.
- A person or organisation of the tagger right after an indefinite determiner («یک شرکت
  هلدینگ», «یک تیم ایتالیایی»: ``resources/entities/indefinites_fa.txt``) is a kind, not a
  name; one that is a lone adjective of a region («کشورهای اروپایی»,
  ``resources/entities/region_adjectives_fa.txt``) is the adjective, and so is a lone
  adjective of a place of origin: always as an organisation («ملی‌پوش اصفهانی»), as a person
  after a plural noun («شهروندان تهرانی»), also where it is left after a club's nouns of kind
  are cut («[تیم] لندنی»: ``persian_rules.tidy_persian_model``). A span left opening on a
  plural ending written apart from its noun («[باشگاه] هاي برتر ايران») is a fragment, none.
- A person of the tagger holding a number («پسته کله قوچی 28000», «اولئیک 6/69 درصد») is
  none, and an organisation ends before its number («وزارت بهداشت 200 هزار»): a price list
  or an amount, read as a name.
- A person that is a set phrase opened by a word that is also a given name («حسن نیت»
  'good faith', «نیروهای حافظ صلح» 'peacekeeping forces':
  ``resources/entities/name_word_phrases_fa.txt``), or the phrase's first word alone with
  the second right after it, is none («حافظ» the poet stays); so is a person that ends a
  set phrase whose other words stand right before it («مرگ و [میر]» 'mortality':
  ``resources/entities/name_word_ends_fa.txt``).
- «امیر» before a name is the Army's rank only among words of the armed forces
  (``resources/entities/military_words_fa.txt``, within ``AMIR_CONTEXT`` words of it);
  elsewhere it is the given name, also of compound ones («امیر اثباتی», «امیر حسین
  قاضی‌زاده»), and opens the person the title rule read after it. «امیر سرتیپ», «امیر
  دریادار» stay ranks; «امیر» before a place alone is the emir («امیر قطر»), no person.
  After a given name «امیر» opens the surname («عباس امیر انتظام», «حسین امیر عبداللهیان»:
  ``persian_amir``).
- A surname met again alone (``stage.add_surname_mentions``) is a person only where the
  article names that person with more than one word the tagger read alone: a title, a given
  name, quotes or a name of several words. A lone word the tagger once took for a person
  («رادیویی», «گوگل», «پارکینسون») is mostly a common word, and spreading copied the error to
  every use of it (20 times in one article). Where the surname follows the words before it
  in the name («برانکو ایوانکوویچ», «حاجی زاده»: the name written again, or a compound
  surname), the mention is the name from those words; where they end a person found
  already, that person grows over the surname («سرتاج» + «عزیز» is «سرتاج عزیز»,
  «غلامرضا مصباحی» + «مقدم» is «غلامرضا مصباحی مقدم»): the word alone is the wrong span.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache

from khabar.doc import SURNAME_SOURCE, TAGGER_SOURCE, TITLE_SOURCE, Entity
from khabar.entities.common_words import drop_phrase_persons, magnitude_words
from khabar.entities.gazetteer import place_index
from khabar.entities.persian_amir import given_name_before
from khabar.entities.titles import given_names, surname_suffixes
from khabar.entities.words import Word, fold_word, listed_keys, listed_lengths, phrase_key
from khabar.normalize.fold import fold
from khabar.normalize.zwnj_lexicon import VERB_PREFIXES, ZWNJ
from khabar.resources import load_lines


def is_word(word: Word) -> bool:
    """A word with letters or digits: the tatweel «ـ» of «تهران ـ ایرنا» is a dash."""
    return word.folded[:1].isalnum()


def before_number(text: str, tokens: Sequence[Word], starts: Sequence[int],
                   e: Entity) -> Entity | None:
    """A person holding a number is none; an organisation that ends in an amount ends
    before it, and is none when less than two words are left («شرکت 70 عنوان فیلم»: 'took
    part'). A number inside a name stays («شهرداری منطقه 3 تهران», «شعبه 5 دادسرا»), and
    so does one that ends it after a noun that numbers bodies («شهرداری منطقه 20»:
    ``resources/entities/numbered_nouns_fa.txt``)."""
    first = bisect_left(starts, e.start)
    inside = [k for k in range(first, bisect_left(starts, e.end)) if _has_digit(tokens[k])]
    if not inside:
        return e
    if e.type == "PER":
        return None
    if inside[0] > first and tokens[inside[0] - 1].folded in _numbered_nouns():
        return e
    after = tokens[inside[0]:bisect_left(starts, e.end)]
    if not all(_has_digit(w) or w.folded in magnitude_words() or not is_word(w)
               for w in after):
        return e
    kept = [w for w in tokens[first:inside[0]] if is_word(w)]
    if len(kept) < 2:
        return None
    end = kept[-1].end
    return replace(e, end=end, text=text[e.start:end], key=f"org:{phrase_key(text[e.start:end])}")


def _numbered_nouns() -> frozenset[str]:
    return listed_keys("entities/numbered_nouns_fa.txt")


@lru_cache(maxsize=1)
def determiners() -> frozenset[str]:
    """Persian demonstratives and indefinites («این», «آن», «یک», «چند»): a kind noun after
    one is used generically («این دانشگاه», «یک شرکت»), not the head of a name."""
    return listed_keys("entities/demonstratives_fa.txt") | listed_keys(
        "entities/indefinites_fa.txt")


def _indefinites() -> frozenset[str]:
    return listed_keys("entities/indefinites_fa.txt")


def _region_adjectives() -> frozenset[str]:
    return listed_keys("entities/region_adjectives_fa.txt")


def generic(tokens: Sequence[Word], starts: Sequence[int], e: Entity) -> bool:
    """A kind after an indefinite, or a lone adjective of a region or of a place of origin
    (see the module)."""
    k = bisect_left(starts, e.start)
    return (k > 0 and tokens[k - 1].folded in _indefinites()) or (
        phrase_key(e.text) in _region_adjectives()) or _of_a_place(tokens, starts, k, e)


@cache
def detached_plurals() -> frozenset[str]:
    """Folded plural endings written apart from their noun: a span they open is a fragment of
    a plural noun phrase, no name («باشگاه هاي برتر ايران», a Hamshahri kicker, whose kind
    noun «باشگاه» the tidy cut, session 26)."""
    return frozenset(fold_word(ending) for ending in PLURAL_ENDINGS)


PLURAL_ENDINGS = ("ها", "های", "ان")
"""Persian plural endings of a noun an adjective may follow («شهروندان», «موش‌های»)."""
ADJECTIVE_ENDING = "ی"
"""The Persian ending of an adjective of origin («تهران» → «تهرانی»)."""


def _of_a_place(tokens: Sequence[Word], starts: Sequence[int], k: int, e: Entity) -> bool:
    """A lone word that is a gazetteer place and «ی» («اصفهانی», «تهرانی») is an adjective of
    origin: never an organisation, and no person after a plural noun it qualifies
    («شهروندان تهرانی», «موش‌های تهرانی»); after a given name it is a surname."""
    if bisect_left(starts, e.end) - k != 1:
        return False
    word = tokens[k].text
    if not word.endswith(ADJECTIVE_ENDING) or place_index().get(word[:-1]) is None:
        return False
    if e.type == "ORG":
        return True
    before = tokens[k - 1] if k > 0 else None
    return (before is not None and before.text.replace(ZWNJ, "").endswith(PLURAL_ENDINGS)
            and given_names().get(before.text) is None)


@lru_cache(maxsize=1)
def _chants() -> dict[str, int]:
    """Phrase key -> number of words of the chant phrases."""
    return listed_lengths("entities/slogans_fa.txt")


def chant_words(text: str, tokens: Sequence[Word]) -> frozenset[int]:
    """Indices of the tokens of chant phrases in the text."""
    found: set[int] = set()
    firsts = _chant_firsts()
    for i in range(len(tokens)):
        if tokens[i].folded not in firsts:
            continue  # most words open no chant: no key to build
        for n in _chant_lengths():
            if i + n <= len(tokens) and phrase_key(
                    text[tokens[i].start:tokens[i + n - 1].end]) in _chants():
                found.update(range(i, i + n))
    return frozenset(found)


@lru_cache(maxsize=1)
def _chant_firsts() -> frozenset[str]:
    return frozenset(phrase_key(chant.split()[0])
                     for chant in load_lines("entities/slogans_fa.txt"))


@lru_cache(maxsize=1)
def _chant_lengths() -> tuple[int, ...]:
    return tuple(sorted(set(_chants().values())))


def without_chant(text: str, tokens: Sequence[Word], starts: Sequence[int], e: Entity,
                   chants: frozenset[int]) -> Entity | None:
    """``e`` without the chant words it holds: the words after the last of them, or else
    before the first; None when no word is left."""
    first, end = bisect_left(starts, e.start), bisect_left(starts, e.end)
    inside = [k for k in range(first, end) if k in chants]
    if not inside:
        return e
    after = [w for w in tokens[inside[-1] + 1:end] if is_word(w)]
    before = [w for w in tokens[first:inside[0]] if is_word(w)]
    rest = after or before
    if not rest:
        return None
    start, stop = rest[0].start, rest[-1].end
    key = f"org:{phrase_key(text[start:stop])}" if e.type == "ORG" else (
        f"per:{rest[-1].folded}")
    return replace(e, start=start, end=stop, text=text[start:stop], key=key)


def _club_kinds() -> frozenset[str]:
    return listed_keys("entities/club_kinds_fa.txt")


NATIONAL = "ملی"
"""«تیم ملی»: a national team, whose kind noun is its name."""


def without_kind(text: str, tokens: Sequence[Word], starts: Sequence[int],
                 e: Entity) -> Entity:
    """An organisation without the club's nouns of kind it opens with (see the module)."""
    first, end = bisect_left(starts, e.start), bisect_left(starts, e.end)
    k = first
    while k < end and (tokens[k].folded in _club_kinds() or not is_word(tokens[k])):
        k += 1
    if k == first or k >= end or tokens[k].folded == phrase_key(NATIONAL):
        return e
    start = tokens[k].start
    return replace(e, start=start, text=text[start:e.end],
                   key=f"org:{phrase_key(text[start:e.end])}")


VERB_OPENINGS = tuple(prefix + ZWNJ for prefix in VERB_PREFIXES)
"""How a Persian verb opens: «می‌»/«نمی‌» and a half-space («می‌روم», «نمی‌تواند»)."""


def before_verb(text: str, tokens: Sequence[Word], starts: Sequence[int],
                e: Entity) -> Entity | None:
    """A person or organisation of the tagger ends before a verb it ran into («تیم ملی
    می‌توانست», «می‌روم» alone: a verb opens on «می‌»/«نمی‌»); None when no word is left."""
    first, end = bisect_left(starts, e.start), bisect_left(starts, e.end)
    verb = next((k for k in range(first, end) if tokens[k].text.startswith(VERB_OPENINGS)),
                None)
    if verb is None:
        return e
    kept = [w for w in tokens[first:verb] if is_word(w)]
    if not kept:
        return None
    stop = kept[-1].end
    key = f"org:{phrase_key(text[e.start:stop])}" if e.type == "ORG" else f"per:{kept[-1].folded}"
    return replace(e, end=stop, text=text[e.start:stop], key=key)


def with_surname_suffix(text: str, tokens: Sequence[Word], starts: Sequence[int],
                        e: Entity) -> Entity:
    """A person of the tagger followed, a space between, by the end of a compound surname
    written apart («مرتضی اسلام» + «زاده», «پور», «نژاد»: ``surname_suffixes.txt``) takes
    it; the key is the whole surname («اسلام‌زاده»), not the suffix every such name ends in."""
    k = bisect_left(starts, e.end)
    if e.type != "PER" or k >= len(tokens) or tokens[k].folded not in surname_suffixes():
        return e
    gap = text[e.end:tokens[k].start]
    if not gap or not gap.isspace() or "\n" in gap:
        return e
    stop = tokens[k].end
    return replace(e, end=stop, text=text[e.start:stop],
                   key=f"per:{tokens[k - 1].folded}{tokens[k].folded}")


def _has_digit(word: Word) -> bool:
    return any(ch.isdigit() for ch in word.text)


def settle_surnames(text: str, tokens: Sequence[Word], entities: Sequence[Entity]
                    ) -> list[Entity]:
    """``entities`` without the surname mentions that copy a lone tagger word, and with
    those that end a name written again grown over it (see the module)."""
    starts = [w.start for w in tokens]
    names: dict[str, list[list[str]]] = {}
    for e in entities:
        if e.type == "PER" and e.source != SURNAME_SOURCE and e.key:
            found = name_words(tokens, starts, e)
            if e.source != TAGGER_SOURCE or len(found) > 1:
                names.setdefault(e.key, []).append([w.folded for w in found])
    holder = {k: e for e in entities if e.source != SURNAME_SOURCE
              for k in range(bisect_left(starts, e.start), bisect_left(starts, e.end))}
    grown: dict[int, Entity] = {}
    out = []
    for e in entities:
        if e.source == SURNAME_SOURCE:
            known = names.get(e.key or "")
            if not known:
                continue  # the key's only reading is a lone word of the tagger
            k = bisect_left(starts, e.start)
            first = k - max(_matched_before(tokens, k, name) for name in known)
            before = holder.get(k - 1) if first < k else None
            if before is not None:
                if before.type == "PER" and before.end == tokens[k - 1].end:
                    grown[id(before)] = replace(before, end=e.end, text=text[before.start:e.end],
                                                key=e.key)
                continue  # the tail of a name found already: that name grows over it
            while first < k and first in holder:
                first += 1
            e = replace(e, start=tokens[first].start, text=text[tokens[first].start:e.end])
        out.append(e)
    return [grown.get(id(e), e) for e in out]


def name_words(tokens: Sequence[Word], starts: Sequence[int], e: Entity) -> list[Word]:
    """The words (no marks) of entity ``e`` among ``tokens``, whose starts are ``starts``."""
    return [w for w in tokens[bisect_left(starts, e.start):bisect_left(starts, e.end)]
            if is_word(w)]


def _matched_before(tokens: Sequence[Word], k: int, name: Sequence[str]) -> int:
    """How many words right before word ``k`` are the words before the last of ``name``."""
    n = 0
    while n + 1 < len(name) and k - n - 1 >= 0 and tokens[k - n - 1].folded == name[-n - 2]:
        n += 1
    return n


def drop_name_word_phrases(tokens: Sequence[Word], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` without the persons that are a set phrase or its first word, or the last
    words of a phrase that ends on a name (see the module)."""
    kept = drop_phrase_persons(tokens, entities, "entities/name_word_phrases_fa.txt")
    return drop_phrase_ends(tokens, kept)


@lru_cache(maxsize=1)
def _phrase_ends() -> frozenset[tuple[str, ...]]:
    """The folded words of the phrases of ``name_word_ends_fa.txt``."""
    return frozenset(tuple(fold_word(w) for w in line.split())
                     for line in load_lines("entities/name_word_ends_fa.txt"))


def drop_phrase_ends(tokens: Sequence[Word], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` without the persons whose words end a listed set phrase, its other words
    right before them («مرگ و [میر]» 'mortality', session 18 (2026-12-06))."""
    starts = [w.start for w in tokens]
    return [e for e in entities if e.type != "PER" or not _ends_phrase(
        tokens, bisect_left(starts, e.start), bisect_left(starts, e.end))]


def _ends_phrase(tokens: Sequence[Word], first: int, end: int) -> bool:
    """Whether words ``first``..``end - 1`` are the last words of a phrase of
    ``name_word_ends_fa.txt`` whose other words stand right before them."""
    for phrase in _phrase_ends():
        before = len(phrase) - (end - first)  # the phrase's words before the person
        if before > 0 and first >= before and tuple(
                w.folded for w in tokens[first - before:end]) == phrase:
            return True
    return False


AMIR = fold("امیر")
"""The Army's rank and a common given name, the two written alike."""
AMIR_CONTEXT = 4
"""Words before «امیر» and after the name in which a word of the armed forces makes it the
rank."""


def _military_words() -> frozenset[str]:
    return listed_keys("entities/military_words_fa.txt")


def amir_given_names(text: str, tokens: Sequence[Word], found: Sequence[Entity]) -> list[Entity]:
    """``found`` with the persons the bare rank «امیر» introduced opened by it where no word of
    the armed forces is near (see the module)."""
    starts = [w.start for w in tokens]
    out = []
    for e in found:
        k = bisect_left(starts, e.start)
        if (e.type == "PER" and e.source == TITLE_SOURCE and e.role is not None and k > 0
                and phrase_key(e.role) == AMIR and tokens[k - 1].folded == AMIR
                and text[tokens[k - 1].end:e.start].isspace()
                and not any(o.start < e.start and tokens[k - 1].start < o.end for o in found)):
            end = bisect_left(starts, e.end)
            if end - k == 1 and place_index().get(tokens[k].text) is not None:
                continue  # «امیر قطر»: the emir, a title with no name
            near = [*tokens[max(0, k - 1 - AMIR_CONTEXT):k - 1], *tokens[end:end + AMIR_CONTEXT]]
            if not any(w.folded in _military_words() for w in near):
                start = tokens[k - 1].start
                e = replace(e, start=start, text=text[start:e.end], role=None)
        out.append(e)
    return given_name_before(text, tokens, out, AMIR)
