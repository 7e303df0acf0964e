"""Arabic quote speakers, session 20 (2026-12-06), issue 6, engineer quotes_ar: a subjectless
speech verb goes on with the person the sentence before turned to, also when a quote by
someone else ended shortly before (``quote_turns._subject_since``), and that sentence's verb
may follow a phrase that hands the word on («من جانبه،»). Sentences written for these
tests, after the grammar of SaudiNewsNet news."""

from __future__ import annotations

import pytest
from doc_builders import arabic_quote_speakers as _speakers
from doc_builders import doc_with

from khabar.events.quotes import find_quotes
from khabar.text.sentences import split_sentences

_JARJIS_SAID = "ويقول فواز جرجس إن «سوريا القديمة لم يعد لها وجود».\n"
_HE_ADDS = "ويضيف: «كانت تستمع ولم تعط وجهة نظرها»."


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("ويقول فواز جرجس إن «سوريا القديمة لم يعد لها وجود».\n"
         "ويشير سيدا إلى أنه طرح الركائز الثلاث مع الوزيرة أثناء الاجتماع.\n"
         "ويضيف: «كانت تستمع ولم تعط وجهة نظرها».",
         [("فواز جرجس", "PER"), ("سيدا", "PER")],
         [("سوريا القد", "فواز جرجس"), ("كانت تستمع", "سيدا")],
         "the person the sentence between turned to speaks, not the one quoted before"),
        ("وقال علي غريب إن دور المملكة محوري في قضايا اليمن.\n"
         "من جانبه، أثنى الأمين العام سالم سمران على دور التحالف العربي.\n"
         "وبين أن صمود المقاومة كان سبب النصر.",
         [("علي غريب", "PER"), ("سالم سمران", "PER")],
         [("دور المملك", "علي غريب"), ("صمود المقا", "سالم سمران")],
         "the verb after «من جانبه،» has a new subject, whom the next verb goes on with"),
        # The post chain before the name (``post_chain_word``), one kind of word a case
        # (review_b, session 20: each row of the rule is needed by one of these).
        (_JARJIS_SAID + "واستقبل نائب رئيس الوزراء سالم سمران الوفد أمس.\n" + _HE_ADDS,
         [("فواز جرجس", "PER"), ("سالم سمران", "PER")],
         [("سوريا القد", "فواز جرجس"), ("كانت تستمع", "سالم سمران")],
         "post words that are not definite («نائب رئيس») head the subject's chain"),
        (_JARJIS_SAID + "واستقبل رئيس مجلس الشورى عبدالله آل الشيخ الوفد أمس.\n" + _HE_ADDS,
         [("فواز جرجس", "PER"), ("مجلس الشورى", "ORG"), ("عبدالله آل الشيخ", "PER")],
         [("سوريا القد", "فواز جرجس"), ("كانت تستمع", "عبدالله آل الشيخ")],
         "a body found in the chain («مجلس الشورى») is part of the post"),
        (_JARJIS_SAID + "واستقبل الرئيس سماحة الشيخ خالد الفيصل الوفد أمس.\n" + _HE_ADDS,
         [("فواز جرجس", "PER"), ("خالد الفيصل", "PER")],
         [("سوريا القد", "فواز جرجس"), ("كانت تستمع", "خالد الفيصل")],
         "a word of courtesy («سماحة») is part of the post"),
    ],
)
def test_subject_of_the_sentence_between(text: str, entities: list[tuple[str, str]],
                                         expected: list[tuple[str, str | None]],
                                         reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # The sentence between names its person inside a quote's words or as an object:
        # the speaker before goes on.
        ("وقال فواز جرجس إن «سوريا القديمة لم يعد لها وجود».\n"
         "وكان الرئيس قد التقى سيدا في باريس الشهر الماضي.\n"
         "وأضاف أن الحل السياسي ما زال بعيدا.",
         [("فواز جرجس", "PER"), ("سيدا", "PER")],
         [("سوريا القد", "فواز جرجس"), ("الحل السيا", "فواز جرجس")]),
        # The subject of the sentence between is named before the quote ended: the same
        # speaker's sentence, no new person.
        ("وقال فواز جرجس: «سوريا القديمة لم يعد لها وجود».\n"
         "وأضاف أن الحل السياسي ما زال بعيدا.",
         [("فواز جرجس", "PER")],
         [("سوريا القد", "فواز جرجس"), ("الحل السيا", "فواز جرجس")]),
        # The sentence between has a body, not a person, as its subject: this rule turns
        # only to persons (its check draw judged persons only); the speaker before goes on.
        (_JARJIS_SAID + "واستقبل مجلس الشورى الوفد الأمريكي أمس.\n" + _HE_ADDS,
         [("فواز جرجس", "PER"), ("مجلس الشورى", "ORG")],
         [("سوريا القد", "فواز جرجس"), ("كانت تستمع", "فواز جرجس")]),
        # The subject of the quote's own sentence is someone else than its speaker, who
        # is quoted through him: that sentence does not come after the quote, and the
        # speaker goes on.
        ("ونقل سالم سمران عن فواز جرجس قوله: «سوريا القديمة لم يعد لها وجود».\n"
         "وأضاف أن الحل السياسي ما زال بعيدا.",
         [("سالم سمران", "PER"), ("فواز جرجس", "PER")],
         [("سوريا القد", "فواز جرجس"), ("الحل السيا", "فواز جرجس")]),
    ],
)
def test_speaker_before_goes_on(text: str, entities: list[tuple[str, str]],
                                expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(text, entities) == expected


def test_same_person_keeps_the_name_quoted() -> None:
    """The sentence between turns to the person quoted before, by a shorter name the linker
    gave the same KB id: the speaker goes on under the name of the quote before, not the
    shorter one."""
    text = ("وقال زعيم الحزب حسن نصر الله إن «الولايات المتحدة ستبقى الشيطان الأكبر».\n"
            "وجدد نصر الله التأكيد على أن الحزب يتلقى الدعم من إيران.\n"
            "وقال إن التلويح باستقالة الحكومة لن يقدم شيئا.")
    kb = {"حسن نصر الله": ("per:hassan-nasrallah", "LBN"),
          "نصر الله": ("per:hassan-nasrallah", "LBN")}
    doc = doc_with(text, "ar", [("حسن نصر الله", "PER"), ("نصر الله", "PER")], kb)
    doc.sentences = split_sentences(text)
    assert [q.speaker.text if q.speaker else None for q in find_quotes(doc)] \
        == ["حسن نصر الله", "حسن نصر الله"]
