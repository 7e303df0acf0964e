"""Arabic quote speakers, session 30 (2026-12-07), issue 6, engineer quotes_ar16.

An outlet an attribution phrase credits with a sentence («...، حسب رويترز») is not the
speaker a later speech verb with no subject goes on with (``quote_credited``): «وقالت وهي
تحمل ...» after it is the woman the story is about, named in the credited sentence, not
Reuters (a wrong of quotes_ar15's check draw). An outlet that is the subject of its own
speech verb goes on as before, and so does a body an attribution credits. Sentences written
for these tests, after the grammar of SaudiNewsNet news."""

from __future__ import annotations

from doc_builders import arabic_quote_speakers as _speakers

REUTERS = "رويترز"
ROSALIE = "روزالي جرابل"


def test_a_subjectless_verb_after_a_credited_outlet_is_the_story_s_person() -> None:
    text = (f"لكن {ROSALIE} أمضت عاما كاملا لانتزاع حقها في الوصول إلى قبر والدتها في"
            f" الجزيرة، حسب {REUTERS}. كانت جرابل واحدة من عدد صغير من الزوار. وقالت وهي"
            " تحمل باقة من الزهور: «أنا ممتنة للغاية لأنني سأكون قادرة على الوقوف عند"
            " قبرها».")
    speakers = _speakers(text, [(ROSALIE, "PER"), (REUTERS, "ORG")])
    assert speakers == [("لكن روزالي", REUTERS), ("أنا ممتنة ", ROSALIE)]


def test_an_outlet_that_says_goes_on() -> None:
    text = (f"وقالت وكالة {REUTERS} إن أسعار النفط ارتفعت بنسبة كبيرة هذا الأسبوع. وأضافت"
            " أن الطلب على الخام تراجع في الأسواق الآسيوية.")
    assert [s for _, s in _speakers(text, [(REUTERS, "ORG")])] == [REUTERS, REUTERS]


def test_a_credited_body_goes_on() -> None:
    text = ("وبحسب وزارة الصحة، فإن عدد الإصابات ارتفع إلى مئة حالة خلال الأسبوع الماضي."
            " وأضافت أن الفرق الطبية تعمل على مدار الساعة في المستشفيات.")
    assert [s for _, s in _speakers(text, [("وزارة الصحة", "ORG")])] \
        == ["وزارة الصحة", "وزارة الصحة"]


def test_no_one_named_since_the_credited_sentence_leaves_no_speaker() -> None:
    # an unnamed fighter speaks; not the envoy named far back, nor the agency
    text = ("والتقى المبعوث الدولي ستيفان دي ميستورا بالمسؤولين في دمشق أمس. وتتشابه"
            " اسلحة المقاتلين مع اسلحة الجيش، بحسب ما لاحظ مراسلو فرانس برس. وقال مقاتل في"
            " مدرسة تجمع فيها مقاتلون اكراد، ان الاسلحة غنمت من مراكز عسكرية سيطروا عليها.")
    speakers = _speakers(text, [("ستيفان دي ميستورا", "PER"), ("فرانس برس", "ORG")])
    assert speakers[-1] == ("الاسلحة غن", None)
