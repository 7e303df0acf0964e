"""Arabic quote speakers, session 17 (2026-12-06), issue 6: a name the entity stage missed,
read from the subject's place after a speech verb (``quote_untagged``); a definite body
named by a construct; the narrator speaking again inside quoted words with no marks
(``quote_span_ends.arabic_turn``); the clause subject after «من جانبها» or «لكن» for a
participle; an outlet's name cut inside its word. Sentences written for these tests,
after the grammar of SaudiNewsNet news."""

from __future__ import annotations

import pytest
from doc_builders import arabic_quote_speakers as _speakers
from doc_builders import doc_with, quotes_split

from khabar.events.quotes import find_quotes
from khabar.text.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("ونظمت اللجنة حملة للتبرع. وقالت سلمى انتيف عضوة اللجنة: إن الإقبال كان كبيرا.",
         [], [("إن الإقبال", "سلمى انتيف")],
         "a name closed by a profession in apposition («عضوة»)"),
        ("وقال أشرف القدرة الناطق باسم وزارة الصحة، إن الشهداء أربعة.",
         [("وزارة الصحة", "ORG")], [("الشهداء أر", "أشرف القدرة")],
         "a given name and a definite family name closed by a post"),
        ("وأوضح المتحدث باسم المركز، رأفت الصباغ، أن الرحلة وصلت أمس.",
         [], [("الرحلة وصل", "رأفت الصباغ")],
         "a name set off by commas after a post"),
        ("تشارك الفنانة مرام في مسلسل من تأليف أحمد القصار. وقالت مرام إن المسلسل كوميدي.",
         [("أحمد القصار", "PER")], [("المسلسل كو", "مرام")],
         "one word, told before, is the name; not the last person named"),
        ("وأوضح المتحدث باسم المركز، رأفت الصباغ، أن الرحلة وصلت. وبين الصباغ أن المركز جاهز.",
         [], [("الرحلة وصل", "رأفت الصباغ"), ("المركز جاه", "رأفت الصباغ")],
         "a family name alone takes up the name set off before"),
    ],
)
def test_untagged_name(text: str, entities: list[tuple[str, str]],
                       expected: list[tuple[str, str | None]], reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وقال الوزير إن الخطة جاهزة. وأضاف مستدركا إن التنفيذ يحتاج وقتا.",
         [], [("الخطة جاهز", None), ("التنفيذ يح", None)],
         "a participle after the verb is how, not who, speaks"),
        ("قال علماء، أمس: إن الحبوب تقي من السرطان.",
         [], [("إن الحبوب ", None)],
         "one word not told before is no name («علماء»)"),
        ("وذكر مغرد آخر بأنه لم ير مثله من قبل.",
         [], [("لم ير مثله", None)],
         "words closed by the opening alone, not told before, are no name"),
        ("وأكد وكيل وزارة الشؤون الاجتماعية أن الأنظمة تتيح الانضمام.",
         [], [("الأنظمة تت", None)],
         "a post bound to a body is no name"),
        ("وقال سعد الحربي إن الإحصاء اكتمل. وأظهرت الإحصائية نموا. فقد بينت الإحصائية أن "
         "الصادرات زادت.",
         [("سعد الحربي", "PER")], [("الإحصاء اك", "سعد الحربي"), ("الصادرات ز", None)],
         "a definite noun in «ية» is no family name, and a verb before it no given name"),
        ("تحضر دائما في المهرجان النجمة ميريل ستريب التي تؤكد دائما بأنها أهل للنجومية.",
         [("ميريل ستريب", "PER")], [("أهل للنجوم", "ميريل ستريب")],
         "an adverb in «ـًا» after the verb is no name"),
        ("وتحدث آخرون عن المجلس. وقال بعض الأهالي إن الطريق خطر. وأكد آخرون أن دور المجلس كبير.",
         [], [("الطريق خطر", None), ("دور المجلس", None)],
         "«آخرون» (others) are unnamed people"),
        ("وزار معالي الوزير سعد الحربي المنطقة وتجول معاليه فيها. وقال معاليه إن المشاريع تتقدم.",
         [("سعد الحربي", "PER")], [("المشاريع ت", "سعد الحربي")],
         "a courtesy title with its pronoun («معاليه») is the person told of, no name"),
    ],
)
def test_no_untagged_name(text: str, entities: list[tuple[str, str]],
                          expected: list[tuple[str, str | None]], reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وارتفعت الأسعار. وقالت إدارة معلومات الطاقة إن المخزونات انخفضت.",
         [("المخزونات ", "إدارة معلومات الطاقة")]),
        ("وارتفعت الأسعار. وأعلنت منظمة دولية الأسبوع الماضي أن المخزونات انخفضت.",
         [("المخزونات ", None)]),  # «منظمة دولية»: an adjective, an indefinite body
        ("وتأثرت المملكة بالحر. وقالت دائرة الأرصاد الأردنية إن الكتلة الحارة تنحسر غدا.",
         [("الكتلة الح", "دائرة الأرصاد الأردنية")]),  # «دائرة» heads a body
    ],
)
def test_definite_body_construct(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(text, []) == expected


def test_narrator_speaks_again_in_a_colon_quote() -> None:
    text = ("وقال سميث: إن طالبان تستخدم أسلحة مضادة للطائرات، وأفاد حاكم الولاية حليم فداي "
            "أن انتحاريا فجر شاحنته.")
    assert _speakers(text, [("سميث", "PER"), ("طالبان", "ORG"), ("حليم فداي", "PER")]) == [
        ("إن طالبان ", "سميث"), ("انتحاريا ف", "حليم فداي")]


@pytest.mark.parametrize("text", [
    "وقال سميث: إن الصيانة مشكلة جدية، وأضاف أن الطائرات قليلة.",
    "وقال سميث: إن الصيانة مشكلة جدية، وأضاف في حديثه أن الطائرات قليلة.",
])
def test_same_speaker_going_on_stays_in_the_quote(text: str) -> None:
    assert _speakers(text, [("سميث", "PER")]) == [("إن الصيانة", "سميث")]


def test_turn_marker_ends_a_colon_quote() -> None:
    text = ("وقال علي غريب: إن دور المملكة محوري. من جانبه، أثنى سالم سمران على دور "
            "التحالف.")
    quotes = quotes_split(text, "ar", [("علي غريب", "PER"), ("سالم سمران", "PER")])
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("إن دور المملكة محوري.", "علي غريب")]


