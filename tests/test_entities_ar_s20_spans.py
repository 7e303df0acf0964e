"""Arabic entity spans of session 20 (2026-12-06), issue 5, engineer ent_ar2: a one-word
mention that is «و» + a common word dropped (arabic_conjoined_words); a person ended
before a last word that is no name's (arabic_run_on_words). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_conjoined_words import drop_conjoined_common_words
from khabar.entities.arabic_run_on_words import cut_run_on_words
from khabar.entities.words import words


def _mention(text: str, phrase: str, kind: str, source: str = "crf") -> Entity:
    start = text.index(phrase)
    return Entity(start, start + len(phrase), type=kind, text=phrase, source=source)


def _dropped(text: str, phrase: str, kind: str = "ORG", source: str = "crf") -> list[str]:
    kept = [_mention(text, phrase, kind, source)]
    return [e.text for e in drop_conjoined_common_words(words(text), kept)]


@pytest.mark.parametrize(("text", "phrase", "kind", "source"), [
    ("كل العرب سنة وشيعة نصارى ويهود.", "وشيعة", "ORG", "crf"),
    ("تراجعوا على وقع ضربات المقاومة وطيران التحالف.", "وطيران", "ORG", "crf"),
    ("وصل الملك وولي العهد إلى جدة.", "وولي", "PER", "surname"),
])
def test_a_lone_waw_and_a_common_word_is_no_name(text: str, phrase: str, kind: str,
                                                  source: str) -> None:
    assert _dropped(text, phrase, kind, source) == []


@pytest.mark.parametrize(("text", "phrase", "kind"), [
    ("ومن الناقلات الخطوط السعودية، وطيران ناس، وفلاي دبي.", "وطيران ناس", "ORG"),  # two words
    ("وصل وليد إلى مسقط.", "وليد", "PER"),  # a listed name opening with «و»
    ("وقال وزير إن الخطة جاهزة.", "وزير", "PER"),  # a common word itself
    ("وقال مقتدى والصدر كذلك.", "والصدر", "PER"),  # «و» + the article is not read
])
def test_a_name_or_a_word_itself_stays(text: str, phrase: str, kind: str) -> None:
    assert _dropped(text, phrase, kind) == [phrase]


def _cut(text: str, phrase: str, source: str = "crf") -> list[str]:
    kept = [_mention(text, phrase, "PER", source)]
    return [e.text for e in cut_run_on_words(words(text), kept)]


@pytest.mark.parametrize(("text", "phrase", "name"), [
    ("وكان عبد اللهيان يلهو كالصبية.", "عبد اللهيان يلهو", "عبد اللهيان"),
    ("وختمت كيم حديثها قائلة إنها سعيدة.", "كيم حديثها", "كيم"),
    ("عين الملك عبد العزيز لإدارة شؤون البلاد.", "عبد العزيز لإدارة", "عبد العزيز"),
    ("وأوضح المنظم عبدالله بتعاون الشركاء ذلك.", "عبدالله بتعاون", "عبدالله"),
])
def test_a_person_ends_before_a_word_no_name_has(text: str, phrase: str, name: str) -> None:
    assert _cut(text, phrase) == [name]


@pytest.mark.parametrize(("text", "phrase"), [
    ("عبر الدكتور أيمن يماني عن شكره.", "أيمن يماني"),  # a nisba in «ي»
    ("قال طارق يساريفيتش المتحدث باسم المنظمة.", "طارق يساريفيتش"),  # a transcribed name
    ("وقال عبدالله بترجي عضو الفريق.", "عبدالله بترجي"),  # a family name in «ب»
    ("قال الأمير خالد الفيصل إن المشروع مهم.", "خالد الفيصل"),  # a definite family name
    ("قال محمد يحيى إن المشروع مهم.", "محمد يحيى"),  # a listed given name
    ("رجح السفير جمال بيومي أن يعلن ذلك.", "جمال بيومي"),  # «ب» + «يومي»: a nisba
    ("تعيين القاضي هانز يواكيم ايكرت رئيسا.", "هانز يواكيم"),  # «يو» of transcribed names
    ("أكد حمود ناصر بنية الحضيري ذلك.", "حمود ناصر بنية"),  # «ب» + three letters
])
def test_a_name_word_ends_the_person(text: str, phrase: str) -> None:
    assert _cut(text, phrase) == [phrase]


def test_a_role_keeps_its_words() -> None:
    text = "استقبل ولي العهد يلتقي الوفد."
    assert _cut(text, "ولي العهد يلتقي", source="role") == ["ولي العهد يلتقي"]


@pytest.mark.parametrize(("text", "phrase", "kind", "source"), [
    ("وقال أحمد والمصري كذلك.", "والمصري", "PER", "crf"),  # the rest has the article
    ("وقال وبل إن الخطة جاهزة.", "وبل", "PER", "crf"),  # the rest is two letters
    ("وأعلن وموقع الوزارة ذلك.", "وموقع", "ORG", "crf"),  # the whole is a common word
    ("تراجعوا على وقع ضربات المقاومة وطيران التحالف.", "وطيران", "ORG", "role"),
])
def test_each_guard_of_the_conjoined_rule_keeps_its_mention(text: str, phrase: str,
                                                            kind: str, source: str) -> None:
    """Review, session 20: each exemption of ``arabic_conjoined_words`` on a rest that
    is an ANERcorp common word (the article, a short rest, a whole common word, a
    reference)."""
    assert _dropped(text, phrase, kind, source) == [phrase]


@pytest.mark.parametrize(("text", "phrase"), [
    ("قال المحامي محمد يمين إن القضية مهمة.", "محمد يمين"),  # a listed noun, no verb
    ("قال المهندس أحمد حكم إن المشروع مهم.", "أحمد حكم"),  # «كم» on three letters
])
def test_a_listed_noun_or_a_short_word_ends_the_person(text: str, phrase: str) -> None:
    """Review, session 20: «ي» + a listed noun (construct_stops_ar.tsv) is no verb, and a
    word shorter than ``MIN_SUFFIXED`` letters carries no pronoun suffix."""
    assert _cut(text, phrase) == [phrase]


def test_a_one_word_person_is_never_cut() -> None:
    """Review, session 20: a person of one word has no word after its name to cut."""
    assert _cut("وأوضح بتعاون ذلك.", "بتعاون") == ["بتعاون"]
