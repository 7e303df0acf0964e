"""Rule-based entities: gazetteer places, organisations, titled persons, surname mentions."""

from __future__ import annotations

import itertools

import pytest
from doc_builders import simple_doc

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import phrase_key, place_index, words
from khabar.entities.stage import add_surname_mentions, find_entities
from khabar.registry import get_stage
from khabar.settings import Settings


def make_doc(text: str, lang: str) -> Doc:
    """A Doc with a simple sentence split, as the stage sees it after the text stages."""
    return simple_doc(text, lang)


def entities_of(text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in find_entities(make_doc(text, lang))]


@pytest.mark.parametrize(
    ("text", "lang", "name_en", "country", "reason"),
    [
        ("باقری وارد اسلام‌آباد شد.", "fa", "Islamabad", "PAK", "with ZWNJ"),
        ("باقری وارد اسلامآباد شد.", "fa", "Islamabad", "PAK", "glued, ZWNJ lost"),
        ("باقری وارد اسلام آباد شد.", "fa", "Islamabad", "PAK", "written as two words"),
        ("وصل باقري لاسلام اباد اليوم.", "ar", "Islamabad", "PAK", "Arabic proclitic ل"),
        ("سفر به دمشق", "fa", "Damascus", "SYR", "capital"),
        ("في طهران", "ar", "Tehran", "IRN", "Arabic spelling of Tehran"),
        ("ایران و پاکستان", "fa", "Iran", "IRN", "country from the curated aliases"),
        ("نيوزيلندا", "ar", "New Zealand", "NZL", "pycountry's Arabic catalogue"),
    ],
)
def test_places_are_geocoded(text: str, lang: str, name_en: str, country: str, reason: str) -> None:
    places = [e for e in find_entities(make_doc(text, lang)) if e.type == "LOC"]
    assert [(p.name_en, p.country) for p in places][:1] == [(name_en, country)], reason
    assert places[0].kb_id and places[0].kb_id.startswith("geonames:")
    assert places[0].source == "gazetteer"


def test_islamabad_has_coordinates_and_geonames_id() -> None:
    place = next(e for e in find_entities(make_doc("در اسلام‌آباد", "fa")) if e.type == "LOC")
    assert place.kb_id == "geonames:1176615"
    assert place.lat is not None and 33 < place.lat < 34.5
    assert place.lon is not None and 72.5 < place.lon < 73.5


@pytest.mark.parametrize(
    ("text", "lang", "reason"),
    [
        ("اگر رای مردم به دولت برسد", "fa", "رای (Rye) and اگر (Eger) are words"),
        ("كان هذا البيان في إطار جديد", "ar", "كان (Caen), بيان, إطار are words"),
        ("روز دوشنبه گذشته", "fa", "دوشنبه is Monday, not Dushanbe"),
        ("و این موضوع", "fa", "و + این must not join into Wayne"),
        ("تمنى للمصابين الشفاء العاجل", "ar", "الشفاء (Ash Shafa) is recovery"),
        ("تعاون دولي في الحي الصناعي مع الطرف الآخر", "ar",
         "دولي (The Valley), الحي (Al Hayy), الطرف (At Taraf) are words"),
        ("فاجأ المطرب جمهوره في بلاد العرب لفترة وجيزة", "ar",
         "لاد, اجأ, جيزة are what a stripped proclitic leaves of بلاد, فاجأ, وجيزة"),
    ],
)
def test_common_words_are_not_places(text: str, lang: str, reason: str) -> None:
    assert [e for e in find_entities(make_doc(text, lang)) if e.type == "LOC"] == [], reason


