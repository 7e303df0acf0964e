"""Persian acts told in a source's words that are the news, and acts the headline vouches
for (session 17 (2026-12-06), issue 6).

The headline is the writer's own statement of what the news is. A Persian body often
tells that news only in a source's words («رئیس پلیس آگاهی ... تصریح کرد: ... هشت سارق ...
دستگیر شدند» under «دستگیری 8 سارق در استان زنجان»), or without naming who did it. Such
an act is dropped as quoted speech or as saying nothing of who did what to whom, though
the headline has already named it. Here:

- the kinds a headline names are those of its triggers (``salience.headline_types``) and
  of its head nouns: a Persian nominal headline opens with the verbal noun of its act
  («دستگیری», «اخراج», «دیدار»; ``headline_nouns_fa.tsv``), as may each of its segments
  after «:» or «/»;
- an act of such a kind told in a source's words in the past tense, not in the first
  person (the source's own act is its speech, and left), is the news reported;
- so is an act of saying (a request, an order, a refusal, a condemnation, a threat, an
  agreement: ``clauses.VERBAL``) that a source reports a third party did, outside quotation
  marks, whatever the headline («گفت: ... از شهرداری‌ها خواسته شده», a sentence «وی از
  واشنگتن خواست ...» after a quote): the source tells a speech act, not a view or a plan
  of its own; inside marks it stays the speaker's account (``stated_acts_fa``);
- an act of a kind the headline names with no party named is kept: the headline says it
  happened.

The nominal heads vouch only for these readings; they do not rank the main events
(``salience.main_events``), which keeps reading the headline's triggers alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import Doc
from khabar.entities.gazetteer import Word, phrase_key
from khabar.events.clauses import VERBAL
from khabar.events.lexicon import TriggerHit, clause_words
from khabar.events.merging import Draft
from khabar.resources import load_tsv

SEGMENT_MARKS = frozenset(":/|؛")
"""Marks that part a headline into segments, each of which may open with its own head."""


@lru_cache(maxsize=1)
def headline_nouns() -> dict[str, str]:
    return {phrase_key(noun): kind for noun, kind in load_tsv("events/headline_nouns_fa.tsv")}


def nominal_kinds(tokens: Sequence[Word]) -> frozenset[str]:
    """The acts a Persian nominal headline names by its head, the verbal noun that opens it
    or one of its segments («دستگیری 8 سارق», «… / اخراج 14 دیپلمات»)."""
    heads = [w for k, w in enumerate(tokens) if k == 0 or tokens[k - 1].text in SEGMENT_MARKS]
    return frozenset(kind for w in heads if (kind := headline_nouns().get(phrase_key(w.text))))


def vouched_kinds(doc: Doc, lang: str, headline: frozenset[str]) -> frozenset[str]:
    """The kinds of act a Persian headline vouches for: its triggers' (``headline``) and its
    head nouns'. Nothing in other languages."""
    if lang != "fa":
        return frozenset()
    return headline | nominal_kinds(clause_words(doc.title or ""))


def reported_news(text: str, hit: TriggerHit, vouched: frozenset[str]) -> bool:
    """A Persian act in the past tense, of a kind the headline vouches for, or an act of
    saying reported outside quotation marks: told in a source's words, it is the news
    reported. A speaker's verbatim words in marks tell an act of saying as his account
    (``stated_acts_fa``), and a first-person act, the source's own, stays speech
    (``clauses.narrative_hits`` leaves every first-person hit out)."""
    if hit.trigger.lang != "fa" or hit.tense != "past" or infinitive(text[hit.start : hit.end]):
        return False
    return hit.trigger.type in vouched or (hit.trigger.type in VERBAL
                                           and not in_marks(text, hit.start))


INFINITIVE_ENDINGS = ("تن", "دن")
"""The Persian infinitive: the past stem (in «ت» or «د») and «ن» («نپذیرفتن», «کردن»);
no finite past form ends so («پذیرفتند», «کرد»)."""


def infinitive(words: str) -> bool:
    """Whether a Persian trigger's last word is an infinitive, which names the act and
    tells no act done («به پذیرفتن یا نپذیرفتن شهرداری نیست»), though a starred row of the
    past tense matches it. Session 17 (2026-12-06), review."""
    last = words.split()[-1] if words.split() else ""
    return last.endswith(INFINITIVE_ENDINGS)


OPENING_MARKS, CLOSING_MARKS = "«“", "»”"


def in_marks(text: str, at: int) -> bool:
    """Whether ``at`` lies inside quotation marks opened in its own paragraph."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    return sum(before.count(m) for m in OPENING_MARKS) > sum(before.count(m)
                                                           for m in CLOSING_MARKS)


def unnamed_news(draft: Draft, vouched: frozenset[str]) -> bool:
    """A Persian act of a kind the headline vouches for (``vouched`` is empty in other
    languages), told as done (neither planned nor conditional), whose parties the body does
    not name («سروزیر ... استعفا داد» with the name in marks the entity stage missed)."""
    e = draft.event
    return draft.kind in vouched and not e.future and not e.hypothetical
