"""A Persian body named by a head noun, its ezafe chain and the place in its genitive
(khabar.entities.persian_described_bodies; issue 5, session 15 (2026-12-06), engineer
ent_fa_org). Sentences written for these tests; places and the tagger's entities are built
by hand."""

from __future__ import annotations

import pytest
from doc_builders import entity

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_described_bodies import described_bodies
from khabar.entities.words import phrase_key


def orgs(text: str, *found: Entity) -> list[str]:
    return [e.text for e in described_bodies(text, words(text), list(found))
            if e.type == "ORG"]


@pytest.mark.parametrize("text, place, name", [
    ("رئیس انجمن دیابت ایران گفت که هزینه درمان بالاست.", "ایران", "انجمن دیابت ایران"),
    ("بوتو رهبر حزب خلق پاکستان است.", "پاکستان", "حزب خلق پاکستان"),
    # «و» joining two nouns of the chain
    ("دبیر انجمن صنایع شیرینی و شکلات کشور گفت.", None, "انجمن صنایع شیرینی و شکلات کشور"),
    # the place noun stands in the genitive with its place
    ("روابط عمومی اداره کل زندان‌های استان اصفهان اعلام کرد.", "اصفهان",
     "اداره کل زندان‌های استان اصفهان"),
])
def test_head_chain_and_place_are_one_body(text: str, place: str | None, name: str) -> None:
    found = [entity(text, place)] if place else []
    assert orgs(text, *found) == [name]


def test_the_place_is_taken_into_the_body() -> None:
    text = "رئیس انجمن دیابت ایران گفت."
    out = described_bodies(text, words(text), [entity(text, "ایران")])
    assert [(e.type, e.text) for e in out] == [("ORG", "انجمن دیابت ایران")]


def test_a_tagger_body_cut_before_its_place_grows_over_it() -> None:
    text = "دبیر انجمن صنایع شیرینی و شکلات کشور گفت."
    cut = entity(text, "انجمن صنایع شیرینی", kind="ORG", source="crf")
    assert orgs(text, cut) == ["انجمن صنایع شیرینی و شکلات کشور"]


def test_a_listed_body_or_person_inside_is_left_alone() -> None:
    text = "رئیس انجمن دیابت ایران گفت."
    listed = entity(text, "انجمن دیابت", kind="ORG", source="org_list")
    assert orgs(text, listed, entity(text, "ایران")) == ["انجمن دیابت"]
    person = entity(text, "دیابت", kind="PER", source="crf")
    assert orgs(text, person, entity(text, "ایران")) == []


@pytest.mark.parametrize("text, reason", [
    ("مسئولان این سازمان ایران را ترک کردند.", "a demonstrative before the head"),
    ("مدیر این انجمن پزشکی ایران گفت.", "a demonstrative before the head"),
    ("مدیران 42 شرکت صنعتی ایران آمدند.", "a number before the head"),
    ("رئیس بانک و بیمه ایران گفت.", "«و» right after the head joins common nouns"),
    ("بانک ملی دومین شرکت بزرگ بورس ایران است.", "an ordinal before the head"),
    ("بزرگترین حزب سیاسی ایران است.", "a superlative before the head"),
    ("این چهار شرکت مربع صدر جدول بورس ایران هستند.", "a cardinal before the head"),
    ("ستاد بحران مناطق مختلف شهر ایران آماده است.", "an adjective of plurality"),
    ("رئیس سازمان مالیاتی و قربانی مدیرکل ارزش افزوده ایران آمدند.", "a post's word"),
    ("سازمان‌های مردم‌نهاد ایران فعال هستند.", "a plural head (one word)"),
    ("سازمان های مردم نهاد ایران فعال هستند.", "a plural head (spaced)"),
    ("مدیر 42 شرکت ایران آمدند.", "a number before the head"),
    ("شرکت کنندگان ایران آمدند.", "a participle after «شرکت»"),
    ("نماینده سازمان در ایران گفت.", "a preposition ends the chain"),
    ("شرکت هگمتانه، صنایع پتروشیمی ایران قرارداد بستند.", "a comma lists bodies"),
    ("رئیس دانشگاه پیر ماری کوری\nایران آمد.", "a line break ends the chain"),
    ("سازمان ایران گفت.", "no chain: add_place_bodies' case"),
    ("دیروز سازمان گفت ایران آماده است.", "a verb ends the chain"),
    ("سازمان می‌گوید ایران آماده است.", "a verb opening on «می‌» ends the chain"),
    ("سازمان 10 استان ایران را دید.", "a number ends the chain"),
    ("برگزاری کمیسیون مشترک اقتصادی دو کشور در مرداد.", "a number word ends the chain"),
    ("سهام شرکت گسترش سرمایه گذاری ایران خودرو عرضه شد.", "a company named on the place"),
    ("سازمان شهرداری‌ها و دهیاری‌های وزارت ایران آمد.", "a parent's head in the chain"),
    ("مجمع عمومی صاحبان سهام ایران آمد.", "«مجمع» is no head: a shareholders' meeting"),
])
def test_no_body(text: str, reason: str) -> None:
    found = [entity(text, "ایران")] if "ایران" in text else []
    assert orgs(text, *found) == [], reason


