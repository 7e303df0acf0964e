"""Persian interviews: an article that opens on "در گفت‌وگو با X" ("in a talk with X")
and then prints questions and answers as paragraphs of their own (a question ends with
"؟" or opens with "س:"/"سؤال:") is X's interview. The answer paragraphs are X's words as
a whole, so a quote in them whose verb is in the first person
("خواهیم گفت") or impersonal ("می‌شود گفت") is X's; the questions are the
interviewer's, so such a quote in them is no quote. A third person's verb ("بعد
می‌گوید") speaks of someone else and is left as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from khabar.doc import PRONOUN_SOURCE, Doc, Entity, Participant, Quote
from khabar.entities.gazetteer import phrase_key, words
from khabar.events.quote_names import whole_name
from khabar.events.quote_turns import as_participant, named_antecedent
from khabar.resources import load_tsv

TALK_REACH = 600
"""Characters from the start of the article within which "گفت‌وگو با X" names the
interviewee (the headline, the lead or the introduction)."""

NAME_GAP = 2
"""Words after "با" before the interviewee's name may start (a courtesy title: آقای)."""

MIN_QUESTIONS = 2
"""Question paragraphs, each followed by a paragraph that is no question, that make the
layout an interview."""


@lru_cache(maxsize=1)
def _interview_words() -> dict[str, str]:
    return {phrase_key(word): kind for word, kind in load_tsv("events/interview_words_fa.tsv")}


@dataclass(frozen=True)
class Interview:
    person: Participant
    questions: tuple[tuple[int, int], ...]
    """The question paragraphs, in order; an answer runs from one's end to the next's start."""


def _talk_key(key: str) -> bool:
    kinds = _interview_words()
    return kinds.get(key) == "talk" or (key.endswith("ي") and kinds.get(key[:-1]) == "talk")


def interviewee(doc: Doc) -> Entity | None:
    """The person after "گفت‌وگو/مصاحبه با" near the start of the article."""
    tokens = words(doc.text, 0, min(len(doc.text), TALK_REACH))
    for k, token in enumerate(tokens):
        if token.folded != "با" or not any(
                _talk_key(phrase_key(doc.text[tokens[j].start:tokens[k - 1].end]))
                for j in range(max(0, k - 3), k)):
            continue
        after = tokens[k + 1 : k + 1 + NAME_GAP]
        if not after:
            continue
        person = next((e for e in doc.entities if e.type == "PER" and e.source != PRONOUN_SOURCE
                       and after[0].start <= e.start <= after[-1].start), None)
        if person is not None:
            return person
    return None


def _paragraphs(text: str, since: int) -> list[tuple[int, int]]:
    spans, start = [], since
    for line in text[since:].split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def _label(line: str) -> str | None:
    head, colon, _ = line.lstrip(" -–—").partition(":")
    return _interview_words().get(phrase_key(head)) if colon and len(head) < 12 else None


def is_question(line: str) -> bool:
    """A paragraph ending in a question mark, or opening on a question label ("س:")."""
    label = _label(line)
    if label is not None:
        return label == "question"
    return line.rstrip(" \t\u00bb\u201d\"").endswith(("؟", "?"))


def interview(doc: Doc) -> Interview | None:
    """The interview layout of a Persian article, if it has one."""
    if doc.lang != "fa" or ("؟" not in doc.text and "?" not in doc.text):
        return None
    person = interviewee(doc)
    if person is None:
        return None
    paragraphs = _paragraphs(doc.text, person.end)
    asked = [is_question(doc.text[s:e]) for s, e in paragraphs]
    questions = tuple(p for k, p in enumerate(paragraphs)
                      if asked[k] and k + 1 < len(paragraphs) and not asked[k + 1])
    if len(questions) < MIN_QUESTIONS:
        return None
    speaker = as_participant(whole_name(doc, named_antecedent(doc, person)))
    return None if speaker is None else Interview(speaker, questions)


def _turn(layout: Interview, at: int) -> str | None:
    """question or answer; None before the first question."""
    if any(start <= at < end for start, end in layout.questions):
        return "question"
    return "answer" if at >= layout.questions[0][1] else None


def _voice(doc: Doc, quote: Quote) -> str | None:
    """first for a speech verb after an auxiliary of the first person ("خواهیم گفت"),
    impersonal for one after "one can" ("می‌شود گفت"), else None: a third
    person's verb, whose dropped subject is someone the turn speaks of ("بعد می‌گوید").
    (A first-person form of its own, "گفتم", is no speech verb of the lexicon, and a verb
    after «می‌توان» made no quote: ``quote_persian.after_impersonal_modal``.)"""
    at = doc.text.rfind(quote.verb or "\0", max(0, quote.start - 200), quote.start)
    if at < 0:
        return None
    before = [w.folded for w in words(doc.text, max(0, at - 40), at)]
    if not before:
        return None
    return _interview_words().get(before[-1])


def interview_turns(doc: Doc, quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes, read as an interview where the article is one: a quote whose verb is
    in the first person or impersonal is the interviewee's in an answer and no one's (no
    quote) in a question, whoever the sentence's names ("ما به آقای X خواهیم گفت")."""
    layout = interview(doc)
    if layout is None:
        return list(quotes)
    out = []
    for quote in quotes:
        turn = _turn(layout, quote.start)
        if turn is not None and _voice(doc, quote) in ("first", "impersonal"):
            if turn == "question":
                continue
            quote = replace(quote, speaker=layout.person)
        out.append(quote)
    return out
