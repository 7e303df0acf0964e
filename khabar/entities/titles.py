"""Persons from titles, ranks and given names, and later mentions of their surnames.

A title chain ("سردار سرلشکر پاسدار", "اللواء") is followed by a name: a quoted name
(«محمد باقری», "محمد باقري") or a short name grammar, given names then one surname,
with Arabic nasab links ("محمد بن سلمان بن عبد العزيز"). Without a title, a known given
name followed by a surname is a person too. A name stops at a stopword (verbs,
function words, role nouns). Every list is data in ``resources/entities``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from khabar.doc import GIVEN_NAME_SOURCE
from khabar.entities.common_words import not_a_name
from khabar.entities.gazetteer import PhraseIndex, Word, demonyms
from khabar.entities.words import listed_keys, phrase_key
from khabar.normalize.fold import fold
from khabar.resources import load_lines, load_tsv

OPEN_QUOTES = {"«": "»", '"': '"', "“": "”", "'": "'"}
MAX_QUOTED_WORDS = 4
MAX_GIVEN = 2
CONNECTORS = frozenset(fold(w) for w in ("بن", "ابن", "بنت", "أبو", "ابو", "عبد", "آل"))
"""Words that link name parts and need a following name word (kept as code: grammar)."""
MAX_FAMILY_WORDS = 3
"""Definite family words read after a title's unlisted first name."""
SON_OF = frozenset(fold(w) for w in ("بن", "ابن", "بنت"))
NASAB_LINKS = frozenset(fold(w) for w in ("بن", "بنت"))
"""Links written only inside names; «ابن» is also the noun 'son' («ابن الستيني»)."""
FAMILY = fold("آل")
"""A chain that ends "آل سعود" has its family name: no nisba comes after it."""
ABD = fold("عبد")
"""Opens a compound name written apart («عبد العزيز»), its second word the name's; defined
once here, below every module that reads it (``stage`` re-exports it)."""
_VERB_PREFIXES = ("می\u200c", "نمی\u200c")


@dataclass(frozen=True, slots=True)
class NameSpan:
    start: int
    end: int
    first: int
    last: int
    """Word indexes of the name, inclusive."""
    key: str


@dataclass(frozen=True, slots=True)
class PersonHit:
    name: NameSpan
    role: str | None
    source: str


@lru_cache(maxsize=1)
def titles() -> PhraseIndex[str]:
    index: PhraseIndex[str] = PhraseIndex()
    for row in load_tsv("entities/titles.tsv"):
        index.add(row[0], row[1] if len(row) > 1 else "title")
    return index


def title_parts() -> frozenset[str]:
    """Arabic words that go on a title chain and are no name («ركن», «الراحل», «شمل»):
    rules only, as ``titles.tsv`` also feeds the taggers' features."""
    return listed_keys("entities/title_parts_ar.txt")


def stopwords() -> frozenset[str]:
    return listed_keys("entities/name_stopwords.txt")


@lru_cache(maxsize=1)
def surface_stopwords() -> frozenset[str]:
    return frozenset(load_lines("entities/surface_stopwords.txt"))


def light_verbs() -> frozenset[str]:
    """Persian light verbs: the word before one is the noun of a compound verb ("تاکید کرد",
    "اظهار داشت"), never a surname ("ابراهیم تاکید کرد")."""
    return listed_keys("entities/light_verbs.txt")


def surname_suffixes() -> frozenset[str]:
    """Persian surname endings a lost half-space leaves apart ("ستاری فر", "احمدی نژاد"):
    the surname goes on through them."""
    return listed_keys("entities/surname_suffixes.txt")


def place_nouns() -> frozenset[str]:
    """Nouns of a kind of place ("ولایت", "استان", "محافظة"): the word after one names a
    place, whatever person's surname it looks like."""
    return listed_keys("entities/place_nouns.txt")


