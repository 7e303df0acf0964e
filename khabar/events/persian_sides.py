"""The two sides of a Persian act told «بین/میان A و B»: A acts, B is its partner.

«گفتگوهای صلح بین دولت سودان و شورشیان ...», «مذاکرات میان نمایندگان ایران و آمریکا»: the
preposition «بین»/«میان» (``between`` in prepositions.tsv) takes both parties of a reciprocal
act, joined by «و»; the first named is the actor, the second the target, as for
«A و B دیدار کردند». Without this the roles took A for the target (a "between" phrase marks
a partner) and left the actor unknown, while B, bare after «و», was read as nothing. A noun
act's sides are these even under another verb's subject («کنیا گفتگوهای بین A و B را آغاز
کرد»: Kenya opens the talks, A and B hold them); a verb's own subject acts («X با Y درباره
اختلاف بین A و B گفتگو کرد»: X with Y), so for a verb only a clause with no subject reads
them (``roles.persian_roles``). Persian grammar; session 15 (2026-12-06).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.entities.gazetteer import Word
from khabar.events.participant_words import PUNCTUATION_BREAKS, QUOTES, prepositions
from khabar.events.participants import Mention
from khabar.events.persian_phrases import governing

BETWEEN = "between"
AND = "و"
SECOND_REACH = 4
"""Words from the «و» to the second side's name: room for a plain noun before it
(«و شورشیان عضو ارتش ...», «و نمایندگان آمریکا»)."""


NOUN_REACH = 3
"""Words from a noun act to the «بین/میان» it governs («گفتگوهای صلح بین», «دور مذاکرات
میان»); one further on belongs to another noun («در دیدار با X و Y، دلیل نشست میان A و B»)."""


def act_sides(roles: str, has_subject: bool, everywhere: Sequence[Mention],
              after: Sequence[Mention], tokens: Sequence[Word] | None,
              genitive_at: int | None, span: tuple[int, int] | None
              ) -> tuple[Mention, Mention] | None:
    """The sides for ``roles.persian_roles``: a noun act's (``genitive_at`` set) from the
    mentions after it, a verb's only when it has no subject of its own («X بین A و B ...»:
    X acts)."""
    if roles != "subj" or tokens is None or (has_subject and genitive_at is None):
        return None
    if genitive_at is None:
        return between_sides(everywhere, tokens)
    return between_sides(after, tokens, span[1] if span else None)


def between_sides(mentions: Sequence[Mention], tokens: Sequence[Word], noun: int | None = None
                  ) -> tuple[Mention, Mention] | None:
    """(A, B) of the first «بین/میان A و B» among the clause's ``mentions``, else None;
    ``noun``: a noun act's last word, which the preposition must follow closely."""
    for k, first in enumerate(mentions):
        if not _between(first, mentions, tokens):
            continue
        if noun is not None and not _governed(tokens, noun, first.first):
            return None
        second = next(iter(mentions[k + 1 : k + 2]), None)
        if second is not None and second.prep is None and _joined(first, second, tokens):
            return first, second
        return None
    return None


def _between(mention: Mention, mentions: Sequence[Mention], tokens: Sequence[Word]) -> bool:
    """The mention opens the phrase of «بین/میان», right after it or in its noun's genitive
    («میان نمایندگان ایران»)."""
    if mention.prep is not None:
        return mention.prep == BETWEEN
    named = frozenset(k for m in mentions if m is not mention for k in range(m.first, m.last + 1))
    return governing(tokens, mention.first, named) == BETWEEN


def _governed(tokens: Sequence[Word], noun: int, first: int) -> bool:
    """A «بین/میان» (a ``between`` word of prepositions.tsv) within reach after the noun,
    no mark between, before the first side."""
    words = tokens[noun + 1 : min(first, noun + 1 + NOUN_REACH)]
    return (any(prepositions()[0].get(w.folded) == BETWEEN for w in words)
            and not any(w.text in PUNCTUATION_BREAKS for w in tokens[noun + 1 : first]))


def _joined(first: Mention, second: Mention, tokens: Sequence[Word]) -> bool:
    """A «و» right after the first side, the second side's name within reach of it, and no
    mark of a clause's end between them."""
    between = [w for w in tokens[first.last + 1 : second.first] if w.text not in QUOTES]
    return (bool(between) and between[0].folded == AND and len(between) <= SECOND_REACH
            and not any(w.text in PUNCTUATION_BREAKS for w in between))


__all__: Sequence[str] = ["act_sides", "between_sides"]
