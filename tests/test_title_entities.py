"""Entities of the headline (``khabar.entities.title.v1``, session 15 (2026-12-06)):
found by the entity stage's rules on the title, linked with the body as context, offsets
into the title mapped to the raw text, exported, imported and stored."""

from __future__ import annotations

from pathlib import Path

import pytest

import khabar
from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import words
from khabar.entities.headline import (
    body_surnames,
    same_names,
    title_map,
    told_in_body,
    with_body,
)
from khabar.errors import ContractError
from khabar.export.contract import from_record, to_record
from khabar.kb.entries import load_kb
from khabar.pipeline import Pipeline
from khabar.settings import Settings
from khabar.store import open_store
from khabar.store.records import check_record

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "articles"
BAGHERI_HEADLINE = EXAMPLE / "000_6c9c3bc21c5cc7af.txt"


@pytest.fixture(scope="module")
def bagheri() -> Doc:
    """«سرلشکر باقری: ...» heads an article naming «محمد باقری» in full."""
    return khabar.process(BAGHERI_HEADLINE.read_bytes())


def _person(start: int, text: str, kb_id: str | None = None, key: str | None = None,
            kind: str = "PER") -> Entity:
    return Entity(start, start + len(text), type=kind, text=text, kb_id=kb_id,
                  key=key or kb_id or f"per:{text}", name_en=kb_id)


def test_a_person_named_in_the_headline_is_found_there(bagheri: Doc) -> None:
    assert bagheri.title is not None
    found = {(e.type, e.text) for e in bagheri.title_entities}
    assert ("PER", "باقری") in found
    for e in bagheri.title_entities:
        assert bagheri.title[e.start:e.end] == e.text


def test_the_headline_person_shares_the_body_persons_kb_id(bagheri: Doc) -> None:
    body = {e.kb_id for e in bagheri.entities if e.type == "PER" and "باقری" in e.text}
    headline = [e for e in bagheri.title_entities if e.text == "باقری"]
    assert headline[0].kb_id is not None and headline[0].kb_id in body


def test_title_entities_map_back_to_the_raw_headline(bagheri: Doc) -> None:
    for e in bagheri.title_entities:
        span = bagheri.title_raw_span(e.start, e.end)
        assert span is not None
        assert bagheri.raw[span[0]:span[1]] == e.text


def test_the_title_map_replays_normalization_of_the_raw_line() -> None:
    # Arabic yeh and kaf in the raw line: the title is normalized, the raw is not.
    raw = "شيراك و خرازي مشاجره نكردند\nوزیر امور خارجه ایران گفت که گفت‌وگو ادامه دارد."
    doc = Doc(raw=raw, lang="fa", title="شیراک و خرازی مشاجره نکردند", title_span=(0, 27))
    mapped = title_map(doc)
    assert mapped is not None
    start = doc.title.index("خرازی")  # type: ignore[union-attr]
    raw_start, raw_end = mapped.span(start, start + len("خرازی"))
    assert raw[raw_start:raw_end] == "خرازي"


def test_a_headline_given_by_ingest_has_no_raw_offsets() -> None:
    doc = Doc(raw="متن خبر", lang="fa", title="سفر باقری به پاکستان", title_span=None)
    assert title_map(doc) is None
    assert doc.title_raw_span(0, 3) is None


def test_a_surname_alone_is_the_person_the_body_names_in_full() -> None:
    title = "بازگشت قلعه‌نویی به کادر فنی"
    body = [_person(100, "محمد قلعه‌نویی", key="per:قلعهنويي")]
    found = body_surnames(title, words(title), [], body)
    assert [(e.type, e.text, e.source, e.key) for e in found] == [
        ("PER", "قلعه‌نویی", "surname", "per:قلعهنويي")]
    assert title[found[0].start:found[0].end] == found[0].text


def test_a_surname_two_body_persons_bear_is_nobody() -> None:
    title = "بازگشت قلعه‌نویی به کادر فنی"
    body = [_person(100, "محمد قلعه‌نویی", key="per:a"),
            _person(200, "علی قلعه‌نویی", key="per:b")]
    assert body_surnames(title, words(title), [], body) == []


def test_a_headline_name_takes_the_body_reading_of_it() -> None:
    # The tagger read the headline's name as a place; the body, with its context, as a
    # person linked to the KB: the body decides.
    headline = [_person(7, "قلعه نویی", kind="LOC")]
    body = [_person(300, "قلعه نویی", kb_id="per:amir-ghalenoei")]
    lent = same_names(headline, body)[0]
    assert (lent.type, lent.kb_id, lent.start, lent.text) == (
        "PER", "per:amir-ghalenoei", 7, "قلعه نویی")


def test_the_body_lends_surnames_and_readings_to_the_headline() -> None:
    title = "بازگشت قلعه‌نویی به کادر فنی استقلال"
    at = title.index("استقلال")
    body = [_person(100, "محمد قلعه‌نویی", key="per:قلعهنويي"),
            _person(200, "استقلال", kind="ORG", key="org:استقلال")]
    found = [Entity(at, at + 7, type="LOC", text="استقلال", source="crf", key="loc:استقلال")]
    lent = with_body(load_kb(), title, found, body)
    assert [(e.type, e.text, e.key) for e in lent] == [
        ("PER", "قلعه‌نویی", "per:قلعهنويي"), ("ORG", "استقلال", "org:استقلال")]


