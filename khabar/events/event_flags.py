"""When and how a matched trigger is told: the flags of an event (negated, future, wished)
from the marker words before it, and its contexts from cue words (``context_cues.tsv``).
Moved out of ``stage.py`` (review, session 13 (2026-12-05)), which had passed 400 lines;
behaviour unchanged."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import Entity
from khabar.entities.gazetteer import Word, phrase_key
from khabar.events.arabic_forms import ARTICLE, purpose_form
from khabar.events.clauses import markers
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import PUNCTUATION_BREAKS
from khabar.resources import load_tsv

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
"""Acts a plan or a present tense makes an agreement to act (PLOVER.md: AGREE)."""
MARKER_WINDOW = 6
"""Words before a trigger within which a future marker counts."""


@lru_cache(maxsize=1)
def context_cues() -> tuple[tuple[str, str], ...]:
    return tuple((phrase_key(cue), context) for cue, context in load_tsv("events/context_cues.tsv"))


@lru_cache(maxsize=1)
def negation_words() -> frozenset[str]:
    return frozenset(word for word, effect in markers().items() if effect in NEGATION)


NEGATION = frozenset({"negation", "negation-past", "negation-future"})
FUTURE = frozenset({"future", "negation-future"})


@lru_cache(maxsize=1)
def marker_languages() -> dict[str, str]:
    """The marker words of one language only (marker_languages.tsv): Arabic «ما» negates,
    Persian «ما» is 'we'."""
    return {phrase_key(word): lang for word, lang in load_tsv("events/marker_languages.tsv")}


def _marker(tokens: Sequence[Word], first: int, effect: str | frozenset[str],
            window: int, lang: str | None = None) -> bool:
    effects = {effect} if isinstance(effect, str) else effect
    for k in range(max(0, first - window), first):
        pair = tokens[k].folded + (tokens[k + 1].folded if k + 1 < len(tokens) else "")
        if _counts(tokens[k].folded, effects, lang) or _counts(pair, effects, lang):
            return True
    return False


def _counts(word: str, effects: set[str] | frozenset[str], lang: str | None) -> bool:
    return markers().get(word) in effects and marker_languages().get(word, lang) == lang


def is_wished(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A Persian subjunctive with no word of plan before it is wished, asked or aimed at
    ("فرصت داد ... به توافق برسند", "خواست ... آزاد کنند"), not told: the telling verb is
    the event ("قرار است ... دیدار کنند" is a plan, and AGREE)."""
    if hit.tense != "subjunctive":
        return False
    start = next((k + 1 for k in range(hit.first - 1, -1, -1)
                  if tokens[k].text in PUNCTUATION_BREAKS), 0)
    return not _marker(tokens, hit.first, FUTURE, hit.first - start)


def future_negated(hit: TriggerHit, tokens: Sequence[Word], conditional: bool = False
           ) -> tuple[bool, bool]:
    """(future, negated) of a trigger in its sentence. Under a condition the present or
    subjunctive is the condition's mood ("اگر دیدار کنند"), not a plan."""
    negated = hit.negated or _marker(tokens, hit.first, NEGATION, 2, hit.trigger.lang)
    future = (hit.tense == "future" or _marker(tokens, hit.first, "future", MARKER_WINDOW)
              or _marker(tokens, hit.first, "negation-future", 2))
    future = future or _planned_noun(hit, tokens)
    told_past = _marker(tokens, hit.first, "negation-past", 1)
    if (hit.trigger.lang == "ar" and hit.trigger.type == "CONSULT"
            and purpose_form(hit.trigger, tokens[hit.first].folded)):
        future = True  # "دعاه لزيارة موسكو": a visit he is to make (EVENT-CONVENTIONS: AGREE)
    if (hit.tense in ("present", "subjunctive") and hit.trigger.type in COOPERATIVE
            and not told_past and not conditional):
        future = True
    return future, negated


NOUN_ADJECTIVES = 4
"""Words after an Arabic act noun within which its agreeing adjectives are read."""


def _planned_noun(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """An Arabic act noun with the article whose agreeing (definite) adjectives include a
    future marker names a planned act, not one that happened: «المناورات البحرية الدولية
    المقبلة» 'the coming international naval exercises'. Arabic puts the adjective after
    its noun, outside the window before the trigger that verbs' markers are read in."""
    if (hit.tense != "noun" or hit.trigger.lang != "ar"
            or not tokens[hit.first].folded.startswith(ARTICLE)):
        return False
    for word in tokens[hit.last + 1 : hit.last + 1 + NOUN_ADJECTIVES]:
        if not word.folded.startswith(ARTICLE):
            return False
        if _counts(word.folded, {"future"}, "ar"):
            return True
    return False


def event_contexts(hit: TriggerHit, tokens: Sequence[Word], actor: Entity | None) -> list[str]:
    found = set(hit.trigger.contexts)
    text = " " + " ".join(w.folded for w in tokens) + " " + phrase_key(actor.role or "" if actor
                                                                          else "")
    words = frozenset(text.split())  # split once, not again for each one-word cue
    for cue, context, one_word in _cue_rows():
        if " " + cue in text or (one_word and cue in words):
            found.add(context)
    return sorted(found)


@lru_cache(maxsize=1)
def _cue_rows() -> tuple[tuple[str, str, bool], ...]:
    """``context_cues`` with whether each cue is one word (split once)."""
    return tuple((cue, context, len(cue.split()) == 1) for cue, context in context_cues())
