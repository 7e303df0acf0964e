"""Character normalization: per-language maps, joiners, spaces; idempotent, offsets kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.doc import Doc
from khabar.normalize.charmap import char_table, load_charmap, normalize, normalize_text
from khabar.normalize.fold import fold
from khabar.pipeline import Pipeline
from khabar.resources import RESOURCES

ZWNJ, ZWJ, NBSP = "\u200c", "\u200d", "\u00a0"

FA_CASES = [
    ("كتاب", "کتاب", "Arabic kaf becomes keheh in Persian"),
    ("علي", "علی", "Arabic yeh becomes Persian yeh"),
    ("مصطفى", "مصطفی", "alef maksura becomes Persian yeh"),
    ("ھمه", "همه", "do-chashmi heh typed for heh"),
    (f"می{ZWNJ}خواهم", f"می{ZWNJ}خواهم", "a word-internal ZWNJ is kept"),
    (f"می{ZWNJ}{ZWNJ}خواهم", f"می{ZWNJ}خواهم", "doubled ZWNJ collapses to one"),
    (f"می{ZWJ}{ZWNJ}خواهم", f"می{ZWNJ}خواهم", "a mixed run keeps its ZWNJ"),
    (f"کتاب{ZWNJ} ها", "کتاب ها", "ZWNJ before a space is stray"),
    (f"{ZWNJ}سلام", "سلام", "ZWNJ at the start of the text is stray"),
    (f"الف{ZWJ}", "الف", "ZWJ at the end is stray"),
    (f"۲۰{ZWNJ}ام", "۲۰ام", "ZWNJ next to a digit joins nothing"),
    ("می\u200bخواهم", f"می{ZWNJ}خواهم", "zero-width space typed for ZWNJ"),
    (f"سلام{NBSP}دنیا", "سلام دنیا", "no-break space becomes a space"),
    ("سلام \t  دنیا", "سلام دنیا", "runs of spaces and tabs collapse"),
    ("  سلام  ", "سلام", "spaces at the ends go"),
    ("سلام \r\n دنیا", "سلام\nدنیا", "CRLF becomes LF, spaces around it go"),
    ("الف\n\nب", "الف\n\nب", "paragraph breaks are kept"),
    ("\u200fسلام\u200e \u202bدنیا\u202c", "سلام دنیا", "bidi controls are removed"),
    ("۱۴۰۳ و 1403 و ١٤٠٣", "۱۴۰۳ و 1403 و ١٤٠٣", "digits stay as written"),
    ("اِعلام کَرد", "اِعلام کَرد", "harakat stay as written"),
    ("\ufefbبد", "لابد", "lam-alef ligature becomes two letters"),
    ("\ufef3ک", "یک", "a yeh presentation form becomes Persian yeh in Persian"),
    ("ۀ", "ۀ", "Persian heh with yeh is a Persian letter, kept"),
]

AR_CASES = [
    ("كتاب", "كتاب", "Arabic kaf is kept in Arabic"),
    ("في على", "في على", "Arabic yeh and alef maksura are kept in Arabic"),
    ("کتاب", "كتاب", "Persian keheh typed in Arabic becomes kaf"),
    ("فی", "في", "Persian yeh typed in Arabic becomes Arabic yeh"),
    ("مُحَمَّد", "مُحَمَّد", "harakat stay"),
    ("\ufef3\ufeae", "ير", "presentation forms become Arabic letters"),
    ("٢٠٢٥ و 2025", "٢٠٢٥ و 2025", "digits stay"),
    (f"السلام{NBSP}عليكم", "السلام عليكم", "no-break space becomes a space"),
    (f"الله{ZWNJ} ", "الله", "a stray ZWNJ and a final space go"),
    ("تأكيد إيراني", "تأكيد إيراني", "hamza forms stay"),
]

OTHER_CASES = [
    (None, "كتاب ي", "كتاب ي", "without a language the letters are not touched"),
    (None, f"a{NBSP}b  c", "a b c", "without a language spaces are still tidied"),
    ("ur", "كيا", "کیا", "Urdu writes keheh and Farsi yeh"),
    ("ur", "ہے ھ ه", "ہے ھ ه", "Urdu heh forms differ in meaning and are not merged"),
    ("en", "Hello\u00a0 world ", "Hello world", "English: only spaces"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), FA_CASES)
def test_persian(text: str, expected: str, reason: str) -> None:
    assert normalize_text(text, "fa") == expected, reason


@pytest.mark.parametrize(("text", "expected", "reason"), AR_CASES)
def test_arabic(text: str, expected: str, reason: str) -> None:
    assert normalize_text(text, "ar") == expected, reason


@pytest.mark.parametrize(("lang", "text", "expected", "reason"), OTHER_CASES)
def test_other_languages(lang: str | None, text: str, expected: str, reason: str) -> None:
    assert normalize_text(text, lang) == expected, reason


@pytest.mark.parametrize("lang", [None, "fa", "ar", "ur"])
def test_tables_are_closed(lang: str | None) -> None:
    """No replacement holds a character the same table would change: one pass suffices."""
    table = char_table(lang)
    assert table
    assert not [ch for ch, value in table.items() if any(c in table for c in value)]


@pytest.mark.parametrize("name", ["common", "fa", "ar", "ur"])
def test_maps_load_and_have_a_source_note(name: str) -> None:
    assert load_charmap(f"normalize/{name}.tsv")
    assert (RESOURCES / "normalize" / "SOURCE.md").exists()


def test_offsets_of_a_normalized_word() -> None:
    raw = f"  رئيس{NBSP}{NBSP}ستاد   كل"
    text, offsets = normalize(raw, "fa")
    assert text == "رئیس ستاد کل"
    start = text.index("ستاد")
    assert raw[slice(*offsets.span(start, start + 4))] == "ستاد"
    assert raw[slice(*offsets.span(0, 4))] == "رئيس"


ALPHABET = st.sampled_from(
    [
        *"ابپتکكگیيىهةۀھہے ",
        *(ZWNJ, ZWJ, NBSP, "\u200b", "\u200f", "\u202b", "\t", "\n", "\r", "\ufefb", "\ufef3"),
        *"۱٢3a.\u064e\u0651",
    ]
)
TEXTS = st.lists(ALPHABET, max_size=40).map("".join)
LANGS = st.sampled_from([None, "fa", "ar", "ur", "en"])


@settings(max_examples=300, deadline=None)
@given(TEXTS, LANGS)
def test_normalization_is_idempotent(text: str, lang: str | None) -> None:
    once = normalize_text(text, lang)
    assert normalize_text(once, lang) == once


@settings(max_examples=300, deadline=None)
@given(TEXTS, LANGS)
def test_offsets_stay_valid(text: str, lang: str | None) -> None:
    """Every output character maps inside the input, in order, to what it came from."""
    out, offsets = normalize(text, lang)
    table = char_table(lang)
    assert offsets.source_length == len(text) and len(offsets) == len(out)
    previous = 0
    for i, ch in enumerate(out):
        start, end = offsets.span(i, i + 1)
        assert previous <= start < end <= len(text)
        previous = start
        source = text[start]
        assert ch == source or ch in table.get(source, "") or ch in " \n", (ch, source)
        if end - start == 1 and source not in table and ch not in " \n":
            assert ch == source


LETTERS_ONLY = st.lists(st.sampled_from([*"ابتکكیيى ۱a", ZWNJ, NBSP]), max_size=30)


@settings(max_examples=200, deadline=None)
@given(LETTERS_ONLY.map("".join), LANGS)
def test_normalization_keeps_the_search_key(text: str, lang: str | None) -> None:
    """The fold sees the same word before and after normalization (spaces aside)."""
    assert fold(normalize_text(text, lang)).split() == fold(text).split()


def test_stage_normalizes_by_language_and_keeps_provenance() -> None:
    raw = "خبرگزاري ايرنا\n\nرئيس ستاد كل نيروهاي مسلح گفت كه اين همكاري ادامه دارد."
    pipeline = Pipeline(
        stages=["khabar.clean.lines.v1", "khabar.langid.script.v1", "khabar.normalize.chars.v1"]
    )
    doc = pipeline(Doc(raw=raw))
    assert doc.lang == "fa"
    assert "ي" not in doc.text and "ك" not in doc.text
    start = doc.text.index("همکاری")
    raw_start, raw_end = doc.raw_span(start, start + len("همکاری"))
    assert raw[raw_start:raw_end] == "همكاري"


def test_stage_leaves_arabic_letters_in_arabic() -> None:
    raw = "أكد رئيس هيئة الأركان العامة للقوات المسلحة أن التعاون مستمر في المنطقة."
    doc = Pipeline(
        stages=["khabar.clean.lines.v1", "khabar.langid.script.v1", "khabar.normalize.chars.v1"]
    )(Doc(raw=raw))
    assert doc.lang == "ar"
    assert doc.text == raw


def test_example_articles_normalize_idempotently() -> None:
    for path in sorted(Path(__file__).parent.parent.joinpath("examples/articles").glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        for lang in ("fa", "ar"):
            once, offsets = normalize(raw, lang)
            assert normalize_text(once, lang) == once, path.name
            assert offsets.span(0, len(once))[1] <= len(raw)
