"""Whom a Persian request is made of: the party its own «از» names.

«X از Y خواست (که/تا) ...» asks Y: the trigger pattern «از … {khastan}» holds its
addressee between the preposition and the verb. A party the request's content names
after a preposition of its own («فرانسه از آلمان خواست که با عراق مذاکره کند»,
«... محاصره‌ای را که علیه لبنان برقرار کرده لغو کند») is what is asked for, not whom;
the roles would otherwise take it first, as "with" or "against" the actor. Session 14
(2026-12-06).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.entities.gazetteer import Word
from khabar.events.participants import Mention
from khabar.text.persian_function_words import FROM


def addressee(mentions: Sequence[Mention], tokens: Sequence[Word] | None,
              span: tuple[int, int] | None) -> Mention | None:
    """The first party marked "from" inside a trigger that opens with «از» (``span``: the
    trigger's first and last words), else None."""
    if tokens is None or span is None or tokens[span[0]].folded != FROM:
        return None
    first, last = span
    return next((m for m in mentions if m.prep == "from" and first < m.first and m.last < last),
                None)


__all__: Sequence[str] = ["addressee"]
