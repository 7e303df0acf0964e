"""The date of an event: the one that governs its trigger's clause, else the publication date.

A sentence may name several dates, and the first is often not the event's: one inside a
relative clause dates that clause's act («باقری که در سال 1397 به پاکستان رفته بود، ... دیدار
کرد», «الذي التحق به عام 1990»), one after a Persian verb belongs to the clause that follows
it, and one in «از X تاکنون» or «منذ X» tells that the act goes on now, not that it took
place then (news, not background). Of the dates left, the nearest to the trigger is its own.
A date well before publication marks background, not the day's news.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from khabar.doc import DateMention, Doc
from khabar.entities.gazetteer import Word, phrase_key
from khabar.events.clauses import markers
from khabar.events.lexicon import TriggerHit
from khabar.resources import load_tsv
from khabar.text.sentences import COMMAS

BACKGROUND_DAYS = 31
"""An act dated more than a month before publication is background (news reports the week)."""
SCOPE_REACH = 2
"""Words between «از»/«منذ» and the date they open, or the date and «تاکنون» («منذ مطلع عام
2011», «از اوایل سال 1397»), the date extractor may have left out of its span."""
LONGEST_UNTIL = 3
"""Words in the longest "until now" phrase of date_scopes.tsv («تا به اکنون»)."""
CLAUSE_BREAKS = frozenset(";؛")


@dataclass(frozen=True)
class EventDate:
    value: str | None
    start: int | None = None
    end: int | None = None
    confidence: float | None = None
    historical: bool = False
    told: tuple[str, str] | None = None
    """First and last day of the date the clause itself names, even one an act goes on from."""


@lru_cache(maxsize=1)
def _scopes() -> dict[tuple[str, str], str]:
    return {(phrase_key(word), lang): scope for word, lang, scope in load_tsv(
        "events/date_scopes.tsv")}


def _scope(word: Word, lang: str) -> str | None:
    """A word's scope, also with the conjunction «و» glued before it («ومنذ», «والذي»)."""
    found = _scopes().get((word.folded, lang))
    if found is None and len(word.folded) > 2 and word.folded[0] == "و":
        found = _scopes().get((word.folded[1:], lang))
    return found


def _relative(word: Word, lang: str) -> bool:
    if lang == "ar":
        bare = word.folded[1:] if word.folded[:1] == "و" else word.folded
        return "relative" in (markers().get(word.folded), markers().get(bare))
    return _scope(word, lang) == "relative"


def relative_spans(tokens: Sequence[Word], lang: str) -> list[tuple[int, int]]:
    """Character spans from each relative word to the next comma or clause break (or the
    sentence's end): the clause it opens."""
    spans = []
    for k, word in enumerate(tokens):
        if _relative(word, lang):
            close = next((w.start for w in tokens[k + 1:]
                          if w.text in COMMAS or w.text in CLAUSE_BREAKS), tokens[-1].end)
            spans.append((word.start, close))
    return spans


def _apart(mention: DateMention, hit: TriggerHit, spans: Sequence[tuple[int, int]]) -> bool:
    """The date lies in a relative clause the trigger is not in."""
    return any(s <= mention.start < e and not s <= hit.start < e for s, e in spans)


def _broken(mention: DateMention, hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A clause break («؛») parts the date from the trigger."""
    low, high = sorted((mention.start, hit.start))
    return any(low <= w.start < high and w.text in CLAUSE_BREAKS for w in tokens)


def _gap(mention: DateMention, hit: TriggerHit) -> int:
    return max(hit.start - mention.end, mention.start - hit.end, 0)


def ongoing(mention: DateMention, tokens: Sequence[Word], lang: str) -> bool:
    """The date opens a stretch that lasts until now: «منذ X», «از X تاکنون»."""
    before = [w for w in tokens if w.end <= mention.start][-SCOPE_REACH:]
    opening = {_scope(w, lang) for w in before}
    if "since" in opening:
        return True
    if "from" not in opening:
        return False
    after = [w for w in tokens if w.start >= mention.end][:SCOPE_REACH + LONGEST_UNTIL]
    for k in range(min(SCOPE_REACH + 1, len(after))):
        joined = ""
        for word in after[k:k + LONGEST_UNTIL]:
            joined += word.folded
            if _scopes().get((joined, lang)) == "until":
                return True
    return False


def own_dates(doc: Doc, tokens: Sequence[Word], hit: TriggerHit, start: int, end: int,
              lang: str) -> list[DateMention]:
    """The sentence's dates that may be the trigger's: not in a relative clause apart from it,
    not past a clause break, and, for a Persian verb (which ends its clause), not after it."""
    verb_final = lang == "fa" and hit.trigger.tense != "noun"
    dates = [m for m in doc.dates if start <= m.start < end and m.value
             and not (verb_final and m.start >= hit.end)]
    if not dates:  # most sentences: no need to find their clauses
        return dates
    spans = relative_spans(tokens, lang)
    return [m for m in dates if not _apart(m, hit, spans) and not _broken(m, hit, tokens)]


def event_date(doc: Doc, tokens: Sequence[Word], hit: TriggerHit, start: int, end: int,
               lang: str) -> EventDate:
    """The date nearest the trigger in its own clause, else the publication date (the news of
    the day, as is an act going on since a date)."""
    published = doc.published[:10] if doc.published else None
    dates = own_dates(doc, tokens, hit, start, end, lang)
    if not dates:
        return EventDate(published, confidence=0.5 if published else None)
    mention = min(dates, key=lambda m: _gap(m, hit))
    value = str(mention.value)[:10]
    told = (value, (mention.until or value)[:10])
    if ongoing(mention, tokens, lang):
        return EventDate(published, confidence=0.5 if published else None, told=told)
    return EventDate(value, mention.start, mention.end, round(mention.confidence * 0.9, 3),
                     is_background(value, published, mention.until), told)


def is_background(value: str, published: str | None, until: str | None = None) -> bool:
    """A date well before publication tells history, not the day's news; a bare year
    ("در سال 1397") is history when it is before the year of publication. A calendar stretch
    still running after publication («امسال», «هذا العام», «این ماه») is the present, though it
    began long before (``until`` is its last day); one counted back to it («طی هشت ماه گذشته»)
    recounts what went before."""
    if published is None or len(published) < 10:
        return False
    if until is not None and until[:10] > published[:10]:
        return False
    if len(value) < 10:
        return value[:4].isdigit() and published[:4].isdigit() and value[:4] < published[:4]
    try:
        gap = date.fromisoformat(published[:10]) - date.fromisoformat(value[:10])
    except ValueError:
        return False
    return gap.days > BACKGROUND_DAYS
