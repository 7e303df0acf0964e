"""State bodies named without their country take the country of the text's home
(khabar.entities.home_bodies), never when a country is named for them."""

from __future__ import annotations

import pytest

import khabar
from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import words
from khabar.entities.home_bodies import add_home_bodies, home_of, listed_body
from khabar.kb.entries import load_kb


def _orgs(text: str, url: str | None = None) -> dict[str, Entity]:
    meta = {"url": url} if url else None
    doc = khabar.process(text.encode(), meta=meta)
    return {e.text: e for e in doc.entities if e.type == "ORG"}


def test_arabic_ministry_of_a_saudi_article_is_saudi() -> None:
    orgs = _orgs("أعلنت وزارة الداخلية أن دوريات الأمن في الرياض قبضت على مطلوبين في جدة "
                 "والدمام.")
    body = orgs["وزارة الداخلية"]
    assert (body.key, body.country) == ("org:interior-ministry:SAU", "SAU")


def test_persian_ministry_of_an_iranian_article_is_iranian_and_agrees_with_the_named_one() -> None:
    orgs = _orgs("وزارت کشور اعلام کرد انتخابات در تهران و اصفهان و مشهد برگزار می‌شود.")
    assert orgs["وزارت کشور"].key == "org:interior-ministry:IRN"
    named = _orgs("وزارت کشور ایران اعلام کرد انتخابات در بغداد برگزار می‌شود.")
    assert named["وزارت کشور ایران"].key == "org:interior-ministry:IRN"


def test_the_outlets_country_is_the_home_without_places() -> None:
    text = "أعلنت وزارة الداخلية أن دورياتها قبضت على مطلوبين."
    assert _orgs(text)["وزارة الداخلية"].country is None
    body = _orgs(text, "https://sabq.org/xyz")["وزارة الداخلية"]
    assert (body.key, body.country) == ("org:interior-ministry:SAU", "SAU")


def test_a_body_whose_country_is_named_after_it_is_not_the_homes() -> None:
    text = "قالت وزارة الداخلية في العراق إن انفجارا وقع، وأكدت شرطة الرياض وجدة والدمام."
    doc = Doc(raw=text, text=text, lang="ar", sentences=[(0, len(text))])
    start = text.index("وزارة الداخلية")
    body = Entity(start, start + len("وزارة الداخلية"), type="ORG", text="وزارة الداخلية",
                  key="org:وزارهالداخليه")
    riyadh = text.index("الرياض")
    places = [Entity(riyadh, riyadh + 6, type="LOC", text="الرياض", country="SAU"),
              Entity(riyadh, riyadh + 6, type="LOC", text="الرياض", country="SAU")]
    kept = add_home_bodies(doc, load_kb(), words(text), [body, *places])
    assert kept[0].country is None and kept[0].key == "org:وزارهالداخليه"
    alone = text[:start + len("وزارة الداخلية")] + " إن انفجارا وقع في الرياض."
    doc = Doc(raw=alone, text=alone, lang="ar", sentences=[(0, len(alone))])
    assert add_home_bodies(doc, load_kb(), words(alone), [body, *places])[0].country == "SAU"


def _place(country: str, start: int) -> Entity:
    return Entity(start, start + 1, type="LOC", text="x", country=country)


@pytest.mark.parametrize(("countries", "home"), [
    (["SAU", "SAU"], "SAU"),
    (["SAU"], None),                       # one passing place is no home
    (["SAU", "SAU", "IRQ", "IRQ"], None),  # two countries alike: neither is clearly it
    (["SAU", "SAU", "SAU", "SAU", "IRQ"], "SAU"),
])
def test_home_is_the_clearly_heaviest_country(countries: list[str], home: str | None) -> None:
    text = "x " * 100
    doc = Doc(raw=text, text=text, lang="ar", sentences=[(0, 1), (1, len(text))])
    assert home_of(doc, [_place(c, 10 + 2 * i) for i, c in enumerate(countries)]) == home


def test_listed_bodies_read_through_a_glued_proclitic() -> None:
    assert listed_body("ووزارة الداخلية") == ("interior-ministry", "Interior Ministry")
    assert listed_body("للدفاع المدني") == ("civil-defence", "Civil Defence")
    assert listed_body("وزارة الداخلية العراقية") is None
    assert listed_body("الحكومة") is None
