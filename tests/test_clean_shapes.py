"""Furniture told by a line's shape (``khabar.clean.shapes``): menus run together with
wide spaces, slashed breadcrumbs, tickers, desks' codes and the page's time stamps;
and the same shapes where they are the article's own."""

from __future__ import annotations

import pytest
from doc_builders import BODY_FA, BODY_FA_2

from khabar.clean import clean

BODY_AR = ("أكد رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية اليوم ضرورة تعزيز التعاون "
           "العسكري بين البلدين في مواجهة الإرهاب وتأمين الحدود المشتركة.")
BODY_AR_2 = ("وأضاف أن المشاورات بين البلدين شهدت نموا كبيرا خلال الأشهر الماضية في مجالات "
             "التدريب وتبادل الخبرات وحماية المناطق الحدودية من التهريب.")
#: A furniture line the phrase list knows: the text is a dumped page.
PAGE = "نظر شما"


def reason_of(raw: str, line: str) -> str | None:
    found = {raw[r.raw_start : r.raw_end].strip(): r.reason for r in clean(raw).removed}
    return found.get(line)


def page(where: str, line: str, body: tuple[str, str] = (BODY_FA, BODY_FA_2)) -> str:
    if where == "top":
        return "\n".join([line, *body, PAGE])
    if where == "middle":
        return "\n".join([body[0], line, body[1], PAGE])
    return "\n".join([*body, line, PAGE])


FA, AR = (BODY_FA, BODY_FA_2), (BODY_AR, BODY_AR_2)

CASES = [
    ("top", "ویدیو  عکس  اینفوگرافیک  پادکست", FA, "furniture:menu",
     "items run together with wide spaces"),
    ("tail", "قوانین  حریم شخصی  همکاری با ما", FA, "furniture:menu", "a footer so"),
    ("top", "منوعات\tتقنية\tصحة\tسياحة", AR, "furniture:menu", "tabs between items"),
    ("tail", "مقام اول  ۱۲ امتیاز  مقام دوم  ۹ امتیاز", FA, "not furniture:menu",
     "a results line: figures in its items"),
    ("top", "خانه / ورزش / فوتبال ایران", FA, "furniture:menu", "a breadcrumb with slashes"),
    ("top", "الرئيسية/ منوعات/ صحة وجمال", AR, "furniture:menu", "an Arabic one"),
    ("tail", "ایران / عراق / سوریه", FA, "not furniture:menu",
     "below the article, slashes join a list's names, not a path"),
    ("top", "۱۵/۷/۱۳۸۳", FA, "header:dateline", "a date's slashes make no breadcrumb"),
    ("top", "نفت برنت 74.2 | طلا 2650", FA, "furniture:menu", "a ticker: labels and figures"),
    ("top", "اليورو 1.05  الإسترليني 1.27  الين 151", AR, "furniture:menu",
     "a ticker run together"),
    ("tail", "استقلال ۲ | پرسپولیس ۱", FA, "not furniture:menu",
     "below the article, labelled figures are its own (a score)"),
    ("tail", "ح.ر/ ۴۴۱۰", FA, "furniture:end", "a desk's initials and number"),
    ("tail", "ن ج/ س ع", AR, "furniture:end", "initials on both sides of the slash"),
    ("middle", "ح.ر/ ۴۴۱۰", FA, None, "between paragraphs nothing ends"),
    ("tail", "به‌روزشده در: ۱۸:۴۵", FA, "meta:dateline", "the page's time stamp"),
    ("top", "آخر تعديل: 09:12", AR, "meta:dateline", "a time stamp over the article"),
    ("tail", "نُشر بتاريخ: 12 مارس 2023", AR, "meta:dateline", "a date stamp below it"),
    ("middle", "زمان برگزاری همایش: ۱۰:۳۰", FA, None, "a notice's own time, inside the article"),
]


@pytest.mark.parametrize(("where", "line", "body", "reason", "why"), CASES)
def test_shapes(where: str, line: str, body: tuple[str, str], reason: str | None,
                why: str) -> None:
    found = reason_of(page(where, line, body), line)
    if reason is not None and reason.startswith("not "):
        # other tail rules may still take the line; the shape must not
        assert found != reason.removeprefix("not "), why
    else:
        assert found == reason, why


def test_wide_spaces_of_justified_print_make_no_menu() -> None:
    """Where the article's own lines space words widely, a short wide-spaced line is
    one of its lines (Hamshahri justifies its print text so)."""
    justified = BODY_FA.replace(" ", "  ", 6)
    line = "رئیس  محترم  شورای  شهر"
    assert reason_of("\n".join([justified, BODY_FA_2, line, PAGE]), line) is None
    assert reason_of("\n".join([BODY_FA, BODY_FA_2, line, PAGE]), line) == "furniture:menu"


