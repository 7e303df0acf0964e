"""Arabic names around an event: a stance stated with a verbal noun after «أعرب/أكد ... عن»
(«عن رفضه», «تضامنه»), whose subject stands before the noun and whose target after it; a
subject's string of posts counts as one word between a verb and its complement; a state
body inside a person's post is the post, not a party; a person inside the name of an
institution («مركز الملك سلمان») is no participant; a country after a noun of area is a
place; a post naming a region gives its holder's country. Entities are given by hand, so
these test the event stage apart from the entity stage. Sentences written for these tests."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.doc import Doc, Event
from khabar.entities.gazetteer import country_entries, words
from khabar.events.arabic_names import inside_named_institution, subject_names
from khabar.events.lexicon import clause_words
from khabar.events.participants import mentions
from khabar.events.stage import find_events


def country(code: str) -> tuple[str, str]:
    return country_entries()[code].kb_id, code


def arabic(text: str, *entities: tuple[str, str],
           kb: dict[str, tuple[str, str | None]] | None = None) -> Doc:
    return doc_with(text, "ar", list(entities), kb)


def typed(doc: Doc, kind: str) -> list[Event]:
    return [e for e in find_events(doc) if e.type == kind]


def test_a_stance_told_with_a_verbal_noun() -> None:
    doc = arabic("أعرب الوزير خالد العمري عن رفضه لتصريحات الرئيس حسن روحاني.",
                 ("خالد العمري", "PER"), ("حسن روحاني", "PER"))
    found = typed(doc, "REJECT")
    assert found and found[0].actor is not None and found[0].actor.text == "خالد العمري"
    assert found[0].target is not None and found[0].target.text == "حسن روحاني"
    doc = arabic("أكدت مصر تضامنها مع الأردن.", ("مصر", "LOC"), ("الأردن", "LOC"),
                 kb={"مصر": country("EGY"), "الأردن": country("JOR")})
    found = typed(doc, "SUPPORT")
    assert found and found[0].actor is not None and found[0].actor.country == "EGY"


def test_a_long_post_counts_as_one_word_between_verb_and_complement() -> None:
    text = ("أعرب رئيس مجلس الأمة الكويتي بالإنابة مبارك الخرينج عن رفضه لتصريحات نائب "
            "الرئيس العراقي نوري المالكي.")
    doc = arabic(text, ("مبارك الخرينج", "PER"), ("نوري المالكي", "PER"))
    found = typed(doc, "REJECT")
    assert found, text
    assert found[0].actor is not None and found[0].actor.text == "مبارك الخرينج"
    assert found[0].target is not None and found[0].target.text == "نوري المالكي"


def test_posts_are_read_back_only_to_a_role_word() -> None:
    text = "أعرب رئيس مجلس الأمة الكويتي بالإنابة مبارك الخرينج عن رفضه."
    doc = arabic(text, ("مبارك الخرينج", "PER"))
    tokens = [w for w in words(doc.text) if w.folded]
    inside = subject_names(doc, tokens, "ar")
    assert {1, 2, 3, 4, 5} <= inside and 0 not in inside
    doc = arabic("أعرب اليوم مبارك الخرينج عن رفضه.", ("مبارك الخرينج", "PER"))
    assert subject_names(doc, [w for w in words(doc.text) if w.folded], "ar") == {3}


def test_a_state_body_in_a_post_is_no_party() -> None:
    text = "أعرب رئيس مجلس الأمة الكويتي بالإنابة مبارك الخرينج عن رفضه لتصريحات المالكي."
    doc = arabic(text, ("مبارك الخرينج", "PER"), ("المالكي", "PER"))
    found = typed(doc, "REJECT")
    assert found and found[0].actor is not None and found[0].actor.text == "مبارك الخرينج"
    assert found[0].actor.country == "KWT"


def test_a_person_inside_an_institution_name_is_no_party() -> None:
    text = ("استقبل المشرف العام على مركز الملك سلمان للإغاثة الدكتور عبدالله الربيعة في "
            "مكتبه اليوم السفير الأمريكي جون سميث.")
    doc = arabic(text, ("سلمان", "PER"), ("عبدالله الربيعة", "PER"), ("جون سميث", "PER"))
    tokens = [w for w in words(doc.text) if w.folded]
    assert inside_named_institution(doc.entities[0], tokens)
    assert not inside_named_institution(doc.entities[1], tokens)
    found = typed(doc, "CONSULT")
    assert found
    for party in (found[0].actor, found[0].target):
        assert party is None or party.text != "سلمان"


def test_a_party_after_the_stance_noun_is_its_target() -> None:
    doc = arabic("أكد الجانبان رفضهما لمحاولات إيران التدخل في شؤون الدول العربية.",
                 ("إيران", "LOC"), kb={"إيران": country("IRN")})
    found = typed(doc, "REJECT")
    assert found and found[0].actor is None
    assert found[0].target is not None and found[0].target.country == "IRN"


def test_a_country_after_a_noun_of_area_is_a_place() -> None:
    doc = arabic("قتل شرطي في هجوم مسلح وقع في إحدى مدن جنوب شرق تركيا.",
                 ("تركيا", "LOC"), kb={"تركيا": country("TUR")})
    found = typed(doc, "ASSAULT")
    # Turkey is where it happened; no doer is named (session 11: unknown attackers)
    assert found and found[0].actor is not None and found[0].actor.text is None
    assert found[0].actor.country is None


def test_a_post_naming_a_region_gives_the_country() -> None:
    text = "أدان الأمير فيصل بن بندر أمير منطقة الرياض الهجوم على المسجد."
    doc = arabic(text, ("فيصل بن بندر", "PER"), ("الرياض", "LOC"),
                 kb={"الرياض": ("iso3166-2:SA-01", "SAU")})
    found = mentions(doc, clause_words(text), 0, len(text))
    assert [(m.head.text, m.country) for m in found] == [("فيصل بن بندر", "SAU")]


def test_a_name_joined_by_and_shares_the_preposition() -> None:
    text = "بحث الوزير خالد العمري الحرب في سوريا والعراق."
    doc = arabic(text, ("خالد العمري", "PER"), ("سوريا", "LOC"), ("والعراق", "LOC"),
                 kb={"سوريا": country("SYR"), "والعراق": country("IRQ")})
    found = mentions(doc, clause_words(text), 0, len(text))
    assert [(m.head.text, m.prep) for m in found][1:] == [("سوريا", "in"), ("والعراق", "in")]


def test_a_talk_held_by_phone_is_one_phone_call() -> None:
    text = ("بحث الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان خلال اتصال "
            "هاتفي الحرب في سوريا والعراق.")
    doc = arabic(text, ("باراك أوباما", "PER"), ("أردوغان", "PER"), ("سوريا", "LOC"),
                 ("والعراق", "LOC"), kb={"سوريا": country("SYR"), "والعراق": country("IRQ")})
    found = typed(doc, "CONSULT")
    assert [(e.mode, e.actor and e.actor.text, e.target and e.target.text) for e in found] \
        == [("phone", "باراك أوباما", "أردوغان")]


def test_a_name_read_in_the_trigger_is_no_party() -> None:
    doc = arabic("وفيما دان المجلس العسكري الهجوم، أكد أن الحادثة لن تمر دون عقاب.",
                 ("دان", "PER"), ("المجلس العسكري", "ORG"))
    found = typed(doc, "ACCUSE")
    assert found and found[0].actor is not None and found[0].actor.text == "المجلس العسكري"


def test_both_sides_after_between_stay_parties() -> None:
    text = "تم الاتفاق على تعزيز التعاون بين السعودية والأردن."
    doc = arabic(text, ("السعودية", "LOC"), ("والأردن", "LOC"),
                 kb={"السعودية": country("SAU"), "والأردن": country("JOR")})
    found = typed(doc, "AGREE")
    assert found and found[0].actor is not None and found[0].target is not None
    assert {found[0].actor.country, found[0].target.country} == {"SAU", "JOR"}


def test_a_preposition_after_a_post_is_the_posts() -> None:
    text = ("استقبل المشرف العام على مركز الإغاثة الدكتور سعيد الهاشمي في مكتبه اليوم "
            "السفير خوان بيريز.")
    doc = arabic(text, ("مركز الإغاثة", "ORG"), ("سعيد الهاشمي", "PER"), ("خوان بيريز", "PER"))
    found = mentions(doc, clause_words(text), 0, len(text))
    assert (found[0].head.text, found[0].prep) == ("سعيد الهاشمي", None)
    consult = typed(doc, "CONSULT")
    assert consult and consult[0].target is not None
    assert consult[0].target.text == "سعيد الهاشمي"


def test_a_body_after_a_post_with_no_person_stays_the_posts() -> None:
    text = ("التقى الشيخ محمد الراشد نائب القائد الأعلى لوزارة الدفاع في دولة الإمارات "
            "اليوم رئيس الوزراء اليمني خالد بحاح.")
    doc = arabic(text, ("محمد الراشد", "PER"), ("وزارة الدفاع", "ORG"),
                 ("دولة الإمارات", "LOC"), ("خالد بحاح", "PER"),
                 kb={"دولة الإمارات": country("ARE")})
    preps = {m.head.text: m.prep for m in mentions(doc, clause_words(text), 0, len(text))}
    assert preps["وزارة الدفاع"] == "to"
    found = typed(doc, "CONSULT")
    assert found and found[0].target is not None and found[0].target.text == "خالد بحاح"


def test_the_victims_before_an_attack_noun_are_its_target() -> None:
    text = "أصيب خمسة من رجال الشرطة التركية في هجوم مسلح استهدف مركزا للأمن."
    doc = arabic(text, ("الشرطة التركية", "ORG"))
    found = typed(doc, "ASSAULT")
    assert found and found[0].actor is not None and found[0].actor.text is None
    assert found[0].target is not None and found[0].target.text == "الشرطة التركية"
    doc = arabic("قتل مسلحون شرطيين في هجوم على نقطة تفتيش.", ("مسلحون", "ORG"))
    found = typed(doc, "ASSAULT")
    assert found and found[0].actor is not None and found[0].actor.text == "مسلحون"


def test_a_named_organisation_in_a_post_before_the_name_is_the_post() -> None:
    """Issue 6, session 13 (2026-12-05): the tagger's or a pattern's organisation after a post
    word and before the name (not only a state body) is the genitive of the person's post:
    «أعرب رئيس مجلس الأمة الكويتي بالإنابة مبارك الخرينج عن رفضه ...» is the speaker's
    rejection, not the parliament's of him (study2 saudinewsnet-2015-07-23-01259)."""
    text = ("أعرب رئيس مجلس الأمة الكويتي بالإنابة مبارك الخرينج عن رفضه لتصريحات نائب "
            "الرئيس العراقي نوري المالكي.")
    doc = arabic(text, ("مجلس الأمة الكويتي", "ORG"), ("مبارك الخرينج", "PER"),
                 ("نوري المالكي", "PER"), kb={"مجلس الأمة الكويتي": ("org:kwt-assembly", "KWT")})
    found = typed(doc, "REJECT")
    assert found and found[0].actor is not None and found[0].actor.text == "مبارك الخرينج"
    assert found[0].target is not None and found[0].target.text == "نوري المالكي"
