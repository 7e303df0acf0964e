"""The Arabic conjunction «و» glued to the word it joins («والشباب», «وعمر»).

Arabic writes «و» ('and') as a letter of the next word, and many words open with «و» of
their own («وزارة», «وليد»), so each rule that reads a glued conjunction decides what the
rest must be (a listed name, a common word, long enough to be one). What they share is
read here once: the word is written with the letter «و» first (never «ؤ», the hamza
seat, which folds to «و» but joins nothing) and the rest, folded, has at least as many
letters as the rule asks. Session 23 (2026-12-07), engineer mend3: the check had about a
dozen hand copies (``text.startswith("و")``, ``folded.startswith("و")``, ``fold(text[1:])``).
"""

from __future__ import annotations

from typing import Protocol

AND = "و"
"""The conjunction, a letter of the word it joins."""


class _Folded(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def folded(self) -> str: ...


def after_glued_and(word: _Folded, min_rest: int = 0) -> str | None:
    """The folded rest of a word written with a glued «و» first («والشباب» -> «الشباب»)
    when it has at least ``min_rest`` letters, else None. Whether the «و» is a conjunction
    or the word's own letter is the caller's to judge from the rest."""
    if not word.text.startswith(AND) or len(word.folded) - len(AND) < min_rest:
        return None
    return word.folded[len(AND):]


def glued_and(word: _Folded, min_rest: int = 0) -> bool:
    """Whether the word is written with «و» first and at least ``min_rest`` letters after
    it (``after_glued_and``)."""
    return after_glued_and(word, min_rest) is not None
