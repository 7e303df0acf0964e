"""Who an Arabic feminine speech verb with no subject goes on with, when no quote before
gives it a speaker: the body (or woman) that was the subject of a feminine verb opening a
sentence before.

Saudi news opens a body's statement with a verb that is not a quote («أدانت الحكومة
اليمنية بشدة التفجير», «من جهة أخرى، هونت وزارة الخارجية السودانية من أمر الخلاف»,
«أعلنت وزارة الخدمة المدنية ... عن (13970) وظيفة») and goes on with a feminine verb and
no subject («وقالت إن», «وأوضحت أن», «وقالت: «...»»). The verb agrees with that body,
not with the man who spoke last (``quote_turns._disagree``), so the quote went to no one.
Sentences between that take the body up again with a feminine verb and a definite noun
(«وأكدت الحكومة في بيان ...، وقوف اليمن ...») or that open with no verb («داعيةً
الخريجين ...») are passed over; a sentence that opens with any other subject ends the
search. Session 27 (2026-12-07), engineer quotes_ar9.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Word
from khabar.events.antecedents import sentence_before
from khabar.events.participant_words import files_report, is_participant
from khabar.events.quote_main_clause import clause_opening
from khabar.events.quote_subjects import opens_with_verb
from khabar.events.quote_words import is_feminine_past, is_participle
from khabar.text.sentences import COMMAS

SENTENCES_BACK = 3
"""Sentences read back for the feminine verb's subject."""
OPENING_WORDS = 4
"""Words of a phrase and its comma opening a sentence («من جهة أخرى،»)."""
ACCUSATIVE = "\u064b"
"""The tanween of the accusative («داعيةً»), which marks a participle of circumstance."""


def feminine_subject_before(doc: Doc, sentence: tuple[int, int]) -> Entity | None:
    """The body or person named right after a feminine past verb that opens one of the
    ``SENTENCES_BACK`` sentences before ``sentence``, past sentences that take a body up
    again or open with no verb; None when another subject comes first."""
    start = sentence[0]
    for _ in range(SENTENCES_BACK):
        tokens = sentence_before(doc, start)
        if not tokens:
            return None
        start = tokens[0].start
        first = _opening(tokens)
        if first + 1 >= len(tokens):
            continue
        if not (is_feminine_past(tokens[first]) and opens_with_verb(doc, tokens[first])):
            if _adverbial(doc, tokens[first]):
                continue  # «داعيةً الخريجين ...»: no verb of its own to hand a subject on
            return None
        subject = _named_subject(doc, tokens[first + 1])
        if subject is not None:
            return subject
        if not tokens[first + 1].folded.startswith("ال"):
            return None  # a subject the entity stage did not name: someone else
    return None


def _opening(tokens: Sequence[Word]) -> int:
    """The main clause's first word (``clause_opening``), also past a longer phrase set off
    by a comma («من جهة أخرى، هونت»)."""
    first = clause_opening(tokens)
    comma = next((k for k in range(first, min(first + OPENING_WORDS, len(tokens)))
                  if tokens[k].text in COMMAS), None)
    return first if comma is None else comma + 1


def _adverbial(doc: Doc, word: Word) -> bool:
    """A participle of circumstance opening a sentence with no verb: a speech one
    («مؤكدةً», «مشيرة», ``is_participle``) or any written with the accusative mark
    («داعيةً»: the words leave the mark out, the text keeps it); not «كما», «أما», which
    open a clause with a subject of its own."""
    return is_participle(word.text) or doc.text[word.start : word.end + 1].endswith(ACCUSATIVE)


def _named_subject(doc: Doc, word: Word) -> Entity | None:
    """The body or person the entity stage found opening at ``word``."""
    return next((e for e in doc.entities if e.start == word.start
                 and ((e.type == "PER" and not files_report(e)) or is_participant(e))), None)
