"""Where quoted words end and whose they are, read from the text around them: a later
turn with its own verb and colon, a Persian speaker quoting another, a Persian title in
marks opening the clause (``quotes.quote_at``). Moved out of ``quotes`` in session 16
(2026-12-06), unchanged, to keep that module short.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from khabar.doc import Doc
from khabar.entities.gazetteer import Match, Word, phrase_key, words
from khabar.events.quote_words import speech_verbs, turn_markers
from khabar.text.sentences import COMMAS, unspaced


def title_opens_clause(text: str, close: int, paragraph_end: int, lang: str | None) -> bool:
    """Whether a Persian title or name in marks right after the colon opens the quoted
    clause («گفت: «تاکسی نارنجی» نیازمند فصل پاییز است», «افزود: «جیمز ناشوی» یکی از ...»):
    the clause runs on after the closing mark with no punctuation, and no speech verb
    follows in the paragraph (one would make the name its subject: «نوشت: «X» وزیر ...
    گفت که»). Session 15 (2026-12-06); not Arabic, where words after a short marked quote
    are the narrator's («قال: "يجدد لها دينها" فنسب ...»)."""
    after = text[close + 1 : paragraph_end]
    return lang == "fa" and after.lstrip()[:1].isalpha() \
        and not any(True for _ in speech_verbs().find_all(text, words(text, close + 1,
                                                                      paragraph_end),
                                                          strip_clitics=True))


def next_turn(doc: Doc, sentence: tuple[int, int], start: int, end: int) -> int:
    """Where words quoted after a colon end when a later sentence of the same paragraph
    opens a turn of its own with a speech verb and a colon ("... مشخص می‌شود. سردار کمالی
    ... افزود: ..."): that sentence is another quote, not part of this one."""
    for first, last in doc.sentences:
        if first <= sentence[1] - 1 or first >= end:
            continue
        tokens = words(doc.text, first, last)
        for verb in speech_verbs().find_all(doc.text, tokens, strip_clitics=True):
            if verb.value == doc.lang and doc.text[verb.end : verb.end + 3].strip()[:1] == ":":
                return max(start, unspaced(doc.text, start, first)[1])
    return end


def inner_colon(doc: Doc, tokens: Sequence[Word], start: int, end: int) -> bool:
    """Whether Persian reported words hold a speech verb of their own, with a person named
    before it, that opens a quote with a colon ("یک مقام آگاه گفت، پاول در این دیدار تاکید
    کرد: ..."): that person said the words, and the outer speaker only reports it; the
    inner verb gives the quote. Not in Arabic, where an inner "وقال:" or "وأضاف:" is the
    same speaker going on in the same sentence."""
    if doc.lang != "fa" or ":" not in doc.text[start:end]:
        return False
    inside = [w for w in tokens if start <= w.start and w.end <= end]
    return any(verb.value == doc.lang and doc.text[verb.end : verb.end + 3].strip()[:1] == ":"
               and any(e.type == "PER" and start <= e.start and e.end <= verb.start
                       for e in doc.entities)
               for verb in speech_verbs().find_all(doc.text, inside, strip_clitics=True))


TURN_MARKER_CHARS = 14
"""Characters at a sentence's start read for a phrase that hands the word on («من جانبه»)."""
_CLAUSE_ENDS = frozenset(".!?؟")


def arabic_turn(doc: Doc, sentence: tuple[int, int], start: int, end: int,
                opens: Callable[[Sequence[Word], Match[str]], bool]) -> int:
    """Where Arabic quoted words with no marks end when the narrator speaks again inside
    them: a later sentence that opens with a phrase handing the word on («من جانبه، أثنى
    القيادي ...»), or a main clause, at a sentence's start or after a comma, whose speech
    verb has a subject of its own and opens a quote (``opens``: «...، وأفاد حاكم ولاية
    لوغار حليم فداي ان ...», «...، وقالت والدة الطفلة "..."»). Such words run to the end of
    their paragraph (after a colon) or sentence (after «أن») only for want of a mark.
    Session 17 (2026-12-06)."""
    if doc.lang != "ar":
        return end
    for first, _ in doc.sentences:
        if sentence[1] - 1 < first < end and any(
                marker in phrase_key(doc.text[first : first + TURN_MARKER_CHARS])
                for marker in turn_markers()):
            end = max(start, unspaced(doc.text, start, first)[1])
            break
    tokens = words(doc.text, start, end)
    for k in range(1, len(tokens)):
        before, word = tokens[k - 1].text, tokens[k]
        # A main clause's verb with its conjunction («، وأفاد»), not a participle going on
        # with the same speaker («، مشيرا إلى أن»).
        if (before not in COMMAS and before not in _CLAUSE_ENDS) or word.text[:1] not in "وف":
            continue
        verb = speech_verbs().match_at(doc.text, tokens, k, strip_clitics=True)
        if verb is not None and verb.value == "ar" and opens(tokens, verb):
            return max(start, unspaced(doc.text, start, tokens[k].start)[1])
    return end


def clause_verb_between(text: str, tokens: Sequence[Word], verb: Match[str], opening: int
                        ) -> bool:
    """Whether another Arabic speech verb with a glued «و», which opens a clause of its
    own, stands between a speech verb and the opening found after it (at ``opening``)
    («حسب ما أفاد المرصد السوري أمس، وقال مدير المرصد رامي عبدالرحمن: «...»», «أكدت
    التزامها ...، وقالت "إنها ..."»): the words are that verb's quote, told by its own
    subject, not the first verb's. Not a participle without «و» («وقالت صحيفة «نيويورك
    تايمز» موضحة:»), which shares the first verb's subject. Session 22 (2026-12-06)."""
    if verb.value != "ar":
        return False
    between = [w for w in tokens[verb.last + 1 :] if w.end <= opening]
    return any(m.value == "ar" and text[between[m.first].start : m.start] == "و"
               for m in speech_verbs().find_all(text, between, strip_clitics=True))
