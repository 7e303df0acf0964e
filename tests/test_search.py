"""Full-text search: Arabic-script spelling variants fold together; no query raises."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.doc import Doc
from khabar.store import Store, open_store
from khabar.store.search import match_expression, parse_query

# (text in the article, query, why they must match)
VARIANTS = [
    ("علی", "علي", "Persian yeh in text, Arabic yeh in query"),
    ("علي", "علی", "Arabic yeh in text, Persian yeh in query"),
    ("کشور", "كشور", "Persian keheh in text, Arabic kaf in query"),
    ("كتاب", "کتاب", "Arabic kaf in text, Persian keheh in query"),
    ("أحمد", "احمد", "hamza on alef in text, bare alef in query"),
    ("احمد", "إحمد", "bare alef in text, hamza below in query"),
    ("رئيس", "رييس", "hamza on yeh in text"),
    ("مؤسسه", "موسسه", "hamza on waw in text"),
    ("مسئول", "مسئول", "hamza on yeh on both sides"),
    ("مُحَمَّد", "محمد", "harakat in text"),
    ("محمد", "مُحَمَّد", "harakat in query"),
    ("مـحـمـد", "محمد", "tatweel in text"),
    ("می‌شود", "میشود", "ZWNJ in text, none in query"),
    ("میشود", "می‌شود", "no ZWNJ in text, ZWNJ in query"),
    ("همکاری‌ها", "همكاريها", "ZWNJ and Persian letters in text, Arabic letters in query"),
    ("مدرسة", "مدرسه", "teh marbuta in text"),
    ("سال ۱۴۰۳", "1403", "Persian digits in text, Latin in query"),
    ("عام 2025", "٢٠٢٥", "Latin digits in text, Arabic-Indic in query"),
    ("عام ٢٠٢٥", "۲۰۲۵", "Arabic-Indic digits in text, Persian in query"),
    ("خبرگزاری IRNA", "irna", "Latin case"),
    # session 18 (2026-12-06), issue 8: a space typed where the text has a half-space
    ("تلاش‌های", "تلاش های", "plural suffix typed apart from its word"),
    ("می‌کنیم", "می کنیم", "verbal prefix typed apart from its verb"),
    ("نمی‌شود", "نمی شود", "negative prefix typed apart"),
    ("تلاش‌های", "تلاش هاي", "a suffix typed apart with Arabic yeh"),
    ("بزرگ‌ترین", "بزرگ ترین", "superlative suffix typed apart"),
    ("ماهواره‌ای", "ماهواره ای", "«ای» typed apart after heh"),
]


def doc(text: str, title: str | None = None, lang: str = "fa") -> Doc:
    return Doc(raw=text, lang=lang, title=title, published="2025-01-20T09:53:26+03:30")


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    with open_store(store_target) as opened:  # SQLite, and PostgreSQL when configured
        yield opened


@pytest.mark.parametrize(("text", "query", "why"), VARIANTS)
def test_search_matches_across_spelling_variants(
    store: Store, text: str, query: str, why: str
) -> None:
    wanted = store.add(doc(f"در این خبر {text} آمده است."))
    store.add(doc("خبری دیگر بدون آن واژه."))
    assert [hit.id for hit in store.search(query)] == [wanted.id], why


def test_the_snippet_shows_the_original_text_around_the_hit(store: Store) -> None:
    filler = "متن مقدماتی " * 20
    text = f"{filler}سرلشکر مُحَمَّد باقري، رئیس ستاد کل، گفت که همکاری‌ها ادامه دارد. {filler}"
    store.add(doc(text))
    [hit] = store.search("باقری")
    assert "مُحَمَّد باقري" in hit.snippet  # the unfolded characters, not the fold
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert hit.span is not None and text[hit.span[0]:hit.span[1]] == "باقري"


def test_a_title_only_hit_snippets_the_start_of_the_text(store: Store) -> None:
    store.add(doc("متن خبر دربارهٔ چیزی دیگر.", title="سفر باقری به اسلام‌آباد"))
    [hit] = store.search("اسلاماباد")  # the fold drops ZWNJ: joined, not spaced
    assert hit.title == "سفر باقری به اسلام‌آباد"
    assert hit.snippet.startswith("متن خبر") and hit.span is None


def test_terms_are_anded_and_a_trailing_star_is_a_prefix(store: Store) -> None:
    both = store.add(doc("باقری به کراچی رفت."))
    store.add(doc("باقری در تهران ماند."))
    assert [h.id for h in store.search("باقری کراچی")] == [both.id]
    assert [h.id for h in store.search("باقری AND کراچی")] == [both.id]
    assert len(store.search("باقر*")) == 2
    assert store.search("باقر") == []
    assert [h.id for h in store.search("کراچ*")] == [both.id]


def test_results_are_limited_and_scored(store: Store) -> None:
    for n in range(5):
        store.add(doc(f"باقری خبر شماره {n}"))
    hits = store.search("باقری", limit=3)
    assert len(hits) == 3
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert store.search("باقری", limit=0) == []


HOSTILE = [
    '"', '""', '"باقری', "*", "**", "باقری*", "AND", "OR", "NOT", "AND OR NOT",
    "(", ")", "(باقری", "باقری)", "NEAR(باقری کراچی)", "NEAR", "-باقری", "+", "^باقری",
    "title:باقری", "body:", ":", "{title body}: باقری", "'", "\\", "a'b\"c", "*باقری",
    "باقری OR", "\u200c", "\u0640", "ً", "", "   ", "🙂", "\x00", "باقری\x00کراچی",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise(store: Store, query: str) -> None:
    store.add(doc("باقری به کراچی رفت."))
    assert isinstance(store.search(query), list)


@pytest.mark.parametrize("query", ["(باقری", '"باقری', "باقری)", "«باقری»", "^باقری"])
def test_punctuation_around_a_word_still_finds_it(store: Store, query: str) -> None:
    store.add(doc("باقری به کراچی رفت."))
    assert len(store.search(query)) == 1


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_query_builds_a_valid_match_expression(query: str) -> None:
    expression = match_expression(parse_query(query))
    with sqlite3.connect(":memory:") as conn:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(title, body,"
                     " tokenize='unicode61 remove_diacritics 2')")
        conn.execute("INSERT INTO t VALUES ('باقری', 'کراچی')")
        if expression:
            conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall()


def test_a_changed_fold_reindexes_on_open(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.db") as store:
        wanted = store.add(doc("باقری به کراچی رفت."))
    with sqlite3.connect(tmp_path / "k.db") as conn:
        conn.execute("UPDATE meta SET value = 'an older fold' WHERE key = 'fold'")
        conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")
    with open_store(tmp_path / "k.db") as store:
        assert [h.id for h in store.search("باقري")] == [wanted.id]


@pytest.mark.parametrize(("query", "terms", "why"), [
    ("تلاش های ایران", [("تلاشهاي",), ("ايران",)], "a suffix joins the word before it"),
    ("می کنیم", [("ميكنيم",)], "a prefix joins the word after it"),
    ("ایران ای", [("ايران",), ("اي",)], "«ای» after a letter other than ه/ی stays a word"),
    ("های", [("هاي",)], "a piece alone is searched as itself"),
    ("مي زيادة", [("مي",), ("زياده",)], "Arabic «مي» is a name, not the Persian prefix"),
    ("می AND شود", [("مي",), ("شود",)], "AND keeps the pieces apart"),
    # review of session 18: Arabic «أم»/«أي» after «ة», «ى» or «ي» are words of their own
    ("جامعة أم القرى", [("جامعه",), ("ام",), ("القري",)], "Arabic «أم» after «ة»"),
    ("قرية ام الحمام", [("قريه",), ("ام",), ("الحمام",)], "Arabic «ام» after «ة»"),
    ("مستشفى أم", [("مستشفي",), ("ام",)], "Arabic «أم» after «ى»"),
    ("في أي وقت", [("في",), ("اي",), ("وقت",)], "Arabic «أي» after «ي»"),
])
def test_persian_pieces_typed_apart_are_joined_session18(
    query: str, terms: list[tuple[str, ...]], why: str
) -> None:
    assert [term.tokens for term in parse_query(query)] == terms, why
