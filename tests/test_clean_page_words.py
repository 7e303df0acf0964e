"""Furniture told by shape and by the page's vocabulary (session 20): page-word lines at
the article's edges, bylines under the headline, photo captions, and the closing notes
that stay. The lines are written for the tests, in wordings no list holds."""

from __future__ import annotations

from khabar.clean import clean
from khabar.clean.page_words import page_word_counts

BODY_AR = ("أكد رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية اليوم ضرورة تعزيز التعاون "
           "العسكري بين البلدين في مواجهة الإرهاب وتأمين الحدود المشتركة.")
BODY_AR2 = ("وأضاف المسؤول في مؤتمر صحفي عقده في العاصمة أن المباحثات تناولت سبل تطوير "
            "العلاقات الثنائية في المجالات الاقتصادية والأمنية والثقافية كافة.")
BODY_FA = ("سرلشکر باقری در دیدار با فرمانده ارتش پاکستان بر گسترش همکاری‌های دفاعی "
           "دو کشور در مبارزه با تروریسم تأکید کرد.")
HEADLINE = "رئيس الأركان الإيراني يبحث التعاون العسكري مع باكستان"


def reasons(raw: str) -> dict[str, str]:
    return {raw[r.raw_start:r.raw_end].strip(): r.reason for r in clean(raw).removed}


def test_page_words_are_counted_with_their_clitics_and_marks() -> None:
    # «حمّل» keeps its shadda inside the word; «والتطبيق» is «تطبيق» with و and ال
    assert page_word_counts("حمّل والتطبيق على جوالك") == (2, 3, False)
    assert page_word_counts("اقرأ أيضاً") == (2, 2, True)


def test_lines_below_the_article_in_the_page_vocabulary_go() -> None:
    closers = ["سجّل في نشرتنا البريدية اليوم", "حمّل التطبيق على جوالك",
               "سياسة الخصوصية وشروط الاستخدام للموقع"]
    for closer in closers:
        found = reasons("\n".join([BODY_AR, BODY_AR2, closer]))
        assert found.get(closer) == "furniture:page", (closer, found)
    # below the first, the page is closed: the rest go as after-furniture
    found = reasons("\n".join([BODY_AR, BODY_AR2, *closers]))
    assert all(found.get(line, "").startswith("furniture:") for line in closers), found


def test_a_related_heading_in_the_page_vocabulary_takes_its_list() -> None:
    titles = ["ارتفاع أسعار النفط في الأسواق العالمية اليوم",
              "افتتاح معرض الكتاب الدولي في العاصمة الرياض"]
    found = reasons("\n".join([BODY_AR, BODY_AR2, "مواضيع قد تهمك أيضا", *titles]))
    assert found.get("مواضيع قد تهمك أيضا") == "furniture:related"
    assert all(found.get(title) == "furniture:related-list" for title in titles), found


def test_page_words_inside_the_article_or_in_a_rubric_above_it_stay() -> None:
    inside = "تطبيق القانون"
    found = reasons("\n".join([HEADLINE, "تطبيق جديد", BODY_AR, inside, BODY_AR2]))
    assert inside not in found
    assert "تطبيق جديد" not in found  # one page word in two, above the article
    found = reasons("\n".join([HEADLINE, "مدة القراءة 5 دقائق", BODY_AR, BODY_AR2]))
    assert found.get("مدة القراءة 5 دقائق") == "furniture:page"


def test_bylines_under_the_headline_are_kept_aside_with_the_header() -> None:
    for byline in ("كتب محمود حسن", "بقلم سامي علي", "كونا + وكالات", "A+ A-"):
        found = reasons("\n".join([HEADLINE, byline, BODY_AR, BODY_AR2]))
        assert found.get(byline) == "header:byline", (byline, found)


def test_fixture_lists_and_figures_under_a_headline_are_no_bylines() -> None:
    fixtures = ["الهلال - النصر", "الاتحاد - الأهلي", "الشباب - الفتح", "التعاون - الرائد"]
    found = reasons("\n".join([HEADLINE, *fixtures, "مباريات الجولة المقبلة", BODY_AR]))
    assert not any(found.get(line) == "header:byline" for line in fixtures), found
    found = reasons("\n".join([HEADLINE, "الهلال 2 - النصر 1", BODY_AR]))
    assert found.get("الهلال 2 - النصر 1") != "header:byline"


def test_photo_captions_between_paragraphs_go() -> None:
    for caption in ("رجال الإنقاذ في موقع الانهيار - أ ف ب", "جانب من الاحتفال",
                    "صورة أرشيفية", "(أرشيف - رويترز)"):
        found = reasons("\n".join([HEADLINE, BODY_AR, caption, BODY_AR2]))
        assert found.get(caption) == "furniture:caption", (caption, found)


def test_a_source_credit_alone_or_a_sentence_is_no_caption() -> None:
    for line in ("(رويترز)", "وقال شهود إن القوات انسحبت من المدينة (رويترز)."):
        found = reasons("\n".join([HEADLINE, BODY_AR, line, BODY_AR2]))
        assert line not in found, line


def test_a_caption_below_the_last_paragraph_does_not_close_the_page() -> None:
    closing = "مع تحيات المحرر العام للصحيفة اليومية"
    found = reasons("\n".join([BODY_AR, BODY_AR2, "جانب من الاحتفال", closing]))
    assert found.get("جانب من الاحتفال") == "furniture:caption"
    assert closing not in found


def test_a_starred_or_quoting_closing_note_is_no_navigation() -> None:
    for note in ("* خدمة «لوموند»", "*کارشناس اقتصادی"):
        body = BODY_FA if "کارشناس" in note else BODY_AR
        found = reasons("\n".join([body, body, note]))
        assert note not in found, (note, found)


def test_a_dashed_line_longer_than_the_line_above_is_the_headline_not_a_byline() -> None:
    kicker = "برای مهار شیوع آنفلوانزای پرندگان"
    headline = "محور ارتباطی جلفا - پلدشت مسدود شد"
    found = reasons("\n".join(["صفحه اصلی", kicker, headline, BODY_FA, BODY_FA]))
    assert found.get(headline) != "header:byline", found


def test_more_than_three_byline_slots_under_a_headline_are_no_bylines() -> None:
    """Review, session 20: a run of four "A - B" slots is more than a byline's
    (``BYLINE_MAX_LINES``), even with the first paragraph right under it."""
    slots = ["جدة - واس", "الرياض - كونا", "دبي - وام", "القاهرة - أ ش أ"]
    found = reasons("\n".join([HEADLINE, *slots, BODY_AR, BODY_AR2]))
    assert not any(found.get(slot) == "header:byline" for slot in slots), found
    found = reasons("\n".join([HEADLINE, *slots[:3], BODY_AR, BODY_AR2]))
    assert all(found.get(slot) == "header:byline" for slot in slots[:3]), found


def test_a_long_line_of_related_words_below_the_article_is_the_pages_not_a_heading() -> None:
    """Review, session 20: a related heading is short (``RELATED_MAX_WORDS``); a longer
    line of the same words is the page's furniture, which heads no list."""
    line = "مقالات ومواضيع متعلقة ذات صلة بالخبر"
    found = reasons("\n".join([BODY_AR, BODY_AR2, line]))
    assert found.get(line) == "furniture:page", found
