"""Reports in two languages: headline words cannot meet, so the share of the smaller
report's script-neutral keys the two hold stands in for the headlines' containment."""

from __future__ import annotations

from datetime import date

import pytest

from khabar.settings import Settings
from khabar.stories.cluster import (
    StoryCandidate,
    best_story,
    joins,
    key_containment,
    overlap,
    record_keys,
)
from khabar.stories.core import fits_core
from khabar.stories.names import skeleton_key

ASIR, SAU, KWT = "iso3166-2:SA-14", "geonames:102358", "geonames:285570"
ASSAULT = "event:ASSAULT"
EXTRA = frozenset({"org:وزارهالداخليه", "num:22", "org:قواتالطواريالخاصه"})


def _c(name: str, keys: set[str] | frozenset[str], lang: str, title: str | None = None
       ) -> StoryCandidate:
    return StoryCandidate(name, date(2015, 8, 6), frozenset(keys), lang, title, ())


def test_a_persian_report_whose_keys_the_arabic_one_holds_joins_it() -> None:
    fa = _c("fa", {ASSAULT, ASIR, "org:interior-ministry:SAU"}, "fa",
            "انفجار انتحاری در مسجد نیروهای ویژه عربستان در عسیر")
    ar = _c("ar", {ASSAULT, ASIR} | EXTRA, "ar", "استشهاد وإصابة 22 في تفجير استهدف مسجداً بعسير")
    # shared: a province and an event type (1.5), of the smaller script-neutral weight 2.5
    assert key_containment(fa.keys, ar.keys) == 0.6
    assert joins(fa, ar, Settings()) and joins(ar, fa, Settings())


def test_the_same_keys_in_one_language_still_need_the_headlines() -> None:
    a = _c("a", {ASSAULT, ASIR, "org:interior-ministry:SAU"}, "ar", "أمير عسير يزور المصابين")
    b = _c("b", {ASSAULT, ASIR} | EXTRA, "ar", "استشهاد 22 في تفجير مسجد")
    assert not joins(a, b, Settings())


def test_countries_and_event_types_alone_give_no_containment() -> None:
    fa = _c("fa", {ASSAULT, SAU}, "fa")
    ar = _c("ar", {ASSAULT, SAU, KWT}, "ar")
    assert key_containment(fa.keys, ar.keys) == 0.0
    assert not joins(fa, ar, Settings())


def test_unlinked_names_are_no_part_of_the_share() -> None:
    # the Persian spelling of an unlinked name never meets the Arabic one
    fa = _c("fa", {ASSAULT, ASIR, "per:فرومن"}, "fa")
    ar = _c("ar", {ASSAULT, ASIR, "per:فرومان", "num:10"}, "ar")
    assert key_containment(fa.keys, ar.keys) == 1.0


def test_a_persian_report_joins_an_arabic_story_by_its_core_keys() -> None:
    members = [_c(f"m{i}", {ASSAULT, ASIR, "org:pkk"} | EXTRA, "ar", f"تفجير مسجد عسير {i}")
               for i in range(3)]
    fa = _c("fa", {ASSAULT, ASIR, "org:government:SAU"}, "fa",
            "حمله انتحاری به نیروهای ویژه عربستان")
    assert fits_core(fa, members, Settings())
    assert best_story(fa, [("s", members[0])], Settings(), lambda s: members) == "s"
    # one language: the same keys without the core's headline words do not fit
    same = _c("ar", fa.keys, "ar", "أمير منطقة عسير يستقبل وفدا")
    assert not fits_core(same, members, Settings())


@pytest.mark.parametrize(("fa", "ar"), [
    ("per:فرومن", "per:فرومان"),  # Froman: the Arabic writes the long a
    ("per:كاپلو", "per:كابيلو"),  # Capello: Persian pe, Arabic ba and a written i
    ("per:سنيوره", "per:السنيوره"),  # Siniora: the Arabic article
    ("per:كامورانزي", "per:كامورانيزي"),
])
def test_an_unlinked_name_has_one_skeleton_in_both_scripts(fa: str, ar: str) -> None:
    assert skeleton_key(fa) == skeleton_key(ar) is not None


def test_kb_ids_and_short_names_have_no_skeleton() -> None:
    assert skeleton_key("per:mohammad-bagheri") is None
    assert skeleton_key("org:قواتالطواري") is None
    assert skeleton_key("per:الله") is None  # one consonant left


def test_record_keys_hold_the_skeleton_of_unlinked_persons() -> None:
    record = {"entities": [
        {"type": "PER", "key": "per:فرومان"},
        {"type": "PER", "key": "per:john-kerry", "kb_id": "per:john-kerry"},
    ]}
    assert record_keys(record) == {"per:فرومان", "sk:فرمن", "per:john-kerry"}


US = "geonames:6252001"


def test_skeletons_meet_across_languages_only() -> None:
    fa = _c("fa", {"per:فرومن", "sk:فرمن", US}, "fa", "مذاکرات تجارت آزاد در هاوایی")
    ar = _c("ar", {"per:فرومان", "sk:فرمن", US, "per:غروزر", "sk:غرزر"}, "ar",
            "انتهاء مفاوضات هاواي دون اتفاق")
    assert overlap(fa, ar) == 1.5
    assert joins(fa, ar, Settings())  # 1.5, and all of the Persian report's 1.5
    # within one language the name itself is shared: its skeleton does not count again
    ar2 = _c("ar2", {"per:فرومان", "sk:فرمن", US}, "ar", "لا اتفاق في مفاوضات التجارة الحرة")
    assert overlap(ar, ar2) == 1.5


def test_a_core_counts_skeletons_across_languages_only() -> None:
    members = [_c(f"m{i}", {"per:فرومان", "sk:فرمن", US, ASIR}, "ar", f"مفاوضات {i}")
               for i in range(3)]
    stricter = Settings().replace(stories__min_overlap=2.5)
    fa = _c("fa", {"per:فرومن", "sk:فرمن", ASIR}, "fa", "مذاکرات تجارت آزاد")
    assert fits_core(fa, members, stricter)  # skeleton and province 2, containment 1
    ar = _c("ar", {"per:فرومان", "sk:فرمن", ASIR}, "ar", "أمير منطقة عسير")
    assert not fits_core(ar, members, stricter)  # name and province 2, no headline word
