"""A post held before («السابق», «پیشین») between an office and its holder's name: the
name is still the one the office describes, and «پیشین» ('former') is no place."""

from __future__ import annotations

import khabar


def _parties(text: str) -> list[str]:
    return [p.text for e in khabar.process(text).events for p in (e.actor, e.target) if p]


def test_a_former_office_before_a_name_is_that_persons_post() -> None:
    parties = _parties("انتقد رئيس الوزراء العراقي السابق نوري المالكي الحكومة التركية أمس.")
    assert "نوري المالكي" in parties, parties
    assert not any(p.startswith("رئيس الوزراء") for p in parties), parties


def test_without_the_marker_the_name_was_already_the_party() -> None:
    parties = _parties("انتقد رئيس الوزراء العراقي نوري المالكي الحكومة التركية أمس.")
    assert "نوري المالكي" in parties, parties


def test_persian_former_is_no_place() -> None:
    doc = khabar.process("وزیر خارجه پیشین ایران دیروز از سیاست‌های آمریکا انتقاد کرد.")
    assert "پیشین" not in [e.text for e in doc.entities if e.type == "LOC"]
