"""Arabic light verbs and the clause around them: «عقد … اجتماعا», «قام … بزيارة» and the
periphrastic passive «تم اعتقال X»; a comma closing a time adverbial between verb and object;
bare state forces of a story datelined abroad. Sentences written for these tests (session 12
(2026-12-05))."""

from __future__ import annotations

import pytest
from doc_builders import doc_with, simple_doc

import khabar
from khabar.doc import Event
from khabar.entities.words import words
from khabar.events.arabic_adverbials import adverbial_comma
from khabar.events.lexicon import clause_words, find_triggers
from khabar.events.stage import find_events
from khabar.events.support_verbs import supported


def events_of(text: str) -> list[Event]:
    doc = simple_doc(text, "ar", published="2025-01-20T09:53:26+03:30", with_entities=True)
    return find_events(doc)


@pytest.mark.parametrize(
    ("text", "word", "closes"),
    [
        ("عقد الوزير في مكتبه أمس، اجتماعا", "،", True),
        ("عقد الوزير اليوم (الاثنين)، اجتماعا", "،", True),
        ("عقد الوزير في الرياض، اجتماعا", "،", False),
        ("عقد الوزير أمس اجتماعا", "اجتماعا", False),
    ],
)
def test_a_comma_after_a_word_of_time_closes_the_adverbial(text: str, word: str,
                                                           closes: bool) -> None:
    tokens = words(text)
    k = next(i for i, w in enumerate(tokens) if w.text == word)
    assert adverbial_comma(tokens, k) is closes


def test_a_light_verb_reaches_its_object_across_a_time_adverbial() -> None:
    """«عقد X في عمان أمس، اجتماعا مع Y»: the comma ends «أمس», not the clause; the
    meeting is held, X with Y."""
    found = [e for e in events_of("عقد وزير الخارجية الأردني ناصر جودة في عمان أمس، اجتماعا "
                                  "مع نظيره المصري سامح شكري.") if e.type == "CONSULT"]
    assert found
    assert found[0].actor is not None and found[0].actor.country == "JOR"
    assert found[0].target is not None and found[0].target.country == "EGY"


def test_a_comma_after_a_place_still_ends_the_clause() -> None:
    """«عقد الوزير في الرياض، اجتماعا» is no time adverbial: the comma breaks the pattern."""
    text = "عقد الوزير في الرياض، اجتماعا مع السفير."
    hits = find_triggers(text, clause_words(text), "ar")
    assert not any(h.trigger.type == "CONSULT" and "عقد" in text[h.start:h.end] for h in hits)


def test_a_long_subject_parts_قام_from_its_verbal_noun_as_one_word() -> None:
    """«قام وزير الخارجية الروسي سيرغي لافروف بزيارة»: the subject, posts and all, stands
    between the support verb and its noun as «قام لافروف بزيارة» would."""
    text = "قام وزير الخارجية الروسي سيرغي لافروف بزيارة إلى طهران."
    doc = simple_doc(text, "ar", with_entities=True)
    from khabar.events.arabic_names import subject_names

    tokens = clause_words(text)
    names = subject_names(doc, tokens, "ar")
    hits = supported(text, tokens, find_triggers(text, tokens, "ar", names), "ar",
                     name_words=names)
    visit = next(h for h in hits if h.trigger.type == "CONSULT")
    assert visit.tense == "past"


def test_a_told_visit_does_not_yield_to_the_meeting_verb_after_it() -> None:
    """«قام X بزيارة إلى طهران التقى خلالها Y»: the visit is told by «قام», a verb of its
    clause; it is not the topic of the later «التقى» (whose subject is dropped)."""
    found = [e for e in events_of("قام وزير الخارجية الروسي سيرغي لافروف بزيارة إلى طهران "
                                  "التقى خلالها الرئيس الإيراني حسن روحاني.")
             if e.type == "CONSULT"]
    assert any(e.actor is not None and e.actor.country == "RUS" for e in found)


def test_the_periphrastic_passive_makes_the_one_named_after_the_noun_its_target() -> None:
    """«تم اعتقال X»: X was arrested; he is the target, never the actor."""
    event = next(e for e in events_of("تم اعتقال حمزة بن لادن في كراتشي.") if e.type == "COERCE")
    assert event.target is not None and event.target.text == "حمزة بن لادن"
    assert event.actor is None or event.actor.text is None


def test_an_active_support_verb_keeps_its_subject_as_actor() -> None:
    """«قامت الشرطة الفرنسية باعتقال ...»: the subject of «قامت» did it (not passive)."""
    event = next(e for e in events_of("قامت الشرطة الفرنسية باعتقال ثلاثة أشخاص في باريس.")
                 if e.type == "COERCE")
    assert event.actor is not None and event.actor.country == "FRA"


