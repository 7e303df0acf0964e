"""Persian events the lexicon missed for their word order or light verb, and attacks a
killing headline vouches for (session 19 (2026-12-06), issue 6, engineer events_recall_fa;
triggers_fa.tsv and headline_nouns_fa.tsv, "Session 19" rows). Sentences written for these
tests."""

from __future__ import annotations

import pytest

import khabar
from khabar.entities.gazetteer import words
from khabar.events.headline_acts import nominal_kinds

PUBLISHED = "2025-01-20"


def _events(text: str, title: str | None = None) -> list[tuple[str, str | None]]:
    doc = khabar.process(text, meta={"date": PUBLISHED, "title": title})
    return [(e.type, e.mode) for e in doc.events]


@pytest.mark.parametrize(
    "text",
    [
        # the predicate adjective «محکوم» before its «به» complement, active and passive
        "دادگاه انقلاب تهران روز گذشته محمد رضایی را محکوم به اعدام کرد.",
        "علی کریمی به اتهام قتل محکوم به پنج سال زندان شد.",
        "دادگاه کیفری دو متهم را محکوم به پرداخت جزای نقدی کرد.",
    ],
)
def test_convicted_adjective_first(text: str) -> None:
    assert ("SANCTION", "convict") in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        # a law's penalty in the present tense: no sentence passed
        "بر اساس این قانون افرادی که پیغام‌های خطرناک ارسال کنند، محکوم به حبس می‌شوند.",
        # «محکوم به شکست» 'doomed to fail' names no penalty
        "این طرح از ابتدا محکوم به شکست بود.",
    ],
)
def test_no_conviction(text: str) -> None:
    assert not any(kind == "SANCTION" for kind, _ in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "نظامیان اسرائیلی دیروز دو جوان فلسطینی را در نابلس به شهادت رساندند.",
        "نیروهای ارتش عراق در این عملیات ده‌ها تروریست را به هلاکت رساندند.",
    ],
)
def test_killing_causative(text: str) -> None:
    assert any(kind == "ASSAULT" for kind, _ in _events(text))


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("کشته شدن 13 پلیس عراقی در موصل", "ASSAULT"),
        ("شهادت یک کودک فلسطینی در نابلس", "ASSAULT"),
        ("قتل صاحبخانه به خاطر 14 هزار تومان", "ASSAULT"),
        ("دستگیری 8 سارق در زنجان", "COERCE"),  # an older row, unchanged
    ],
)
def test_killing_heads_vouch_for_an_attack(title: str, kind: str) -> None:
    assert kind in nominal_kinds(words(title))


SOURCE_TOLD = ("به گزارش فارس، یک منبع امنیتی در موصل گفت: افراد مسلح ناشناس ظهر امروز به یک"
               " ایست بازرسی ارتش عراق در جنوب غرب موصل حمله کردند.")


def test_attack_told_by_a_source_under_a_killing_headline() -> None:
    """The attack is told only in a source's words; the headline names the killing."""
    assert ("ASSAULT", None) in _events(SOURCE_TOLD, "کشته شدن 13 پلیس عراقی در موصل")


def test_attack_told_by_a_source_under_another_headline() -> None:
    """Under a headline naming no act the source's account stays speech, as before."""
    assert not any(kind == "ASSAULT" for kind, _ in
                   _events(SOURCE_TOLD, "گزارش تازه از وضعیت امنیتی موصل"))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وزارت خارجه روسیه روز گذشته مخالفت خود را با قطعنامه جدید آمریکا اعلام کرد.", "REJECT"),
        ("دولت پاکستان موافقت خود را با آزادی این رهبر طالبان اعلام کرد.", "AGREE"),
        ("سازمان ملل حمایت خود را از دولت عراق اعلام کرد.", "SUPPORT"),
        ("اتحادیه اروپا انتقاد خود را از نحوه برگزاری انتخابات قرقیزستان ابراز کرد.", "ACCUSE"),
    ],
)
def test_own_stance_announced(text: str, kind: str) -> None:
    """«NOUN خود را ... اعلام/ابراز کرد»: the subject's own stance, the act itself."""
    assert kind in [k for k, _ in _events(text)]


def test_another_partys_stance_announced() -> None:
    """Without «خود» the speaker reports another's stance: no act of the subject."""
    assert not _events("سخنگوی وزارت خارجه مخالفت دولت را با این طرح اعلام کرد.")
