"""Reports in two languages: headline words cannot meet, so the share of the smaller
report's script-neutral keys the two hold stands in for the headlines' containment."""

from __future__ import annotations

from datetime import date

from khabar.settings import Settings
from khabar.stories.cluster import StoryCandidate, best_story, joins, key_containment
from khabar.stories.core import fits_core

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
