"""Persian bodies named by a description and the place they serve (issue 5, session 15
(2026-12-06)).

A Persian body's name is often a head noun of institution («انجمن», «حزب», «اداره»,
«سازمان»), the ezafe chain of the nouns and adjectives that describe it, and the place it
serves in the genitive, which closes the name: «انجمن دیابت ایران», «حزب خلق پاکستان»,
«انجمن صنایع شیرینی و شکلات کشور», «اداره کل زندان‌های استان اصفهان», «سازمان ثبت
اسناد و املاک کشور». The project's gold keeps the nouns and the place
(bench/data/ENTITIES-GOLD.md: «سازمان مدیریت و برنامه ریزی کشور», «شبکه بهداشت و درمان
مراغه»), and the tagger, with no capitals to go by, misses such names or cuts them before
the place. ``add_place_bodies`` reads a head with the place right after it; here the head,
one to five words of its chain and the place (a gazetteer place, or a word standing for
the country: ``described_bodies_fa.tsv``) are one organisation.

The chain ends, and no name is read, at what cannot stand in an ezafe chain: a function,
time or role word or a verb (``name_stopwords.txt``; the table's stop words: a post's noun
such as «مدیرکل», which opens a title; a word opening on «می‌»; «کل» 'general' stays:
«اداره کل»), a number, a line break or any mark, the comma
too (a comma lists bodies more often than a name's nouns: «شرکت باما، چادرملو و پتروشیمی
اراک», «بانک ملی، سرمایه گذاری گروه صنایع بهشهر»), or a second body's head after «و»
(«سازمان X و سازمان Y ...»: two bodies, the second read alone), or the head of a parent
body (a unit named in its parent's genitive: the parent is the name). After the place, a
second place joined by «و» goes in; another word after «و» that may go on the name
(«شرکت راه آهن شهری تهران و حومه»), a word that makes a company of the place («ایران
خودرو»), or a place's noun or a body's head that goes on the genitive (the word was no
place: «سازمان مهندسی عمران شهر تهران»), leaves no name.

A generic use is no name: a head after a demonstrative, a number, an indefinite, an ordinal
or a superlative («این سازمان», «42 شرکت», «دومین شرکت»), a plural head («سازمان‌های
مردم‌نهاد»). A span held in part by anything but the tagger's organisations and places is
left as it is (a listed body, a person), and so is a tagger organisation that already runs
from the head to the place or beyond, and a tagger organisation inside that is a listed or
KB body's name: such a name is read as it is, the rest apart, as ``add_listed_orgs`` reads
it («[صندوق بین‌المللی پول] رشد اقتصادی منطقه خاورمیانه», «[بانک مرکزی] نرخ تورم کشور»:
the genitive had ended, the next words open the clause's object).

A company named in Latin letters after «شرکت» («شرکت ebay», «شرکت warranty direct») is the
Latin name, the head left out as the gold leaves it out before a borrowed name
(``borrowed_names``, session 15 (2026-12-06), engineer ent_fa_org2).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

from khabar.doc import GAZETTEER_SOURCE, TAGGER_SOURCE, Entity
from khabar.entities.persian_rules import with_listed_org
from khabar.entities.persian_tidy import is_word
from khabar.entities.titles import place_nouns, stopwords
from khabar.entities.words import Word, fold_word, phrase_key
from khabar.resources import load_tsv

LONGEST_CHAIN = 5
"""Words between the head and the place, the «و» of a pair of nouns left out."""
AND = "و"
VERB_OPENINGS = ("می\u200c", "نمی\u200c")
BORROWED = re.compile(r"[ \t]+([A-Za-z][A-Za-z0-9&.\-]*(?:[ \t]+[A-Za-z][A-Za-z0-9&.\-]*){0,2})")
"""A name in Latin letters after the head: one to three words."""


@lru_cache(maxsize=1)
def described_table() -> dict[str, frozenset[str]]:
    """Kind -> the words of ``described_bodies_fa.tsv``, each cell folded whole (``fold``),
    not ``words.keys_by_kind``'s phrase keys, which drop spaces and marks («b.a.t» -> «bat»):
    the rows are tested against one word's fold, and «before_ending» rows as its endings."""
    kinds: dict[str, set[str]] = {}
    for kind, word in load_tsv("entities/described_bodies_fa.tsv"):
        kinds.setdefault(kind, set()).add(fold_word(word))
    return {kind: frozenset(found) for kind, found in kinds.items()}


