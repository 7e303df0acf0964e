"""Issue 6, session 22 (2026-12-07): a «خواستار» request with no «از» asks the doer of the act
it asks for, named in that act noun's genitive (``events.persian_asked_doers``). Study set 4's
«ایران خواستار کمک و همکاری سازمان ملل ... شد» had no target. Sentences written for these
tests."""

from __future__ import annotations

import pytest

import khabar


def _asked(text: str) -> str | None:
    doc = khabar.process(text, meta={"date": "2025-01-20"})
    asked = [e for e in doc.events if e.type == "REQUEST"]
    assert len(asked) == 1
    return asked[0].target.name_en if asked[0].target else None


@pytest.mark.parametrize(("text", "target"), [
    # two act nouns joined by «و», then the doer
    ("ایران خواستار کمک و همکاری سازمان ملل در پیشگیری از اعتیاد شد.", "United Nations"),
    # an adjective between the noun and the doer
    ("عراق خواستار اقدام فوری شورای امنیت سازمان ملل شد.", "United Nations Security Council"),
])
def test_the_doer_of_the_act_asked_for_is_asked(text: str, target: str) -> None:
    assert _asked(text) == target


@pytest.mark.parametrize("text", [
    # «آزادی» is no act noun of the list: its genitive is the one freed, not the one asked
    "وزیر خارجه ایران خواستار آزادی دیپلمات‌های ربوده شده در عراق شد.",
    # a preposition opens another phrase: no genitive of the act noun
    "ایران خواستار همکاری بیشتر در مبارزه با مواد مخدر شد.",
])
def test_no_doer_no_target(text: str) -> None:
    assert _asked(text) is None
