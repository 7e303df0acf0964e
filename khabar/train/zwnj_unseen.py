"""How the corpus writes the words it has never seen that end in a piece, for ZWNJ repair
(``khabar train zwnj`` writes ``unseen_pieces.tsv``; ``khabar.normalize.zwnj_morph`` reads
it).

A surname or a place name made of a rare word and a piece ("طبیب‌زاده", "منتجب‌نیا",
"سهراب‌محله") is new to any lexicon, and its first part is often too rare to count as a
word, so the repair's other readings (a known word and a piece, two known words) leave it
glued. Whether such a word takes a ZWNJ before its piece is measured the way the repair
meets it: the training texts are cut into parts (``khabar.train.zwnj.count_corpus``), each
part is read with what the other parts and hazm's list know, and every occurrence of a
word unseen there whose letters end in a piece counts as ``joined`` (written with a ZWNJ
before the piece) or ``glued`` (written with none). Pieces that are suffixes of
``suffixes.tsv`` are left to the suffix rules.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

ZWNJ = "\u200c"
#: Letters after which no ZWNJ is written (as ``khabar.train.zwnj.NON_JOINING``).
NON_JOINING = frozenset("اآأإٱدذرزژوؤءۀة")
#: A piece is counted where the corpus joins it after a ZWNJ in this many different words.
MIN_PIECE_WORDS = 3
#: The shortest piece and the shortest first part counted.
MIN_PIECE = 2
MIN_HEAD = 2


def right_pieces(total: Counter[str], suffixes: set[str]) -> set[str]:
    """Parts written after a ZWNJ in ``MIN_PIECE_WORDS`` different words, suffixes aside."""
    words: Counter[str] = Counter()
    for form in total:
        for part in set(form.split(ZWNJ)[1:]):
            words[part] += 1
    return {piece for piece, count in words.items()
            if count >= MIN_PIECE_WORDS and len(piece) >= MIN_PIECE and piece not in suffixes}


def unseen_piece_counts(
    parts: list[Counter[str]], dictionary: set[str], suffixes: set[str]
) -> list[tuple[str, int, int]]:
    """Rows ``(piece, joined, glued)``: occurrences of words unseen in the other parts of
    the text (and not listed by hazm) whose letters end in the piece after a letter that
    joins, written with a ZWNJ before the piece (``joined``) or with none (``glued``)."""
    total: Counter[str] = Counter()
    for part in parts:
        total.update(part)
    pieces = right_pieces(total, suffixes)
    longest = max(map(len, pieces), default=0)
    listed = {form.replace(ZWNJ, "") for form in dictionary}
    letters_total: Counter[str] = Counter()
    for form, count in total.items():
        letters_total[form.replace(ZWNJ, "")] += count
    joined: Counter[str] = Counter()
    glued: Counter[str] = Counter()
    for part in parts:
        own: Counter[str] = Counter()
        for form, count in part.items():
            own[form.replace(ZWNJ, "")] += count
        for form, count in part.items():
            letters = form.replace(ZWNJ, "")
            if form.count(ZWNJ) > 1 or letters in listed or letters_total[letters] > own[letters]:
                continue  # listed, or another part of the text has written it: not unseen
            piece = _last_piece(letters, pieces, longest)
            if piece is None:
                continue
            if ZWNJ not in form:
                glued[piece] += count
            elif form.split(ZWNJ)[1] == piece:
                joined[piece] += count
    return [(piece, joined[piece], glued[piece]) for piece in sorted(pieces)
            if joined[piece] or glued[piece]]


def _last_piece(letters: str, pieces: set[str], longest: int) -> str | None:
    """The longest piece the letters end in after a first part that ends in a joining
    letter, or None."""
    for size in range(min(longest, len(letters) - MIN_HEAD), MIN_PIECE - 1, -1):
        tail = letters[-size:]
        if tail in pieces and letters[-size - 1] not in NON_JOINING:
            return tail
    return None


def write_unseen_pieces(path: Path, rows: list[tuple[str, int, int]], note: str) -> str:
    lines = [f"# {note}", "# piece\tjoined\tglued (occurrences of words unseen in the "
             "other parts of the training text)"]
    lines += [f"{piece}\t{joined}\t{glued}" for piece, joined, glued in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f"unseen pieces: {len(rows)} rows -> {path}"
