"""``khabar train zwnj``: the half-space lexicon used by ``khabar.normalize.zwnj``.

It merges two sources:

- hazm's word list and verb stems (``hazm/data/words.dat``, ``verbs.dat``; MIT), read
  from an installed hazm (the ``bench`` extra) or from ``--hazm-data``;
- word counts from Persian news that keeps its ZWNJs (by default the Fars News sample
  under ``../shared/data``), leaving out the held-out articles (one in ``--holdout``
  by id hash) that ``bench/text_zwnj.py`` scores on.

Output (``khabar/resources/normalize/zwnj/``): ``lexicon.tsv.gz`` with one written form
a row: ``form<TAB>count<TAB>spaced<TAB>dictionary`` (how often the corpus writes the
form exactly so, how often it writes the same letters with spaces at the ZWNJs, and
whether hazm lists it), ``pieces.tsv.gz`` (how the corpus joins the parts of words,
below), ``spaced.tsv.gz`` (pairs of words the corpus only ever writes with a space, where
a piece or suffix might suggest a ZWNJ: "بیش از"), ``verbs.tsv`` (past and present stems),
``unseen_pieces.tsv`` (how the corpus writes the words it has never seen that end in a
piece, ``khabar.train.zwnj_unseen``) and, trained on the same articles with the lexicon
just written, ``pair_model.tsv``: the learned decision for spaces between words the
corpus never wrote (``khabar.train.zwnj_model``).

A *piece* is a part of a word between ZWNJs ("قاسمی‌پور" has the left piece "قاسمی" and
the right piece "پور"). For each piece seen at least ``MIN_PIECE`` times on one side of a
ZWNJ, ``pieces.tsv.gz`` counts in how many different words the corpus writes it on that
side: after (or before) a ZWNJ, glued to a known word with no ZWNJ, or one space apart
from another word. Counting words rather than occurrences measures how productive the
joining is (one frequent "می‌شود" says nothing about "شود" after other words). These
rates let the repair read words it has never seen ("رضایی‌فر", "گیاه‌پزشکی") without a
rule per affix.
"""

from __future__ import annotations

import gzip
import importlib.util
import re
from collections import Counter
from itertools import product
from pathlib import Path

import click

from khabar.errors import ResourceError
from khabar.normalize.charmap import normalize_text
from khabar.resources import RESOURCES
from khabar.train.common import SHARED_DATA, read_jsonl_texts
from khabar.train.zwnj_glued import train_glued_model
from khabar.train.zwnj_model import train_pair_model
from khabar.train.zwnj_unseen import unseen_piece_counts, write_unseen_pieces

ZWNJ = "\u200c"
#: A Persian word: Arabic-script letters and harakat, ZWNJ inside.
WORD = re.compile(
    r"[\u0621-\u063a\u0641-\u065f\u0670\u067e\u0686\u0698\u06a9\u06af\u06c0\u06cc\u200c]+"
)
#: Longest run of words counted with spaces (for "گفت و گو" -> "گفت‌وگو").
MAX_PARTS = 3
#: A piece needs this many different ZWNJ words on one side to be kept in ``pieces.tsv.gz``.
MIN_PIECE = 3
#: The training texts are cut into this many parts to see, part by part, how the corpus
#: writes the words that a lexicon of the other parts has never seen.
LETTER_FOLDS = 5
#: Letters after which no ZWNJ is written (they never join the next letter).
NON_JOINING = frozenset("اآأإٱدذرزژوؤءۀة")


def hazm_data_dir(explicit: str | None) -> Path:
    """hazm's data folder, found without importing hazm (its import is slow)."""
    if explicit:
        return Path(explicit)
    spec = importlib.util.find_spec("hazm")
    if spec is None or not spec.submodule_search_locations:
        raise ResourceError(
            "hazm is not installed; `pip install -e .[bench]`, or pass --hazm-data with "
            "the data folder of an unpacked hazm wheel"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def read_hazm_words(folder: Path) -> set[str]:
    """Every form hazm lists (its counts are not used: many common words have 0)."""
    words = set()
    for line in (folder / "words.dat").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) < 2 or not cells[0].strip():
            continue
        word = normalize_text(cells[0].strip(), "fa")
        words.add(word)
    return words


def read_hazm_verbs(folder: Path) -> list[tuple[str, str]]:
    stems = []
    for line in (folder / "verbs.dat").read_text(encoding="utf-8").splitlines():
        past, _, present = line.strip().partition("#")
        if past or present:
            stems.append((normalize_text(past, "fa"), normalize_text(present, "fa")))
    return stems


