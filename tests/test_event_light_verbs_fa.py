"""A Persian light verb belongs to the word right before it (events.persian_readings.
own_light_verbs): a pattern written with a gap ("سفر … {kardan}") reads no act when another
compound takes the verb. Sentences written for these tests."""

from __future__ import annotations

from doc_builders import events_of


def test_a_verb_another_noun_takes_tells_no_visit() -> None:
    """«ایجاد کرده است» (has created) is the verb: the visit is only its topic."""
    text = "دولت ترکیه محدودیت‌هایی برای سفر دیپلمات‌های آمریکایی به آنکارا ایجاد کرده است."
    assert [e.type for e in events_of(text)] == []


def test_a_meeting_told_beside_another_verb_is_read_as_a_noun() -> None:
    text = "وزیر خارجه ایران در دیدار با وزیر خارجه ترکیه تصریح کرد که همکاری ادامه دارد."
    meeting = next(e for e in events_of(text) if e.type == "CONSULT")
    assert meeting.trigger == "دیدار"


def test_a_trigger_of_the_same_type_keeps_the_verb() -> None:
    text = "وزیر خارجه ایران با وزیر خارجه ترکیه دیدار و گفتگو کرد."
    assert [e.trigger for e in events_of(text) if e.type == "CONSULT"] == ["دیدار و گفتگو کرد"]


def test_a_noun_of_another_light_verb_leaves_the_verb() -> None:
    """«کمک» is done with کردن, not فرستادن: the forces are still sent («نیرو … فرستاد»)."""
    text = "ارتش ترکیه به عراق نیرو و کمک فرستاد."
    assert [e.trigger for e in events_of(text) if e.type == "MOBILIZE"] == ["نیرو و کمک فرستاد"]


def test_a_request_after_from_keeps_its_verb() -> None:
    """«از X کمک خواست»: «کمک» is done with کردن, and «از» is no noun to read alone."""
    text = "دولت افغانستان از دولت ایران کمک خواست."
    assert [e.trigger for e in events_of(text)] == ["از دولت ایران کمک خواست"]
