"""Persian acts the headline vouches for (session 17 (2026-12-06), issue 6,
``khabar/events/headline_acts.py``): a nominal headline's head noun names its act; an act of
the headline's kind told in a source's words, or with no party named, is kept. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.doc import Doc
from khabar.events.headline_acts import nominal_kinds, vouched_kinds
from khabar.events.lexicon import clause_words
from khabar.events.stage import find_events

PUBLISHED = "2025-01-20T09:53:26+03:30"
REPORTED = "رئیس پلیس آگاهی استان زنجان گفت: در این طرح هشت سارق دستگیر شدند."


def make_doc(text: str, lang: str, title: str | None = None) -> Doc:
    doc = simple_doc(text, lang, published=PUBLISHED, with_entities=True)
    doc.title = title
    return doc


@pytest.mark.parametrize(("title", "kinds"), [
    ("دستگیری 8 سارق در استان زنجان", {"COERCE"}),
    ("اخراج 14 دیپلمات کوبایی از آمریکا", {"SANCTION"}),
    ("دیدار وزیر امور خارجه با رئیس جمهوری سوریه", {"CONSULT"}),
    ("ایران و روسیه / امضای تفاهم‌نامه همکاری", {"SUPPORT"}),  # a segment's head
    ("صدور قرار بازداشت برای دو تبعه", set()),  # «بازداشت» is no head here
    ("آزادی بیان در رسانه‌ها", set()),  # «آزادی» freedom: not listed
])
def test_a_nominal_headline_names_its_act_by_its_head(title: str, kinds: set[str]) -> None:
    assert nominal_kinds(clause_words(title)) == kinds


def test_only_a_persian_headline_vouches() -> None:
    doc = make_doc("نص.", "ar", title="اعتقال ثمانية لصوص")
    assert vouched_kinds(doc, "ar", frozenset({"COERCE"})) == frozenset()


def test_an_arrest_told_in_a_sources_words_is_the_headlines_news() -> None:
    titled = find_events(make_doc(REPORTED, "fa", title="دستگیری 8 سارق در استان زنجان"))
    assert [e.type for e in titled] == ["COERCE"]
    assert find_events(make_doc(REPORTED, "fa")) == []  # quoted, and no headline for it
    other = make_doc(REPORTED, "fa", title="افتتاح پل جدید در زنجان")
    assert find_events(other) == []  # a headline of another act vouches for none


def test_a_sources_own_act_in_the_first_person_stays_speech() -> None:
    text = "رئیس پلیس آگاهی استان زنجان گفت: در این طرح هشت سارق را دستگیر کردیم."
    assert find_events(make_doc(text, "fa", title="دستگیری 8 سارق در استان زنجان")) == []


def test_a_planned_act_in_a_sources_words_is_not_vouched_for() -> None:
    text = "رئیس پلیس آگاهی استان زنجان گفت: هشت سارق فردا دستگیر خواهند شد."
    assert find_events(make_doc(text, "fa", title="دستگیری 8 سارق در استان زنجان")) == []


def test_an_act_of_the_headlines_kind_with_no_party_named_is_kept() -> None:
    text = "سرانجام پس از جلسه دیروز به توافق رسیدند."
    assert find_events(make_doc(text, "fa")) == []  # says nothing of who agreed
    titled = find_events(make_doc(text, "fa", title="توافق دولت آلمان با شرکت هواپیمایی"))
    assert [e.type for e in titled] == ["AGREE"]


def test_an_act_of_saying_a_source_reports_is_kept_whatever_the_headline() -> None:
    """A request, order, refusal, condemnation, threat or agreement a source says a third
    party made is a speech act told, not the source's view; a material act in its words
    is kept only under a headline of its kind."""
    said = "سخنگوی دولت گفت: فرانسه از عراق خواسته است مرز را باز کند."
    assert [e.type for e in find_events(make_doc(said, "fa"))] == ["REQUEST"]
    sent = "سخنگوی دولت گفت: فرانسه دوازده تیم امدادی به عراق اعزام کرد."
    assert find_events(make_doc(sent, "fa")) == []


def test_an_act_of_saying_in_quotation_marks_stays_the_speakers_account() -> None:
    text = "سخنگوی دولت گفت: «فرانسه از عراق خواسته است مرز را باز کند.»"
    assert find_events(make_doc(text, "fa")) == []
