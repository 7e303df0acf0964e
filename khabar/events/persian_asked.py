"""Whom a Persian request is made of when no name says it: «از X خواست» with X a plain noun
phrase («از شرکت‌های نفتی این کشور خواست», «از نمایشنامه‌نویسان خواست»).

The trigger «از … {khastan}» holds its addressee between the preposition and the verb
(persian_addressees reads a named one there). A phrase with no name is still a party, an
unnamed group; its country is the one its own genitive names («از رهبران سوریه»), else the
actor's own: an official asks his own people, companies or officials («... این کشور»: the
country told of). A phrase headed by a noun of states («از
کشورهای همسایه خواست») asks other states, of no country the actor gives; a personal pronoun
(«از من خواست») points back to someone this rule does not resolve: neither makes a party
(addressee_words_fa.tsv). Persian grammar; session 15 (2026-12-06).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import Participant
from khabar.entities.gazetteer import Word, country_entries, demonyms, phrase_key
from khabar.events.lexicon import TriggerHit
from khabar.events.participants import Mention
from khabar.resources import load_tsv
from khabar.text.persian_function_words import FROM, OBJECT_MARK
from khabar.text.persian_verbs import finite_verbs

ASKING = re.compile("^({0}?{1}|{5})?{0}?{2}({3}|{4})".format(
    *(phrase_key(part) for part in ("ن", "می", "خوا", "ست", "ه", "ب"))))
"""A form of «خواستن» ('to ask'), folded: «خواست», «خواسته», «می‌خواهد», «نمی‌خواهیم», and
the subjunctive «بخواهد» («اگر X از Y بخواهد»: read as none, it left the phrase no «از»
and the stage failed on the whole article; session 18)."""
ASKED_CONFIDENCE = 0.5
PHRASE_REACH = 4


@lru_cache(maxsize=1)
def addressee_words() -> dict[str, str]:
    return {phrase_key(word): kind for word, kind in load_tsv("events/addressee_words_fa.tsv")}


def unnamed_addressee(hit: TriggerHit, tokens: Sequence[Word], found: Sequence[Mention],
                      actor: Participant | None) -> Participant | None:
    """The unnamed group a «از … خواست» request asks, with its country; None when the
    trigger is another, the phrase names no one («از من»), or no country is known."""
    if hit.trigger.type != "REQUEST" or tokens[hit.first].folded != FROM:
        return None
    phrase = _phrase(hit, tokens)
    if not phrase or len(phrase) > PHRASE_REACH:
        return None
    kinds = [addressee_words().get(w.folded) for w in phrase]
    heads = [kind for kind in kinds if kind not in ("quantifier", "demonstrative")]
    if (not heads or "person" in kinds or heads[0] == "state"  # «از همه», «از این»: no one
            or any(w.folded in finite_verbs() or w.folded == OBJECT_MARK for w in phrase)):
        return None  # a verb or an object inside («از کار برکنار شوند», «... را می‌خواست»)
    country = _country(phrase, found, actor)
    if country is None or country_entries().get(country) is None:
        return None
    # the head word, as ``persian_targets.addressed_public`` gives: its own span and text
    head = next(w for w, kind in zip(phrase, kinds, strict=True)
                if kind not in ("quantifier", "demonstrative"))
    return Participant(text=head.text, start=head.start, end=head.end, country=country,
                       confidence=ASKED_CONFIDENCE)


RELATIVE = phrase_key("که")


def unaddressed(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A «از … خواستن» hit that asks no one: nothing between «از» and the verb («از خواست
    منتقدان»: the noun 'wish'), or a clause opening there, with «که» or a verb of its own
    («از روز اول هم گفتیم که می‌خواهیم», «از همه کسانی که می‌خواستند», «از وزیر پرسید
    دولت می‌خواهد»): «از» belongs to another verb, and «خواستن» is 'to want'. A «را» there
    marks the verb's object, which no one asked is («از این پس آگاهی‌های خاصی را
    می‌خواهد»: wants; session 18, engineer events_fa_fp)."""
    if hit.trigger.type != "REQUEST" or tokens[hit.first].folded != FROM:
        return False
    phrase = _phrase(hit, tokens)
    return not phrase or any(w.folded in (RELATIVE, OBJECT_MARK) or w.folded in finite_verbs()
                             for w in phrase)


def _phrase(hit: TriggerHit, tokens: Sequence[Word]) -> Sequence[Word]:
    """The words between the last «از» of the trigger and the verb that ends it (a future
    «خواهند خواست» or a perfect «خواسته است» counted from the end)."""
    end = hit.last
    while end > hit.first and not ASKING.match(tokens[end].folded):
        end -= 1  # «خواسته است»: the auxiliary after the verb
    while end - 1 > hit.first and ASKING.match(tokens[end - 1].folded):
        end -= 1  # «خواهند خواست»: the auxiliary before it
    froms = [k for k in range(hit.first, end) if tokens[k].folded == FROM]
    return tokens[froms[-1] + 1 : end] if froms else ()


def _same(named: Mention, actor: Participant) -> bool:
    head = named.head
    return (head.text == actor.text or bool(head.kb_id and head.kb_id == actor.kb_id)
            or bool(head.name_en and head.name_en == actor.name_en))


def _country(phrase: Sequence[Word], found: Sequence[Mention], actor: Participant | None
             ) -> str | None:
    named = next((m for m in found if phrase[0].start <= m.start < phrase[-1].end), None)
    if named is not None and actor is not None and _same(named, actor):
        return None  # «وی از موسی خواست» read «وی» as Moussa: he does not ask himself
    if named is not None:  # «از رهبران سوریه»: Syria's
        return named.country or named.head.country
    demonym = next((demonyms().get(w.folded) for w in phrase if demonyms().get(w.folded)), None)
    if demonym is not None:  # «از کاربران ایرانی»
        return demonym
    return actor.country if actor else None  # «... این کشور», «از مردم»: the actor's


__all__: Sequence[str] = ["unaddressed", "unnamed_addressee"]
