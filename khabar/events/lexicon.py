"""The trigger lexicon: matching its rows (``khabar.events.trigger_rows``) against words.

A pattern is segments joined by " … " (a gap of up to ``MAX_GAP`` words inside the
clause); a segment is alternatives joined by "|"; an alternative is words, where
"word*" matches a prefix and "{class}" any form of a Persian light verb
(``light_verbs_fa.tsv``), whose form gives the tense and polarity. The rows' names
(``Trigger``, ``TriggerHit``, ``triggers``, ...) stay importable from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from khabar.entities.gazetteer import Match, PhraseIndex, Word, clitics, words
from khabar.events.arabic_adverbials import adjunct_word, adverbial_comma
from khabar.events.light_ellipsis import ELIDED_WEIGHT, elided_verb
from khabar.events.trigger_rows import LANGUAGES as LANGUAGES
from khabar.events.trigger_rows import Alternative as Alternative
from khabar.events.trigger_rows import Trigger as Trigger
from khabar.events.trigger_rows import TriggerHit as TriggerHit
from khabar.events.trigger_rows import compile_segments as compile_segments
from khabar.events.trigger_rows import light_verbs as light_verbs
from khabar.events.trigger_rows import participles as participles
from khabar.events.trigger_rows import triggers as triggers
from khabar.normalize.fold import fold

MAX_GAP = 5
_CLAUSE_BREAKS = frozenset(".,:;،؛!?؟")
_QUOTES = frozenset("«»\"“”")


@dataclass(slots=True)
class _State:
    index: int
    tense: str | None = None
    negated: bool = False
    first_person: bool = False
    elided: int | None = None
    """The word «و» after a nominal whose light verb is left out, when it is."""


def _matches(element: str, variants: Sequence[str]) -> bool:
    if element.endswith("*"):
        return any(v.startswith(element[:-1]) for v in variants)
    return element in variants


SPACED_PIECES = 3
"""Words a Persian word may be written in ("گفت و گو", "می خواهد" for "گفت‌وگو", "می‌خواهد")."""


def _spaced(tokens: Sequence[Word], j: int, element: str) -> int:
    """How many words from ``j`` spell ``element`` once joined, as Persian writes one word
    with a ZWNJ, a space or nothing between its pieces; 0 when they don't."""
    if element.endswith("*"):
        return 0
    joined = ""
    for n in range(min(SPACED_PIECES, len(tokens) - j)):
        word = tokens[j + n]
        if not word.folded or not word.text[0].isalnum():
            return 0
        joined += word.folded
        if n and joined == element:
            return n + 1
        if not element.startswith(joined):
            return 0
    return 0


def _match_alternative(
    text: str, tokens: Sequence[Word], j: int, alt: Alternative, strip: bool,
    spaced: bool = False,
) -> _State | None:
    if alt and j < len(tokens) and _no_light_verb_at(tokens[j], alt[0]):
        return None
    state = _State(j)
    for k, element in enumerate(alt):
        if state.index >= len(tokens):
            return None
        word = tokens[state.index]
        if element.startswith("{"):
            index = light_verbs().get(element[1:-1])
            match = index.match_at(text, tokens, state.index) if index else None
            if match is None and index is not None and spaced and k:
                match = _elided(text, tokens, state, j, element[1:-1], index)
            if match is None:
                return None
            state.tense, state.negated, state.first_person = match.value
            state.index = match.last + 1
            continue
        variants = _variants(word) if strip and k == 0 else (word.folded,)
        if _matches(element, variants):
            state.index += 1
        elif (spaced and len(word.folded) < len(element) and element.startswith(word.folded)
              and (pieces := _spaced(tokens, state.index, element))):
            state.index += pieces
        else:
            return None
    return state


def _no_light_verb_at(word: Word, element: str) -> bool:
    """Whether ``element`` is a light verb («{class}») that no form of starts at ``word``
    (``PhraseIndex.cannot_start``, memoized per word): a light-verb segment is sought at
    every word of a gap, so the no is best said before any state is built."""
    if not element.startswith("{"):
        return False
    index = light_verbs().get(element[1:-1])
    return index is None or index.cannot_start(word)


def _elided(text: str, tokens: Sequence[Word], state: _State, first: int, verb_class: str,
            index: PhraseIndex[tuple[str, bool, bool]]
            ) -> Match[tuple[str, bool, bool]] | None:
    """The light verb after «و» and a second nominal, its first left out; notes the «و»."""
    found: Match[tuple[str, bool, bool]] | None = elided_verb(
        tokens, state.index, first, verb_class,
        lambda k: index.match_at(text, tokens, k),
        lambda k: any(i.match_at(text, tokens, k) for i in light_verbs().values()),
    )
    if found is None:
        return None
    state.elided = state.index
    return found


