"""The holder of an Arabic post a speech verb's subject names: the person named before of
the country an unnamed post names («أكد قائد الجيش الباكستاني»), and whether a person's name
follows an office as its holder. Split out of ``quote_speakers`` in session 18 (2026-12-06)
to keep that module under 400 lines; the functions are unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Match, Word, demonyms
from khabar.events.participant_words import country_ids, token_index
from khabar.events.quote_subjects import other_office, subordinate_posts
from khabar.text.sentences import COMMAS


def holder_by_country(doc: Doc, tokens: Sequence[Word], verb: Match[str],
                      stop: int) -> Entity | None:
    """The person an unnamed post stands for ("أكد قائد الجيش الباكستاني"): the last person
    named before of the country the post names; none for no country or a deputy's post."""
    post = [w for w in tokens[verb.last + 1 :] if w.end <= stop]
    if any(w.folded.removeprefix("ال") in subordinate_posts() for w in post):
        return None  # "الناطق الرسمي باسم الرئاسة المصرية": not the president
    countries = {m.value for m in demonyms().find_all(doc.text, post, strip_clitics=True)}
    countries |= {e.country for e in doc.entities if e.country
                  and verb.end <= e.start and e.end <= stop and e.kb_id in country_ids()}
    if not countries:
        return None
    return next((e for e in reversed(doc.entities) if e.end <= verb.start and e.type == "PER"
                 and e.country in countries and not other_office(e, post)), None)


def names_holder(tokens: Sequence[Word], office: Entity, person: Entity) -> bool:
    """Whether the person's name follows the office right away, as its holder ("وزير
    الخارجية الإيطالي باولو جينتيلوني"), or set off by a comma ("قال الرئيس اليمني، عبد
    ربه منصور هادي، إن")."""
    gap = tokens[token_index(tokens, office.end) : token_index(tokens, person.start)]
    return len(gap) <= 1 and all(w.text[0].isalnum() or w.text in "\"«»" or w.text in COMMAS
                                 for w in gap)
