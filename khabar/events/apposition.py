"""The country a person's role phrase names when the person has none of their own.

"محمد السادس ملك المغرب", "وزير الدولة لشؤون الدفاع بدولة قطر", "لافروف الروسي": the
nearest country, organisation of one country or nationality adjective within a few words
after the name (else before it), joined to it by role words only.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Word, demonyms
from khabar.events.participant_words import (
    CLAUSE_BREAKS,
    country_ids,
    heads_role,
    prepositions,
    token_index,
)
from khabar.text.sentences import COMMAS

APPOSITION_REACH = 8
"""Words a role phrase spans after or before a name ("وزير الدولة لشؤون الدفاع بدولة قطر")."""


def apposition_country(doc: Doc, tokens: Sequence[Word], person: Entity) -> str | None:
    """The country named in a person's role phrase, which the entity itself lacks: the nearest
    country within a few words after the name (else before it), with a role word and no
    comma or other person in between (or right beside the name: "لافروف الروسي")."""
    if person.type != "PER" or person.country:
        return person.country
    at, end = token_index(tokens, person.start), token_index(tokens, person.end - 1)
    # Countries, organisations of one country ("رئيس المكتب السياسي لحركة حماس") and
    # nationality adjectives ("الرئيس الأسبق للائتلاف الوطني السوري") say whose post it is.
    countries = [e for e in doc.entities
                 if (e.country and e.kb_id in country_ids())
                 or (e.type == "LOC" and e.country and e.lat is None)
                 or (e.type == "ORG" and e.country)]
    people = [e for e in doc.entities if e.type == "PER" and e is not person]
    for lo, hi in ((end + 1, end + 1 + APPOSITION_REACH), (at - APPOSITION_REACH, at)):
        stretch = tokens[max(0, lo) : max(0, hi)]
        if not stretch:
            continue
        near = sorted([*countries, *demonyms_in(doc, stretch)], key=lambda e: e.start)
        for e in near if lo > end else reversed(near):
            if not stretch[0].start <= e.start < stretch[-1].end:
                continue
            gap = (tokens[end + 1 : token_index(tokens, e.start)] if lo > end
                   else tokens[token_index(tokens, e.end - 1) + 1 : at])
            if any(w.text in CLAUSE_BREAKS or w.folded in _QUOTES_FOLDED
                   or w.folded in prepositions()[0] for w in _inside(doc, gap, lo > end)):
                continue  # "الملك سلمان في مكتبه ... وزير الخارجية الأمريكي": a new phrase
            if gap and not any(heads_role(w, doc.lang) for w in gap):
                continue  # "باقری ... حمله در نیوزلند را محکوم کرد": no role phrase
            if any(gap and gap[0].start <= p.start < gap[-1].end for p in people):
                continue
            if lo > end and _titles_next(tokens, e, people):
                continue
            return e.country
    return None


_QUOTES_FOLDED = frozenset("«»")


def _inside(doc: Doc, gap: Sequence[Word], after: bool) -> Sequence[Word]:
    """The words of a gap after a name that must hold no break: a comma right after the name
    opens its apposition ("عبدالرحمان شلقم، همتای لیبیایی خود", "جان کری، وزیر خارجه
    آمریکا", and in Arabic "الملك عبدالله الثاني بن الحسين، ملك المملكة الأردنية الهاشمية")
    when a role word follows it."""
    if (doc.lang in ("fa", "ar") and after and len(gap) > 1 and gap[0].text in COMMAS
            and heads_role(gap[1], doc.lang)):
        return gap[1:]
    return gap




def _titles_next(tokens: Sequence[Word], country: Entity, people: Sequence[Entity]) -> bool:
    """A country that ends a title right before another person's name ("الملك سلمان وزير
    الخارجية الأمريكي جون كيري"): the title is that person's, not an apposition of the
    name before it."""
    k = token_index(tokens, country.end - 1) + 1
    return k < len(tokens) and any(tokens[k].start <= p.start < tokens[k].end for p in people)


def demonyms_in(doc: Doc, stretch: Sequence[Word], *, rewritten: bool = False) -> list[Entity]:
    """Nationality adjectives in a stretch of words, as country-bearing spans; ``rewritten``:
    some words' folded forms are not their texts' (``PhraseIndex.find_rewritten``)."""
    index = demonyms()
    find = index.find_rewritten if rewritten else index.find_all
    return [Entity(m.start, m.end, type="DEMONYM", country=m.value)
            for m in find(doc.text, stretch, strip_clitics=True)]
