"""Persian persons and organisations of session 12 (2026-12-05): a unit named in its parent's
genitive, a rule person the tagger's surname follows, an outlet after a
reporter's beat, the tagger's span that runs into a verb or leaves a compound surname's end
out, a post's field between a person and the country, and one KB id for a body keyed by its
head noun and country. Sentences written for
these tests; the tagger's output is given by hand."""

from __future__ import annotations

from doc_builders import tagged

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import words
from khabar.entities.home_bodies import add_home_bodies
from khabar.entities.persian_rules import (
    add_outlets,
    confirm_given_names,
    join_surnames,
    tidy_persian_model,
)
from khabar.entities.persian_units import add_listed_orgs, parent_bodies
from khabar.entities.stage import CountryCue, candidates, nearest_country, resolve_overlaps
from khabar.kb.entries import KbEntry, KnowledgeBase, load_kb


def parents(text: str, *spans: str) -> list[str]:
    kept = [tagged(text, span, "ORG") for span in spans]
    return [e.text for e in parent_bodies(text, words(text), kept)]


def test_a_unit_in_its_parents_genitive_gives_the_parent() -> None:
    text = "رئیس مرکز پژوهش بیماری‌های واگیر وزارت بهداشت گفت که واکسن رسید."
    assert parents(text, "مرکز پژوهش بیماری‌های واگیر وزارت بهداشت") == ["وزارت بهداشت"]


def test_a_parent_that_names_one_body_alone() -> None:
    text = "اعضای کمیسیون آموزش مجلس با طرح مخالفت کردند."
    assert parents(text, "کمیسیون آموزش مجلس") == ["مجلس"]


def test_a_unit_of_a_unit_gives_the_outer_parent() -> None:
    text = "استاد گروه شیمی دانشکده علوم دانشگاه شیراز جایزه گرفت."
    assert parents(text, "گروه شیمی دانشکده علوم دانشگاه شیراز") == ["دانشگاه شیراز"]


def test_a_unit_whose_parent_is_a_unit_too_gives_the_outer_body() -> None:
    text = "کارشناس دفتر فنی مرکز تحقیقات سازمان هواشناسی گفت که باران می‌بارد."
    assert parents(text, "دفتر فنی مرکز تحقیقات سازمان هواشناسی") == ["سازمان هواشناسی"]


def test_a_unit_named_alone_and_a_bare_head_stay() -> None:
    text = "مرکز امور بانوان و روابط عمومی شهرداری هر دو بیانیه دادند."
    assert parents(text, "مرکز امور بانوان", "روابط عمومی شهرداری") == [
        "مرکز امور بانوان", "روابط عمومی شهرداری"]


def test_a_body_that_opens_on_no_units_noun_stays() -> None:
    text = "سازمان بنادر استان بوشهر اعلام کرد که کشتی رسید."
    assert parents(text, "سازمان بنادر استان بوشهر") == ["سازمان بنادر استان بوشهر"]


def test_a_ministry_after_the_ministers_word_stays() -> None:
    text = "وزیر وزارت نیرو گفت که سدها پر است."
    assert parents(text, "وزارت نیرو") == ["وزارت نیرو"]


def rule_person(text: str, phrase: str) -> Entity:
    start = text.index(phrase)
    return Entity(start, start + len(phrase), type="PER", text=phrase, source="title")


def persons(text: str, model: list[Entity]) -> list[str]:
    tokens = words(text)
    found = join_surnames(text, tokens, candidates(text, tokens, False), model)
    return [e.text for e in resolve_overlaps(confirm_given_names(tokens, found, model))
            if e.type == "PER"]


def test_a_titled_name_with_a_common_word_takes_the_taggers_surname() -> None:
    text = "سرتیپ نعمت الله امید خانی فرمانده پادگان گفت که رزمایش آغاز شد."
    model = [tagged(text, "خانی")]
    assert persons(text, model) == ["نعمت الله امید خانی"]


def test_a_given_name_with_a_common_word_takes_the_taggers_surname() -> None:
    text = "در این جلسه حجت الله کوه دل گفت که رزمایش آغاز شد."
    assert persons(text, [tagged(text, "دل")]) == ["حجت الله کوه دل"]


def test_an_honorific_alone_is_not_lengthened() -> None:
    text = "یاد سرتیپ شهید امید خانی گرامی باد."
    title = rule_person(text, "شهید")
    joined = join_surnames(text, words(text), [title], [tagged(text, "امید خانی")])
    assert [e.text for e in joined] == ["شهید"]


def test_a_person_after_a_comma_or_a_line_is_another() -> None:
    text = "در این جلسه حجت الله کوه، دل گفت و سرتیپ امید\nخانی آمد."
    assert "حجت الله کوه، دل" not in persons(text, [tagged(text, "دل"), tagged(text, "خانی")])
    assert "امید\nخانی" not in persons(text, [tagged(text, "خانی")])


def test_an_outlet_after_a_reporters_beat_is_cited() -> None:
    text = "به گزارش خبرنگار پارلمانی مهر، نشست برگزار شد."
    model = [tagged(text, "پارلمانی مهر")]
    assert [(e.type, e.text) for e in add_outlets(text, words(text), model)] == [
        ("ORG", "مهر")]


def test_an_outlet_after_a_word_of_no_beat_is_not_cited() -> None:
    text = "به گزارش خبرنگار کوه مهر، نشست برگزار شد."
    assert add_outlets(text, words(text), []) == []


def test_a_body_keyed_by_head_and_country_is_the_kb_body() -> None:
    kb = load_kb()
    police = kb.entry("org:police:IRN")
    assert police is not None and police.id == "org:irn-police"
    assert kb.entry("org:police:IRQ") is None


