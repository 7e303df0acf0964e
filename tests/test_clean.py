"""Line cleaning: furniture out with a reason, header and title found, body kept to the char."""

from __future__ import annotations

from pathlib import Path

import pytest
from doc_builders import BODY_FA, BODY_FA_2
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.clean import Cleaned, clean
from khabar.clean.boilerplate import line_reason
from khabar.clean.lines import split_lines
from khabar.clean.patterns import is_dateline, phrases
from khabar.doc import Doc
from khabar.pipeline import Pipeline
from khabar.resources import RESOURCES

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"

BODY_AR = (
    "أكد رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية اليوم ضرورة تعزيز التعاون "
    "العسكري بين البلدين في مواجهة الإرهاب وتأمين الحدود المشتركة."
)


def one_line(text: str) -> str | None:
    return line_reason(split_lines(text + "\n")[0])


FURNITURE = [
    ("انتهای پیام/ 271", "furniture:end", "end marker with the desk number"),
    ("انتهاي پيام", "furniture:end", "Arabic yeh in a Persian phrase"),
    ("(انتهای پیام)", "furniture:end", "in brackets"),
    ("بستن \u00a0 چاپ", "furniture:share", "odd spacing"),
    ("پربیننده ها", "furniture:related", "ZWNJ lost as a space; a most-read list follows"),
    ("پربیننده‌ها", "furniture:related", "with its ZWNJ"),
    ("الأكثر قراءة", "furniture:related", "most read: titles of other articles follow"),
    ("نظر شما", "furniture:comments", "comment box"),
    ("آدرس ایمیل خود را با فرمت مناسب وارد نمایید.", "furniture:form", "form help"),
    ("کد خبر: ۴۸۳۴۶۲", "meta:news-id", "labelled news id"),
    ("کد خبر ۴۸۳۴۶۲", "meta:news-id", "news id without its colon"),
    ("مطالب مرتبط سرلشکر باقری وارد پاکستان شد", "furniture:related", "link list on one line"),
    ("إقرأ أيضا .. اللواء باقري: التطورات الأخيرة", "furniture:related", "Arabic teaser"),
    ("اقرأ ايضاً: عنوان آخر", "furniture:related", "hamza and tanwin spelled otherwise"),
    ("جميع الحقوق محفوظة © 2025", "furniture:copyright", "Arabic copyright"),
    ("http://www.khozestan-online.ir/fa/News/1033126/سرلشکر", "furniture:url", "bare URL"),
    ("www.irna.ir", "furniture:url", "URL without scheme"),
    ("* * *", "furniture:symbols", "a rule"),
    ("انتهاي‌پيام/م*", "furniture:end", "end marker with a desk code"),
    ("...المزيد", "furniture:navigation", "a 'more' link"),
    ("", "blank", "empty"),
    ("  \u200f ", "blank", "only spaces and bidi marks"),
]

NOT_FURNITURE = [
    ("نظر شما درباره این طرح چیست؟", "a question that starts like the comment box"),
    ("مطالب مرتبطی که منتشر شد نادرست بود", "the phrase is not a whole word here"),
    ("آخرین اخبار از جبهه حاکی از پیشروی است", "a body line that starts like navigation"),
    ("منبع: ایرنا", "a source credit is kept for the attribution stage"),
    ("افغانستان و همفکری ایران و پاکستان", "a subheading"),
    ("العالم يتغير بسرعة", "an Arabic line that starts with the outlet's name"),
    ("انتهای پیامبر", "not the end marker: the word goes on"),
    ("361 /95", "numbers (a table row) are content"),
]


@pytest.mark.parametrize(("line", "reason", "why"), FURNITURE)
def test_furniture_lines(line: str, reason: str, why: str) -> None:
    assert one_line(line) == reason, why


@pytest.mark.parametrize(("line", "why"), NOT_FURNITURE)
def test_body_lines_are_not_furniture(line: str, why: str) -> None:
    assert one_line(line) is None, why


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("دوشنبه 1 بهمن 1403 - 09:53:26", True),
        ("الإثنين ٢٠ يناير ٢٠٢٥ - ٠٣:٥٦ بتوقيت غرينتش", True),
        ("۱۴۰۳/۱۱/۰۱", True),
        ("12 October 2021", True),
        ("حمله به اسرائیل در ۱۳ فروردین با موشک‌های بالستیک", False),  # a headline with a date
        ("سردار سلامی با ژنرال سید عاصم منیر دیدار کرد", False),
    ],
)
def test_datelines(line: str, expected: bool) -> None:
    assert is_dateline(line) is expected


def test_phrase_list_parses_and_has_a_source_note() -> None:
    assert len(phrases()) > 50
    assert all(p.key for p in phrases())
    assert (RESOURCES / "clean" / "SOURCE.md").exists()


