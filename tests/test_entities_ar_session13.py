"""Arabic entities, session 13 (2026-12-05), issue 5: a KB name that denotes its entry
only beside a word of its kind (kb/context_names), institutions named after a titled
person headed by «مدينة» or «دارة», a «و» after an adjective of nation or region that
joins another body (entities/org_patterns), a titled name that names a place
(entities/place_namesakes), set phrases opened by a given name (common_words), and one
type for a name in an article (entities/name_types)."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc, tagged

from khabar.doc import Entity
from khabar.entities.common_words import drop_name_word_phrases
from khabar.entities.name_extent import tidy_model
from khabar.entities.name_types import agree_name_types
from khabar.entities.ner import find_entities
from khabar.entities.org_patterns import org_names
from khabar.entities.stage import add_surname_mentions, spreadable
from khabar.entities.words import words
from khabar.kb.context_names import context_name_spans
from khabar.kb.entries import load_kb
from khabar.normalize.fold import fold


def _links(text: str, name: str) -> set[str | None]:
    doc = simple_doc(text, "ar", published="2015-08-01")
    return {e.kb_id for e in find_entities(doc, load_kb()) if e.text == name}


def _org(text: str, name: str, at: int = 0) -> Entity:
    start = text.index(name, at)
    return Entity(start, start + len(name), type="ORG", text=name)


@pytest.mark.parametrize(("text", "reason"), [
    ("وقال الوزير لقناة الجزيرة إن الحرب مستمرة. وأضاف للقناة أن الوضع صعب.",
     "the channel noun, with a proclitic"),
    ("وقال مراسل الجزيرة في غزة إن القصف مستمر.", "a reporter of the network"),
    ("ونشر موقع الجزيرة نت التقرير أمس.", "the network's site"),
])
def test_al_jazeera_beside_a_word_of_the_channel(text: str, reason: str) -> None:
    assert context_name_spans(words(text), [_org(text, "الجزيرة")], "ar") == frozenset(), reason


@pytest.mark.parametrize(("text", "reason"), [
    ("نقلا عن صحيفة الجزيرة أن الوزير سيزور الرياض.", "the Saudi daily"),
    ("وقال محمد الحسين لـ«الجزيرة» إن الأمانة ستقدم الدعم.", "a quote given to the daily"),
    ("فكان أول من أشار إلى ثروة الذهب الأسود في الجزيرة.", "the peninsula"),
])
def test_al_jazeera_alone_is_not_the_network(text: str, reason: str) -> None:
    tokens = words(text)
    org = _org(text, "الجزيرة")
    assert context_name_spans(tokens, [org], "ar") == {(org.start, org.end)}, reason


def test_one_mention_beside_the_channel_noun_lets_the_others_link() -> None:
    text = "وقالت قناة الجزيرة إن المراسل أصيب. وأضافت الجزيرة أن حالته مستقرة."
    second = _org(text, "الجزيرة", text.index("وأضافت"))
    assert context_name_spans(words(text), [second], "ar") == frozenset()


def test_persian_al_jazeera_needs_no_context() -> None:
    text = "الجزیره گزارش داد که درگیری ادامه دارد."
    assert context_name_spans(words(text), [_org(text, "الجزیره")], "fa") == frozenset()


def test_the_saudi_daily_is_not_linked_to_the_network() -> None:
    assert _links("وذكرت صحيفة الجزيرة أن الوزير محمد العمري سيزور الرياض.",
                  "الجزيرة") <= {None}
    assert _links("وقال الوزير لقناة الجزيرة إن الحرب مستمرة.", "الجزيرة") == {"org:al-jazeera"}


def orgs(text: str) -> list[str]:
    return [e.text for e in org_names(text, words(text), [])]


@pytest.mark.parametrize(("text", "expected"), [
    ("وقعت مدينة الملك عبدالعزيز للعلوم والتقنية مذكرتي تفاهم.",
     ["مدينة الملك عبدالعزيز للعلوم والتقنية"]),
    ("ومنوم بمستشفى مدينة الملك عبدالعزيز الطبية بالحرس الوطني.",
     ["مدينة الملك عبدالعزيز الطبية"]),
    ("زار الوفد دارة الملك عبدالعزيز في الرياض.", ["دارة الملك عبدالعزيز"]),
    ("عاد الوفد إلى مدينة جدة أمس.", []),
])
def test_a_city_or_house_named_after_a_titled_person_is_a_body(text: str,
                                                              expected: list[str]) -> None:
    # «مدينة» and «دارة» name a body only before a titled person; «مدينة جدة» is the city
    assert orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وأعلن مجلس التعاون الخليجي والصين والهند اتفاقا.", "مجلس التعاون الخليجي"),
    ("وتواجه ألمانيا والبنك المركزي الأوروبي والمؤسسات المالية صعوبة.",
     "البنك المركزي الأوروبي"),
    ("مواجهات بين قوات الأمن المصري والمتطرفين في سيناء.", "قوات الأمن المصري"),
    ("وقال صندوق النقد الدولي والبنك الدولي إن النمو تباطأ.", "صندوق النقد الدولي"),
])
def test_a_waw_after_an_adjective_of_nation_or_region_ends_the_name(text: str,
                                                                    expected: str) -> None:
    assert orgs(text)[0] == expected


def test_a_waw_after_a_complement_goes_on_the_name() -> None:
    text = "ونظم الاتحاد العربي للصحافة والإعلام مؤتمرا بإشراف الهيئة العامة للسياحة والتراث."
    assert orgs(text) == ["الاتحاد العربي للصحافة والإعلام", "الهيئة العامة للسياحة والتراث"]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("وقال الصليب الأحمر الأمريكي إن المتطوعين وصلوا.", "الصليب الأحمر الأمريكي", None),
    ("وقال الناطق باسم الصليب الأحمر في اليمن إن الوضع صعب.", "الصليب الأحمر", "org:icrc"),
])
def test_a_nationality_adjective_makes_the_red_cross_a_national_society(
        text: str, name: str, expected: str | None) -> None:
    # the ICRC has no country: an adjective of nation after its name names one nation's society
    doc = simple_doc(text, "ar", published="2015-08-01")
    found = {e.text: e for e in find_entities(doc, load_kb()) if e.type == "ORG"}
    assert found[name].kb_id == expected
    if expected is None:
        assert found[name].country == "USA"


def _persons(text: str) -> list[str]:
    doc = simple_doc(text, "ar", published="2015-08-01")
    return [e.text for e in find_entities(doc, load_kb()) if e.type == "PER"]


@pytest.mark.parametrize("text", [
    "وصل الوفد عبر مطار الملك خالد الدولي بالرياض.",
    "واستكمال تطوير طريق الملك فيصل الساحلي.",
    "تقع الوحدات على شارع الأمير ماجد بن عبدالعزيز شمال المدينة.",
    "أقيمت المباراة على ستاد الشيخ جابر أمس.",
    "وزار قائد قاعدة الملك عبدالعزيز الجوية المعرض.",
])
def test_a_titled_name_after_a_noun_of_a_place_is_no_person(text: str) -> None:
    # the airport, road, street, stadium or base is named after the person: no mention of him
    assert _persons(text) == []


def test_a_titled_person_elsewhere_stays() -> None:
    assert _persons("واستقبل الملك فهد الوفد في الرياض.") == ["فهد"]


def _without_phrases(text: str, name: str) -> list[str]:
    start = text.index(name)
    person = Entity(start, start + len(name), type="PER", text=name)
    return [e.text for e in drop_name_word_phrases(words(text), [person])]


@pytest.mark.parametrize(("text", "name"), [
    ("ودعا إيران إلى احترام مبادئ حسن الجوار وعدم التدخل.", "حسن"),
    ("وأكد أن حسن الظن بالآخرين واجب.", "حسن الظن"),
    ("وقالوا إنهم يسعون لكسب رضا الناس.", "رضا"),
])
def test_a_set_phrase_opened_by_a_given_name_is_no_person(text: str, name: str) -> None:
    assert _without_phrases(text, name) == []


def test_the_given_name_before_a_family_name_stays() -> None:
    text = "وقال المذيع القطري حسن الساعي إن الحكومة تحرص."
    assert _without_phrases(text, "حسن الساعي") == ["حسن الساعي"]


@pytest.mark.parametrize(("text", "tagged_name", "expected"), [
    ("فلا تعتقد يا محسن أنك تستطيع أن تلغي ذاكرة الشعب.", "محسن أنك", ["محسن"]),
    ("قالت لابنها خالد وهي تلف القدر.", "خالد وهي", ["خالد"]),
    ("صفعة مؤلمة للحوثي وأتباع صالح ومن وراءهم.", "صالح ومن", ["صالح"]),
])
def test_a_pronoun_or_relative_with_a_conjunction_ends_the_tagger_name(
        text: str, tagged_name: str, expected: list[str]) -> None:
    model = [tagged(text, tagged_name)]
    assert [e.text for e in tidy_model(text, words(text), model)] == expected


@pytest.mark.parametrize("word", ["وهي", "ومن", "أنك", "إنك"])
def test_a_pronoun_or_relative_with_a_conjunction_is_no_surname(word: str) -> None:
    assert not spreadable(fold(word))


@pytest.mark.parametrize("word", ["هي", "ما", "آنا"])
def test_syllables_of_transliterated_names_stay_name_words(word: str) -> None:
    # «بارك كون هي», «جاك ما», «آنا»: the bare pronouns and «أنا» are not listed
    assert spreadable(fold(word))


def _typed(text: str, found: list[Entity]) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in agree_name_types(text, words(text), found)]


def test_a_name_a_body_noun_introduces_is_the_body_elsewhere_too() -> None:
    text = "وذكر أن شركة سابك الثانية عالميا، ودعم ذلك أرباح سابك هذا العام."
    found = [tagged(text, "سابك", "ORG"), tagged(text, "أرباح سابك", "PER")]
    assert _typed(text, found) == [("ORG", "سابك"), ("ORG", "سابك")]


def test_a_whole_person_that_is_the_body_name_is_the_body() -> None:
    text = "وأنشئت القوة لمحاربة جماعة بوكو حرام، وينشط متطرفو بوكو حرام في الشمال."
    first = tagged(text, "بوكو حرام", "ORG")
    second = text.index("بوكو حرام", first.end)
    found = [first, Entity(second, second + 9, type="PER", text="بوكو حرام", source="crf")]
    assert _typed(text, found) == [("ORG", "بوكو حرام"), ("ORG", "بوكو حرام")]


def test_a_surname_read_as_a_body_is_the_person() -> None:
    text = "وقال الرئيس باراك أوباما إن الاتفاق جيد. وأقر أوباما بالصعوبات."
    found = [tagged(text, "باراك أوباما", "PER"),
             Entity(text.index("أوباما", 30), text.index("أوباما", 30) + 6, type="ORG",
                    text="أوباما", source="crf")]
    assert _typed(text, found) == [("PER", "باراك أوباما"), ("PER", "أوباما")]


def test_evidence_on_both_sides_or_none_changes_nothing() -> None:
    # «فريق» is no body noun: «فريق مورينيو» is the coach's team
    text = "وعلى فريق مورينيو الحذر، وقال مورينيو إنه سعيد."
    found = [tagged(text, "مورينيو", "ORG"),
             Entity(text.rindex("مورينيو"), text.rindex("مورينيو") + 7, type="PER",
                    text="مورينيو", source="crf")]
    assert _typed(text, found) == [("ORG", "مورينيو"), ("PER", "مورينيو")]


@pytest.mark.parametrize(("text", "tagged_name", "expected"), [
    ("فما كان من أسامة رضي الله عنه إلا الالتصاق بنور الهداية.", "أسامة رضي الله", ["أسامة"]),
    ("وثبت في الصحيحين عن أبي هريرة رضي الله عنه أنه قال.", "أبي هريرة رضي الله",
     ["أبي هريرة"]),
    ("وقال حسن نصر الله إن المقاومة مستمرة.", "حسن نصر الله", ["حسن نصر الله"]),
])
def test_a_blessing_after_a_name_is_no_part_of_it(text: str, tagged_name: str,
                                                   expected: list[str]) -> None:
    # «رضي الله عنه»: a verb and a name of God with «عن»/«على» + pronoun after them
    assert [e.text for e in tidy_model(text, words(text), [tagged(text, tagged_name)])] == expected


@pytest.mark.parametrize(("text", "name"), [
    ("إذا ما أرادت بالفعل علاقات حسن جوار واحترام مع جيرانها.", "حسن جوار"),
    ("ويكفي أن تعلم عزيزي القارئ أن الهلال تصدر الأندية.", "عزيزي القارئ"),
])
def test_an_indefinite_set_phrase_or_the_address_to_the_reader_is_no_person(
        text: str, name: str) -> None:
    assert _without_phrases(text, name) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("وضبطت هيئة الأمر بالمعروف والنهي عن المنكر المتهم.",
     ["هيئة الأمر بالمعروف والنهي عن المنكر"]),
    ("وأحالت القضية إلى هيئة التحقيق والادعاء العام أمس.", ["هيئة التحقيق والادعاء العام"]),
    ("وأعلنت لوزارة التجارة والصناعة الإجراءات.", ["وزارة التجارة والصناعة"]),
    ("صدر القرار من مجلس الوزراء والمقام السامي.", ["مجلس الوزراء"]),
])
def test_a_listed_body_with_a_coordination_after_its_genitive_is_read_whole(
        text: str, expected: list[str]) -> None:
    # unlisted, a «و» right after the genitive still joins two bodies
    assert orgs(text) == expected


def _spread(text: str, name: str) -> list[str]:
    start = text.index(name)
    key = f"per:{fold(name.split()[-1])}"
    person = Entity(start, start + len(name), type="PER", text=name, key=key, source="title")
    return [e.text for e in add_surname_mentions(text, words(text), [person])
            if e.source == "surname"]


def test_the_second_half_of_a_compound_given_name_is_no_surname() -> None:
    text = "وقال الشيخ محمد عبد العزيز إن العمل مستمر في مطار الملك عبد العزيز الدولي."
    assert _spread(text, "محمد عبد العزيز") == []


def test_a_surname_is_still_found_again() -> None:
    text = "وقال الشيخ محمد الشمري إن العمل مستمر، وأكد الشمري ذلك."
    assert _spread(text, "محمد الشمري") == ["الشمري"]
