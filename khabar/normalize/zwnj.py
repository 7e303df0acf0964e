"""ZWNJ (half-space) repair for Persian, as offset-preserving edits.

Scrapers drop U+200C ("میشود", "همکاریهای") and writers type a space instead
("می شود", "همکاری های"). This pass puts the half-space back from a lexicon and a
little morphology; it only ever inserts a ZWNJ inside a word or turns one space into a
ZWNJ, so the offset map stays simple and the letters never change.

Evidence, strongest first (``resources/normalize/zwnj``, built by ``khabar train zwnj``):

1. the written forms of a news corpus that keeps its ZWNJs: a word is rewritten only
   when its ZWNJ spelling is more frequent than the spelling in the text (so a plain
   spelling the corpus uses, such as "بیشتر", is left alone);
2. hazm's dictionary of compounds ("گفت‌وگو", "اسلام‌آباد");
3. morphology for words neither knows: the prefixes می/نمی before a conjugated verb
   (stems from hazm's verb list), and the suffixes of ``suffixes.tsv`` (ها, های, ترین,
   اند, the ه + ی cases, ...) after a known word whose last letter joins.

A word that is known as written, or that no rule explains, is left alone: unknown
proper names are never split.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from khabar.offsets import Edit, apply_edits
from khabar.resources import load_tsv, resource_path

ZWNJ = "\u200c"
#: Letters that never join the next one, so no ZWNJ is written after them.
NON_JOINING = frozenset("اآأإٱدذرزژوؤءۀة")
#: Verb prefixes that take a ZWNJ before the verb.
VERB_PREFIXES = ("نمی", "می")
#: Personal endings after a present stem; a past stem also stands alone (3rd singular).
PRESENT_ENDINGS = ("م", "ی", "د", "یم", "ید", "ند")
PAST_ENDINGS = ("", "م", "ی", "یم", "ید", "ند", "ه")
LETTERS = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06c0\u06cc"
#: Anything that, next to a word, makes it part of a longer one.
_WORD_CHAR = re.compile(r"[\w\u200c\u064b-\u065f\u0670]")
#: What separates words: anything but letters, joiners and harakat.
_NOT_WORD = re.compile(r"[^\w\u200c\u064b-\u065f\u0670]+")
#: A prefix typed as a word before the next word ("می شود").
_PREFIX_SPACE = re.compile(rf"می ([{LETTERS}]+)(?![\w\u200c\u064b-\u065f\u0670])")
#: Analyses are cached across documents; the cache is emptied when it grows past this.
CACHE_SIZE = 200_000
_analyses: dict[str, str] = {}
#: Words known to need no change: most words, removed from each text's set in one step.
_unchanged: set[str] = set()


@dataclass(frozen=True)
class Lexicon:
    """What the repair needs, derived once from the shipped files."""

    rewrite: dict[str, str]
    """Letters of a word -> its preferred ZWNJ spelling (only where that spelling wins)."""
    known: frozenset[str]
    """Words written without ZWNJ that are words as they stand (corpus or dictionary)."""
    seen: frozenset[str]
    weight: dict[str, int]
    """Evidence for each word's letters: twice its corpus count, plus one if listed."""
    """The subset of ``known`` the corpus itself writes that way: never rewritten."""
    joins: dict[str, str]
    """Two or three words one space apart -> their ZWNJ spelling, where that wins."""
    join_pairs: frozenset[tuple[str, str]]
    """The first two words of every phrase in ``joins``."""
    verbs: frozenset[str]
    """Conjugated verb forms that take می/نمی."""
    suffixes: tuple[tuple[str, str], ...]
    """(suffix, condition) longest first; see ``suffixes.tsv`` for the conditions."""


def _read_lexicon() -> Iterator[tuple[str, int, int, bool]]:
    with gzip.open(resource_path("normalize/zwnj/lexicon.tsv.gz"), "rt", encoding="utf-8") as fh:
        for line in fh:
            form, count, spaced, listed = line.rstrip("\n").split("\t")
            yield form, int(count), int(spaced), listed == "1"


