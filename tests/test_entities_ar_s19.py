"""Arabic entity rules of session 19 (2026-12-06), issue 5, engineer ent_ar: «و» + a definite
noun opening a tagged person is left out (name_extent.tidy_model); a definite nationality
adjective between a title and a name is of the role (titles._title_chain); a glued
proclitic is left out of a mention the article also names without it
(arabic_clitic_mentions); «جامع» names a facility (facility_heads_ar.txt). Then the word
before «بن» is a given name, not a place (stage.candidates), and «الإمام» between a
facility and its name (arabic_facility_names). Sentences written for these tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import Entity
from khabar.entities.arabic_clitic_mentions import clitic_off_repeated
from khabar.entities.name_extent import tidy_model
from khabar.entities.stage import candidates, resolve_overlaps
from khabar.entities.titles import titled_persons
from khabar.entities.words import words


def _tidied(text: str, phrase: str, kind: str = "PER") -> list[str]:
    start = text.index(phrase)
    model = [Entity(start, start + len(phrase), type=kind, text=phrase, source="crf")]
    return [e.text for e in tidy_model(text, words(text), model)]


@pytest.mark.parametrize(("text", "phrase", "name"), [
    ("وكرم المهندس جميل بوبشيت والعضو عبدالرحمن الفريان.", "والعضو عبدالرحمن الفريان",
     "عبدالرحمن الفريان"),
    ("وضم الوفد يوسف المحارفي والمدربين احمد الراجح.", "والمدربين احمد الراجح",
     "احمد الراجح"),
])
def test_waw_and_a_definite_noun_open_no_name(text: str, phrase: str, name: str) -> None:
    assert _tidied(text, phrase) == [name]


def test_a_name_opening_with_waw_and_alif_lam_letters_stays() -> None:
    text = "وقال والتر سكوت إن الأمر انتهى."
    assert _tidied(text, "والتر سكوت") == ["والتر سكوت"]


def _titled(text: str) -> list[tuple[str, str | None]]:
    return [(text[h.name.start:h.name.end], h.role) for h in titled_persons(text, words(text))]


def test_a_nationality_after_a_title_is_of_the_role() -> None:
    text = "قال الجنرال الأمريكي جون كامبل إن الجيش يتقدم."
    assert _titled(text) == [("جون كامبل", "الجنرال الأمريكي")]


def test_a_nationality_before_one_word_reads_no_name() -> None:
    # «الفريق» is also 'the team': a one-word name after its adjective is not read
    text = "وعقد مدرب الفريق التونسي جميل قاسم اجتماعا."
    assert [name for name, _ in _titled(text)] == []


def _org(text: str, phrase: str, at: int = 0) -> Entity:
    start = text.index(phrase, at)
    return Entity(start, start + len(phrase), type="ORG", text=phrase, source="crf")


def test_a_proclitic_is_left_out_of_a_body_named_bare_elsewhere() -> None:
    text = "فاز أرسنال على تشيلسي. وهذا اللقب السادس لأرسنال."
    kept = [_org(text, "أرسنال"), _org(text, "لأرسنال")]
    assert [e.text for e in clitic_off_repeated(text, words(text), kept)] == [
        "أرسنال", "أرسنال"]


def test_a_name_always_written_with_its_letter_stays() -> None:
    text = "وصل فريق لخويا. وقال مدرب لخويا إن الفريق جاهز."
    kept = [_org(text, "لخويا"), _org(text, "لخويا", text.index("مدرب"))]
    assert [e.text for e in clitic_off_repeated(text, words(text), kept)] == ["لخويا", "لخويا"]


def test_no_bare_mention_no_change() -> None:
    text = "وهذا اللقب السادس لأرسنال."
    kept = [_org(text, "لأرسنال")]
    assert [e.text for e in clitic_off_repeated(text, words(text), kept)] == ["لأرسنال"]


def test_a_one_word_name_after_waw_and_a_post_stays() -> None:
    text = "وحاصرت القوات ميليشيات الحوثي والمخلوع صالح في المدينة."
    assert _tidied(text, "والمخلوع صالح") == ["صالح"]


def test_a_mosque_named_after_a_person_names_no_person() -> None:
    # «جامع», as «مسجد», in resources/entities/facility_heads_ar.txt
    text = "وأدى الصلاة بعد العصر في جامع الملك فهد بحي الضرس."
    assert "فهد" not in [e.text for e in khabar.process(text).entities]


def _persons(text: str) -> list[str]:
    found = resolve_overlaps(candidates(text, words(text), True))
    return [e.text for e in found if e.type == "PER"]


@pytest.mark.parametrize(("text", "name"), [
    ("وحضر تركي بن بدر بن فهد بن سعود.", "تركي بن بدر بن فهد بن سعود"),
    ("حضر محمد بن فهد، و تركي بن محمد بن فهد بن عبدالعزيز.",
     "تركي بن محمد بن فهد بن عبدالعزيز"),  # a list's «و» written apart
])
def test_a_place_word_before_bin_opens_the_name(text: str, name: str) -> None:
    assert name in _persons(text)


def test_a_place_word_without_bin_stays_a_place() -> None:
    text = "زار الوفد تركي واليونان."
    found = resolve_overlaps(candidates(text, words(text), True))
    assert [(e.type, e.text) for e in found if e.text == "تركي"] == [("LOC", "تركي")]


def test_a_country_before_bin_stays_a_place() -> None:
    # a list of tags: the country is no given name of «بن لادن»
    text = "سمات الطائرة السعودية بريطانيا بن لادن"
    found = resolve_overlaps(candidates(text, words(text), True))
    assert ("LOC", "بريطانيا") in [(e.type, e.text) for e in found]


@pytest.mark.parametrize("text", [
    "وقال الخطيب في خطبة الجمعة في جامع الإمام تركي بن عبدالله في الرياض إن الفئة ضالة.",
    "وبدأت محاكمة المتهمين في تفجير مسجد الإمام الصادق أمس.",
])
def test_an_imam_between_a_mosque_and_its_name(text: str) -> None:
    persons = [e.text for e in khabar.process(text).entities if e.type == "PER"]
    assert not any(name in persons for name in ("تركي بن عبدالله", "الصادق"))


@pytest.mark.parametrize(("text", "name"), [
    ("ثم كلمة لصاحب الجائزة الدكتور ساعد العرابي الحارثي رحب فيها بالحضور.",
     "ساعد العرابي الحارثي"),  # «ساعد» is in no list of given names
    ("ثم بدأ حفل الافتتاح الذي قدمه المهندس تركي الشراري بآيات من القرآن.", "تركي الشراري"),
    # a definite noun in «ة» after the name is the verb's object
    ("وأوضح العقيد زياد الرقيطي الحادثة في تصريحه أمس.", "زياد الرقيطي"),
])
def test_a_title_reads_an_unlisted_first_name_with_its_family_nisbas(text: str,
                                                                     name: str) -> None:
    assert [n for n, _ in _titled(text)] == [name]