LEAD = ("قال مسؤول إن الأمن مستتب في جميع المناطق وإن الدوريات تعمل على مدار الساعة في كل "
        "المدن الكبرى والصغرى على حد سواء بلا توقف منذ بداية الشهر الجاري وحتى نهايته.\n"
        "وأوضح أن العمل يجري بتنسيق كامل بين جميع الجهات المعنية وفق خطة محكمة أعدت سلفا "
        "لهذا الغرض، مع مشاركة واسعة من المتطوعين في الأحياء السكنية والأسواق والطرق.\n"
        "وقال إن المواطنين أبدوا تعاونا كبيرا مع رجال الأمن في الإبلاغ عن أي حالات مشبوهة "
        "طوال الأسابيع الماضية، وهو ما ساعد على ضبط كثير من المخالفين قبل وقوع الجرائم.\n"
        "وأشار إلى أن الحملات الميدانية شملت الأسواق الشعبية والمجمعات التجارية الكبرى "
        "ومحطات النقل العام، وأن نتائجها كانت مشجعة للغاية بحسب التقارير الأولية.\n"
        "واعتقلت الشرطة ثلاثة أشخاص بتهمة السرقة.\n")
"""A report whose arrest is told further from the dateline than a city's reach."""


@pytest.mark.parametrize(("dateline", "country"),
                         [("لندن - عين اليوم:\n", "GBR"), ("الرياض - عين اليوم:\n", "SAU")])
def test_bare_authorities_are_of_the_dateline_place(dateline: str, country: str) -> None:
    """«السلطات» of a report filed from London are Britain's, not the Saudi outlet's."""
    text = dateline + LEAD.replace("واعتقلت الشرطة", "واعتقلت السلطات")
    event = next(e for e in khabar.process(text.encode()).events if e.type == "COERCE")
    assert event.actor is not None and event.actor.country == country


@pytest.mark.parametrize(("dateline", "country"),
                         [("لندن - عين اليوم:\n", "GBR"), ("الرياض - عين اليوم:\n", "SAU")])
def test_bare_police_are_of_the_dateline_place(dateline: str, country: str) -> None:
    """A Saudi outlet's report filed from London: its bare «الشرطة» are Britain's; filed
    from Riyadh, Saudi Arabia's."""
    doc = khabar.process((dateline + LEAD).encode())
    event = next(e for e in doc.events if e.type == "COERCE")
    assert event.actor is not None and event.actor.country == country


def test_a_support_verb_reaches_its_noun_across_a_time_adverbial() -> None:
    """«قام الوزير اليوم (الأحد)، بزيارة»: the comma closes the day, and «قام» still tells
    the visit."""
    text = "قام الوزير اليوم (الأحد)، بزيارة إلى القاهرة."
    tokens = clause_words(text)
    hits = supported(text, tokens, find_triggers(text, tokens, "ar"), "ar")
    assert next(h for h in hits if h.trigger.type == "CONSULT").tense == "past"


@pytest.mark.parametrize(("dateline", "country"),
                         [("لندن - سبق:\n", "GBR"), ("الرياض - سبق:\n", "SAU")])
def test_a_bare_state_body_is_of_the_dateline_place(dateline: str, country: str) -> None:
    """The entity stage's home of a bare body («وزارة الداخلية») is the dateline's country:
    a Saudi paper's report from London names Britain's ministry bare."""
    text = dateline + LEAD.replace("واعتقلت الشرطة", "وأعلنت وزارة الداخلية اعتقال")
    body = next(e for e in khabar.process(text.encode()).entities if e.text == "وزارة الداخلية")
    assert body.country == country


def test_a_reciprocal_act_in_the_passive_keeps_both_sides() -> None:
    """«تم الاتفاق بين X وY»: an agreement told in the passive is still made by its sides;
    X is not made the one acted upon."""
    event = next(e for e in events_of("تم الاتفاق على تعزيز التعاون بين مصر والأردن.")
                 if e.type == "AGREE")
    assert event.actor is not None and event.actor.country in ("EGY", "JOR")


def test_words_of_time_and_brackets_do_not_part_a_light_verb_from_its_object() -> None:
    """«عقد X في مقر الوزارة بواشنطن اليوم (الخميس)، محادثات مع Y»: the day, its brackets
    and the comma closing it are adjuncts; the place phrase alone is short enough."""
    found = [e for e in events_of("عقد وزير الخارجية الأمريكي جون كيري في مقر الوزارة بواشنطن "
                                  "اليوم (الخميس)، محادثات مع نظيره الصيني وانغ يي.")
             if e.type == "CONSULT"]
    assert found and found[0].trigger.startswith("عقد")  # told by the verb, not a bare noun
    assert {found[0].actor and found[0].actor.country,
            found[0].target and found[0].target.country} == {"USA", "CHN"}