def test_a_time_stamp_over_the_headline_is_not_taken_for_it() -> None:
    headline = "تأکید بر گسترش همکاری‌های دفاعی ایران و پاکستان"
    # five words: too long for a kicker, so it was read as the headline
    raw = "\n".join(["آخرین به‌روزرسانی: ۱۱:۰۵", headline, BODY_FA, BODY_FA_2])
    cleaned = clean(raw)
    assert cleaned.title == headline


def test_latin_lines_over_the_article_are_the_pages() -> None:
    raw = "\n".join(["Sign in  Register", "EN | FA", "خبرهای داغ امروز در یک نگاه",
                     BODY_FA, BODY_FA_2])
    found = {raw[r.raw_start : r.raw_end].strip(): r.reason for r in clean(raw).removed}
    assert found.get("Sign in  Register") in ("furniture:latin", "furniture:menu")
    assert found.get("EN | FA") == "furniture:latin"


@pytest.mark.parametrize(
    ("top", "why"),
    [
        (["انریکو فرمی، فیزیکدان ایتالیایی", "enrico fermi"], "a gloss under its title"),
        (["Frontera", "نقد فیلم: مرز و مهاجران"], "one Latin word is a name (a film's)"),
        (["enrico fermi 1901"], "digits: a date or a score"),
    ],
)
def test_latin_lines_that_stay(top: list[str], why: str) -> None:
    raw = "\n".join([*top, BODY_FA, BODY_FA_2])
    found = {raw[r.raw_start : r.raw_end].strip(): r.reason for r in clean(raw).removed}
    assert all(found.get(line) != "furniture:latin" for line in top), why


def test_latin_lines_over_a_latin_article_stay() -> None:
    body = ("The chief of staff of the armed forces met the commander of the army in "
            "Islamabad on Monday and called for closer ties on border security.")
    raw = "\n".join(["Breaking News", "Army chiefs meet", body, body])
    assert reason_of(raw, "Breaking News") != "furniture:latin"


def test_a_link_list_of_titles_that_ask_or_exclaim() -> None:
    """Headlines may end with a question or exclamation mark, not a full stop."""
    titles = ["هل تنجح خطة المياه الجديدة في إنقاذ المزارعين؟",
              "الأسعار ترتفع مجددا في أسواق الخضار بالعاصمة!",
              "مدارس المنطقة الشرقية تستقبل الطلاب الأسبوع المقبل"]
    raw = "\n".join([BODY_AR, BODY_AR_2, "قصص قد تهمك", *titles, PAGE])
    assert [reason_of(raw, title) for title in titles] == ["furniture:related-list"] * 3


def test_a_bare_counter_below_the_article() -> None:
    for body, line in ((FA, "۱۲ دیدگاه"), (AR, "3421 مشاهدة"), (FA, "بازدید ۸۱۲")):
        assert reason_of(page("tail", line, body), line) == "furniture:counter", line
    assert reason_of(page("middle", "۱۲ دیدگاه"), "۱۲ دیدگاه") is None, "inside: the article's"


def test_rows_of_a_table_are_no_counters() -> None:
    rows = ["۱ سپاهان", "۲ استقلال", "۳ تراکتور"]
    raw = "\n".join([BODY_FA, BODY_FA_2, *rows, PAGE])
    assert all(reason_of(raw, row) != "furniture:counter" for row in rows)


def test_a_bare_counter_needs_a_page() -> None:
    raw = "\n".join([BODY_FA, BODY_FA_2, "۱۲ دیدگاه", "ادامه دارد"])
    assert reason_of(raw, "۱۲ دیدگاه") != "furniture:counter"


@pytest.mark.parametrize(
    ("body", "stamp"),
    [(FA, "۲ ساعت پیش"), (FA, "۴۰ دقیقه قبل"), (AR, "منذ 3 ساعات"), (AR, "قبل 12 دقيقة")],
)
def test_a_relative_stamp_below_the_article_is_a_dateline(body: tuple[str, str],
                                                          stamp: str) -> None:
    # within the first lines the header takes it; further down it is metadata
    assert reason_of(page("tail", stamp, body), stamp) in ("header:dateline", "meta:dateline")


def test_a_list_item_with_days_is_no_relative_stamp() -> None:
    line = "۱- مدت ۱۵ روز منتهی به ۲۸/۵/۱۳۸۲."
    assert reason_of(page("middle", line), line) is None


def test_a_line_of_hashtags_at_the_edges() -> None:
    for body, line in ((FA, "#ترافیک #تهران #مترو"), (AR, "#الرياض، #أمطار")):
        assert reason_of(page("tail", line, body), line) == "furniture:tags", line
        assert reason_of(page("top", line, body), line) == "furniture:tags", line
    line = "ایران و #تهران در صدر"
    assert reason_of(page("tail", line), line) != "furniture:tags", "words beside the tags"


def test_a_handle_under_a_column_stays() -> None:
    """A columnist's handle is the column's own contact (SaudiNewsNet's op-eds)."""
    assert reason_of(page("tail", "@example_writer", AR), "@example_writer") != "furniture:tags"
