"""The lexicon behind ZWNJ repair (``khabar.normalize.zwnj``), read once from the files
``khabar train zwnj`` builds (``resources/normalize/zwnj``; see its SOURCE.md)."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress, pairwise, repeat
from operator import add, and_, mul, not_

from khabar.errors import ResourceError
from khabar.normalize.charmap import normalize_text
from khabar.resources import load_columns, load_json, load_lines, load_tsv, resource_path
from khabar.resources.kept import kept

ZWNJ = "\u200c"
#: Letters that never join the next one, so no ZWNJ is written after them.
NON_JOINING = frozenset("اآأإٱدذرزژوؤءۀة")
#: Verb prefixes that take a ZWNJ before the verb.
VERB_PREFIXES = ("نمی", "می")
#: Personal endings after a present stem; a past stem also stands alone (3rd singular).
PRESENT_ENDINGS = ("م", "ی", "د", "یم", "ید", "ند")
PAST_ENDINGS = ("", "م", "ی", "یم", "ید", "ند", "ه")
#: The negative prefix of a participle ("نشده", "نکرده").
NEGATIVE = "ن"
#: A ZWNJ spelling that ties with the plain one wins if its stem has this weight (twice
#: its corpus count, plus one if listed): the repair's ``STEM_WEIGHT``.
TIE_STEM_WEIGHT = 3
#: A three-part phrase is joined where its joined count exceeds its spaced count by more
#: than this (a difference of counts, not a ratio: ``PAIR_PRIOR`` for a pair with no form
#: cue); with a bare majority,
#: phrases joined 0 spaces right and 17 wrong on three inner dev splits (SOURCE.md).
PHRASE_MARGIN = 2.5
#: A piece must be joined in this many different corpus words to split an unseen word.
MIN_PIECE_WORDS = 3
#: Two known words glued into an unseen one are split after a final letter only where
#: the corpus joins at least this share of such words (in practice: after ه).
LETTER_CLASS_RATE = 0.75


@dataclass(frozen=True)
class Lexicon:
    """What the repair needs, derived once from the shipped files."""

    rewrite: dict[str, str]
    """Letters of a word -> its preferred ZWNJ spelling (only where that spelling wins)."""
    known: frozenset[str]
    """Words written without ZWNJ that are words as they stand (corpus or dictionary)."""
    seen: frozenset[str]
    """The subset of ``known`` the corpus itself writes that way: never rewritten."""
    weight: dict[str, int]
    """Evidence for each word's letters: twice its corpus count, plus one if listed."""
    joins: dict[str, str]
    """Three words one space apart -> their ZWNJ spelling, where that wins."""
    join_pairs: frozenset[tuple[str, str]]
    """The first two words of every phrase in ``joins``."""
    phrase_starts: frozenset[str]
    """The first word of every phrase in ``joins``."""
    phrase_seconds: dict[str, frozenset[str]]
    """The first word of every phrase in ``joins`` -> the second words it is followed by."""
    pairs: dict[tuple[str, str], tuple[int, int]]
    """Two words the corpus has seen one space or a ZWNJ apart, or that hazm lists as one
    ZWNJ word -> (times joined, times spaced) in the corpus (``spaced.tsv.gz`` adds the
    pairs it only ever spaces)."""
    listed_pairs: frozenset[tuple[str, str]]
    """Two words that hazm's dictionary lists as one ZWNJ word ("گردن‌آویز")."""
    verbs: frozenset[str]
    """Conjugated verb forms that take می/نمی."""
    suffixes: tuple[tuple[str, str], ...]
    """(suffix, condition) longest first; see ``suffixes.tsv`` for the conditions."""
    suffix_conditions: dict[str, str]
    open_suffixes: frozenset[str]
    """Suffixes that join even an unknown stem (``open`` in ``suffixes.tsv``)."""
    glue_right: dict[str, int]
    glue_left: dict[str, int]
    """Pieces joined after (before) a ZWNJ in more corpus words than glued to the word
    -> in how many words they are joined."""
    space_right: frozenset[str]
    space_left: frozenset[str]
    """Pieces joined after (before) a ZWNJ in more corpus words than spaced from it."""
    joining_letters: frozenset[str]
    """Final letters after which the corpus joins two known words with a ZWNJ (``*ه``)."""
    joined_suffix: re.Pattern[str]
    """A suffix after a ZWNJ at the end of a word or before another ZWNJ ("کتاب‌ها",
    "کتاب‌های‌شان"; the letter before is checked
    by the caller: a pattern that starts with the ZWNJ is found at C speed)."""
    right_cues: frozenset[str]
    left_cues: frozenset[str]
    """Words that may take a ZWNJ before (after) them when typed beside a space: suffixes,
    prefixes, pieces, and the words of the pairs the corpus joins."""


