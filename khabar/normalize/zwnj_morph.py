"""Word analysis for ZWNJ repair (``khabar.normalize.zwnj``): how a word written with no
joiner is spelled, from the lexicon and a little morphology (the prefixes می/نمی before a
known verb form, the suffixes of ``suffixes.tsv`` after a known stem, the pieces the
corpus joins). ``analyse`` returns the ZWNJ spelling, or None to leave the word alone."""

from __future__ import annotations

from khabar.normalize.zwnj_glued import glued_model, glued_split
from khabar.normalize.zwnj_lexicon import (
    NON_JOINING,
    VERB_PREFIXES,
    ZWNJ,
    Lexicon,
    glued_endings,
    preverbs,
    suffix_fits,
)
from khabar.normalize.zwnj_unseen import unseen_piece_split

#: A word needs this weight (twice its corpus count, plus one if listed) to count as a
#: word when an unseen word is read as two: twice in the corpus, or once and listed.
STEM_WEIGHT = 3
#: How many times a corpus stem in ه counts before a suffix in ا (``_stem_weight``):
#: chosen on the inner dev splits of ``bench/zwnj_dev.py`` (three seeds, deleted copy:
#: 11 ZWNJs restored more and 6 wrong fewer; 2 gave 6 and 1, 5 gave 9 and 1).
HEH_STEM_PRIOR = 3
#: Two common words glued into a word no lexicon knows ("پشتصحنه", "ششهزار") are split
#: after any joining letter when each has this weight (about 20 corpus sightings): chosen
#: on the inner dev splits of ``bench/zwnj_dev.py``, session 12 (2026-12-05) (three
#: seeds, deleted copy: 22 ZWNJs restored for 3 wrong; 60 gave 18 and 3, 20 lost on one
#: split). Rarer parts need the letter class or a piece (``_by_pieces``).
COMMON_PART_WEIGHT = 40
#: A word whose letters weigh this much or less (one corpus sighting, glued, not listed
#: by hazm) is read by its morphology still (``_once_reading``), if its stem weighs
#: ``ONCE_STEM_WEIGHT`` (about ten sightings) or more. Inner dev splits of
#: ``bench/zwnj_dev.py``, session 14 (2026-12-06), deleted copy, seeds 0/1/2: 32 ZWNJs
#: restored for 3 wrong more, the spaced copy unchanged (a stem weight of 3: 39 and 6,
#: and the spaced copy 0.0001 lower on seed 1; 60: 19 and 1).
ONCE_WEIGHT = 2
ONCE_STEM_WEIGHT = 20


def _stem_spelling(stem: str, lex: Lexicon) -> str | None:
    """How a stem is written if it is a word: as it stands, or its ZWNJ spelling."""
    if len(stem) < 2:
        return None
    if stem in lex.rewrite:
        return lex.rewrite[stem]
    return stem if stem in lex.known else None


def is_word(letters: str, lex: Lexicon) -> bool:
    """A word with enough evidence to stand beside a piece (its letters, ZWNJs aside)."""
    return lex.weight.get(letters.replace(ZWNJ, ""), 0) >= STEM_WEIGHT


def _piece_fits(head: str, tail: str, lex: Lexicon) -> bool:
    """A piece that is also a suffix of ``suffixes.tsv`` joins only the stems its condition
    allows ("دمای" is دما + ی, not دم + ای)."""
    condition = lex.suffix_conditions.get(tail)
    return condition is None or suffix_fits(head, condition)


