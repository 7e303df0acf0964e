"""Actor discovery: a person the KB does not know, followed by a role phrase
("... X, فرمانده مرزبانی ...", "X قائد ..."), proposes a KB entry for a user to review.

Proposals use the overlay format, so an accepted one is appended to the user's
``kb.overlay`` file as is.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import PRONOUN_SOURCE, ROLE_SOURCE, SURNAME_SOURCE, Doc, Entity
from khabar.entities.gazetteer import Word, words
from khabar.entities.titles import role_words, stopwords
from khabar.kb.romanize import person_id
from khabar.text.sentences import COMMAS

MAX_ROLE_WORDS = 10
"""A role phrase is at most this many words (it may end with an organisation or place).
Its country, when the person has none, is that organisation's or place's (none else:
the article's focus proved wrong too often, "Saif bin Zayed" of a Saudi article)."""


def _role_phrase(tokens: Sequence[Word], i: int, entities: Sequence[Entity]) -> tuple[int, int]:
    """(start, end) of the role phrase starting at word ``i``; empty when there is none.
    It opens with a role word and runs to a clause break, a function word or verb, or
    another person, at most MAX_ROLE_WORDS words; an organisation or place closes it
    ("قائد الجيش الباكستاني", "نائب رئيس مجلس الوزراء وزير الداخلية")."""
    if i < len(tokens) and tokens[i].text in COMMAS:
        i += 1
    if i >= len(tokens) or tokens[i].folded not in role_words():
        return (0, 0)
    start, end = tokens[i].start, tokens[i].end
    for word in tokens[i + 1 : i + MAX_ROLE_WORDS]:
        if not word.text[0].isalpha() or word.start < end:
            if word.start < end:
                continue  # inside the organisation already taken
            break
        inside = next((e for e in entities if e.start <= word.start < e.end), None)
        if inside is not None and inside.type == "PER":
            break
        if inside is None and word.folded in stopwords() and word.folded not in role_words():
            break
        end = max(word.end, inside.end if inside else word.end)
        if inside is not None and inside.type in ("ORG", "LOC"):
            break
    return start, end


def _phrase_country(start: int, end: int, entities: Sequence[Entity]) -> str | None:
    """The country of the organisation or place that closes a role phrase."""
    return next((e.country for e in entities
                 if start <= e.start and e.end <= end and e.type in ("ORG", "LOC")
                 and e.country), None)


def propose(doc: Doc) -> list[dict]:
    """Overlay records for unlinked persons described by a role phrase in ``doc``."""
    tokens = words(doc.text)
    after = {w.start: k for k, w in enumerate(tokens)}
    proposals: dict[str, dict] = {}
    for e in doc.entities:
        if e.type != "PER" or e.kb_id or e.source in (SURNAME_SOURCE, PRONOUN_SOURCE, ROLE_SOURCE):
            continue
        nxt = next((k for k, w in enumerate(tokens) if w.start >= e.end), None)
        if nxt is None or tokens[nxt].start not in after:
            continue
        start, end = _role_phrase(tokens, nxt, doc.entities)
        if end <= start or len(e.text.split()) < 2:
            continue
        lang = doc.lang or "und"
        country = e.country or _phrase_country(start, end, doc.entities)
        proposals.setdefault(person_id(e.text), {
            "id": person_id(e.text), "type": "PER", "country": country,
            "names": {lang: [e.text]},
            "roles": [{"en": "", lang: [doc.text[start:end]],
                       "from": (doc.published or "")[:10] or None, "to": None}],
            "source": f"proposed from article {doc.id}: review before use",
        })
    return list(proposals.values())
