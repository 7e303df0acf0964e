"""Persian organisations, session 27 (2026-12-07), engineer ent_fa12 (issue 5).

- «اتاق» is a chamber's name only before the chamber's words or a place («اتاق بازرگانی»,
  «اتاق تهران»); the tagger's «اتاق ملاقات» ('visiting room') is none.
- A head noun that needs a name read alone by the tagger («سازمان», «دادگستری») is no name;
  «مجلس», which names one body alone, stays.
- A club's noun of kind cut from the tagger's span leaves no lone adjective of origin:
  «[تیم] لندنی» is none.
- «بورس» and «گمرک» open a body named by its place («مدیر بورس منطقه سمنان», «مدیرکل گمرک
  ایلام»: the studied set orgs21 missed «بورس منطقه سمنان» four times).
- A headline gives a club or body alone that the body names by a rule («پرسپولیس، گام به گام
  ...»), or a ministry by one of its fields («وزارت کار» for «وزارت کار و امور اجتماعی»):
  the headline's organisation is the body's (orgs21 missed «وزارت کار» in a headline).
"""

from __future__ import annotations

from doc_builders import tagged

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import words
from khabar.entities.headline import body_orgs, short_forms, title_entities
from khabar.entities.persian_described_bodies import described_bodies
from khabar.entities.persian_lone_heads import drop_lone_heads
from khabar.entities.persian_rooms import drop_rooms
from khabar.entities.persian_rules import orgs_over_places, tidy_persian_model
from khabar.kb.entries import KnowledgeBase, load_kb


def _texts(found: list[Entity]) -> list[str]:
    return [e.text for e in found]


def test_a_room_is_no_chamber() -> None:
    text = "اتاق ملاقات با بازیکنان و اتاق بازرگانی ایران و اتاق تهران و اتاق مطبوعات"
    found = [tagged(text, name, "ORG") for name in
             ("اتاق ملاقات", "اتاق بازرگانی ایران", "اتاق تهران", "اتاق مطبوعات")]
    assert _texts(drop_rooms(words(text), found)) == ["اتاق بازرگانی ایران", "اتاق تهران"]


def test_a_lone_head_noun_of_the_tagger_is_no_name() -> None:
    text = "رئیس سازمان گفت که دادگستری و مجلس و سازمان بهزیستی همکاری می‌کنند"
    found = [tagged(text, name, "ORG") for name in
             ("سازمان", "دادگستری", "مجلس", "سازمان بهزیستی")]
    assert _texts(drop_lone_heads(words(text), found)) == ["مجلس", "سازمان بهزیستی"]
    listed = [Entity(e.start, e.end, type="ORG", text=e.text, source="org_list")
              for e in found[:1]]
    assert _texts(drop_lone_heads(words(text), listed)) == ["سازمان"]


def test_a_clubs_kind_noun_leaves_no_adjective_of_origin() -> None:
    text = "ستاره تیم لندنی گفت که تیم استقلال برد"
    model = [tagged(text, "تیم لندنی", "ORG"), tagged(text, "تیم استقلال", "ORG")]
    assert _texts(tidy_persian_model(text, words(text), model)) == ["استقلال"]


def _place(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="LOC", text=name, source="gazetteer")


def test_the_exchange_and_customs_open_a_body_named_by_its_place() -> None:
    text = "مدیر بورس منطقه سمنان گفت"
    found = described_bodies(text, words(text), [_place(text, "سمنان")])
    assert [e.text for e in found if e.type == "ORG"] == ["بورس منطقه سمنان"]
    # the tagger's body after a post stands in place of its city (persian_rules)
    text = "مدیرکل گمرک ایلام گفت"
    found = orgs_over_places(text, words(text), [_place(text, "ایلام")],
                             [tagged(text, "گمرک ایلام", "ORG")])
    assert [(e.type, e.text) for e in found] == [("ORG", "گمرک ایلام")]


def _body_org(text: str, name: str, source: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="ORG", text=name, source=source)


def test_a_headline_names_a_club_the_body_names_by_a_rule() -> None:
    title = "پرسپولیس، گام به گام به صدر نزدیک می‌شود"
    body_text = "تیم فوتبال پرسپولیس دیروز برد و استقلال باخت"
    body = [_body_org(body_text, "پرسپولیس", "club_list_name"),
            _body_org(body_text, "استقلال", "crf")]
    found = body_orgs(title, words(title), [], body)
    assert [(e.text, e.start) for e in found] == [("پرسپولیس", 0)]
    # a reading the tagger alone gave the body lends nothing
    assert body_orgs("استقلال برد", words("استقلال برد"), [], body) == []


def test_a_headline_names_a_ministry_by_one_of_its_fields() -> None:
    assert ("وزارت", "كار") in short_forms("وزارت تعاون، کار و رفاه اجتماعی")
    assert short_forms("وزارت نیرو") == []
    title = "20 درصد تسهیلات وزارت کار به تکمیل واحدهای نیمه‌تمام اختصاص می‌یابد"
    body_text = "تسهیلات ابلاغ شده توسط وزارت کار و امور اجتماعی"
    body = [_body_org(body_text, "وزارت کار و امور اجتماعی", "crf")]
    assert _texts(body_orgs(title, words(title), [], body)) == ["وزارت کار"]
    # after a number the head is a common noun: 'the two ministries of roads and ...'
    merged = "ادغام دو وزارتخانه راه و ارتباطات منتفی شد"
    body = [_body_org("وزارتخانه راه و ترابری", "وزارتخانه راه و ترابری", "crf")]
    assert body_orgs(merged, words(merged), [], body) == []


def _nothing(doc: Doc, kb: KnowledgeBase) -> list[Entity]:
    return []


def test_only_a_persian_headline_takes_the_bodys_organisations() -> None:
    body_text = "تیم فوتبال پرسپولیس دیروز برد"
    doc = Doc(raw=body_text, lang="fa", title="پرسپولیس برد")
    doc.entities = [_body_org(body_text, "پرسپولیس", "club_list_name")]
    assert _texts(title_entities(doc, load_kb(), _nothing)) == ["پرسپولیس"]
    doc.lang = "ar"
    assert title_entities(doc, load_kb(), _nothing) == []
