"""Persian acts whose object is a thing, not a party: no act between parties.

PLOVER's ASSAULT is force against people or property and its THREATEN a coercive act
threatened against a party. «X را هدف قرار داد» is an attack when X is a party or a thing
that can be struck («مواضع داعش», «یک کاروان نظامی»), and aiming at a goal when X is
neither («رشد اقتصادی را هدف قرار داده است»); «X را تهدید می‌کند» threatens a party,
and endangers when X is a thing («صلح و امنیت بین‌المللی را تهدید می‌کند», «ثبات منطقه را
تهدید می‌کند»). The event already holds the party the clause names as its target; with
none, the object before «را» is a thing, and the act is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import Entity, Event
from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.words import listed_keys
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import PUNCTUATION_BREAKS
from khabar.text.persian_function_words import OBJECT_MARK

AIM = phrase_key("هدف")
THREAT = phrase_key("تهدید")
CLAUSE_OPENERS = frozenset({phrase_key("که")})


@lru_cache(maxsize=1)
def target_nouns() -> frozenset[str]:
    return listed_keys("events/target_nouns_fa.txt") | listed_keys("events/people_nouns.txt")


def _clause_before(hit: TriggerHit, tokens: Sequence[Word]) -> Sequence[Word]:
    """The words of the trigger's clause before it: back to a mark or «که»."""
    start = hit.first
    while start > 0 and tokens[start - 1].text not in PUNCTUATION_BREAKS \
            and tokens[start - 1].folded not in CLAUSE_OPENERS:
        start -= 1
    return tokens[start : hit.first]


def _aim(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """«هدف … قرار داد» with no party and no thing to strike before it."""
    words = tokens[hit.first : hit.last + 1]
    if hit.trigger.type != "ASSAULT" or not any(w.folded == AIM for w in words):
        return False
    return not any(w.folded in target_nouns() for w in [*_clause_before(hit, tokens), *words])


def endangered_words() -> frozenset[str]:
    return listed_keys("events/endangered_words_fa.txt")


OBJECT_REACH = 4
"""Words before «را» that may hold the head of its object («صلح و امنیت بین‌المللی را»);
further back stands the subject and its posts («جان بولتون مشاور امنیت ملی آمریکا ...»)."""


def _endangers(hit: TriggerHit, tokens: Sequence[Word], entities: Sequence[Entity]) -> bool:
    """A «تهدید» verb whose object before «را» is a thing (endangered_words_fa.txt), with
    no people named there («عوامل خبری این شبکه را ... تهدید کرد» threatens people). The
    thing is read in the object only, outside names: «جان» is life, and John in «جان
    بولتون»; «امنیت» is security, and a post's or a council's word («شورای امنیت»)."""
    if hit.trigger.type != "THREATEN" or hit.trigger.tense == "noun" \
            or tokens[hit.first].folded != THREAT:
        return False
    before = list(_clause_before(hit, tokens))
    marks = [k for k, w in enumerate(before) if w.folded == OBJECT_MARK]
    if not marks:
        return False
    obj = [w for w in before[max(0, marks[-1] - OBJECT_REACH) : marks[-1]]
           if not any(e.start <= w.start < e.end for e in entities)]
    return (any(w.folded in endangered_words() for w in obj)
            and not any(w.folded in target_nouns() for w in before))


def thing_object(hit: TriggerHit, event: Event, tokens: Sequence[Word],
                 entities: Sequence[Entity] = ()) -> bool:
    """A Persian attack or threat, told with no party as its target, whose object is a
    thing: aiming at a goal, or endangering (``entities``: the article's, whose words name
    someone, not a thing)."""
    if hit.trigger.lang != "fa" or event.target is not None:
        return False
    return _aim(hit, tokens) or _endangers(hit, tokens, entities)
