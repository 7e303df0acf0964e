"""The subject of the clause an Arabic sentence opens with, for a speech verb further in
that has none of its own ("وشكك معهد بحثي أمريكي بارز ... قائلا إن"). Moved out of
``quote_subjects`` in session 17 (2026-12-06), which added the clause after a phrase handing
the word on or «لكن» («من جانبها انتقدت روسيا ... قائلة إن», «لكن حركة طالبان تبنت العملية
قائلة إنها»).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Word, phrase_key
from khabar.events.antecedents import REFERRING_SOURCES
from khabar.events.arabic_construct import clause_conjunctions
from khabar.events.participant_words import files_report, is_participant, token_index
from khabar.events.quote_subjects import (
    opens_with_verb,
    phrase_speaker,
    post_holder,
    stretched_body,
    subject_phrase,
)
from khabar.events.quote_words import turn_markers
from khabar.text.arabic_conjunction import AND, without_proclitic
from khabar.text.sentences import COMMAS


def main_clause_subject(doc: Doc, tokens: Sequence[Word], verb_first: int) -> Entity | None:
    """The subject of the verb that opens the sentence, for a speech verb further in that
    has no subject of its own ("وشكك معهد بحثي أمريكي بارز ... قائلا إن"): the person,
    body or subject phrase right after the sentence's first word, when that word is no
    noun or preposition (the sentence opens with its verb). Past a phrase handing the word
    on or «لكن», a body or person named before the clause's verb speaks too («من جانبها
    انتقدت روسيا ... قائلة إن», «لكن حركة طالبان تبنت العملية قائلة إنها»; session 17
    (2026-12-06))."""
    first = clause_opening(tokens)
    if verb_first < first + 2:
        return None
    if not opens_with_verb(doc, tokens[first]):
        participle = tokens[verb_first].folded.startswith(("م", "قايل"))
        return _fronted_body(doc, tokens, first, verb_first) if first and participle else None
    second = tokens[first + 1]
    body = next((e for e in doc.entities if e.start == second.start
                 and ((e.type == "PER" and not files_report(e)) or is_participant(e))), None)
    if body is not None:
        return stretched_body(doc, tokens, body, tokens[verb_first].start)
    if _past_conjunction(tokens):
        # «وبينما رفض الوزير الخوض في التفاصيل، إلا أنه أكد»: in a clause a conjunction
        # opens, only a name is read as the subject; a phrase runs on into the object.
        return None
    phrase = subject_phrase(doc, tokens, first + 1, tokens[verb_first].start)
    if phrase is None:
        return None
    person = next((e for e in doc.entities if e.type == "PER" and e.source not in REFERRING_SOURCES
                   and phrase.start <= e.start and e.end <= phrase.end), None)
    return person or post_holder(doc, phrase) or phrase_speaker(doc, phrase, state_body=False)


_BUT = frozenset({"لكن", "ولكن"})


def clause_opening(tokens: Sequence[Word]) -> int:
    """The first word of a sentence's main clause, past a phrase that hands the word on
    («من جانبها»), or «لكن», and a comma after it; or past a conjunction that opens a
    clause with its own verb and subject («في حين اكتفت وكالة الأنباء ... بالقول إن»,
    «فيما قال X»: ``clause_conjunctions_ar.txt``; session 24 (2026-12-07))."""
    if not tokens:
        return 0
    k = 0
    if len(tokens) > 1 and phrase_key(f"{tokens[0].text} {tokens[1].text}") in turn_markers():
        k = 2
    elif tokens[0].folded in _BUT:
        k = 1
    else:
        return _past_conjunction(tokens)
    return k + 1 if k and k < len(tokens) and tokens[k].text in COMMAS else k


def _past_conjunction(tokens: Sequence[Word]) -> int:
    """The words a sentence-opening clause conjunction takes up («فيما», «وبينما», «في
    حين»), joined «و» or not («وفيما» is read as «فيما»); 0 when the sentence opens with
    none."""
    one = without_proclitic(tokens[0].folded, letters=AND)
    if len(tokens) > 2 and phrase_key(f"{one} {tokens[1].folded}") in clause_conjunctions():
        return 2
    return 1 if len(tokens) > 1 and one in clause_conjunctions() else 0


def _fronted_body(doc: Doc, tokens: Sequence[Word], first: int, verb_first: int
                  ) -> Entity | None:
    """A body or person named right at ``first`` and followed by a verb: the clause's
    subject put before its verb («لكن حركة طالبان تبنت»)."""
    named = next((e for e in doc.entities if e.start == tokens[first].start
                  and ((e.type == "PER" and not files_report(e)) or is_participant(e))), None)
    if named is None:
        return None
    k = token_index(tokens, named.end)
    return named if k < verb_first and opens_with_verb(doc, tokens[k]) else None
