"""Arabic quotes, session 24 (2026-12-07), issue 6, engineer quotes_ar3.

- ``quotes._marked_name_end``: marks closed right before the colon that opens the words
  set off a name of any length in the subject's post («مدير مبادرة «عسير.. وجهة سياحية
  رئيسية على مدار العام»: لم نلمس ...»), and a stop inside them ends no sentence;
- ``quotes._opens_as_warning``: the warning verbs (``warning_verbs_ar.txt``, «حذر»)
  open a quote at «من أن» only; the bare word is also the noun or adjective «حَذَر»;
- ``quote_bodies.referred_body``: «وحذرت الشركة» after «وأشارت الشركة المتخصصة ...» (the
  noun and adjectives only) is the company named before («شركة “زيمبيريوم”»);
- ``bench/quotes_dev.right_speaker``: a surname-first name ("Jung Ho-sub") is right
  when the system names its family name («يونج»).

Sentences written for these tests, after the grammar of SaudiNewsNet news."""

from __future__ import annotations

import pytest
from bench_modules import bench_module
from doc_builders import arabic_quote_speakers as _speakers

from khabar.doc import Participant


def test_a_long_name_in_marks_before_the_colon_is_the_posts() -> None:
    text = ("من جهته، قال طارق خان مستشار التسويق مدير مبادرة «عسير.. وجهة سياحية رئيسية "
            "على مدار العام»: لم نلمس أي حالات إلغاء للحجوزات السكنية في المنطقة.")
    assert _speakers(text, [("طارق خان", "PER")]) == [("لم نلمس أي", "طارق خان")]


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        ("حذر الرئيس الأمريكي باراك أوباما من أن رفض الكونجرس للاتفاق سيؤدي إلى حرب في "
         "المنطقة.",
         [("باراك أوباما", "PER")],
         [("رفض الكونج", "باراك أوباما")]),
        ("وحذرت الشركة من أن هذا النوع من الهجمات الإلكترونية قد يطال أي هاتف.",
         [],
         [("هذا النوع ", None)]),
    ],
)
def test_a_warning_opens_at_min_an(text: str, entities: list[tuple[str, str]],
                                   expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(text, entities) == expected


@pytest.mark.parametrize(
    ("text", "entities", "reason"),
    [
        ("تمكنت الهجمات من تحويل الرئيس الروسي بوتين من قائد حذر ومتردد إلى قائد لم يسبق "
         "أن لعب هذا الدور في تاريخ بلاده.",
         [("بوتين", "PER")],
         "«قائد حذر»: a cautious leader, and the link is another clause's"),
        ("وحذر العتيبي من الالتفات إلى من يزين عثراتهم، فهم خوارج وقع بهم مصداق الخبر "
         "بأنهم يقتلون أهل الإسلام.",
         [("العتيبي", "PER")],
         "a warning of a thing: the link further on is the tradition's"),
        ("وحذر الجهاز الفني اللاعبين من صعوبة المباراة خاصة أن الخطأ ممنوع في مثل هذه "
         "المباريات.",
         [],
         "«خاصة أن»: a reason in the narration, after a warning of a thing"),
    ],
)
def test_no_quote_from_a_warning_of_a_thing(text: str, entities: list[tuple[str, str]],
                                            reason: str) -> None:
    assert _speakers(text, entities) == [], reason


def test_a_body_noun_after_a_described_one_is_the_named_company() -> None:
    text = ("يحوي نظام اندرويد ثغرة خطيرة، على ما حذرت شركة “زيمبيريوم” لأمن المعلوماتية. "
            "وأشارت الشركة المتخصصة في أمن المعلوماتية إلى أن الرسالة يمكن إتلافها قبل "
            "قراءتها. وحذرت الشركة من أن هذا النوع من الهجمات قد يطال أي هاتف.")
    speakers = dict(_speakers(text, []))
    assert speakers["هذا النوع "] == "شركة “زيمبيريوم”"


def test_the_scorer_reads_a_family_name_written_first() -> None:
    quotes_dev = bench_module("quotes_dev")
    gold = {"speaker_en": "Jung Ho-sub", "speaker_text": "يونج هو سوب"}
    assert quotes_dev.right_speaker(gold, Participant(text="يونج"))
    assert not quotes_dev.right_speaker(gold, Participant(text="هو"))
    western = {"speaker_en": "Dave Martill", "speaker_text": "ديف مارتل"}
    assert not quotes_dev.right_speaker(western, Participant(text="ديف"))
    quotes_dev.LAST_WORD_SURNAMES = True  # the scorer before session 24
    assert not quotes_dev.right_speaker(gold, Participant(text="يونج"))