@pytest.mark.parametrize(
    ("text", "lang", "name", "role", "reason"),
    [
        ("سردار سرلشکر «محمد باقری» رئیس ستاد کل گفت", "fa", "محمد باقری", "سردار سرلشکر",
         "quoted name after a title chain"),
        ("سرلشکر باقری افزود", "fa", "باقری", "سرلشکر", "surname only; stops at the verb"),
        ("سرلشکر حسین سلامی و ژنرال منیر", "fa", "حسین سلامی", "سرلشکر",
         "given name + surname, stops at و"),
        ('أكد اللواء "محمد باقري" اليوم', "ar", "محمد باقري", "اللواء", "Arabic quoted name"),
        ("التقى الجنرال منير في طهران", "ar", "منير", "الجنرال", "stops at a preposition"),
        ("استقبل الأمير محمد بن سلمان الوزير", "ar", "محمد بن سلمان", "الأمير", "nasab name"),
    ],
)
def test_titled_persons(text: str, lang: str, name: str, role: str, reason: str) -> None:
    persons = [e for e in find_entities(make_doc(text, lang)) if e.type == "PER"]
    assert persons and persons[0].text == name, reason
    assert persons[0].role == role


def test_person_keys_match_across_languages() -> None:
    fa = next(e for e in find_entities(make_doc("سرلشکر محمد باقری گفت", "fa")) if e.type == "PER")
    ar = next(e for e in find_entities(make_doc("قال اللواء محمد باقري", "ar")) if e.type == "PER")
    assert fa.key == ar.key == "per:باقري"


def test_later_surname_mentions_become_persons() -> None:
    text = "سرلشکر محمد باقری به دمشق رفت. باقری گفت که سفر مهم است."
    persons = [e for e in find_entities(make_doc(text, "fa")) if e.type == "PER"]
    assert [p.text for p in persons] == ["محمد باقری", "باقری"]
    assert persons[1].source == "surname" and persons[1].key == persons[0].key


def test_given_name_without_title() -> None:
    assert ("PER", "محمود عباس") in entities_of("محمود عباس و اسماعیل هنیه دیدار کردند.", "fa")


def test_arabic_preposition_ala_is_not_the_name_ali() -> None:
    """على (alef maqsura) folds like علي; it must not start a person."""
    assert entities_of("تأكيد على مواجهة العناصر", "ar") == []


def test_organisations_and_person_country() -> None:
    text = 'أكد قائد الجيش الباكستاني "سيد عاصم منير" ضرورة التعاون.'
    found = find_entities(make_doc(text, "ar"))
    org = next(e for e in found if e.type == "ORG")
    person = next(e for e in found if e.type == "PER")
    assert (org.key, org.country) == ("org:pak-army", "PAK")
    assert person.text == "عاصم منير" and person.country == "PAK"


def test_org_from_head_noun_and_country() -> None:
    org = next(e for e in find_entities(make_doc("وزارت خارجه ایران اعلام کرد", "fa"))
               if e.type == "ORG")
    assert org.key == "org:foreign-ministry:IRN" and org.country == "IRN"


def test_spans_point_at_their_text_and_never_overlap(example_paths) -> None:  # type: ignore[no-untyped-def]
    for path in example_paths:
        text = path.read_text(encoding="utf-8")
        doc = make_doc(text, "ar" if "002_" in path.name else "fa")
        found = find_entities(doc)
        assert found, path.name
        for e in found:
            assert doc.text[e.start : e.end] == e.text
        for a, b in itertools.pairwise(found):
            assert a.end <= b.start


def test_index_joins_only_names_written_in_parts() -> None:
    text = "داد و"
    assert place_index().find_all(text, words(text)) == []


def test_stage_is_registered_with_its_contract() -> None:
    info = get_stage("khabar.entities.rules.v1")
    assert info.requires == ("text", "lang", "sentences") and info.assigns == ("entities",)
    doc = info.factory(Settings())(make_doc("سفر به تهران", "fa"))
    assert [e.name_en for e in doc.entities] == ["Tehran"]


def test_a_name_of_god_is_no_surname_to_spread() -> None:
    """The tagger may take «رحمه الله» for a person; every «الله» is not him."""
    text = "قال هورجان إن الفقيد رحمه الله كان كريما، وإن الله رحيم. وأضاف هورجان أن الله غفور."
    seeds = [Entity(text.index(name), text.index(name) + len(name), type="PER", source="crf",
                    key="per:" + phrase_key(name.split()[-1]))
             for name in ("هورجان", "رحمه الله")]
    found = add_surname_mentions(text, words(text), seeds)
    assert [e.start for e in found if e.source == "surname"] == [text.rindex("هورجان")]
