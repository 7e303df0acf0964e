"""News outlets as speakers: an outlet named after its noun as a speech verb's subject
(«وقالت صحيفة «واشنطن بوست» إن»), the same noun with the article standing for it later
(«وأضافت الصحيفة أن»), and the Persian «این روزنامه نوشت». The entity stage reads an
outlet's name in quotation marks as who filed the report (``files_report``), which never
speaks; after a noun of its kind it is an outlet the report cites.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Match, Word, words
from khabar.entities.words import listed_keys
from khabar.events.participant_words import files_report
from khabar.events.quote_words import outlet_noun
from khabar.meta.outlets import outlets
from khabar.text.sentences import OPENING_QUOTES


def outlet_nouns() -> frozenset[str]:
    return listed_keys("events/outlet_nouns_ar.txt")


def as_cited(entity: Entity) -> Entity:
    """The outlet as a speaker: no longer who filed the report."""
    return replace(entity, source="outlet") if files_report(entity) else entity


def cited_outlet(doc: Doc, rest: Sequence[Word]) -> Entity | None:
    """The outlet an Arabic speech verb's subject names: an outlet noun and the outlet's
    name right after it («صحيفة «واشنطن بوست»»), or the noun with the article and no name
    («الصحيفة»), which stands for the outlet last named after the same noun."""
    if not rest:
        return None
    noun = rest[0].folded
    if noun in outlet_nouns():
        k = 2 if len(rest) > 2 and rest[1].text in OPENING_QUOTES else 1
        named = next((e for e in doc.entities if k < len(rest) and e.start == rest[k].start
                      and e.type == "ORG"), None)
        return None if named is None else as_cited(named)
    if noun.startswith("ال") and noun[2:] in outlet_nouns() and not any(
            len(rest) > 1 and e.start == rest[1].start for e in doc.entities):
        return _named_after(doc, noun[2:], rest[0].start)
    return None


def _named_after(doc: Doc, noun: str, before: int) -> Entity | None:
    """The last organisation named before ``before`` right after ``noun`` (past a mark)."""
    for entity in reversed(doc.entities):
        if entity.end > before or entity.type != "ORG":
            continue
        start = entity.start
        while start > 0 and doc.text[start - 1].isalpha():
            start -= 1  # «موقع «كالتشيو ...»: a name the entity stage cut inside its word
        ahead = [w for w in words(doc.text, max(0, start - 40), start)
                 if w.text not in OPENING_QUOTES]
        if ahead and ahead[-1].folded == noun:
            return as_cited(entity)
    return None


OUTLET_REACH = 2000
"""Characters before the sentence read for the outlet "این روزنامه" refers to."""
OUTLET_WORDS = 3


def outlet_before(doc: Doc, tokens: Sequence[Word], sentence: tuple[int, int],
                  verb: Match[str]) -> Entity | None:
    """For a Persian subject "این روزنامه" / "این پایگاه" (``outlet_noun``), the known
    outlet named right after the same noun last before ("روزنامه نیویورک تایمز")."""
    noun = outlet_noun([w for w in tokens[: verb.first] if w.start >= sentence[0]])
    if noun is None:
        return None
    earlier = words(doc.text, max(0, sentence[0] - OUTLET_REACH), sentence[0])
    for k in range(len(earlier) - 2, -1, -1):
        if earlier[k].folded != noun.folded:
            continue
        for size in range(OUTLET_WORDS, 0, -1):
            name = earlier[k + 1 : k + 1 + size]
            if len(name) == size and (outlet := outlets().lookup(
                    doc.text[name[0].start : name[-1].end])) is not None:
                start, end = name[0].start, name[-1].end
                return Entity(start, end, type="ORG", text=doc.text[start:end],
                              name_en=outlet.name_en, country=outlet.country, source="outlet")
    return None
