"""The SQLite tables' frozen statements, as the migrations of ``migrations.MIGRATIONS``
created them: a released migration is never edited, so neither is a text here; a later
migration that rebuilds a table writes its new text beside the old (``ENTITIES_V8``,
``STORY_KEYS_V6``). PostgreSQL's are in ``postgres_schema.py``.
"""

from __future__ import annotations

ARTICLES = """
CREATE TABLE articles (
    seq INTEGER PRIMARY KEY,  -- explicit rowid: VACUUM keeps it, the FTS rowid points at it
    id TEXT NOT NULL UNIQUE,  -- content hash (OUTPUT.md)
    lang TEXT,
    title TEXT,
    published TEXT,
    day TEXT,                 -- the date part of published, for listing and story spans
    outlet TEXT,
    outlet_en TEXT,
    url TEXT,
    text TEXT NOT NULL,
    raw TEXT,
    record TEXT NOT NULL,     -- the contract record as JSON, without "story"
    n_entities INTEGER NOT NULL,
    n_events INTEGER NOT NULL,
    n_quotes INTEGER NOT NULL,
    story TEXT,
    fingerprint TEXT,         -- JSON: the story fingerprint, so it is computed once
    ingested_at TEXT NOT NULL,
    source_path TEXT
) STRICT
"""

ENTITIES = """
CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,       -- position in the record's "entities"
    type TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kb_id TEXT,
    name_en TEXT,
    country TEXT,
    role TEXT,
    key TEXT,
    PRIMARY KEY (article_id, n)
) STRICT
"""

ENTITIES_V8 = """
CREATE TABLE entities_v8 (
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    type TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kb_id TEXT,
    name_en TEXT,
    country TEXT,
    role TEXT,
    key TEXT,
    PRIMARY KEY (article_seq, n)
) STRICT
"""

TITLE_ENTITIES = """
CREATE TABLE title_entities (
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    n INTEGER NOT NULL,       -- position in the record's "title_entities"
    article_id TEXT NOT NULL,
    type TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,   -- offsets into the article's title
    "end" INTEGER NOT NULL,
    kb_id TEXT,
    name_en TEXT,
    country TEXT,
    role TEXT,
    key TEXT,
    PRIMARY KEY (article_seq, n)
) STRICT
"""

# The entities of an Arabic article's masthead, dateline and byline lines (``header``), as
# the headline's are kept: an outlet or writer named only there is kept out of ``text``.
HEADER_ENTITIES = TITLE_ENTITIES.replace("title_entities", "header_entities").replace(
    "the article's title", "the article's header")

# The references of an article's body (the record's ``references``, session 25
# (2026-12-07)): pronouns and role phrases resolved to a person, governments read as their
# state, kept apart from the names so that entity lists and counts hold names only; rows
# like the mentions', so the actor network still ties an event whose actor is «وی» to the
# person's key. ("references" is an SQL keyword, hence the table's name.)
REFERENCE_MENTIONS = TITLE_ENTITIES.replace(
    'record\'s "title_entities"', 'record\'s "references"').replace(
    "title_entities", "reference_mentions").replace("the article's title", "the article's text")

EVENTS = """
CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    actor_kb TEXT,
    actor_name TEXT,
    target_kb TEXT,
    target_name TEXT,
    date TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    confidence REAL,
    json TEXT NOT NULL,
    PRIMARY KEY (article_id, n)
) STRICT
"""

QUOTES = """
CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    speaker_name TEXT,
    speaker_kb_id TEXT,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (article_id, n)
) STRICT
"""

STORIES = """
CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT,               -- the earliest member's headline
    titles TEXT NOT NULL,     -- JSON {lang: earliest headline in that language}
    first_day TEXT,
    last_day TEXT,
    n_articles INTEGER NOT NULL,
    langs TEXT NOT NULL       -- comma-separated, sorted
) STRICT
"""

STORY_KEYS = """
CREATE TABLE story_keys (
    key TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    day TEXT,
    PRIMARY KEY (key, article_id)
) STRICT, WITHOUT ROWID
"""

STORY_KEYS_V6 = """
CREATE TABLE story_keys_v6 (
    bucket INTEGER NOT NULL,  -- the day's ordinal // assign.BUCKET_DAYS; -1 undated
    key TEXT NOT NULL,
    day TEXT NOT NULL,        -- '' when the article is undated
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (bucket, key, day, article_id)
) STRICT, WITHOUT ROWID
"""

STORY_KEYS_V7 = """
CREATE TABLE story_keys_v7 (
    bucket INTEGER NOT NULL,
    key TEXT NOT NULL,
    day TEXT NOT NULL,
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    PRIMARY KEY (bucket, key, day, article_seq)
) STRICT, WITHOUT ROWID
"""

# date.toordinal() of a 'YYYY-MM-DD' day (0001-01-01 is 1) // assign.BUCKET_DAYS (4)
BUCKET_OF_DAY = (
    "CASE WHEN day IS NULL THEN -1"
    " ELSE CAST(julianday(day) - 1721424.5 AS INTEGER) / 4 END"
)

INGEST_LOG = """
CREATE TABLE ingest_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    path TEXT,
    status TEXT NOT NULL CHECK (status IN ('ok', 'duplicate', 'error')),
    reason TEXT,
    article_id TEXT,
    at TEXT NOT NULL
) STRICT
"""

META = "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT"

# Contentless: the index holds folded tokens only; snippets come from articles.text.
FTS = (
    "CREATE VIRTUAL TABLE articles_fts USING fts5("
    "title, body, content='', tokenize='unicode61 remove_diacritics 2')"
)

# The index of migration 0012_header_search: a third column for the record's ``header``
# (masthead, dateline, byline and credit lines, which cleaning keeps out of ``text``).
# An FTS5 table cannot gain a column, so the migration creates this one in its place.
FTS_V12 = FTS.replace("title, body,", "title, body, header,", 1)
