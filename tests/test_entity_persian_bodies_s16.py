"""Persian bodies: named after a person (khabar.entities.persian_named_after), a foreign
institution's noun and borrowed name (persian_press.borrowed_institutions), a company's
nationality adjective (persian_press.company_names) and companies named by a place and a
word (persian_described_bodies.place_companies). Issue 5, session 16 (2026-12-06), engineer
ent_fa. Sentences written for these tests; places, persons and the tagger's entities are
built by hand."""

from __future__ import annotations

import pytest
from doc_builders import entity

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_described_bodies import place_companies
from khabar.entities.persian_named_after import named_after_bodies
from khabar.entities.persian_press import borrowed_institutions, company_names


def named(text: str, *found: Entity) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in named_after_bodies(text, words(text), list(found))]


@pytest.mark.parametrize("text, name", [
    ("همایش دیروز در دانشگاه علوم پزشکی شهید بهشتی برگزار شد.",
     "دانشگاه علوم پزشکی شهید بهشتی"),
    # no chain: the honorific right after the head
    ("رئیس بیمارستان امام رضا گفت که بخش تازه باز شد.", "بیمارستان امام رضا"),
    # two honorifics
    ("مدیر بیمارستان حضرت امام رضا گفت.", "بیمارستان حضرت امام رضا"),
])
def test_a_body_named_after_a_person_is_one_organisation(text: str, name: str) -> None:
    assert named(text) == [("ORG", name)]


def test_the_person_found_there_and_the_town_after_go_in() -> None:
    text = "مدیر مؤسسه آموزشی و پژوهشی امام خمینی گفت."
    person = entity(text, "خمینی", kind="PER", source="title")
    assert named(text, person) == [("ORG", "مؤسسه آموزشی و پژوهشی امام خمینی")]
    text = "او در بیمارستان امام رضا مشهد بستری شد."
    assert named(text, entity(text, "مشهد")) == [("ORG", "بیمارستان امام رضا مشهد")]


@pytest.mark.parametrize("text", [
    "رئیس پژوهشکده امام خمینی و انقلاب اسلامی گفت.",  # the name goes on after «و»
    "مسابقه در ورزشگاه شهید بهشتی برگزار شد.",  # a venue: no head
    "رئیس این دانشگاه شهید بهشتی را ستود.",  # a generic use of the head
    "رئیس ستاد امام جمعه گفت.",  # «امام جمعه» is a title
    "رئیس سازمان گفت: شهید بهشتی الگوی ماست.",  # a mark breaks the chain
])
def test_no_body_is_named_after_a_person(text: str) -> None:
    assert named(text) == []


def test_a_person_before_the_honorific_keeps_the_body_out() -> None:
    text = "علی رضایی دانشگاه شهید بهشتی را ترک کرد."
    person = entity(text, "رضایی", kind="PER", source="given_name")
    inside = entity(text, "دانشگاه شهید", kind="PER", source="crf")
    assert ("ORG", "دانشگاه شهید بهشتی") not in named(text, person, inside)


def institutions(text: str, *found: Entity) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in borrowed_institutions(text, words(text), list(found))]


def test_a_university_and_its_borrowed_name_are_one_organisation() -> None:
    text = "دانشمندان دانشگاه پرینستون این ذرات را ساختند."
    assert institutions(text) == [("ORG", "دانشگاه پرینستون")]
    tagged = entity(text, "پرینستون", kind="LOC", source="crf")
    assert institutions(text, tagged) == [("ORG", "دانشگاه پرینستون")]


@pytest.mark.parametrize("text", [
    "این دانشگاه پرینستون نیست.",  # a determiner before the noun
    "دانشجویان دانشگاه آزاد اسلامی آمدند.",  # Persian words the lexicon knows
])
def test_no_borrowed_institution(text: str) -> None:
    assert institutions(text) == []


def test_a_number_before_the_noun_makes_it_generic() -> None:
    """(review_a: without borrowed_institutions' digit guard no test failed.)"""
    assert institutions("او در 3 دانشگاه پرینستون درس داد.") == []


def test_a_tagger_span_running_past_the_name_is_left_as_it_is() -> None:
    """Only the tagger's entities inside the noun and name give way to it (review_a: without
    the inside check no test failed)."""
    text = "دانشمندان دانشگاه پرینستون آمدند."
    run_on = entity(text, "پرینستون آمدند", kind="ORG", source="crf")
    assert institutions(text, run_on) == [("ORG", "پرینستون آمدند")]


def test_a_rule_entity_over_the_name_stands() -> None:
    text = "دانشمندان دانشگاه پرینستون آمدند."
    listed = entity(text, "دانشگاه پرینستون", kind="ORG", source="org_list")
    assert institutions(text, listed) == [("ORG", "دانشگاه پرینستون")]
    person = entity(text, "پرینستون", kind="PER", source="title")
    assert institutions(text, person) == [("PER", "پرینستون")]


