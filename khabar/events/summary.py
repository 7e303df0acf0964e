"""An event as one plain English sentence, built only from its fields.

"Mohammad Bagheri (Iran, Chief of the General Staff) met Asim Munir (Pakistan) in
Islamabad on 2025-01-20." Names come from the KB (``name_en``); a name the KB does not
know is romanized letter by letter and marked with quotes, so a reader sees it is a
transliteration and not a standard spelling. Verb phrases are data
(``resources/events/summary_en.tsv``).
"""

from __future__ import annotations

from functools import lru_cache

from khabar.doc import Event, Participant
from khabar.entities.gazetteer import country_entries
from khabar.errors import ResourceError
from khabar.kb.romanize import romanize
from khabar.resources import load_tsv

Phrases = tuple[str, str, str, str]


@lru_cache(maxsize=1)
def verb_phrases() -> dict[tuple[str, str], Phrases]:
    table: dict[tuple[str, str], Phrases] = {}
    for row in load_tsv("events/summary_en.tsv"):
        if len(row) != 6:
            raise ResourceError(f"events/summary_en.tsv: row {row!r} needs 6 columns; fix the file")
        kind, mode, *forms = row
        table.setdefault((kind, mode), (forms[0], forms[1], forms[2], forms[3]))
    return table


def _phrases(event: Event) -> Phrases:
    table = verb_phrases()
    found = table.get((event.type, event.mode or "")) or table.get((event.type, "*"))
    if found is None:
        return ("acted towards", "act towards", "acted", "act")
    return found


def country_name(code: str | None) -> str | None:
    entry = country_entries().get(code) if code else None
    return entry.name_en if entry else None


def _ascii(text: str | None) -> str | None:
    return text if text and text.isascii() else None


def name_of(p: Participant) -> str:
    if p.name_en:
        return p.name_en
    if p.text:
        slug = romanize(p.text).replace("-", " ").title()
        if slug:
            return f'"{slug}"'
    return country_name(p.country) or "someone"


def describe(p: Participant | None) -> str | None:
    """"Name (Country, role)": what is known of a participant, in English."""
    if p is None:
        return None
    name = name_of(p)
    details = [d for d in (country_name(p.country), _ascii(p.role)) if d and d != name]
    return f"{name} ({', '.join(details)})" if details else name


def _verb(event: Event, phrase: str, base: str) -> str:
    if event.hypothetical:
        return f"would not {base}" if event.negated else f"would {base}"
    if event.negated:
        return f"will not {base}" if event.future else f"did not {base}"
    return f"plans to {base}" if event.future else phrase


def summary_en(event: Event) -> str:
    actor = describe(event.actor) or "Someone"
    target = describe(event.target)
    past, base, past_alone, base_alone = _phrases(event)
    if target:
        clause = f"{actor} {_verb(event, past, base)} {target}"
    else:
        clause = f"{actor} {_verb(event, past_alone, base_alone)}"
    place = event.location.name_en if event.location else None
    if place:
        clause += f" in {place}"
    # A conditional act has no day of its own: the publication date is only a default.
    if event.date and not (event.hypothetical and event.date_start is None):
        clause += f" on {event.date}"
    if event.hypothetical:
        clause += " (only if a condition the text states is met)"
    if event.historical:
        clause += " (background, not the news of the day)"
    return clause[0].upper() + clause[1:] + "."