def _read_rows(name: str) -> Iterator[list[str]]:
    with gzip.open(resource_path(name), "rt", encoding="utf-8") as fh:
        for line in fh:
            yield line.rstrip("\n").split("\t")


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


def verb_phrase_words(stems: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """Past participles (شده, نشده, کرده) and infinitives (شدن, کردن) of the verb list:
    after a noun they make a compound verb ("اعزام شده است", "نگاه کردن"), which is
    written with a space, though hazm lists the adjectival compound ("اعزام‌شده")."""
    forms: set[str] = set()
    for past in (row[0] for row in stems if row and row[0]):
        forms.update((past + "ه", NEGATIVE + past + "ه", past + "ن"))
    return frozenset(forms)


def _pieces() -> tuple[
    dict[str, int], dict[str, int], frozenset[str], frozenset[str], frozenset[str]
]:
    glue: dict[str, dict[str, int]] = {"R": {}, "L": {}}
    space: dict[str, set[str]] = {"R": set(), "L": set()}
    letters = set()
    for piece, side, joined, glued, spaced in _read_rows("normalize/zwnj/pieces.tsv.gz"):
        if piece.startswith("*"):  # a letter class, not a piece
            if int(joined) >= LETTER_CLASS_RATE * (int(joined) + int(glued)):
                letters.add(piece[1:])
            continue
        if int(joined) >= MIN_PIECE_WORDS and int(joined) > int(glued):
            glue[side][piece] = int(joined)
        if int(joined) > int(spaced):
            space[side].add(piece)
    return glue["R"], glue["L"], frozenset(space["R"]), frozenset(space["L"]), frozenset(letters)


def _persian_names() -> Iterator[str]:
    """The Persian names of the outlets and actors khabar knows (files other stages own,
    read only): proper names a news corpus may never have written."""
    for outlet in load_json("meta/outlets.json").get("outlets", []):
        yield from outlet.get("names", {}).get("fa", [])
    with resource_path("kb/actors.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield from json.loads(line).get("names", {}).get("fa", [])


def name_spellings(
    names: Iterable[str], known: Callable[[str], bool]
) -> tuple[dict[str, str], set[tuple[str, str]]]:
    """ZWNJ spellings taught by a list of names, for the glued forms no word explains.

    A name written with a ZWNJ ("احمدی‌نژاد") teaches that spelling for its glued letters,
    and its two halves as a pair a space may stand for. Two words of a name one space
    apart ("دفاع پرس") teach a ZWNJ for their glued form ("دفاعپرس"), where the first ends
    in a joining letter; a space in a name is never turned into a ZWNJ. A glued form that
    is a known word as it stands ("پرستی" in "پرس تی وی") is left alone.
    """
    rewrite: dict[str, str] = {}
    pairs: set[tuple[str, str]] = set()
    for raw in names:
        words = normalize_text(raw, "fa").split()
        for word in words:
            parts = word.split(ZWNJ)
            if len(parts) > 1 and all(len(part) >= 2 for part in parts):
                rewrite.setdefault("".join(parts), word)
                if len(parts) == 2:
                    pairs.add((parts[0], parts[1]))
        for left, right in pairwise(words):
            if ZWNJ in left + right or len(left) < 2 or len(right) < 2:
                continue
            if left[-1] not in NON_JOINING:
                rewrite.setdefault(left + right, left + ZWNJ + right)
    return {glued: spelled for glued, spelled in rewrite.items() if not known(glued)}, pairs


def preferred_spellings(
    best: dict[str, tuple[int, str]], plain_score: dict[str, int], weight: dict[str, int],
    conditions: dict[str, str],
) -> dict[str, str]:
    """Letters -> the ZWNJ spelling to write them in: ``best`` (each key's best-scored
    ZWNJ spelling) where it has more evidence than the plain spelling (``plain_score``).
    A tie (each seen as often, or both only listed by hazm) goes to the ZWNJ where that
    spelling is a word and a suffix (``_suffixed``): the morphology breaks it, as it does
    for a pair the corpus has spaced and joined equally often. Inner dev splits of
    ``bench/zwnj_dev.py`` (three seeds, deleted copy): 54 ZWNJs restored, 16 wrong more."""
    return {key: form for key, (score, form) in best.items()
            if score > plain_score.get(key, 0)
            or (score == plain_score.get(key, 0) and _suffixed(form, conditions, weight))}


def shipped_weights(name: str, features: Sequence[str]) -> tuple[tuple[float, ...], float] | None:
    """A shipped logistic model (``feature<TAB>weight`` rows and a ``threshold`` row): the
    weights in the order of ``features`` and the threshold, or None where none ships."""
    try:
        rows = load_tsv(name)
    except ResourceError:
        return None
    table = {row[0]: float(row[1]) for row in rows if len(row) >= 2}
    missing = [feature for feature in (*features, "threshold") if feature not in table]
    if missing:
        raise ResourceError(f"{name} lacks weights for {', '.join(missing)}")
    return tuple(table[feature] for feature in features), table["threshold"]


@cache
def glued_endings() -> tuple[tuple[str, str], ...]:
    """Endings glued with no ZWNJ to any word (``glued_endings.tsv``), longest first, with
    the letter each replaces at the end of its stem ("گان" the ه of "رزمنده")."""
    rows = ((row[0], row[1] if len(row) > 1 else "")
            for row in load_tsv("normalize/zwnj/glued_endings.tsv") if row and row[0])
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


@cache
def preverbs() -> tuple[str, ...]:
    """Preverbs glued before می/نمی ("برمی‌گردد"): ``preverbs.txt``."""
    return load_lines("normalize/zwnj/preverbs.txt")


@cache
def preverb_prefixes() -> frozenset[str]:
    """A preverb and the verb prefix glued after it ("برمی", "درنمی"): typed a space apart
    from its verb, it takes a ZWNJ there as می/نمی alone do ("برمی گردد" -> "برمی‌گردد").
    The training text writes such a pair joined 25 times for every time it spaces it
    (inner dev split seed 0: 18 pairs, 17 joined more often than spaced; session 22)."""
    return frozenset(preverb + prefix for preverb in preverbs() for prefix in VERB_PREFIXES)


@cache
def sounded_heh() -> tuple[str, ...]:
    """Stem endings whose ه is sounded (راه, گاه, کوه, گروه): no ZWNJ before ی/ای/اش."""
    return load_lines("normalize/zwnj/sounded_heh.txt")


def suffix_fits(stem: str, condition: str) -> bool:
    """Whether a ZWNJ goes between ``stem`` and a suffix of ``condition`` (suffixes.tsv)."""
    if condition != "joining" and stem.endswith(sounded_heh()):
        # the ه of راه, گاه, کوه is a consonant: "آزمایشگاهی", "گروهی" take no ZWNJ
        return False
    if condition == "heh_yeh":
        return stem[-1] in "هی"
    if condition == "heh":
        return stem[-1] == "ه"
    return stem[-1] not in NON_JOINING


def _suffixed(form: str, conditions: dict[str, str], weight: dict[str, int]) -> bool:
    """A word and one suffix of ``suffixes.tsv`` after a ZWNJ ("پاسگاه‌های", "رشته‌ها"):
    the word seen twice, or once and listed (not a slip such as "گرانب‌های"), and its last
    letter one the suffix takes a ZWNJ after (not "روند‌های", not the sounded ه of "گروهی")."""
    head, _, tail = form.rpartition(ZWNJ)
    condition = conditions.get(tail)
    if ZWNJ in head or condition is None or weight.get(head, 0) < TIE_STEM_WEIGHT:
        return False
    return suffix_fits(head, condition)


def _by_first(pairs: Iterable[list[str]]) -> dict[str, frozenset[str]]:
    seconds: dict[str, set[str]] = {}
    for first, second in pairs:
        seconds.setdefault(first, set()).add(second)
    return {first: frozenset(words) for first, words in seconds.items()}


@cache
def lexicon() -> Lexicon:
    """Load the shipped lexicon once: built once for this code and these data, and kept
    between processes (``khabar.resources.kept``: 0.42 CPU s to build, 0.2 to read)."""
    return kept("zwnj_lexicon", _build_lexicon)


def _build_lexicon() -> Lexicon:
    columns = load_columns("normalize/zwnj/lexicon.tsv.gz", 4)
    forms, count_cells, spaced_cells, listed_cells = columns
    counts = list(map(int, count_cells))
    # a corpus sighting outweighs a dictionary entry
    scores = list(map(add, map(mul, counts, repeat(2)), map(int, listed_cells)))
    with_zwnj = list(map(str.__contains__, forms, repeat(ZWNJ)))
    plain = list(map(not_, with_zwnj))
    # plain forms (nine rows in ten) at C speed: each form is listed once
    plain_score: dict[str, int] = dict(zip(compress(forms, plain), compress(scores, plain),
                                           strict=True))
    weight: dict[str, int] = dict(plain_score)
    seen = set(compress(forms, map(and_, plain, map(bool, counts))))
    verb_rows = load_tsv("normalize/zwnj/verbs.tsv")
    rows = zip(
        compress(forms, with_zwnj), compress(counts, with_zwnj),
        compress(spaced_cells, with_zwnj), compress(listed_cells, with_zwnj),
        compress(scores, with_zwnj), strict=True,
    )
    best, joins, pairs, listed_pairs = _zwnj_forms(rows, weight, verb_rows)
    for run, count_cell in _read_rows("normalize/zwnj/spaced.tsv.gz"):
        left, right = run.split(" ")
        pairs.setdefault((left, right), (0, int(count_cell)))
    suffix_rows = load_tsv("normalize/zwnj/suffixes.tsv")
    rewrite = preferred_spellings(best, plain_score, weight,
                                  {row[0]: row[1] for row in suffix_rows})
    named_pairs = _add_names(rewrite, pairs, listed_pairs, weight, plain_score)
    suffixes = tuple(sorted(((row[0], row[1]) for row in suffix_rows),
                            key=lambda row: -len(row[0])))
    glue_right, glue_left, space_right, space_left, joining_letters = _pieces()
    cue_words = _cue_words(pairs, weight, named_pairs)
    return Lexicon(
        rewrite=rewrite,
        known=frozenset(plain_score),
        seen=frozenset(seen),
        weight=weight,
        joins=joins,
        join_pairs=frozenset((p.split(" ")[0], p.split(" ")[1]) for p in joins),
        phrase_starts=frozenset(p.split(" ")[0] for p in joins),
        phrase_seconds=_by_first(p.split(" ")[:2] for p in joins),
        pairs=pairs,
        listed_pairs=frozenset(listed_pairs),
        verbs=verb_forms(verb_rows),
        suffixes=suffixes,
        suffix_conditions=dict(suffixes),
        open_suffixes=frozenset(row[0] for row in suffix_rows if row[2:3] == ("open",)),
        glue_right=glue_right,
        glue_left=glue_left,
        space_right=space_right,
        space_left=space_left,
        joining_letters=joining_letters,
        # (a ZWNJ may follow: a spaced suffix the repair joins beside another join,
        # "همکاری‌های ها" -> "همکاری‌های‌ها", still counts once joined, so that a second
        # repair reads the same habit)
        joined_suffix=re.compile(
            r"\u200c(?:"
            + "|".join(re.escape(name) for name, _ in suffixes)
            + r")(?!\w)"
        ),
        right_cues=space_right | {name for name, _ in suffixes} | cue_words["R"],
        left_cues=space_left | frozenset(VERB_PREFIXES) | preverb_prefixes() | cue_words["L"],
    )


Pair = tuple[str, str]


def _zwnj_forms(rows: Iterable[tuple[str, int, str, str, int]], weight: dict[str, int],
                verb_rows: tuple[tuple[str, ...], ...]
                ) -> tuple[dict[str, tuple[int, str]], dict[str, str],
                           dict[Pair, tuple[int, int]], set[Pair]]:
    """The lexicon's rows of forms written with a ZWNJ (form, count, spaced, listed,
    score): each adds its score to the weight of its form without the ZWNJ (``weight``,
    updated) and gives the best spelling of that form, the phrases of three or more pieces
    to join, the pairs of two pieces with how often each is joined and spaced, and the
    pairs hazm lists."""
    best: dict[str, tuple[int, str]] = {}
    joins: dict[str, str] = {}
    pairs: dict[Pair, tuple[int, int]] = {}
    listed_pairs: set[Pair] = set()
    # hazm's listing of a noun and a participle or infinitive is no cue for a space: in
    # news the pair is a compound verb ("اعزام شده است") far more often than the
    # adjective hazm lists (inner dev splits of bench/zwnj_dev.py: SOURCE.md, session 11)
    verb_phrases = verb_phrase_words(verb_rows)
    for form, count, spaced_cell, listed, score in rows:
        spaced = int(spaced_cell)
        key = form.replace(ZWNJ, "")
        weight[key] = weight.get(key, 0) + score
        if score > best.get(key, (0, ""))[0]:
            best[key] = (score, form)
        parts = form.split(ZWNJ)
        if len(parts) == 2:
            pairs[(parts[0], parts[1])] = (count, spaced)
            if listed == "1" and parts[1] not in verb_phrases:
                listed_pairs.add((parts[0], parts[1]))
        elif len(parts) > 2 and count - spaced > PHRASE_MARGIN:
            joins[form.replace(ZWNJ, " ")] = form
    return best, joins, pairs, listed_pairs


def _add_names(rewrite: dict[str, str], pairs: dict[Pair, tuple[int, int]],
               listed_pairs: set[Pair], weight: dict[str, int],
               plain_score: dict[str, int]) -> set[Pair]:
    """The spellings of Persian names added to ``rewrite``, ``pairs`` and ``listed_pairs``
    (each updated); returns the names' pairs."""
    named, named_pairs = name_spellings(
        _persian_names(), lambda glued: glued in weight or glued in plain_score
    )
    for glued, spelled in named.items():
        rewrite.setdefault(glued, spelled)
    for pair in named_pairs:
        if pair not in pairs:  # a name the corpus never wrote: listed, as hazm's words are
            pairs[pair] = (0, 0)
            listed_pairs.add(pair)
    return named_pairs


def _cue_words(pairs: dict[Pair, tuple[int, int]], weight: dict[str, int],
               named_pairs: set[Pair]) -> dict[str, set[str]]:
    """The words a pair the corpus joins is found by: its rarer word, on its side ("R" the
    right word, "L" the left), so few pairs are looked at."""
    cue_words: dict[str, set[str]] = {"R": set(), "L": set()}
    # (a pair only hazm lists, unseen in the corpus, is no cue: joining those cost more
    # than it gained on held-out news, and the extra cues slow the search)
    for (left, right), (joined, spaced) in pairs.items():
        if joined >= spaced and (joined or (left, right) in named_pairs):
            side = "R" if weight.get(right, 0) <= weight.get(left, 0) else "L"
            cue_words[side].add(right if side == "R" else left)
    return cue_words