@cache
def _elided_trigger(trigger: Trigger) -> Trigger:
    """The trigger read with its light verb left out: a second reading of the verb, less
    sure than the nominal right before its verb, so an article's other acts rank first."""
    return replace(trigger, weight=round(trigger.weight * ELIDED_WEIGHT, 3))


def _variants(word: Word) -> tuple[str, ...]:
    return _forms(word.folded)


@lru_cache(maxsize=1 << 16)
def _forms(folded: str) -> tuple[str, ...]:
    """A folded word and its forms without an Arabic proclitic; cached, as news repeats its
    words."""
    forms = [folded]
    for prefix, replacement in clitics():
        if folded.startswith(prefix) and len(folded) > len(prefix) + 2:
            forms.append(replacement + folded[len(prefix):])
    return tuple(forms)


def match_segment(
    text: str, tokens: Sequence[Word], j: int, segment: tuple[Alternative, ...], strip: bool,
    spaced: bool = False,
) -> _State | None:
    ordered, openers, pieces = _plan(segment)
    if openers is not None:
        # No alternative can match a word that is none of their first words (nor, where
        # Persian writes a word in pieces, the start of one): most words are none, and the
        # matcher is called at every word a verb may stand at.
        if j >= len(tokens):
            return None
        word = tokens[j]
        if spaced:
            if word.folded not in openers and word.folded not in pieces:
                return None
        elif openers.isdisjoint(_variants(word) if strip else (word.folded,)):
            return None
    for alt in ordered:
        state = _match_alternative(text, tokens, j, alt, strip, spaced)
        if state is not None:
            return state
    return None


@lru_cache(maxsize=1 << 14)
def _plan(segment: tuple[Alternative, ...]) -> tuple[tuple[Alternative, ...],
                                                   frozenset[str] | None, frozenset[str]]:
    """The segment's alternatives longest first (the order they are tried in), the words
    one of them must open with, when each opens with a plain word (not a prefix «*», not
    a light verb «{...}»), and those words' beginnings, where a spaced match may start
    (a word in pieces: ``_spaced``)."""
    ordered = tuple(sorted(segment, key=len, reverse=True))
    plain = all(alt and not alt[0].endswith("*") and not alt[0].startswith("{")
                for alt in segment)
    if not plain:
        return ordered, None, frozenset()
    openers = frozenset(alt[0] for alt in segment)
    pieces = frozenset(opener[:n] for opener in openers for n in range(1, len(opener)))
    return ordered, openers, pieces


def seek(text: str, tokens: Sequence[Word], j: int, segment: tuple[Alternative, ...],
          spaced: bool = False, gap: int = MAX_GAP,
          breaks: frozenset[str] = _CLAUSE_BREAKS,
          name_words: frozenset[int] = frozenset(), arabic: bool = False) -> _State | None:
    """The segment within ``gap`` words from ``j``, not crossing a clause break; a name
    counts as one word (``name_words``: the indexes of the words after a name's first).
    In Arabic (``arabic``) a comma closing a time adverbial is no break. A lone participle
    of the light verb sought, two words or more into the gap (a noun and the participle's
    own word before it), is passed over when a finite form follows in the clause."""
    skipped = 0
    for k in range(j, len(tokens)):
        if skipped > gap or (tokens[k].text in breaks
                             and not (arabic and adverbial_comma(tokens, k))):
            return None
        state = match_segment(text, tokens, k, segment, False, spaced)
        if state is not None and k > j + 1 and _inner_participle(tokens, k, state, segment):
            # «خواستار آزادی دیپلمات‌های ربوده شده در عراق شد»: «ربوده شده» closes a
            # participle phrase inside the gap; the verb is the finite «شد» after it. The
            # participle itself is not counted, so «ربوده شده» weighs one word like a name.
            later = seek(text, tokens, state.index, segment, spaced, gap - skipped, breaks,
                         name_words, arabic)
            finite = later is not None and not _inner_participle(
                tokens, later.index - 1, later, segment)
            return later if finite else state
        if state is not None:
            return state
        skipped += (tokens[k].text not in _QUOTES and k not in name_words
                    and not (arabic and adjunct_word(tokens[k])))
    return None


def _inner_participle(tokens: Sequence[Word], k: int, state: _State,
                      segment: tuple[Alternative, ...]) -> bool:
    """Whether a light-verb segment matched a lone participle at ``k`` («شده», «کرده», no
    «است» after it) that is no clause's verb: not before «و», which joins a participle
    verb to the next clause («وارد استان شده و ... تخلیه می‌شود»)."""
    light = all(alt and alt[0].startswith("{") for alt in segment)
    after = tokens[k + 1].folded if k + 1 < len(tokens) else None
    return (light and state.index == k + 1 and tokens[k].folded.endswith("ه")
            and after != _AND)


