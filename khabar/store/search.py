"""Full-text search over Arabic-script text: folding, safe FTS5 queries, snippets.

FTS5 does no Arabic-script folding, so the index holds folded text
(``khabar.normalize.fold.fold``) and queries are folded the same way. A user's query
never reaches FTS5 syntax: each whitespace-separated chunk becomes one quoted phrase
(FTS5 splits it into tokens exactly as it split the text), the phrases are ANDed, and
a chunk ending in ``*`` is a prefix query. Quotes, brackets, ``NEAR``, ``OR``, ``-``
are therefore plain text, and no query raises a syntax error.

Ranking is bounded: BM25 costs a lookup per matching document, and a common word
matches most of a large store, so only the ``search.max_ranked`` most recently added
matches are ranked (found first by walking the index backwards, which needs no
scores), and article rows are read only for the page that is returned.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from khabar.normalize.fold import fold, fold_table

TOKENIZER = "unicode61 remove_diacritics 2"  # as created in migrations 0001_initial
MAX_TERMS = 32
SNIPPET_CONTEXT = 60
HIT_CHUNK = 300


class Connection(Protocol):
    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


@dataclass(frozen=True)
class Term:
    tokens: tuple[str, ...]
    """Folded tokens as FTS5 sees them (letters, numbers, private use)."""
    prefix: bool


# unicode61's token characters (default categories L* N* Co); everything else separates.
_TOKEN = re.compile(r"(?:[^\W_]|[\ue000-\uf8ff\U000f0000-\U0010fffd])+")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Tokens of a folded text as FTS5 splits it: (start, end, token)."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=1)
def _query_pieces() -> dict[str, frozenset[str]]:
    """Folded Persian pieces a query writes apart, by side (``query_pieces.tsv``)."""
    from khabar.resources import load_lines

    rows = [line.split("\t") for line in load_lines("normalize/query_pieces.tsv")]
    pieces = {side: frozenset(fold(piece) for piece, kind in rows if kind == side)
              for side in ("suffix", "suffix_heh_yeh")}
    # Prefixes as written, not folded: Arabic «مي» is a name («مي زيادة»), Persian «می»
    # with its own yeh is only the prefix.
    pieces["prefix"] = frozenset(piece for piece, kind in rows if kind == "prefix")
    return pieces


PERSIAN_HEH_YEH = ("ه", "ی")
"""Persian heh and yeh as written: a copula ending («ای», «ام», «اند») joins only a word
that ends in one. Not as folded, where Arabic «ة», «ى» and «ي» become them: «جامعة أم
القرى», «مدينة أم درمان», «في أي وقت» are Arabic words with «أم» 'mother' and «أي» 'which'
(review of session 18, 2026-12-06)."""


def _joins(before: str, after: str) -> bool:
    if "AND" in (before, after) or before.endswith("*"):
        return False
    pieces = _query_pieces()
    folded = fold(after)
    return (before in pieces["prefix"] or folded in pieces["suffix"]
            or (folded in pieces["suffix_heh_yeh"] and before.endswith(PERSIAN_HEH_YEH)))


def _joined_pieces(chunks: list[str]) -> list[str]:
    """Chunks with a Persian suffix joined to the chunk before it and a prefix to the
    chunk after it ("تلاش های" -> "تلاشهای"): the text writes them with a ZWNJ, which
    the fold deletes, so apart they never match (session 18, 2026-12-06)."""
    joined: list[str] = []
    for chunk in chunks:
        if joined and _joins(joined[-1], chunk):
            joined[-1] += chunk
        else:
            joined.append(chunk)
    return joined


def parse_query(query: str) -> list[Term]:
    """Terms of a user query: folded chunks; a trailing ``*`` asks for a prefix match."""
    terms = []
    for chunk in _joined_pieces(query.split()):
        if chunk == "AND":  # the terms are ANDed anyway
            continue
        prefix = chunk.endswith("*")
        found = tuple(token for _, _, token in tokens(fold(chunk.rstrip("*"))))
        if found:
            terms.append(Term(found, prefix))
    return terms[:MAX_TERMS]


def match_expression(terms: list[Term]) -> str:
    """An FTS5 MATCH expression ANDing one quoted phrase per term."""
    phrases = []
    for term in terms:
        phrase = '"' + " ".join(term.tokens).replace('"', '""') + '"'
        phrases.append(phrase + "*" if term.prefix else phrase)
    return " AND ".join(phrases)


def fold_signature() -> str:
    """Changes whenever indexed text would fold or tokenize differently."""
    table = sorted(fold_table().items())
    text = repr((TOKENIZER, table, unicodedata.unidata_version))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _plain(token: str) -> str:
    """A token without combining marks, as unicode61 ``remove_diacritics`` compares it."""
    decomposed = unicodedata.normalize("NFD", token)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _matches(token: str, term: Term) -> bool:
    first = _plain(term.tokens[0])
    if term.prefix and len(term.tokens) == 1:
        return _plain(token).startswith(first)
    return _plain(token) == first


# Token boundaries as lookarounds: a word character other than "_" (private-use token
# characters are left to the slow path, so that the patterns compile fast). A pattern
# starts with its first letter and looks behind it from there (``_starting``): the regex
# engine then skips ahead to that letter instead of trying every position.
_NO_TOKEN_AFTER = r"(?:(?!\w)|(?=_))"


def _starting(first: str, rest: str, transparent: str = "") -> str:
    """``first`` (a character or class) then ``rest``, with no token character (other
    than ``transparent`` ones) before ``first``."""
    return f"{first}(?<![^\\W_{transparent}]{first}){rest}"


_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010fffd]")


@lru_cache(maxsize=8192)
def _plain_char(char: str) -> str:
    return _plain(char)


def _plain_text(folded: str) -> str | None:
    """``folded`` with each character as ``_plain`` compares it, when that keeps every
    offset (no character vanishes or grows) and no token character is private-use;
    else None."""
    table = {ord(char): _plain_char(char) for char in set(folded)}
    if any(len(plain) != 1 for plain in table.values()) or _PRIVATE_USE.search(folded):
        return None
    changed = any(chr(code) != plain for code, plain in table.items())
    return folded.translate(table) if changed else folded


def _hit_pattern(terms: list[Term]) -> re.Pattern[str] | None:
    """The first token of any term, whole (or as a prefix for a one-token prefix term)."""
    return _compiled_hit_pattern(tuple(terms))


@lru_cache(maxsize=256)
def _compiled_hit_pattern(terms: tuple[Term, ...]) -> re.Pattern[str] | None:
    parts = []
    for term in terms:
        first = _plain(term.tokens[0])
        if first:
            whole = not (term.prefix and len(term.tokens) == 1)
            rest = re.escape(first[1:]) + (_NO_TOKEN_AFTER if whole else "")
            parts.append(_starting(re.escape(first[0]), rest))
    return re.compile("|".join(parts)) if parts else None


def first_hit(text: str, terms: list[Term]) -> tuple[int, int] | None:
    """Offsets in ``text`` (unfolded) of the first token a term matches.

    Folding a whole article costs more than the query, so a loose pattern first finds
    where a hit could be in the unfolded text (``_candidates``), and only from there is
    the text folded, a chunk at a time, cut at spaces (which no token spans)."""
    pattern = _hit_pattern(terms)
    loose = _candidates(text, terms)
    start = 0
    while start < len(text):
        if loose is not None:
            candidate = loose.search(text, start)
            if candidate is None:
                return None
            start = max(start, text.rfind(" ", start, candidate.start()) + 1)
        cut = text.find(" ", start + HIT_CHUNK)
        end = len(text) if cut < 0 else cut
        hit = _first_hit_in(text[start:end], terms, pattern)
        if hit is not None:
            return start + hit[0], start + hit[1]
        start = end
    return None


# Arabic presentation forms: rare in news text, and tabulating them would make every
# letter's class large (and slow to compile); texts holding them take the slow path.
_PRESENTATION_FORM = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


def prepare() -> None:
    """Build the tables snippets use (half a second), e.g. when a server starts, so
    that the first search does not wait for them."""
    _variants()


@lru_cache(maxsize=1)
def _variants() -> tuple[dict[str, str], str, re.Pattern[str]]:
    """What each character of the Basic Multilingual Plane becomes once folded and
    plain: ``(spellings, vanishing_word, unsure)``. ``spellings``: per character, a regex
    class body of those that become it; ``vanishing_word``: a class body of the word
    characters that vanish or stop being token characters; ``unsure``: the characters
    for which no loose pattern is built (they become several, are presentation forms
    or private-use, or lie outside the plane)."""
    table = fold_table()
    spellings: dict[str, list[str]] = {}
    transparent, growing = [], []
    for code in range(0x10000):
        char = chr(code)
        if not (char in table or char.lower() != char or unicodedata.combining(char)
                or unicodedata.normalize("NFD", char) != char) or 0xD800 <= code <= 0xDFFF:
            continue  # folds and plains to itself
        folded = fold(char)
        plain = _plain(folded)
        if len(folded) > 1 or len(plain) > 1 or _PRESENTATION_FORM.match(char):
            growing.append(char)
            continue
        if folded == "" or (_TOKEN.match(char) and not _TOKEN.match(folded)):
            transparent.append(char)
        if plain and plain != char:
            spellings.setdefault(plain, []).append(char)
    unsure = _class_body(growing) + "\ue000-\uf8ff\U00010000-\U0010ffff"
    return ({plain: _class_body([plain, *chars]) for plain, chars in spellings.items()},
            _class_body([c for c in transparent if re.match(r"\w", c)]),
            re.compile(f"[{unsure}]"))


def _class_body(chars: list[str]) -> str:
    """A regex class body for ``chars``, runs of consecutive code points as ranges
    (the pattern compiles many times faster)."""
    runs: list[list[int]] = []
    for code in sorted({ord(char) for char in chars}):
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(re.escape(chr(low)) + ("" if low == high else "-" + re.escape(chr(high)))
                   for low, high in runs)


def _candidates(text: str, terms: list[Term]) -> re.Pattern[str] | None:
    """A pattern over the unfolded text that matches wherever a term's first token
    could start: each letter in any spelling that folds to it, possibly separated by
    characters that vanish, and no token character before unless it vanishes. It may
    match more than that (any non-word character counts as vanishing: a shorter
    pattern compiles faster). None when the text has characters it cannot account for."""
    if _variants()[2].search(text):
        return None
    return _candidate_pattern(tuple(_plain(term.tokens[0]) for term in terms))


@lru_cache(maxsize=256)
def _candidate_pattern(firsts: tuple[str, ...]) -> re.Pattern[str] | None:
    spellings, vanishing_word, _ = _variants()
    between = f"[\\W{vanishing_word}]*"
    parts = []
    for first in firsts:
        if first:
            letters = [f"[{spellings.get(c, re.escape(c))}]" for c in first]
            rest = "".join(between + letter for letter in letters[1:])
            parts.append(_starting(letters[0], rest, vanishing_word))
    return re.compile("|".join(parts)) if parts else None


def _first_hit_in(text: str, terms: list[Term],
                  pattern: re.Pattern[str] | None) -> tuple[int, int] | None:
    folded = fold(text)
    plain = _plain_text(folded)
    if plain is None or pattern is None:  # rare: compare token by token
        for match in _TOKEN.finditer(folded):
            if any(_matches(match.group(), term) for term in terms):
                return _unfolded_span(text, match.start(), match.end())
        return None
    found = pattern.search(plain)
    if found is None:
        return None
    token = _TOKEN.match(plain, found.start())
    end = token.end() if token else found.end()
    return _unfolded_span(text, found.start(), end)


@lru_cache(maxsize=8192)
def _folded_size(char: str) -> int:
    return len(fold(char))


def _unfolded_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Map a span of ``fold(text)`` back to ``text``. The fold works character by
    character, and most characters fold into exactly one: only the few that vanish or
    grow (ZWNJ, harakat, ligatures) shift offsets, so they alone are located."""
    sizes = {char: _folded_size(char) for char in set(text)}
    resizing = sorted(char for char, size in sizes.items() if size != 1)
    if not resizing:
        return start, end
    where = [m.start() for m in re.finditer("[" + "".join(map(re.escape, resizing)) + "]", text)]
    shifts = [0]
    for position in where:
        shifts.append(shifts[-1] + sizes[text[position]] - 1)

    def folded_length(prefix: int) -> int:  # len(fold(text[:prefix]))
        return prefix + shifts[bisect.bisect_left(where, prefix)]

    positions = range(len(text) + 1)
    first = bisect.bisect_right(positions, start, key=folded_length) - 1
    last = bisect.bisect_left(positions, end, key=folded_length)
    return max(first, 0), max(last, first + 1)


