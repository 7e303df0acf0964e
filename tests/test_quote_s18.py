"""Arabic quote speakers, session 18 (2026-12-06), issue 6: the holder's name that ends a
post's chain with no comma before it (``quote_untagged._chain_end_name``), also when the
quote opens far after the verb (``quote_untagged.far_untagged_subject``) and when the
family name alone takes it up; the noun between «كان» and its speech verb
(``quote_fronted.auxiliary_subject``). Sentences written for these tests, after the
grammar of SaudiNewsNet news."""

from __future__ import annotations

import pytest
from doc_builders import arabic_quote_speakers as _speakers


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وأفاد حاكم ولاية لوغار حليم فداي أن الهجوم أسفر عن مقتل خمسة.",
         [("لوغار", "LOC")], [("الهجوم أسف", "حليم فداي")],
         "a chain ending in a place found, then the holder's name"),
        ("وأوضح المتحدث الرسمي للمركز والأعمال الإنسانية رأفت الصباغ أن الشاحنات عبرت.",
         [], [("الشاحنات ع", "رأفت الصباغ")],
         "a chain ending in a definite adjective, then the name, closed by the link"),
        ("وأوضح المتحدث الرسمي للمركز والأعمال الإنسانية رأفت الصباغ امس أن الشاحنات عبرت.",
         [], [("الشاحنات ع", "رأفت الصباغ")],
         "the name closed by a time word"),
        ("وأكدت رئيسة المركز الدولي للدراسات الاستراتيجية بتونس بدرة قعلول لـ«المدينة» أن "
         "الهروب ازداد.",
         [("تونس", "LOC")], [("الهروب ازد", "بدرة قعلول")],
         "a place with its preposition ends the chain and is no name word"),
    ],
)
def test_chain_end_name(text: str, entities: list[tuple[str, str]],
                        expected: list[tuple[str, str | None]], reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


def test_far_opening_after_untagged_holder() -> None:
    """The link past the usual reach is the verb's when the chain ended in a name; the
    family name alone then takes that name up."""
    text = ("وأوضح المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ في "
            "تصريح صحفي اليوم أن الشاحنات عبرت المنفذ. وبين الصباغ أن المساعدات مستمرة.")
    entities = [("مركز الملك سلمان للإغاثة والأعمال الإنسانية", "ORG")]
    assert _speakers(text, entities) == [("الشاحنات ع", "رأفت الصباغ"),
                                         ("المساعدات ", "رأفت الصباغ")]


def test_common_words_after_chain() -> None:
    """Common words after a post's chain («في معرض حديثه») are no holder's name, so the
    far colon gets no speaker made of the post and a preposition."""
    text = ("وقال وزير الخارجية البريطاني لـ«الشرق الأوسط» في معرض حديثه عن اليمن، الذي "
            "يعتبر جزءا أساسيا من الأمن الاستراتيجي في الخليج، وكيف يدعمون الجهود هناك إن: "
            "هناك تهديدا استراتيجيا.")
    entities = [("الشرق الأوسط", "ORG"), ("اليمن", "LOC"), ("الخليج", "LOC")]
    assert all(speaker is None for _, speaker in _speakers(text, entities))


@pytest.mark.parametrize(
    ("text", "entities", "reason"),
    [
        ("وقال مدير عام الشؤون الصحية بمنطقة الرياض إن الحالات تراجعت.",
         [("الرياض", "LOC")], "a chain of common words and a place holds no name"),
        ("وقال وزير الخارجية التركي إن الحالات تراجعت.",
         [], "a chain ending in a nationality adjective holds no name"),
    ],
)
def test_chain_without_name(text: str, entities: list[tuple[str, str]], reason: str) -> None:
    for _, speaker in _speakers(text, entities):
        assert speaker is None or len(speaker.split()) > 2, reason


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وكان كيري قال في مؤتمر صحافي مع نظيره المصري سامح شكري \"لا شك في أن الاتفاق "
         "سيجعل المنطقة أكثر أمانا\".",
         [("كيري", "PER"), ("سامح شكري", "PER")], [("لا شك في أ", "كيري")],
         "the noun of «كان» speaks; the person after the verb is its companion"),
        ("وكان وزير الخارجية جون كيري قد قال في القاهرة مع نظيره سامح شكري إن الاتفاق جيد.",
         [("جون كيري", "PER"), ("القاهرة", "LOC"), ("سامح شكري", "PER")],
         [("الاتفاق جي", "جون كيري")], "«قد» between the post's holder and the verb"),
    ],
)
def test_auxiliary_subject(text: str, entities: list[tuple[str, str]],
                           expected: list[tuple[str, str | None]], reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


def test_auxiliary_post_is_no_body() -> None:
    """A body after the post between «كان» and the verb is the post's, not the speaker."""
    text = "وكان رئيس مجلس النواب العراقي أعلن الشهر الماضي أنه لا مشكلة في ذلك."
    speakers = _speakers(text, [("مجلس النواب العراقي", "ORG")])
    assert all(s != "مجلس النواب العراقي" for _, s in speakers)


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وقال السهلاوي إن المعسكر كان ناجحا. من جهته، قال لـ \"الاقتصادية\" بندر الأحمدي "
         "المدرب الوطني والمحاضر في الاتحاد، \"المباريات الودية يجب أن تكون متدرجة\".",
         [("السهلاوي", "PER")],
         [("المعسكر كا", "السهلاوي"), ("المباريات ", "بندر الأحمدي")],
         "the subject's name after the outlet told («لـ \"الاقتصادية\"»)"),
        ("أعلنت وزارة الإسكان أمس برنامجا جديدا للمستحقين. وقال لـ\"الاقتصادية\" مصدر في "
         "الوزارة، إنها خاطبت ثلاثة آلاف مواطن.",
         [("وزارة الإسكان", "ORG")], [("خاطبت ثلاث", None)],
         "an unnamed source after the outlet told names no one"),
    ],
)
def test_subject_after_told_outlet(text: str, entities: list[tuple[str, str]],
                                   expected: list[tuple[str, str | None]], reason: str) -> None:
    assert _speakers(text, entities) == expected, reason