def test_a_companys_nationality_is_no_part_of_its_name() -> None:
    text = "به گزارش رویترز، شرکت آلمانی اینفیون تراشه ساخت."
    tagged = entity(text, "شرکت آلمانی اینفیون", kind="ORG", source="crf")
    assert [e.text for e in company_names(text, [tagged])] == ["اینفیون"]
    text = "هیأت از اعضای سه شرکت آلمانی بود."
    assert company_names(text, [entity(text, "شرکت آلمانی", kind="ORG", source="crf")]) == []


def companies(text: str, *found: Entity) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in place_companies(text, words(text), list(found))]


@pytest.mark.parametrize("text, found, name", [
    ("دو شرکت سایپا و ایران خودرو سود دادند.", ["ایران"], "ایران خودرو"),
    ("پرواز ایران ایر لغو شد.", ["ایران"], "ایران ایر"),
    ("سهام ایران خودرو دیزل افت کرد.", ["ایران"], "ایران خودرو دیزل"),
    ("ایران خودرو خراسان تولید را افزایش داد.", ["ایران", "خراسان"], "ایران خودرو خراسان"),
])
def test_a_place_and_a_word_name_a_company(text: str, found: list[str], name: str) -> None:
    assert companies(text, *(entity(text, f) for f in found)) == [("ORG", name)]


def test_no_company_without_the_word_right_after_the_place() -> None:
    text = "در ایران خودروهای زیادی تولید می‌شود."
    assert companies(text, entity(text, "ایران")) == [("LOC", "ایران")]
    text = "در ایران، خودرو گران است."
    assert companies(text, entity(text, "ایران")) == [("LOC", "ایران")]
    text = "سفر به ایران\nخودرو گران است."  # a line break between: a heading's end
    assert companies(text, entity(text, "ایران")) == [("LOC", "ایران")]


def test_a_rule_entity_over_the_company_stands() -> None:
    text = "سهام شرکت ملی ایران خودرو افت کرد."
    listed = entity(text, "شرکت ملی ایران خودرو", kind="ORG", source="org_list")
    assert companies(text, listed) == [("ORG", "شرکت ملی ایران خودرو")]
    assert companies(text, entity(text, "ایران"), entity(
        text, "خودرو", kind="PER", source="title")) == [("LOC", "ایران"), ("PER", "خودرو")]


@pytest.mark.parametrize("text, name", [
    ("همایش روز جهانی دیابت دیروز در دانشگاه علوم پزشکی شهید بهشتی برگزار شد.",
     "دانشگاه علوم پزشکی شهید بهشتی"),
    ("پژوهشگران دانشگاه پرینستون این ذرات را ساختند.", "دانشگاه پرینستون"),
    ("دو شرکت سایپا و ایران خودرو وعده سود داده‌اند.", "ایران خودرو"),
    ("مدیر سازمان بهره‌وری آسیا(apo) گفت که طرح اجرا می‌شود.", "apo"),
])
def test_the_entity_stage_reads_these_bodies(text: str, name: str) -> None:
    import khabar

    doc = khabar.process(text, meta={"lang": "fa"})
    assert name in [e.text for e in doc.entities if e.type == "ORG"]


def acronyms(text: str, *found: Entity) -> list[tuple[str, str, str | None]]:
    from khabar.entities.persian_acronyms import acronym_bodies

    return [(e.type, e.text, e.source) for e in acronym_bodies(text, words(text), list(found))]


def test_a_persian_acronym_nothing_was_read_on_stays_a_word() -> None:
    text = "انجمن حمایت از بیماران اسکیزوفرنیا(احیاء) و ستاد احیاء امر به معروف آمدند."
    assert [t for _, t, _ in acronyms(text)] == ["انجمن حمایت از بیماران اسکیزوفرنیا", "احیاء"]


def test_a_body_closed_by_its_acronym_and_the_acronym_are_bodies() -> None:
    text = "مدیر سازمان حمایت از محیط زیست دریایی(راپمی)گفت که مناطق توسط راپمی حفاظت شوند."
    tagged = entity(text, "راپمی", kind="PER", source="crf", nth=1)
    assert acronyms(text, tagged) == [
        ("ORG", "سازمان حمایت از محیط زیست دریایی", "org_list"), ("ORG", "راپمی", "org_list"),
        ("ORG", "راپمی", "org_again")]


def test_a_listed_name_stays_and_its_latin_acronym_is_added() -> None:
    text = "رئیس آژانس بین‌المللی انرژی اتمی (IAEA) گفت."
    listed = entity(text, "آژانس بین‌المللی انرژی اتمی", kind="ORG", source="org_list")
    assert [t for _, t, _ in acronyms(text, listed)] == ["آژانس بین‌المللی انرژی اتمی", "IAEA"]