def family_nouns() -> frozenset[str]:
    """Nouns of a family («عائلة», «أسرة»): the word after one names the family, not the
    person of that surname named elsewhere in the article (session 29)."""
    return listed_keys("entities/family_nouns_ar.txt")


def role_words(lang: str | None = None) -> frozenset[str]:
    """Words of role phrases; given ``lang``, without the other language's rows."""
    return listed_keys("entities/role_words.txt", lang)


@lru_cache(maxsize=1)
def given_names() -> PhraseIndex[bool]:
    index: PhraseIndex[bool] = PhraseIndex()
    for name in load_lines("entities/given_names.txt"):
        index.add(name, True)
    return index


@lru_cache(maxsize=1)
def compound_surnames() -> frozenset[str]:
    """Surnames of two words ("هاشمی رفسنجانی", "رحمانی فضلی", "داوود اوغلو"), folded and
    joined: the last two words of the shipped KB's Arabic-script person names whose
    first word is not a given name or a name link."""
    from khabar.kb.entries import shipped_entries

    found = set()
    for entry in shipped_entries():
        for lang, names in entry.names.items():
            for name in names if entry.type == "PER" and lang != "en" else ():
                parts = [fold(p) for p in name.split()]
                if len(parts) >= 2 and parts[-2] not in CONNECTORS and not (
                        given_names().get(parts[-2])):
                    found.add(parts[-2] + parts[-1])
    return frozenset(found)


def after_name_nouns() -> frozenset[str]:
    """Nouns that describe the person before them and end his name («مواليد»)."""
    return listed_keys("entities/after_name_nouns_ar.txt")


@lru_cache(maxsize=1)
def conjunction_letters() -> str:
    """«و», «ف» as one string: ``folded[:1] in`` it tests a word's first letter."""
    return "".join(load_lines("entities/conjunction_letters_ar.txt"))


def unjoined(folded: str, longer_than: int = 0) -> str:
    """A folded Arabic word without the conjunction «و»/«ف» written onto it; with
    ``longer_than``, only in a word longer than that (in «وقف», «فرض» the letter is the
    stem's own)."""
    return folded[1:] if len(folded) > longer_than and folded[:1] in conjunction_letters() \
        else folded


def after_name_noun(word: Word) -> bool:
    folded = word.folded
    return folded in after_name_nouns() or (
        folded[:1] in conjunction_letters() and folded[1:] in after_name_nouns())


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """One-word Arabic speech and report verbs («قال», «أعلنت»), the quote stage's list."""
    return frozenset(phrase_key(form) for form, lang in load_tsv("events/speech_verbs.tsv")
                     if lang == "ar" and " " not in form)


def speech_verb(word: Word) -> bool:
    """A speech verb, also with «و»/«ف» on it, that is no given name too."""
    folded = word.folded
    bare = unjoined(folded)
    return bool({folded, bare} & speech_verbs()) and not given_names().get(folded)


def is_name_word(word: Word) -> bool:
    """Could this word be part of a name?"""
    if not word.text[0].isalpha() or len(word.folded) < 2 or after_name_noun(word):
        return False
    if speech_verb(word):
        return False  # «الشيخ محمد حسين أعلن»: the verb of the clause the name opens
    if word.folded in stopwords() or word.text in surface_stopwords():
        return False
    if word.text.startswith(_VERB_PREFIXES) or word.text in titles():
        return False
    # «أمير منطقة الرياض» is the region's governor: no one is named منطقة (not a stopword,
    # which the taggers read as a feature they were trained on)
    return (word.folded not in CONNECTORS and word.folded not in place_nouns()
            and not not_a_name(word))


