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
from khabar.entities.titles import role_words
from khabar.events.participants import (
    is_participant,
    last_person_before,
    prepositions,
    stands_for_person,
    token_index,
)
from khabar.events.state_actors import state_actors, state_phrases
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


def _bodies(doc: Doc, tokens: Sequence[Word], start: int, end: int) -> list[Entity]:
    """Organisations, countries and state bodies ("وقالت الشرطة", "وزارت بهداشت اعلام کرد")
    that may speak in ``doc.text[start:end]``."""
    named = [e for e in doc.entities if start <= e.start and e.end <= end
             and e.type != "PER" and is_participant(e)]
    generic = [e for e in state_actors(doc, tokens) if start <= e.start and e.end <= end]
    # A body after a role word is a person's post ("رئيس مجلس علماء باكستان"), not a speaker.
    return sorted((e for e in [*named, *generic] if not _after_role_word(tokens, e.start)
                   and not _after_preposition(tokens, e.start)), key=lambda e: e.start)


def _after_role_word(tokens: Sequence[Word], position: int) -> bool:
    k = token_index(tokens, position)
    return k > 0 and tokens[k - 1].folded in role_words()


def _after_preposition(tokens: Sequence[Word], position: int) -> bool:
    """Whether the name is governed by a preposition: "وأوضح لوكالة فرانس برس" tells to
    whom, not who, spoke."""
    words, clitics = prepositions()
    k = token_index(tokens, position)
    if k < len(tokens) and tokens[k].start < position:  # a proclitic on the name itself
        return tokens[k].folded[:1] in clitics
    if k == 0:
        return False
    before = tokens[k - 1].folded
    return before in words or (len(before) > 3 and before[:1] in clitics
                               and not before.startswith("ال"))


def _unowned_body(doc: Doc, tokens: Sequence[Word], k: int) -> bool:
    """Whether a state body with no country stands at word ``k`` ("وقالت الشرطة")."""
    if k >= len(tokens):
        return False
    match = state_phrases().match_at(doc.text, tokens, k, strip_clitics=True)
    # A proclitic preposition makes it the addressee ("لوزارة الخارجية"), not the speaker.
    return (match is not None and match.value.kind == "body"
            and not _after_preposition(tokens, match.start))


def speaker_of(doc: Doc, tokens: Sequence[Word], verb: Match[str], sentence: tuple[int, int],
               stop: int, quoted: Sequence[tuple[int, int]]) -> Entity | None:
    """Who speaks: the person named near the verb, else (Arabic) an organisation or state body
    in the subject's place ("وقالت وزارة الخارجية"), else (for "وی گفت", or no subject at
    all) the last person named outside quotes."""
    before = _persons(doc, sentence[0], verb.start)
    after = _persons(doc, verb.end, stop)
    if verb.value == "ar":
        bodies = _bodies(doc, tokens, verb.end, stop)
        rest = tokens[verb.last + 1 :]
        # "وقال رئيس مجلس ... الشيخ X": a post, not the body, speaks ("وزارة" is no post).
        body_first = bool(bodies and rest and bodies[0].start <= rest[0].start)
        post = stands_for_person(rest) and not body_first
        if bodies and not post and (not after or bodies[0].start < after[0].start):
            return bodies[0]
        if not after and _unowned_body(doc, tokens, verb.last + 1):
            return None
        found = after[0] if after else (before[-1] if before else None)
    elif before and not (stands_for_person(tokens) and tokens[0].start < before[0].start):
        found = before[0]
    else:
        # Persian bodies before the verb are as often its complement ("به خبرگزاری فرانسه
        # گفت") or the attribution as its subject, so only persons are taken there.
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
