"""An act told inside a Persian speaker's adverbial phrase («با اشاره به ...», «با بیان اینکه
...،») is one he points at, not his own (events/persian_adverbials, session 16
(2026-12-06), issue 6). The phrase's own noun («با انتقاد از X») and a verb the unclosed
phrase runs into («با اشاره به X از مردم خواست») stay the speaker's. Sentences written for
these tests; entities given by hand, so the rule is tested apart from the tagger."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.doc import Event
from khabar.events.stage import find_events

KB: dict[str, tuple[str, str | None]] = {"کابل": ("geonames:1138958", "AFG")}
SPEAKER = "غلامحسین دهقانی سفیر ایران در سازمان ملل امروز سخنرانی کرد. "


def _events(text: str, entities: list[tuple[str, str]]) -> list[Event]:
    return find_events(doc_with(SPEAKER + text, "fa", [("غلامحسین دهقانی", "PER"), *entities],
                                KB, resolved_at=(34.5, 69.2)))


def _speaker_acts(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind and e.actor is not None
            and e.actor.text in ("غلامحسین دهقانی", "وی")]


def test_an_attack_pointed_at_is_not_the_speakers() -> None:
    events = _events("وی با اشاره به حملات وحشیانه در کابل گفت: امنیت مردم مهم است.",
                     [("وی", "PER"), ("کابل", "LOC")])
    assert not _speaker_acts(events, "ASSAULT")


def test_a_clause_the_phrase_opens_has_its_own_subject() -> None:
    events = _events("وی با بیان اینکه اصلاح‌طلبان از سران فتنه حمایت کرده بودند، افزود: "
                     "این خطاست.", [("وی", "PER")])
    assert not _speaker_acts(events, "SUPPORT")


def test_the_phrases_own_noun_is_the_speakers() -> None:
    events = _events("وی با انتقاد از حملات در کابل گفت: این کار محکوم است.",
                     [("وی", "PER"), ("کابل", "LOC")])
    assert _speaker_acts(events, "ACCUSE")


def test_a_verb_the_unclosed_phrase_runs_into_is_the_speakers() -> None:
    events = _events("وی با اشاره به فرا رسیدن 22 بهمن از همه مردم خواست در راهپیمایی "
                     "شرکت کنند.", [("وی", "PER")])
    assert _speaker_acts(events, "REQUEST")


def test_a_verb_after_the_unclosed_clause_is_the_speakers() -> None:
    """«با بیان اینکه ... می‌رود» with no comma: the clause ends at its own verb, and the
    request after it is the sentence's."""
    events = _events("وی با بیان اینکه این مسابقات افتخاری بزرگ به شمار می‌رود از مسئولان "
                     "و مردم خواست در برگزاری آن بکوشند.", [("وی", "PER")])
    assert _speaker_acts(events, "REQUEST")


def test_a_verb_with_no_clause_word_before_it_is_the_speakers() -> None:
    """No «اینکه/که» opens a clause in the phrase: «هشدار داد:» is the sentence's own verb,
    however closed."""
    events = _events("وی با اشاره به حملات در کابل به تروریست‌ها هشدار داد: پاسخ سختی "
                     "خواهند گرفت.", [("وی", "PER"), ("کابل", "LOC")])
    assert _speaker_acts(events, "THREATEN")


def test_an_act_past_the_phrases_noun_chain_is_the_speakers() -> None:
    """«در دیدار با X» opens a phrase of its own after the chain «به مشکلات اقتصادی مردم»:
    the speaker met X (no comma closes the adverbial phrase before it)."""
    events = _events("وی با اشاره به مشکلات اقتصادی مردم در دیدار با حامد کرزای در کابل "
                     "گفت: همکاری ادامه دارد.",
                     [("وی", "PER"), ("حامد کرزای", "PER"), ("کابل", "LOC")])
    assert _speaker_acts(events, "CONSULT")


def test_the_phrases_own_noun_act_is_the_speakers() -> None:
    """«ضمن ابراز همدردی»: the trigger is the phrase's own verbal noun, the subject's act."""
    events = _events("انجمن هنرمندان نقاش ایران در بیانیه‌ای ضمن ابراز همدردی با مردم کابل، "
                     "خواستار کمک به آنان شد.", [("انجمن هنرمندان نقاش ایران", "ORG"),
                                                  ("کابل", "LOC")])
    assert any(e.type == "SUPPORT" and e.actor is not None
               and e.actor.text == "انجمن هنرمندان نقاش ایران" for e in events)
