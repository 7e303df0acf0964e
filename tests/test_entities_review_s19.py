"""Review of session 19 (2026-12-06), engineer review_a: cases the session's entity tests
left uncovered, each failing with its piece removed. The glued-proclitic rule
(entities/arabic_clitic_mentions) was tested only by calling it directly: these run it
through the pipeline, so dropping its call from arabic_mentions fails. The common-word
guard of the family nisbas read after a title's unlisted first name (titles._family_nisba)
had no case: a common definite nisba («الثاني» 'second') after the name is the sentence's,
not the family's. Sentences written for these tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.entities.titles import titled_persons
from khabar.entities.words import words


@pytest.mark.parametrize(("text", "kind", "names"), [
    ("فاز أرسنال على تشيلسي بهدفين. وهذا اللقب السادس لأرسنال في تاريخه.", "ORG",
     ["أرسنال", "أرسنال"]),
    ("التقى الرئيس المصري عبد اللهيان في القاهرة. مأزق سليماني يعصف بعبد اللهيان الذي سبق له"
     " أن تحدث.", "PER", ["عبد اللهيان", "عبد اللهيان"]),
])
def test_the_pipeline_leaves_a_glued_proclitic_out_of_a_repeated_name(
        text: str, kind: str, names: list[str]) -> None:
    doc = khabar.process(text)
    found = [e for e in doc.entities if e.type == kind]
    assert [e.text for e in found] == names
    assert all(doc.text[e.start:e.end] == e.text for e in found)


def test_a_common_nisba_after_an_unlisted_first_name_is_no_family_word() -> None:
    text = "وجاء الدكتور ساعد العرابي الثاني في ترتيب المتسابقين."
    found = [(text[h.name.start:h.name.end], h.role) for h in titled_persons(text, words(text))]
    assert found == [("ساعد العرابي", "الدكتور")]
