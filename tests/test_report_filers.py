"""Who filed or wrote a report (a dateline's outlet, a byline's writer) tells the news: it
never speaks in a quote or acts in an event of the article (khabar.events.participant_words
.files_report)."""

from __future__ import annotations

import khabar


def _speakers(text: str) -> list[str | None]:
    doc = khabar.process(text, meta={"lang": "ar"})
    return [q.speaker.text if q.speaker else None for q in doc.quotes]


def test_a_bylines_writer_is_no_speaker_nor_antecedent() -> None:
    text = ("سامي العتيبي- سبق- الدمام: أكد أن العمل سيبدأ غدا في المشروع الجديد بالمدينة.\n"
            "وقال: «سنبدأ العمل غدا في كل المواقع».")
    doc = khabar.process(text, meta={"lang": "ar"})
    assert ("PER", "سامي العتيبي", "byline") in [(e.type, e.text, e.source) for e in doc.entities]
    assert _speakers(text) == [None, None]


def test_a_named_speaker_after_the_byline_still_speaks() -> None:
    text = ("سامي العتيبي- سبق- الدمام:\nقال مدير المشروع إن العمل سيبدأ غدا.\n"
            "وأضاف: «سنبدأ العمل غدا في كل المواقع».")
    assert _speakers(text) == ["مدير المشروع", "مدير المشروع"]


def test_an_outlet_told_the_news_is_no_speaker_nor_actor() -> None:
    assert _speakers('وأبلغ "الوطن" أن العمل سيبدأ غدا في المشروع الجديد بالمدينة.') == [None]
    doc = khabar.process('علمت "الرياض" أن الوزارة ستفتح تحقيقا في الحادث.\n'
                         "وقالت إن التحقيق سيبدأ غدا.", meta={"lang": "ar"})
    assert all(e.actor is None or e.actor.text != "الرياض" for e in doc.events)
    assert [q.speaker for q in doc.quotes] == [None]
