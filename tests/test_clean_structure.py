"""Furniture found by structure (``khabar.clean.structure``): menus, widgets, credits,
counters, contact lines and link lists around the article, never inside it."""

from __future__ import annotations

import pytest
from doc_builders import BODY_FA, BODY_FA_2

from khabar.clean import clean
from khabar.clean.patterns import key_of
from khabar.clean.structure import widget_words
from khabar.resources import RESOURCES

#: A furniture line the phrase list knows: the text is a dumped page.
PAGE = "نظر شما"


def reason_of(raw: str, line: str) -> str | None:
    """The reason ``line`` of ``raw`` was removed for, or ``None`` if it is in the body."""
    found = {raw[r.raw_start : r.raw_end].strip(): r.reason for r in clean(raw).removed}
    return found.get(line)


def page(where: str, line: str, furniture: bool = True) -> str:
    """An article with ``line`` above it, between its paragraphs or below it."""
    closing = [PAGE] if furniture else []
    if where == "top":
        parts = [line, BODY_FA, BODY_FA_2, *closing]
    elif where == "middle":
        parts = [BODY_FA, line, BODY_FA_2, *closing]
    else:
        parts = [BODY_FA, BODY_FA_2, line, *closing]
    return "\n".join(parts)


CASES = [
    ("top", "سیاسی | اقتصادی | اجتماعی | ورزشی", "furniture:menu", "a menu"),
    ("top", "أخبار | اقتصاد | رياضة | ثقافة", "furniture:menu", "a menu, not a kicker"),
    ("top", "الرئيسية • سياسة • اقتصاد • رياضة", "furniture:menu", "bullets"),
    ("tail", "درباره ما | تماس با ما | آرشیو", "furniture:menu", "a footer menu"),
    ("top", "خانه › سیاسی › مجلس", "furniture:menu", "a breadcrumb"),
    ("top", "الرئيسية » أخبار » محليات", "furniture:menu", "a breadcrumb with guillemets"),
    ("middle", "گفت «نه» و «آری» و «شاید»", None, "quotes are no breadcrumb: no spaces inside"),
    ("top", "فیلم « مارمولک » اکران شد", "header:headline",
     "a spaced quote in a headline opens and closes: no breadcrumb"),
    ("tail", "ما را در اینستاگرام دنبال کنید", "furniture:widget", "a follow widget"),
    ("tail", "تابعونا على تويتر", "furniture:widget", "Arabic follow widget"),
    ("top", "ترامپ در توییتر از تحریم‌های تازه خبر داد", "header:headline",
     "a headline naming a network is no widget: widgets are looked for after the header"),
    ("tail", "© 2025 همه حقوق محفوظ است", "furniture:copyright", "© without a known phrase"),
    ("tail", "ایمیل: info@example.ir", "furniture:contact", "an e-mail with a label"),
    ("tail", "تعداد بازدید: ۱۲۳۴", "furniture:counter", "a view counter"),
    ("tail", "هاتف: +971 4 391 9999", "furniture:counter", "a phone number"),
    ("tail", "كلمات مفتاحية: إيران، باكستان", "furniture:labelled", "tags, unknown label"),
    ("tail", "عکس: مهدی عسگری", "furniture:labelled", "a photo credit"),
    ("middle", "ترامب على تويتر", None, "a sub-heading naming a network is the article's"),
    ("middle", "تیم | بازی | امتیاز | تفاضل", None, "a table header between paragraphs"),
    ("middle", "عکس: مهدی عسگری", "furniture:credit",
     "a page's photo credit between paragraphs (session 21: the tables' convention)"),
    ("middle", "کارگردان: مهدی عسگری", None, "a labelled line inside the body"),
    ("middle", "منبع: ایرنا", None, "a source credit inside the article stays"),
    ("tail", "در حاشیه این دیدار دو طرف اسنادی را امضا کردند: ۱۲", None, "a long label"),
    ("tail", "جمعیت: بسیاری از ساکنان محله از این طرح ناراضی بودند", None, "a long value"),
    ("tail", "گزارش: ", None, "a label with nothing after it heads what follows"),
    ("tail", "منبع: ایرنا", "furniture:credit",
     "a page's source credit (session 21; khabar.meta.sources still reads it)"),
    ("tail", "المصدر: وكالات", "furniture:credit", "an Arabic source credit"),
]


