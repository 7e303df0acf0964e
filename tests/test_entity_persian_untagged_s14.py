"""A Persian given name and a surname that no entity holds name a person as a list's item
beside a person or at a line's opening (khabar.entities.persian_untagged_names; issue 5,
session 14 (2026-12-06), engineer ent_fa2). Sentences written for these tests; the
tagger's entities are built by hand."""

from __future__ import annotations

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_untagged_names import is_rule_given_name, untagged_persons


def entity(text: str, name: str, kind: str = "PER") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=kind, text=name, key=f"x:{name}",
                  source="crf")


def persons(text: str, *found: Entity) -> list[str]:
    return [e.text for e in untagged_persons(text, words(text), list(found)) if e.type == "PER"]


def test_a_list_item_beside_a_person_is_a_person() -> None:
    """«غزاله» (persian-names) and «صادق» (ARMAN) are in given_names_more_fa.txt only."""
    text = "فرشید آذرنگ، مهرداد نجم آبادی و غزاله هدایت از هنرمندان عکاسی هستند."
    found = [entity(text, "فرشید آذرنگ"), entity(text, "مهرداد نجم آبادی")]
    assert persons(text, *found) == ["فرشید آذرنگ", "مهرداد نجم آبادی", "غزاله هدایت"]
    text = "بازیگرانی چون صادق تیرافکن، لیلا پازوکی در این فیلم هستند."
    assert persons(text, entity(text, "لیلا پازوکی")) == ["صادق تیرافکن", "لیلا پازوکی"]


def test_no_list_no_person() -> None:
    """Beside no person, or beside one across more than «،» or «و», it is left."""
    text = "در این نمایشگاه غزاله هدایت شرکت دارد."
    assert persons(text) == []
    text = "فرشید آذرنگ گفت که غزاله هدایت می‌آید."
    assert persons(text, entity(text, "فرشید آذرنگ")) == ["فرشید آذرنگ"]


def test_the_name_must_end_after_the_surname() -> None:
    """A content word after it may be the second half of a surname written apart; a word
    opening in «می‌» is a verb."""
    text = "آناهیتا نعمتی و نیما شاهرخ شاهی از بازیگران هستند."
    assert persons(text, entity(text, "آناهیتا نعمتی")) == ["آناهیتا نعمتی"]
    assert persons("شعر\nسوگند می‌خورم به خدا") == []
    assert persons("شعر\nسوگند محمدی به خبرنگار ما گفت.") == ["سوگند محمدی"]


def test_a_place_that_is_a_given_name_in_a_list_of_persons() -> None:
    """«شهریار» is a town too: the tagger's place of one word gives way in a list."""
    text = "فرشید آذرنگ، شهریار توکلی، بهمن جلالی"
    found = [entity(text, "فرشید آذرنگ"), entity(text, "شهریار", "LOC"),
             entity(text, "بهمن جلالی")]
    out = untagged_persons(text, words(text), found)
    assert [(e.type, e.text) for e in out] == [
        ("PER", "فرشید آذرنگ"), ("PER", "شهریار توکلی"), ("PER", "بهمن جلالی")]


def test_a_line_opening() -> None:
    text = "به گزارش فارس،\nستار قربانی امروز در جمع خبرنگاران گفت."
    assert persons(text) == ["ستار قربانی"]
    text = "به گزارش فارس، ستار قربانی امروز در جمع خبرنگاران گفت."
    assert persons(text) == []  # inside a line: left to the tagger


def test_a_line_opening_place_or_short_word_is_no_given_name() -> None:
    """A place opening a line is the place («شهریار» town); «جو» 'barley' has two letters."""
    assert persons("خبر\nشهریار توکلی امروز گفت.") == []
    assert persons("خبر\nستار توکلی امروز گفت.") == ["ستار توکلی"]
    assert persons("خبر\nجو دوسر مفید است.") == []


def test_a_word_joining_two_given_names() -> None:
    assert is_rule_given_name(words("علی‌محمد")[0])
    assert is_rule_given_name(words("علیمحمد")[0])
    assert not is_rule_given_name(words("یزدانجو")[0])  # «جو»: two letters
    text = "خبر\nعلی‌محمد ضیایی امروز آمد."
    assert persons(text) == ["علی‌محمد ضیایی"]