def person_key(tokens: Sequence[Word], first: int, last: int) -> str:
    """``per:`` + folded surname; for a nasab name, ``per:`` + given-father. A surname whose
    end a lost half-space left apart («رضا غنی زاده», ``surname_suffixes``) is keyed whole,
    as ``persian_tidy.with_surname_suffix`` keys it, not by the end every such name shares
    (review_a, session 21 (2026-12-06): «per:زاده» gathered unrelated persons)."""
    parts = [w.folded for w in tokens[first : last + 1]]
    for k in range(1, len(parts) - 1):
        if parts[k] in SON_OF:
            father = k + 1
            while father < len(parts) - 1 and parts[father] in CONNECTORS:
                father += 1  # "بن عبد العزيز" and "بن عبدالعزيز": one key
            return f"per:{parts[0]}-{''.join(parts[k + 1 : father + 1])}"
    if len(parts) > 2 and parts[-1] in surname_suffixes():
        return f"per:{parts[-2]}{parts[-1]}"
    return f"per:{parts[-1]}"


def quoted_name(text: str, tokens: Sequence[Word], i: int) -> NameSpan | None:
    """A name written between quotes at word ``i`` (the opening quote)."""
    close = OPEN_QUOTES.get(tokens[i].text)
    if close is None:
        return None
    for j in range(i + 1, min(i + 2 + MAX_QUOTED_WORDS, len(tokens))):
        if tokens[j].text == close:
            if j == i + 1 or not all(is_name_word(w) or w.folded in CONNECTORS
                                     for w in tokens[i + 1 : j]):
                return None
            return NameSpan(tokens[i + 1].start, tokens[j - 1].end, i + 1, j - 1,
                            person_key(tokens, i + 1, j - 1))
        if not tokens[j].text[0].isalpha():
            return None
    return None


def _given_run(text: str, tokens: Sequence[Word], i: int) -> int:
    """Index after up to MAX_GIVEN given names starting at word ``i``."""
    for _ in range(MAX_GIVEN):
        if i >= len(tokens):
            break
        match = given_names().match_at(text, tokens, i)
        if match is None or tokens[i].text in surface_stopwords():
            break
        i = match.last + 1
    return i


def name_at(text: str, tokens: Sequence[Word], i: int, *, need_given: bool) -> NameSpan | None:
    """Given names, one surname, then nasab links (بن X ...), starting at word ``i``."""
    after_given = _given_run(text, tokens, i)
    if need_given and after_given == i:
        return None
    last = after_given - 1
    j = after_given
    # A lone word after a title stays a name even before a light verb ("باعث آزردگی
    # آیت‌الله طالقانی شد"); after a given name it is the verb's noun ("ابراهیم تاکید کرد").
    surname = (j < len(tokens) and is_name_word(tokens[j])
               and not (j > i and _verb_noun(tokens, j)))
    if surname and not _is_arabic_definite(tokens[j], need_given):
        last = j
        j += 1
        if j < len(tokens) and tokens[j - 1].folded + tokens[j].folded in compound_surnames():
            last, j = j, j + 1  # "هاشمی رفسنجانی": a surname of two words
        elif j < len(tokens) and tokens[j].folded in surname_suffixes():
            last, j = j, j + 1
        elif not need_given and after_given == i and not tokens[i].folded.startswith("ال"):
            while j < len(tokens) and j - i <= MAX_FAMILY_WORDS and _family_nisba(tokens[j]):
                last, j = j, j + 1  # «الدكتور ساعد العرابي الحارثي»: see _family_nisba
    linked = family = False
    while (k := _after_connectors(tokens, j)) > j and k < len(tokens) and _linked_name_word(
            tokens, k):
        family = tokens[k - 1].folded == FAMILY
        last, j, linked = k, k + 1, True
    if linked and not family and j < len(tokens) and _is_family_name(tokens[j]):
        last = j  # "حمد بن علي العطية": a family name closes a nasab chain
    if last < i or (need_given and last < after_given):
        return None
    return NameSpan(tokens[i].start, tokens[last].end, i, last, person_key(tokens, i, last))


