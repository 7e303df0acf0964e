"""One name, one type in an Arabic article: where the tagger reads a name as a person in
some mentions and as an organisation in others, the mentions that give evidence decide.

- A body's evidence: a mention right after a noun of its kind («شركة سابك», «لشركة
  بوينغ», «جماعة بوكو حرام»: ``resources/entities/body_nouns_ar.txt``), or a listed or
  KB organisation.
- A person's evidence: a mention read from a title, linked to a KB person, or opened by a
  given name («باراك أوباما», «عبد الملك الحوثي»).

Where only one side has evidence, the other side's mentions take its type: a person that is
the body's name («بوكو حرام») or ends on it («إدارة سابك», «أرباح سابك», a spread «سابك»)
becomes the body over that name; an organisation that is the person's surname («( روميرو )»,
«أوباما») becomes the person. Names of God are left alone. A name with a mention right
after a speech verb («يقول أبو هريرة») takes no body's type from other mentions, and a kunya
(«أبو هريرة») read after a body noun names the group there only: its other mentions are
left (engineer fixes, session 17 (2026-12-06), review_a's finding: 13 mentions of one
person made ORG).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import ORG_LIST_SOURCE, ORG_PATTERN_SOURCE, TITLE_SOURCE, Entity
from khabar.entities.arabic_kind_persons import acts_as_person, is_kunya
from khabar.entities.arabic_name_words import given
from khabar.entities.phrases import clitic_variants
from khabar.entities.stage import ABD, divine_names
from khabar.entities.words import Word, listed_keys, phrase_key, words

Evidence = tuple[set[str], set[str]]
"""(names with a body's evidence, names with a person's evidence), as phrase keys."""


def body_nouns() -> frozenset[str]:
    return listed_keys("entities/body_nouns_ar.txt")


def _after_body_noun(tokens: Sequence[Word], starts: dict[int, int], e: Entity) -> bool:
    k = starts.get(e.start, 0) - 1
    while k >= 0 and not tokens[k].text[0].isalnum():
        k -= 1  # «شركة "سابك"»
    return k >= 0 and any(rest in body_nouns() for _, rest in clitic_variants(tokens[k]))


def _evidence(tokens: Sequence[Word], entities: Sequence[Entity]) -> Evidence:
    starts = {w.start: k for k, w in enumerate(tokens)}
    bodies: set[str] = set()
    persons: set[str] = set()
    spoken: set[str] = set()
    for e in entities:
        if e.type == "ORG" and (e.source in (ORG_LIST_SOURCE, ORG_PATTERN_SOURCE)
                                or (e.kb_id or "").startswith("org:")
                                or _after_body_noun(tokens, starts, e)):
            bodies.add(phrase_key(e.text))
        elif e.type == "PER" and acts_as_person(tokens, starts, e):
            spoken.add(phrase_key(e.text))  # a speaker: no body's type spreads over it
        if e.type == "PER" and (e.source == TITLE_SOURCE or (e.kb_id or "").startswith("per:")
                                or opened_by_given(words(e.text))):
            persons.add(_last_word(e.text))
    return bodies - spoken, persons


def opened_by_given(parts: Sequence[Word]) -> bool:
    """A given name opens the name and more follows: written whole («باراك أوباما») or,
    after «عبد», in two words («عبد الملك الحوثي»: session 13, engineer ent_ar3)."""
    if len(parts) > 1 and (given(parts[0].folded) or theophoric(parts[0].folded)):
        return True
    return (len(parts) > 2 and parts[0].folded == ABD
            and (given(parts[0].folded + parts[1].folded)
                 or theophoric(parts[0].folded + parts[1].folded)))


def theophoric(folded: str) -> bool:
    """«عبد» + a definite word, one of God's names, is a given name («عبدالخالق», «عبد
    الكريم»), whether the list has it or not."""
    return folded.startswith(ABD + "ال") and len(folded) > len(ABD) + 3


def _last_word(text: str) -> str:
    return phrase_key(text.split()[-1]) if text.split() else ""


def _as_body(text: str, e: Entity) -> Entity:
    """The person ``e`` as the body its last word names."""
    start = e.start + e.text.rindex(e.text.split()[-1])
    name = text[start:e.end]
    return replace(e, start=start, type="ORG", text=name, key=f"org:{phrase_key(name)}",
                   kb_id=None, name_en=None, role=None)


def agree_name_types(text: str, tokens: Sequence[Word], entities: Sequence[Entity]
                     ) -> list[Entity]:
    """``entities`` with the mentions of a name of two types given the one type the
    evidence supports (see the module)."""
    bodies, persons = _evidence(tokens, entities)
    only_bodies, only_persons = bodies - persons, persons - bodies
    out = []
    for e in entities:
        last = _last_word(e.text)
        if last in divine_names():
            pass
        elif (e.type == "PER" and phrase_key(e.text) in only_bodies and e.kb_id is None
              and not is_kunya(e.text)):
            e = replace(e, type="ORG", key=f"org:{phrase_key(e.text)}", role=None)
        elif e.type == "PER" and last in only_bodies and e.kb_id is None:
            e = _as_body(text, e)
        elif e.type == "ORG" and phrase_key(e.text) in only_persons and e.kb_id is None:
            e = replace(e, type="PER", key=f"per:{phrase_key(e.text)}")
        out.append(e)
    return out


__all__ = ["agree_name_types"]