@pytest.mark.parametrize(("where", "line", "reason", "why"), CASES)
def test_structural_furniture(where: str, line: str, reason: str | None, why: str) -> None:
    assert reason_of(page(where, line), line) == reason, why


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("عکس: مهدی عسگری", "a clean article's own closing credit"),
        ("ترجمه: لیلا صابر", "a translator credit"),
        ("تلفن: ۰۲۱-۸۸۸۸۴۴۴۴", "an address box closing a review"),
        ("سایت: www.example.org", "a reference"),
    ],
)
def test_closing_labels_stay_without_other_furniture(line: str, why: str) -> None:
    assert reason_of(page("tail", line, furniture=False), line) is None, why
    assert reason_of(page("tail", line), line) is not None, why


def test_a_link_announced_by_the_article_stays() -> None:
    intro = "برای آگاهی بیشتر از جزئیات این طرح به نشانی زیر مراجعه کنید:"
    link = "سایت: www.example.org"
    raw = "\n".join([BODY_FA, BODY_FA_2, intro, link, PAGE])
    assert reason_of(raw, link) is None


def test_closing_labels_must_close_the_page() -> None:
    """A labelled line followed by the article's own short lines is not its footer."""
    raw = "\n".join([BODY_FA, BODY_FA_2, "العنوان: عنب", "شارع مار مخايل", PAGE])
    assert reason_of(raw, "العنوان: عنب") is None


TITLES = [
    "سفر هیئت نظامی ایران به اسلام‌آباد برای گفت‌وگو درباره مرزها",
    "رزمایش مشترک دریایی ایران و پاکستان در آب‌های دریای عمان",
    "دیدار وزیران خارجه دو کشور در حاشیه نشست سازمان همکاری شانگهای",
]


def test_link_list_under_an_unknown_heading() -> None:
    raw = "\n".join([BODY_FA, BODY_FA_2, "خبرهای مرتبط دیگر", *TITLES, PAGE])
    assert reason_of(raw, "خبرهای مرتبط دیگر") == "furniture:related"
    assert [reason_of(raw, title) for title in TITLES] == ["furniture:related-list"] * 3


@pytest.mark.parametrize(
    ("heading", "titles"),
    [
        ("پیشنهاد ما", ["افتتاح 12 طرح آبرسانی روستایی در استان کرمان",
                        "واردات گندم در سال جاری 30 درصد کمتر شد",
                        "بارش برف راه ارتباطی 40 روستای اردبیل را بست"]),
        ("لا تفوتك", ["الرياض.. انطلاق موسم الشتاء بفعاليات عائلية متنوعة",
                      "جدة.. افتتاح أكبر حديقة مائية على ساحل البحر الأحمر",
                      "الطقس.. أمطار رعدية على المرتفعات الجنوبية حتى الجمعة"]),
    ],
    ids=["one figure in a headline", "two dots joining a headline"],
)
def test_link_list_of_headlines_with_figures_or_two_dots(heading: str, titles: list[str]) -> None:
    raw = "\n".join([BODY_FA, BODY_FA_2, heading, *titles])
    assert [reason_of(raw, title) for title in titles] == ["furniture:related-list"] * 3