def test_a_link_far_after_a_long_speaker_still_opens_reported_speech() -> None:
    """«وأكد وزير ... خالد العمري في مؤتمر صحفي مساء أمس (الأحد) أن العناصر تقف وراء هجوم»:
    the speaker's posts count as one word and the time adverbial as none, so «أن» is still
    his link, and the attack told inside is not his own act."""
    text = ("وأكد وزير الداخلية في الحكومة المحلية خالد العمري في مؤتمر صحفي مساء أمس (الأحد) "
            "أن العناصر تقف وراء هجوم على مركز للشرطة.")
    found = [e for e in find_events(doc_with(text, "ar", [("خالد العمري", "PER")]))
             if e.type == "ASSAULT"]
    assert found and (found[0].actor is None or found[0].actor.text != "خالد العمري")


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target"),
    [
        # an organisation subject right before the person it acts on (verb-first clause)
        ("اعتقلت الشرطة الباكستانية حمزة بن لادن في كراتشي.", "COERCE", "الشرطة الباكستانية",
         "حمزة بن لادن"),
        # an organisation in a post's genitive stays the person's post
        ("بحث رئيس حزب القوات اللبنانية سمير جعجع مع السفير الأمريكي الأوضاع.", "CONSULT",
         "سمير جعجع", "السفير الأمريكي"),
        ("التقى وزير الخارجية الأردني ناصر جودة نظيره المصري سامح شكري.", "CONSULT",
         "ناصر جودة", "نظيره"),
    ],
)
def test_an_organisation_before_a_person_is_his_post_only_in_a_posts_genitive(
        text: str, kind: str, actor: str, target: str) -> None:
    event = next(e for e in events_of(text) if e.type == kind)
    assert event.actor is not None and event.actor.text == actor
    assert event.target is not None and target in (event.target.text or "")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("اعتقل الناشط حمزة بن لادن في كراتشي أمس.", "COERCE"),
        ("أفرج عن الصحفي حمزة بن لادن في كراتشي أمس.", "RETREAT"),
    ],
)
def test_an_unvowelled_arrest_of_a_person_without_office_is_passive(text: str,
                                                                    kind: str) -> None:
    """«اعتقل الناشط X» is «اعتُقل»: X was arrested (PLOVER: an arrest is a state's act),
    so X is the target and the doer the authorities of the place."""
    event = next(e for e in events_of(text) if e.type == kind)
    assert event.target is not None and event.target.text == "حمزة بن لادن"
    assert event.actor is None or event.actor.text != "حمزة بن لادن"


def test_a_holder_of_office_before_the_name_is_the_doer() -> None:
    """«أفرج الرئيس الباكستاني ممنون حسين عن ...»: a president frees; the active stands."""
    doc = doc_with("أفرج الرئيس الباكستاني ممنون حسين عن مئة سجين.", "ar",
                   [("ممنون حسين", "PER")])
    event = next(e for e in find_events(doc) if e.type == "RETREAT")
    assert event.actor is not None and event.actor.text == "ممنون حسين"


def test_a_release_of_him_named_before_is_done_to_him() -> None:
    """«دافع X عن براءته ... وقد أفرج عنه بكفالة»: «عنه» is X; he was freed, not freeing."""
    text = "دافع المتهم حمزة بن لادن عن براءته أمام القاضي وقد أفرج عنه بكفالة."
    event = next(e for e in find_events(doc_with(text, "ar", [("حمزة بن لادن", "PER")]))
                 if e.type == "RETREAT")
    assert event.target is not None and event.target.text == "حمزة بن لادن"


@pytest.mark.parametrize(
    "text",
    ["استقال الناشط حمزة بن لادن من منصبه في كراتشي أمس.",
     "انسحب المرشح حمزة بن لادن من الانتخابات في كراتشي أمس."],
)
def test_a_resignation_or_withdrawal_has_no_passive(text: str) -> None:
    """«استقال», «انسحب» (RETREAT too) have no passive reading: the person after them
    resigns or withdraws himself, he is no one acted upon (arabic_passives.PASSIVE_ACTS).
    Session 12 (2026-12-05), review."""
    event = next(e for e in events_of(text) if e.type == "RETREAT")
    assert event.actor is not None and event.actor.text == "حمزة بن لادن"
    assert event.target is None or event.target.text != "حمزة بن لادن"
