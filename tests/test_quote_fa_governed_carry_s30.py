"""Persian quote speakers, session 30 (2026-12-07), issue 6, engineer quotes_fa15: a person
inside a preposition's phrase that does not open the speech verb's clause is one mentioned,
not the speaker (``quote_persian.governed_in_clause``), but a phrase citing the source
(«به نقل از X») still gives the speaker; and a verb with no subject of its own takes no
person named more than ``CARRY_REACH`` characters before its sentence, unless a pronoun or a
post stands for them (``quote_turns._carry_since``). Sentences written for these tests,
after the reporting style of Hamshahri."""

from __future__ import annotations

from doc_builders import quotes_split

_CLAUSE = "دولت باید بودجه سال آینده را اصلاح کند."
_FILLER = "بازار مسکن در ماه گذشته رونق چندانی نداشت و قیمت‌ها ثابت ماند. "


def _speakers(text: str, names: list[tuple[str, str]]) -> list[str | None]:
    return [q.speaker.text if q.speaker else None for q in quotes_split(text, "fa", names)]


def test_person_inside_a_phrase_of_from_is_no_speaker() -> None:
    text = f"خطیب این هفته از سخنان علی لاریجانی تأکید کرد: {_CLAUSE}"
    assert _speakers(text, [("علی لاریجانی", "PER")]) == [None]


def test_person_inside_a_phrase_of_to_is_no_speaker() -> None:
    text = f"سخنگوی وزارت در واکنش به اظهارات علی لاریجانی گفت: {_CLAUSE}"
    assert _speakers(text, [("علی لاریجانی", "PER")]) == [None]


def test_person_opening_the_clause_still_speaks() -> None:
    text = f"علی لاریجانی در دیدار با مردم گفت: {_CLAUSE}"
    assert _speakers(text, [("علی لاریجانی", "PER")]) == ["علی لاریجانی"]


def test_cited_source_still_speaks() -> None:
    text = f"روزنامه ایران به نقل از علی لاریجانی نوشت: {_CLAUSE}"
    assert _speakers(text, [("علی لاریجانی", "PER")]) == ["علی لاریجانی"]


def test_named_person_after_a_noun_still_speaks() -> None:
    """«پدری به نام X»: the father named X, who speaks."""
    text = f"این پدر به نام علی لاریجانی در توضیح ماجرا به پلیس گفت: {_CLAUSE}"
    assert _speakers(text, [("علی لاریجانی", "PER")]) == ["علی لاریجانی"]


def test_subject_of_a_clause_after_the_preposition_is_not_governed() -> None:
    """«از زمانی که X ... نوشت»: X opens a clause of its own and writes."""
    text = f"این بحث از زمانی که علی لاریجانی کتاب را نوشت مطرح شد. {_CLAUSE}"
    assert _speakers(text, [("علی لاریجانی", "PER")]) == ["علی لاریجانی"]


def _far(subject: str) -> str:
    filler = _FILLER * 20  # some 1,300 characters: beyond CARRY_REACH
    return f"علی لاریجانی به شهر رسید. {filler}{subject} گفت: {_CLAUSE}"


def test_no_carry_from_far_back() -> None:
    assert _speakers(_far("همچنین"), [("علی لاریجانی", "PER")]) == [None]


def test_pronoun_carries_from_far_back() -> None:
    assert _speakers(_far("وی"), [("علی لاریجانی", "PER")]) == ["علی لاریجانی"]


def test_near_carry_is_kept() -> None:
    text = f"علی لاریجانی به شهر رسید. {_FILLER}همچنین گفت: {_CLAUSE}"
    assert _speakers(text, [("علی لاریجانی", "PER")]) == ["علی لاریجانی"]
