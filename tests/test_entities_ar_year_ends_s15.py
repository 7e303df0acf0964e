"""Arabic names that run on over the noun «عام» dating the sentence, session 15
(2026-12-06), issue 5 (entities/arabic_year_ends). Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_year_ends import cut_year_ends
from khabar.entities.words import words


def _entity(text: str, name: str, kind: str, source: str = "crf") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=kind, text=name, key="x", source=source)


def _found(text: str, name: str, kind: str) -> list[tuple[str, str]]:
    kept = [_entity(text, name, kind)]
    return [(e.type, e.text) for e in cut_year_ends(text, words(text), kept)]


@pytest.mark.parametrize(("text", "name", "kind", "cut"), [
    ("وافادت منظمة العفو الدولية العام الماضي ان 12 شخصا اعدموا.",
     "منظمة العفو الدولية العام", "ORG", "منظمة العفو الدولية"),
    ("وولد الملا عمر عام 1969 في قندهار.", "عمر عام", "PER", "عمر"),
    ("فمن حلة عبد الصالح عام ٢٠٠٩ إلى قرية المالكية.", "عبد الصالح عام", "PER", "عبد الصالح"),
    ("وأعلنت الشركة السعودية لعام 2015 أرباحها.", "الشركة السعودية لعام", "ORG",
     "الشركة السعودية"),  # the year noun with a proclitic
    ("وأحالت هيئة التحقيق والادعاء العام العام الماضي 40 قضية.",
     "هيئة التحقيق والادعاء العام العام", "ORG", "هيئة التحقيق والادعاء العام"),
])
def test_a_dating_year_noun_ends_the_name(text: str, name: str, kind: str, cut: str) -> None:
    assert _found(text, name, kind) == [(kind, cut)]


def test_a_name_that_is_only_the_year_noun_is_dropped() -> None:
    """The surname rule spread «عام» of «[عمر عام] 1969» over «عام 1996»."""
    assert _found("وتزعم الحركة عام 1996 حتى سقوطها.", "عام", "PER") == []


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("ودعا المؤتمر الشعبي العام إلى الحوار.", "المؤتمر الشعبي العام", "ORG"),  # 'general'
    ("وقالت هيئة النقل العام 12 حافلة جديدة.", "هيئة النقل العام", "ORG"),  # no year's number
])
def test_the_adjective_general_and_an_undated_year_noun_stay(text: str, name: str,
                                                             kind: str) -> None:
    assert _found(text, name, kind) == [(kind, name)]
