"""Quoted speech in Persian narration, for the pronouns read after it (issue 5/6, session 26
(2026-12-07), engineer quotes_fa9).

A Persian report gives a speaker's words after a speech verb and a colon («وی افزود: ...»,
«اظهار داشت: «...»»), running to the end of the paragraph, or to the next sentence that
gives words to a speaker, or to the closing mark when the words open with one. The
narration's pronoun that follows («وی ادامه داد») stands for the
speaker going on or for a person the narration named, never for someone named inside the
speech: «... ورود مردم [فراری] ... . وی افزود» ('fugitive' read as a name), «... آثار شهید
[مطهری] ... . وی به ...» (the speaker, not Motahhari). On the design draw of 600 Persian
articles 106 narration pronouns in 61 articles took a person named inside a quote; passing
over them (``coref.resolve_pronouns``) changed 71 pronouns of 600 unread articles, 63 right
/ 6 wrong / 2 unsure (bench/quotes_fa9_session26_results.json).

``lead_ins`` gives the words before such a colon, from the sentence start: the speaker
opens them, and a pronoun after his words stands for him, not for a person named later
in them (``coref._lead_in_speaker``; session 26, engineer quotes_fa10).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from khabar.entities.persian_said import MAX_VERB_WORDS, speech_verbs_fa
from khabar.entities.words import Word, listed_keys, phrase_key
from khabar.text.sentences import COMMAS, sentence_start

COLON = ":"
CLOSING_MARKS = {"«": "»", '"': '"', "“": "”"}
"""A quotation mark that opens the quoted words -> the mark that closes them."""


Span = tuple[int, int]


def speech_spans(text: str, tokens: Sequence[Word],
                 sentences: Sequence[Span]) -> tuple[list[Span], list[Span]]:
    """The quoted words (``quoted_speech``) and the lead-ins (``lead_ins``) of a text, from
    one scan of its words for speech colons (the entity stage wants both of every Persian
    article; session 27 (2026-12-07), mend7)."""
    colons = _speech_colons(tokens)
    return _quoted(text, tokens, sentences, colons), _lead_ins(tokens, sentences, colons)


def quoted_speech(text: str, tokens: Sequence[Word], sentences: Sequence[Span]) -> list[Span]:
    """The spans of words quoted after a speech verb's colon (see ``_speech_end``)."""
    return _quoted(text, tokens, sentences, _speech_colons(tokens))


def lead_ins(tokens: Sequence[Word], sentences: Sequence[Span]) -> list[Span]:
    """The lead-ins of a speaker's words: from the start of the sentence that gives them,
    past an opening attribution («به گزارش خبرگزاری فارس از قم،»), to the speech verb's
    colon («سهرابی ... در مراسم گرامیداشت ... ابومهدی المهندس ...، اظهار داشت:», «وی در
    پاسخ به سوال خبرنگار درباره ... لاریجانی با سارکوزی ... گفت:»). The speaker opens
    one; the others it names are the occasion's or the question's (session 26
    (2026-12-07), engineer quotes_fa10)."""
    return _lead_ins(tokens, sentences, _speech_colons(tokens))


def _quoted(text: str, tokens: Sequence[Word], sentences: Sequence[Span],
            colons: Sequence[int]) -> list[Span]:
    # the sentences that hand the word on («وی افزود: ...»), where the speech before ends
    turns = sorted({sentence_start(sentences, tokens[k].start) for k in colons})
    return [(tokens[k].end, _speech_end(text, tokens[k].end, turns)) for k in colons]


def _lead_ins(tokens: Sequence[Word], sentences: Sequence[Span],
              colons: Sequence[int]) -> list[Span]:
    spans = []
    for k in colons:
        start = sentence_start(sentences, tokens[k].start)
        spans.append((past_attribution(tokens[:k], start), tokens[k].start))
    return spans


def past_attribution(tokens: Sequence[Word], start: int) -> int:
    """Where a lead-in's own words begin: after the comma of an attribution it opens with
    («به گزارش ...، », «به نقل از ...، »), else at ``start``."""
    words = [w for w in tokens if w.start >= start]
    if not any(phrase_key(" ".join(w.text for w in words[:n])) in outlet_cues()
               for n in range(1, ATTRIBUTION_WORDS + 1)):
        return start
    comma = next((w for w in words if w.text in COMMAS), None)
    return comma.end if comma is not None else start


ATTRIBUTION_WORDS = 4
"""Words of the longest phrase of ``outlet_cues`` («گفت و گو با», four words; it was 3 until
session 28, so that cue written with spaces was never read)."""


@cache
def outlet_cues() -> frozenset[str]:
    return listed_keys("entities/outlet_cues_fa.txt")


def _speech_colons(tokens: Sequence[Word]) -> list[int]:
    """The indices of the colons that close on a speech verb."""
    return [k for k, word in enumerate(tokens)
            if word.text == COLON and _after_speech_verb(tokens, k)]


def _after_speech_verb(tokens: Sequence[Word], k: int) -> bool:
    """Whether the words before the colon at ``k`` close on a speech verb («گفت», «تصریح
    کرد»), passing over joiners the tokenizer keeps as words («افزود‌:‌»)."""
    before = [w.text for w in tokens[max(0, k - 2 * MAX_VERB_WORDS):k] if w.text[0].isalnum()]
    return any(phrase_key(" ".join(before[-n:])) in speech_verbs_fa()
               for n in range(1, MAX_VERB_WORDS + 1) if n <= len(before))


def _speech_end(text: str, colon_end: int, turns: Sequence[int]) -> int:
    """Where the words after a speech verb's colon end: at the mark that closes them when
    they open with one, else at the end of the paragraph (a speaker's words run on over
    full stops: «او گفت: محمد را می‌شناختم. با او رابطه برقرار کردم.»), or before it at
    the next sentence that gives words to a speaker («... است.وی افزود: ...»)."""
    paragraph = text.find("\n", colon_end)
    end = len(text) if paragraph < 0 else paragraph
    opening = text[colon_end:end].lstrip(" \u200c\u00a0")
    mark = CLOSING_MARKS.get(opening[:1])
    if mark is not None:
        close = text.find(mark, end - len(opening) + 1, end)
        if close >= 0:
            return close + 1
    return min([end, *(t for t in turns if colon_end < t < end)])
