"""Arabic trigger words read in a sense that tells no act: a verb form after a count, an
arrival that reaches no place, a meeting's purpose, an event with no party, and God as a
party. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.doc import Doc, Entity
from khabar.events.arabic_readings import placeless_arrival
from khabar.events.lexicon import clause_words, find_triggers
from khabar.events.stage import find_events


def make(text: str) -> Doc:
    return simple_doc(text, "ar", published="2015-08-10T09:00:00+03:00", with_entities=True)


def kinds(text: str) -> list[str]:
    return [e.type for e in find_events(make(text))]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("وأكد وزير التعليم السعودي أن قرابة 900 طالب حضروا حفل التخرج في الرياض.", False),
        ("وطالب وزير الخارجية السعودي عادل الجبير إيران بالكف عن التدخل.", True),
        ("وفي عام 2010 طالب وزير الخارجية السعودي عادل الجبير إيران بالكف عن التدخل.", True),
        # a comma written as its own word is punctuation, not a count
        ("وقال الوزير إن الحكومة , طالبت إيران بالكف عن التدخل.", True),
    ],
)
def test_a_verb_form_after_a_count_is_the_noun_counted(text: str, coded: bool) -> None:
    """«900 طالب» is nine hundred students; a year before the verb is a date, not a count."""
    assert ("REQUEST" in kinds(text)) is coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("وقال وزير المالية السعودي إن إجمالي الصادرات وصل إلى 300 مليار ريال.", False),
        ("وأعرب رئيس الاتحاد السعودي أحمد عيد عن رضاه عما وصل إليه مستوى المنتخب.", False),
        ("وصل وزير الخارجية الإيراني محمد جواد ظريف إلى أنقرة اليوم.", True),
        # a place reached with no «إلى» before it
        ("وصل وزير الخارجية الإيراني محمد جواد ظريف الرياض اليوم في زيارة رسمية.", True),
    ],
)
def test_an_arrival_is_a_visit_only_when_it_reaches_a_place(text: str, coded: bool) -> None:
    """«وصل ... إلى 300 مليار» reached an amount and «ما وصل إليه» a state: no visit."""
    assert ("CONSULT" in kinds(text)) is coded


def test_a_place_the_tagger_missed_is_still_reached() -> None:
    """«إلى» leading to a word the tagger did not tag still reaches a place. (Read on the
    hit: the visit names no one met, so it is not recorded, arabic_content.one_sided.)"""
    text = "وصل وزير الخارجية الإيراني محمد جواد ظريف اليوم إلى المملكة في زيارة رسمية."
    doc = make(text)
    tokens = clause_words(text, 0, len(text))
    hit = next(h for h in find_triggers(text, tokens, "ar") if h.trigger.type == "CONSULT")
    assert not placeless_arrival(doc, hit, tokens, len(text))


def test_a_meetings_purpose_is_the_meeting_told() -> None:
    """«التقى X Y لبحث ...»: what the meeting was for, not another meeting planned (AGREE)."""
    text = ("التقى وزير الخارجية الروسي سيرغي لافروف وزير الخارجية الإيراني محمد جواد ظريف"
            " لبحث الأزمة السورية.")
    assert kinds(text) == ["CONSULT"]


def test_a_purpose_without_a_meeting_verb_is_still_a_plan() -> None:
    text = "ووجه وزير الخارجية الروسي سيرغي لافروف الدعوة لقيادة حركة حماس لزيارة روسيا."
    assert "AGREE" in kinds(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("ودعت الجامعة الراغبين في الوظائف إلى التقدم عبر موقعها الإلكتروني.", False),
        ("ودعا وزير الخارجية السعودي عادل الجبير جامعة الدول العربية إلى اجتماع طارئ.", True),
    ],
)
def test_an_event_with_no_party_is_not_recorded(text: str, coded: bool) -> None:
    """No actor and no target: the record says nothing of who did what to whom."""
    assert ("REQUEST" in kinds(text)) is coded


def test_god_is_no_party() -> None:
    """The tagger may read «الله» as a person (added here as it did in a sermon); God is
    then neither the actor nor the target of an act."""
    text = "وحذر الله الملك فرعون من الظلم في مصر."
    doc = make(text)
    at = text.index("الله")
    doc.entities.append(Entity(at, at + 4, type="PER", text="الله", source="surname"))
    doc.entities.sort(key=lambda e: (e.start, e.end))
    events = find_events(doc)
    assert all(e.actor is None or e.actor.text != "الله" for e in events)
    assert all(e.target is None or e.target.text != "الله" for e in events)


def test_a_verbal_noun_after_a_condemnation_is_its_topic() -> None:
    """«اختطاف» is the noun of «اختطف»: what was condemned, not a second act."""
    text = "وأدان وزير الخارجية السعودي عادل الجبير اختطاف الصحفيين في صنعاء."
    assert kinds(text) == ["ACCUSE"]


def test_a_noun_acts_doer_is_named_after_by() -> None:
    """«اغتيال X على أيدي Y»: Y did it, whoever the sentence opened with."""
    text = "وشهدت صنعاء أمس اغتيال الصحفي عبدالكريم الخيواني على أيدي جماعة الحوثي."
    event = next(e for e in find_events(make(text)) if e.type == "ASSAULT")
    assert event.actor is not None and event.actor.text == "الحوثي"


def test_before_is_not_by() -> None:
    """«قبل» alone is "before": those who came after it did not do the act."""
    text = "وشهدت صنعاء اغتيال الصحفي عبدالكريم الخيواني قبل وصول جماعة الحوثي إلى المدينة."
    events = [e for e in find_events(make(text)) if e.type == "ASSAULT"]
    assert all(e.actor is None or e.actor.text != "الحوثي" for e in events)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("وأكد وزير السياحة المصري أن القوافل تستهدف مزيدا من السياح في روسيا.", False),
        ("واستهدفت طائرات التحالف بقيادة السعودية مواقع الحوثيين في صعدة.", True),
        ("واستهدف مسلحون من تنظيم داعش دورية للجيش العراقي في الرمادي.", True),
    ],
)
def test_aimed_at_is_no_attack(text: str, coded: bool) -> None:
    """«تستهدف» with no word of violence in the sentence is "aims at"."""
    assert ("ASSAULT" in kinds(text)) is coded


@pytest.mark.parametrize(
    ("text", "kind", "coded"),
    [
        ("وعلق رئيس الوزراء البريطاني ديفيد كاميرون خلال زيارته على أزمة المهاجرين.",
         "SANCTION", False),
        ("وعلقت الولايات المتحدة مساعداتها العسكرية لمصر على خلفية الأحداث.", "SANCTION", True),
        ("ويعبر المهاجرون البحر بحثا عن حياة أفضل في بريطانيا وفرنسا.", "CONSULT", False),
        ("وبحث وزير الخارجية السعودي عادل الجبير مع نظيره الإيطالي باولو جينتيلوني الأزمة.",
         "CONSULT", True),
    ],
)
def test_a_following_word_can_make_another_verb(text: str, kind: str, coded: bool) -> None:
    """«علق ... على» comments and «بحثا عن» searches; «على خلفية» is a cause, not the
    object of a comment."""
    assert (kind in kinds(text)) is coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("وقام وزير الصحة السعودي خالد الفالح أمس بزيارة للمرضى في مستشفى عسير.", False),
        ("ووصلت الطائرة السعودية الأولى إلى مطار تيرانا في ألبانيا.", False),
        ("وقام وزير الخارجية السعودي عادل الجبير أمس بزيارة إلى ألبانيا.", True),
    ],
)
def test_an_errand_is_no_meeting(text: str, coded: bool) -> None:
    """A call on the sick, or a plane that lands, is no meeting of parties (CONSULT)."""
    assert ("CONSULT" in kinds(text)) is coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("وقال الموقع إن أحد مصادره في الحكومة الإيرانية أكد قرب الاتفاق.", False),
        ("وأعلنت الحكومة الإيرانية مصادرة أموال شركة أمريكية في طهران.", True),
    ],
)
def test_a_noun_written_with_heh_is_not_the_one_listed_with_teh_marbuta(text: str,
                                                                       coded: bool) -> None:
    """«مصادره» is 'its sources'; «مصادرة» (confiscation) folds alike but is spelt with «ة»."""
    assert ("COERCE" in kinds(text)) is coded
