"""Fingerprints and the pure functions of story clustering."""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from khabar.doc import Doc
from khabar.entities.stage import find_entities
from khabar.errors import PipelineError
from khabar.events.stage import find_events
from khabar.normalize.fold import fold
from khabar.registry import get_stage
from khabar.settings import Settings
from khabar.stories.cluster import (
    StoryCandidate,
    best_story,
    blocking_keys,
    candidate_from_record,
    new_story_id,
    record_keys,
    stem,
)
from khabar.stories.fingerprint import is_near_duplicate, minhash, shingles, similarity

NEAR = Settings()["stories.near_duplicate"]

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
# The dates the articles state (1 Bahman 1403 = 20 Jan 2025; 20 Mehr 1400 = 12 Oct 2021).
# 003 and 004 state none in their text.
STATED = {"000": "2025-01-20T09:53:26+03:30", "001": "2021-10-12T20:53:00+03:30",
          "002": "2025-01-20T03:56:00+00:00", "003": None, "004": None}


def example_text(name: str) -> str:
    return next(EXAMPLES.glob(f"{name}_*.txt")).read_text(encoding="utf-8")


def record(name: str) -> dict[str, Any]:
    """A contract-shaped record of an example, analysed with the simple sentence split."""
    text = example_text(name)
    doc = Doc(raw=text)
    doc.lang = "ar" if name == "002" else "fa"
    doc.sentences = [m.span() for m in re.finditer(r"[^.!?؟\n]+[.!?؟]?", text) if m.group().strip()]
    doc.published = STATED[name]
    doc.entities = find_entities(doc)
    doc.events = find_events(doc)
    return {
        "id": doc.id, "lang": doc.lang, "title": None, "published": doc.published, "text": text,
        "entities": [{"type": e.type, "key": e.key, "kb_id": e.kb_id} for e in doc.entities],
        "events": [{"type": e.type} for e in doc.events],
    }


def cluster(names: list[str]) -> dict[str, str]:
    """Incremental clustering as the store does it: each article joins or opens a story."""
    settings = Settings()
    seen: list[tuple[str, StoryCandidate]] = []
    stories = {}
    for name in names:
        candidate = candidate_from_record(record(name))
        blocks = blocking_keys(candidate)
        neighbours = [(s, c) for s, c in seen if blocks & blocking_keys(c)]
        story = best_story(candidate, neighbours, settings) or new_story_id(candidate)
        stories[name] = story
        seen.append((story, candidate))
    return stories


def test_fingerprint_is_deterministic_and_sized() -> None:
    text = example_text("000")
    assert minhash(text) == minhash(text)
    assert len(minhash(text)) == 64
    assert minhash("") == [] and similarity([], []) == 0.0


def test_republished_copy_is_near_duplicate() -> None:
    text = example_text("000")
    copy = text.replace("انتهای پیام/ 271", "انتهای خبر - کد 9981").replace("بستن   چاپ", "")
    assert copy != text
    assert is_near_duplicate(minhash(text), minhash(copy), NEAR)


@pytest.mark.parametrize(("a", "b"), [("000", "001"), ("000", "003"), ("001", "004")])
def test_different_articles_are_not_near_duplicates(a: str, b: str) -> None:
    assert not is_near_duplicate(minhash(example_text(a)), minhash(example_text(b)), NEAR)


@pytest.mark.parametrize(("kept", "reason"), [
    (0.9, "a lightly edited copy"), (0.6, "a rewrite keeping most sentences"),
    (0.3, "a follow-up sharing some paragraphs"), (0.0, "another text"),
])
def test_similarity_estimates_shingle_jaccard(kept: float, reason: str) -> None:
    """One-permutation MinHash with densification estimates the Jaccard similarity of the
    shingle sets (64 bins: a standard error of about 0.06)."""
    rng = random.Random(7)
    base = [f"w{rng.randrange(5000)}" for _ in range(400)]
    other = [w if rng.random() < kept else f"x{rng.randrange(5000)}" for w in base]
    a, b = " ".join(base), " ".join(other)
    sa, sb = shingles(a), shingles(b)
    truth = len(sa & sb) / len(sa | sb)
    assert abs(similarity(minhash(a), minhash(b)) - truth) < 0.2, (reason, truth)


