"""The Arabic conjunction «و» glued to the word it joins («والشباب», «وعمر»).

Arabic writes «و» ('and') as a letter of the next word, and many words open with «و» of
their own («وزارة», «وليد»), so each rule that reads a glued conjunction decides what the
rest must be (a listed name, a common word, long enough to be one). What they share is
read here once: the word is written with the letter «و» first (never «ؤ», the hamza
seat, which folds to «و» but joins nothing) and the rest, folded, has at least as many
letters as the rule asks. Session 23 (2026-12-07), engineer mend3: the check had about a
dozen hand copies (``text.startswith("و")``, ``folded.startswith("و")``, ``fold(text[1:])``).

Session 24 (2026-12-07), engineer mend4: ``without_proclitic`` reads «و» or «ف» ('and', 'so';
or other one-letter proclitics the caller names) off a folded word that keeps enough letters
after it; eight rules had a hand copy (``word[1:] if len(word) > 3 and word[0] in "وف"``).
"""

from __future__ import annotations

from typing import Protocol

AND = "و"
"""The conjunction, a letter of the word it joins."""
CONJUNCTIONS = "وف"
"""«و» and «ف» ('and', 'so'): each a letter of the word it joins."""


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


def without_proclitic(folded: str, min_rest: int = 3, letters: str = CONJUNCTIONS) -> str:
    """The folded word without its first letter when that letter is one of ``letters`` (by
    default a glued «و»/«ف») and at least ``min_rest`` letters stay («وقال» -> «قال»); else
    the word itself. Whether the letter was a proclitic or the word's own (a shorter word
    keeps it: «وقف») is the caller's to judge, most often by looking the rest up in a list."""
    if folded[:1] and folded[:1] in letters and len(folded) - 1 >= min_rest:
        return folded[1:]
    return folded