_AND = fold("و")


def match_trigger(text: str, tokens: Sequence[Word], i: int, trigger: Trigger,
                  name_words: frozenset[int] = frozenset()) -> TriggerHit | None:
    """The trigger matched from word ``i``, or None."""
    strip, spaced = trigger.lang == "ar", trigger.lang == "fa"
    state = match_segment(text, tokens, i, trigger.segments[0], strip, spaced)
    tense, negated = None, False
    for segment in trigger.segments[1:]:
        if state is None or state.elided is not None:
            return None
        tense, negated = state.tense or tense, state.negated or negated
        state = seek(text, tokens, state.index, segment, spaced, name_words=name_words,
                     arabic=strip)
    if state is None:
        return None
    tense, negated = state.tense or tense, state.negated or negated
    last = state.index - 1
    shared = tokens[state.elided].start if state.elided is not None else None
    if shared is not None:
        trigger = _elided_trigger(trigger)
    return TriggerHit(tokens[i].start, tokens[last].end, i, last, trigger,
                      tense or trigger.tense or "past", negated,
                      state.first_person or trigger.first_person, shared)


@dataclass(frozen=True, slots=True)
class _FirstWordIndex:
    """Triggers by the first word they can start with, so each token tries only a few."""

    exact: dict[str, tuple[Trigger, ...]]
    prefixes: tuple[tuple[str, Trigger], ...]
    anywhere: tuple[Trigger, ...]
    """Triggers that start with a light-verb class: tried at every token."""
    prefix_heads: tuple[str, ...]
    """The prefixes alone, for one ``startswith`` test."""


def _first_pieces(trigger: Trigger) -> set[str]:
    """The first pieces of a trigger's first words, where a ZWNJ joins them ("گفت" of
    "گفت‌وگو", "می" of "می‌خواهد"): a word written spaced starts there."""
    pieces = set()
    for alternative in trigger.pattern.split(" … ")[0].split("|"):
        word = alternative.split()[0] if alternative.split() else ""
        at = word.find("\u200c")
        while at > 0:
            pieces.add(fold(word[:at]))
            at = word.find("\u200c", at + 1)
    return pieces


@cache
def _first_word_index(lang: str) -> _FirstWordIndex:
    exact: dict[str, list[Trigger]] = {}
    prefixes: list[tuple[str, Trigger]] = []
    anywhere: list[Trigger] = []
    for trigger in triggers(lang):
        firsts = {alt[0] for alt in trigger.segments[0] if alt}
        if any(first.startswith("{") for first in firsts):
            anywhere.append(trigger)
            continue
        for first in firsts:
            if first.endswith("*"):
                prefixes.append((first[:-1], trigger))
            else:
                exact.setdefault(first, []).append(trigger)
        for piece in _first_pieces(trigger) if lang == "fa" else ():
            exact.setdefault(piece, []).append(trigger)
    return _FirstWordIndex(
        {word: tuple(found) for word, found in exact.items()}, tuple(prefixes), tuple(anywhere),
        tuple(prefix for prefix, _ in prefixes),
    )


@lru_cache(maxsize=1 << 16)
def _openers(folded: str, following: str | None, lang: str) -> tuple[Trigger, ...]:
    """``_candidates_of`` less the triggers that cannot start at a word of this folded
    form followed by one folded as ``following`` (None: no word follows); cached per pair.
    Many triggers open with the same word (Persian «به», «با», «در»), and the word after
    rules most of them out: «به» had 17,000 tries in 60 Persian articles, 1 in 60 a hit.
    The first word's part of the test is done once per form (``_opening_needs``)."""
    return tuple(trigger for trigger, need in _opening_needs(folded, lang)
                 if need is None or (following is not None and need.fits(following)))


@dataclass(frozen=True, slots=True)
class _SecondWords:
    """The words that may follow a trigger's first word: those of its alternatives' second
    words that match in full (``words``: each plain second word and, where Persian writes
    a word in pieces, each of its beginnings), any word (``any_word``: a light verb), and
    the prefixes «*» tested one by one (``prefixes``)."""

    words: frozenset[str]
    any_word: bool
    prefixes: tuple[str, ...]
    spaced: bool

    def fits(self, following: str) -> bool:
        return (self.any_word or following in self.words
                or any(_second_fits(second, following, self.spaced)
                       for second in self.prefixes))


@lru_cache(maxsize=1 << 16)
def _opening_needs(folded: str, lang: str) -> tuple[tuple[Trigger, _SecondWords | None], ...]:
    """The candidates that may open at a word of this folded form, each with the words
    one of which must follow it (None: it may open whatever follows), in
    ``_candidates_of``'s order: the test of the first word, which the following word does
    not change, taken once per form rather than once per pair."""
    needs = []
    for trigger in _candidates_of(folded, lang):
        seconds = _seconds_after(trigger, folded)
        if seconds is None or seconds:
            needs.append((trigger, None if seconds is None
                          else _second_words(seconds, trigger.lang == "fa")))
    return tuple(needs)


