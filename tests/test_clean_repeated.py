"""Furniture learned per outlet: lines many of one source's articles repeat."""

from __future__ import annotations

import pytest

from khabar.clean.boilerplate import clean
from khabar.clean.repeated import MAX_SENTENCE_WORDS, RepeatedLines, line_key

MENU = "صفحه اصلی | سیاسی | اقتصادی | ورزشی"
CLOSER = "اشتراک گذاری در تلگرام"


TOPICS = ["نفت", "بورس", "باران", "انتخابات", "مدرسه", "فوتبال", "قیمت", "سفر", "کتاب",
          "بیمارستان", "دانشگاه", "مرز", "قطار", "بازار", "زلزله", "سینما", "آب", "برق",
          "گندم", "پل", "فرودگاه", "موزه", "جاده"]


def _article(number: int, extra: tuple[str, ...] = ()) -> str:
    # news lines differ from article to article (in words, not only in numbers, which
    # line_key folds); the template lines do not
    topic, other = TOPICS[number % len(TOPICS)], TOPICS[(number * 5 + 1) % len(TOPICS)]
    return "\n".join([*extra, f"خبر {topic} و {other}",
                      f"متن خبر {topic} با جزئیات تازه درباره {other} آمده است."])


def _learned(articles: list[str], source: str = "fars") -> RepeatedLines:
    return RepeatedLines.from_articles((source, raw) for raw in articles)


@pytest.mark.parametrize(
    ("with_menu", "total", "furniture", "why"),
    [
        (20, 20, True, "in every article of the outlet"),
        (3, 15, True, "three articles and 20%: both bars met"),
        (4, 20, True, "four of twenty: exactly the share"),
        (3, 20, False, "3 of 20 is under the 20% share"),
        (2, 15, False, "two articles are never enough"),
        (14, 14, False, "too few articles from the source to learn anything (needs 15)"),
    ],
)
def test_a_line_is_furniture_when_it_repeats_enough(
    with_menu: int, total: int, furniture: bool, why: str
) -> None:
    articles = [_article(n, (MENU,) if n < with_menu else ()) for n in range(total)]
    assert _learned(articles).is_furniture("fars", MENU) is furniture, why


def test_news_lines_are_not_learned_and_sources_are_apart() -> None:
    learned = _learned([_article(n, (MENU,)) for n in range(20)])
    assert learned.is_furniture("fars", MENU)
    assert not learned.is_furniture("fars", _article(3).splitlines()[0])
    assert not learned.is_furniture("isna", MENU), "another outlet's template is its own"


def test_digits_and_spaces_are_folded() -> None:
    articles = [_article(n, (f"کد خبر: {1000 + n}",)) for n in range(20)]
    learned = _learned(articles)
    assert line_key("کد  خبر: ۴۸۳۴۶۲") == line_key("کد خبر: 12")
    assert learned.is_furniture("fars", "کد خبر: ۹۹۹")


def test_a_repeated_long_sentence_stays_news() -> None:
    sentence = " ".join(["واژه"] * (MAX_SENTENCE_WORDS + 1)) + "."
    learned = _learned([_article(n, (sentence,)) for n in range(20)])
    assert not learned.is_furniture("fars", sentence)


def test_clean_drops_learned_lines_with_their_reason() -> None:
    learned = _learned([_article(n, (MENU,)) for n in range(20)] + [_article(99)])
    raw = "\n".join([MENU, "سرتیتر خبر امروز", "متن کامل خبر امروز با جزئیات آمده است.",
                     CLOSER])
    plain = clean(raw)
    learned_clean = clean(raw, repeated=lambda line: learned.is_furniture("fars", line))
    assert MENU in plain.text or any(r.reason.startswith("header:") for r in plain.removed)
    assert MENU not in learned_clean.text
    reasons = {raw[r.raw_start : r.raw_end].strip(): r.reason for r in learned_clean.removed}
    assert reasons.get(MENU) in ("furniture:repeated", "header:masthead", "header:kicker")
    assert "متن کامل خبر امروز" in learned_clean.text, "the body is kept"


@pytest.mark.parametrize(
    ("min_articles", "dropped", "why"),
    [
        (0, False, "off by default: one article at a time, nothing learned"),
        (3, True, "on: the outlet's menu is learned from the articles before"),
    ],
)
def test_the_clean_stage_learns_per_source(min_articles: int, dropped: bool, why: str) -> None:
    from khabar.doc import Doc
    from khabar.pipeline import Pipeline
    from khabar.settings import Settings

    pipeline = Pipeline(Settings({"clean.repeated_min_articles": min_articles}),
                        stages=["khabar.clean.lines.v1"])
    docs = [pipeline(Doc(raw=_article(n, (MENU, "")), meta={"source": "fars"}))
            for n in range(20)]
    last = docs[-1]
    reasons = {last.raw[r.raw_start : r.raw_end].strip(): r.reason for r in last.removed}
    assert (reasons.get(MENU) == "furniture:repeated") is dropped, why
    other = pipeline(Doc(raw=_article(1, (MENU, "")), meta={"source": "isna"}))
    assert all(r.reason != "furniture:repeated" for r in other.removed), "sources apart"
