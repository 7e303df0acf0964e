"""A person named after a title that holds a place or a region is the act's party, session 29
(2026-12-07), issue 6 (events_ar16, ``events/participants``): the glued «ب» of a city ending
the title («رئيس الجمعية الخيرية ... بالرياض الشيخ X») is the city's, not the person's; and
the role word of a title may stand four words before the «ل» of its organisation, over the
region the post covers («مدير إقليم شرق المتوسط لمنظمة الصحة العالمية الدكتور X»). Both
visitors were lost as actors of the studied receptions (study2 saudinewsnet-2015-08-03-01048,
study3 saudinewsnet-2015-07-27-00456)."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.events.stage import find_events

PUBLISHED = "2015-07-27T09:00:00+03:00"


RIYADH = {"الرياض": ("geonames:108410", "SAU")}
"""The city as the gazetteer links it: a place that is no country."""


def consult_parties(text: str, entities: list[tuple[str, str]]
                    ) -> list[tuple[str | None, str | None]]:
    doc = doc_with(text, "ar", entities, RIYADH)
    doc.published = PUBLISHED
    return [(e.actor.text if e.actor else None, e.target.text if e.target else None)
            for e in find_events(doc) if e.type == "CONSULT"]


def test_a_visitor_after_a_title_ending_in_a_city_is_the_actor() -> None:
    text = ("استقبل الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض في مكتبه أمس رئيس "
            "الجمعية الخيرية لتحفيظ القرآن الكريم بالرياض الشيخ سعد بن محمد آل فريان.")
    found = consult_parties(text, [
        ("فيصل بن بندر بن عبدالعزيز", "PER"), ("الرياض", "LOC"),
        ("الجمعية الخيرية لتحفيظ القرآن الكريم", "ORG"), ("الرياض", "LOC"),
        ("سعد بن محمد آل فريان", "PER")])
    assert found == [("سعد بن محمد آل فريان", "فيصل بن بندر بن عبدالعزيز")]


def test_a_visitor_after_a_regional_post_of_an_organisation_is_the_actor() -> None:
    text = ("استقبل الدكتور عبدالله بن عبدالعزيز الربيعة بمقر المركز في الرياض اليوم، مدير "
            "إقليم شرق المتوسط لمنظمة الصحة العالمية الدكتور علاء العلوان.")
    found = consult_parties(text, [
        ("عبدالله بن عبدالعزيز الربيعة", "PER"), ("الرياض", "LOC"), ("شرق المتوسط", "LOC"),
        ("منظمة الصحة العالمية", "ORG"), ("علاء العلوان", "PER")])
    assert found == [("علاء العلوان", "عبدالله بن عبدالعزيز الربيعة")]
