"""A state body named by its full official name takes the same key as its short name
(session 20, issues 5 and 6): «وزارت بهداشت، درمان و آموزش پزشکی» and «وزارت بهداشت» are
one ministry, and so are «هيئة الهلال الأحمر السعودي» and «الهلال الأحمر» of a Saudi paper."""

from __future__ import annotations

import khabar
from khabar.doc import Entity
from khabar.entities.home_bodies import listed_body


def _orgs(text: str, url: str | None = None) -> dict[str, Entity]:
    meta = {"url": url} if url else None
    doc = khabar.process(text.encode(), meta=meta)
    return {e.text: e for e in doc.entities if e.type == "ORG"}


def test_full_names_of_listed_bodies_are_listed() -> None:
    assert listed_body("وزارت بهداشت، درمان و آموزش پزشکی") == listed_body("وزارت بهداشت")
    assert listed_body("وزارت امور اقتصادی و دارایی") == listed_body("وزارت اقتصاد")
    assert listed_body("ووزارة التجارة والصناعة") == listed_body("وزارة التجارة")


def test_the_persian_health_ministry_in_full_and_short_shares_one_key() -> None:
    orgs = _orgs("معاون وزیر در وزارت بهداشت، درمان و آموزش پزشکی در تهران گفت وزارت بهداشت "
                 "در اصفهان و مشهد آماده است.")
    assert orgs["وزارت بهداشت، درمان و آموزش پزشکی"].key == "org:health-ministry:IRN"
    assert orgs["وزارت بهداشت"].key == "org:health-ministry:IRN"


def test_a_body_whose_name_holds_its_country_takes_the_bodys_key() -> None:
    orgs = _orgs("الرياض - باشرت هيئة الهلال الأحمر السعودي الحادث في جدة، وقال الهلال الأحمر "
                 "السعودي إن الإصابات نقلت.", "https://sabq.org/xyz")
    assert orgs["هيئة الهلال الأحمر السعودي"].key == "org:red-crescent:SAU"
    assert orgs["الهلال الأحمر السعودي"].key == "org:red-crescent:SAU"


def test_bodies_missing_before_take_their_home_key() -> None:
    orgs = _orgs("تهران - معاون وزارت جهاد کشاورزی در اصفهان گفت وزارت نیرو و وزارت راه و ترابری "
                 "در مشهد آماده است.")
    assert orgs["وزارت جهاد کشاورزی"].key == "org:agriculture-ministry:IRN"
    assert orgs["وزارت راه و ترابری"].key == "org:transport-ministry:IRN"
    saudi = _orgs("الرياض - أعلنت وزارة الشؤون البلدية والقروية أن فرقها في جدة باشرت العمل.",
                  "https://sabq.org/xyz")
    assert saudi["وزارة الشؤون البلدية والقروية"].key == "org:municipal-ministry:SAU"


def test_a_new_body_named_with_its_country_takes_the_same_key_part() -> None:
    orgs = _orgs("الرياض - التقى وزير الزراعة بوفد من وزارة الزراعة الأردنية في جدة.",
                 "https://sabq.org/xyz")
    assert orgs["وزارة الزراعة الأردنية"].key == "org:agriculture-ministry:JOR"
