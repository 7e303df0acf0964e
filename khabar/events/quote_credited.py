"""An outlet an Arabic attribution phrase credits («...، حسب «رويترز»», «وبحسب "رويترز"،
...») speaks only the sentence it is credited with: unlike an outlet that is the subject
of its own speech verb («وقالت وكالة رويترز إن ... . وأضافت أن»), it is not the speaker a
later speech verb with no subject goes on with («... حسب «رويترز». كانت جرابل ... .
وقالت وهي تحمل ...: «...»»: the woman the story is about). Session 30 (2026-12-07),
quotes_ar16.
"""

from __future__ import annotations

from functools import cache

from khabar.doc import Doc, Quote
from khabar.entities.words import phrase_key
from khabar.events.participant_words import files_report
from khabar.meta.outlets import outlets
from khabar.resources import load_tsv
from khabar.text.arabic_conjunction import without_proclitic


@cache
def arabic_attributions() -> frozenset[str]:
    """Phrase keys of the Arabic attribution phrases (``events/quote_attributions.tsv``)."""
    return frozenset(phrase_key(phrase)
                     for phrase, lang, *_ in load_tsv("events/quote_attributions.tsv")
                     if lang == "ar")


def credited_outlet(doc: Doc, quote: Quote | None) -> bool:
    """Whether ``quote`` is an Arabic attribution phrase's whose speaker is a news outlet:
    a known outlet, or a name the entity stage read as who filed the report."""
    if doc.lang != "ar" or quote is None or quote.speaker is None or not quote.verb:
        return False
    if not _is_attribution(quote.verb):
        return False
    speaker = quote.speaker
    return (speaker.text is not None and outlets().lookup(speaker.text) is not None) \
        or any(e.start == speaker.start and files_report(e) for e in doc.entities)


def _is_attribution(verb: str) -> bool:
    """Whether a quote's verb is an attribution phrase («حسب», «وبحسب», «وفق ما ذكرت»)."""
    key = phrase_key(verb)
    return key in arabic_attributions() or without_proclitic(key) in arabic_attributions()
