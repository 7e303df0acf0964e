"""Arabic common words that are no persons or organisations (khabar.entities.common_words)."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

import khabar
from khabar.doc import Doc, Entity
from khabar.entities.common_words import drop_amounts_and_dates
from khabar.entities.gazetteer import phrase_key, words
from khabar.entities.stage import add_surname_mentions, find_entities


def persons(text: str, lang: str = "ar") -> list[str]:
    doc: Doc = simple_doc(text, lang)
    return [e.text for e in find_entities(doc) if e.type == "PER"]


@pytest.mark.parametrize("text, name, reason", [
    ("افتتح الأمير سلمان بمحافظة الخرج مشروعا جديدا", "سلمان", "ب + a noun of a place"),
    ("يقع المبنى عند تقاطع طريق الملك عبدالله وشارع التحلية", "عبدالله", "و + a street noun"),
    ("زار الأمير فيصل بالطائف مركز الأبحاث", "فيصل", "ب + a definite word"),
])
def test_a_title_chain_stops_at_a_proclitic_on_a_noun(text: str, name: str, reason: str) -> None:
    assert persons(text) == [name], reason


def test_a_function_word_ends_a_given_name() -> None:
    assert persons("يجب على محمد عليه أن يدفع الغرامة") == []


def test_persian_given_name_akbar_is_arabic_largest() -> None:
    assert persons("تعد الشركة أكبر منتج للنفط في العالم") == []
    assert persons("اکبر عبدی در تهران گفت", "fa") == ["اکبر عبدی"]


def _seeds(text: str, names: tuple[str, ...]) -> list[Entity]:
    return [Entity(text.index(n), text.index(n) + len(n), type="PER", source="crf",
                   key="per:" + phrase_key(n.split()[-1])) for n in names]


@pytest.mark.parametrize("text, seeds, spread", [
    ("قال لي إنه سيعود. وقال هورجان لي إن الأمر انتهى، وأكد هورجان ذلك.",
     ("لي", "هورجان"), "هورجان"),
    ("أشاد المدرب التونسي باللاعبين. وفاز المنتخب التونسي، وقال هورجان إن هورجان سعيد.",
     ("التونسي", "هورجان"), "هورجان"),
    ("قال محمد علي إن الاتفاق يقوم على الثقة، وأضاف علي أن الثقة متبادلة.",
     ("محمد علي",), "علي"),
])
def test_only_name_like_surnames_spread(text: str, seeds: tuple[str, ...], spread: str) -> None:
    """A function word («لي»), a nationality adjective or the preposition «على» (folded
    like «علي») is no later mention of a person."""
    found = add_surname_mentions(text, words(text), _seeds(text, seeds))
    assert {e.text for e in found if e.source == "surname"} == {spread}


def test_currency_units_and_month_names_are_no_organisations() -> None:
    text = ("بلغت التكلفة 200 مليون ريال في أبريل (نيسان) الماضي، وفاز ريال مدريد. "
            "وأعلنت نيسان أرباحها.")
    tokens = words(text)
    spans = [(text.index("ريال"), "ريال"), (text.index("نيسان"), "نيسان"),
             (text.index("ريال مدريد"), "ريال مدريد"), (text.rindex("نيسان"), "نيسان")]
    found = [Entity(s, s + len(t), type="ORG", text=t, source="crf") for s, t in spans]
    kept = drop_amounts_and_dates(tokens, found)
    assert [(e.start, e.text) for e in kept] == spans[2:]


@pytest.mark.parametrize(("text", "lang"), [
    ("استقبل الملك عبدالله الثاني في عمان اليوم ولي العهد.\n"
     "وحضر اللقاء النائب الثاني لرئيس مجلس الوزراء.", "ar"),
    ("پاپ ژان پل دوم در رم درگذشت.\nدر دور دوم مذاکرات وزیر خارجه شرکت کرد.", "fa"),
])
def test_a_monarchs_ordinal_is_not_spread_as_a_surname(text: str, lang: str) -> None:
    # «النائب الثاني» is 'the second deputy', «دور دوم» 'the second round'
    entities = khabar.process(text, meta={"lang": lang}).entities
    assert [e.text for e in entities if e.source == "surname"] == []
    assert any(e.type == "PER" and e.text.endswith(("الثاني", "دوم")) for e in entities)


def test_a_given_name_with_two_proclitics_is_no_place() -> None:
    # «وباراك»: و + «باراك», not و + ب + «اراك» (Arak, Iran); Arak alone stays a place
    text = "واتصل الملك سلمان بالرئيس الفرنسي فرانسوا هولاند وباراك أوباما أمس."
    found = [(e.type, e.text) for e in khabar.process(text, meta={"lang": "ar"}).entities]
    assert ("LOC", "اراك") not in found
    assert ("LOC", "اراك") in [(e.type, e.text) for e in khabar.process(
        "وصل الوفد إلى اراك أمس.", meta={"lang": "ar"}).entities]