def _window(text: str, start: int, end: int) -> str:
    left = max(0, start - SNIPPET_CONTEXT)
    right = min(len(text), end + SNIPPET_CONTEXT)
    if left > 0 and " " in text[left:start]:
        left = text.index(" ", left, start) + 1
    if right < len(text) and " " in text[end:right]:
        right = text.rindex(" ", end, right)
    snippet = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + snippet + ("…" if right < len(text) else "")


def snippet(text: str, terms: list[Term]) -> tuple[str, tuple[int, int] | None]:
    """The original text around the first hit, and the hit's offsets; else the start."""
    hit = first_hit(text, terms)
    if hit is None:
        return _window(text, 0, 0), None
    return _window(text, *hit), hit


#: BM25 weights of the FTS5 columns (title, body, header). FTS5's bm25 normalizes a row by
#: its whole length, so at the title's former weight of 2 a long article's title hit ranked
#: below a short one's passing mention in the body (27 of 194 title words, on 200 shared
#: articles); at 10 a title hit outranks a single body mention in any article up to three
#: times the average length (weight >= 1 + 3 x length / average, for bm25's k1 1.2 and b
#: 0.75), as PostgreSQL's weights (A 1.0, B 0.4, no length normalization) rank it above
#: body-only hits (session 22 (2026-12-06), engineer store_fts). The header lines
#: (masthead, dateline, byline, credits: migration 0012_header_search) count as the body.
FTS5_WEIGHTS = (10.0, 1.0, 1.0)