def _linked_name_word(tokens: Sequence[Word], k: int) -> bool:
    """A name word after a link word. Right after «بن»/«بنت» a father's name may be a
    common noun, which the stopword list holds («عبدالله بن مساعد» 'assistant')."""
    word = tokens[k]
    if is_name_word(word):
        return True
    if tokens[k - 1].folded == FAMILY and word.text in titles():
        return True  # «آل الشيخ»: after «آل» a title is the family's name
    return (tokens[k - 1].folded in NASAB_LINKS and word.text[0].isalpha()
            and len(word.folded) >= 2 and word.text not in titles()
            and word.folded not in CONNECTORS and not not_a_name(word))


def _verb_noun(tokens: Sequence[Word], j: int) -> bool:
    return j + 1 < len(tokens) and tokens[j + 1].folded in light_verbs()


MAX_CONNECTORS = 2
"""Link words in a row before the next name word ("بن عبد العزيز", "بن آل ...")."""


def _after_connectors(tokens: Sequence[Word], j: int) -> int:
    """Index after the run of link words at ``j`` (``j`` itself when there is none)."""
    k = j
    while k < len(tokens) and k - j < MAX_CONNECTORS and tokens[k].folded in CONNECTORS:
        if k > j and tokens[k].folded in SON_OF:
            return j  # "ابن ابن عم": a grandson, a kinship phrase, not a name
        k += 1
    return k


def _family_nisba(word: Word) -> bool:
    """A definite nisba after a title's unlisted first name is a family word («الدكتور ساعد
    العرابي الحارثي»), unless one of ANERcorp's common words; a definite noun of another
    build is more often the verb's object («العقيد زياد الرقيطي الحادثة»). Session 19."""
    from khabar.entities.arabic_kind_names import common_words  # it imports this module

    return (word.text.startswith("ال") and word.folded.endswith("ي") and _is_family_name(word)
            and word.folded not in common_words())


def _is_family_name(word: Word) -> bool:
    """A family name closing a nasab chain is a definite nisba ("حمد بن علي العطية");
    "ولأصحاب" after "سلمان بن عبد العزيز" is the next phrase."""
    return (is_name_word(word) and word.folded.startswith("ال")
            and word.text not in demonyms())


def _is_arabic_definite(word: Word, strict: bool) -> bool:
    """Without a title, an ``ال`` word after a given name is more often a noun than a surname."""
    return strict and word.folded.startswith("ال")


def _title_chain(text: str, tokens: Sequence[Word], i: int) -> tuple[int, int, int] | None:
    """(role start, role end, next word index) of a chain of titles at word ``i``."""
    match = titles().match_at(text, tokens, i, strip_clitics=True)
    if match is None:
        return None
    start, end, j = match.start, match.end, match.last + 1
    while j < len(tokens):
        more = titles().match_at(text, tokens, j)
        if more is not None:
            end, j = more.end, more.last + 1
        elif tokens[j].folded in title_parts() or _title_nationality(tokens, j):
            end, j = tokens[j].end, j + 1  # «الملك الراحل», «الفريق أول ركن», «شيخ شمل»
        else:
            break
    return start, end, j


def _title_nationality(tokens: Sequence[Word], j: int) -> bool:
    """A definite nationality adjective between a title and a name is of the role
    («الجنرال الأمريكي جون كامبل»); the name after it must then have two words or more
    («الفريق» is also 'the team'). Session 19 (2026-12-06), issue 5."""
    word = tokens[j]
    return (word.text.startswith("ال") and word.text in demonyms()
            and j + 1 < len(tokens) and is_name_word(tokens[j + 1]))


def _family_title(tokens: Sequence[Word], i: int) -> bool:
    """Whether the title word at ``i`` is a family name here: a title that is also one
    (``family_titles_ar.txt``: «الشيخ», «السيد») right after a word that links a name to
    its family (``family_title_links_ar.txt``: «آل», the Mauritanian «ولد» 'son of'):
    «إسماعيل ولد الشيخ أحمد» is one man, «أحمد» no name a title opens; «اتحاد آل الشيخ
    وبن محفوظ» names two families. Session 25 (2026-12-07), issue 5, engineer ent_ar8."""
    return (i > 0 and tokens[i].folded in listed_keys("entities/family_titles_ar.txt")
            and tokens[i - 1].folded in listed_keys("entities/family_title_links_ar.txt"))


