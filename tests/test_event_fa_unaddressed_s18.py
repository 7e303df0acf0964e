"""Issue 6, session 18 (2026-12-06): «از … خواستن» asks someone only when a phrase stands
between «از» and the verb with no clause of its own («که», a verb): «از خواست منتقدان» is the
noun 'wish', «از همه کسانی که می‌خواستند ...», «از روز اول هم گفتیم که می‌خواهیم» want
(persian_asked.unaddressed, read by persian_readings.other_sense_fa in the narrative and in
quotes). Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.events.lexicon import clause_words, find_triggers
from khabar.events.persian_asked import unaddressed
from khabar.events.stage import find_events

PUBLISHED = "2025-01-20T09:53:26+03:30"


def _asking(text: str) -> list[bool]:
    tokens = clause_words(text)
    return [unaddressed(h, tokens) for h in find_triggers(text, tokens, "fa")
            if h.trigger.type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "داوودنژاد در ساخته‌های اخیرش از خواست منتقدان فاصله گرفته است.",
    "او از همه کسانی که می‌خواستند وی را بسوزانند انتقام گرفت.",
    "ما از روز اول هم گفتیم که می‌خواهیم برای نظام کار کنیم.",
])
def test_no_one_is_asked(text: str) -> None:
    assert _asking(text) == [True]


@pytest.mark.parametrize("text", [
    "وزیر کشور از مردم خواست آرام باشند.",
    "ایران از کشورهای اروپایی خواسته است تضمین بدهند.",
    "آنها از آمریکا خواهند خواست که از منطقه خارج شود.",
])
def test_a_request_of_someone_is_kept(text: str) -> None:
    assert _asking(text) == [False]


def test_the_stage_codes_no_request_for_a_wish() -> None:
    doc = simple_doc("محمود احمدی‌نژاد از خواست منتقدان فاصله گرفت.", "fa",
                     published=PUBLISHED, with_entities=True)
    assert not [e for e in find_events(doc, 4) if e.type == "REQUEST"]
