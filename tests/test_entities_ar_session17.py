"""Arabic entity rules of session 17 (2026-12-06), issue 5: a surname named in full found
again behind a glued proclitic (entities/arabic_clitic_surnames), a «person» right after a
noun of a kind of body made that body (entities/arabic_kind_persons), and a «person» that
names a facility dropped (entities/arabic_facility_names), and a «person» that opens on a
preposition glued to a definite word tidied or dropped (entities/arabic_preposition_persons),
and a list's glued «و» left out of the next person (entities/arabic_listed_conjunction).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_clitic_surnames import clitic_surnames
from khabar.entities.arabic_facility_names import drop_facility_persons
from khabar.entities.arabic_kind_persons import kind_persons
from khabar.entities.arabic_listed_conjunction import listed_conjunctions
from khabar.entities.arabic_preposition_persons import drop_preposition_openings
from khabar.entities.words import words


def _person(text: str, name: str, key: str, source: str = "crf", kind: str = "PER") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=kind, text=name, key=key, source=source)


def _added(text: str, kept: list[Entity]) -> list[str]:
    return [e.text for e in clitic_surnames(text, words(text), kept) if e not in kept]


@pytest.mark.parametrize(("text", "full", "key", "found"), [
    ("قال جيمس ميرفي إنه يوم رائع، وميرفي هو الوحيد الذي سافر.", "جيمس ميرفي",
     "per:ميرفي", ["ميرفي"]),  # the conjunction «و»
    ("صوت اللاعبون لأندريس اينيستا، وسبق لاينيستا أن قاد الفريق.", "أندريس اينيستا",
     "per:اينيستا", ["اينيستا"]),  # the preposition «ل»
    ("أشاد باراك أوباما بالاتفاق، وبدا واضحا لأوباما أن الرجل لن يكف.", "باراك أوباما",
     "per:اوباما", ["أوباما"]),
])
def test_a_surname_behind_a_proclitic_is_the_person(text: str, full: str, key: str,
                                                    found: list[str]) -> None:
    kept = [_person(text, full, key)]
    added = clitic_surnames(text, words(text), kept)
    assert [e.text for e in added if e not in kept] == found
    assert all(e.type == "PER" and e.key == key for e in added)
    assert all(text[e.start:e.end] == e.text for e in added)


@pytest.mark.parametrize(("text", "full", "key", "why"), [
    ("وقال تشيلسي فائزا إن الفريق جاهز، وخسر لتشيلسي أمس.", "تشيلسي", "per:تشيلسي",
     "a one-word person of the tagger: too often a club or a word"),
    ("قال محمد علي إن القرار صائب، وحل وعلي مستور ثالثا.", "محمد علي", "per:علي",
     "a surname that is a given name: another person's"),
    ("حقق المنتخب للبولينج ميداليتين، وفاز بميداليتين أمس.", "للبولينج ميداليتين",
     "per:ميداليتين", "a phrase opening on a preposition glued to a definite noun"),
    ("زار ناصر المالكي المدينة، وتحدث للمالكي عن المشروع.", "ناصر المالكي",
     "per:المالكي", "«ل» + «ال»: the rest is not written as the surname"),
])
def test_no_surname_behind_a_proclitic(text: str, full: str, key: str, why: str) -> None:
    assert _added(text, [_person(text, full, key)]) == [], why


def test_a_nasab_key_names_no_surname() -> None:
    text = "استقبل محمد بن سلمان الوفد، وسلمان حاضر."
    assert _added(text, [_person(text, "محمد بن سلمان", "per:محمد-سلمان")]) == []


def _kinds(text: str, kept: list[Entity]) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in kind_persons(text, words(text), kept)]


@pytest.mark.parametrize(("text", "name"), [
    ("بالتعاون مع مؤسسة دان التطوعية أقيم المهرجان.", "دان"),
    ("وقال متحدث باسم شبكة بلومبيرغ إن الخبر غير صحيح.", "بلومبيرغ"),
    ("ووفقا للبيانات على موقع جودي فقد ارتفع الإنتاج.", "جودي"),  # kind_person_nouns_ar
    ("وقع اتفاقا مع مجموعة علي بابا الصينية.", "علي بابا"),
    ("وقالت لمؤسسة «دان» إن البرنامج مستمر.", "دان"),  # a proclitic, an opening mark
])
def test_a_person_after_a_noun_of_kind_is_the_body(text: str, name: str) -> None:
    assert _kinds(text, [_person(text, name, "per:x")]) == [("ORG", name)]


def test_every_mention_of_the_body_changes_with_it() -> None:
    text = "وقع اتفاقا مع مجموعة علي بابا، وقال إن علي بابا شركة رائدة."
    first = _person(text, "علي بابا", "per:بابا")
    second_at = text.rindex("علي بابا")
    second = Entity(second_at, second_at + 8, type="PER", text="علي بابا", key="per:بابا",
                    source="crf")
    assert [t for t, _ in _kinds(text, [first, second])] == ["ORG", "ORG"]


@pytest.mark.parametrize(("text", "name", "source", "why"), [
    ("وافتتح مؤسسة الملك عبدالعزيز للموهبة.", "الملك عبدالعزيز", "title",
     "a titled person: a body named after a king"),
    ("وقال محمد الأحمد إن البرنامج مستمر.", "محمد الأحمد", "crf", "no noun of kind"),
    ("وكتب في موقعه جمال خاشقجي مقالا.", "جمال خاشقجي", "crf",
     "«موقعه» is no noun of kind (a pronoun on it)"),
])
def test_a_person_not_after_a_noun_of_kind_stays(text: str, name: str, source: str,
                                                 why: str) -> None:
    assert _kinds(text, [_person(text, name, "per:x", source)]) == [("PER", name)], why


def _facility_persons(text: str, name: str, source: str = "crf") -> list[str]:
    return [e.text for e in drop_facility_persons(words(text), [_person(text, name, "per:x",
                                                                         source)])]


@pytest.mark.parametrize(("text", "name"), [
    ("وقال إن استاد جابر سيكون جاهزا في أكتوبر.", "جابر"),
    ("ثم جوا إلى مطار حمد الدولي بالدوحة.", "حمد"),
    ("وشب حريق في عقار بشارع محمد مظهر بالزمالك.", "محمد مظهر"),  # a proclitic on the noun
    ("وهبطت الطائرة في مطار الملك خالد الدولي.", "خالد"),  # a title between
])
def test_a_person_naming_a_facility_is_dropped(text: str, name: str) -> None:
    assert _facility_persons(text, name) == []


@pytest.mark.parametrize(("text", "name", "why"), [
    ("وقال مدير الملعب خالد الشهري إن العمل مستمر.", "خالد الشهري",
     "a definite noun: the stadium's manager, a person"),
    ("وجاء الهدف عن طريق لوكاس مورا في الدقيقة 57.", "لوكاس مورا",
     "«عن طريق» 'by way of': no facility"),
    ("وتوج الفائز بكأس الأمير فيصل بن خالد.", "فيصل بن خالد", "a cup is no facility"),
])
def test_a_person_after_no_facility_noun_stays(text: str, name: str, why: str) -> None:
    assert _facility_persons(text, name) == [name], why


def _openings(text: str, kept: list[Entity]) -> list[tuple[str, str | None]]:
    return [(e.text, e.key) for e in drop_preposition_openings(text, words(text), kept)]


@pytest.mark.parametrize(("text", "span", "left"), [
    ("بحضور الرئيس المحب للمملكة عبدالفتاح السيسي أمس.", "للمملكة عبدالفتاح السيسي",
     "عبدالفتاح السيسي"),  # two words after «لل…»: the name
    ("عبر رئيس البعثة للبولينج جايد العتيبي عن سعادته.", "للبولينج جايد العتيبي",
     "جايد العتيبي"),
])
def test_a_preposition_and_article_opening_a_person_is_left_out(text: str, span: str,
                                                                 left: str) -> None:
    assert [t for t, _ in _openings(text, [_person(text, span, "per:x")])] == [left]


@pytest.mark.parametrize(("text", "span"), [
    ("وعالجوا المنكرات بالحكمة وبالأسلوب الأمثل.", "وبالأسلوب"),
    ("للتتويج بالبريميير ليج لأول مرة.", "بالبريميير ليج"),  # one word after: no surname
    ("حقق المنتخب للبولينج ميداليتين فضية.", "للبولينج ميداليتين"),
])
def test_a_phrase_opening_on_a_preposition_and_article_is_no_person(text: str,
                                                                      span: str) -> None:
    assert _openings(text, [_person(text, span, "per:x")]) == []


def test_a_surname_behind_a_preposition_and_article_stays_the_surname() -> None:
    text = "قال نوري المالكي إنه لاجئ، والصورة لشخص شبيه بالمالكي من كربلاء."
    kept = [_person(text, "نوري المالكي", "per:المالكي"), _person(text, "بالمالكي", "per:x")]
    assert _openings(text, kept)[1] == ("المالكي", "per:المالكي")


@pytest.mark.parametrize(("text", "names", "why"), [
    ("وسجل ماريو بالوتيلي هدفا، واحتفل بالوتيلي مع الجمهور.", ["ماريو بالوتيلي", "بالوتيلي"],
     "the word itself is a surname named in full"),
    ("ويمارس بالمر، وهو طبيب أسنان، هواية الصيد.", ["بالمر"],
     "two letters after «بال»: no definite word"),
    ("وقال نائب الرئيس كاليانا سيفانيانام إن الشركة تفخر.", ["كاليانا سيفانيانام"],
     "«كال» opens foreign given names"),
])
def test_a_name_that_opens_like_a_preposition_stays(text: str, names: list[str],
                                                    why: str) -> None:
    kept = []
    for name in names:
        at = text.index(name, kept[-1].end if kept else 0)
        kept.append(Entity(at, at + len(name), type="PER", text=name, key="per:x",
                           source="crf"))
    assert [t for t, _ in _openings(text, kept)] == names, why


def _listed(text: str, span: str) -> list[str]:
    return [e.text for e in listed_conjunctions(text, words(text), [_person(text, span, "per:x")])]


@pytest.mark.parametrize(("text", "span", "name"), [
    ("والمرشحون زيكو ومارادونا، وميشال بلاتيني رئيس الاتحاد.", "وميشال بلاتيني",
     "ميشال بلاتيني"),  # after a comma
    ("وهم: عبدالعزيز الشعيل (رئيس اللجنة) وشيبان العنزي.", "وشيبان العنزي", "شيبان العنزي"),
])
def test_a_lists_waw_is_left_out_of_the_next_person(text: str, span: str, name: str) -> None:
    assert _listed(text, span) == [name]


@pytest.mark.parametrize(("text", "span", "why"), [
    ("ذكرت الدكتورة وديعه بوكر أن الهدف واضح.", "وديعه بوكر", "no list's mark before it"),
    ("وحضر الحفل، وليد الأحمد مدير المهرجان.", "وليد الأحمد", "a given name opening with «و»"),
    ("وحضر الاجتماع، ويليام هيغ وزير الخارجية.", "ويليام هيغ", "a listed name opening with «و»"),
    ("ووصل الفريق، والمهاجم حسن الراهب معه.", "والمهاجم حسن الراهب",
     "a definite word after «و»: a title or a noun"),
    ("وحضر الحفل، وسعود.", "وسعود", "one word: no name's first word to tell"),
])
def test_a_waw_that_may_be_the_names_stays(text: str, span: str, why: str) -> None:
    assert _listed(text, span) == [span], why