def _by_pieces(word: str, lex: Lexicon, depth: int) -> str | None:
    """An unseen word read as a known word and a piece the corpus joins with a ZWNJ
    ("قاسمیپور" -> "قاسمی‌پور"); the most productive piece wins."""
    best: tuple[int, str] | None = None
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if head[-1] in NON_JOINING:
            continue
        support = 0
        if tail in lex.glue_right and _piece_fits(head, tail, lex):
            head_spelled = _stem_spelling(head, lex) if is_word(head, lex) else None
            if head_spelled is None and depth < 1:
                head_spelled = analyse(head, lex, depth + 1)
            if head_spelled is not None:
                support, spelled = lex.glue_right[tail], head_spelled + ZWNJ + tail
        # (می/نمی join verbs only, and those are the verb list's to decide: "میری" is a name)
        if (not support and head in lex.glue_left and head not in VERB_PREFIXES
                and is_word(tail, lex)):
            tail_spelled = _stem_spelling(tail, lex) or tail
            support, spelled = lex.glue_left[head], head + ZWNJ + tail_spelled
        if (not support and head[-1] in lex.joining_letters and len(head) >= 3
                and len(tail) >= 2 and is_word(head, lex) and is_word(tail, lex)):
            # the weakest evidence: any specific piece above wins over it
            support = 1
            head_spelled = _stem_spelling(head, lex) or head
            spelled = head_spelled + ZWNJ + (_stem_spelling(tail, lex) or tail)
        if support and (best is None or support > best[0]):
            best = (support, spelled)
    if best:
        return best[1]
    # what no piece explains: the learned cut where it ships, else two common words;
    # last, a piece the corpus joins in words it has never seen ("طبیبزاده"), also for
    # the stem of a suffixed word ("طاهرخانیزادهها" -> "طاهرخانی‌زاده‌ها", not
    # "طاهرخانیزاده‌ها"): no depth guard here. Session 17 (2026-12-06), engineer fixes:
    # with the guard and without it, bench/zwnj_dev.py seeds 0-2 score the same (deleted
    # F1 0.9198, 0.9170, 0.9244; spaced 0.8432, 0.8285, 0.8722), and 200 Hamshahri
    # articles with their ZWNJs deleted normalise identically; without it the plural of
    # such a name is spelled whole.
    model = glued_model()
    split = glued_split(word, lex, model) if model else _common_parts(word, lex)
    return split if split is not None else unseen_piece_split(word, lex)


