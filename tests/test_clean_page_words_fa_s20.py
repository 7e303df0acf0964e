"""Persian page furniture told by shape and the page's vocabulary (session 20, issue 3):
follow and app prompts at the article's edges,
bylines with the page's counters and reading time between them, captions labelled or
closed by a bracketed credit, and copyright notices opened by ©. The lines are written
for the tests, in wordings no furniture table holds."""

from __future__ import annotations

from khabar.clean import clean
from khabar.clean.page_words import word_kind

BODY = ("سرلشکر باقری در دیدار با فرمانده ارتش پاکستان بر گسترش همکاری‌های دفاعی "
        "دو کشور در مبارزه با تروریسم تأکید کرد.")
BODY2 = ("وی افزود: دو کشور در هفته‌های آینده نشست مشترکی در اسلام‌آباد برگزار می‌کنند "
         "و درباره امنیت مرزهای مشترک گفت‌وگو خواهند کرد.")
HEADLINE = "تأکید ایران و پاکستان بر گسترش همکاری‌های دفاعی"
TITLES = ["افتتاح نمایشگاه بین‌المللی کتاب در مصلای تهران",
          "برگزاری نشست شورای شهر درباره طرح ترافیک جدید"]


def reasons(raw: str, title: str | None = None) -> dict[str, str]:
    return {raw[r.raw_start:r.raw_end].strip(): r.reason for r in clean(raw, title).removed}


def test_follow_and_app_prompts_below_the_article_go() -> None:
    for prompt in ("شبکه نمونه را در فیسبوک، ایکس و یوتیوب دنبال کنید",
                   "اپلیکیشن نمونه را از گوگل پلی دانلود کنید"):
        found = reasons("\n".join([HEADLINE, BODY, BODY2, prompt]))
        assert found.get(prompt) == "furniture:page", (prompt, found)


def test_the_articles_own_short_lines_with_a_page_word_stay() -> None:
    # «زمان» is a page word (reading time): with «دنبال» a print headline went
    for line in ("به دنبال زمان گمشده", "محتوای کتاب‌های درسی"):
        found = reasons("\n".join([line, BODY, BODY2]))
        assert found.get(line, "header:").startswith("header:"), (line, found)
        found = reasons("\n".join([HEADLINE, BODY, BODY2, line]))
        assert line not in found, (line, found)


def test_persian_bylines_under_the_headline_with_page_slots_between() -> None:
    # the headline known (a feed's title): without it the header reads the page's
    # slots under the headline as a stacked header of its own
    for byline in ("نویسنده: علی احمدی", "ترجمه: سارا کریمی", "گزارش از رضا مرادی"):
        raw = "\n".join([HEADLINE, byline, "۳۴۵ بازدید", "زمان مطالعه: ۳ دقیقه", BODY, BODY2])
        found = reasons(raw, HEADLINE)
        assert found.get(byline) == "header:byline", (byline, found)


def test_labelled_and_bracket_credited_captions_between_paragraphs_go() -> None:
    for caption in ("توضیح تصویر، نیروهای امدادی در محل حادثه",
                    "منبع تصویر، Getty Images",
                    "نیروهای امدادی در محل حادثه (عکس از آرشیو)",
                    "رجال الإنقاذ في موقع الانهيار (رويترز)"):
        found = reasons("\n".join([HEADLINE, BODY, caption, BODY2]))
        assert found.get(caption) == "furniture:caption", (caption, found)


def test_source_credits_stay() -> None:
    for line in ("منبع: ایرنا", "(رويترز)", "منبع خبر: ایرنا"):
        found = reasons("\n".join([HEADLINE, BODY, line, BODY2]))
        assert line not in found, (line, found)


def test_a_copyright_notice_of_sentences_goes_and_opens_the_edge_above_it() -> None:
    # long enough to read as running text, it would hide the prompt above it
    notice = ("© ۲۰۲۳ رسانه نمونه. این رسانه هیچ مسئولیتی در قبال محتوای پیوندهای بیرونی "
              "و سایت‌های دیگر ندارد.")
    prompt = "رسانه نمونه را در اینستاگرام دنبال کنید"
    found = reasons("\n".join([HEADLINE, BODY, BODY2, prompt, notice]))
    assert found.get(notice) == "furniture:copyright", found
    assert found.get(prompt, "").startswith("furniture:"), found


def test_a_read_also_box_inside_the_article_takes_its_titles_not_the_articles_lines() -> None:
    raw = "\n".join([HEADLINE, BODY, "بیشتر بخوانید:", *TITLES, BODY2])
    found = reasons(raw, HEADLINE)
    assert all(found.get(title) == "furniture:related-list" for title in TITLES), found
    results = ["گل: علی کریمی ۲۱", "سایپا صفر - مس کرمان صفر", "پیکان یک - نفت دو",
               "گل: رضا احمدی ۸۸", "داور: محمد حسینی"]
    raw = "\n".join([HEADLINE, BODY, "بیشتر بخوانید:", *results, BODY2])
    found = reasons(raw, HEADLINE)
    assert not any(found.get(line) == "furniture:related-list" for line in results), found


def test_a_read_also_line_with_its_link_inside_the_article_lists_nothing_more() -> None:
    link = "بیشتر بخوانید: " + TITLES[0]
    raw = "\n".join([HEADLINE, BODY, link, TITLES[1], BODY2])
    found = reasons(raw, HEADLINE)
    assert found.get(link) == "furniture:related", found
    assert TITLES[1] not in found, found


def test_a_short_copyright_notice_ending_a_sentence_goes() -> None:
    notice = "© ۱۴۰۲ رسانه نمونه. همه حقوق محفوظ است."
    found = reasons("\n".join([HEADLINE, BODY, BODY2, notice]))
    assert found.get(notice) == "furniture:copyright", found


def test_a_read_also_box_of_more_than_three_titles_inside_the_article_stays() -> None:
    """Review, session 20: four title-like lines between two paragraphs are the article's
    own list, not a "read also" box (``INLINE_LINKS_MAX``)."""
    titles = [*TITLES, "آغاز ثبت‌نام آزمون سراسری دانشگاه‌ها از هفته آینده",
              "کاهش قیمت میوه در میادین میوه و تره‌بار پایتخت"]
    raw = "\n".join([HEADLINE, BODY, "بیشتر بخوانید:", *titles, BODY2])
    found = reasons(raw, HEADLINE)
    assert not any(found.get(title) == "furniture:related-list" for title in titles), found
    raw = "\n".join([HEADLINE, BODY, "بیشتر بخوانید:", *titles[:3], BODY2])
    found = reasons(raw, HEADLINE)
    assert all(found.get(title) == "furniture:related-list" for title in titles[:3]), found


def test_a_most_discussed_heading_is_left_to_the_phrase_list() -> None:
    """Review, session 20: «پربحث‌ترین» was a page word found in held-out text only (none
    of the shared corpora or studied tables writes it), so it is no row of
    page_words.tsv; the phrase list's heading («پربحث‌ترین‌ها», boilerplate.tsv) still
    goes with its list."""
    assert word_kind("پربحث‌ترین") is None
    found = reasons("\n".join([BODY, BODY2, "پربحث‌ترین‌ها", *TITLES]))
    assert found.get("پربحث‌ترین‌ها") == "furniture:related", found
