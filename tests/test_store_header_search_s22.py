"""Full-text search reads the header lines (session 22 (2026-12-06), engineer store_fts,
issues 2 and 8): a word only in an article's byline, dateline or credit line (the record's
``header``, kept out of ``text``) finds it, on both backends (migration
``0012_header_search``), and a store written before is re-indexed when it is opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from khabar.doc import Doc
from khabar.normalize.fold import fold
from khabar.store import Store, open_store
from khabar.store import sqlite_tables as tables
from khabar.store.pg_adapt import lexemes

BODY = "تعقد لجنة مبادرة السلام العربية غداً اجتماعاً طارئاً على مستوى وزراء الخارجية."


def doc(text: str = BODY, *, title: str = "اجتماع طارئ غداً", header: str | None = None,
        lang: str = "ar") -> Doc:
    made = Doc(raw=text, lang=lang, title=title, published="2015-08-10T09:00:00+03:00")
    made.header_text = header
    return made


def ids(store: Store, query: str) -> list[str]:
    return [hit.id for hit in store.search(query)]


def test_a_word_only_in_the_byline_finds_the_article(store_target: str) -> None:
    with open_store(store_target) as store:
        filed = store.add(doc(header="حنان الحامدي – عين اليوم\nالقاهرة"))
        store.add(doc("خبر آخر عن الطقس.", title="الطقس"))
        assert ids(store, "الحامدي") == [filed.id]
        assert ids(store, "حنان الحامدي") == [filed.id]
        assert ids(store, "اجتماعاً الحامدي") == [filed.id]  # one term in each column
        [hit] = store.search("القاهره")  # folded as the body is: teh marbuta, heh
        assert "القاهرة" in hit.snippet and hit.span is None  # the line, not the text


def test_a_persian_credit_line_finds_the_article(store_target: str) -> None:
    with open_store(store_target) as store:
        credited = store.add(doc("رئیس‌جمهور امروز به نیویورک رفت.", title="سفر به نیویورک",
                                 header="منبع: ایرنا", lang="fa"))
        assert ids(store, "ايرنا") == [credited.id]  # Arabic yeh finds the Persian one


def test_a_title_hit_still_outranks_a_header_hit_and_a_passing_mention(
        store_target: str) -> None:
    with open_store(store_target) as store:
        passing = store.add(doc(f"{BODY} وقال مراسل القاهرة إن الاجتماع مهم.", title="اجتماع"))
        dateline = store.add(doc(f"{BODY} وأكد المصدر ذلك.", title="الاجتماع الطارئ",
                                 header="القاهرة"))
        titled = store.add(doc(f"{BODY} وأضاف أن الجلسة علنية.", title="اجتماع القاهرة"))
        found = ids(store, "القاهرة")
    assert found[0] == titled.id and set(found) == {passing.id, dateline.id, titled.id}


def test_a_long_articles_title_hit_outranks_a_short_ones_passing_mention(
        store_target: str) -> None:
    with open_store(store_target) as store:
        for n in range(3):  # articles without the word, so that it is rare (bm25's idf)
            store.add(doc(f"خبر رقم {n} عن الطقس في المنطقة.", title=f"الطقس {n}"))
        titled = store.add(doc(" ".join([BODY] * 12), title="اجتماع القاهرة"))
        passing = store.add(doc("وصل الوفد إلى القاهرة.", title="وصول"))
        assert ids(store, "القاهرة") == [titled.id, passing.id]


def test_replacing_an_article_drops_its_header_words(store_target: str) -> None:
    with open_store(store_target) as store:
        old = store.add(doc(header="حنان الحامدي – عين اليوم"))
        store.replace(old.id, doc())  # reanalysed: no header line found this time
        assert ids(store, "الحامدي") == []
        assert ids(store, "اجتماعاً") == [old.id]
        assert store.integrity() == "ok"  # the contentless row went with its header


def _as_before_0012(store: Store, target: str) -> None:
    """Make ``store`` what khabar wrote before migration 0012: the header lines in no
    index, and the migration not recorded."""
    rows = store._conn.execute(  # type: ignore[attr-defined]
        "SELECT seq, title, text FROM articles").fetchall()
    if target.startswith("postgresql"):
        import psycopg  # the postgres extra: only when the suite runs on PostgreSQL

        with psycopg.connect(target, autocommit=True) as conn:
            for seq, title, text in rows:  # as 0011's khabar indexed an article
                conn.execute("UPDATE articles_fts SET doc = setweight(to_tsvector('simple', %s),"
                             " 'A') || setweight(to_tsvector('simple', %s), 'B') WHERE seq = %s",
                             (lexemes(title or ""), lexemes(text), seq))
            conn.execute("DELETE FROM migrations WHERE name = '0012_header_search'")
        return
    store.close()
    with sqlite3.connect(target) as conn:
        conn.execute("DROP TABLE articles_fts")
        conn.execute(tables.FTS)
        conn.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16)")
        conn.executemany("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                         [(seq, fold(title or ""), fold(text)) for seq, title, text in rows])
        conn.execute("DELETE FROM migrations WHERE name = '0012_header_search'")


def test_an_older_store_is_reindexed_with_its_header_lines(store_target: str) -> None:
    with open_store(store_target) as store:
        filed = store.add(doc(header="حنان الحامدي – عين اليوم"))
        other = store.add(doc("خبر آخر عن الطقس.", title="الطقس"))
        _as_before_0012(store, store_target)
    with open_store(store_target) as old:
        assert old.migrated == ["0012_header_search"]  # type: ignore[attr-defined]
        assert ids(old, "الحامدي") == [filed.id]
        assert ids(old, "الطقس") == [other.id] and ids(old, "طارئ") == [filed.id]
        assert old.integrity() == "ok"
    with open_store(store_target) as again:
        assert again.migrated == []  # type: ignore[attr-defined]
        assert ids(again, "الحامدي") == [filed.id]


def test_the_sqlite_index_gains_a_header_column(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.db"):
        pass
    with sqlite3.connect(tmp_path / "k.db") as conn:
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()
        automerge = conn.execute(
            "SELECT v FROM articles_fts_config WHERE k = 'automerge'").fetchone()
    assert sql[0] == tables.FTS_V12 and "title, body, header," in sql[0]
    assert automerge == (16,)


def test_the_search_page_and_api_find_a_byline_word(tmp_path: Path) -> None:
    pytest.importorskip("fastapi", reason="the web extra is not installed (make install)")
    from fastapi.testclient import TestClient

    from khabar.web.app import create_app

    db = str(tmp_path / "k.db")
    with open_store(db) as store:
        filed = store.add(doc(header="حنان الحامدي – عين اليوم"))
    with TestClient(create_app(db)) as client:
        page = client.get("/", params={"q": "الحامدي"}).text
        api = client.get("/api/search", params={"q": "الحامدي"}).json()
    assert filed.id in page and "حنان الحامدي" in page
    assert [(hit["id"], hit["snippet"]) for hit in api["items"]] == [
        (filed.id, "حنان الحامدي – عين اليوم")]
