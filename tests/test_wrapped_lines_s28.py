"""Persian quote speakers in a newspaper's layout, session 28 (2026-12-07), issue 6,
engineer quotes_fa13.

Hamshahri's pages wrap a paragraph's lines mid-sentence and set headings on lines of their
own; its news leads open on the desk line («گروه شهری:») rather than an agency's «به گزارش».
Session 27 kept the untagged-speaker rule (``quote_untagged_fa``) off such pages entirely.
``wrapped_lines`` joins the lines a page wrapped into paragraphs, so a heading ends a
sentence and a wrapped line does not, and the desk line counts as a news lead. Apart from
the layout: a post opening the sentence with its holder set off by a comma («رئیس
پژوهشکده رویان، دکتر کاظمی آشتیانی، گفت:») gave the words to no one; the holder speaks.
Sentences written for these tests, after the style of Hamshahri."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.events.quotes import find_quotes
from khabar.text.sentences import split_sentences
from khabar.text.wrapped_lines import opens_paragraph, paragraphs

_WRAPPED = ("گروه شهری: شماری از اعضای شورای اسلامی شهر تهران نسبت به طرح واگذاری برخی\n"
            "مسئولیت‌های وزارتخانه‌ها به شهرداری‌ها واکنش نشان دادند.\n"
            "عضو هیئت رئیسه شورای شهر گفت: اگر قرار باشد این قانون تنها با اجبار به\n"
            "شهرداری تحمیل شود هرگز مثمر ثمر نخواهد شد.\n")
_NAMED = "پیشنهاد مسکوت ماندن طرح\nپیرهادی در این باره افزود: این طرح باید یک سال مسکوت بماند.\n"


def _speakers(text: str, entities: list[tuple[str, str]] | None = None) -> list[str | None]:
    doc = doc_with(text, "fa", entities or [])
    doc.sentences = split_sentences(text)
    return [q.speaker.text if q.speaker else None for q in find_quotes(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    # A column-wide line with no closing mark runs on into the next.
    (_WRAPPED, ["گروه شهری: شماری", "عضو هیئت رئیسه"]),
    # A short unclosed line is a heading and stands alone.
    ("پیشنهاد مسکوت ماندن طرح\nپیرهادی گفت: بماند.\n", ["پیشنهاد مسکوت", "پیرهادی گفت"]),
    # A line ending on a comma runs on however short; a list item opens its own paragraph.
    ("در این نشست،\nطرح تصویب شد.\n- بند یکم\n", ["در این نشست", "- بند یکم"]),
])
def test_paragraphs(text: str, expected: list[str]) -> None:
    found = paragraphs(text)
    assert len(found) == len(expected)
    assert [text[s:e][: len(x)] for (s, e), x in zip(found, expected, strict=True)] == expected


def test_wrapped_line_opens_no_paragraph() -> None:
    assert not opens_paragraph(_WRAPPED, _WRAPPED.index("مسئولیت‌های"))
    assert opens_paragraph(_WRAPPED, _WRAPPED.index("عضو هیئت"))


def test_name_after_heading_on_a_wrapped_page() -> None:
    """The desk line is the lead, the wrapped lines are prose, the heading ends a sentence:
    the name opening the next speaks (session 27's gate read no name on such a page)."""
    assert _speakers(_WRAPPED + _NAMED)[-1] == "پیرهادی"


def test_no_name_where_a_wrapped_line_goes_on() -> None:
    text = _WRAPPED + ("عضو دیگر شورا گفت: طرح از میان اقشار مختلف جامعه و مسئولان\n"
                       "هستند خاطرنشان کرد: بحث واگذاری اگر علمی نگریسته شود حل می‌شود.\n")
    assert "هستند" not in _speakers(text)


def test_no_name_without_a_news_lead() -> None:
    """A feature's page: no desk line, no outlet cited."""
    lead = _WRAPPED.replace("گروه شهری: ", "")
    assert "پیرهادی" not in _speakers(lead + _NAMED)


@pytest.mark.parametrize(("sentence", "holder"), [
    ("رئیس پژوهشکده رویان، دکتر کاظمی آشتیانی، گفت:", "کاظمی آشتیانی"),
    ("رئیس جمهوری کشور، آقای محمد خاتمی در ژانویه اعلام کرد:", "محمد خاتمی"),
])
def test_post_with_its_holder_set_off(sentence: str, holder: str) -> None:
    text = (f"بر اساس تحقیقات انجام شده سه میلیون نفر در کشور توانایی باروری ندارند.\n"
            f"{sentence} بر اساس آمارهای جهانی ده درصد ازدواج‌ها به ناباروری می‌رسد.\n")
    assert _speakers(text, [(holder, "PER")]) == [holder]


def test_person_after_a_preposition_is_no_holder() -> None:
    """«... با محمود احمدی‌نژاد ... گفت»: the one met is not the speaker."""
    text = ("ستاد انتخاباتی دیروز تشکیل جلسه داد.\nسخنگوی ستاد، با محمود احمدی‌نژاد دیدار "
            "کرد و گفت: نظر شهردار در این دیدار مثبت بود.\n")
    assert _speakers(text, [("محمود احمدی‌نژاد", "PER")]) != ["محمود احمدی‌نژاد"]
