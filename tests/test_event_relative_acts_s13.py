"""Acts told in an Arabic relative clause about a named party (session 13, issue 6):
«نوري المالكي الذي اتهم السعودية»: the party the clause hangs on did the act. Sentences
written for these tests."""

from __future__ import annotations

from doc_builders import doc_with, simple_doc

from khabar.doc import Doc, Event
from khabar.events.stage import find_events


def make(text: str) -> Doc:
    return simple_doc(text, "ar", published="2015-08-10T09:00:00+03:00", with_entities=True)


MALIKI = ("وقال رئيس الوزراء العراقي السابق نوري المالكي الذي {} السعودية بدعم الإرهاب إن"
          " الحكومة فاشلة.")
PARTIES = [("نوري المالكي", "PER"), ("السعودية", "LOC")]
KB = {"نوري المالكي": ("person:maliki", "IRQ"), "السعودية": ("geonames:102358", "SAU")}


def events(text: str, kind: str) -> list[Event]:
    return [e for e in find_events(make(text)) if e.type == kind]


def test_a_named_party_does_the_act_of_its_relative_clause() -> None:
    """The relative pronoun stands for the named party: it accuses, the clause's noun is
    accused; the main clause's «إن» ends the relative one."""
    doc = doc_with(MALIKI.format("اتهم"), "ar", PARTIES, kb=KB)
    found = [e for e in find_events(doc) if e.type == "ACCUSE"]
    assert len(found) == 1
    assert found[0].actor is not None and found[0].actor.text == "نوري المالكي"
    assert found[0].target is not None and found[0].target.text == "السعودية"


def test_a_common_noun_before_the_relative_pronoun_still_describes() -> None:
    """«الاتفاق الذي أبرم»: which agreement; no act is told."""
    text = ("وقال المتحدث باسم الخارجية الأمريكية جون كيربي إن الاتفاق الذي أبرم يوم الثلاثاء بين"
            " إيران والولايات المتحدة أرسل إلى الكونغرس.")
    assert not events(text, "SUPPORT")


def test_an_imperfect_in_the_relative_clause_describes_the_party() -> None:
    """«الذي يتهم»: what he does, a description of him, not an act told."""
    doc = doc_with(MALIKI.format("يتهم"), "ar", PARTIES, kb=KB)
    assert not [e for e in find_events(doc) if e.type == "ACCUSE"]


def test_a_name_of_no_known_party_is_recalled_not_acting() -> None:
    """A person the knowledge base does not know and no country is given («في عصر ديكارت
    الذي دعا ...»): a figure recalled, no event."""
    text = "وقد ابتدأ هذا الانتصار في عصر ديكارت الذي دعا المسيحيين إلى استخدام العقل."
    assert not [e for e in find_events(doc_with(text, "ar", [("ديكارت", "PER")]))
                if e.type == "REQUEST"]