def _second_words(seconds: tuple[str, ...], spaced: bool) -> _SecondWords:
    plain = [second for second in seconds
             if not second.startswith("{") and not second.endswith("*")]
    words = {second[:n] for second in plain for n in range(len(second) if spaced else 0)}
    return _SecondWords(frozenset(words | set(plain)),
                        any(second.startswith("{") for second in seconds),
                        tuple(second for second in seconds
                              if not second.startswith("{") and second.endswith("*")),
                        spaced)


def _seconds_after(trigger: Trigger, folded: str) -> tuple[str, ...] | None:
    """The second words of the trigger's alternatives whose first word a word folded as
    ``folded`` matches; None when an alternative needs no second word, or is taken to
    match (a light verb first, or a word that may be written in pieces)."""
    spaced = trigger.lang == "fa"
    forms = _forms(folded) if trigger.lang == "ar" else (folded,)
    seconds: list[str] = []
    for alt in trigger.segments[0]:
        if not alt or alt[0].startswith("{"):
            return None
        if not _matches(alt[0], forms):
            # «گفت و گو»: a word written in pieces may still spell it
            if spaced and len(folded) < len(alt[0]) and alt[0].startswith(folded):
                return None
            continue
        if len(alt) == 1:
            return None
        seconds.append(alt[1])
    return tuple(seconds)


def _second_fits(second: str, following: str, spaced: bool) -> bool:
    """Whether a word folded as ``following`` may be an alternative's second word."""
    return (second.startswith("{") or _matches(second, (following,))
            or (spaced and len(following) < len(second) and second.startswith(following)))


@lru_cache(maxsize=1 << 16)
def _candidates_of(folded: str, lang: str) -> tuple[Trigger, ...]:
    """Triggers that may start at a word of this folded form (cached per form). Most
    words begin with no proclitic and no trigger's prefix: ``startswith`` over them all
    rules those out before the word's forms and the prefixes are gone through."""
    index = _first_word_index(lang)
    variants = (_forms(folded) if lang == "ar" and folded.startswith(_clitic_heads())
                else (folded,))
    found: list[Trigger] = list(index.anywhere)
    for variant in variants:
        found.extend(index.exact.get(variant, ()))
        if variant.startswith(index.prefix_heads):
            found.extend(t for prefix, t in index.prefixes if variant.startswith(prefix))
    return tuple(dict.fromkeys(found))


@cache
def _clitic_heads() -> tuple[str, ...]:
    """The proclitics ``_forms`` strips, for one ``startswith`` test."""
    return tuple(prefix for prefix, _ in clitics())


def bare_mark(word: Word) -> bool:
    """A token that is only Arabic vowel marks: the shared tokenizer ends a word at its last
    letter, so a final tanween ("اتصالاً") comes apart as a token of its own, which would
    break up two-word triggers and count against their gaps."""
    return not word.folded and word.text[0] in MARKS


MARKS = frozenset(chr(c) for c in (*range(0x064B, 0x0660), 0x0670))


def clause_words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words of ``text[start:end]`` as the lexicon reads them (no bare marks)."""
    return [w for w in words(text, start, end) if not bare_mark(w)]


def find_triggers(text: str, tokens: Sequence[Word], lang: str,
                  name_words: frozenset[int] = frozenset()) -> list[TriggerHit]:
    """Non-overlapping trigger matches in ``tokens``, the longest and surest first. A name
    between a trigger's parts counts as one word (``name_words``: the indexes of the words
    after a name's first), so a long subject ("وقعت المملكة العربية السعودية ... مع ... على")
    parts a verb from its complement no more than a short one."""
    if lang not in LANGUAGES:
        return []
    hits = []
    last = len(tokens) - 1
    for i, word in enumerate(tokens):
        if not _candidates_of(word.folded, lang):
            continue  # most words open no trigger
        following = tokens[i + 1].folded if i < last else None
        for trigger in _openers(word.folded, following, lang):
            if (hit := match_trigger(text, tokens, i, trigger, name_words)) is not None:
                hits.append(hit)
    hits.sort(key=lambda h: (h.start - h.end, -h.trigger.weight, h.start))
    kept: list[TriggerHit] = []
    for hit in hits:
        if not any(k.start < _own_end(hit) and hit.start < _own_end(k) for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def _own_end(hit: TriggerHit) -> int:
    """Where a hit's own words end: a nominal whose light verb is left out shares the
    words after it with the trigger of the second nominal, and both are kept."""
    return hit.end if hit.shared is None else hit.shared
