"""Topics of two reports of one home (session 23 (2026-12-07), issue 6): two Persian
reports join by shared keys only when a headline word of either is in the other's headline
or lead. A Hamshahri opinion column on the Lebanon war («دکتر مهدی مطهرنیا - عضو هیأت علمی
دانشگاه») shared Lebanon, Hezbollah and Israel with the news of Hezbollah's prisoner talks,
and joined (bench/data/story-pairs-dense.tsv)."""

from __future__ import annotations

from datetime import date

import pytest

from khabar.settings import Settings
from khabar.stories.cluster import StoryCandidate, best_story, candidate_from_record
from khabar.stories.topic import headline_words, is_credit_line

LEBANON, HEZBOLLAH, ISRAEL = "geonames:272103", "org:hezbollah", "org:رژيمصهيونيستي"
KEYS = frozenset({LEBANON, HEZBOLLAH, ISRAEL})


def _record(name: str, title: str | None, text: str, lang: str = "fa") -> dict[str, object]:
    return {"id": name, "lang": lang, "title": title, "text": text,
            "published": "2006-07-24T00:00:00+03:30"}


def _candidate(record: dict[str, object]) -> StoryCandidate:
    """The record's candidate with the keys the two reports share (their entities aside)."""
    found = candidate_from_record(record)
    return StoryCandidate(found.article_id, date(2006, 7, 24), KEYS | {f"per:{found.article_id}"},
                          found.lang, found.title, (), home=found.home,
                          headline=found.headline, lead=found.lead)


NEWS = _record("news", "موافقت حزب‌الله با گفت‌وگوی دولت لبنان در باره تبادل اسرا",
               "حزب‌الله لبنان با گفت‌وگوی دولت این کشور درباره تبادل اسرای رژیم صهیونیستی"
               " موافقت کرد.")
COLUMN = _record("column", "دکتر مهدی مطهرنیا - عضو هیأت علمی دانشگاه",
                 "جنگ سی و سه روزه نشان داد که معادلات منطقه دیگر به سود تل‌آویو نیست و"
                 " هر تحلیلگری باید پیامدهای آن را بسنجد.")
NOTE = _record("note", "قدرت حزب‌الله",
               "نیرویی که امروز در جنوب لبنان ایستاده است ریشه در دو دهه مقاومت دارد.")


@pytest.mark.parametrize(
    ("first", "second", "joined", "reason"),
    [
        (COLUMN, NEWS, False, "an opinion column and the news share three keys, no headline word"),
        (NOTE, NEWS, True, "«حزب‌الله» of the note's headline is in the news headline"),
        (_record("a", "دکتر مهدی مطهرنیا - عضو هیأت علمی دانشگاه", "جنگ سی و سه روزه", "ar"),
         _record("b", "موافقت حزب‌الله با گفت‌وگوی دولت لبنان", "حزب‌الله لبنان", "ar"), True,
         "no home (Arabic is many countries' press): compared as before"),
        (_record("c", None, "حزب‌الله لبنان با گفت‌وگوی دولت درباره تبادل اسرا موافقت کرد."),
         NEWS, True, "no title: the other's headline is met in its lead"),
    ],
)
def test_two_reports_of_one_home_join_only_when_they_name_one_topic(
        first: dict[str, object], second: dict[str, object], joined: bool, reason: str) -> None:
    a, b = _candidate(first), _candidate(second)
    assert (best_story(a, [("s", b)], Settings()) == "s") is joined, reason


def test_copies_of_one_home_join_whatever_their_headlines() -> None:
    text = " ".join(f"واژه{i}" for i in range(200))
    a = candidate_from_record(_record("a", "یک", text))
    b = candidate_from_record(_record("b", "دو", text))
    assert best_story(a, [("s", b)], Settings()) == "s"


@pytest.mark.parametrize(
    ("title", "credit"),
    [
        ("طرح: داوود کاظمی", True),
        ("عکس:گلناز بهشتی", True),
        ("منبع: اکونومیست- ترجمه: علی صباغیان", True),
        ("مرضیه سبزعلیان عکس: عطا الله طاهر کناره", True),
        ("مشرف: یونیفورم پوست دوم من است", False),  # a quote's speaker, not a credit
        ("عکس اختصاصی از جام جهانی", False),  # no colon: a photo feature's headline
        (None, False),
    ],
)
def test_a_credit_line_is_no_headline(title: str | None, credit: bool) -> None:
    assert is_credit_line(title) is credit


def test_a_report_titled_by_a_credit_line_is_headlined_by_its_lead() -> None:
    """Hamshahri's marriage-loan report, titled by its illustrator's credit, and a comment
    on the loans of the same day: the lead's «وام ازدواج» is the report's topic."""
    text = "سرانجام پس از مدتی وقفه، پرداخت وام ازدواج از سوی شهرداری تهران از سر گرفته شد."
    assert {"وام", "ازدواج"} <= headline_words("طرح: داوود کاظمی", text)
    report = candidate_from_record(_record("report", "طرح: داوود کاظمی", text))
    comment = candidate_from_record(_record(
        "comment", "دلخوشی کوچک زندگی", "داستان وام ازدواج هم در جامعه ما بیشتر شبیه"
        " کاریکاتور شده است."))
    keys = frozenset({"org:شهرداريتهران", "per:mahmoud-ahmadinejad"})
    a, b = (StoryCandidate(c.article_id, date(2006, 4, 12), keys, "fa", c.title, (),
                           home=c.home, headline=c.headline, lead=c.lead)
            for c in (report, comment))
    assert best_story(a, [("s", b)], Settings()) == "s"
