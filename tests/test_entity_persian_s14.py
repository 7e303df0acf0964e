"""Persian names of session 14 (2026-12-06), issue 5: a minister's field is no body
(khabar.entities.persian_field_posts), a parliamentary faction is a unit of its parent
(``unit_heads_fa.txt``: the parent is the name), and words of Arabic written with short
vowels are no names (khabar.entities.persian_vocalized). Sentences written for these tests; the
tagger's output is given by hand."""

from __future__ import annotations

from dataclasses import replace

from doc_builders import tagged

from khabar.entities.gazetteer import words
from khabar.entities.persian_field_posts import drop_post_fields
from khabar.entities.persian_units import parent_bodies
from khabar.entities.persian_vocalized import drop_vocalized


def after_fields(text: str, *spans: str) -> list[str]:
    kept = [tagged(text, span, "ORG") for span in spans]
    return [e.text for e in drop_post_fields(words(text), kept)]


def test_a_ministers_field_is_no_body() -> None:
    text = "وزیر فرهنگ و ارشاد اسلامی و معاون وزیر نیرو به تهران رفتند."
    assert after_fields(text, "فرهنگ و ارشاد اسلامی", "نیرو") == []
    text = "نشست وزرای امور اقتصادی و دارایی برگزار شد."
    assert after_fields(text, "امور اقتصادی و دارایی") == []


def test_a_ministry_and_a_body_after_the_post_stay() -> None:
    text = "وزیر وزارت نیرو و وزیر سازمان برنامه گفتند که وزارت نیرو آماده است."
    assert after_fields(text, "وزارت نیرو", "سازمان برنامه", "وزارت نیرو") == [
        "وزارت نیرو", "سازمان برنامه", "وزارت نیرو"]


def test_a_field_after_another_post_stays() -> None:
    text = "رئیس مجلس و دبیر شورای عالی امنیت ملی گفتند."
    assert after_fields(text, "مجلس", "شورای عالی امنیت ملی") == [
        "مجلس", "شورای عالی امنیت ملی"]


def test_a_faction_of_the_parliament_gives_the_parliament() -> None:
    text = "لاله افتخاری رئیس فراکسیون قرآنی مجلس شورای اسلامی حضور داشت."
    kept = [tagged(text, "فراکسیون قرآنی مجلس شورای اسلامی", "ORG")]
    assert [e.text for e in parent_bodies(text, words(text), kept)] == ["مجلس شورای اسلامی"]


def test_a_name_written_with_arabic_short_vowels_is_scripture() -> None:
    text = "در آیه «وَهُوَ الَّذِی مَرَجَ الْبَحْرَیْنِ» و «قَالَ رَبِّ ارْجِعُونِ» آمده است."
    kept = [tagged(text, "الَّذِی مَرَج"), tagged(text, "رَب"), tagged(text, "ر", "ORG")]
    kept[2] = replace(kept[2], start=text.index("رَبِّ"), end=text.index("رَبِّ") + 1)
    assert drop_vocalized(text, kept) == []


def test_persian_spelling_marks_keep_the_name() -> None:
    text = "محمّد رضایی و حسین اوّلی تقریباً هر روز آمدند."
    kept = [tagged(text, "محمّد رضایی"), tagged(text, "حسین اوّلی")]
    assert [e.text for e in drop_vocalized(text, kept)] == ["محمّد رضایی", "حسین اوّلی"]
