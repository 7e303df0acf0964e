"""Review of session 15 (2026-12-06), engineer review_a: parts of this session's Arabic
entity rules that no test held (each test fails when the part is removed). A name a rule
shortens or lengthens gets the key of its new words, which linking, the store's entity
pages and story keys read; and a one-word name opening on a given name is no family name.
Sentences written for these tests."""

from __future__ import annotations

from khabar.doc import Entity
from khabar.entities.arabic_complement_fields import complement_fields, pronoun_suffixes
from khabar.entities.arabic_given_before import add_given_before
from khabar.entities.arabic_year_ends import cut_year_ends
from khabar.entities.words import keys_by_kind, phrase_key, words
from khabar.resources import load_lines


def _entity(text: str, name: str, kind: str, key: str, source: str = "crf") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=kind, text=name, key=key, source=source)


def test_a_person_cut_before_the_year_noun_takes_the_key_of_what_is_left() -> None:
    text = "وولد الملا عمر عام 1969 في قندهار."
    kept = [_entity(text, "عمر عام", "PER", "per:عام")]
    assert [(e.text, e.key) for e in cut_year_ends(text, words(text), kept)] == [
        ("عمر", "per:عمر")]


def test_a_body_cut_before_the_year_noun_takes_the_key_of_what_is_left() -> None:
    text = "وافادت منظمة العفو الدولية العام الماضي ان 12 شخصا اعدموا."
    name = "منظمة العفو الدولية العام"
    kept = [_entity(text, name, "ORG", f"org:{phrase_key(name)}")]
    assert [e.key for e in cut_year_ends(text, words(text), kept)] == [
        f"org:{phrase_key('منظمة العفو الدولية')}"]


def test_a_second_complement_field_is_in_the_bodys_key() -> None:
    text = "توقعت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها."
    name = "الرئاسة العامة للأرصاد"
    kept = [_entity(text, name, "ORG", f"org:{phrase_key(name)}", source="org_pattern")]
    assert [e.key for e in complement_fields(text, words(text), kept)] == [
        f"org:{phrase_key('الرئاسة العامة للأرصاد وحماية البيئة')}"]


def test_a_one_word_person_that_is_a_given_name_is_no_family_name() -> None:
    """«مساعد أحمد»: Ahmad's assistant; only a word that is no given name («فودة») or a
    family name's opening («الأحمد») takes the word before it in."""
    text = "وقال مساعد أحمد إن الخطة جاهزة."
    kept = [_entity(text, "أحمد", "PER", "per:احمد")]
    assert [e.text for e in add_given_before(text, words(text), kept)] == ["أحمد"]


def test_the_pronoun_suffixes_are_data_and_end_no_second_field() -> None:
    """«وتابعنا»: a verb with «نا» 'us' after the complement, no noun of a construct."""
    assert pronoun_suffixes() == load_lines("entities/pronoun_suffixes_ar.txt")
    text = "وقالت الرئاسة العامة للأرصاد وتابعنا التقارير بعد ذلك."
    name = "الرئاسة العامة للأرصاد"
    kept = [_entity(text, name, "ORG", f"org:{phrase_key(name)}", source="org_pattern")]
    assert [e.text for e in complement_fields(text, words(text), kept)] == [name]


def test_a_word_list_of_kinds_is_read_in_either_column_order() -> None:
    """``words.keys_by_kind``: word then kind (``year_words_ar.tsv``), or kind then word
    (``amount_words.tsv``, ``kind_column=0``)."""
    assert phrase_key("الماضي") in keys_by_kind("entities/year_words_ar.tsv")["time_adjective"]
    magnitudes = keys_by_kind("entities/amount_words.tsv", kind_column=0)["magnitude"]
    assert phrase_key("مليون") in magnitudes