def count_corpus(
    paths: list[Path], holdout: int, folds: int = LETTER_FOLDS
) -> tuple[Counter[str], Counter[str], list[Counter[str]]]:
    """Counts of written word forms, of runs of 2..MAX_PARTS words one space apart, and
    of word forms in each of ``folds`` parts of the texts (text by text in turn)."""
    words: Counter[str] = Counter()
    runs: Counter[str] = Counter()
    parts: list[Counter[str]] = [Counter() for _ in range(folds)]
    for path in paths:
        texts = read_jsonl_texts(path, holdout, False, ("title", "text"))
        for number, text in enumerate(texts):
            for line in normalize_text(text, "fa").split("\n"):
                tokens = [m.group().strip(ZWNJ) for m in WORD.finditer(line)]
                spans = [(m.start(), m.end()) for m in WORD.finditer(line)]
                parts[number % folds].update(t for t in tokens if t)
                for i in range(len(tokens)):
                    for k in range(2, MAX_PARTS + 1):
                        j = i + k - 1
                        if j >= len(tokens):
                            break
                        gaps = [line[spans[n][1] : spans[n + 1][0]] for n in range(i, j)]
                        if all(g == " " for g in gaps):
                            runs[" ".join(tokens[i : j + 1])] += 1
    for part in parts:
        words.update(part)
    return words, runs, parts


def spaced_count(form: str, runs: Counter[str]) -> int:
    """How often the corpus writes the letters of a ZWNJ form with a space at one or more
    of its ZWNJs: for three parts, the mixed spellings too ("به گونه‌ای" against
    "به‌گونه‌ای"), which are no vote for joining every space of the phrase."""
    parts = form.split(ZWNJ)
    total = 0
    for joiners in product((" ", ZWNJ), repeat=len(parts) - 1):
        if " " in joiners:
            total += runs.get(parts[0] + "".join(j + p for j, p in zip(joiners, parts[1:],
                                                                       strict=True)), 0)
    return total


def build_rows(
    dictionary: set[str], words: Counter[str], runs: Counter[str], min_count: int
) -> list[tuple[str, int, int, int]]:
    forms = dictionary | {w for w, n in words.items() if n >= min_count}
    rows = []
    for form in sorted(forms):
        spaced = spaced_count(form, runs) if ZWNJ in form else 0
        rows.append((form, words.get(form, 0), spaced, int(form in dictionary)))
    return rows


def count_pieces(
    words: Counter[str], runs: Counter[str], dictionary: set[str]
) -> list[tuple[str, str, int, int, int]]:
    """Rows ``(piece, side, joined, glued, spaced)`` for the pieces of ZWNJ words.

    ``side`` is "R" for a piece after a ZWNJ and "L" for one before it. Each count is of
    different words: ZWNJ words with the piece on that side (``joined``), plain words made
    of a known word and the piece with no ZWNJ ("کتابها", ``glued``), and pairs where it
    stands one space from another word ("کتاب ها", ``spaced``).
    """
    joined: Counter[tuple[str, str]] = Counter()
    for form in words:
        parts = form.split(ZWNJ)
        for part in set(parts[1:]):
            joined[(part, "R")] += 1
        for part in set(parts[:-1]):
            joined[(part, "L")] += 1
    kept = {key for key, count in joined.items() if count >= MIN_PIECE and key[0]}
    right = {piece for piece, side in kept if side == "R"}
    left = {piece for piece, side in kept if side == "L"}
    stems = dictionary | {w for w, n in words.items() if n >= 2 and ZWNJ not in w}
    glued: Counter[tuple[str, str]] = Counter()
    for form in words:
        if ZWNJ in form:
            continue
        for cut in range(2, len(form) - 1):
            head, tail = form[:cut], form[cut:]
            if head[-1] in NON_JOINING:
                continue
            if tail in right and head in stems:
                glued[(tail, "R")] += 1
            if head in left and tail in stems:
                glued[(head, "L")] += 1
    spaced: Counter[tuple[str, str]] = Counter()
    for run in runs:
        parts = run.split(" ")
        if len(parts) == 2 and ZWNJ not in run:
            spaced[(parts[1], "R")] += 1
            spaced[(parts[0], "L")] += 1
    rows = [(piece, side, joined[(piece, side)], glued[(piece, side)], spaced[(piece, side)])
            for piece, side in sorted(kept)]
    return rows


def letter_classes(
    parts: list[Counter[str]], dictionary: set[str]
) -> list[tuple[str, str, int, int, int]]:
    """Rows ``("*" + letter, "L", joined, glued, 0)``: how the corpus writes the words the
    repair would read as two known words glued, after a first word ending in ``letter``.

    Those are words it has never seen (a seen word is spelled as seen), so they are
    counted the way the repair meets them: each part of the training text is read with
    what the other parts know, and every occurrence of a word unseen there that has one
    reading as two known words (each seen twice, or once and listed by hazm) counts as
    ``joined`` when written with a ZWNJ at that cut and ``glued`` when written without.
    A final ه, which changes its shape when it joins, is the telling case.
    """
    listed = {form.replace(ZWNJ, "") for form in dictionary}
    total: Counter[str] = Counter()
    for part in parts:
        total.update(part)
    joined: Counter[str] = Counter()
    glued: Counter[str] = Counter()
    for part in parts:
        weight: Counter[str] = Counter()
        for form, count in (total - part).items():
            weight[form.replace(ZWNJ, "")] += 2 * count
        for form, count in part.items():
            pieces = form.split(ZWNJ)
            letters = "".join(pieces)
            if len(pieces) > 2 or letters in weight:
                continue
            cuts = [cut for cut in range(3, len(letters) - 1)
                    if letters[cut - 1] not in NON_JOINING
                    and _sure(letters[:cut], weight, listed)
                    and _sure(letters[cut:], weight, listed)]
            if len(cuts) != 1:
                continue
            if len(pieces) == 1:
                glued[letters[cuts[0] - 1]] += count
            elif len(pieces[0]) == cuts[0]:
                joined[letters[cuts[0] - 1]] += count
    return [("*" + letter, "L", joined[letter], glued[letter], 0)
            for letter in sorted(joined) if joined[letter] >= MIN_PIECE]


