"""Where a Persian coordinated clause opens: after a finite verb and «و».

Persian joins clauses with «و» after the first one's verb, and each clause is
subject-object-verb: «او چندی بعد اتهاماتش را پذیرفت و آمریکا او را به ... حبس محکوم
کرد». The second verb's subject is the bare name that opens its own clause (آمریکا), not
the first name of the sentence (او). When no bare name stands between the «و» and the
trigger, the clauses share their subject («وزیر ... وارد مسکو شد و با لاوروف دیدار کرد»)
and the sentence's own clause is kept. A name inside a phrase a preposition governs («در
حضور مدیرکل X»), or joined by «و» to the name before it («در آذربایجان و گرجستان»), opens
no clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.words import listed_keys
from khabar.events.lexicon import TriggerHit
from khabar.events.participants import mentions
from khabar.events.roles import in_phrase
from khabar.text.persian_verbs import finite_verbs

AND = phrase_key("و")
PARTICIPLE_END = phrase_key("ه")


def coordinated_start(doc: Doc, tokens: Sequence[Word], hit: TriggerHit, clause_start: int,
                      generic: Sequence[Entity] = ()) -> int:
    """Where the trigger's own clause opens: after the last «و» that follows a finite verb
    before it, when a bare name (its own subject) stands between that «و» and the trigger;
    else ``clause_start`` as given."""
    for k in range(hit.first - 1, 0, -1):
        if tokens[k].start < clause_start:
            break
        if tokens[k].folded != AND or not _finite(tokens[k - 1]):
            continue
        opening = tokens[k + 1].start
        found = mentions(doc, tokens, opening, hit.start, generic)
        own = [m for m in found
               if m.prep is None and not m.obj and not m.outlet and not in_phrase(m, tokens, found)
               and not (m.first > k + 1 and tokens[m.first - 1].folded == AND)]
        return opening if own else clause_start
    return clause_start


def copulas() -> frozenset[str]:
    return listed_keys("events/copulas_fa.txt")


def _finite(word: Word) -> bool:
    """A finite verb or a present copula («... در ستیز هستند و»); not a bare past participle
    («گرفته و»), which chains clauses that share their subject."""
    return ((word.folded in finite_verbs() or word.folded in copulas())
            and not word.folded.endswith(PARTICIPLE_END))
