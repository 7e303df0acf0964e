"""Review of session 19 (2026-12-06), engineer review_b: cases that fail when a piece of this
session's event and quote rules is removed, where the tests shipped with them passed either
way (each checked by removing the piece in a worktree: ``target_reach.PARTNERS``,
``quote_holders.post_chain_holder``'s referring guard, ``quotes._personal_subject``'s
unglued verb, the feminine rows of ``speech_verb_persons.tsv``)."""

from __future__ import annotations

from doc_builders import arabic_quote_speakers as _speakers
from doc_builders import doc_with, simple_doc

from khabar.events.quotes import find_quotes
from khabar.events.stage import find_events
from khabar.text.sentences import split_sentences


def test_a_meeting_partner_eleven_words_after_the_subject_is_kept() -> None:
    """«مع» names the partner at any distance (``target_reach.PARTNERS``): here 11 words of
    protocol titles and time stand between the subject and «مع»."""
    doc = simple_doc("التقى الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء "
                     "وزير الداخلية مساء اليوم مع وزير الخارجية الأمريكي جون كيري.", "ar",
                     published="2015-07-20T09:00:00+03:00", with_entities=True)
    targets = [e.target.country if e.target else None for e in find_events(doc)
               if e.type == "CONSULT"]
    assert targets == ["USA"]


def test_a_role_inside_the_post_chain_is_not_its_holder() -> None:
    """«نائب خادم الحرمين الشريفين الأمير محمد بن نايف»: the role «خادم الحرمين الشريفين»
    (an entity that refers back, source ``role``) is part of the post, not the subject."""
    text = ("نقل نائب خادم الحرمين الشريفين الأمير محمد بن نايف، خلال اجتماعه أمس بقادة "
            "القطاعات، تعازي الملك سلمان بن عبدالعزيز لأسر الشهداء.\n"
            "وقال: إن هذه الحوادث لن تثني عزائمنا.")
    doc = doc_with(text, "ar", [("خادم الحرمين الشريفين", "PER"), ("محمد بن نايف", "PER"),
                                ("سلمان بن عبدالعزيز", "PER")])
    for entity in doc.entities:
        if entity.text == "خادم الحرمين الشريفين":
            entity.source = "role"
    doc.sentences = split_sentences(text)
    assert [(q.text[:10], q.speaker and q.speaker.text) for q in find_quotes(doc)] == [
        ("إن هذه الح", "محمد بن نايف")]


def test_an_unglued_imperfect_after_a_person_is_no_report_of_theirs() -> None:
    """«بالتقرير الذي يوضح أن»: the report shows; the person named before praised it."""
    assert _speakers("وأشاد الدكتور سعيد القحطاني بالتقرير الذي يوضح أن المستشفى استقبل عشرين "
                     "حالة خلال الشهر.", [("سعيد القحطاني", "PER")]) == []


def test_a_feminine_imperfect_does_not_go_on_with_a_man() -> None:
    """«وتوضح» (feminine, ``speech_verb_persons.tsv``) after a man's «وقال»: another speaker,
    unnamed; after a woman's «وقالت» she goes on."""
    assert _speakers("وقال الدكتور سعيد القحطاني إن الحالات مستقرة. وتوضح أن المستشفى استقبل "
                     "عشرين حالة.", [("سعيد القحطاني", "PER")]) == [
        ("الحالات مس", "سعيد القحطاني"), ("المستشفى ا", None)]
    assert _speakers("وقالت الدكتورة سارة القحطاني إن الحالات مستقرة. وتوضح أن المستشفى "
                     "استقبل عشرين حالة.", [("سارة القحطاني", "PER")]) == [
        ("الحالات مس", "سارة القحطاني"), ("المستشفى ا", "سارة القحطاني")]