def described_heads() -> frozenset[str]:
    """The head nouns of institution that open a described body («انجمن», «سازمان»); the
    acronym and named-after rules read the same heads."""
    return described_table()["head"]


@lru_cache(maxsize=1)
def parent_body_heads() -> frozenset[str]:
    """The heads of the bodies a unit is named in the genitive of (``parent_heads_fa.tsv``),
    folded: such a head in the chain opens the parent, which is the name («سازمان
    شهرداری‌ها و دهیاری‌های وزارت کشور» gives «وزارت کشور»: bench/data/ENTITIES-GOLD.md).
    ``persian_units.parent_heads`` keys the same rows by phrase, with whether each heads a
    name alone."""
    return frozenset(fold_word(row[0]) for row in load_tsv("entities/parent_heads_fa.tsv"))


def generic_use(tokens: Sequence[Word], i: int) -> bool:
    """A head after a demonstrative, a number, a quantifier, or an ordinal or superlative
    adjective, which Persian puts before its noun («دومین شرکت بزرگ بورس تهران», «بزرگترین
    حزب»); a plural head is no head: «سازمان‌های» is one word, and the spaced «های» is a stop
    word of the chain."""
    before = tokens[i - 1].folded if i > 0 else ""
    return (before in described_table()["before"] or any(c.isdigit() for c in before)
            or before.endswith(tuple(described_table()["before_ending"])))


def in_chain(word: Word) -> bool:
    """A word that may stand in a name's ezafe chain (shared with the acronym and named-after
    rules, whose names run the same chains)."""
    folded = word.folded
    return (is_word(word) and not any(c.isdigit() for c in folded)
            and (folded not in stopwords() or folded in described_table()["chain"])
            and folded not in described_table()["stop"]
            and folded not in described_heads() and folded not in parent_body_heads()
            and not word.text.startswith(VERB_OPENINGS))


def _goes_on(word: Word) -> bool:
    """A place's noun or a body's head right after the place: the genitive goes on, and the
    word taken for the place was none («سازمان مهندسی عمران شهر تهران»: «عمران» is a town's
    name too)."""
    folded = word.folded
    return folded in place_nouns() or folded in described_heads() or folded in parent_body_heads()


def _after_place(tokens: Sequence[Word], k: int, end: int,
                 places: dict[int, Entity]) -> int | None:
    """The end of the name closed by the place ending at ``end`` (token ``k`` follows it): a
    second place joined by «و» goes in («اداره منابع آب آزادشهر و رامیان»); a word that opens
    a company on the place («ایران خودرو») or a word after «و» that may go on the name
    («شرکت راه آهن شهری تهران و حومه») leaves no name."""
    if k >= len(tokens):
        return end
    word = tokens[k]
    if word.folded in described_table()["after_place"] or _goes_on(word):
        return None
    if word.folded != AND or k + 1 >= len(tokens):
        return end
    after = tokens[k + 1]
    if after.start in places:
        return places[after.start].end
    return None if in_chain(after) else end


def chain_step(tokens: Sequence[Word], k: int, count: int) -> int | None:
    """The words of a name's ezafe chain counted once word ``k`` is read (the «و» of a pair
    of nouns not counted: it must follow a word and precede one), or None where the chain
    cannot go on there (also past ``LONGEST_CHAIN`` words)."""
    if tokens[k].folded == AND:
        joins = count and k + 1 < len(tokens) and in_chain(tokens[k + 1])
        return count if joins else None
    if not in_chain(tokens[k]) or count == LONGEST_CHAIN:
        return None
    return count + 1


def _chain_end(text: str, tokens: Sequence[Word], i: int,
               places: dict[int, Entity]) -> int | None:
    """The character end of the name opened by the head at ``i``, or None (see the module)."""
    count = 0
    for k in range(i + 1, min(len(tokens), i + 3 * LONGEST_CHAIN)):
        word = tokens[k]
        if "\n" in text[tokens[k - 1].end:word.start]:
            return None
        if count and (word.start in places or word.folded in described_table()["closer"]):
            end = places[word.start].end if word.start in places else word.end
            after = next((j for j in range(k, len(tokens)) if tokens[j].start >= end), len(tokens))
            return _after_place(tokens, after, end, places)
        step = chain_step(tokens, k, count)
        if step is None:
            return None
        count = step
    return None