def _sure(word: str, weight: Counter[str], listed: set[str]) -> bool:
    """The repair's ``STEM_WEIGHT`` bar: seen twice, or seen once and listed."""
    return weight[word] + (word in listed) >= 3


def spaced_pairs(
    words: Counter[str], runs: Counter[str], pieces: list[tuple[str, str, int, int, int]],
    suffixes: set[str], min_count: int = 2,
) -> list[tuple[str, int]]:
    """Word pairs the corpus writes one space apart (``min_count`` times or more) and never
    with a ZWNJ, where a piece or a suffix might otherwise join them ("بیش از")."""
    right = {p for p, side, *_ in pieces if side == "R"} | suffixes
    left = {p for p, side, *_ in pieces if side == "L"} | {"می", "نمی"}
    rows = []
    for run, count in runs.items():
        parts = run.split(" ")
        if len(parts) != 2 or count < min_count or ZWNJ in run:
            continue
        if (parts[1] in right or parts[0] in left) and not words.get(ZWNJ.join(parts)):
            rows.append((run, count))
    return sorted(rows)


def write_gzip_rows(path: Path, rows: list[tuple[object, ...]]) -> None:
    # mtime=0 keeps the file byte-identical from one run to the next
    with gzip.GzipFile(path, "wb", mtime=0) as raw:
        raw.write("".join("\t".join(map(str, row)) + "\n" for row in rows).encode("utf-8"))


@click.command()
@click.option("--hazm-data", default=None, help="hazm's data folder (default: installed hazm).")
@click.option(
    "--corpus", "corpora", multiple=True, type=click.Path(exists=True, dir_okay=False),
    help="JSONL with title/text of Persian news that keeps ZWNJs (repeatable).",
)
@click.option("--holdout", default=5, show_default=True,
              help="Leave out one article in N (by id hash) for evaluation.")
@click.option("--min-count", default=1, show_default=True,
              help="Corpus-only forms need this many occurrences.")
@click.option("--output", type=click.Path(file_okay=False), default=None,
              help="Folder to write (default: the package's resources).")
def zwnj(
    hazm_data: str | None, corpora: tuple[str, ...], holdout: int, min_count: int,
    output: str | None,
) -> None:
    """Build the ZWNJ (half-space) lexicon from hazm's word list and a news corpus."""
    folder = hazm_data_dir(hazm_data)
    paths = [Path(c) for c in corpora] or [
        SHARED_DATA / "farsnews-sample" / "farsnews_shared.jsonl"
    ]
    dictionary = read_hazm_words(folder)
    words, runs, parts = count_corpus(paths, holdout)
    rows = build_rows(dictionary, words, runs, min_count)
    target = Path(output) if output else RESOURCES / "normalize" / "zwnj"
    target.mkdir(parents=True, exist_ok=True)
    write_gzip_rows(target / "lexicon.tsv.gz", list(rows))
    pieces = count_pieces(words, runs, dictionary) + letter_classes(parts, dictionary)
    write_gzip_rows(target / "pieces.tsv.gz", list(pieces))
    suffixes = {row.split("\t")[0] for row in (target / "suffixes.tsv").read_text(
        encoding="utf-8").splitlines() if row and not row.startswith("#")}
    write_gzip_rows(target / "spaced.tsv.gz", list(spaced_pairs(words, runs, pieces, suffixes)))
    click.echo(write_unseen_pieces(target / "unseen_pieces.tsv",
                                   unseen_piece_counts(parts, dictionary, suffixes),
                                   f"khabar train zwnj, holdout 1 in {holdout}"))
    verbs = read_hazm_verbs(folder)
    (target / "verbs.tsv").write_text(
        "".join(f"{past}\t{present}\n" for past, present in verbs), encoding="utf-8"
    )
    click.echo(
        f"zwnj lexicon: {len(rows)} forms ({sum(1 for r in rows if ZWNJ in r[0])} with ZWNJ), "
        f"{len(pieces)} pieces, {len(verbs)} verbs -> {target}"
    )
    # the learned decision for unseen pairs reads the lexicon just written, and the rest
    # of a resources folder beside it (the KB's names): ``target`` is <resources>/normalize/zwnj
    texts = [t for p in paths for t in read_jsonl_texts(p, holdout, False, ("title", "text"))]
    (target / "glued_model.tsv").unlink(missing_ok=True)  # the pair model's examples without it
    click.echo(train_pair_model(texts, target.parent.parent,
                                f"khabar train zwnj, holdout 1 in {holdout}"))
    click.echo(train_glued_model(texts, target.parent.parent,
                                 f"khabar train zwnj, holdout 1 in {holdout}"))
