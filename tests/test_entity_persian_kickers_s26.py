"""Persian recall, session 26 (2026-12-07), engineer ent_fa11 (issue 5).

- A print page's kicker over its headline («معاون حمل و نقل و ترافیک شهرداری تهران:»,
  «وزارت خارجه فرانسه:») is read by the header stage in Persian, as mastheads and bylines
  are in Arabic: the gold labels its names (studied sets: «وزارت خارجه فرانسه», «شهرداری
  تهران» were missed), and a kicker that is but the tagger's person alone is a column's
  title («لینکستان»), none.
- A body named after a post («رئیس [اتاق اصفهان]», «مدیر [پلیس آگاهی استان قم]») is that
  body, not the post's field: the tagger's organisation opened by a body's head noun keeps
  its place.
- A tagger span left opening on a plural ending written apart from its noun
  («[باشگاه] های برتر ایران») is a fragment, none.
"""

from __future__ import annotations

from collections.abc import Callable

from doc_builders import BODY_FA, BODY_FA_2, tagged

import khabar
from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import words
from khabar.entities.header_lines import line_entities
from khabar.entities.persian_rules import orgs_over_places, tidy_persian_model
from khabar.kb.entries import KnowledgeBase, load_kb

KICKER = "معاون حمل و نقل و ترافیک شهرداری تهران:"


def test_a_persian_kicker_names_its_body() -> None:
    raw = "\n".join([KICKER, "", "همکاری ایران و پاکستان گسترش می‌یابد",
                     "دوشنبه ۱ بهمن ۱۴۰۳ - ۰۹:۵۳", BODY_FA, "", BODY_FA_2])
    doc = khabar.process(raw)
    assert KICKER not in doc.text
    assert doc.header_text == KICKER
    found = [e for e in doc.header_entities if e.type == "ORG"]
    assert [e.text for e in found] == ["شهرداری تهران"]
    assert doc.header_map is not None
    start, end = doc.header_map.span(found[0].start, found[0].end)
    assert raw[start:end] == "شهرداری تهران"


def _tagger_person(name: str) -> Callable[[Doc, KnowledgeBase], list[Entity]]:
    def find(doc: Doc, kb: KnowledgeBase) -> list[Entity]:
        return [tagged(doc.text, name, "PER")]
    return find


def test_a_kicker_that_is_the_taggers_person_alone_is_a_column_title() -> None:
    kb = load_kb()
    assert line_entities("لینکستان", "fa", kb, _tagger_person("لینکستان")) == []
    kept = line_entities("بهمن قبادی:", "fa", kb, _tagger_person("بهمن قبادی"))
    assert [e.text for e in kept] == ["بهمن قبادی"]
    # an Arabic header line that is a writer's name alone stays a person
    arabic = line_entities("حنان الحامدي", "ar", kb, _tagger_person("حنان الحامدي"))
    assert [e.text for e in arabic] == ["حنان الحامدي"]


def place(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="LOC", text=name, source="gazetteer")


def test_a_body_named_after_a_post_stands_in_place_of_its_city() -> None:
    text = "رئیس اتاق اصفهان و وزیر خارجه بحرین و مدیرعامل شرکت مخابرات استان زنجان گفتند."
    model = [tagged(text, "اتاق اصفهان", "ORG"), tagged(text, "خارجه بحرین", "ORG"),
             tagged(text, "شرکت مخابرات استان زنجان", "ORG")]
    kept = [place(text, "اصفهان"), place(text, "بحرین"), place(text, "زنجان")]
    found = orgs_over_places(text, words(text), kept, model)
    assert [(e.type, e.text) for e in found] == [
        ("ORG", "اتاق اصفهان"), ("LOC", "بحرین"), ("ORG", "شرکت مخابرات استان زنجان")]


def test_a_span_opening_on_a_plural_ending_is_no_name() -> None:
    text = "فوتبال باشگاه های برتر ایران و باشگاه پرسپولیس"
    model = [tagged(text, "باشگاه های برتر ایران", "ORG"), tagged(text, "باشگاه پرسپولیس", "ORG")]
    assert [e.text for e in tidy_persian_model(text, words(text), model)] == ["پرسپولیس"]
