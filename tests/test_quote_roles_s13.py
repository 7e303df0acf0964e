"""Arabic speakers named by a role, not a name (session 13, 2026-12-05, issue 6, engineer
quotes2): «وقال المدافع», «وأوضح المهاجم الدولي» is the person the article named before
in that role, else unnamed, and «وأضاف» goes on with that speaker; a definite post whose
phrase runs on into the verb's object is read by its definite words; a subjectless verb
after an unnamed speaker goes on with the subject of a verb-first sentence in between.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import speakers_of


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("أكد مدافع مانشستر يونايتد ريو فرديناند أن الفريق قادر على المنافسة. وزار المدرب "
         "جوزيه مورينيو النادي أمس. وقال المدافع إن «الموسم سيكون صعبا علينا». وأضاف أن "
         "«اللاعبين جاهزون للمباراة».",
         [("ريو فرديناند", "PER"), ("جوزيه مورينيو", "PER")],
         ["ريو فرديناند", "ريو فرديناند", "ريو فرديناند"],
         "the defender is the one named as a defender, and وأضاف goes on with him"),
        ("وقال المهاجم الإسباني فرناندو توريس إن الفريق جاهز للموسم. وتحدث المدرب جوزيه "
         "مورينيو عن الصفقات الجديدة. وأوضح المهاجم الدولي أن «الهدف هو اللقب». وأضاف أن "
         "«الجماهير تستحق الفوز».",
         [("فرناندو توريس", "PER"), ("جوزيه مورينيو", "PER")],
         ["فرناندو توريس", "فرناندو توريس", "فرناندو توريس"],
         "by the head noun when the whole phrase was not written before"),
        ("وقال جون ستونز مدافع ايفرتون إن الانتقال ممكن. ويرى ريو فرديناند مدافع يونايتد "
         "السابق أن على اللاعب الاختيار بعناية. وقال المدافع إن «يونايتد هو النادي "
         "المناسب».",
         [("جون ستونز", "PER"), ("ريو فرديناند", "PER")],
         ["جون ستونز", "ريو فرديناند"],
         "of two defenders, the one named last in that role"),
        ("وزار المدرب جوزيه مورينيو المستشفى أمس. وقال الطبيب إن «حالة اللاعب مستقرة». "
         "وأضاف أن «العملية نجحت».",
         [("جوزيه مورينيو", "PER")], [None, None],
         "a doctor named by no one stays unnamed, and so does his وأضاف"),
    ],
)
def test_person_named_by_role(text: str, entities: list[tuple[str, str]],
                              expected: list[str | None], reason: str) -> None:
    assert speakers_of(text, "ar", entities) == expected, reason


def test_definite_post_before_the_object() -> None:
    text = ("وأوضح محمد سمان، المستشار الإعلامي لعدد من الإدارات، أن المواقع تغيرت. وصنف "
            "المستشار الإعلامي جميع تلك الوسائل بمواقع التواصل، لافتا إلى أن «الإعلام "
            "الجديد تسمية خاطئة».")
    assert speakers_of(text, "ar", [("محمد سمان", "PER")]) == ["محمد سمان", "محمد سمان"]


def test_unnamed_speaker_then_a_named_subject() -> None:
    text = ("وقالت مصادر أمنية إن سيارة مفخخة انفجرت في المدينة. وأضافت أن جنديين قتلا. "
            "وكانت قوات الدفاع الشعبي دانت في بيان على موقعها القصف التركي. وقالت إن "
            "تركيا أنهت وقف إطلاق النار.")
    assert speakers_of(text, "ar", [("قوات الدفاع الشعبي", "ORG")]) == [
        None, None, "قوات الدفاع الشعبي"]


def test_role_with_a_name_not_found() -> None:
    text = ("أكد ريو فرديناند مدافع منتخب إنجلترا السابق أن الفريق قادر على المنافسة. وقال "
            "المدافع الإيطالي جورجيو كيليني إن «الدوري الإنجليزي صعب».")
    speakers = speakers_of(text, "ar", [("ريو فرديناند", "PER")])
    assert speakers[0] == "ريو فرديناند"
    assert speakers[1] != "ريو فرديناند", "a name the entity stage missed is no other defender"
