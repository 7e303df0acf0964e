"""A Persian article's opening quotes told by no name: the speaker named later.

Persian news often opens on the words alone («به گزارش خبرگزاری فارس، با بیان اینکه ...،
اظهار داشت: ...»), goes on with a pronoun or a post («وی تصریح کرد», «این نماینده مجلس
تاکید کرد») and gives the name only a few sentences on («جلیلی ... گفت: ...»). The words
before the name are that person's: nobody else has spoken yet. Session 25 (2026-12-07),
engineer quotes_fa7, from the studied quote gold (a rule of Persian reporting, not of one
article) and checked on unread Fars, Hamshahri and ARMAN draws.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from khabar.doc import Doc, Quote
from khabar.entities.gazetteer import words
from khabar.entities.titles import titles
from khabar.events.quote_persian import CLAUSE_MARKS, opens_unnamed
from khabar.events.quote_turns import CONTINUE_REACH, introduces_holder, new_turn
from khabar.events.quote_words import new_speaker_words, plural_fa
from khabar.text.sentences import sentence_start

OWN_SPEAKER_KINDS = frozenset({"outlet", "revered"})
"""Kinds of ``new_speaker_words`` that, opening a clause, name a speaker of its own: an
outlet («روزنامه ... نوشت»), a revered person («معظم له گفت»)."""


def named_after_lead(doc: Doc, quotes: list[Quote], told: dict[int, str]) -> list[Quote]:
    """The article's leading quotes with no speaker take the speaker of the first quote
    that has one, when that quote names its speaker for the first time in the article
    (``introduces_holder``), each quote goes on from the one before (within
    ``CONTINUE_REACH``, no turn marker between), the name opens its sentence (a name
    further on, «درباره پرونده مهدی هاشمی گفت», «روزنامه ... نوشت: کوایزومی ...», is
    often not the speaker at all) and no leading quote is told by a plural verb, an
    unnamed subject, an outlet or a revered person («منابع آگاه گفتند», «سازمان ... اعلام
    کرد», «روزنامه ... نوشت», «معظم له گفت»): those are others."""
    lead = _speakerless_lead(quotes)
    if doc.lang != "fa" or not lead or len(lead) == len(quotes):
        return quotes
    named = quotes[len(lead)]
    if told.get(named.start) != "named" or not _opens_sentence(doc, named) \
            or not introduces_holder(doc, lead[0], named) \
            or not _goes_on(doc, [*lead, named]) \
            or any(_someone_else(doc, quote) for quote in lead):
        return quotes
    return [replace(q, speaker=named.speaker) for q in lead] + quotes[len(lead):]


def _speakerless_lead(quotes: list[Quote]) -> list[Quote]:
    lead: list[Quote] = []
    for quote in quotes:
        if quote.speaker is not None:
            break
        lead.append(quote)
    return lead


def _opens_sentence(doc: Doc, quote: Quote) -> bool:
    """Whether the quote's speaker is named first in its sentence, after titles alone
    («دکتر حسام گفت»)."""
    speaker = quote.speaker
    if speaker is None or speaker.start is None:
        return False
    before = words(doc.text, sentence_start(doc.sentences, speaker.start), speaker.start)
    covered = sum(m.last - m.first + 1 for m in titles().find_all(doc.text, before))
    return covered == len(before)


def _goes_on(doc: Doc, run: list[Quote]) -> bool:
    """Whether each quote of the run follows the one before within ``CONTINUE_REACH`` with
    no words that hand the turn to someone else between."""
    return all(0 <= then.start - first.end <= CONTINUE_REACH
               and not new_turn(doc.text[first.end : then.start])
               for first, then in pairwise(run))


def _someone_else(doc: Doc, quote: Quote) -> bool:
    """Whether the quote's speech verb is plural or its clause opens with an unnamed
    subject (a body, a relation word, an indefinite) or an outlet («روزنامه «نیویورک
    تایمز» ... نوشت», «سایت بی بی سی ... اعلام کرد»): a speaker of its own, left unnamed."""
    if plural_fa(quote.verb):
        return True
    verb_at = doc.text.rfind(quote.verb or "", 0, quote.start) if quote.verb else -1
    if verb_at < 0:
        return True  # no verb to read its subject from: leave it alone
    before = words(doc.text, sentence_start(doc.sentences, verb_at), verb_at)
    clause = before[max((k + 1 for k, w in enumerate(before) if w.text in CLAUSE_MARKS),
                        default=0):]
    return opens_unnamed(clause) or (
        bool(clause) and new_speaker_words().get(clause[0].folded) in OWN_SPEAKER_KINDS)