def test_link_quote_ends_at_a_new_speakers_clause() -> None:
    text = ("وأشار التحليل الطبي إلى أن المشكلة نتجت عن الإبرة، وقالت والدة الطفلة "
            "\"تعرضت ابنتي للالتهاب بعد آخر عاصفة غبار\".")
    assert _speakers(text, [("والدة الطفلة", "PER")]) == [
        ("المشكلة نت", None), ("تعرضت ابنت", None)]  # a kin noun: unnamed, but her own


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        ("وأعلنت الحكومة خطة. لكن حركة طالبان تبنت العملية قائلة إنها أسقطت المروحية.",
         [("حركة طالبان", "ORG")], [("أسقطت المر", "حركة طالبان")]),
        ("وقال الجيش إن الغارات استمرت. من جانبها انتقدت منظمة العفو الدولية قائلة "
         "إن الدعم يقوض دمشق.",
         [("منظمة العفو الدولية", "ORG"), ("دمشق", "LOC")],
         [("الغارات اس", "الجيش"), ("الدعم يقوض", "منظمة العفو الدولية")]),
    ],
)
def test_participle_after_opened_clause(text: str, entities: list[tuple[str, str]],
                                        expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(text, entities) == expected


def test_outlet_cut_inside_its_word() -> None:
    text = ("كشف موقع «كالتشيو ميركاتو» أن النادي يفاوض اللاعب. وأشار الموقع إلى أن "
            "العرض كبير.")
    doc = doc_with(text, "ar", [])
    start = text.index("التشيو")
    from khabar.doc import Entity
    doc.entities = [Entity(start, start + len("التشيو ميركاتو"), type="ORG",
                           text="التشيو ميركاتو")]
    doc.sentences = split_sentences(text)
    speakers = [q.speaker.text if q.speaker else None for q in find_quotes(doc)]
    assert speakers == ["التشيو ميركاتو", "التشيو ميركاتو"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال محمد البلوي إن \"موبايلي\" كانت وما زالت تدعم البرامج الحكومية.",
         [("\"موبايلي\" كانت وما زالت تدعم البرامج الحكومية.", "محمد البلوي")]),
        ("وأكد محمد البلوي أن «الوضع مستقر»، مضيفا أن الشركة جاهزة.",
         [("الوضع مستقر", "محمد البلوي"), ("الشركة جاهزة.", "محمد البلوي")]),
    ],
)
def test_name_in_marks_opens_the_clause(text: str,
                                        expected: list[tuple[str, str | None]]) -> None:
    quotes = quotes_split(text, "ar", [("محمد البلوي", "PER")])
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == expected
