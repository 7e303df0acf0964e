"""Words an outlet relays from a source after «عن»: «ونقلت وكالة الأناضول عن المتحدث ...
عميد عياش أن ...», «وذكرت وكالة رويترز نقلا عن الوزير X أن ...». The outlet passes the
words on; the source said them (QUOTES-GOLD.md: a quote a third party reports is the inner
speaker's). Before, a relay verb with a link word and no «قوله» gave no quote, and a speech
verb with «نقلا عن» gave its words to the outlet (and the outlet's own words before the
phrase, «وذكرت وكالة رويترز», to the source).

The source is a person, body or outlet named right after «عن», else the first person named
within a few words after it, past a post («عن المتحدث باسم مجلس المحافظة X»). An unnamed
source («عن مصادر مطلعة», «عن المتحدث الرسمي»), a document («عن التقرير») or anything
else changes nothing: the check draw found a continuation after «نقلا عن مصادر» («وتابعت
أن», the outlet's) taking up no speaker, and «عن مصدر وصفته بأنه مطلع» opening a quote at
«بأنه». Session 30 (2026-12-07), engineer quotes_ar15, issue 6.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Match, PhraseIndex, Word, phrase_key
from khabar.entities.words import listed_keys
from khabar.events.participant_words import files_report, is_participant
from khabar.events.quote_named_bodies import relay_verbs
from khabar.resources import load_lines
from khabar.text.arabic_conjunction import without_proclitic

RELAYED_FROM = phrase_key("عن")
"""The preposition that names the source of relayed words («نقلت X عن Y»)."""
RELAY_REACH = 8
"""Words after a relay word within which its «عن» stands (the outlet's name between)."""
SOURCE_REACH = 7
"""Words after «عن» within which a person named is the source («عن المتحدث باسم مجلس
محافظة الأنبار عميد عياش»: the post and its body before the name)."""


@cache
def relay_words() -> PhraseIndex[str]:
    """Words that relay another's words (``resources/events/relay_verbs_ar.txt``)."""
    index: PhraseIndex[str] = PhraseIndex()
    for form in load_lines("events/relay_verbs_ar.txt"):
        index.add(form, "ar")
    return index


def is_relay(word: Word) -> bool:
    """Whether the word relays another's words («نقلا» of «نقلا عن», «ونقلت»)."""
    return word.folded in relay_verbs() or without_proclitic(word.folded) in relay_verbs()


def unnamed_sources() -> frozenset[str]:
    """Nouns of an unnamed source (``resources/events/attribution_sources_ar.txt``)."""
    return listed_keys("events/attribution_sources_ar.txt")


def relays(doc: Doc, tokens: Sequence[Word]) -> list[Match[str]]:
    """The relay verbs of a sentence that open it («ونقلت وكالة الأناضول عن X أن»), as
    speech verbs: a relay verb further in is mostly another sense («تم نقل المصابين»)."""
    return [m for m in relay_words().find_all(doc.text, tokens, strip_clitics=True)
            if m.first == 0 and m.last + 1 < len(tokens)]


def relayed_source(doc: Doc, tokens: Sequence[Word], first: int, stop: int) -> Entity | None:
    """The named source of words relayed at or after ``tokens[first]``, before ``stop``
    (where the quote opens); None with no relay word followed by «عن» there, or no one
    named after it."""
    at = _relayed_from(doc, tokens, first, stop)
    if at is None or at + 1 >= len(tokens) or tokens[at + 1].start >= stop:
        return None
    head = tokens[at + 1]
    if head.folded in unnamed_sources():
        return None  # «نقلا عن مصادر قريبة من الرئيس X»: no one named, and not X
    named = next((e for e in doc.entities if e.start == head.start and is_participant(e)),
                 None)
    if named is not None:
        return named
    reach = tokens[min(len(tokens) - 1, at + SOURCE_REACH)].end
    return next((e for e in doc.entities if e.type == "PER" and not files_report(e)
                 and head.start <= e.start < reach and e.end <= stop), None)


def _relayed_from(doc: Doc, tokens: Sequence[Word], first: int, stop: int) -> int | None:
    """The index of «عن» after a relay word at or after ``tokens[first]``, before ``stop``."""
    for relay in relay_words().find_all(doc.text, tokens, strip_clitics=True):
        if relay.first < first or tokens[relay.first].start >= stop:
            continue
        for k in range(relay.last + 1, min(len(tokens), relay.last + 1 + RELAY_REACH)):
            if tokens[k].start >= stop:
                break
            if tokens[k].folded == RELAYED_FROM:
                return k
    return None
