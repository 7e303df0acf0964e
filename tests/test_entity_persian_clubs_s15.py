"""A Persian club introduced by «تیم»/«باشگاه» is named again by its name alone
(khabar.entities.persian_clubs; issue 5, session 15 (2026-12-06), engineer ent_fa).
Sentences written for these tests; the tagger's entities are built by hand."""

from __future__ import annotations

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_clubs import add_club_repeats


def entity(text: str, name: str, kind: str = "ORG") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=kind, text=name, key=f"org:{name}",
                  source="crf")


def orgs(text: str, *found: Entity) -> list[tuple[int, str]]:
    return [(e.start, e.text) for e in add_club_repeats(text, words(text), list(found))
            if e.type == "ORG"]


def test_a_club_named_after_its_noun_is_named_again_alone() -> None:
    text = ("مدیر عامل باشگاه استقلال گفت که سرمربی تیم با استقلال خواهد بود و هواداران "
            "استقلال خوشحال هستند.")
    found = orgs(text, entity(text, "استقلال"))
    assert [name for _, name in found] == ["استقلال", "استقلال", "استقلال"]
    assert len({start for start, _ in found}) == 3


def test_the_sport_word_may_stand_between() -> None:
    text = "تیم فوتبال صنام در لیگ برتر سوم شد و صنام به جام رسید."
    assert [n for _, n in orgs(text, entity(text, "صنام"))] == ["صنام", "صنام"]


def test_no_club_noun_no_spread() -> None:
    """A tagger's one-word organisation without «تیم»/«باشگاه» before it is not spread
    (persian_repeats leaves one-word names alone)."""
    text = "بازیکنان استقلال در لیگ بازی کردند و هواداران استقلال آمدند."
    assert len(orgs(text, entity(text, "استقلال"))) == 1


def test_a_team_category_is_no_club() -> None:
    text = "تیم جوانان در لیگ آسیا بازی کرد و مسابقات جوانان ادامه دارد."
    assert orgs(text, entity(text, "جوانان")) == []  # neither spread nor kept (below)
    text = "سرمربی تیم ملی فوتبال گفت که ملی فوتبال ما آماده است."
    assert len(orgs(text, entity(text, "ملی فوتبال"))) == 1


def test_a_place_is_no_club() -> None:
    text = "تیم تهران در لیگ بازی کرد و تهران میزبان بود."
    assert len(orgs(text, entity(text, "تهران"))) == 1


def test_only_in_a_sports_report() -> None:
    """«تیم پزشکی» names a field outside a sports report; the word is then a noun."""
    text = "تیم پزشکی بیمار را معاینه کرد و مشاوره‌های پزشکی ادامه دارد."
    assert len(orgs(text, entity(text, "پزشکی"))) == 1
    text = "تیم پزشکی بازیکن را معاینه کرد و مشاوره‌های پزشکی ادامه دارد."
    assert len(orgs(text, entity(text, "پزشکی"))) == 2


def test_not_after_a_place_noun_or_a_determiner() -> None:
    text = "تیم فوتبال لیورپول در شهر لیورپول بازی کرد و این لیورپول نبود."
    assert len(orgs(text, entity(text, "لیورپول"))) == 1


def test_a_sport_word_alone_introduces_no_club() -> None:
    """«فوتبال» without «تیم»/«باشگاه» before it: «پاس» is the noun 'pass'."""
    text = "در فوتبال پاس کوتاه مهم است و پاس بلند نیز در لیگ دیده می‌شود."
    assert len(orgs(text, entity(text, "پاس"))) == 1


def test_a_club_keeps_the_city_after_it() -> None:
    """ENTITIES-GOLD.md: a club keeps the city written right after its name."""
    text = "تیم فوتبال پیکان در لیگ سوم شد. مدیر عامل پیکان تهران گفت که پیکان آماده است."
    city = entity(text, "تهران", "LOC")
    found = add_club_repeats(text, words(text), [entity(text, "پیکان"), city])
    assert [(e.type, e.text) for e in found] == [
        ("ORG", "پیکان"), ("ORG", "پیکان تهران"), ("ORG", "پیکان")]


def test_a_bare_team_category_is_no_body() -> None:
    """ENTITIES-GOLD.md: a national team with no name of its own is no mention."""
    text = "سرمربی تیم امید در لیگ گفت که تیم امید آماده است."
    assert orgs(text, entity(text, "امید")) == []


def test_a_sport_is_no_club() -> None:
    text = "تیم وزنه‌برداری در رقابت‌های وزنه‌برداری مدال گرفت."
    assert len(orgs(text, entity(text, "وزنه‌برداری"))) == 1


def test_after_a_superlative_the_team_is_a_common_noun() -> None:
    """«پایین‌ترین تیم جدول»: the team of the table, not a club named «جدول»."""
    text = "پیکان پایین‌ترین تیم جدول است و در جدول لیگ سقوط کرد."
    assert len(orgs(text, entity(text, "جدول"))) == 1
    text = "پیکان پایین ترین تیم جدول است و در جدول لیگ سقوط کرد."
    assert len(orgs(text, entity(text, "جدول"))) == 1
