"""The article's closer: "link to this article" lines and the headline they repeat."""

from __future__ import annotations

from khabar.clean import clean

TITLE_AR = "وزير الصحة يفتتح مستشفى جديدا في المدينة المنورة"
BODY_AR = ("افتتح وزير الصحة اليوم مستشفى جديدا في المدينة المنورة بسعة خمسمائة سرير، "
           "وذلك ضمن خطة الوزارة لتوسيع الخدمات الصحية في المنطقة.")
TITLE_FA = "افتتاح بیمارستان جدید در شهر مشهد با حضور وزیر بهداشت"
BODY_FA = ("وزیر بهداشت امروز در سفر به مشهد بیمارستان جدیدی را با ظرفیت پانصد تخت افتتاح "
           "کرد و گفت این طرح بخشی از برنامه گسترش خدمات درمانی است.")


def removed(raw: str, title: str | None = None) -> dict[str, str]:
    return {raw[r.raw_start:r.raw_end].strip(): r.reason for r in clean(raw, title).removed}


def test_a_closer_on_its_own_line_goes_with_the_headline_it_repeats() -> None:
    closer = f"رابط المقال في جريدة الخليج اليوم: {TITLE_AR}"
    raw = "\n".join([BODY_AR, closer])
    result = clean(raw, TITLE_AR)
    assert removed(raw, TITLE_AR).get(closer) == "furniture:link"
    assert result.text == BODY_AR


def test_a_closer_glued_to_the_last_paragraph_is_cut_from_it() -> None:
    closer = f"رابط الخبر بجريدة الخليج: {TITLE_AR}"
    raw = f"{BODY_AR} {closer}"
    result = clean(raw, TITLE_AR)
    assert result.text == BODY_AR
    cut = [r for r in result.removed if r.reason == "furniture:link"]
    assert [raw[r.raw_start:r.raw_end] for r in cut] == [closer]
    assert result.offsets.span(0, len(BODY_AR)) == (0, len(BODY_AR))


def test_a_persian_closer_with_a_url_goes() -> None:
    closer = "لینک خبر: https://www.example.ir/news/12345"
    raw = "\n".join([TITLE_FA, BODY_FA, closer])
    assert removed(raw).get(closer) == "furniture:link"


def test_the_headline_near_exact_counts_without_a_title_shape() -> None:
    # a long headline with a full stop inside it is no title-like rest, but it is the
    # headline again (one word's ending differs)
    title = "الأمير يستقبل السفراء. ويبحث معهم العلاقات الثنائية بين المملكة ودولهم"
    closer = "رابط الخبر: الأمير يستقبل السفراء. ويبحث معهم العلاقات الثنائية بين المملكة ودوله"
    raw = "\n".join([BODY_AR, closer])
    assert removed(raw, title).get(closer) == "furniture:link"


def test_the_phrase_inside_a_sentence_cuts_only_a_repeated_headline() -> None:
    prose = f"{BODY_AR} ونشر الوزير رابط الخبر على حسابه وقال: شكرا لكل من ساهم"
    assert clean(prose, TITLE_AR).text == prose
    glued = f"{BODY_AR} ونشر رابط الخبر على حسابه: {TITLE_AR}"
    assert clean(glued, TITLE_AR).text == f"{BODY_AR} ونشر"


def test_a_closer_above_the_last_paragraph_is_the_article_own() -> None:
    line = "رابط الخبر: الوزير يتفقد المستشفى"
    raw = "\n".join([BODY_AR, line, BODY_AR.replace("اليوم", "أمس")])
    assert line in clean(raw).text


def test_a_long_sentence_after_the_colon_is_no_closer() -> None:
    rest = ("وزارة الصحة تعلن عن خطة جديدة. وتشمل الخطة بناء عشرة مستشفيات في مناطق "
            "المملكة خلال السنوات الخمس المقبلة")
    line = f"رابط الخبر: {rest}"
    raw = "\n".join([BODY_AR, line])
    assert line in clean(raw, TITLE_AR).text


def test_the_headline_alone_at_the_end_stays() -> None:
    # op-eds and poems end with the line that gave them their title (below the header
    # zone, where a copy is the headline's own repeat)
    raw = "\n".join([*[BODY_AR] * 8, TITLE_AR])
    assert clean(raw, TITLE_AR).text == raw


def test_a_closer_cut_from_a_line_that_goes_whole_is_not_removed_twice() -> None:
    # the closer is cut first, then the line's rest is an end marker and the line goes:
    # the removed spans do not overlap
    raw = "\n".join([BODY_AR, f"-انتهى- رابط الخبر بجريدة الخليج: {TITLE_AR}"])
    result = clean(raw, TITLE_AR)
    assert result.text == BODY_AR
    spans = [(r.raw_start, r.raw_end) for r in result.removed]
    assert spans == [(len(BODY_AR) + 1, len(raw))]
    assert [r.reason for r in result.removed] == ["furniture:end"]
