"""Arabic speakers told by a post the article named before, and subjects past the words
that hide them: courtesy titles, a preposition right after the verb, the link word."""

from __future__ import annotations

import pytest
from doc_builders import speakers_of

_KB: dict[str, tuple[str, str | None]] = {"اليمن": ("geonames:69543", "YEM")}
"""KB id and country for a country the linker would link."""


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وقال مدير المرصد السوري لحقوق الانسان رامي عبدالرحمن إن القوات تقدمت نحو المدينة.\n"
         "وقالت الشرطة إن الطريق مغلق منذ الصباح.\n"
         "وقال مدير المرصد إن الاشتباكات مستمرة حتى الآن.",
         [("رامي عبدالرحمن", "PER")], ["رامي عبدالرحمن", "الشرطة", "رامي عبدالرحمن"],
         "a post that opens the apposition of one person named before is that person"),
        ("وأوضح فهد العتيبي المتحدث الرسمي للمؤسسة العامة أن التسجيل مستمر.\n"
         "وقال مدير الشرطة خالد سعيد إن الطريق مغلق منذ الصباح.\n"
         "وأضاف المتحدث الرسمي أن البوابة ستبقى مفتوحة أسبوعا.",
         [("فهد العتيبي", "PER"), ("خالد سعيد", "PER")],
         ["فهد العتيبي", "خالد سعيد", "فهد العتيبي"],
         "a post after the name, then alone: the person it was written beside"),
        ("أكد وزير الخارجية عادل الجبير أن المملكة حريصة على علاقاتها.\n"
         "والتقى الجبير وزير الخارجية الألماني فرانك شتاينماير في برلين.\n"
         "وقال وزير الخارجية إن المحادثات كانت مثمرة جدا.",
         [("عادل الجبير", "PER"), ("الجبير", "PER"), ("فرانك شتاينماير", "PER")],
         ["عادل الجبير", "عادل الجبير"],
         "the post right beside a name wins over a longer post beside a nearer name"),
        ("التقى وزير الخارجية الألماني فرانك شتاينماير وزير الخارجية الفرنسي لوران فابيوس.\n"
         "وقال وزير الخارجية إن المحادثات كانت مثمرة جدا.",
         [("فرانك شتاينماير", "PER"), ("لوران فابيوس", "PER")], ["وزير الخارجية"],
         "a post that opens two persons' longer posts names neither"),
        ("وقالت الحكومة العراقية على لسان المتحدث باسمها سعد الحديثي إن العمليات مستمرة.",
         [("الحكومة العراقية", "ORG"), ("سعد الحديثي", "PER")], ["سعد الحديثي"],
         "a body speaking «على لسان» a person: the person's words"),
        ("وقال الرئيس الأمريكي باراك أوباما إن بلاده تدعم الاتفاق.\n"
         "وقال مدير الشرطة إن الطريق مغلق منذ الصباح.",
         [("باراك أوباما", "PER")], ["باراك أوباما", "مدير الشرطة"],
         "a post never written beside a name stays as written"),
    ],
)
def test_post_told_before(text: str, entities: list[tuple[str, str]],
                          expected: list[str | None], reason: str) -> None:
    assert speakers_of(text, "ar", entities, _KB) == expected, reason


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وقال وزير الخارجية عادل الجبير إن المملكة حريصة على علاقاتها.\n"
         "وقال الرئيس الأمريكي باراك أوباما إن بلاده تدعم الاتفاق النووي.\n"
         "وأكد معالي وزير الخارجية أن للإنسان حقوقه المصانة.",
         [("عادل الجبير", "PER"), ("باراك أوباما", "PER")],
         ["عادل الجبير", "باراك أوباما", "عادل الجبير"],
         "a courtesy title before the post does not hide the subject"),
        ("وقال وزير الخارجية عادل الجبير إن المملكة حريصة على علاقاتها.\n"
         "وشدد على حرص المملكة على سلامة اليمن وشعبها، مشيراً إلى أن التدخل كان بطلب.",
         [("عادل الجبير", "PER"), ("اليمن", "LOC")], ["عادل الجبير", "عادل الجبير"],
         "على right after the verb: the subject is dropped, a country after it is no speaker"),
        ("أكد وزير الخارجية عادل الجبير أن المملكة حريصة على علاقاتها.\n"
         "ورأى وزير الخارجية أن امتناع ايران يعني الكثير، مؤكداً أن المملكة تراقب الوضع.",
         [("عادل الجبير", "PER")], ["عادل الجبير", "عادل الجبير"],
         "the subject of the sentence's verb ends at the link word أن"),
    ],
)
def test_hidden_subjects(text: str, entities: list[tuple[str, str]],
                         expected: list[str | None], reason: str) -> None:
    assert speakers_of(text, "ar", entities, _KB) == expected, reason