@pytest.mark.parametrize(
    ("lines", "why"),
    [
        (["شعر", "آسمان رنگ و بوی عشق گرفت", "تا سکوت تو در زمین پیچید",
          "چشم‌هایت بهار شد گل داد"], "verse: lines too short for titles"),
        (["نتایج", "استقلال تهران ۲ پرسپولیس تهران ۱ در ورزشگاه آزادی",
          "سپاهان اصفهان ۳ تراکتور تبریز ۰ در ورزشگاه نقش جهان",
          "فولاد خوزستان ۱ ملوان بندرانزلی ۱ در ورزشگاه اهواز"], "results have digits"),
        (["گزارش ویژه", *TITLES, "این گزارش ادامه دارد."], "a sentence follows the list"),
        (["جلسه امروز", TITLES[0] + "،", TITLES[1], TITLES[2]], "a line running on"),
        (["منابع", "-1 رضایی، علی، مدیریت راهبردی در سازمان‌های دولتی، انتشارات دانشگاه",
          "-2 کریمی، حسن، حسابداری مدیریت و تصمیم‌گیری، نشر دانش امروز",
          "-3 نوروزی، مریم، اقتصاد بخش عمومی و بودجه، انتشارات سمت"],
         "a numbered list: references"),
    ],
)
def test_no_link_list(lines: list[str], why: str) -> None:
    raw = "\n".join([BODY_FA, BODY_FA_2, *lines, PAGE])
    body = clean(raw).text.split("\n")
    assert lines[1] in body, why


def test_a_number_closing_a_table_stays() -> None:
    raw = "\n".join([BODY_FA, BODY_FA_2, "۱۱"])
    assert clean(raw).text.split("\n")[-1] == "۱۱"


def test_widget_words_load_with_a_source_note() -> None:
    assert {key_of("تلگرام").letters, key_of("تويتر").letters} <= widget_words()
    assert "widget_words.tsv" in (RESOURCES / "clean" / "SOURCE.md").read_text(encoding="utf-8")


NAV_TITLE = "افزایش همکاری‌های دفاعی ایران و پاکستان در مبارزه با تروریسم"


def test_a_run_of_link_lines_over_a_page_headline_is_navigation() -> None:
    items = ["خبرگزاری نمونه", "آرشیو اخبار", "چندرسانه‌ای"]
    raw = "\n".join(["صفحه اصلی", *items, NAV_TITLE, "", BODY_FA, BODY_FA_2])
    assert all(reason_of(raw, item) == "furniture:navigation" for item in items)
    assert reason_of(raw, NAV_TITLE) == "header:headline"


@pytest.mark.parametrize(("top", "why"), [
    (["آرشیو اخبار", "چندرسانه‌ای"], "two lines: a rubric and a short headline"),
    (["سرویس علمی", "فناوری نو", "نوشته: علی رضایی"], "a credit breaks the run"),
    (["سرویس علمی", "فناوری نو", "علی رضایی"], "no furniture at the top: a print page"),
])
def test_short_lines_at_the_top_that_are_no_menu(top: list[str], why: str) -> None:
    first = ["صفحه اصلی"] if why != "no furniture at the top: a print page" else []
    raw = "\n".join([*first, *top, NAV_TITLE, "", BODY_FA, BODY_FA_2])
    assert all(reason_of(raw, item) != "furniture:navigation" for item in top), why


def test_navigation_runs_stand_over_a_headline_not_a_wrapped_paragraph() -> None:
    items = ["خبرگزاری نمونه", "آرشیو اخبار", "چندرسانه‌ای"]
    wrapped = ["سرلشکر باقری در دیدار با فرمانده ارتش پاکستان بر گسترش",
               "همکاری‌های دفاعی دو کشور در مبارزه با تروریسم تأکید کرد و", BODY_FA]
    raw = "\n".join(["صفحه اصلی", *items, *wrapped, BODY_FA_2])
    assert all(reason_of(raw, item) != "furniture:navigation" for item in items)


@pytest.mark.parametrize("menu", ["ورود | عضویت", "من نحن | اتصل بنا"])
def test_two_listed_controls_make_a_menu(menu: str) -> None:
    assert reason_of(page("top", menu), menu) == "furniture:menu"


def test_two_items_that_are_no_controls_are_no_menu() -> None:
    line = "ایران | پاکستان"
    assert reason_of(page("top", line), line) != "furniture:menu"
