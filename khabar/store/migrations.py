"""Named schema migrations: the only place the store's SQLite DDL is applied from.

The tables' frozen ``CREATE TABLE`` texts are in ``sqlite_tables.py``; the list below
says which statements each migration runs, and why. Each migration has a name and its
statements. ``apply`` runs the ones a database lacks, in order, each in its own
transaction, and records it in the ``migrations`` table with the time it was applied;
opening the store again applies nothing. A migration, once released, is never edited: a
schema change is a new migration appended to the list. PostgreSQL runs the same list:
its DDL for each name is in ``postgres_schema.py``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from khabar.errors import StoreError
from khabar.store import sqlite_tables as tables


@dataclass(frozen=True)
class Migration:
    name: str
    statements: tuple[str, ...]


_CREATE_LOG = (
    "CREATE TABLE IF NOT EXISTS migrations ("
    " name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT"
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "0001_initial",
        (
            tables.ARTICLES,
            "CREATE INDEX articles_lang ON articles(lang)",
            "CREATE INDEX articles_day ON articles(day)",
            "CREATE INDEX articles_story ON articles(story)",
            tables.ENTITIES,
            "CREATE INDEX entities_kb ON entities(kb_id)",
            "CREATE INDEX entities_key ON entities(key)",
            tables.EVENTS,
            "CREATE INDEX events_type ON events(type)",
            "CREATE INDEX events_actor ON events(actor_kb)",
            "CREATE INDEX events_target ON events(target_kb)",
            tables.QUOTES,
            tables.STORIES,
            tables.STORY_KEYS,
            "CREATE INDEX story_keys_day ON story_keys(key, day)",
            "CREATE INDEX story_keys_article ON story_keys(article_id)",
            tables.INGEST_LOG,
            "CREATE INDEX ingest_log_status ON ingest_log(status)",
            tables.META,
            tables.FTS,
        ),
    ),
    Migration(
        "0002_api_tokens",
        (
            # Only a SHA-256 digest of each token is kept: the store file leaks no secret.
            "CREATE TABLE api_tokens (id TEXT PRIMARY KEY, digest TEXT NOT NULL UNIQUE,"
            " label TEXT, created_at TEXT NOT NULL) STRICT",
        ),
    ),
    Migration(
        "0003_reprocess",
        (
            # The ingest hints (JSON: format, url, title, date, source) beside the raw
            # input, so `khabar reprocess` analyses an article exactly as ingest did.
            "ALTER TABLE articles ADD COLUMN meta TEXT",
            # JSON: the order keys of the members whose headlines the story shows, so a
            # new member updates the summary without reading every member.
            "ALTER TABLE stories ADD COLUMN holders TEXT",
            # A CHECK cannot be altered in SQLite: the log is copied into a table that
            # also accepts 'reprocessed' (ids, and so the history's order, kept).
            tables.INGEST_LOG.replace("ingest_log (", "ingest_log_v3 (", 1).replace(
                "'error')", "'error', 'reprocessed')", 1),
            "INSERT INTO ingest_log_v3 (id, path, status, reason, article_id, at)"
            " SELECT id, path, status, reason, article_id, at FROM ingest_log",
            "DROP TABLE ingest_log",
            "ALTER TABLE ingest_log_v3 RENAME TO ingest_log",
            "CREATE INDEX ingest_log_status ON ingest_log(status)",
        ),
    ),
    Migration(
        "0004_story_lookup",
        (
            # Finding an article's neighbours reads the story of every article that shares
            # a blocking key with it. ``story`` comes after the text, raw input and record
            # in the row, so reading it from the table walks tens of kilobytes of overflow
            # pages per neighbour; this covering index answers it alone.
            "CREATE INDEX articles_id_story ON articles(id, story)",
        ),
    ),
    Migration(
        "0005_story_vectors",
        (
            # The headline-and-lead vector (float16 bytes) of ``stories.embedding``, kept
            # so that reassigning a story never embeds the article again; NULL when off.
            "ALTER TABLE articles ADD COLUMN embedding BLOB",
        ),
    ),
    Migration(
        "0006_lean_indexes",
        (
            # Blocking keys are hashes, so every new key landed on a random page of each
            # tree that held it; once a tree outgrows a transaction's inserts, each key
            # written dirties a page of its own in every such tree, and the commit writes
            # them all (WAL frames grew from 44 to 84 per article between 4k and 24k
            # articles). One tree ordered (bucket of days, key, day, article_id) now
            # answers the neighbour lookup where the table (key, article_id) and the index
            # (key, day) were two, and a feed's new keys land among its last days' pages
            # (see assign.BUCKET_DAYS). Undated articles are kept under day '' and bucket
            # -1 (a primary key column of a WITHOUT ROWID table cannot be NULL): no
            # window (BETWEEN two dates) contains them, as none contained NULL.
            tables.STORY_KEYS_V6,
            "INSERT INTO story_keys_v6 (bucket, key, day, article_id)"
            f" SELECT {tables.BUCKET_OF_DAY} AS b, key, coalesce(day, '') AS d, article_id"
            " FROM story_keys ORDER BY b, key, d, article_id",  # appended in order
            "DROP TABLE story_keys",
            "ALTER TABLE story_keys_v6 RENAME TO story_keys",
            "CREATE INDEX story_keys_article ON story_keys(article_id)",
            # No query reads these (entity pages match coalesce(key, kb_id), which
            # neither index serves; no query filters events by actor or target), yet each
            # mention or event wrote a random page of them.
            "DROP INDEX entities_kb",
            "DROP INDEX entities_key",
            "DROP INDEX events_actor",
            "DROP INDEX events_target",
        ),
    ),
    Migration(
        "0007_keys_by_seq",
        (
            # Content ids are hashes, so the index story_keys(article_id), which deletes an
            # article's keys, took each article's ~40 keys at a random place of a tree that
            # grows to the size of the blocking keys themselves (25 MB at 10k articles):
            # past SQLite's page cache every add read and wrote pages all over it. Keyed by
            # the article's seq, which counts up, new keys append at the tree's right edge.
            # The neighbour lookup reads each neighbour's id and story from the index
            # (seq, story, id), which appends too, instead of (id, story) (random).
            tables.STORY_KEYS_V7,
            "INSERT INTO story_keys_v7 (bucket, key, day, article_seq)"
            " SELECT k.bucket, k.key, k.day, a.seq FROM story_keys k"
            " JOIN articles a ON a.id = k.article_id ORDER BY 1, 2, 3, 4",
            "DROP TABLE story_keys",
            "ALTER TABLE story_keys_v7 RENAME TO story_keys",
            "CREATE INDEX story_keys_article ON story_keys(article_seq)",
            "CREATE INDEX articles_seq_story ON articles(seq, story, id)",
            "DROP INDEX articles_id_story",
        ),
    ),
    Migration(
        "0008_entities_by_seq",
        (
            # The largest tree still keyed by the content id: the mentions' primary key
            # (article_id, n), ~40 mentions an article, 10 MB at 10k articles and growing
            # with the store, took each article's mentions at a random place. Keyed by the
            # article's seq they append; article_id stays as a column (the mentions show
            # it) and lookups by article go through articles.seq.
            tables.ENTITIES_V8,
            "INSERT INTO entities_v8 (article_seq, n, article_id, type, text, start, \"end\","
            " kb_id, name_en, country, role, key)"
            " SELECT a.seq, e.n, e.article_id, e.type, e.text, e.start, e.\"end\", e.kb_id,"
            " e.name_en, e.country, e.role, e.key FROM entities e"
            " JOIN articles a ON a.id = e.article_id ORDER BY a.seq, e.n",
            "DROP TABLE entities",
            "ALTER TABLE entities_v8 RENAME TO entities",
        ),
    ),
    Migration(
        "0009_fts_automerge",
        (
            # Every commit writes its tokens as a new FTS5 segment; once a level holds
            # ``automerge`` segments (FTS5's default: 4) they are merged into one of the
            # next level, so each token is written again at every level, and the levels
            # grow with log_4 of the commits: the index's writes per article grew with the
            # store (1.7 WAL frames per article at 10k, 4.3 at 40k). Merging 16 at a time
            # writes each token at half as many levels. Kept in the index's own config
            # table; search results are the same, a query reads up to 15 segments a level.
            "INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16)",
        ),
    ),
    Migration(
        "0010_title_entities",
        (
            # The headline's entities (session 15 (2026-12-06)): offsets into the title,
            # rows like the mentions' so entity pages can list the headlines naming one.
            # Articles stored before have none until ``khabar reprocess``.
            tables.TITLE_ENTITIES,
        ),
    ),
    Migration(
        "0011_header_entities",
        (
            # The header lines' entities (session 20 (2026-12-06)): offsets into the
            # record's ``header``, rows like the headline's, so entity pages can list the
            # datelines and bylines naming an outlet, place or writer the text never does.
            # Articles stored before have none until ``khabar reprocess``.
            tables.HEADER_ENTITIES,
        ),
    ),
    Migration(
        "0012_header_search",
        (
            # Full-text search reads the header lines too (session 22 (2026-12-06), engineer
            # store_fts): a word only in a byline, dateline or credit line («منبع: ایرنا»)
            # found no article. FTS5 cannot add a column, so the index is made anew with one,
            # merging as 0009_fts_automerge set; its rows are written from Python, where the
            # fold is, so the fold mark goes and opening the store re-indexes every article
            # (``_check_index``; a crash before that ends leaves the mark gone, and the next
            # open indexes again).
            "DROP TABLE articles_fts",
            tables.FTS_V12,
            "INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16)",
            "DELETE FROM meta WHERE key = 'fold'",
        ),
    ),
    Migration(
        "0013_reference_mentions",
        (
            # The record's ``references`` (session 25 (2026-12-07), issue 5): pronouns
            # and role phrases resolved to a person, governments read as their state. Rows
            # like the mentions'. Articles stored before keep theirs among the entities
            # until ``khabar reprocess`` (or an export re-imported) splits them.
            tables.REFERENCE_MENTIONS,
        ),
    ),
)


def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations recorded in the database, in the order applied."""
    conn.execute(_CREATE_LOG)
    return [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY rowid")]


def _check_known(names: list[str], known: tuple[Migration, ...]) -> None:
    unknown = sorted(set(names) - {m.name for m in known})
    if unknown:
        raise StoreError(
            f"the store has migrations this khabar does not know ({', '.join(unknown)}); "
            "it was written by a newer khabar: upgrade khabar to open it"
        )


check_known = _check_known  # the PostgreSQL migrator refuses newer stores the same way


def _apply_one(conn: sqlite3.Connection, migration: Migration) -> bool:
    conn.execute("BEGIN IMMEDIATE")
    try:
        done = conn.execute("SELECT 1 FROM migrations WHERE name = ?", (migration.name,))
        if done.fetchone():  # another process applied it while we waited for the lock
            conn.execute("COMMIT")
            return False
        for statement in migration.statements:
            conn.execute(statement)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        conn.execute("INSERT INTO migrations VALUES (?, ?)", (migration.name, now))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return True


def apply(
    conn: sqlite3.Connection, migrations: tuple[Migration, ...] = MIGRATIONS
) -> list[str]:
    """Apply the migrations the database lacks, in order; return the names applied.

    ``conn`` must be in autocommit mode (``isolation_level=None``).
    """
    names = applied(conn)
    _check_known(names, migrations)
    done = set(names)
    return [m.name for m in migrations if m.name not in done and _apply_one(conn, m)]
