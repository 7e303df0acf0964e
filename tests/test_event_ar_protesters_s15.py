"""Arabic protesters as an unnamed group actor, session 15 (2026-12-06): «متظاهرون»,
«المحتجون» (state_actors.tsv, kind group, flag placed) are a group of people acting where
they are: of the nationality after the noun, else of the city the sentence names, else of
no country."""

from __future__ import annotations

from doc_builders import simple_doc

from khabar.entities.gazetteer import words
from khabar.events.stage import find_events
from khabar.events.state_actors import state_actors

PUBLISHED = "2015-07-20T09:00:00+03:00"


def groups(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = simple_doc(text, "ar", published=PUBLISHED, with_entities=True)
    return [(e.text, e.name_en, e.country) for s, t in doc.sentences
            for e in state_actors(doc, words(doc.text, s, t))
            if e.key and e.key.startswith("group:")]


def test_protesters_take_the_country_of_the_city_they_gather_in() -> None:
    found = groups("تجمع متظاهرون في شارع تايمز سكوير بنيويورك للتنديد بالاتفاق.")
    assert ("متظاهرون", "United States protesters", "USA") in found


def test_a_nationality_after_the_noun_outranks_the_city() -> None:
    found = groups("تظاهر آلاف المحتجين العراقيين في لندن.")
    assert found and found[0][2] == "IRQ"


def test_no_city_no_country() -> None:
    found = groups("واحتج المتظاهرون على انقطاع الكهرباء.")
    assert found == [("المتظاهرون", "Protesters", None)]


def test_unidentified_gunmen_keep_no_country_from_a_city() -> None:
    """The place flag is the protesters' alone: gunmen in a city are of no known country."""
    found = groups("هاجم مسلحون مجهولون حافلة في بغداد.")
    assert found and all(country is None for _, _, country in found)


def test_the_protest_has_the_protesters_as_its_actor() -> None:
    doc = simple_doc("تجمع متظاهرون في شارع تايمز سكوير بنيويورك للتنديد بالاتفاق.", "ar",
                     published=PUBLISHED, with_entities=True)
    protest = [e for e in find_events(doc) if e.type == "PROTEST"]
    assert protest and protest[0].actor is not None
    actor = protest[0].actor
    assert (actor.name_en, actor.country) == ("United States protesters", "USA")
    assert protest[0].actor.kb_id is None


def test_protesters_next_to_an_unvowelled_arrest_are_the_ones_arrested() -> None:
    """Protesters hold no power of arrest: «اعتقلوا» after them is the passive, in a reported
    clause too (arabic_passives.powerless_passive)."""
    doc = simple_doc("أفاد شاهد بأن عشرات المحتجين اعتقلوا أمس في بغداد.", "ar",
                     published=PUBLISHED, with_entities=True)
    arrests = [e for e in find_events(doc) if e.type == "COERCE"]
    assert all(e.actor is None or "protesters" not in (e.actor.name_en or "") for e in arrests)


def test_the_police_arresting_protesters_keep_their_roles() -> None:
    doc = simple_doc("واعتقلت الشرطة عشرات المحتجين في بغداد.", "ar",
                     published=PUBLISHED, with_entities=True)
    (arrest,) = [e for e in find_events(doc) if e.type == "COERCE"]
    assert arrest.actor is not None and arrest.actor.name_en == "Iraq Police"
    assert arrest.target is not None and arrest.target.name_en == "Iraq protesters"
