"""Persian speech verbs and attribution phrases, session 29 (2026-12-07), issue 6, engineer
quotes_fa14: the other persons and tenses of listed verbs («تاکید می‌کنند»,
«گفته‌اند», «گفته بودند», «هشدار می‌دهد»; ``events/speech_verbs.tsv``) and the listed
attribution phrases with the ezafe written («به گفته‌ی X،», «بنا بر گفته‌ی X،»;
``events/quote_attributions.tsv``) open quotes as their listed forms do. Sentences written for
these tests, after the reporting style of Hamshahri and Fars news."""

from __future__ import annotations

import pytest
from doc_builders import quotes_split

_NAME = [("علی لاریجانی", "PER")]
_CLAUSE = "دولت باید بودجه سال آینده را اصلاح کند."


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.text if q.speaker else None for q in quotes_split(text, "fa", _NAME)]


@pytest.mark.parametrize(
    "verb",
    ["تاکید می\u200cکنند که", "تأکید می\u200cکنند که", "گفته\u200cاند",
     "گفته بودند", "هشدار می\u200cدهد:", "توضیح می\u200cدهند:", "اضافه می\u200cکنند:"])
def test_other_forms_of_listed_verbs(verb: str) -> None:
    assert _speakers(f"علی لاریجانی {verb} {_CLAUSE}") == ["علی لاریجانی"]


@pytest.mark.parametrize(
    "phrase",
    ["به گفته\u200cی", "به نوشته\u200cی", "بنا بر گفته\u200cی", "بنا بر گفته", "بنابر گفته",
     "بنا به گفته\u200cی"])
def test_attribution_with_written_ezafe(phrase: str) -> None:
    assert _speakers(f"{phrase} علی لاریجانی، {_CLAUSE}") == ["علی لاریجانی"]


def test_left_out_verbs_stay_out() -> None:
    """«خبر داد» and «پاسخ داد» stay unlisted: mostly «از X خبر داد», «به X پاسخ داد»."""
    assert _speakers(f"علی لاریجانی از افزایش بودجه خبر داد. {_CLAUSE}") == []