def verb_forms(stems: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """Every present and past form a می prefix can stand before."""
    forms: set[str] = set()
    for past, present, *_ in ((*row, "", "")[:2] for row in stems):
        if present:
            # a vowel takes ی before the ending (آید, گوید); و may be a consonant too
            # (رود, شود), so both spellings are allowed after it
            glides = {"ی"} if present[-1] in "اآ" else {"", "ی"} if present[-1] == "و" else {""}
            forms.update(present + g + e for g in glides for e in PRESENT_ENDINGS)
        if past:
            forms.update(past + e for e in PAST_ENDINGS)
    return frozenset(f for f in forms if len(f) >= 2)


@cache
def lexicon() -> Lexicon:
    """Load the shipped lexicon once."""
    plain_score: dict[str, int] = {}
    best: dict[str, tuple[int, str]] = {}
    joins: dict[str, str] = {}
    seen = set()
    weight: dict[str, int] = {}
    for form, count, spaced, listed in _read_lexicon():
        score = count * 2 + int(listed)  # a corpus sighting outweighs a dictionary entry
        if ZWNJ not in form:
            plain_score[form] = score
            weight[form] = weight.get(form, 0) + score
            if count:
                seen.add(form)
            continue
        key = form.replace(ZWNJ, "")
        weight[key] = weight.get(key, 0) + score
        if score > best.get(key, (0, ""))[0]:
            best[key] = (score, form)
        if count > spaced:
            joins[form.replace(ZWNJ, " ")] = form
    rewrite = {key: form for key, (score, form) in best.items() if score > plain_score.get(key, 0)}
    suffixes = tuple(sorted(((row[0], row[1]) for row in load_tsv("normalize/zwnj/suffixes.tsv")),
                            key=lambda row: -len(row[0])))
    return Lexicon(
        rewrite=rewrite,
        known=frozenset(plain_score),
        seen=frozenset(seen),
        weight=weight,
        joins=joins,
        join_pairs=frozenset((p.split(" ")[0], p.split(" ")[1]) for p in joins),
        verbs=verb_forms(load_tsv("normalize/zwnj/verbs.tsv")),
        suffixes=suffixes,
    )


def _suffix_fits(stem: str, condition: str) -> bool:
    if condition == "heh_yeh":
        return stem[-1] in "هی"
    if condition == "heh":
        return stem[-1] == "ه"
    return stem[-1] not in NON_JOINING


def _stem_spelling(stem: str, lex: Lexicon) -> str | None:
    """How a stem is written if it is a word: as it stands, or its ZWNJ spelling."""
    if len(stem) < 2:
        return None
    if stem in lex.rewrite:
        return lex.rewrite[stem]
    return stem if stem in lex.known else None


def analyse(word: str, lex: Lexicon) -> str | None:
    """The ZWNJ spelling of a word written without joiners, or None to leave it."""
    if word in lex.rewrite:
        return lex.rewrite[word]
    if word in lex.seen:
        return None
    for prefix in VERB_PREFIXES:
        if word.startswith(prefix) and word[len(prefix) :] in lex.verbs:
            return prefix + ZWNJ + word[len(prefix) :]
    if word in lex.known:
        return None
    # Of the readings "stem + suffix", take the one whose stem the corpus writes most
    # ("علوفه + ای", not "علوف + های"); on a tie the longer suffix.
    best: tuple[int, str] | None = None
    for suffix, condition in lex.suffixes:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 2 and _suffix_fits(stem, condition):
            spelled = _stem_spelling(stem, lex)
            if spelled is not None:
                weight = lex.weight.get(stem, 0)
                if best is None or weight > best[0]:
                    best = (weight, spelled + ZWNJ + suffix)
    if best is not None:
        return best[1]
    return None


@cache
def _suffix_space(suffixes: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """A suffix typed as a word after a space ("همکاری های"); the word before is read
    afterwards, so the pattern starts with a plain space and scans fast."""
    names = "|".join(sorted({suffix for suffix, _ in suffixes}, key=len, reverse=True))
    return re.compile(rf" ({names})(?![\w\u200c\u064b-\u065f\u0670])")


_WORD_END = re.compile(rf"[{LETTERS}]+\Z")


def _cached_analysis(word: str, lex: Lexicon) -> str | None:
    if word not in _analyses:
        if len(_unchanged) >= CACHE_SIZE:
            _unchanged.clear()
        if len(_analyses) >= CACHE_SIZE:
            _analyses.clear()
        spelled = analyse(word, lex)
        if spelled is None:
            _unchanged.add(word)
            return None
        _analyses[word] = spelled
    return _analyses[word]


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Starts of ``word`` in ``text`` as a whole word (C-speed ``find``, then the edges)."""
    size = len(word)
    at = text.find(word)
    while at != -1:
        before = text[at - 1] if at else " "
        after = text[at + size] if at + size < len(text) else " "
        if not _WORD_CHAR.match(before) and not _WORD_CHAR.match(after):
            yield at
        at = text.find(word, at + size)


def missing_joiners(text: str, words: set[str], lex: Lexicon) -> Iterator[Edit]:
    """Insertions for words written with no joiner ("میشود" -> "می‌شود")."""
    for word in words - _unchanged:
        spelled = _cached_analysis(word, lex)
        if spelled is None:
            continue
        inside = [n - k for k, n in enumerate(i for i, ch in enumerate(spelled) if ch == ZWNJ)]
        for start in _occurrences(text, word):
            for offset in inside:
                yield start + offset, start + offset, ZWNJ


_NEXT_WORD = re.compile(rf" ([{LETTERS}]+)(?![\w\u200c\u064b-\u065f\u0670])")


def _phrase_joins(text: str, tokens: list[str], lex: Lexicon) -> Iterator[int]:
    """Spaces inside listed phrases ("گفت وگو" -> "گفت‌وگو"), found by their first pair."""
    for first, second in set(pairwise(tokens)) & lex.join_pairs:
        pair = f"{first} {second}"
        for start in _occurrences(text, pair):
            end = start + len(pair)
            following = _NEXT_WORD.match(text, end)
            if following and f"{pair} {following.group(1)}" in lex.joins:
                yield start + pair.index(" ")
                yield end
            elif pair in lex.joins:
                yield start + pair.index(" ")


def spaced_joiners(text: str, tokens: list[str], lex: Lexicon) -> Iterator[Edit]:
    """Spaces that stand for a ZWNJ ("می شود", "گفت و گو") turned into one."""
    spaces: set[int] = set(_phrase_joins(text, tokens, lex))
    for match in _PREFIX_SPACE.finditer(text):
        at = match.start()
        if at and text[at - 1] == "ن":
            at -= 1  # نمی
        if (at == 0 or not _WORD_CHAR.match(text[at - 1])) and match.group(1) in lex.verbs:
            spaces.add(match.start(1) - 1)
    for match in _suffix_space(lex.suffixes).finditer(text):
        at = match.start()
        left = _WORD_END.search(text, max(0, at - 40), at)
        if left is None or (left.start() and _WORD_CHAR.match(text[left.start() - 1])):
            continue
        if _suffix_join_fits(left.group(), match.group(1), lex):
            spaces.add(at)
    for at in sorted(spaces):
        yield at, at + 1, ZWNJ


def _suffix_join_fits(left: str, suffix: str, lex: Lexicon) -> bool:
    """A known word before a suffix that takes a ZWNJ after it ("کتاب ها")."""
    if left not in lex.known and left not in lex.rewrite:
        return False
    return any(suffix == name and _suffix_fits(left, cond) for name, cond in lex.suffixes)


def repair_edits(text: str, lang: str | None) -> Iterator[Edit]:
    """The normalization pass: ZWNJ edits for Persian text, none for other languages."""
    if lang != "fa":
        return
    lex = lexicon()
    # Words are cut at anything but letters, joiners and harakat (C-speed); where a word
    # really stands is checked when it is looked for (``_occurrences``).
    tokens = _NOT_WORD.split(text)
    words = {token for token in set(tokens) if token and ZWNJ not in token}
    yield from sorted([*missing_joiners(text, words, lex), *spaced_joiners(text, tokens, lex)])


def repair_text(text: str, lang: str | None) -> str:
    """The repaired text only (for the command line and for queries)."""
    return apply_edits(text, list(repair_edits(text, lang)))[0]
