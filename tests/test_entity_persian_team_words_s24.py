"""Words that describe a Persian team are not its name (khabar.entities.persian_team_words;
issue 5, session 24 (2026-12-07), engineer ent_fa8). Sentences written for these tests; the
tagger's organisations are built by hand."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.persian_team_words import team_names
from khabar.entities.words import words


def org(text: str, name: str, source: str = "crf") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="PER" if source == "per" else "ORG",
                  text=name, key=f"org:{name}", source=source)


@pytest.mark.parametrize(("text", "tagged", "name"), [
    # an adjective of standing or origin between «تیم» and the club's name
    ("این تیم نتوانست از پس تیم قدرتمند کفایتی مشهد بربیاید.", "قدرتمند کفایتی مشهد",
     "کفایتی مشهد"),
    ("تماشاگران دو تیم پرطرفدار پرسپولیس و استقلال آمدند.", "پرطرفدار پرسپولیس", "پرسپولیس"),
    ("پنج تیم داخلی پیکان تهران، پتروشیمی تبریز و ذوب آهن", "داخلی پیکان تهران",
     "پیکان تهران"),
    # a sport or an age group before the club's name; a nationality
    ("تیم بدمینتون سامان سازان قم فردا بازی می‌کند.", "بدمینتون سامان سازان قم",
     "سامان سازان قم"),
    ("او به تیم ایتالیایی یوونتوس پیوست.", "ایتالیایی یوونتوس", "یوونتوس"),
    # describing words joined by «و»: no name opens with it
    ("تیم قدیمی و پرافتخار استقلال پیروز شد.", "قدیمی و پرافتخار استقلال", "استقلال"),
    # Hamshahri's Arabic letters fold to the listed words
    ("تيم دسته اولي تربيت يزد هم در اين شهر است.", "دسته اولي تربيت يزد", "تربيت يزد"),
])
def test_describing_words_are_left_out(text: str, tagged: str, name: str) -> None:
    (found,) = team_names(text, words(text), [org(text, tagged)])
    assert (found.text, text[found.start:found.end]) == (name, name)
    assert found.key is not None and found.key.startswith("org:")


@pytest.mark.parametrize(("text", "tagged"), [
    ("پس از قهرمانی تیم کشتی فرنگی جراحی پاستور اندیمشک", "کشتی فرنگی"),
    ("تیم بسکتبال بزرگسالان کشورمان به چین می‌رود.", "کشورمان"),
    ("تیم بسکتبال بزرگسالان به چین می‌رود.", "تیم بسکتبال"),
    ("این مرکز از آمبولانس و تیم پزشکی برخوردار است.", "پزشکی"),
    ("ما تیم جوان و با انگیزه‌ای داریم.", "جوان"),
    ("نام باشگاه ژاپنی مدنظر این بازیکن مشخص نشده است.", "ژاپنی"),
    # a rank or a field: what follows is its complement, no name
    ("پنج تیم برتر دوم گروه‌ها صعود کردند.", "برتر دوم گروه‌ها"),
    ("گزارش تیم بازرسی آژانس منتشر شد.", "بازرسی آژانس"),
    ("تیم مذاکره کننده ایران به وین رفت.", "مذاکره کننده ایران"),
])
def test_a_team_without_a_name_is_none(text: str, tagged: str) -> None:
    assert team_names(text, words(text), [org(text, tagged)]) == []


@pytest.mark.parametrize(("text", "tagged"), [
    # a national team keeps its noun, as persian_tidy.without_kind keeps it
    ("سرمربی تیم ملی فوتبال ایران گفت.", "تیم ملی"),
    # a club's own name after «تیم»
    ("سرمربی تیم استقلال گفت.", "استقلال"),
    # a describing word away from a team's noun: not a team's
    ("نیروهای قدرتمند ارتش آمدند.", "قدرتمند ارتش"),
    # «و» opening the span: no describing word before it
    ("رفتار جمعی تیم و ماساژور مهم است.", "و ماساژور"),
    # only a place left: a team named by its place, no club's name to cut to
    ("تیم پرستاره تهران پیروز شد.", "پرستاره تهران"),
    ("تیم قدیمی شهر میلان پیروز شد.", "قدیمی شهر میلان"),
    # a body's name of sport words after a sport: «فدراسیون» is no describing word
    ("مسابقات بسکتبال فدراسیون جهانی بسکتبال برگزار شد.", "فدراسیون جهانی بسکتبال"),
])
def test_other_organisations_are_kept(text: str, tagged: str) -> None:
    e = org(text, tagged)
    assert team_names(text, words(text), [e]) == [e]


def test_persons_are_kept() -> None:
    text = "تیم جوان آمد."
    e = org(text, "جوان", source="per")
    assert team_names(text, words(text), [e]) == [e]


@pytest.mark.parametrize(("text", "orgs"), [
    ("تیم والیبال شهرداری ارومیه در دیدار هفته نهم لیگ برتر از پس تیم قدرتمند کفایتی مشهد "
     "برنیامد و با نتیجه سه بر یک شکست خورد.", ["شهرداری ارومیه", "کفایتی مشهد"]),
    ("پس از قهرمانی تیم کشتی فرنگی جراحی پاستور اندیمشک در رقابت‌های کشتی فرنگی جام "
     "باشگاه‌های کشور، هواداران به خیابان آمدند.", []),
])
def test_the_pipeline_reads_the_team_names(text: str, orgs: list[str]) -> None:
    import khabar

    doc = khabar.process(text, meta={"lang": "fa"})
    assert [e.text for e in doc.entities if e.type == "ORG"] == orgs


def test_a_kind_adjective_alone_is_no_team_noun() -> None:
    # «فرهنگی» of «باشگاه فرهنگی ورزشی» is only a team's word after «تیم»/«باشگاه»
    text = "بقای ارزش‌های فرهنگی ایرانی اسلامی در میان جوانان"
    e = org(text, "ایرانی اسلامی")
    assert team_names(text, words(text), [e]) == [e]
