"""Quotes from speech verbs: direct and reported speech, speakers, pronouns, role phrases."""

from __future__ import annotations

from pathlib import Path

import pytest
from doc_builders import simple_doc

from khabar.doc import Doc
from khabar.events.quotes import find_quotes
from khabar.registry import get_stage

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


def make_doc(text: str, lang: str) -> Doc:
    return simple_doc(text, lang, with_entities=True)


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "quote", "direct", "reason"),
    [
        ("سرلشکر محمد باقری اظهار داشت: همکاری دو کشور گسترش می‌یابد.", "fa", "محمد باقری",
         "همکاری دو کشور گسترش می‌یابد.", True, "colon quote, Persian SOV speaker"),
        ("وقال اللواء باقري : إن باكستان تتخذ أقوى المواقف.", "ar", "باقري",
         "إن باكستان تتخذ أقوى المواقف.", True, "Arabic: speaker after the verb"),
        ("سرلشکر باقری گفت که مرزها امن‌تر شده است.", "fa", "باقری",
         "مرزها امن‌تر شده است.", False, "reported speech with که"),
        ('وأكد الجنرال منير أن "الأمن مسؤولية مشتركة".', "ar", "منير",
         "الأمن مسؤولية مشتركة", True, "words in quotation marks after أن are direct"),
        ("سرلشکر باقری افزود: «مرزها را می‌بندیم»", "fa", "باقری", "مرزها را می‌بندیم", True,
         "the quotation marks are not part of the quote"),
    ],
)
def test_quote_table(text: str, lang: str, speaker: str, quote: str, direct: bool,
                     reason: str) -> None:
    doc = make_doc(text, lang)
    quotes = find_quotes(doc)
    assert len(quotes) == 1, reason
    q = quotes[0]
    assert (q.text, q.direct) == (quote, direct), reason
    assert q.speaker is not None and q.speaker.text == speaker, reason
    assert doc.text[q.start : q.end] == q.text


def test_pronoun_resolves_to_last_person_outside_quotes() -> None:
    text = ("سرلشکر باقری افزود: جوانان مانند سید حسن نصرالله هستند.\n"
            "وی یادآور شد: ایستادگی وظیفه ماست.")
    quotes = find_quotes(make_doc(text, "fa"))
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["باقری", "باقری"]


def test_role_phrase_resolves_to_last_person() -> None:
    text = ("سرلشکر محمد باقری وارد اسلام‌آباد شد.\n"
            "رئیس ستاد کل نیروهای مسلح گفت: امروز روز مهمی است.")
    quotes = find_quotes(make_doc(text, "fa"))
    assert quotes and quotes[0].speaker and quotes[0].speaker.text == "محمد باقری"
    assert quotes[0].speaker.role == "سرلشکر"


def test_no_quote_without_speech() -> None:
    assert find_quotes(make_doc("سرلشکر باقری وارد اسلام‌آباد شد.", "fa")) == []


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.name[:3])
def test_example_quotes_point_at_their_text(path: Path) -> None:
    doc = make_doc(path.read_text(encoding="utf-8"), "ar" if path.name.startswith("002") else "fa")
    quotes = find_quotes(doc)
    assert quotes
    for q in quotes:
        assert doc.text[q.start : q.end] == q.text and q.text.strip() == q.text
        assert q.speaker is not None


def test_example_000_speaker_is_bagheri_throughout() -> None:
    path = next(EXAMPLES.glob("000_*.txt"))
    quotes = find_quotes(make_doc(path.read_text(encoding="utf-8"), "fa"))
    assert len(quotes) >= 8
    assert all(q.speaker and q.speaker.text and "باقری" in q.speaker.text for q in quotes)


def test_stage_contract() -> None:
    info = get_stage("khabar.quotes.verbs.v1")
    assert info.requires == ("text", "sentences", "entities") and info.assigns == ("quotes",)
