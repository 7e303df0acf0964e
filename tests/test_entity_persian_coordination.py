"""Names of bodies joined by «و», read where the article repeats them
(khabar.entities.persian_coordination; issue 5, session 13 (2026-12-05)). Sentences written
for these tests; the tagger's entities are built by hand."""

from __future__ import annotations

from khabar.doc import Entity
from khabar.entities.persian_coordination import repeated_conjuncts
from khabar.entities.words import words


def tagged(text: str, name: str, at: int = 0, kind: str = "ORG",
           source: str = "crf") -> Entity:
    start = text.index(name, at)
    return Entity(start, start + len(name), type=kind, text=name, source=source)


def every(text: str, name: str) -> list[Entity]:
    out, at = [], 0
    while (at := text.find(name, at)) >= 0:
        out.append(tagged(text, name, at))
        at += len(name)
    return out


def test_a_body_written_twice_with_the_same_word_after_and_takes_it() -> None:
    text = ("سهم شرکت ملی سرب و روی در صدر بود و خریداران شرکت ملی سرب و روی صف "
            "کشیدند.")
    found = repeated_conjuncts(text, words(text), every(text, "شرکت ملی سرب"))
    assert [e.text for e in found] == ["شرکت ملی سرب و روی", "شرکت ملی سرب و روی"]


def test_once_is_no_evidence_the_word_may_open_the_next_conjunct() -> None:
    text = "بانک مرکزی و شورای پول و اعتبار باید تصمیم بگیرند."
    found = repeated_conjuncts(text, words(text), [tagged(text, "شورای پول")])
    assert [e.text for e in found] == ["شورای پول"]


def test_an_entity_or_a_word_that_opens_a_phrase_after_and_is_no_part_of_the_name() -> None:
    text = ("به گزارش خبرگزاری فارس و به نقل از سایت، سایپا و ایران خودرو و بعد "
            "به گزارش خبرگزاری فارس و به نقل از سایت، سایپا و ایران خودرو.")
    found = every(text, "خبرگزاری فارس") + every(text, "سایپا") + [
        tagged(text, "ایران", kind="LOC", source="gazetteer"),
        tagged(text, "ایران", text.rindex("ایران"), kind="LOC", source="gazetteer")]
    assert repeated_conjuncts(text, words(text), found) == found


def test_a_listed_body_is_left_as_it_is() -> None:
    text = "سازمان ملل و صلیب سرخ. سازمان ملل و صلیب سرخ."
    found = every(text, "سازمان ملل")
    found = [Entity(e.start, e.end, type="ORG", text=e.text, source="org_list") for e in found]
    assert repeated_conjuncts(text, words(text), found) == found
