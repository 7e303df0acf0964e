"""Full-text search over Arabic-script text: folding, safe FTS5 queries, snippets.

FTS5 does no Arabic-script folding, so the index holds folded text
(``khabar.normalize.fold.fold``) and queries are folded the same way. A user's query
never reaches FTS5 syntax: each whitespace-separated chunk becomes one quoted phrase
(FTS5 splits it into tokens exactly as it split the text), the phrases are ANDed, and
a chunk ending in ``*`` is a prefix query. Quotes, brackets, ``NEAR``, ``OR``, ``-``
are therefore plain text, and no query raises a syntax error.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from khabar.normalize.fold import fold, fold_table, fold_with_map

TOKENIZER = "unicode61 remove_diacritics 2"  # as created in migrations 0001_initial
MAX_TERMS = 32
SNIPPET_CONTEXT = 60


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


def parse_query(query: str) -> list[Term]:
    """Terms of a user query: folded chunks; a trailing ``*`` asks for a prefix match."""
    terms = []
    for chunk in query.split():
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


def first_hit(text: str, terms: list[Term]) -> tuple[int, int] | None:
    """Offsets in ``text`` (unfolded) of the first token a term matches."""
    for match in _TOKEN.finditer(fold(text)):
        if any(_matches(match.group(), term) for term in terms):
            return _unfolded_span(text, match.start(), match.end())
    return None


def _unfolded_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Map a span of ``fold(text)`` back to ``text``, folding only as far as needed."""
    prefix = end + 256
    while True:
        folded, offsets = fold_with_map(text[:prefix])
        if len(folded) > end or prefix >= len(text):
            return offsets.span(start, end)
        prefix *= 2


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
