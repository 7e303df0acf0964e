"""Arabic speech verbs added in session 7, and "بين", which is a verb only where a verb
stands (it is also "between")."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.events.quotes import find_quotes


def _quotes(text: str, entities: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    return [(q.verb or "", q.speaker.text if q.speaker else None)
            for q in find_quotes(doc_with(text, "ar", entities))]


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وقال مدير الفرع خالد سعيد إن العمل مستمر.\nوبين سعيد أن المراكز جاهزة تماما.",
         [("خالد سعيد", "PER"), ("سعيد", "PER")], [("قال", "خالد سعيد"), ("بين", "خالد سعيد")],
         "وبين with its proclitic is a speech verb"),
        ("من جانبه، بين مدير الإدارة عثمان عريبي أن المقابلات مستمرة حتى الخميس.",
         [("عثمان عريبي", "PER")], [("بين", "عثمان عريبي")],
         "بين after a comma opens its clause"),
        ("وكادت العلاقة بين العليان وناديه أن تنتهي بسبب رفضه العرض الأخير.",
         [("العليان", "PER")], [], "بين inside a clause is \"between\""),
        ("وجاء ذلك بتعاون بينه وبين وزير الإسكان أن تأخذ التغريدة أبعادا أخرى.",
         [], [], "وبين after a first بين is \"and between\""),
        ("وقال مدير الدفاع المدني خالد سعيد إن السيول اجتاحت الوادي، لافتا إلى أن الفرق "
         "أنقذت تسعة أشخاص.", [("خالد سعيد", "PER")], [("قال", "خالد سعيد")],
         "لافتا goes on in the same quote"),
        ("وقال مدير الدفاع المدني خالد سعيد إن السيول اجتاحت الوادي.\nولفت النظر إلى أن "
         "الفرق أنقذت تسعة أشخاص من السيول.", [("خالد سعيد", "PER")],
         [("قال", "خالد سعيد"), ("لفت", "خالد سعيد")],
         "النظر after لفت is its object: the speaker goes on"),
        ("وأبان مدير فرع الوزارة الدكتور شاهر السهلي أن الوزارة أصدرت الصكوك.",
         [("شاهر السهلي", "PER")], [("أبان", "شاهر السهلي")], "أبان is a speech verb"),
    ],
)
def test_verbs(text: str, entities: list[tuple[str, str]],
               expected: list[tuple[str, str | None]], reason: str) -> None:
    assert _quotes(text, entities) == expected, reason


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وأوضح مستشار أمير منطقة الجوف المشرف العام على وكالة التنمية بإمارة المنطقة "
         "الدكتور خالد السعيد، أن عملية النقل جرت بشكل سلس.", [("خالد السعيد", "PER")],
         [("أوضح", "خالد السعيد")], "a long post chain ends in the name right before أن"),
        ("وأوضح مستشار أمير منطقة الجوف المشرف العام على وكالة التنمية بإمارة المنطقة "
         "الدكتور خالد، السعيد بنتائج الموسم الماضي والمتفائل بالموسم المقبل، أن العملية جرت.",
         [("خالد", "PER")], [], "a link word far from the name opens nothing"),
    ],
)
def test_long_subjects(text: str, entities: list[tuple[str, str]],
                       expected: list[tuple[str, str | None]], reason: str) -> None:
    assert _quotes(text, entities) == expected, reason
