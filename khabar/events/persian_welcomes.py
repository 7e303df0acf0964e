"""Persian «از X استقبال کرد» with X a thing: welcoming it, SUPPORT, not a reception.

«استقبال کردن از» is to receive a guest (CONSULT, the guest its actor: EVENT-CONVENTIONS)
and to welcome a decision, a proposal or an act («از قطعنامه ۲۲۳۱ شورای امنیت استقبال
کرد», «مسکو از حملات هوایی انگلیس استقبال می‌کند»): PLOVER's SUPPORT ('endorse'), as the
Arabic «رحب ب» is. The head noun of the «از» phrase tells which: a noun of an act, a
decision or a plan (welcomed_things_fa.tsv) makes the hit SUPPORT with the welcomer as its
subject. Read as a hosting, such a hit had no guest and was dropped (persian_readings.
visitorless). Persian grammar; session 18 (2026-12-06).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.words import keys_by_kind
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import PUNCTUATION_BREAKS
from khabar.text.persian_function_words import FROM, OBJECT_MARK

WELCOME = phrase_key("استقبال")
CLOSERS = frozenset({OBJECT_MARK, phrase_key("که")})
PHRASE_REACH = 8
"""Words from «از» to «استقبال» («از ابتکارهای مثبت اخیر رهبران پاکستان و هند»)."""
ENDINGS = tuple(phrase_key(e) for e in ("های", "ها", "ات", "ای", "ی"))


def _kinds() -> dict[str, frozenset[str]]:
    return keys_by_kind("events/welcomed_things_fa.tsv")


def welcomed(hit: TriggerHit, tokens: Sequence[Word]) -> TriggerHit:
    """The hit as SUPPORT when it is «استقبال» whose «از» phrase is headed by a thing;
    other hits as they are."""
    if (hit.trigger.lang != "fa" or hit.trigger.type != "CONSULT"
            or tokens[hit.first].folded != WELCOME):
        return hit
    head = _head(hit, tokens)
    if head is None or not _thing(head.folded):
        return hit
    trigger = replace(hit.trigger, type="SUPPORT", mode=None, roles="subj")
    return replace(hit, trigger=trigger)


def _head(hit: TriggerHit, tokens: Sequence[Word]) -> Word | None:
    """The first word of the «از» phrase before the trigger, past its determiners; None when
    no «از» opens one within reach of the trigger in its clause."""
    determiners = _kinds().get("determiner", frozenset())
    for k in range(hit.first - 1, max(-1, hit.first - 1 - PHRASE_REACH), -1):
        word = tokens[k]
        if word.text in PUNCTUATION_BREAKS or word.folded in CLOSERS:
            return None
        if word.folded == FROM:
            phrase = [w for w in tokens[k + 1 : hit.first] if w.folded not in determiners]
            return phrase[0] if phrase else None
    return None


def _thing(folded: str) -> bool:
    things = _kinds().get("thing", frozenset())
    return folded in things or any(
        folded.endswith(end) and folded[: -len(end)] in things for end in ENDINGS)


__all__: Sequence[str] = ["welcomed"]
