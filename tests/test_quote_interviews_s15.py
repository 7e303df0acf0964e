"""Persian interviews (session 15, 2026-12-06, issue 6, engineer quotes_fa2): an article
opening on «در گفت‌وگو با X» whose questions stand as paragraphs of their own is X's
interview; a quote in an answer whose verb is in the first person or impersonal is X's,
and such a quote in a question is the interviewer's, no quote. Texts written for these
tests."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.events.quote_interviews import interview, is_question
from khabar.events.quotes import find_quotes
from khabar.resources import load_tsv

GUEST = "مهدی کرمانی"
OTHER = "علی رضایی"
LEAD = (f"در گفت‌وگو با {GUEST} مدیر موزه ملی\n"
        f"{OTHER} رئیس سازمان میراث گفت: بودجه موزه‌ها امسال افزایش می‌یابد.\n")


def _quotes(body: str, lead: str = LEAD) -> list[tuple[str, str | None]]:
    doc = doc_with(lead + body, "fa", [(GUEST, "PER"), (OTHER, "PER")])
    return [(q.text[:10], q.speaker.text if q.speaker else None) for q in find_quotes(doc)]


QUESTIONS = ("- آقای کرمانی، موزه امسال چند بازدیدکننده داشت؟\n"
             "- حدود صد هزار نفر به موزه آمدند و این رقم بیشتر از پارسال بود.\n"
             "- برنامه شما برای سال آینده چیست؟\n")


def test_a_first_person_answer_is_the_interviewees() -> None:
    """«خواهیم گفت» in an answer: the interviewee speaks, not the last man quoted."""
    body = QUESTIONS + "- ما به بازدیدکنندگان خواهیم گفت که موزه شب‌ها هم باز است.\n"
    assert [speaker for text, speaker in _quotes(body) if text.startswith("موزه")] == [GUEST]


def test_an_impersonal_verb_in_a_question_is_no_quote() -> None:
    """«می‌شود گفت» in the interviewer's question quotes no one."""
    body = ("- می‌شود گفت که موزه‌ها امسال رونق بیشتری داشتند؟\n"
            "- بله، حدود صد هزار نفر به موزه آمدند و این رقم بیشتر از پارسال بود.\n"
            "- برنامه شما برای سال آینده چیست؟\n"
            "- گسترش تالارها و آموزش راهنماها برنامه اصلی ماست.\n")
    assert not any(text.startswith("موزه‌ها") for text, _ in _quotes(body))


def test_an_addressee_named_in_an_answer_is_no_speaker() -> None:
    """«ما به آقای علی رضایی خواهیم گفت»: the name is whom the interviewee will tell."""
    body = QUESTIONS + f"- ما به آقای {OTHER} خواهیم گفت که موزه شب‌ها هم باز است.\n"
    assert [speaker for text, speaker in _quotes(body) if text.startswith("موزه")] == [GUEST]


def test_a_third_persons_verb_in_an_answer_is_left_as_it_was() -> None:
    """«بعد می‌گوید» in an answer speaks of someone else: not the interviewee's."""
    body = QUESTIONS + "- او هم آمد. بعد می‌گوید که موزه شب‌ها هم باز است.\n"
    assert all(speaker != GUEST for _, speaker in _quotes(body))


def test_no_interview_without_questions_or_with_a_reporter() -> None:
    """A news story «در گفت‌وگو با خبرنگار فارس» has no interviewee, and a talk with no
    question paragraphs is no interview layout."""
    news = ("وزیر در گفت‌وگو با خبرنگار فارس گفت: بودجه افزایش می‌یابد؟\nبله.\n"
            "چرا؟\nزیرا درآمد بیشتر شد.\n")
    assert interview(doc_with(news, "fa", [("فارس", "ORG")])) is None
    plain = LEAD + "- حدود صد هزار نفر به موزه آمدند.\n- چرا؟\n- و چگونه؟\n- زیرا.\n"
    assert interview(doc_with(plain, "fa", [(GUEST, "PER"), (OTHER, "PER")])) is None
    doc = doc_with(LEAD + QUESTIONS + "- گسترش تالارها.\n", "fa", [(GUEST, "PER"), (OTHER, "PER")])
    found = interview(doc)
    assert found is not None and found.person.text == GUEST and len(found.questions) == 2


def test_question_paragraphs_and_labels() -> None:
    assert is_question("- برنامه شما چیست؟ ")
    assert is_question("س: برنامه شما برای سال آینده")
    assert not is_question("ج: برنامه ما گسترش است؟")
    assert not is_question("گسترش تالارها برنامه ماست.")


def test_the_words_come_from_the_table() -> None:
    kinds = {kind for _, kind in load_tsv("events/interview_words_fa.tsv")}
    assert kinds == {"talk", "question", "answer", "first", "impersonal"}
