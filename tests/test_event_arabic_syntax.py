"""Arabic syntax the roles read: a noun before its verb after إن/أن (or opening a headline)
is the verb's subject, and the names close after the verb its objects; a signing whose
partner is named with «مع» far from the verb; a word for a form of state between a
preposition and its country («مع جمهورية كينيا», also Persian «با کشور عراق»); a meeting
with the lam of purpose («لزيارة») is planned, not held. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

import khabar
from khabar.doc import Event
from khabar.events.clauses import narrative_hits
from khabar.events.lexicon import clause_words, find_triggers
from khabar.events.stage import find_events


def event_of(text: str, kind: str, lang: str = "ar") -> Event:
    doc = simple_doc(text, lang, published="2025-01-20T09:53:26+03:30", with_entities=True)
    found = [e for e in find_events(doc) if e.type == kind]
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target"),
    [
        ("قالت الوكالة إن الحكومة الأردنية استدعت سفير إيران.", "SANCTION", "JOR", "IRN"),
        ("أكدت الصحيفة أن الشرطة المصرية اعتقلت نجل الرئيس محمد مرسي.", "COERCE", "EGY",
         "EGY"),
        ("وذكر البيان أن الحكومة الأردنية وقعت اتفاقية مع إيران.", "SUPPORT", "JOR", "IRN"),
    ],
)
def test_a_noun_before_its_verb_is_the_subject(text: str, kind: str, actor: str,
                                               target: str) -> None:
    event = event_of(text, kind)
    assert event.actor is not None and event.actor.country == actor
    assert event.actor.start is not None and event.actor.start < text.index(event.trigger)
    assert event.target is not None and event.target.country == target


def test_a_noun_after_another_verb_is_its_object() -> None:
    """«استدعت الخارجية سفير إيران وأدانت ...»: the noun before «وأدانت» is the object of
    the verb before; the condemnation's subject follows it."""
    text = "استدعت الخارجية سفير إيران وأدانت الحكومة الأردنية الهجوم."
    event = event_of(text, "ACCUSE")
    assert event.actor is not None and event.actor.country == "JOR"


def test_a_signing_with_its_partner_far_from_the_verb() -> None:
    event = event_of("وقعت مصر يوم الأربعاء الماضي مع كينيا على اتفاقية للتعاون التجاري.",
                     "SUPPORT")
    assert event.actor is not None and event.actor.country == "EGY"
    assert event.target is not None and event.target.country == "KEN"


def test_a_happening_with_no_signed_text_is_no_signing() -> None:
    """«وقع» is also "happened": without an agreement after «على» it codes nothing."""
    doc = simple_doc("وقع الانفجار في القاهرة مع بداية الاحتفال على الطريق.", "ar",
                     with_entities=True)
    assert not [e for e in find_events(doc) if e.type == "SUPPORT"]


def test_a_name_far_after_the_verb_is_no_object() -> None:
    """The object of a verb after its subject follows it closely; a name at the end of a
    long sentence belongs to a later clause («... ثم أبلغت روسيا»)."""
    text = ("وذكرت قطر أن الشرطة التركية اعتقلت صحفيين كانوا يحاولون عبور الحدود مساء أمس"
            " ونقلت بعضهم إلى السجن ثم أبلغت روسيا.")
    event = event_of(text, "COERCE")
    assert event.actor is not None and event.actor.country == "TUR"
    assert event.target is None


@pytest.mark.parametrize(
    ("text", "lang", "kind", "target"),
    [
        ("وقعت أمس في نيويورك مع جمهورية كينيا على اتفاقية للتعاون التجاري.", "ar", "SUPPORT",
         "KEN"),
        ("وزیر خارجه ایران دیروز با کشور عراق تفاهم‌نامه همکاری امضا کرد.", "fa", "SUPPORT",
         "IRQ"),
    ],
)
def test_a_form_of_state_keeps_the_preposition(text: str, lang: str, kind: str,
                                               target: str) -> None:
    """The partner after «مع جمهورية» / «با کشور» is the target, never the actor."""
    event = event_of(text, kind, lang)
    assert event.target is not None and event.target.country == target
    assert event.actor is None or event.actor.country != target


