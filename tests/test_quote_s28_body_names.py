"""Arabic quote speakers, session 28 (2026-12-07), issue 6, engineer quotes_ar11.

A body that names itself after the speech verb («قالت إدارة الطوارئ», ``names_body``) speaks
with its whole name: the subject phrase stops before «و» and «لل», but the name runs on over a
definite noun joined by «و» or bound by «لل» and the definite words after it
(``quote_named_bodies.body_name``). Before, the name was cut there. Not over a second
speaker («والشرطة»), the people told («للصحفيين») or a word describing the body
(«التابعة لها»). A body after a verb that relays («ونقلت وكالة انترفاكس عن مصدر ... قوله»)
is the outlet, not the speaker: the source after «عن» speaks, here unnamed.
Sentences written for these tests, after the grammar of SaudiNewsNet news."""

from __future__ import annotations

import pytest
from doc_builders import arabic_quote_speakers as _speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقالت إدارة الطوارئ والأزمات في بيان إن الحريق اندلع في المستودع.",
         "إدارة الطوارئ والأزمات"),
        ("وقالت إدارة الطيران والفضاء الامريكية إن المركبة وصلت إلى المدار.",
         "إدارة الطيران والفضاء الامريكية"),
        ("وقال مركز كارنيجي للسلام إن الأزمة ستطول.", "مركز كارنيجي للسلام"),
        ("وقالت ادارة الأسماك والحياة البرية في كاليفورنيا إنها بدأت تتحقق من الأمر.",
         "ادارة الأسماك والحياة البرية"),
    ],
)
def test_body_name_runs_on_over_and_and_of(text: str, speaker: str) -> None:
    assert [s for _, s in _speakers(text, [])] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "وقالت إدارة المهرجان للصحفيين إن الحفل تأجل إلى الأسبوع المقبل.",
        "وقالت إدارة المهرجان والشرطة إن الحفل تأجل إلى الأسبوع المقبل.",
        "وقالت إدارة المهرجان اليوم إن الحفل تأجل إلى الأسبوع المقبل.",
    ],
)
def test_body_name_stops_before_the_people_told_or_a_second_speaker(text: str) -> None:
    assert [s for _, s in _speakers(text, [])] == ["إدارة المهرجان"]


def test_body_name_stops_before_a_word_describing_it() -> None:
    text = "قالت إدارة الطوارئ والأزمات التابعة لها إن الحادث وقع منتصف الليل."
    assert [s for _, s in _speakers(text, [])] == ["إدارة الطوارئ والأزمات"]


def test_relaying_outlet_is_not_the_speaker() -> None:
    """«ونقلت وكالة انترفاكس عن مصدر لم تسمه ... قوله»: the unnamed source speaks."""
    text = ("ونقلت وكالة انترفاكس أيضا عن مصدر لم تسمه بوزارة الخارجية قوله، إن من المتوقع"
            " أن يزور وفد من الائتلاف موسكو.")
    assert [s for _, s in _speakers(text, [])] == [None]