#: Articles read at a time when the index is rebuilt: their texts and records.
REINDEX_BATCH = 500


def indexed_articles(conn: Connection) -> Iterator[tuple[int, str | None, str, str | None]]:
    """``(seq, title, text, header)`` of every stored article, in seq order, a batch at a
    time: a large store's texts and records do not fit in memory at once. The header
    lines have no column of their own; the record holds them."""
    last = None
    while True:
        after = "" if last is None else "WHERE seq > ? "
        rows = conn.execute(f"SELECT seq, title, text, record FROM articles {after}"
                            "ORDER BY seq LIMIT ?",
                            (REINDEX_BATCH,) if last is None else (last, REINDEX_BATCH)
                            ).fetchall()
        for seq, title, text, record in rows:
            yield seq, title, text, header_of(record)
        if len(rows) < REINDEX_BATCH:
            return
        last = rows[-1][0]


def header_of(record_json: str) -> str | None:
    """The header lines of a stored record (JSON), ``None`` when it has none."""
    header = json.loads(record_json).get("header")
    return header if isinstance(header, str) else None


def fts5_ranked(conn: Connection, terms: list[Term], limit: int,
                max_ranked: int) -> list[tuple[int, float]]:
    """``(rowid, bm25)`` of the best ``limit`` matches (best first) among the newest
    ``max_ranked`` (all matches when it is 0), weighted by ``FTS5_WEIGHTS``."""
    expression = match_expression(terms)
    lowest = 0
    if max_ranked > 0:
        found = conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
            " ORDER BY rowid DESC LIMIT 1 OFFSET ?", (expression, max_ranked - 1),
        ).fetchone()
        lowest = found[0] if found else 0
    rows = conn.execute(
        f"SELECT rowid, bm25(articles_fts, {', '.join(map(str, FTS5_WEIGHTS))}) AS score"
        " FROM articles_fts"
        " WHERE articles_fts MATCH ? AND rowid >= ? ORDER BY score, rowid LIMIT ?",
        (expression, lowest, limit),
    ).fetchall()
    return [(int(rowid), float(score)) for rowid, score in rows]
