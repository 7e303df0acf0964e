"""A Persian sentence that opens with a preposition ("در این نشست X ...، گفت") has its
subject still to come: a name after that preposition, before the clause's comma, may speak
(events.quote_speakers._after_subject). A sentence written for this review."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.events.quotes import find_quotes


def _speakers(text: str, names: list[str]) -> list[str | None]:
    doc = doc_with(text, "fa", [(n, "PER") for n in names])
    return [q.speaker.text if q.speaker else None for q in find_quotes(doc)]


def test_a_name_after_an_opening_preposition_speaks() -> None:
    """«در» governs «این نشست», not the name after it: the name is the subject."""
    text = ("علی فتاحی گفت: واحدهای کارگاهی تعطیل شدند.\nدر این نشست حسن کریمی با اشاره به "
            "بودجه، گفت: هر طرحی باید حقوق ما را بپذیرد.")
    assert _speakers(text, ["علی فتاحی", "حسن کریمی"]) == ["علی فتاحی", "حسن کریمی"]
