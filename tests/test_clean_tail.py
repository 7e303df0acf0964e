"""The page's tail: agency end codes, and what follows the first furniture below the article."""

from __future__ import annotations

import pytest

from khabar.clean import clean

BODY_FA = ("سرلشکر باقری در دیدار با فرمانده ارتش پاکستان بر گسترش همکاری‌های دفاعی "
           "دو کشور در مبارزه با تروریسم تأکید کرد.")
BODY_AR = ("أكد رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية اليوم ضرورة تعزيز التعاون "
           "العسكري بين البلدين في مواجهة الإرهاب وتأمين الحدود المشتركة.")


def reasons(raw: str) -> dict[str, str]:
    return {raw[r.raw_start:r.raw_end].strip(): r.reason for r in clean(raw).removed}


def test_a_line_built_like_an_end_code_ends_the_article() -> None:
    for code in ("۵۱۲/۴۰۷", "گزارش از رضا/", "- تم -", "۹۰۱۲**۱۴۰۲"):
        title = "تیتر خبری در باره دفاع و امنیت مرزها"
        raw = "\n".join([BODY_FA, code, title])
        found = reasons(raw)
        assert found.get(code) == "furniture:end", code
        assert found.get(title) == "furniture:after-end", code


def test_an_end_code_is_only_the_first_line_after_the_last_paragraph() -> None:
    raw = "\n".join([BODY_FA, "۱۲/۳", BODY_FA.replace("باقری", "موسوی"), "(أ. ف. ب)"])
    found = reasons(raw)
    assert "۱۲/۳" not in found
    assert found.get("(أ. ف. ب)") != "furniture:end"  # brackets: a source credit


def test_lines_after_the_first_furniture_below_the_article_go() -> None:
    tail = ["موضوعات تهمك", "ارتفاع أسعار النفط في الأسواق العالمية اليوم",
            "افتتاح معرض الكتاب الدولي في العاصمة"]
    raw = "\n".join([BODY_AR, "شاركها على فيسبوك", *tail])
    found = reasons(raw)
    assert all(found.get(line) == "furniture:after-furniture" for line in tail), found


def test_running_text_after_furniture_stays_with_what_lies_between() -> None:
    between = "ارتفاع أسعار النفط في الأسواق العالمية اليوم"
    raw = "\n".join([BODY_AR, "شاركها على فيسبوك", between, BODY_AR.replace("اليوم", "أمس")])
    result = clean(raw)
    assert between in result.text


def test_a_rule_line_does_not_close_the_article() -> None:
    after = "ارتفاع أسعار النفط في الأسواق العالمية اليوم"
    raw = "\n".join([BODY_AR, "* * *", after])
    assert after in clean(raw).text


@pytest.mark.parametrize("marker", ["انتهى/ق ع", "پایان - م", "النهاية / ع.ج /"])
def test_an_end_marker_with_a_desk_code_ends_the_article(marker: str) -> None:
    title = "ارتفاع أسعار النفط في الأسواق العالمية اليوم"
    # two paragraphs: below them an "X - Y" line is no masthead
    raw = "\n".join([BODY_AR, BODY_AR.replace("اليوم", "أمس"), marker, title])
    found = reasons(raw)
    assert found.get(marker) == "furniture:end", marker
    assert found.get(title) == "furniture:after-end", marker


def test_a_marker_with_a_code_is_looked_for_below_the_article_only() -> None:
    line = "انتهى/ق ع"
    raw = "\n".join([BODY_AR, BODY_AR, line, BODY_AR.replace("اليوم", "أمس")])
    assert reasons(raw).get(line) != "furniture:end"


def test_an_end_word_ending_with_a_colon_heads_what_follows() -> None:
    raw = "\n".join([BODY_FA, "پایان:", BODY_FA.replace("باقری", "موسوی")])
    assert "پایان:" in clean(raw).text


@pytest.mark.parametrize(
    "after", [[], ["نظر شما"], ["مطالب مرتبط", "تیتر خبری در باره دفاع و امنیت مرزها"]])
def test_an_end_code_below_a_short_last_paragraph_ends_the_article(after: list[str]) -> None:
    # the article's last line is short («ادامه دارد...», a list item), so the code is
    # not the first line after the last running paragraph; it closes the text or the
    # page furniture follows it
    raw = "\n".join([BODY_FA, "ادامه دارد...", "۳۸۴/۱۲۰", *after])
    found = reasons(raw)
    assert found.get("۳۸۴/۱۲۰") == "furniture:end", found
    assert "ادامه دارد..." not in found


def test_an_end_code_further_down_stays_before_article_lines() -> None:
    raw = "\n".join([BODY_FA, "ادامه دارد...", "۳۸۴/۱۲۰", "نتایج بازی‌های هفته"])
    assert reasons(raw).get("۳۸۴/۱۲۰") != "furniture:end"


@pytest.mark.parametrize("heading", ["خبرهای مرتبط", "پیشنهاد سردبیر"])
def test_a_related_heading_opens_a_list_of_two_titles(heading: str) -> None:
    # two titles are too few for the structural link list; the heading is listed
    titles = ["تیتر خبری در باره دفاع و امنیت مرزها", "افتتاح نمایشگاه کتاب در تهران"]
    found = reasons("\n".join([BODY_FA, heading, *titles]))
    assert found.get(heading) == "furniture:related", found
    assert all(found.get(title) == "furniture:related-list" for title in titles), found


@pytest.mark.parametrize(("line", "reason"), [
    ("قد يعجبك أيضا", "furniture:related"),
    ("نسخ الرابط", "furniture:share"),
    ("اشترك في النشرة البريدية", "furniture:share"),
    ("کد خبرنگار: ۵۵۱", "furniture:counter"),
    ("انتهای گزارش", "furniture:end"),
])
def test_listed_page_controls_below_the_article(line: str, reason: str) -> None:
    assert reasons("\n".join([BODY_AR, line])).get(line) == reason


def test_a_related_list_leaves_widgets_and_credits_their_own_reasons() -> None:
    titles = ["ارتفاع أسعار النفط في الأسواق العالمية اليوم",
              "افتتاح معرض الكتاب الدولي في العاصمة"]
    raw = "\n".join([BODY_AR, "اقرأ أيضا", *titles, "تابعونا على تويتر", "© 2025 جميع الحقوق"])
    found = reasons(raw)
    assert all(found.get(title) == "furniture:related-list" for title in titles), found
    assert found.get("تابعونا على تويتر") == "furniture:widget"
    assert found.get("© 2025 جميع الحقوق") in ("furniture:copyright", "furniture:widget")