def reasons(result: Cleaned, raw: str) -> dict[str, str]:
    """Removed text (stripped) -> reason, blanks left out."""
    found = {raw[r.raw_start : r.raw_end].strip(): r.reason for r in result.removed}
    return {text: reason for text, reason in found.items() if reason != "blank"}


def test_persian_article_with_kicker_dateline_and_tail() -> None:
    raw = "\n".join(
        [
            "سرلشکر باقری:",
            "",
            "همکاری ایران و پاکستان گسترش می‌یابد",
            "دوشنبه ۱ بهمن ۱۴۰۳ - ۰۹:۵۳",
            BODY_FA,
            "",
            BODY_FA_2,
            "انتهای پیام/ 123",
            "مطالب مرتبط عنوان یک عنوان دو",
            "http://example.ir/news/1",
            "بستن چاپ",
        ]
    )
    result = clean(raw)
    assert result.title == "همکاری ایران و پاکستان گسترش می‌یابد"
    assert result.title_span is not None
    assert raw[slice(*result.title_span)] == result.title
    assert result.text == f"{BODY_FA}\n{BODY_FA_2}"
    assert reasons(result, raw) == {
        "سرلشکر باقری:": "header:kicker",
        "همکاری ایران و پاکستان گسترش می‌یابد": "header:headline",
        "دوشنبه ۱ بهمن ۱۴۰۳ - ۰۹:۵۳": "header:dateline",
        "انتهای پیام/ 123": "furniture:end",
        "مطالب مرتبط عنوان یک عنوان دو": "furniture:related",
        "http://example.ir/news/1": "furniture:url",
        "بستن چاپ": "furniture:share",
    }
    assert [raw[s:e] for s, e in result.header] == [
        "سرلشکر باقری:",
        "همکاری ایران و پاکستان گسترش می‌یابد",
        "دوشنبه ۱ بهمن ۱۴۰۳ - ۰۹:۵۳",
    ]


def test_arabic_article_with_repeated_title_and_masthead() -> None:
    title = "تأكيد إيراني باكستاني على مواجهة الإرهاب"
    raw = f"{title}\r\n\r\n{title}\r\nالعالم - ايران\r\n{BODY_AR}\r\nإقرأ أيضا .. عنوان\r\n"
    result = clean(raw)
    assert result.title == title
    assert result.text == BODY_AR
    found = reasons(result, raw)
    assert found["العالم - ايران"] == "header:masthead"
    assert found["إقرأ أيضا .. عنوان"] == "furniture:related"
    assert sorted(r.reason for r in result.removed if r.reason.endswith("title")) == [
        "duplicate-title"
    ]


def test_title_glued_to_the_first_body_line_is_cut() -> None:
    """The headline repeated, space-insensitively, at the start of a body line (seed 001)."""
    title = "تعاملات نظامی ایران و پاکستان گسترش بیشتری مییابد"
    raw = f"{title}\n\nتعاملات نظامی ایران و پاکستان گسترش بیشتری می یابدبه گزارش {BODY_FA}"
    result = clean(raw)
    assert result.text == f"به گزارش {BODY_FA}"
    cut = [r for r in result.removed if r.reason == "duplicate-title"]
    assert len(cut) == 1
    assert raw[cut[0].raw_start : cut[0].raw_end].endswith("می یابد")


def test_lead_sentence_that_starts_with_the_title_is_kept_whole() -> None:
    """Regression: a lead repeating the headline's words, then a space, is not cut."""
    title = "پاکستان کے سفیان خان نے ہاکی کا ایوارڈ جیت لیا"
    body = f"{title}۔ ہاکی فیڈریشن کا سالانہ ایوارڈ گالا مسقط میں ہوا جس میں انہیں ایوارڈ ملا۔"
    result = clean(f"{title}\n{body}")
    assert result.title == title
    assert result.text == body


def test_hard_wrapped_text_keeps_its_first_lines() -> None:
    """Regression: the first line of a paragraph wrapped at ~80 characters is no headline."""
    raw = "\n".join(
        [
            "بیمه مرسولات پستی",
            "گروه شهری: شرکت ملی پست برای بالا بردن ضریب ایمنی بسته‌ها در راستای طرح",
            "تکریم مشتری، همه مرسولات شامل امانات و بسته‌های کوچک و اسناد بهادار را",
            "با قراردادی با یک شرکت بیمه از ابتدای ماه آینده بیمه می‌کند.",
        ]
    )
    result = clean(raw)
    assert result.title is None
    assert result.text == raw