def test_a_lone_headline_surname_takes_the_one_linked_body_person_bearing_it() -> None:
    title = "باقری: همکاری ادامه دارد"
    found = [Entity(0, 5, type="PER", text="باقری", source="crf", key="per:باقري")]
    body = [_person(40, "محمد باقری", kb_id="per:mohammad-bagheri")]
    lent = with_body(load_kb(), title, found, body)
    assert [(e.text, e.kb_id, e.key) for e in lent] == [
        ("باقری", "per:mohammad-bagheri", "per:mohammad-bagheri")]


def test_a_type_only_the_tagger_read_in_the_body_is_not_lent() -> None:
    # «بم» the city in the headline; the tagger alone read the body's «بم» as a body.
    headline = [Entity(5, 7, type="LOC", text="بم", source="gazetteer", kb_id="geonames:1")]
    body = [Entity(40, 42, type="ORG", text="بم", source="crf", key="org:بم")]
    assert same_names(headline, body) == headline
    ruled = [Entity(40, 42, type="ORG", text="بم", source="org_list", key="org:بم")]
    assert same_names(headline, ruled)[0].type == "ORG"


def test_a_name_the_body_reads_two_ways_lends_nothing() -> None:
    headline = [_person(0, "استقلال", kind="ORG")]
    body = [_person(50, "استقلال", kind="ORG", key="org:a"),
            _person(90, "استقلال", kind="LOC", key="loc:b")]
    assert same_names(headline, body) == headline


def test_an_arabic_tagger_guess_the_body_never_writes_is_dropped() -> None:
    # «لجان ميدانية» (field committees) read as a person «جان ميدانية».
    guess = Entity(1, 12, type="PER", text="جان ميدانية", source="crf", key="per:ميدانية")
    body = "شكلت الوزارة لجانا لتصحيح أوضاع المسنين في المنطقة."
    assert told_in_body([guess], body, "ar") == []
    assert told_in_body([guess], "قال جان ميدانية إن العمل مستمر.", "ar") == [guess]


def test_what_a_rule_or_the_kb_confirms_stays_though_the_body_never_writes_it() -> None:
    ruled = Entity(0, 5, type="PER", text="كيري", source="surname", key="per:كيري")
    linked = Entity(0, 5, type="PER", text="كيري", source="crf", kb_id="per:john-kerry")
    place = Entity(0, 5, type="LOC", text="عدن", source="crf")
    assert told_in_body([ruled, linked, place], "نص آخر.", "ar") == [ruled, linked, place]


def test_persian_headline_guesses_are_not_checked() -> None:
    # Persian bodies name a headline's ministry by a common noun («این وزارتخانه»).
    guess = Entity(0, 12, type="ORG", text="وزارت دارایی", source="crf", key="org:x")
    assert told_in_body([guess], "این وزارتخانه کنترل حساب‌ها را رد کرد.", "fa") == [guess]


def test_the_title_stage_leaves_body_output_unchanged(bagheri: Doc) -> None:
    names = [n for n in Settings()["pipeline.stages"] if n != "khabar.entities.title.v1"]
    without = Pipeline(stages=names)(Doc(raw=bagheri.raw))
    mine = to_record(bagheri)
    theirs = to_record(without)
    assert theirs["title_entities"] == []
    mine.pop("title_entities")
    theirs.pop("title_entities")
    assert mine == theirs


def test_title_entities_export_import_export_identically(bagheri: Doc) -> None:
    record = to_record(bagheri)
    assert record["title_entities"], "the fixture's headline names a person"
    first = record["title_entities"][0]
    assert {"type", "text", "start", "end", "kb_id", "raw_start", "raw_end"} <= set(first)
    check_record(record)
    assert to_record(from_record(record)) == record


def test_a_record_without_raw_offsets_for_its_headline_round_trips() -> None:
    doc = khabar.process("سردار سلامی امروز در تهران گفت که دیدار ادامه دارد.",
                         meta={"title": "سردار سلامی با ژنرال عاصم منیر دیدار کرد"})
    record = to_record(doc)
    assert record["title_entities"]
    assert all(e["raw_start"] is None for e in record["title_entities"])
    assert to_record(from_record(record)) == record


def test_a_headline_entity_must_be_its_span_of_the_title(bagheri: Doc) -> None:
    record = to_record(bagheri)
    record["title_entities"][0]["start"] += 1
    with pytest.raises(ContractError, match="title_entities"):
        check_record(record)


def test_a_store_keeps_headline_entities_and_lists_them_on_the_entity(
        bagheri: Doc, store_target: str) -> None:
    person = next(e for e in bagheri.title_entities if e.text == "باقری")
    with open_store(store_target) as store:
        store.add(bagheri)
        stored = store.get(bagheri.id)
        assert stored is not None
        assert stored["title_entities"] == to_record(bagheri)["title_entities"]
        found = store.entity(person.key or "")
        assert found is not None
        assert [h["text"] for h in found["headlines"]] == ["باقری"]
        assert found["headlines"][0]["article"]["id"] == bagheri.id


def test_an_entity_named_in_headlines_only_has_a_page(store_target: str) -> None:
    doc = Doc(raw="متن خبر درباره همکاری است.", lang="fa", title="سفر باقری به پاکستان")
    doc.title_entities = [Entity(4, 9, type="PER", text="باقری", key="per:only-in-titles")]
    with open_store(store_target) as store:
        store.add(doc)
        found = store.entity("per:only-in-titles")
        assert found is not None
        assert (found["type"], found["mentions"], len(found["headlines"])) == ("PER", [], 1)
