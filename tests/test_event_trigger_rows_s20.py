"""Trigger rows of session 20 (2026-12-06), issue 6 (triggers_fa.tsv and triggers_ar.tsv under the
"Session 20 (2026-12-06), engineer lexicon" comments; SOURCE.md "Session 20 trigger rows"):
Persian blame and censure («سرزنش/مذمت کردن», ACCUSE), messages of congratulation and condolence
(«پیام تبریک/تسلیت», SUPPORT), armed clashes told by their noun («درگیری مسلحانه/خونین», ASSAULT);
Arabic arson of a house, a place of worship or a vehicle («أحرق ... منزلا», ASSAULT) and a
crossing or an airspace closed («أغلق ... المعبر», COERCE). Each case fails without its row; the
last cases hold the senses the unlabelled check left out. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import ar_triggers, fa_triggers

_ENTITIES_AR = [("مستوطنون", "ORG"), ("مصر", "LOC"), ("غزة", "LOC"), ("نابلس", "LOC"),
                ("كينيا", "LOC"), ("بنك اليابان", "ORG")]


def _ar(text: str) -> list[tuple[str, str | None]]:
    return ar_triggers(text, _ENTITIES_AR)


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("وزیر خارجه فرانسه دولت سوریه را به خاطر این حمله سرزنش کرد.", "ACCUSE", "سرزنش کرد"),
        ("رئیس جمهور روسیه اقدام آمریکا را مذمت کرد.", "ACCUSE", "مذمت کرد"),
        ("رئیس جمهور ایران پیام تبریک به رئیس جمهور جدید فرانسه فرستاد.", "SUPPORT",
         "پیام تبریک"),
        ("متن پیام تسلیت رئیس جمهور ایران به این شرح است.", "SUPPORT", "پیام تسلیت"),
        ("درگیری مسلحانه نیروهای فرانسوی با شورشیان ساحل عاج ادامه یافت.", "ASSAULT",
         "درگیری مسلحانه"),
        ("درگیری خونین نیروهای فرانسوی با ارتش ساحل عاج ادامه دارد.", "ASSAULT", "درگیری خونین"),
    ],
)
def test_a_persian_row_is_read(text: str, kind: str, trigger: str) -> None:
    assert (kind, trigger) in fa_triggers(text)


def test_a_quarrel_of_politicians_is_no_clash() -> None:
    """A bare «درگیری» is as often a quarrel («درگیری‌های بوش و کری»): only an armed, military
    or bloody one is an act of force."""
    kinds = [kind for kind, _ in fa_triggers("درگیری‌های انتخاباتی بوش و کری فشار زیادی وارد کرد.")]
    assert "ASSAULT" not in kinds


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("أحرق مستوطنون منزلا فلسطينيا في قرية قرب نابلس.", "ASSAULT",
         "أحرق مستوطنون منزلا"),
        ("وأحرقت عصابة من المستوطنين المسجد في قرية قرب نابلس.", "ASSAULT",
         "وأحرقت عصابة من المستوطنين المسجد"),
        ("أغلقت مصر معبر رفح مع غزة.", "COERCE", "أغلقت مصر معبر"),
        ("وأغلقت كينيا المجال الجوي عند وصول الرئيس.", "COERCE", "وأغلقت كينيا المجال الجوي"),
    ],
)
def test_an_arabic_row_is_read(text: str, kind: str, trigger: str) -> None:
    assert (kind, trigger) in _ar(text)


@pytest.mark.parametrize(
    "text",
    [
        "فإن بنك اليابان قد أحرق للتو الأشلاء الأخيرة لمصداقيته مع الأسواق.",
        "تعمدت ألا أحرق تفاصيل القصة بنشرها لكي يعود القارئ إلى الكتاب.",
    ],
)
def test_burning_a_credibility_or_a_story_is_no_arson(text: str) -> None:
    """«أحرق» is an arson only with what was set on fire (a house, a mosque, a car ...)."""
    assert "ASSAULT" not in [kind for kind, _ in _ar(text)]


# Review of 603fd97 (review_b, session 20): the senses left out, with names the entity
# stage finds, so that a bare row would have participants to fire with.


@pytest.mark.parametrize(
    "text",
    [
        "درگیری لفظی نمایندگان ایران و آمریکا در نشست سازمان ملل بالا گرفت.",
        "درگیری‌های سیاسی ایران و آمریکا در نشست سازمان ملل ادامه یافت.",
    ],
)
def test_a_quarrel_between_named_countries_is_no_clash(text: str) -> None:
    assert "ASSAULT" not in [kind for kind, _ in fa_triggers(text)]


def test_a_market_index_closing_is_no_closure() -> None:
    """«أغلق المؤشر»: a market index closes every trading day; only a crossing or an
    airspace closed restricts anyone."""
    text = "وأغلق المؤشر العام لسوق الأسهم السعودية مرتفعا 30 نقطة."
    assert "COERCE" not in [kind for kind, _ in ar_triggers(text, [("سوق الأسهم السعودية", "ORG")])]