def _common_parts(word: str, lex: Lexicon) -> str | None:
    """An unseen word read as two common words after a letter that joins ("شش" + "هزار"):
    the cut whose rarer part is commonest. An unseen word made of frequent words is a
    compound far more often than a word of its own; a rare part may be a name's."""
    best: tuple[int, str] | None = None
    for cut in range(2, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if head[-1] in NON_JOINING or head in VERB_PREFIXES:
            continue
        if head not in lex.known or tail not in lex.known:
            continue
        support = min(lex.weight.get(head, 0), lex.weight.get(tail, 0))
        if support >= COMMON_PART_WEIGHT and (best is None or support > best[0]):
            best = (support, head + ZWNJ + tail)
    return best[1] if best else None


def _vowel_and_yeh(word: str, lex: Lexicon) -> bool:
    """A known word ending in ا or و, then ی ("سویای", "دنیای"): that word and its ezafe or
    indefinite ی, not a stem ending in ی and the suffix ای ("سوی‌ای")."""
    base = word[:-1]
    return (len(word) > 3 and word[-1] == "ی" and base[-1] in "او" and not word.endswith("های")
            and base in lex.known and base not in lex.rewrite and is_word(base, lex))


def _stem_weight(stem: str, suffix: str, lex: Lexicon) -> int:
    """How strongly the corpus supports reading ``stem`` before ``suffix``. A stem in ه
    that the corpus writes (not only hazm's list) before a suffix in ا ("مقابله + ای")
    counts ``HEH_STEM_PRIOR`` times: the letters also read as the stem without its ه and
    a suffix in ها ("مقابل + های"), and ه + ای is the commoner word of the two."""
    weight = lex.weight.get(stem, 0)
    if stem[-1] == "ه" and suffix[0] == "ا" and weight >= 2:
        return HEH_STEM_PRIOR * weight
    return weight


def heh_reading(word: str, lex: Lexicon) -> str | None:
    """The reading of a glued "...های" as a stem in ه and the indefinite ای ("نامهای" ->
    "نامه‌ای"), where that stem is a word; None where there is no such reading."""
    if not word.endswith("های") or len(word) < 5:
        return None
    stem = word[:-2]
    spelled = _stem_spelling(stem, lex)
    if spelled is None or not is_word(stem, lex) or not suffix_fits(stem, "heh_yeh"):
        return None
    return spelled + ZWNJ + "ای"


def analyse(word: str, lex: Lexicon, depth: int = 0) -> str | None:
    """The ZWNJ spelling of a word written without joiners, or None to leave it."""
    if word in lex.rewrite:
        return lex.rewrite[word]
    once = word in lex.seen and lex.weight.get(word, 0) <= ONCE_WEIGHT
    if word in lex.seen and not once:
        return None
    if "می" in word:  # (one C-level test: most words hold no verb prefix)
        for preverb in ("", *preverbs()):
            if not word.startswith(preverb):
                continue
            for prefix in VERB_PREFIXES:
                head = preverb + prefix
                if word.startswith(head) and word[len(head) :] in lex.verbs:
                    return head + ZWNJ + word[len(head) :]
    if once:
        return _once_reading(word, lex)
    if word in lex.known:
        return None
    if _vowel_and_yeh(word, lex):
        return None
    best = _suffix_reading(word, lex, depth)
    if best is not None:
        return best[1] or None
    return _inflected_compound(word, lex) or _by_pieces(word, lex, depth)


def _once_reading(word: str, lex: Lexicon) -> str | None:
    """A word the corpus wrote once, glued, and never with a ZWNJ ("چالشها", "انقلابها"):
    one sighting does not outweigh the morphology where a common stem (``ONCE_STEM_WEIGHT``)
    takes a suffix that joins after any joining letter (ها, های, ترین, تر: the suffixes
    of ``suffixes.tsv`` whose condition is "joining"). The suffixes after ه (ی, ات, ای)
    are left out: their letters also end words of their own ("توجیهی", "توجهات")."""
    best = _suffix_reading(word, lex, 1, joining_only=True)
    if best is None or best[0] < ONCE_STEM_WEIGHT:
        return None
    return best[1] or None


def _suffix_reading(
    word: str, lex: Lexicon, depth: int, joining_only: bool = False
) -> tuple[int, str] | None:
    """Of the readings "stem + suffix", the one whose stem the corpus writes most
    ("علوفه + ای", not "علوف + های"), on a tie the longer suffix, with its stem's weight;
    an empty spelling where that stem's last letter does not join ("سدهای")."""
    best: tuple[int, str] | None = None
    for suffix, condition in lex.suffixes:
        if not word.endswith(suffix):  # both readings below need it; most suffixes fail
            continue
        if joining_only and condition != "joining":
            continue
        stem = word[: -len(suffix)]
        if (condition == "joining" and len(stem) >= 2
                and stem[-1] in NON_JOINING and _stem_spelling(stem, lex) is not None):
            # "سدهای": a known stem whose last letter does not join takes the suffix
            # with no ZWNJ, a reading of its own against "سده + ای"
            weight = lex.weight.get(stem, 0)
            if best is None or weight > best[0]:
                best = (weight, "")
            continue
        if len(stem) >= 2 and suffix_fits(stem, condition):
            spelled = _stem_spelling(stem, lex)
            weight = _stem_weight(stem, suffix, lex)
            if spelled is None and not depth and len(stem) >= 3 and suffix in lex.open_suffixes:
                # an unknown stem ("داکتها"), read again for a suffix of its own
                # ("پاراگوئهایها"): only the readings of known stems outrank it
                spelled, weight = analyse(stem, lex, depth + 1) or stem, -1
            if spelled is not None and (best is None or weight > best[0]):
                best = (weight, spelled + ZWNJ + suffix)
    return best


#: The shortest stem an ending of ``glued_endings.tsv`` is cut from.
MIN_INFLECTED_STEM = 4


def _inflected_compound(word: str, lex: Lexicon) -> str | None:
    """An unseen word that is a word the lexicon spells with a ZWNJ and an ending glued
    with none ("آتشنشانان" -> "آتش‌نشانان", "سیلزدگان" -> "سیل‌زدگان"). Inner dev splits
    of ``bench/zwnj_dev.py``, session 12 (2026-12-05): 48 ZWNJs restored, 3 wrong."""
    for ending, replaced in glued_endings():
        if not word.endswith(ending) or len(word) - len(ending) < MIN_INFLECTED_STEM:
            continue
        stem = word[: -len(ending)] + replaced
        if not replaced and stem[-1] == "ه":
            continue  # after a silent ه these take a ZWNJ (suffixes.tsv: "خانه‌ی")
        spelled = lex.rewrite.get(stem)
        if spelled and ZWNJ in spelled:
            return spelled[: len(spelled) - len(replaced)] + ending
    return None