def test_short_text_signature_is_filled() -> None:
    """Fewer shingles than bins: empty bins borrow from filled ones, so the signature is
    whole and a copy still matches exactly while a different short text does not."""
    a, b = "دیدار باقری و منیر در اسلام‌آباد", "رزمایش مشترک ایران و پاکستان"
    assert len(minhash(a)) == 64 and -1 not in minhash(a)
    assert similarity(minhash(a), minhash(a + " ")) == 1.0
    assert similarity(minhash(a), minhash(b)) < 0.5


def test_fingerprint_folds_spelling_variants() -> None:
    a = "رئیس ستاد کل نیروهای مسلح ایران با فرمانده ارتش پاکستان دیدار کرد"
    b = a.replace("ی", "ي").replace("ک", "ك")
    assert similarity(minhash(a), minhash(b)) == 1.0


def test_record_keys_are_language_neutral() -> None:
    keys = record_keys(record("002"))
    assert {"per:باقري", "per:منير", "geonames:1176615", "event:CONSULT"} <= keys


def test_examples_cluster_as_expected() -> None:
    stories = cluster(["000", "001", "002", "003", "004"])
    assert stories["000"] == stories["002"], "Bagheri in Islamabad, Persian and Arabic"
    assert stories["001"] != stories["000"], "the 2021 visit is another story"
    assert stories["003"] != stories["000"], "Damascus, undated"
    assert stories["004"] != stories["000"], "Salami–Munir, undated"
    assert len({stories["001"], stories["003"], stories["004"], stories["000"]}) == 4


def test_undated_copy_still_joins_as_near_duplicate() -> None:
    base = candidate_from_record(record("003"))
    copy = StoryCandidate("copy", None, frozenset(), "fa", None, base.fingerprint)
    assert best_story(copy, [("s1", base)], Settings()) == "s1"


def test_window_and_overlap_settings_apply() -> None:
    keys = frozenset({"per:باقري", "geonames:1176615"})
    a = StoryCandidate("a", date(2025, 1, 20), keys, "fa", None, ())
    b = StoryCandidate("b", date(2025, 1, 22), keys, "ar", None, ())
    assert best_story(a, [("s", b)], Settings()) == "s"
    assert best_story(a, [("s", b)], Settings({"stories": {"window_days": 1}})) is None
    # two shared keys, plus at most 1 for the share of the keys they are (across languages)
    assert best_story(a, [("s", b)], Settings({"stories": {"min_overlap": 3}})) == "s"
    assert best_story(a, [("s", b)], Settings({"stories": {"min_overlap": 3.5}})) is None


def test_country_keys_alone_do_not_join() -> None:
    iran, pakistan = "geonames:130758", "geonames:1168579"
    a = StoryCandidate("a", date(2025, 1, 20), frozenset({iran, pakistan}), "fa", None, ())
    b = StoryCandidate("b", date(2025, 1, 20), frozenset({iran, pakistan}), "ar", None, ())
    assert best_story(a, [("s", b)], Settings()) is None


def test_blocking_keys_hold_specific_keys_and_bands() -> None:
    c = candidate_from_record(record("002"))
    keys = blocking_keys(c)
    assert "per:باقري" in keys and "geonames:130758" not in keys
    assert sum(k.startswith("fp:") for k in keys) == 16


def test_new_story_id_is_deterministic() -> None:
    c = candidate_from_record(record("004"))
    assert new_story_id(c) == new_story_id(c) and new_story_id(c).startswith("story-")


def test_fingerprint_stage() -> None:
    info = get_stage("khabar.stories.fingerprint.v2")
    assert info.requires == ("text",) and info.assigns == ("fingerprint", "embedding")
    doc = info.factory(Settings())(Doc(raw=example_text("004")))
    assert doc.fingerprint == minhash(doc.text)


