"""A print page's stacked header (session 19 (2026-12-06)): kicker, headline and byline
lines over the first paragraph are the header, not body text; a hard-wrapped lead is not."""

from __future__ import annotations

from khabar.clean import clean

PARAGRAPH = (
    "گروه اجتماعی: مدیرکل دفتر سلامت وزارت بهداشت دیروز در نشست خبری گفت که طرح تازه "
    "واکسیناسیون کودکان از هفته آینده در همه استان‌های کشور اجرا می‌شود و خانواده‌ها "
    "می‌توانند به مراکز بهداشت نزدیک خانه خود مراجعه کنند."
)
SECOND = "وی افزود که هزینه این طرح از محل بودجه عمومی دولت پرداخت می‌شود و رایگان است."


def test_long_kicker_headline_and_byline_over_the_first_paragraph() -> None:
    # the kicker has more than KICKER_MAX_WORDS words, so only the stack reads it
    raw = (
        "در آستانه آغاز سال تحصیلی تازه در مدارس کشور\n"
        "واکسن رایگان برای همه کودکان\n"
        "مریم احمدی\n"
        f"{PARAGRAPH}\n{SECOND}\n"
    )
    result = clean(raw)
    assert result.title == "واکسن رایگان برای همه کودکان"
    assert [raw[s:e] for s, e in result.header] == [
        "در آستانه آغاز سال تحصیلی تازه در مدارس کشور",
        "واکسن رایگان برای همه کودکان",
        "مریم احمدی",
    ]
    assert result.text.startswith("گروه اجتماعی:")
    assert any(r.reason == "header:byline" for r in result.removed)


def test_headline_and_byline_over_the_first_paragraph() -> None:
    raw = f"نگاهی تازه به طرح واکسیناسیون\nمریم احمدی\n{PARAGRAPH}\n{SECOND}\n"
    result = clean(raw)
    assert result.title == "نگاهی تازه به طرح واکسیناسیون"
    assert result.text.startswith("گروه اجتماعی:")


def test_rubric_over_a_one_word_headline_is_no_byline() -> None:
    # the last line is a byline only under a line at least as long
    raw = f"نگاه\nواکسیناسیون کودکان کشور\n{PARAGRAPH}\n"
    assert clean(raw).title == "واکسیناسیون کودکان کشور"


def test_hard_wrapped_lead_is_not_a_header() -> None:
    # lines of a paragraph wrapped at about 80 characters, the last one ending it
    raw = (
        "مدیرکل دفتر سلامت وزارت بهداشت دیروز در نشست خبری با خبرنگاران گفت که طرح\n"
        "تازه واکسیناسیون کودکان از هفته آینده در همه استان‌های کشور اجرا می‌شود\n"
        "و خانواده‌ها می‌توانند به مراکز بهداشت نزدیک خانه خود مراجعه کنند و واکسن بزنند.\n"
        f"{SECOND}\n"
    )
    result = clean(raw)
    assert result.title is None
    assert result.header == []
    assert result.text == raw.rstrip("\n")


def test_more_than_four_short_lines_are_no_stack() -> None:
    # a list or a poem over the paragraph, not a header
    raw = "واکسن رایگان\nبرای همه کودکان\nدر همه استان‌ها\nو شهرها\nو روستاها\n" + PARAGRAPH + "\n"
    assert clean(raw).title is None


def test_sentence_inside_a_short_line_stops_the_stack() -> None:
    raw = f"طرح تازه. اجرا می‌شود\nواکسن رایگان برای کودکان\n{PARAGRAPH}\n"
    assert clean(raw).title is None


def test_site_furniture_above_makes_a_web_page_not_a_print_stack() -> None:
    # a dumped web page: the lines between its furniture are the site's, no kicker
    raw = f"نسخه چاپی\nپربازدیدترین خبرهای امروز در سایت ما\nواکسن رایگان کودکان\n{PARAGRAPH}\n"
    result = clean(raw)
    assert result.title is None
    assert not {r.reason for r in result.removed} & {"header:kicker", "header:byline"}


def test_an_arabic_stack_is_not_taken() -> None:
    # the stack was checked on Persian print pages only; on Arabic text without a title
    # it mostly took a "name ـ city" byline for the headline (STACK_LANGUAGES)
    paragraph = (
        "قال المتحدث باسم وزارة الصحة في مؤتمر صحفي أمس إن حملة التطعيم الجديدة للأطفال "
        "ستبدأ الأسبوع المقبل في جميع مناطق المملكة وإن المراكز الصحية ستستقبل الأسر."
    )
    raw = (
        "في بداية العام الدراسي الجديد في مدارس المملكة\n"
        "تطعيم مجاني لجميع الأطفال\n"
        "محمد العتيبي\n"
        f"{paragraph}\nوأضاف أن تكلفة الحملة تتحملها الدولة بالكامل.\n"
    )
    assert clean(raw).title is None