def test_a_list_of_dashed_pairs_is_not_a_masthead() -> None:
    """Regression: fixtures ("team - team" lines) near the top stay in the body."""
    fixtures = ["شهرداری سمنان - راهیان کرمانشاه", "کارون اهواز - شهرداری جویبار"]
    result = clean("\n".join([BODY_FA, *fixtures, BODY_FA_2]))
    assert result.text.split("\n")[1:3] == fixtures


def test_known_title_from_ingest() -> None:
    """With a title from ingest only the line that says it is taken out."""
    raw = f"پیام خوزستان\nعنوان خبر\n{BODY_FA}"
    result = clean(raw, title="عنوان  خبر ")
    assert result.title == "عنوان  خبر"
    assert result.text == f"پیام خوزستان\n{BODY_FA}"
    assert result.title_span == (raw.index("عنوان"), raw.index("عنوان") + len("عنوان خبر"))


def test_known_title_absent_from_text_strips_nothing() -> None:
    raw = f"سرلشکر باقری:\nسطر دوم کوتاه\n{BODY_FA}"
    result = clean(raw, title="عنوانی دیگر")
    assert result.title == "عنوانی دیگر" and result.title_span is None
    assert result.text == raw


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        ("یک جمله کوتاه", "one short line"),
        ("عنوان\nمتن کوتاه", "no paragraph of running text follows"),
        ("یک. دو.\n\nسه", "a line ending with a full stop is no headline"),
        (BODY_FA, "a paragraph alone"),
    ],
)
def test_no_title_without_a_body(raw: str, why: str) -> None:
    result = clean(raw)
    assert result.title is None, why
    assert result.text == raw.replace("\n\n", "\n"), why


def test_trailing_navigation_goes_but_a_last_short_paragraph_stays() -> None:
    raw = f"{BODY_FA}\nآرشیو\nصفحه نخست"
    assert clean(raw).text == BODY_FA
    assert clean(f"{BODY_FA}\nپایان جلسه اعلام شد.").text == f"{BODY_FA}\nپایان جلسه اعلام شد."


def body_and_removed_cover_raw(raw: str, result: Cleaned) -> None:
    """Every non-space raw character is in the body or in a removed stretch, not both."""
    in_body = set()
    for i, ch in enumerate(result.text):
        start, end = result.offsets.span(i, i + 1)
        if ch != "\n":
            assert end == start + 1 and raw[start] == ch
            in_body.add(start)
    removed = set()
    for r in result.removed:
        removed.update(range(r.raw_start, r.raw_end))
    assert not in_body & removed
    for i, ch in enumerate(raw):
        if not (ch.isspace() or ch in "\u200c\u200f\u200e\ufeff"):
            assert i in in_body or i in removed, (i, ch)
    for start, end in result.header:
        assert any(r.raw_start <= start and end <= r.raw_end for r in result.removed)


EXPECTED_TITLES = {
    "000": "سرلشکر باقری: افزایش همکاریهای ایران و پاکستان در مبارزه با تروریسم/ "
    "تحولات غزه مصیبت صهیونیستها و اعتلای اسلام را رقم زد",
    "001": "تعاملات نظامی- دفاعی ایران و پاکستان گسترش بیشتری مییابد",
    "002": "تأكيد إيراني باكستاني على مواجهة العناصر الإرهابية لتأمين الحدود المشتركة",
    "003": None,  # its headline is glued into the body's first line
    "004": "سردار سلامی با ژنرال سید عاصم منیر دیدار کرد",
}

EXPECTED_REMOVED = {
    "000": {"پیام خوزستان", "انتهای پیام/ 271", "بستن\u00a0\u00a0\u00a0چاپ"},
    "001": {"سرلشکر باقری:", "کد خبر: ۴۸۳۴۶۲", "انتهای پیام/ 241", "نظر شما", "پربیننده ها"},
    "002": {"العالم - ايران", "الإثنين ٢٠ يناير ٢٠٢٥ - ٠٣:٥٦ بتوقيت غرينتش"},
    "003": {"انتهای پیام/", "اخبار پیشنهادی", "تبادل نظر", "آخرین اخبار"},
    "004": set(),
}


