"""«اتهم» takes its subject, then the accused, then the charge with «ب» (session 13, issue 6):
a lone party right before the charge is the accused, not the accuser. Sentences written for
these tests, entities given by hand."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.events.stage import find_events

KB = {"كوركر": ("person:corker", "USA"), "جون كيري": ("person:kerry", "USA"),
      "محمد جواد ظريف": ("person:zarif", "IRN"), "السعودية": ("geonames:102358", "SAU")}


def accusations(text: str, names: list[tuple[str, str]]) -> list[tuple[str | None, str | None]]:
    events = find_events(doc_with(text, "ar", names, kb=KB))
    return [(e.actor.text if e.actor else None, e.target.text if e.target else None)
            for e in events if e.type == "ACCUSE"]


def test_a_lone_party_before_the_charge_is_accused_by_the_sentences_speaker() -> None:
    """«وقال كوركر ...، واتهم وزير الخارجية جون كيري بالفشل»: Corker accuses Kerry."""
    text = ("وقال كوركر إن إيران بلد ينتهك حقوق الإنسان، واتهم وزير الخارجية جون كيري بالفشل في"
            " التفاوض معها.")
    found = accusations(text, [("كوركر", "PER"), ("جون كيري", "PER")])
    assert ("كوركر", "جون كيري") in found


def test_a_lone_party_with_no_speaker_is_accused_by_no_one_named() -> None:
    """«واتهم محمد جواد ظريف بالكذب»: Zarif was accused (the unvowelled passive)."""
    found = accusations("واتهم محمد جواد ظريف بالكذب.", [("محمد جواد ظريف", "PER")])
    assert found and all(actor != "محمد جواد ظريف" for actor, _ in found)


def test_a_subject_and_an_object_before_the_charge_stay_as_read() -> None:
    """«واتهم ظريف السعودية بدعم الإرهاب»: the first party accuses the second."""
    found = accusations("واتهم محمد جواد ظريف السعودية بدعم الإرهاب.",
                        [("محمد جواد ظريف", "PER"), ("السعودية", "LOC")])
    assert found and found[0][0] == "محمد جواد ظريف"
