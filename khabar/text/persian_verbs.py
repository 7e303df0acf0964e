"""Every regular form of a Persian light verb, built from its past and present stems.

A light verb (کردن, شدن, دادن ...) carries the tense, person and polarity of a Persian
event phrase ("دیدار کرد", "دیدار خواهند کرد", "دیدار نکرده‌اند"). Listing its forms by
hand misses most of them (news writes all six persons, the perfect and the pluperfect,
with and without the space of می), so the forms are generated from the two stems in
``resources/events/verb_stems_fa.tsv``: each with its tense and polarity. ``finite_verbs``
gives the last word of each finite form, which entity rules and event rules both read (a
word of text, not of events: the module moved here from ``khabar.events`` in session 14
(2026-12-06), so that ``entities.persian_cut_names`` depends on no events module).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from khabar.entities.words import phrase_key
from khabar.resources import load_tsv

PAST_ENDINGS = ("", "م", "ی", "یم", "ید", "ند")
PRESENT_ENDINGS = ("م", "ی", "د", "یم", "ید", "ند")
PERFECT_TAILS = ("", "\u200cام", "\u200cای", " است", "\u200cاست", "\u200cایم", "\u200cاید",
                 "\u200cاند", " اند", " بود", " بودند", " بودیم", " باشد", " باشند")
"""After the past participle: the perfect (کرده است, کرده‌اند), the pluperfect (کرده بود) and
the perfect subjunctive (کرده باشد)."""
FUTURE = ("خواهم", "خواهی", "خواهد", "خواهیم", "خواهید", "خواهند")
PROGRESSIVE = ("می\u200c", "می ")
"""The progressive prefix, joined by a ZWNJ (the fold drops it) or written apart."""

Form = tuple[str, str, bool]
"""(form, tense, negated)"""


def negative(word: str) -> str:
    """The negative of a verb form: ن before it, نی before a stem that opens with a vowel
    ("آمد" -> "نیامد")."""
    if word.startswith("آ"):
        return "نیا" + word[1:]
    if word.startswith("ا"):
        return "نی" + word
    return "ن" + word


def subjunctive(word: str) -> str:
    """The subjunctive of a present form: ب before it, بی before a stem that opens with a
    vowel ("آید" -> "بیاید", as ``negative``)."""
    if word.startswith("آ"):
        return "بیا" + word[1:]
    if word.startswith("ا"):
        return "بی" + word
    return "ب" + word


def _both(form: str, tense: str) -> Iterator[Form]:
    yield form, tense, False
    yield negative(form), tense, True


def forms(past: str, present: str) -> Iterator[Form]:
    """Every regular finite form of one light verb."""
    for ending in PAST_ENDINGS:
        yield from _both(past + ending, "past")
        for prefix in PROGRESSIVE:
            yield prefix + past + ending, "past", False
            yield "ن" + prefix + past + ending, "past", True
    participle = past + "ه"
    for tail in PERFECT_TAILS:
        yield from _both(participle + tail, "past")
    for ending in PRESENT_ENDINGS:
        for prefix in PROGRESSIVE:
            yield prefix + present + ending, "present", False
            yield "ن" + prefix + present + ending, "present", True
        # "خواهد" alone is the future's auxiliary far more often than خواستن's subjunctive.
        if present + ending not in FUTURE:
            yield from _both(present + ending, "subjunctive")
        yield subjunctive(present + ending), "subjunctive", False
    for auxiliary in FUTURE:
        yield from _both(f"{auxiliary} {past}", "future")


@lru_cache(maxsize=1)
def stem_forms() -> dict[str, tuple[Form, ...]]:
    """Light-verb class to its generated forms."""
    found: dict[str, list[Form]] = {}
    for verb, past, present in load_tsv("events/verb_stems_fa.tsv"):
        found.setdefault(verb, []).extend(forms(past, present))
    return {verb: tuple(dict.fromkeys(rows)) for verb, rows in found.items()}


@lru_cache(maxsize=1)
def finite_verbs() -> frozenset[str]:
    """The last word of every finite form of the verbs the stems list (verb_stems_fa.tsv,
    speech_verb_stems_fa.tsv) and of the listed light-verb forms (light_verbs_fa.tsv),
    folded: «پذیرفت», «کرد», «شده است» -> «است»."""
    written = [form for _, form, _, _ in load_tsv("events/light_verbs_fa.tsv")]
    generated = [form for rows in stem_forms().values() for form, _, _ in rows]
    return frozenset(phrase_key(form.split()[-1])
                     for form in [*written, *generated, *_speech_forms()])


def _speech_forms() -> Iterator[str]:
    """The finite forms of the verbs of saying and asking that are no light verb
    («پرسید», «می‌نویسد», «افزوده است»; text/speech_verb_stems_fa.tsv), less those that end
    in the bare present («نویسی», «می نویسی»: a noun's suffix far more often). Session 18
    (2026-12-06), engineer fa_fix."""
    for past, present in load_tsv("text/speech_verb_stems_fa.tsv"):
        bare = ({present + ending for ending in PRESENT_ENDINGS}
                - {past + ending for ending in PAST_ENDINGS})  # «پرسید»: past, not bare
        yield from (form for form, _, _ in forms(past, present) if form.split()[-1] not in bare)


_FUTURE_WORDS = ("خواهد", "خواهند", "نخواهد", "نخواهند")
"""The future auxiliary between a participle and شدن ("داده خواهد شد"), folded."""
PASSIVE_VERB = "shodan"
"""The light verb that makes a participle passive ("تحویل داده شد": was handed over)."""


@lru_cache(maxsize=1)
def _passive_words() -> frozenset[str]:
    """The folded one-word forms of شدن, and its words after a spaced می."""
    from khabar.normalize.fold import fold  # the fold tokens carry

    words = set()
    for form, _, _ in stem_forms().get(PASSIVE_VERB, ()):
        words.add(fold(form.split()[-1]) if form.startswith(("می ", "نمی ")) else fold(form))
    return frozenset(w for w in words if " " not in w)


def passive_at(folded: Sequence[str], participle: int) -> bool:
    """Whether the participle at ``participle`` (a word ending in ه) is followed by a form of
    شدن, spaced or not ("داده شد", "داده نمی‌شود", "داده می شود"): the phrase is passive."""
    if not folded[participle].endswith("ه"):
        return False
    rest = folded[participle + 1 : participle + 3]
    if rest and rest[0] in ("مي", "نمي", *_FUTURE_WORDS):
        rest = rest[1:]
    return bool(rest) and rest[0] in _passive_words()
