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
whether hazm lists it), and ``verbs.tsv`` (past and present stems).
"""

from __future__ import annotations

import gzip
import importlib.util
import re
from collections import Counter
from pathlib import Path

import click

from khabar.errors import ResourceError
from khabar.normalize.charmap import normalize_text
from khabar.resources import RESOURCES
from khabar.train.common import SHARED_DATA, read_jsonl_texts

ZWNJ = "\u200c"
#: A Persian word: Arabic-script letters and harakat, ZWNJ inside.
WORD = re.compile(
    r"[\u0621-\u063a\u0641-\u065f\u0670\u067e\u0686\u0698\u06a9\u06af\u06c0\u06cc\u200c]+"
)
#: Longest run of words counted with spaces (for "گفت و گو" -> "گفت‌وگو").
MAX_PARTS = 3


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


def count_corpus(paths: list[Path], holdout: int) -> tuple[Counter[str], Counter[str]]:
    """Counts of written word forms, and of runs of 2..MAX_PARTS words one space apart."""
    words: Counter[str] = Counter()
    runs: Counter[str] = Counter()
    for path in paths:
        for text in read_jsonl_texts(path, holdout, False, ("title", "text")):
            for line in normalize_text(text, "fa").split("\n"):
                tokens = [m.group().strip(ZWNJ) for m in WORD.finditer(line)]
                spans = [(m.start(), m.end()) for m in WORD.finditer(line)]
                words.update(t for t in tokens if t)
                for i in range(len(tokens)):
                    for k in range(2, MAX_PARTS + 1):
                        j = i + k - 1
                        if j >= len(tokens):
                            break
                        gaps = [line[spans[n][1] : spans[n + 1][0]] for n in range(i, j)]
                        if all(g == " " for g in gaps):
                            runs[" ".join(tokens[i : j + 1])] += 1
    return words, runs


def build_rows(
    dictionary: set[str], words: Counter[str], runs: Counter[str], min_count: int
) -> list[tuple[str, int, int, int]]:
    forms = dictionary | {w for w, n in words.items() if n >= min_count}
    rows = []
    for form in sorted(forms):
        spaced = runs.get(form.replace(ZWNJ, " "), 0) if ZWNJ in form else 0
        rows.append((form, words.get(form, 0), spaced, int(form in dictionary)))
    return rows


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
    words, runs = count_corpus(paths, holdout)
    rows = build_rows(dictionary, words, runs, min_count)
    target = Path(output) if output else RESOURCES / "normalize" / "zwnj"
    target.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the file byte-identical from one run to the next
    with gzip.GzipFile(target / "lexicon.tsv.gz", "wb", mtime=0) as raw:
        raw.write(
            "".join(f"{f}\t{c}\t{s}\t{d}\n" for f, c, s, d in rows).encode("utf-8")
        )
    verbs = read_hazm_verbs(folder)
    (target / "verbs.tsv").write_text(
        "".join(f"{past}\t{present}\n" for past, present in verbs), encoding="utf-8"
    )
    click.echo(
        f"zwnj lexicon: {len(rows)} forms ({sum(1 for r in rows if ZWNJ in r[0])} with ZWNJ), "
        f"{len(verbs)} verbs -> {target}"
    )