def free_span(found: Sequence[Entity], start: int, stop: int, known: Collection[str]) -> bool:
    """Whether only the tagger's shorter organisations and places lie in ``start:stop``, and
    none of those organisations is a listed or KB body's name (``known``)."""
    for e in found:
        if e.start < stop and start < e.end:
            inside = start <= e.start and e.end <= stop
            if not inside or e.source not in (TAGGER_SOURCE, GAZETTEER_SOURCE) or e.type == "PER":
                return False
            if (e.start == start and e.end == stop) or (
                    e.type == "ORG" and phrase_key(e.text) in known):
                return False
    return True


def described_bodies(text: str, tokens: Sequence[Word], kept: Sequence[Entity],
                     known: Collection[str] = frozenset()) -> list[Entity]:
    """``kept`` with the bodies named by a head, its chain and a place (see the module);
    ``known`` holds the phrase keys of the listed and the KB's Persian body names."""
    out = list(kept)
    places = {e.start: e for e in kept if e.type == "LOC" and e.source == GAZETTEER_SOURCE}
    for i, word in enumerate(tokens):
        if word.folded not in described_heads() or generic_use(tokens, i):
            continue
        stop = _chain_end(text, tokens, i, places)
        if stop is None or not free_span(out, word.start, stop, known):
            continue
        out = with_listed_org(out, text, word.start, stop)
    return borrowed_names(text, tokens, sorted(out, key=lambda e: e.start))


def borrowed_names(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the company named in Latin letters after «شرکت» (``latin_head`` rows),
    the head left out as the gold leaves it out before a borrowed name
    (bench/data/ENTITIES-GOLD.md: «شرکت» before a borrowed name, «شركة «بيكر هيوز»»):
    «شرکت ebay» gives «ebay», «شرکت warranty direct» «warranty direct». Left as it is where
    anything found already overlaps the name."""
    out = list(kept)
    for i, word in enumerate(tokens):
        if word.folded not in described_table()["latin_head"] or generic_use(tokens, i):
            continue
        found = BORROWED.match(text, word.end)
        if found is None:
            continue
        start = found.start(1)
        stop = start + len(found.group(1).rstrip(".-&"))
        if not any(e.start < stop and start < e.end for e in out):
            out = with_listed_org(out, text, start, stop)
    return sorted(out, key=lambda e: e.start)


def place_companies(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the companies named by a place and a word that makes a company of it
    (``after_place`` rows: «ایران خودرو», «ایران ایر», «ایران ترانسفو»; session 16
    (2026-12-06), engineer ent_fa): the place and the word are one organisation in place of
    the place, which alone is no mention of the country there; a word naming a company's
    arm (``company_end``: «ایران خودرو دیزل») goes on the name, and a place right after them
    stays in the name (a company's regional arm: «ایران خودرو خراسان», as the gold keeps it,
    bench/data/ENTITIES-GOLD.md). Left as it is where the word is held by an entity of a
    rule, or the place and the word are not one space apart on one line."""
    out = list(kept)
    places = {e.end: e for e in kept if e.type == "LOC" and e.source == GAZETTEER_SOURCE}
    starts = {e.start: e for e in kept if e.type == "LOC" and e.source == GAZETTEER_SOURCE}
    for k, word in enumerate(tokens):
        place = places.get(tokens[k - 1].end) if k else None
        if (word.folded not in described_table()["after_place"] or place is None
                or text[place.end:word.start] != " "):
            continue
        stop = _company_end(text, tokens, k, starts)
        if any(e.start < stop and place.start < e.end
               and e.source not in (TAGGER_SOURCE, GAZETTEER_SOURCE) for e in out):
            continue
        out = with_listed_org(out, text, place.start, stop)
    return sorted(out, key=lambda e: e.start)


def _company_end(text: str, tokens: Sequence[Word], k: int, places: dict[int, Entity]) -> int:
    """The end of the company whose after_place word is token ``k``: with the word naming
    its arm and the place that follow it, one space apart."""
    if k + 1 < len(tokens) and tokens[k + 1].folded in described_table()["company_end"] \
            and text[tokens[k].end:tokens[k + 1].start] == " ":
        k += 1
    stop = tokens[k].end
    after = places.get(tokens[k + 1].start) if k + 1 < len(tokens) else None
    return after.end if after is not None and text[stop:after.start] == " " else stop