def tidied(text: str, *spans: tuple[str, str]) -> list[tuple[str, str | None]]:
    model = [tagged(text, span, kind) for span, kind in spans]
    return [(e.text, e.key) for e in tidy_persian_model(text, words(text), model)]


def test_a_name_ends_before_the_verb_it_ran_into() -> None:
    text = "به گفته او، انجمن نویسندگان می‌تواند کمک کند و گفت نمی‌روم."
    assert tidied(text, ("انجمن نویسندگان می‌تواند", "ORG"), ("نمی‌روم", "PER")) == [
        ("انجمن نویسندگان", "org:انجمننويسندگان")]


def test_a_person_takes_the_end_of_a_compound_surname_written_apart() -> None:
    text = "در این نشست رضا قاسم پور و مینا کریمی\nنژاد سخن گفتند."
    assert tidied(text, ("رضا قاسم", "PER"), ("مینا کریمی", "PER")) == [
        ("رضا قاسم پور", "per:قاسمپور"), ("مینا کریمی", None)]


def kb_of(*names: str) -> KnowledgeBase:
    body = KbEntry("org:test-body", "ORG", "IRQ", {"fa": names, "ar": (), "ur": (), "en": ()})
    return KnowledgeBase.of([body])


def kb_orgs(text: str, kb: KnowledgeBase, kept: list[Entity]) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in add_listed_orgs(text, words(text), kept, kb)]


def test_a_kb_organisations_persian_name_is_found() -> None:
    text = "سخنگوی جنبش بیداری مردم عراق گفت که شهر آرام است."
    start = text.index("عراق")
    country = Entity(start, start + 4, type="LOC", text="عراق", source="gazetteer")
    assert kb_orgs(text, kb_of("جنبش بیداری مردم عراق"), [country]) == [
        ("ORG", "جنبش بیداری مردم عراق")]
    assert kb_orgs(text, kb_of("جنبش بیداری"), []) == [("ORG", "جنبش بیداری")]


def test_a_kb_name_that_is_another_name_and_more_is_read_short() -> None:
    text = "دبیرکل جنبش بیداری عراق گفت که شهر آرام است."
    assert kb_orgs(text, kb_of("جنبش بیداری", "جنبش بیداری عراق"), []) == [
        ("ORG", "جنبش بیداری")]


def test_a_generic_kb_name_is_not_read() -> None:
    text = "دستگاه قضایی اروپا در این موارد سکوت کرده است."
    assert kb_orgs(text, kb_of("دستگاه قضایی"), []) == []


def test_a_kb_name_takes_no_place_after_it() -> None:
    text = "نیروهای جنبش بیداری کرکوک را ترک کردند."
    start = text.index("کرکوک")
    town = Entity(start, start + 5, type="LOC", text="کرکوک", source="gazetteer")
    assert kb_orgs(text, kb_of("جنبش بیداری"), [town]) == [
        ("ORG", "جنبش بیداری"), ("LOC", "کرکوک")]


def country_after(text: str, name: str, country: str, code: str,
                  persian: bool = True) -> str | None:
    start = text.index(name)
    person = Entity(start, start + len(name), type="PER", text=name, source="crf")
    at = text.index(country)
    cues = [CountryCue(at, at + len(country), code)]
    return nearest_country(person, cues, words(text), None, persian=persian)


def test_a_persian_posts_field_joins_a_person_to_the_country() -> None:
    text = "کامران نیک‌پی وزیر راه سابق تاجیکستان گفت که جاده باز شد."
    assert country_after(text, "کامران نیک‌پی", "تاجیکستان", "TJK") == "TJK"
    assert country_after(text, "کامران نیک‌پی", "تاجیکستان", "TJK", persian=False) is None


def test_a_preposition_or_a_verb_ends_the_post() -> None:
    text = "کامران نیک‌پی رئیس سازمان بنادر در سفر به تاجیکستان گفت."
    assert country_after(text, "کامران نیک‌پی", "تاجیکستان", "TJK") is None
    text = "کامران نیک‌پی مدیر شرکت می‌گوید تاجیکستان آماده است."
    assert country_after(text, "کامران نیک‌پی", "تاجیکستان", "TJK") is None


def test_a_lone_adjective_of_a_place_is_no_name() -> None:
    text = "ورزشکار یزدی و کاسبان یزدی و سلمان یزدی و استاد یزدی آمدند."
    at = [k for k in range(len(text)) if text.startswith("یزدی", k)]
    kinds = ("ORG", "PER", "PER", "PER")
    model = [Entity(k, k + 4, type=kind, text="یزدی", source="crf")
             for k, kind in zip(at, kinds, strict=True)]
    assert [(e.type, e.start) for e in tidy_persian_model(text, words(text), model)] == [
        ("PER", at[2]), ("PER", at[3])]


def test_a_compound_surnames_tail_written_apart_is_no_surname() -> None:
    person = KbEntry("per:test", "PER", "IRN", {
        "fa": ("بهرام نیک‌پی", "بهرام نیک پی", "علی کاظم آبادی"),
        "ar": ("بهرام نيكبي",), "ur": (), "en": ()})
    assert person.surnames() == {"نيكپي", "نيكبي", "ابادي"}


def test_the_home_police_is_the_kb_police() -> None:
    text = "پلیس اعلام کرد سارقان دستگیر شدند."
    doc = Doc(raw=text, text=text, lang="fa", sentences=[(0, len(text))])
    police = Entity(0, 4, type="ORG", text="پلیس", key="org:folded")
    home = Entity(len(text) - 1, len(text), type="LOC", text=".", country="IRN")
    found = add_home_bodies(doc, load_kb(), words(text), [police, home, home])[0]
    assert (found.key, found.kb_id) == ("org:police:IRN", "org:irn-police")
