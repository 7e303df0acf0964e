"""Arabic entity rules of session 18 (2026-12-06), issue 5: a person the taggers read as
the given name alone, right before a family name in «ال» that no entity holds, takes it
(entities/arabic_family_names._given_alone); a body's head of ``open_head`` takes any
common noun in the construct state before its genitive (entities/org_patterns._Reader._open),
and a place the tagger found right after a head names the body as a listed place does
(``_Reader._place_entity``); a person ends before a «و» glued to a common word
(entities/arabic_listed_conjunction.cut_joined_phrases). Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_family_names import add_family_names
from khabar.entities.arabic_listed_conjunction import cut_joined_phrases
from khabar.entities.org_patterns import org_names
from khabar.entities.words import words


def _person(text: str, name: str, key: str, source: str = "crf", kind: str = "PER") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=kind, text=name, key=key, source=source)


def _persons(text: str, kept: list[Entity]) -> list[str]:
    return [e.text for e in add_family_names(text, words(text), kept) if e.type == "PER"]


@pytest.mark.parametrize(("text", "given", "found"), [
    ("حضر التوقيع مدير الكرة فؤاد السليم.", "فؤاد", "فؤاد السليم"),
    ("وكان سعود التويم الذي تحدث للصحيفة حاضرا.", "سعود", "سعود التويم"),  # a relative
    # a given name of the taggers' list only (a common word too): the tagger read it here
    ("نشرت الصحيفة معاناة المواطن سليمان الصعب بعد أن ظل يراجع الإدارة.", "سليمان",
     "سليمان الصعب"),
    ("ما يجعل حسن الراهب أساسيا في المباراة.", "حسن", "حسن الراهب"),
])
def test_a_given_name_alone_takes_the_family_name(text: str, given: str, found: str) -> None:
    kept = [_person(text, given, "per:" + given)]
    out = add_family_names(text, words(text), kept)
    assert [e.text for e in out if e.type == "PER"] == [found]
    assert all(text[e.start:e.end] == e.text for e in out)
    assert out[0].key != kept[0].key


@pytest.mark.parametrize(("text", "given", "why"), [
    ("وخيبة أمل بديل صلاح اللاعب في المباراة.", "صلاح",
     "a post's noun in apposition («اللاعب»)"),
    ("ثم مرر الكرة إلى صلاح المنطلق السريع في الدقيقة الأخيرة.", "صلاح",
     "a definite word after it: a noun and its adjective («المنطلق السريع»)"),
    ("وأشار الدكتور حسن الراهب إلى أن الحفل ناجح.", "حسن",
     "after a title the title rules read the name"),
    ("وقال فؤاد\nالراهب إن الحالة مستقرة.", "فؤاد", "no plain space before the word"),
])
def test_no_family_name_after_a_given_name(text: str, given: str, why: str) -> None:
    assert _persons(text, [_person(text, given, "per:" + given)]) == [given], why


def test_a_family_word_another_entity_holds_is_left() -> None:
    text = "ولعب يوسف الهلال أمس."
    kept = [_person(text, "يوسف", "per:يوسف"),
            _person(text, "الهلال", "org:الهلال", source="club", kind="ORG")]
    assert _persons(text, kept) == ["يوسف"]


def _bodies(text: str) -> list[str]:
    return [e.text for e in org_names(text, words(text), [])]


@pytest.mark.parametrize(("text", "body"), [
    ("أغلقت لجنة تقييم المنشآت بمنطقة تبوك 11 فندقا.", "لجنة تقييم المنشآت"),
    ("أقيمت الدورة بمعهد إعداد القادة في الرياض.", "معهد إعداد القادة"),
    ("أعلنت قيادة القوات المشتركة لتحالف دعم الشرعية في اليمن.", "تحالف دعم الشرعية"),
])
def test_an_open_head_takes_a_common_noun_in_the_construct(text: str, body: str) -> None:
    assert body in _bodies(text)


@pytest.mark.parametrize(("text", "why"), [
    ("زار الطبيب مركز صحي المندق أمس.", "an indefinite nisba adjective, no construct noun"),
    ("عثر على هاتفه في مركز لنقل المهملات أمس.", "a preposition glued to the noun"),
    ("تعتزم الهيئة إنشاء لجنة من الخبراء قريبا.", "a preposition, no noun"),
    ("اجتمع مجلس إدارة المدرسة أمس.", "«إدارة» makes the body's board"),
    ("تعاقدت مع شركة نقل الركاب أمس.", "«شركة» is no open head: a generic phrase"),
    ("تأسست لجنة كارينو العليا أمس.", "a word that is none of ANERcorp's common words"),
])
def test_no_open_construct(text: str, why: str) -> None:
    assert _bodies(text) == [], why


def test_a_head_after_an_open_head_opens_its_own_name() -> None:
    assert _bodies("زارت لجنة وزارة الصحة أمس.") == ["وزارة الصحة"]


def test_an_open_construct_before_a_place() -> None:
    assert _bodies("قال المتحدث باسم هيئة موانئ جدة إن العمل مستمر.") == ["هيئة موانئ جدة"]


def _bodies_with(text: str, name: str, kind: str = "LOC") -> list[str]:
    found = _person(text, name, f"{kind.lower()}:{name}", kind=kind)
    return [e.text for e in org_names(text, words(text), [found])]


@pytest.mark.parametrize(("text", "place", "body"), [
    ("وقالت شرطة جاينسفيل إن الحادث وقع ليلا.", "جاينسفيل", "شرطة جاينسفيل"),
    ("وقالت هيئة موانئ البحر الأحمر في بيان إن العمل مستمر.", "البحر الأحمر",
     "هيئة موانئ البحر الأحمر"),
])
def test_a_place_found_after_a_head_names_the_body(text: str, place: str, body: str) -> None:
    assert _bodies_with(text, place) == [body]


@pytest.mark.parametrize(("text", "name", "kind", "why"), [
    ("فيما تواصل جبهة جبل صبر محاصرة الموقع.", "جبل صبر", "LOC",
     "«جبهة» with a place is a front line (place_head)"),
    ("وذكرت صحيفة جاينسفيل صن أن الرجلين هربا.", "جاينسفيل", "LOC",
     "after a noun of kind a city often opens the name"),
    ("وقالت مؤسسة سلمان إن العمل مستمر.", "سلمان", "PER",
     "a person: a body named after him is read elsewhere"),
])
def test_no_body_from_the_entity_after_a_head(text: str, name: str, kind: str,
                                              why: str) -> None:
    assert _bodies_with(text, name, kind) == [], why


def _cut(text: str, name: str, source: str = "crf") -> list[str]:
    kept = [_person(text, name, "per:" + name.split()[-1], source=source)]
    return [e.text for e in cut_joined_phrases(words(text), kept)]


@pytest.mark.parametrize(("text", "name", "found"), [
    ("ثم توجه للمدرب الذي تحدث مع نور وشرح له وجهة نظره.", "نور وشرح", ["نور"]),
    ("قاد البرازيلي ماركينهو والعاجي ديديه ياكونان الفريق.", "ماركينهو والعاجي",
     ["ماركينهو"]),  # a definite rest
    ("ولقي حتفه أحمد صالح وزعيم التمرد في الهجوم.", "أحمد صالح وزعيم", ["أحمد صالح"]),
])
def test_a_person_ends_before_a_joining_waw(text: str, name: str, found: list[str]) -> None:
    assert _cut(text, name) == found


@pytest.mark.parametrize(("text", "name", "source", "why"), [
    ("وقال جيمس وارد إن الفريق جاهز.", "جيمس وارد", "crf", "«ارد» is no common word"),
    ("وغنت نجوى وردة أمس.", "نجوى وردة", "crf", "a name that opens with «و»"),
    ("وغنى كاني وست أمس.", "كاني وست", "crf", "a two-letter rest («ست» 'six')"),
    ("وقال عبدالله والي إن العمل مستمر.", "عبدالله والي", "crf", "a short definite rest"),
    ("والتقى رئيس الوزراء ووزير الخارجية الوفد.", "رئيس الوزراء ووزير الخارجية", "role",
     "a role's words stay whole"),
])
def test_no_cut_before_a_waw(text: str, name: str, source: str, why: str) -> None:
    assert _cut(text, name, source) == [name], why