def test_a_unit_before_the_acronym_gives_the_parent() -> None:
    text = "مدیر دفتر فنی وزارت نیرو (وزنی) گفت."
    assert [t for _, t, _ in acronyms(text)] == ["وزارت نیرو", "وزنی"]


@pytest.mark.parametrize("text", [
    "مددجویان کمیته امداد امام خمینی(ره) آمدند.",  # a blessing, no acronym
    "مدیر بنیاد شهید رجایی(ره) گفت.",
    "مدیر مرکز فوریت‌های پلیسی (110) گفت.",  # a number
    "خبرنگار خبرگزاری آسوشیتدپرس در شهر (توکیو) گفت.",  # a place
    "به گزارش خبرگزاری آسوشیتدپرس (توکیو) بازار افت کرد.",
    "رئیس این سازمان جهانی (who) گفت.",  # a generic use of the head
    "رئیس سازمان (who) گفت.",  # no word between the head and the mark
    "رئیس سازمان جهانی\nبهداشت (who) گفت.",  # a line break in the name
    "سخنگوی سازمان گفت که مردم (who) آمدند.",  # the chain breaks at a verb
    "رئیس انجمن صنفی خدمات اینترنتی(isp)ها گفت.",  # a gloss, its plural glued on
    "توزیع نیروی برق(دیسپاچینگ) ایجاد شد.",  # «نیروی» 'power' opens no name here
])
def test_no_body_before_parentheses(text: str) -> None:
    assert acronyms(text) == []


def test_a_rules_entity_over_the_acronym_keeps_both_out() -> None:
    """(review_a: without acronym_bodies' check of the acronym's own span no test failed.)"""
    text = "مدیر سازمان حمایت از محیط زیست دریایی(راپمی)گفت."
    person = entity(text, "راپمی", kind="PER", source="title")
    assert acronyms(text, person) == [("PER", "راپمی", "title")]


def test_a_person_in_the_name_keeps_it_out() -> None:
    text = "رئیس سازمان جهانی بهداشت (who) گفت."
    person = entity(text, "جهانی بهداشت", kind="PER", source="title")
    assert acronyms(text, person) == [("PER", "جهانی بهداشت", "title")]
    # the tagger's person too (review_a: with only the rules' persons tested, dropping the
    # PER clause of persian_acronyms._free failed nothing: a "title" source is no tagger's)
    person = entity(text, "جهانی بهداشت", kind="PER", source="crf")
    assert acronyms(text, person) == [("PER", "جهانی بهداشت", "crf")]


def parents(text: str, name: str) -> list[str]:
    from khabar.entities.persian_units import parent_bodies

    return [e.text for e in parent_bodies(text, words(text), [
        entity(text, name, kind="ORG", source="crf")])]


@pytest.mark.parametrize("text, name, parent", [
    # a post's field before the parent
    ("حسین احمدی معاون آموزش عمومی وزارت آموزش و پرورش گفت.",
     "آموزش عمومی وزارت آموزش و پرورش", "وزارت آموزش و پرورش"),
    ("مدیر کل صنایع فلزی وزارت صنایع و معادن اعلام کرد.",
     "صنایع فلزی وزارت صنایع و معادن", "وزارت صنایع و معادن"),
    # «امور مجلس» is a field, the next head the parent
    ("معاون توسعه مدیریت و امور مجلس سازمان حفاظت محیط زیست گفت.",
     "توسعه مدیریت و امور مجلس سازمان حفاظت محیط زیست", "سازمان حفاظت محیط زیست"),
    ("سرپرست معاونت حقوقی و امور مجلس وزارت رفاه گفت.", "مجلس وزارت رفاه", "وزارت رفاه"),
    ("سرپرست معاونت حقوقی و امور مجلس وزارت رفاه گفت.",
     "معاونت حقوقی و امور مجلس وزارت رفاه", "وزارت رفاه"),
])
def test_a_posts_field_before_its_parent_gives_the_parent(text: str, name: str,
                                                          parent: str) -> None:
    assert parents(text, name) == [parent]


@pytest.mark.parametrize("text, name", [
    ("او گفت آموزش عمومی وزارت آموزش و پرورش مهم است.", "آموزش عمومی وزارت آموزش و پرورش"),
    ("معاون سازمان حفاظت محیط زیست گفت.", "سازمان حفاظت محیط زیست"),  # a body after the post
    # a body's head after the post opens the name as it stands, a parent after it or not
    ("رئیس سازمان بهزیستی وزارت رفاه گفت.", "سازمان بهزیستی وزارت رفاه"),
])
def test_no_field_without_a_post(text: str, name: str) -> None:
    assert parents(text, name) == [name]
