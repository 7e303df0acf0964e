"""Writers of Arabic bylines that were no person (session 22 (2026-12-06), issue 5): a
given or family name that is also a place («سلوى» Salwa, «الأحمدي» Al Ahmadi), a name
written with its vowel marks («مسلّم»), and the desk word «متابعات» on the other side of
the dash where a place or an outlet stood («أميرة المولد – متابعات»), and after a given name
a town the gazetteer lacks («عبدالرحمن الشهري – بارق»)."""

from __future__ import annotations

import pytest

from khabar.entities.datelines_ar import writer_named
from khabar.entities.gazetteer import words
from khabar.entities.header_lines import writer_beside


def _writer(line: str) -> str | None:
    found = writer_beside(line, words(line))
    return found.text if found is not None else None


@pytest.mark.parametrize(("line", "writer"), [
    ("سلوى المدني – عين اليوم", "سلوى المدني"),  # «سلوى» is a Kuwaiti town too
    ("لجين الأحمدي – عين اليوم", "لجين الأحمدي"),  # «الأحمدي» is a Kuwaiti town too
    ("سلوى المدني – جدة", "سلوى المدني"),
    ("مسلّم الهواملة – عين اليوم", "مسلّم الهواملة"),  # the shadda is no Latin letter
    ("أميرة المولد – متابعات", "أميرة المولد"),  # a family name with the article
    ("سلوى سعد – متابعات", "سلوى سعد"),  # a given name first
    ("عبدالرحمن الشهري – بارق", "عبدالرحمن الشهري"),  # a town the gazetteer lacks
    ("علي السحاري – محايل عسير", "علي السحاري"),  # two words of it
])
def test_the_writer_of_a_byline(line: str, writer: str) -> None:
    assert _writer(line) == writer


@pytest.mark.parametrize("line", [
    "تقرير خاص – متابعات",  # a kicker beside the desk: no name word
    "مكة المكرمة – عين اليوم",  # the side is a place of two words
    "الرياض – متابعات",
    "الدوري الإسباني – الجولة 14",  # no given name first, a digit on the other side
    "تقرير خاص – بارق",  # an unlisted town, but no given name first
    "عبدالرحمن الشهري – إلى الرياض",  # a function word: no town's name
])
def test_no_writer(line: str) -> None:
    assert _writer(line) is None


def test_a_two_word_place_is_no_writer_in_a_body_byline() -> None:
    line = "المدينة المنورة"
    assert writer_named(line, words(line), 0, 2) is None