def titled_persons(text: str, tokens: Sequence[Word]) -> list[PersonHit]:
    """Persons introduced by a title or rank."""
    hits: list[PersonHit] = []
    after = 0
    for i in titles().start_positions(tokens, strip_clitics=True):
        if i < after or _family_title(tokens, i):
            continue
        chain = _title_chain(text, tokens, i)
        if chain is None or chain[2] >= len(tokens):
            continue
        role_start, role_end, j = chain
        name = quoted_name(text, tokens, j) or name_at(text, tokens, j, need_given=False)
        if name is not None and name.first == name.last and _title_nationality(tokens, j - 1):
            name = None  # «مدرب الفريق التونسي جميل قاسم»: 'the team', no rank, before it
        if name is not None:
            hits.append(PersonHit(name, text[role_start:role_end], "title"))
            after = name.last + 1
        else:
            after = j
    return hits


def quoted_persons(text: str, tokens: Sequence[Word]) -> list[PersonHit]:
    """Quoted names that start with a given name ("سيد عاصم منير", «محمود عباس»)."""
    hits = []
    for i, word in enumerate(tokens):
        name = quoted_name(text, tokens, i) if word.text in OPEN_QUOTES else None
        if name is not None and name.last > name.first and _given_run(text, tokens, name.first) > (
            name.first
        ):
            hits.append(PersonHit(name, None, "quoted"))
    return hits


def given_name_persons(text: str, tokens: Sequence[Word]) -> list[PersonHit]:
    """Persons written as a known given name plus a surname, with no title."""
    hits: list[PersonHit] = []
    after = 0
    for i in given_names().start_positions(tokens):
        name = name_at(text, tokens, i, need_given=True) if i >= after else None
        if name is not None:
            hits.append(PersonHit(name, None, GIVEN_NAME_SOURCE))
            after = name.last + 1
    return hits


def nasab_persons(text: str, tokens: Sequence[Word]) -> list[PersonHit]:
    """Arabic names read from their first "بن": a name word, بن/ابن, a name ("راشد بن
    عبدالله آل خليفة"), even when the first name is not a known given name."""
    hits: list[PersonHit] = []
    after = 0
    for k in range(1, len(tokens) - 1):
        if tokens[k].folded not in SON_OF or k - 1 < after:
            continue
        if not is_name_word(tokens[k - 1]) or not (
                is_name_word(tokens[k + 1]) or tokens[k + 1].folded in CONNECTORS):
            continue
        if tokens[k].folded not in NASAB_LINKS and tokens[k + 1].folded.startswith("ال"):
            continue  # «ويتابع ابن الستيني»: the noun 'son', then whose son
        name = name_at(text, tokens, k - 1, need_given=False)
        if name is not None and name.last > k:
            hits.append(PersonHit(name, None, GIVEN_NAME_SOURCE))
            after = name.last + 1
    return hits


def surname_mentions(
    tokens: Sequence[Word], keys: dict[str, str], taken: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """(start, end, key) of single words equal to a known surname, outside taken spans and
    not right after a noun of a place ("ولایت ننگرهار" names a province, whoever the
    tagger took "والی ننگرهار" for) or of a family («عائلة الدوابشة» is the family of
    the infant «علي سعد الدوابشة», no mention of him)."""
    found = []
    for k, word in enumerate(tokens):
        key = keys.get(word.folded)
        if key is None or word.text in surface_stopwords() or (
                k > 0 and (tokens[k - 1].folded in place_nouns()
                           or tokens[k - 1].folded in family_nouns())):
            continue
        if not any(s < word.end and word.start < e for s, e in taken):
            found.append((word.start, word.end, key))
    return found
