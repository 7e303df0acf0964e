"""A post apposed before a name with a comma (review of session 13 (2026-12-05)): «وقال
المدير العام، روبرتو آزفيدو، إن ...» gives the post to the name, so a later «وقال المدير
العام» is Azevedo, not the bare phrase (91bac00 made the definite post its own speaker
where no holder was found). Sentences written for this test."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.events.quotes import find_quotes


def test_post_apposed_before_the_comma() -> None:
    text = ("وقال المدير العام، روبرتو آزفيدو، في مقر المنظمة إن الاتفاق مهم. وتمثل هذه "
            "التجارة نحو 7 في المائة من التجارة العالمية. وقال المدير العام إنه لا يوجد "
            "منتدى تفاوضي آخر.")
    doc = doc_with(text, "ar", [("روبرتو آزفيدو", "PER")])
    speakers = [q.speaker.text if q.speaker else None for q in find_quotes(doc)]
    assert speakers == ["روبرتو آزفيدو", "روبرتو آزفيدو"]
