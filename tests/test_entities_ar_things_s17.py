"""Arabic names of things read as persons or bodies (issue 5, session 17 (2026-12-06),
engineer ent_ar_fp): a «person» or tagger body right after a noun of a device, vehicle,
storm or disease, or after a work's noun and an opening quotation mark, is dropped
with its other mentions (entities/arabic_thing_names); a work's noun without the mark
(the genitive is the author) and a name the article also writes after «شركة» stay.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_thing_names import drop_thing_names
from khabar.entities.words import words


def _entity(text: str, name: str, kind: str = "PER", source: str = "crf",
            nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Entity(start, start + len(name), type=kind, text=name, key=f"{kind}:{name}",
                  source=source)


def _kept(text: str, found: list[Entity]) -> list[str]:
    return [e.text for e in drop_thing_names(words(text), found)]


@pytest.mark.parametrize(("text", "name", "kind", "why"), [
    ("باعت الشركة 47 مليون هاتف آيفون في الربع الثالث.", "آيفون", "PER", "a device"),
    ("تعمل الهواتف بنظام تشغيل أندرويد الجديد.", "أندرويد", "PER",
     "an operating system, «ب» on «نظام» and «تشغيل» before the name"),
    ("ضبطت الدورية سيارتين من نوع «دينا» محملتين بالمواد.", "دينا", "PER",
     "a vehicle's type after «نوع» and a mark"),
    ("قالت السلطات إن الإعصار سوديلور خلف ستة قتلى.", "سوديلور", "PER", "a storm"),
    ("حقق السباح (متلازمة داون) المركز الأول.", "داون", "ORG", "a disease"),
    ("يعرض البرنامج «زد رصيدك» على القناة كل جمعة.", "زد رصيدك", "PER",
     "a work's title after an opening mark"),
])
def test_a_thing_s_name_is_dropped(text: str, name: str, kind: str, why: str) -> None:
    assert _kept(text, [_entity(text, name, kind)]) == [], why


def test_its_other_mentions_go_with_it() -> None:
    text = "وقال إن هاتف آيفون مطلوب، وإن آيفون يباع في الصين."
    found = [_entity(text, "آيفون"), _entity(text, "آيفون", source="surname", nth=1)]
    assert _kept(text, found) == []


@pytest.mark.parametrize(("text", "found", "kept", "why"), [
    ("نقل عن كتاب محمد حسنين هيكل قوله إن الحرب قادمة.",
     [("محمد حسنين هيكل", "PER", "crf")], ["محمد حسنين هيكل"],
     "a work's noun without a mark: the genitive is the author"),
    ("أطلقت شركة رينو سيارتها، وقال إن سيارة رينو الجديدة تصل قريبا.",
     [("رينو", "ORG", "crf", 0), ("رينو", "ORG", "crf", 1)], ["رينو", "رينو"],
     "a make the article also writes after «شركة» is the maker"),
    ("وقدمت الفرقة أوبريت «سلمان» ثم وصل الأمير سلمان.",
     [("سلمان", "PER", "crf", 0), ("سلمان", "PER", "title", 1)], ["سلمان"],
     "a person found by a title, written as a work's title"),
    ("ووقعت الاتفاقية مع سيارة «الهلال» أمس.", [("الهلال", "ORG", "org_list")], ["الهلال"],
     "a listed body"),
])
def test_names_that_stay(text: str, found: list[tuple], kept: list[str], why: str) -> None:
    entities = [_entity(text, row[0], row[1], row[2], *row[3:]) for row in found]
    assert _kept(text, entities) == kept, why
