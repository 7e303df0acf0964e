"""The Persian agency-prose test keys each word of a lead paragraph once and joins the
keys for each phrase (session 28, the lead: the quote stage rose on Hamshahri's joined
paragraphs). That rests on a phrase's key being its words' keys joined, which holds
because no token spans a space; these cases pin both the invariant and the answers."""

from __future__ import annotations

import pytest

from khabar.entities.gazetteer import phrase_key, words
from khabar.events.quote_untagged_fa import _cites_outlet

PHRASES = [
    "به گزارش خبرگزاری فارس،",
    "گفت و گو با خبرنگار",
    "نرخ ۳٫۵ درصد و ۱۲/۴ میلیارد",
    "همکاری‌های دو کشور - «ایرنا»",
    "U.N. و ناتو: گفت",
]


@pytest.mark.parametrize("phrase", PHRASES)
def test_a_phrase_key_is_its_words_keys_joined(phrase: str) -> None:
    found = words(phrase, 0, len(phrase))
    assert phrase_key(" ".join(w.text for w in found)) == "".join(
        phrase_key(w.text) for w in found)


def test_a_citation_deep_in_a_long_paragraph_is_found() -> None:
    filler = "این طرح در جلسه امروز مجلس بررسی شد و نمایندگان درباره آن سخن گفتند. " * 20
    assert _cites_outlet(filler + "به گزارش خبرگزاری فارس، وزیر افزود.")
    assert not _cites_outlet(filler)


def test_a_cue_split_over_words_is_found() -> None:
    assert _cites_outlet("این خبر را به نقل از منابع محلی منتشر کرد.")
    assert not _cites_outlet("این خبر را از منابع محلی نقل کرد.")
