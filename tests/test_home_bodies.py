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


def _bodies(text: str, name: str) -> list[Entity]:
    """``add_home_bodies`` on the first «name» of ``text``, in an article of two Saudi
    places."""
    doc = Doc(raw=text, text=text, lang="ar", sentences=[(0, len(text))])
    start = text.index(name)
    body = Entity(start, start + len(name), type="ORG", text=name, key="org:folded")
    place = Entity(len(text) - 1, len(text), type="LOC", text=".", country="SAU")
    return add_home_bodies(doc, load_kb(), words(text), [body, place, place])


def test_a_body_named_of_another_country_is_that_countrys() -> None:
    for text in ("قالت وزارة الداخلية في العراق إن انفجارا وقع.",
                 "قالت وزارة الداخلية العراقية إن انفجارا وقع."):
        assert _bodies(text, "وزارة الداخلية")[0].key == "org:interior-ministry:IRQ"
    assert _bodies("قالت وزارة الداخلية إن انفجارا وقع.", "وزارة الداخلية")[0].key == (
        "org:interior-ministry:SAU")


def test_a_country_further_on_is_the_sentences_matter_not_the_bodys() -> None:
    text = "وافق مجلس الوزراء على اتفاقية تدريب حرس الحدود مع ألمانيا."
    assert _bodies(text, "مجلس الوزراء")[0].key == "org:cabinet:SAU"


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


def test_an_actor_of_another_country_in_the_lead_unsettles_the_outlets_home() -> None:
    text = ("أوقفت حكومة كينيا أمس ترخيص صحيفتين. وقالت الصحيفتان إن وزارة الداخلية "
            "أمرت بذلك.")
    body = _orgs(text, "https://sabq.org/xyz")["وزارة الداخلية"]
    assert body.country is None
    moved = text.replace("أوقفت حكومة كينيا أمس ترخيص صحيفتين.",
                         "أوقفت السلطات أمس ترخيص صحيفتين. ورحبت حكومة كينيا.")
    assert _orgs(moved, "https://sabq.org/xyz")["وزارة الداخلية"].country == "SAU"


def test_listed_bodies_read_through_a_glued_proclitic() -> None:
    assert listed_body("ووزارة الداخلية") == ("interior-ministry", "Interior Ministry")
    assert listed_body("للدفاع المدني") == ("civil-defence", "Civil Defence")
    assert listed_body("وزارة الداخلية العراقية") is None
    assert listed_body("الحكومة") is None