def example(prefix: str) -> str:
    return next(EXAMPLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix", sorted(EXPECTED_TITLES))
def test_example_articles(prefix: str) -> None:
    raw = example(prefix)
    result = clean(raw)
    assert result.title == EXPECTED_TITLES[prefix]
    if result.title_span:
        assert raw[slice(*result.title_span)] == result.title
    removed = {raw[r.raw_start : r.raw_end].strip() for r in result.removed}
    assert EXPECTED_REMOVED[prefix] <= removed
    for furniture_text in EXPECTED_REMOVED[prefix] | {result.title or "\0"}:
        assert furniture_text not in result.text.split("\n")
    body_and_removed_cover_raw(raw, result)


def test_example_001_keeps_its_body_after_the_glued_title() -> None:
    text = clean(example("001")).text
    assert text.split("\n")[1].startswith("به گزارش گروه سایر رسانه")
    # the page's source credit goes (session 21), kept in ``removed`` for the sources
    assert "منبع: ایرنا" not in text.split("\n")


LINES = st.sampled_from(
    [
        "",
        "   ",
        "عنوان کوتاه خبر",
        "سرلشکر باقری:",
        "دوشنبه ۱ بهمن ۱۴۰۳ - ۰۹:۵۳",
        "العالم - ايران",
        "انتهای پیام/ 1",
        "نظر شما",
        "http://x.ir/1",
        "***",
        BODY_FA,
        BODY_AR,
        "  " + BODY_FA_2 + " \u200f",
        "منبع: ایرنا",
        "عنوان کوتاه خبر" + BODY_FA,
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(LINES, max_size=12), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_cleaning_invariants(lines: list[str], newline: str) -> None:
    raw = newline.join(lines)
    result = clean(raw)
    body_and_removed_cover_raw(raw, result)
    assert all(line and line == line.strip() for line in result.text.split("\n") if result.text)
    again = clean(raw)
    assert (again.text, again.title, again.header, again.removed) == (
        result.text, result.title, result.header, result.removed
    )
    spans = [result.offsets.span(i, i + 1) for i in range(len(result.text))]
    assert [again.offsets.span(i, i + 1) for i in range(len(again.text))] == spans


def test_stage_sets_doc_fields() -> None:
    raw = example("002")
    doc = Pipeline(stages=["khabar.clean.lines.v1"])(Doc(raw=raw))
    assert doc.title == EXPECTED_TITLES["002"]
    assert doc.header and doc.removed
    start = doc.text.index("اللواء")
    raw_start, raw_end = doc.raw_span(start, start + len("اللواء"))
    assert raw[raw_start:raw_end] == "اللواء"


def test_stage_uses_the_title_from_ingest() -> None:
    doc = Pipeline(stages=["khabar.clean.lines.v1"])(
        Doc(raw=f"عنوان خبر\n{BODY_FA}", meta={"title": "عنوان خبر"})
    )
    assert doc.title == "عنوان خبر" and doc.text == BODY_FA


def test_related_article_list_goes_and_running_text_after_it_stays() -> None:
    body = "سرلشکر باقری در دیدار با فرمانده ارتش پاکستان بر گسترش همکاری‌های دفاعی تأکید کرد."
    after = "وی همچنین گفت که دو کشور در مبارزه با تروریسم همکاری نزدیکی دارند و ادامه می‌دهند."
    raw = "\n".join([
        "دیدار سرلشکر باقری با فرمانده ارتش پاکستان", body, "مطالب مرتبط",
        "سفر هیئت نظامی ایران به اسلام‌آباد", "رزمایش مشترک دریایی در دریای عمان", after,
    ])
    result = clean(raw)
    reasons = {raw[r.raw_start:r.raw_end].strip(): r.reason for r in result.removed}
    assert reasons["سفر هیئت نظامی ایران به اسلام‌آباد"] == "furniture:related-list"
    assert reasons["رزمایش مشترک دریایی در دریای عمان"] == "furniture:related-list"
    assert body in result.text and after in result.text


@pytest.mark.parametrize(("text", "letters", "where"), [
    ("انتهای پیام/ 271", "انتهايپيام", (0, 1, 2, 3, 4, 5, 7, 8, 9, 10)),
    ("ﻻ ب", "لاب", (0, 0, 2)),  # a ligature leaves two letters at one position
    ("Ab1-c", "abc", (0, 1, 4)),
    ("", "", ()),
])
def test_key_keeps_the_position_of_every_letter(text: str, letters: str,
                                                where: tuple[int, ...]) -> None:
    from khabar.clean.patterns import key_of

    key = key_of(text)
    assert (key.letters, key.where) == (letters, where)


@pytest.mark.parametrize("clock", ["امروز: سه‌شنبه ۹ مهر ۱۴۰۲", "اليوم : السبت 3 مايو 2025"])
def test_the_sites_clock_on_top_is_furniture_not_the_dateline(clock: str) -> None:
    # the date the page was fetched («امروز:», "today:"), not the article's dateline
    dateline = "دوشنبه 1 بهمن 1403 - 09:53:26"
    raw = "\n".join([clock, "سرلشکر باقری: همکاری ایران و پاکستان گسترش می‌یابد", dateline,
                     BODY_FA])
    found = {raw[r.raw_start:r.raw_end].strip(): r.reason for r in clean(raw).removed}
    assert found[clock] == "furniture:clock"
    assert found[dateline] == "header:dateline"
