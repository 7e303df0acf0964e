"""Issue 6, session 18 (2026-12-06), engineer fa_fix: Persian verbs of saying and asking that
are no light verb («پرسید», «نوشت», «افزود»; text/speech_verb_stems_fa.tsv) end a clause as any
finite verb does, so an «از» before them is theirs, and a «خواستن» after them is 'to want'
(persian_asked.unaddressed); a reported act after «X نوشت:» takes its parties after the colon,
not the outlet that reports it (stage.find_events); a trigger word inside a person's name is
a surname (persian_senses.surnamed). Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.entities.words import phrase_key
from khabar.events.stage import find_events
from khabar.text.persian_verbs import finite_verbs

PUBLISHED = "2025-01-20T09:53:26+03:30"


def types(text: str) -> list[str]:
    doc = simple_doc(text, "fa", published=PUBLISHED, with_entities=True)
    return [e.type for e in find_events(doc, 4)]


@pytest.mark.parametrize("word", ["پرسید", "پرسیدند", "می‌پرسد", "بپرسد", "نوشت",
                                  "می‌نویسد", "نوشته‌اند", "افزود", "می‌افزاید"])
def test_a_speech_verb_is_finite(word: str) -> None:
    assert phrase_key(word) in finite_verbs()


@pytest.mark.parametrize("word", ["نویسی", "پرسی", "افزایی"])
def test_the_bare_present_is_no_verb(word: str) -> None:
    # «برنامه نویسی»: a noun's suffix, not 'you write'
    assert phrase_key(word) not in finite_verbs()


@pytest.mark.parametrize("text", [
    "محمد خاتمی از وزیر پرسید دولت می‌خواهد قیمت بنزین را افزایش دهد؟",
    "حسن روحانی از وزیر کشور پرسید آیا دولت می‌خواهد انتخابات را به تعویق بیندازد.",
])
def test_asked_then_wants_is_no_request(text: str) -> None:
    assert "REQUEST" not in types(text)


def test_a_request_stays() -> None:
    assert "REQUEST" in types("محمد خاتمی از وزارت مسکن خواست شهر بم را بازسازی کند.")


def parties(text: str, kind: str) -> list[tuple[str | None, str | None]]:
    doc = simple_doc(text, "fa", published=PUBLISHED, with_entities=True)
    return [(e.actor and e.actor.text, e.target and e.target.text)
            for e in find_events(doc, 4) if e.type == kind]


def test_the_reporting_outlet_is_no_actor() -> None:
    found = parties("نشریه ایران پرس دایجست در شماره اخیر خود نوشت: سازمان مجاهدین خلق "
                    "ایرانیان مقیم آمریکا را با تلفن تهدید کرده است.", "THREATEN")
    assert found and all(actor is None or "ایران" not in actor for actor, _ in found)


def test_the_reported_actor_stays() -> None:
    assert parties("روزنامه کیهان نوشت: آمریکا ایران را به حمله نظامی تهدید کرد.",
                   "THREATEN") == [("آمریکا", "ایران")]


def test_a_surname_is_no_host() -> None:
    assert "CONSULT" not in types("آقای محسن میزبان است که از وزیر خارجه آمریکا پذیرایی کرد.")


def test_a_city_hosts() -> None:
    assert "CONSULT" in types("تهران میزبان وزیر خارجه آمریکا است.")