def test_and_before_a_second_head_ends_the_first_body() -> None:
    text = "سازمان ملل و سازمان تجارت ایران گفتند."
    assert orgs(text, entity(text, "ایران")) == ["سازمان تجارت ایران"]


def test_a_head_after_and_opens_a_second_body() -> None:
    text = "جبهه ملی و کمیسیون فنی ایران گفتند."
    assert orgs(text, entity(text, "ایران")) == ["کمیسیون فنی ایران"]


def test_a_long_chain_is_no_name() -> None:
    text = "سازمان الف ب پ ت ث ج ایران."
    assert orgs(text, entity(text, "ایران")) == []
    assert orgs("سازمان الف ب پ ت ث ایران.", entity("سازمان الف ب پ ت ث ایران.", "ایران")) \
        == ["سازمان الف ب پ ت ث ایران"]


def test_a_tagger_body_to_the_place_is_kept() -> None:
    text = "دبیر انجمن صنایع شیرینی و شکلات کشور گفت."
    whole = entity(text, "انجمن صنایع شیرینی و شکلات کشور", kind="ORG", source="crf")
    out = described_bodies(text, words(text), [whole])
    assert out == [whole]


def test_a_second_place_after_and_goes_in() -> None:
    text = "رئیس اداره منابع آب آزادشهر و رامیان تاکید کرد."
    found = [entity(text, "آزادشهر"), entity(text, "رامیان")]
    assert orgs(text, *found) == ["اداره منابع آب آزادشهر و رامیان"]


def test_a_word_after_and_that_may_go_on_the_name_leaves_no_name() -> None:
    text = "شرکت راه آهن شهری تهران و حومه مترو را ساخت."
    assert orgs(text, entity(text, "تهران")) == []
    text = "رئیس انجمن دیابت ایران و وزیر بهداشت گفتند."
    assert orgs(text, entity(text, "ایران")) == ["انجمن دیابت ایران"]


def test_read_by_the_place_bodies_step() -> None:
    """``persian_units.add_place_bodies`` (in ``persian_entity_rules.persian_rules``) ends on
    this rule."""
    from khabar.entities.persian_units import add_place_bodies

    text = "بوتو رهبر حزب خلق پاکستان است."
    out = add_place_bodies(text, words(text), [entity(text, "پاکستان")])
    assert [(e.type, e.text) for e in out] == [("ORG", "حزب خلق پاکستان")]


def test_a_place_noun_or_head_after_the_place_leaves_no_name() -> None:
    """«عمران» 'development' is a town's name too: the genitive goes on after it."""
    text = "مدیرعامل سازمان مهندسی عمران شهر تهران گفت."
    assert orgs(text, entity(text, "عمران"), entity(text, "تهران")) == []
    text = "مدیر عامل سازمان مهندسی و عمران شهرداری تهران گفت."
    assert orgs(text, entity(text, "عمران"), entity(text, "تهران")) == []
    text = "کارشناس سازمان فنی عمران کمیسیون تهران گفت."
    assert orgs(text, entity(text, "عمران"), entity(text, "تهران")) == []


def test_a_known_body_found_by_the_tagger_is_not_run_on() -> None:
    """A listed or KB name of the tagger is read as it is, as add_listed_orgs reads it."""
    text = "روگوف گفت: صندوق بین‌المللی پول رشد اقتصادی منطقه خاورمیانه را کم دید."
    fund = entity(text, "صندوق بین‌المللی پول", kind="ORG", source="crf")
    place = entity(text, "خاورمیانه")
    grown = described_bodies(text, words(text), [fund, place])
    assert [e.text for e in grown if e.type == "ORG"] == [
        "صندوق بین‌المللی پول رشد اقتصادی منطقه خاورمیانه"]
    known = {phrase_key("صندوق بین‌المللی پول")}
    kept = described_bodies(text, words(text), [fund, place], known)
    assert [e.text for e in kept if e.type == "ORG"] == ["صندوق بین‌المللی پول"]


def test_the_place_bodies_step_passes_the_listed_names() -> None:
    """«شورای نگهبان» is listed (orgs_fa.txt): the tagger's name is not run on."""
    from khabar.entities.persian_units import add_place_bodies

    text = "سخنگوی شورای نگهبان قانون اساسی ایران گفت."
    council = entity(text, "شورای نگهبان", kind="ORG", source="crf")
    out = add_place_bodies(text, words(text), [council, entity(text, "ایران")])
    assert [e.text for e in out if e.type == "ORG"] == ["شورای نگهبان"]


def test_divan_is_no_head() -> None:
    """«دیوان» is also a poet's collected poems (described_bodies_fa.tsv leaves it out)."""
    text = "مهمانان با گل و دیوان استاد شهریار پذیرایی شدند."
    assert orgs(text, entity(text, "شهریار")) == []
