"""The quote stage: who said what, from speech verbs (``resources/events/speech_verbs.tsv``).

"X گفت: ..." and "وقال X : ..." give a direct quote running from the colon to the end of
the paragraph (or to the closing quotation mark); "X گفت که ..." and "وأكد X أن ..." give
reported speech to the end of the sentence. The speaker is the person named before the
verb (Persian) or right after it (Arabic); a pronoun (وی) or a role phrase ("رئیس ستاد
کل نیروهای مسلح") stands for the person last named.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from khabar.doc import Doc, Entity, Participant, Quote
from khabar.entities.gazetteer import Match, PhraseIndex, Word, phrase_key, words
from khabar.events.participants import last_person_before, stands_for_person
from khabar.registry import stage
from khabar.resources import load_tsv
from khabar.settings import Settings

COLON_REACH = 3
"""A colon at most this many words after the verb opens a direct quote."""
MIN_QUOTE_CHARS = 8
_PAIRS = {"«": "»", '"': '"', "“": "”"}


@lru_cache(maxsize=1)
def speech_verbs() -> PhraseIndex[str]:
    index: PhraseIndex[str] = PhraseIndex()
    for form, lang in load_tsv("events/speech_verbs.tsv"):
        index.add(form, lang)
    return index


@lru_cache(maxsize=1)
def quote_links() -> frozenset[str]:
    return frozenset(phrase_key(word) for word, _ in load_tsv("events/quote_links.tsv"))


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _trimmed(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """The span without surrounding space or quotation marks; True when it was in marks."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > 1 and text[start] in _PAIRS:
        close = text.find(_PAIRS[text[start]], start + 1, end)
        if close > 0:
            return start + 1, close, True
    return start, end, False


def _colon_after(tokens: Sequence[Word], last: int) -> Word | None:
    for word in tokens[last + 1 : last + 1 + COLON_REACH]:
        if word.text == ":":
            return word
        if not word.text[0].isalnum() and word.text not in "«\"":
            return None
    return None


def _persons(doc: Doc, start: int, end: int) -> list[Entity]:
    return [e for e in doc.entities if e.type == "PER" and start <= e.start and e.end <= end]


def speaker_of(doc: Doc, tokens: Sequence[Word], verb: Match[str], sentence: tuple[int, int],
               stop: int, quoted: Sequence[tuple[int, int]]) -> Entity | None:
    """The person who speaks: named near the verb, else the last person named outside quotes."""
    before = _persons(doc, sentence[0], verb.start)
    after = _persons(doc, verb.end, stop)
    if verb.value == "ar":
        found = after[0] if after else (before[-1] if before else None)
    elif before and not (stands_for_person(tokens) and tokens[0].start < before[0].start):
        found = before[0]
    else:
        found = None
    return found or last_person_before(doc, sentence[0], quoted)


def _speaker(entity: Entity | None) -> Participant | None:
    if entity is None:
        return None
    return Participant(text=entity.text, start=entity.start, end=entity.end,
                       name_en=entity.name_en, kb_id=entity.kb_id, country=entity.country,
                       role=entity.role)


def quote_at(doc: Doc, tokens: Sequence[Word], verb: Match[str], sentence: tuple[int, int],
             quoted: Sequence[tuple[int, int]] = ()) -> Quote | None:
    """The quote a speech verb introduces, if any."""
    text = doc.text
    colon = _colon_after(tokens, verb.last)
    if colon is not None:
        start, end, _ = _trimmed(text, colon.end, _paragraph_end(text, colon.end))
        direct, stop = True, colon.start
    else:
        link = next((w for w in tokens[verb.last + 1 :] if w.folded in quote_links()), None)
        if link is None or link.start - verb.end > 80:
            return None
        start, end, direct = _trimmed(text, link.end, sentence[1])
        stop = link.start
    if end - start < MIN_QUOTE_CHARS:
        return None
    speaker = _speaker(speaker_of(doc, tokens, verb, sentence, stop, quoted))
    return Quote(start, end, text=text[start:end], speaker=speaker,
                 verb=text[verb.start:verb.end], direct=direct)


def find_quotes(doc: Doc) -> list[Quote]:
    quotes: list[Quote] = []
    for start, end in doc.sentences:
        tokens = words(doc.text, start, end)
        for verb in speech_verbs().find_all(doc.text, tokens, strip_clitics=True):
            quote = quote_at(doc, tokens, verb, (start, end), [(q.start, q.end) for q in quotes])
            if quote and not any(q.start < quote.end and quote.start < q.end for q in quotes):
                quotes.append(quote)
    return sorted(quotes, key=lambda q: q.start)


@stage("khabar.quotes.verbs.v1", requires=("text", "sentences", "entities"), assigns=("quotes",))
def make_quotes(settings: Settings) -> Callable[[Doc], Doc]:
    """Direct and reported quotes with their speakers, from speech verbs."""

    def quotes(doc: Doc) -> Doc:
        doc.quotes = find_quotes(doc)
        return doc

    return quotes
