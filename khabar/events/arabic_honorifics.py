"""Arabic honorifics with a pronoun suffix standing for the person named earlier.

Gulf news names a prince, minister or scholar once in full and then refers to him by his
honorific with an attached pronoun: «وعبر سموه عن استنكاره» (his highness), «واستقبل
معاليه السفير» (his excellency), «ودعا سماحته» (his eminence). The honorific is the
subject or object of the act, and without it a verb-first clause has no subject of its own:
the act was dropped as partyless, or the object read as its actor.

Which person it stands for follows from the honorific's class
(``resources/events/honorific_pronouns_ar.tsv``): «سمو» is a prince's, «معالي» a
minister's or senior official's, «سماحة» a scholar's, «فخامة» a president's, «جلالة» a
king's. It is the person last named before it with a title of that class in his name, his
title («الأمير» given by the entity stage) or the words right before his name; with none,
the only person named before it; else no one (two persons and no title to choose by).
Each such honorific is given as an entity of source ``held_post`` with the person's key,
so ``antecedents.named_antecedent`` gives his named mention, as for a post standing alone
(``arabic_posts``); the entity stage's output is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Word
from khabar.entities.phrases import proclitic_forms
from khabar.entities.words import keys_by_kind
from khabar.events.antecedents import HELD_POST, REFERRING_SOURCES
from khabar.events.arabic_content import STANCE
from khabar.events.lexicon import TriggerHit, clause_words

TITLE_REACH = 4
"""Words before a name read for its titles («السمو الملكي الأمير X», «معالي وزير الخارجية
X»): the honorific stands right before the name; further back lie the posts of the person
before him («الأمير X أمير منطقة الرياض أمس السفير Y»: «أمير» is X's, not Y's)."""


def honorific_titles() -> dict[str, frozenset[str]]:
    """Honorific pronoun (folded) -> the title words of its class (folded)."""
    return keys_by_kind("events/honorific_pronouns_ar.tsv", kind_column=0)


def _honorific(word: Word) -> frozenset[str] | None:
    titles = honorific_titles()
    return next((titles[form] for form in proclitic_forms(word) if form in titles), None)


def _titled(doc: Doc, person: Entity, titles: frozenset[str]) -> bool:
    """Whether a title of the class is in the person's name, his title or the words right
    before the name, back to the end of the entity before it."""
    before = max((e.end for e in doc.entities if e.end <= person.start), default=0)
    found = clause_words(doc.text, before, person.end)
    named = [w for w in found if w.start >= person.start]
    near = [w for w in found if w.start < person.start][-TITLE_REACH:]
    role = clause_words(person.role) if person.role else []
    return any(proclitic_forms(w) & titles for w in (*near, *named, *role))


def _holder(doc: Doc, position: int, titles: frozenset[str]) -> Entity | None:
    named = [e for e in doc.entities if e.type == "PER" and e.end <= position
             and e.key is not None and e.source not in REFERRING_SOURCES]
    titled = [e for e in named if _titled(doc, e, titles)]
    if titled:
        return titled[-1]
    return named[-1] if len({e.key for e in named}) == 1 else None


def honorific_parties(doc: Doc, tokens: Sequence[Word]) -> list[Entity]:
    """The honorifics of a sentence, each as an entity of source ``held_post`` carrying the
    key and country of the person it stands for."""
    if doc.lang != "ar":
        return []
    found = []
    for word in tokens:
        titles = _honorific(word)
        holder = _holder(doc, word.start, titles) if titles else None
        if holder is not None:
            found.append(Entity(word.start, word.end, type="PER", text=word.text,
                                key=holder.key, country=holder.country, source=HELD_POST))
    return found


def hit_honorifics(hit: TriggerHit, honorifics: Sequence[Entity]) -> list[Entity]:
    """The honorifics that may be a trigger's parties: those after its first word, as the
    posts of ``arabic_posts.verb_parties`` («وعقد فخامته اجتماعا»), and for a stance told
    with a verbal noun the one between its verb and the noun («وعبر سموه في تصريح ... عن
    استنكاره»); one before another verb is that verb's subject («حيث يشير سموه الى ...
    بدعم»)."""
    return [e for e in honorifics if e.start > hit.start or hit.trigger.roles == STANCE]
