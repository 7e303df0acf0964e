"""Arabic state services named bare: «الدفاع المدني», «حرس الحدود», «الهلال الأحمر».

The pattern rules read a body from its head noun («وزارة», «هيئة», «شرطة»); these services
have none in the name the press uses («باشرت فرق الدفاع المدني», «دوريات حرس الحدود»,
«نقله الهلال الأحمر للمستشفى»), and the taggers read few of them. Each name of
``resources/entities/service_bodies_ar.txt`` written in the text is that body (ORG):

- a conjunction or preposition glued on its first word is left out («والدفاع المدني»,
  «بقيادة حرس الحدود»: the gold's span starts after it); a word whose article fused with
  «ل» («للدفاع المدني») is not read, as no span writes the name whole;
- a nationality right after it is the name's («حرس الحدود المصري», «الهلال الأحمر
  السعودي»), as the gold keeps it; a place joined by a preposition is not («الدفاع المدني
  بمنطقة مكة»);
- the tagger's or a list's entities inside the span give way to it; the name inside a
  longer organisation («المديرية العامة للدفاع المدني», «هيئة الهلال الأحمر») stays that
  organisation's, and a person or another body on its words wins.

Session 16 (2026-12-06), issue 5.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import ORG_LIST_SOURCE, TAGGER_SOURCE, Entity
from khabar.entities.gazetteer import Word, demonyms
from khabar.entities.org_patterns import ABSORBED_SOURCES
from khabar.entities.phrases import PhraseIndex
from khabar.entities.words import with_org
from khabar.resources import load_lines
from khabar.text.tokens import spaced_on_one_line

SOURCE = ORG_LIST_SOURCE
"""Read from a list of names, as ``orgs.tsv``'s bodies are."""
GIVING_WAY = ABSORBED_SOURCES | {ORG_LIST_SOURCE}


@lru_cache(maxsize=1)
def _index() -> PhraseIndex[str]:
    index: PhraseIndex[str] = PhraseIndex()
    for name in load_lines("entities/service_bodies_ar.txt"):
        index.add(name, name)
    return index


def _end_with_nationality(text: str, tokens: Sequence[Word], last: int) -> int:
    """The end of the name ending on word ``last``, a nationality after it included."""
    k = last + 1
    if k < len(tokens) and spaced_on_one_line(text, tokens[last].end, tokens[k].start):
        match = demonyms().match_at(text, tokens, k)
        if match is not None:
            return tokens[match.last].end
    return tokens[last].end


def service_bodies(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the state services named bare (see the module)."""
    out = list(kept)
    for match in _index().find_all(text, tokens, strip_clitics=True):
        if tokens[match.first].text.startswith("لل"):
            continue  # «للدفاع المدني»: the article fused with «ل»
        start, end = match.start, _end_with_nationality(text, tokens, match.last)
        inside = [e for e in out if e.start < end and start < e.end]
        if not all(start <= e.start and e.end <= end and e.source in GIVING_WAY
                   and (e.type != "PER" or e.source == TAGGER_SOURCE) for e in inside):
            continue
        out = with_org(out, text, start, end, SOURCE)
    return sorted(out, key=lambda e: e.start)
