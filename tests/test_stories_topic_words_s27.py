"""Session 27 (2026-12-07), engineer stories_fa4, issue 6: between two reports of one home
(Persian), words that name no topic do not make a common topic. A word of no topic at all
(«کشور», «است», «برای»: ``resources/stories/topicless_words.tsv``) is left out of a
report's headline and lead words, and a word that spells a key both reports hold
(«حزب‌الله» of two reports that share Hezbollah) is that key again. A railway budget cut
and 15-day visas met on «کشور», Hezbollah's prisoner talks and an opinion note titled
«قدرت حزب‌الله» on «حزب‌الله», and joined (bench/data/story-pairs-dense.tsv)."""

from __future__ import annotations

import pytest

from khabar.settings import Settings
from khabar.stories.cluster import best_story, candidate_from_record
from khabar.stories.headline_words import title_words
from khabar.stories.topic import headline_words, key_names, shared_names, topicless_words


def _mention(kind: str, text: str, key: str, kb_id: str | None = None) -> dict[str, object]:
    return {"type": kind, "text": text, "key": key, "kb_id": kb_id}


LEBANON_WAR = [
    _mention("ORG", "حزب‌الله", "org:hezbollah", "org:hezbollah"),
    _mention("LOC", "لبنان", "loc:لبنان", "geonames:272103"),
    _mention("PER", "حسن نصرالله", "per:نصرالله"),
    _mention("ORG", "رژیم صهیونیستی", "org:رژيمصهيونيستي"),
]
RAILWAYS = [_mention("PER", "محمد رحمتی", "per:رحمتي"),
            _mention("ORG", "سازمان برنامه", "org:سازمانبرنامه")]


def _record(name: str, title: str | None, text: str, entities: list[dict[str, object]],
            lang: str = "fa") -> dict[str, object]:
    return {"id": name, "lang": lang, "title": title, "text": text, "entities": entities,
            "published": "2006-07-24T00:00:00+03:30"}


NEWS = _record("news", "موافقت حزب‌الله با گفت‌وگوی دولت لبنان در باره تبادل اسرا",
               "حزب‌الله لبنان با گفت‌وگوی دولت درباره تبادل اسرای رژیم صهیونیستی موافقت کرد.",
               LEBANON_WAR)
NOTE = _record("note", "قدرت حزب‌الله",
               "نیرویی که امروز در جنوب لبنان ایستاده است ریشه در دو دهه مقاومت دارد.",
               LEBANON_WAR)
TALKS = _record("talks", "تبادل اسرا میان حزب‌الله و رژیم صهیونیستی",
                "نصرالله گفت که تبادل اسرا تنها راه آزادی آنان است.", LEBANON_WAR)
RAILWAY = _record("railway", "کاهش اعتبار احداث راه‌آهن در کشور",
                  "اعتبار طرح‌های راه‌آهن امسال کاهش یافت.", RAILWAYS)
VISAS = _record("visas", "صدور روادید 15روزه در 9فرودگاه کشور برای گردشگران خارجی",
                "گردشگران خارجی در فرودگاه‌ها روادید می‌گیرند.", RAILWAYS)


def _joined(first: dict[str, object], second: dict[str, object]) -> bool:
    a, b = candidate_from_record(first), candidate_from_record(second)
    return best_story(a, [("s", b)], Settings()) == "s"


@pytest.mark.parametrize(
    ("first", "second", "joined", "reason"),
    [
        (NOTE, NEWS, False, "«حزب‌الله» and «لبنان» spell keys both hold: no topic besides"),
        (TALKS, NEWS, True, "«تبادل» and «اسرا» name the talks in both headlines"),
        (RAILWAY, VISAS, False, "«کشور» names no topic"),
        ({**NOTE, "lang": "ar"}, {**NEWS, "lang": "ar"}, True,
         "no home (Arabic is many countries' press): compared as before"),
    ],
)
def test_words_of_no_topic_or_of_a_shared_key_name_no_common_topic(
        first: dict[str, object], second: dict[str, object], joined: bool, reason: str) -> None:
    assert _joined(first, second) is joined, reason


def test_topicless_words_are_left_out_as_written_and_as_stems() -> None:
    words = headline_words("کشورهای منطقه برای صلح می‌کوشند", None, "fa")
    assert "كشور" not in words and "براي" not in words
    assert "منطق" in words or "منطقه" in words
    assert headline_words("کشورهای منطقه", None) == title_words("کشورهای منطقه")


def test_only_languages_with_rows_have_topicless_words() -> None:
    assert "است" in topicless_words("fa")
    assert topicless_words("ar") == frozenset()


def test_the_names_of_shared_keys_only() -> None:
    names = key_names(NEWS)
    [hezbollah], [lebanon] = title_words("حزب‌الله"), title_words("لبنان")
    assert ("org:hezbollah", hezbollah) in names and ("geonames:272103", lebanon) in names
    spelled = shared_names(names, frozenset({"org:hezbollah"}))
    assert hezbollah in spelled and lebanon not in spelled