@pytest.mark.parametrize(
    "text",
    ["ووجه وزير الخارجية الروسي الدعوة لقيادة حركة حماس لزيارة روسيا.",
     "وقال الوزير إن الرئيس المصري يخطط للقاء الملك سلمان في الرياض."],
)
def test_a_meeting_with_the_lam_of_purpose_is_planned(text: str) -> None:
    """EVENT-CONVENTIONS: a planned visit or talks is AGREE with future, not a CONSULT."""
    assert not [e for e in find_events(simple_doc(text, "ar", with_entities=True))
                if e.type == "CONSULT"]
    event = event_of(text, "AGREE")
    assert event.future


def test_a_meeting_noun_that_begins_with_lam_is_held() -> None:
    """«لقاء» itself begins with ل: only a ل added to a listed form is the lam of purpose."""
    event = event_of("وعقد الرئيس المصري لقاء مع الملك سلمان في الرياض.", "CONSULT")
    assert not event.future


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("وعبر وزير الخارجية المصري عن استنكار مصر الشديد للهجوم على السفارة.", "ACCUSE", "EGY"),
        ("وأعربت الحكومة الأردنية عن دعمها لقرار الأمم المتحدة.", "SUPPORT", "JOR"),
    ],
)
def test_expressing_a_stance_is_the_act(text: str, kind: str, actor: str) -> None:
    """«عبّر / أعرب عن» + a verbal noun of stance: the stance is the act."""
    event = event_of(text, kind)
    assert event.actor is not None and event.actor.country == actor


def test_crossing_is_no_expression() -> None:
    """«عبر» is also "crossed": with no noun of stance after it, nothing is coded."""
    doc = simple_doc("عبر مئات اللاجئين الحدود إلى تركيا أمس.", "ar", with_entities=True)
    assert not find_events(doc)


@pytest.mark.parametrize(
    "text",
    ["ودعا الرئيس اليمني خلال لقائه اليوم وزير الخارجية البريطاني في الرياض إلى دعم الحكومة.",
     "وأدان وزير الخارجية المصري عقب لقائه وزير الخارجية الإيطالي في روما الهجوم."],
)
def test_a_meeting_during_which_another_act_is_told_was_held(text: str) -> None:
    """«خلال لقائه» / «عقب لقائه»: a word of time puts the meeting beside the verb, as an act
    of its own, not the verb's topic."""
    event = event_of(text, "CONSULT")
    assert event.actor is not None and not event.future


def test_a_meeting_that_is_the_verbs_topic_is_no_act() -> None:
    """Without a word of time the noun after a verbal act is what the act is about."""
    doc = simple_doc("وطالب وزير الخارجية المصري بلقاء الرئيس الإيراني في طهران.", "ar",
                     with_entities=True)
    assert not [e for e in find_events(doc) if e.type == "CONSULT" and not e.future]



@pytest.mark.parametrize(
    ("text", "kept"),
    [("ودعا الوزير خلال لقائه السفير إلى التهدئة.", True),
     ("التقى الوزير السفير أمس، وجرى خلال اللقاء بحث العلاقات الثنائية.", False)],
)
def test_during_the_meeting_already_told_is_no_new_meeting(text: str, kept: bool) -> None:
    """«خلال لقائه» is a meeting of its own; «خلال اللقاء», with the article, is the one
    already told, and yields to the verb as any noun does."""
    tokens = clause_words(text)
    hits = narrative_hits(find_triggers(text, tokens, "ar"), len(text), tokens)
    assert any(h.trigger.tense == "noun" for h in hits) is kept


def test_an_attribution_ending_the_sentence_leaves_the_clause_before_it() -> None:
    """«...، بحسب ما ذكرت وكالة الأنباء السورية "سانا".»: the act and its parties are before
    the attribution (the clause was read as starting after «سانا», and held no one)."""
    text = ('وأصدر الرئيس السوري بشار الأسد عفوا عن المنشقين من الجيش السوري، بحسب ما ذكرت'
            ' وكالة الأنباء السورية "سانا".')
    amnesty = next(e for e in khabar.process(text).events if e.type == "CONCEDE")
    assert amnesty.actor is not None and amnesty.actor.text == "بشار الأسد"
    assert amnesty.target is not None and amnesty.target.country == "SYR"


def test_the_outlet_an_attribution_names_is_no_participant() -> None:
    """«بحسب ما ذكرت صحيفة لوموند» after the verb opens an attribution, not the object."""
    text = "ورفض الرئيس الفرنسي فرنسوا هولاند الطلب، بحسب ما ذكرت صحيفة لوموند."
    refusal = next(e for e in khabar.process(text).events if e.type == "REJECT")
    assert refusal.target is None or refusal.target.text != "لوموند"
