"""A given name right before «امیر» makes «امیر» a word of the name, never the rank
(called from ``persian_tidy.amir_given_names``; issue 5, session 13 (2026-12-05)).

Persian puts a rank before the whole name («امیر سرتیپ کیومرث حیدری», «سرتیپ عباس ...»),
never between the given name and the surname, so in «عباس امیر انتظام» «امیر» opens the
surname «امیر انتظام» (as in «امیرکبیر», «امیرعبداللهیان» written apart) and the person is
the three words. The title rule read «انتظام» as a person titled «امیر» and left «عباس»
outside, or a person of its own when a title came before it («سرتیپ عباس»): the given name
(``resources/entities/given_names.txt``, or the rules' own ``given_names_fa.txt``) now
opens the person, taking the role of the title before it, whatever words of the armed
forces stand near.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import Entity
from khabar.entities.titles import given_names
from khabar.entities.words import Word, listed_keys, phrase_key


def _given_names_fa() -> frozenset[str]:
    return listed_keys("entities/given_names_fa.txt")


def is_given_name(word: Word) -> bool:
    """A given name of the taggers' list or of the rules' own (``given_names_fa.txt``, no
    common words); also read by ``persian_cut_names``."""
    return given_names().get(word.text) is not None or phrase_key(word.text) in _given_names_fa()


def given_name_before(text: str, tokens: Sequence[Word], found: Sequence[Entity],
                      word: str) -> list[Entity]:
    """``found`` with each person that ``word`` («امیر», folded) opens or is the title of
    opened by a given name right before ``word``; a person that is only that given name
    is joined to it (see the module)."""
    starts = [w.start for w in tokens]
    out = list(found)
    for e in found:
        k = bisect_left(starts, e.start)
        amir = k if k < len(tokens) and tokens[k].folded == word else k - 1
        if (e.type != "PER" or amir < 1 or tokens[amir].folded != word
                or not text[tokens[amir - 1].end:tokens[amir].start].isspace()):
            continue
        given = tokens[amir - 1]
        if not is_given_name(given):
            continue
        over = [o for o in out if o.start < given.end and given.start < o.end]
        if over and not (len(over) == 1 and over[0].type == "PER"
                         and over[0].end == given.end):
            continue
        first = over[0] if over else None
        start = first.start if first else given.start
        merged = replace(e, start=start, text=text[start:e.end],
                         role=first.role if first else None)
        out = [merged if o is e else o for o in out if o is not first]
    return out