@pytest.mark.parametrize(
    ("title_a", "title_b", "days_apart", "joined", "reason"),
    [
        ("تحطم طائرة عسكرية أمريكية في جنوب ألمانيا",
         "عام / تحطم طائرة عسكرية أمريكية في جنوب ألمانيا", 0, True,
         "an agency copy re-titled with a section prefix"),
        ("البحرين تستدعي سفيرها في ايران للتشاور",
         "البحرين تستدعي سفيرها لدى إيران للتشاور", 1, True,
         "one word changed, spelling folded (ا/إ)"),
        ("تحطم طائرة عسكرية أمريكية في جنوب ألمانيا",
         "عام / تحطم طائرة عسكرية أمريكية في جنوب ألمانيا", 10, False,
         "same headline outside the date window"),
        ("وزير العدل يستقبل وزير الاسكان", "أمير الشرقية يستقبل السفير الكوري", 0, False,
         "one shared verb is not one story"),
    ],
)
def test_near_identical_headlines_join_within_the_window(
        title_a: str, title_b: str, days_apart: int, joined: bool, reason: str) -> None:
    a = StoryCandidate("a", date(2025, 1, 20), frozenset(), "ar", title_a, ())
    b = StoryCandidate("b", date(2025, 1, 20 + days_apart), frozenset(), "ar", title_b, ())
    assert (best_story(a, [("s", b)], Settings()) == "s") is joined, reason
    if joined:
        assert blocking_keys(a) & blocking_keys(b), "the store must find the neighbour"


def test_retired_fingerprint_v1_says_what_to_do() -> None:
    with pytest.raises(PipelineError, match=r"fingerprint\.v2.*khabar reprocess --all"):
        get_stage("khabar.stories.fingerprint.v1")


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        ("العراقيون", "العراقيين", "plural endings -ون/-ين"),
        ("والخدمات", "خدمات", "conjunction, article and feminine plural"),
        ("مسجد", "بالمسجد", "بال- before the noun"),
    ],
)
def test_headline_words_share_a_stem(a: str, b: str, reason: str) -> None:
    assert stem(fold(a)) == stem(fold(b)), reason


def test_stem_keeps_three_letters() -> None:
    assert stem(fold("الات")) == fold("الات")  # "ال" + "ات" would leave nothing


def _keyed(name: str, keys: set[str], title: str | None = None) -> StoryCandidate:
    return StoryCandidate(name, date(2025, 1, 20), frozenset(keys), "ar", title, ())


@pytest.mark.parametrize(
    ("shared", "own", "joined", "reason"),
    [
        (3, 1, True, "three of four people in common: one story"),
        (3, 40, False, "three of forty-three in common: long features meet by chance"),
        (1, 0, False, "one person alone is too little"),
    ],
)
def test_shared_keys_count_as_a_share_of_the_smaller_article(
        shared: int, own: int, joined: bool, reason: str) -> None:
    common = {f"per:common-{i}" for i in range(shared)}
    a = _keyed("a", common | {f"per:a-{i}" for i in range(own)})
    b = _keyed("b", common | {f"per:b-{i}" for i in range(own)})
    assert (best_story(a, [("s", b)], Settings()) == "s") is joined, reason


@pytest.mark.parametrize(
    ("keys", "joined", "reason"),
    [
        ({"geonames:110690", "event:ASSAULT"}, True,
         "a city and an event type shared, and half the shorter headline repeated"),
        ({"geonames:110690"}, False, "a city and half a headline are not enough"),
        (set(), False, "the headlines alone are not near-identical"),
    ],
)
def test_a_shared_key_and_a_matching_headline_join(keys: set[str], joined: bool,
                                                   reason: str) -> None:
    a = _keyed("a", keys | {"per:a"}, "دول الخليج تدين تفجير مسجد عسير")
    b = _keyed("b", keys | {"per:b"}, "أمير عسير يقف على موقع حادثة تفجير مسجد الطوارئ")
    assert (best_story(a, [("s", b)], Settings()) == "s") is joined, reason


def _in(lang: str, name: str, keys: set[str]) -> StoryCandidate:
    return StoryCandidate(name, date(2025, 1, 20), frozenset(keys), lang, None, ())


@pytest.mark.parametrize(
    ("lang_b", "joined", "reason"),
    [
        ("fa", True, "across scripts the unlinked names, which no report in the other script "
                     "can share, do not dilute the share of KB ids in common"),
        ("ar", False, "in one language unlinked names can be shared, so they count: three of "
                      "fifteen is no fair share"),
    ],
)
def test_unlinked_names_do_not_dilute_the_share_across_scripts(
        lang_b: str, joined: bool, reason: str) -> None:
    common = {"org:hezbollah", "org:un", "per:nabih-berri"}
    a = _in("ar", "a", common | {f"per:{fold('اسم')}{i}" for i in range(12)})
    b = _in(lang_b, "b", common | {f"per:{fold('نام')}{i}" for i in range(12)})
    assert (best_story(a, [("s", b)], Settings()) == "s") is joined, reason
