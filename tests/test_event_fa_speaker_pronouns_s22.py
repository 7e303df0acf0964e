"""Issue 6, session 22 (2026-12-07): a Persian pronoun opening the sentence after a quote is
the one quoted (``events.persian_speaker_pronouns``), not the last person named, who may be
named in the speaker's own clause («در دیدار با کاندولیزا رایس ... گفت:») or in the quote.
Study set 4's «حسنی مبارک ... گفت: ... . وی از واشنگتن خواست» gave Rice the request.
Sentences written for these tests."""

from __future__ import annotations

import pytest

import khabar

MEET = "حسنی مبارک رئیس جمهور مصر در دیدار با کاندولیزا رایس وزیر خارجه آمریکا گفت: "
PRESS = "ولادیمیر پوتین رئیس جمهور روسیه در نشست خبری با آنگلا مرکل گفت: "


def _requester(text: str) -> str | None:
    doc = khabar.process(text, meta={"date": "2025-01-20"})
    asked = [e for e in doc.events if e.type == "REQUEST"]
    assert len(asked) == 1
    return asked[0].actor.name_en if asked[0].actor else None


@pytest.mark.parametrize(("text", "speaker"), [
    # the pronoun right after the quote's sentence: its speaker, not the one he met
    (MEET + "باید به حماس فرصت داده شود. وی از واشنگتن خواست به حمایت از محمود عباس ادامه دهد.",
     "Hosni Mubarak"),
    (PRESS + "روسیه به همکاری ادامه می‌دهد. او از اروپا خواست تحریم‌ها را لغو کند.",
     "Vladimir Putin"),
])
def test_pronoun_after_a_quote_is_its_speaker(text: str, speaker: str) -> None:
    assert _requester(text) == speaker


def test_a_sentence_of_narration_between_names_another() -> None:
    # the quote is read as run on to the paragraph's end; the pronoun is Putin, named since
    text = (MEET + "باید به حماس فرصت داده شود. پس از آن ولادیمیر پوتین در مسکو سخنرانی کرد. "
            "وی از اروپا خواست تحریم‌ها را لغو کند.")
    assert _requester(text) == "Vladimir Putin"
