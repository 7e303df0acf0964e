"""Issue 6, session 29 (2026-12-07), engineer events_ar18: Arabic trigger words read in a sense
that tells no act between parties. «يدين ... بالفضل/بالولاء/بالإسلام» owes or professes, not
condemns (``other_senses_ar.tsv``); «تعليق» before a person's name is that person's comment,
not a suspension (``events.arabic_senses.commented``); a threat or an attack whose subject is
a natural force or a disease is a danger, not an act (``events.arabic_senses.natural_doer``,
``natural_forces_ar.txt``); a verb after «أن» after a word of hope is an act hoped for
(``events.arabic_senses.hoped``, ``hope_words_ar.txt``). The acts of parties told with the
same words stay events. Sentences written for these tests (some after an audit's unseen news)."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.events.stage import find_events

Names = list[tuple[str, str]]
KB = {"نابولي": ("org:napoli", "ITA"), "غونزالو هيغواين": ("per:higuain", "ARG"),
      "إندونيسيا": ("geonames:1643084", "IDN"), "الوليد بن طلال": ("per:alwaleed", "SAU"),
      "اليمن": ("geonames:69543", "YEM"), "سلطنة عمان": ("geonames:286963", "OMN"),
      "المملكة العربية السعودية": ("geonames:102358", "SAU"), "إيران": ("geonames:130758", "IRN"),
      "الولايات المتحدة": ("geonames:6252001", "USA"), "الاتحاد الأوروبي": ("org:eu", None),
      "الجامعة العربية": ("org:arab-league", None), "سوريا": ("geonames:163843", "SYR"),
      "القوات الأمريكية": ("org:us-forces", "USA"), "العراق": ("geonames:99237", "IRQ")}


def _types(text: str, names: Names) -> list[str]:
    return [e.type for e in find_events(doc_with(text, "ar", names, kb=KB))]


@pytest.mark.parametrize(("text", "names", "kind"), [
    # owes credit for a win to a player
    ("ويدين نابولي بالفضل في هذا الفوز لنجمه غونزالو هيغواين.",
     [("نابولي", "ORG"), ("غونزالو هيغواين", "PER")], "ACCUSE"),
    # professes a faith
    ("ويدين سكان إندونيسيا بالإسلام منذ قرون.", [("إندونيسيا", "LOC")], "ACCUSE"),
    # a prince's comment
    ("أعجبني تعليق الأمير الوليد بن طلال على قرار الحكومة المصرية.",
     [("الوليد بن طلال", "PER")], "SANCTION"),
    # a cyclone threatens two countries
    ("الإعصار \"تشابالا\" يهدد اليمن وسلطنة عمان.",
     [("اليمن", "LOC"), ("سلطنة عمان", "LOC")], "THREATEN"),
    # a disease threatens a country
    ("ويهدد فيروس كورونا المملكة العربية السعودية.",
     [("المملكة العربية السعودية", "LOC")], "THREATEN"),
    # a withdrawal hoped for
    ("وأعرب عن أمله في أن تنسحب القوات الأمريكية من العراق.",
     [("القوات الأمريكية", "ORG"), ("العراق", "LOC")], "RETREAT"),
])
def test_another_sense_tells_no_act(text: str, names: Names, kind: str) -> None:
    assert kind not in _types(text, names)


@pytest.mark.parametrize(("text", "names", "kind"), [
    ("يدين الاتحاد الأوروبي بشدة الهجوم على السفارة الأمريكية.",
     [("الاتحاد الأوروبي", "ORG")], "ACCUSE"),
    ("وأعلنت الجامعة العربية تعليق عضوية سوريا.",
     [("الجامعة العربية", "ORG"), ("سوريا", "LOC")], "SANCTION"),
    ("وهددت إيران الولايات المتحدة بإغلاق مضيق هرمز.",
     [("إيران", "LOC"), ("الولايات المتحدة", "LOC")], "THREATEN"),
    ("وقال إن القوات الأمريكية انسحبت من العراق.",
     [("القوات الأمريكية", "ORG"), ("العراق", "LOC")], "RETREAT"),
])
def test_an_act_of_parties_stays(text: str, names: Names, kind: str) -> None:
    assert kind in _types(text, names)
