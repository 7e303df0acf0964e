"""Story clustering: pairwise precision and recall on hand-labelled same-story pairs.

    python bench/stories_pairs.py [DATA] [--pairs FILE] [--distractors N] [--json FILE]
                                  [--set old|new|fresh|crosslingual|dense|fa25] [--embedding]
                                  [--cache FILE]
                                  [--decay D[,D...]] [--decay-form all|keys] [-v]

The pairs (bench/data/story-pairs.tsv) name saudinewsnet articles (DATA, default
../shared/data), the example articles (the Persian–Arabic pair of the January 2025 Islamabad
visit among them) and short Persian reports written for the set
(bench/data/story-pairs-written.jsonl). Rows with a fifth column ``new`` were added in
session 5, after any threshold was chosen on the old rows: they are reported apart, as
held out. ``--set fresh`` reads bench/data/story-pairs-fresh.tsv instead (session 6: 81
SaudiNewsNet, Hamshahri and Fars pairs, labelled before any output on them was seen, scored
once after the time decay was chosen on old + new rows). ``--set crosslingual`` reads
bench/data/story-pairs-crosslingual.tsv (session 7: real Persian–Arabic pairs, Fars x
SaudiNewsNet negatives and Hamshahri x ANERcorp 2006 pairs; ANERcorp passages are cut and
dated as bench/data/story-pairs-anercorp.tsv says). ``--set fa25`` reads
bench/data/story-pairs-fa25.tsv (session 25: 167 Hamshahri and Fars pairs, 21 the same
happening, labelled before any clustering output on them was seen; studied). Every article
of a pair, plus N other articles of the same days from each corpus (distractors, default
300), is analysed with ``khabar.process`` and added in date order to a fresh SQLite store,
which assigns stories incrementally as in ``khabar ingest``. A pair is predicted "same" when both
articles end in one story. Reported: pairwise precision, recall and F1 over the labelled
pairs (all, cross-lingual, each language), for all rows, the old rows and the new rows.
``--cache FILE`` keeps the analysed records (JSONL), so a rerun, or another version's
clustering run from a worktree with the same file, clusters the same analysis.
``--embedding`` turns on ``stories.embedding`` (needs the ``embed`` extra). ``--decay``
runs one store per value of ``stories.time_decay``; ``--decay-form keys`` leaves the
embedding thresholds undecayed (the default form, ``all``, makes them stricter too).

The ship rules and results of sessions 6, 7, 9, 13 and 14 (time decay, cross-lingual
pairs, the dense set, the Persian side) are in bench/stories_pairs.md.

Session 15 (2026-12-06) ship rule, fixed before any change was measured: the dense sample
now holds the Fars articles of the dense months (bench/stories_chaining.py), and the dense
set Persian rows marked ``joined15``/``split15`` (labelled by hand before any change was
measured). A change to story assignment ships only if, against a worktree of 38ec17b
clustering the same cached analyses, (1) keys-only F1 over all Persian dense pairs rises
and their precision does not fall, and F1 over the session-15 rows does not fall; (2)
keys-only F1 over the Arabic dense pairs does not fall; (3) pooled keys-only F1 over old +
new and crosslingual does not fall; (4) the share of the dense sample in stories of more
than 20 rises by at most 0.005; (5) with ``stories.embedding`` on (vectors cached), pooled
F1 over old + new and crosslingual does not fall; (6) on a fresh draw of unlabelled Fars
articles outside the dense sample, the pairs only one version joins, read by hand, hold
more right than wrong for the new version; (7) bench/stories_scale.py stays linear and the
demo keeps its 4 stories. The fresh pairs (held out) are scored on the start and end trees
only. Results: bench/stories_session15_results.json.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

SAUDI = "saudinewsnet/saudinewsnet_shared.jsonl"
CORPORA = {"saudinewsnet-": SAUDI, "HAM2-": "hamshahri-sample/hamshahri_shared.jsonl",
           "farsnews-": "farsnews-sample/farsnews_shared.jsonl"}
"""Id prefix -> corpus file under DATA; distractors come from each corpus's own days."""
WRITTEN = ROOT / "bench" / "data" / "story-pairs-written.jsonl"
PAIRS = {"fresh": ROOT / "bench" / "data" / "story-pairs-fresh.tsv",
         "crosslingual": ROOT / "bench" / "data" / "story-pairs-crosslingual.tsv",
         "dense": ROOT / "bench" / "data" / "story-pairs-dense.tsv",
         "fa25": ROOT / "bench" / "data" / "story-pairs-fa25.tsv"}
ANERCORP = "anercorp/ANERCorp_train_derived.txt"
PASSAGES = ROOT / "bench" / "data" / "story-pairs-anercorp.tsv"
"""ANERcorp has neither article bounds nor dates: passages (token ranges) and their inferred
dates are listed in PASSAGES; ids ``anercorp-t<first token>``."""

DENSE_DAYS = ("2015-08-06", "2015-08-11")
DENSE_MONTHS = ("2006-04", "2006-05", "2006-06", "2006-07")
"""The dense sample of ``--set dense``: bench/stories_chaining.py's defaults."""

Pair = tuple[str, str, bool, str]


def load_pairs(path: Path, which: str = "all") -> list[Pair]:
    """The labelled pairs; ``which`` keeps the rows marked so in the fifth column ("new",
    "fresh"; unmarked rows are "old"), or all."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            a, b, same, why, *mark = line.split("\t")
            if which in ("all", mark[0] if mark else "old"):
                pairs.append((a, b, same == "1", why))
    return pairs


def articles(data: Path, wanted: set[str], distractors: int) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for name in sorted(w for w in wanted if w.startswith("examples/")):
        path = next((ROOT / "examples" / "articles").glob(f"{name.split('/')[1]}_*.txt"))
        found[name] = {"text": path.read_text(encoding="utf-8")}
    with WRITTEN.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in wanted:
                found[record["id"]] = record
    for prefix, corpus in CORPORA.items():
        if any(w.startswith(prefix) for w in wanted):
            found.update(_corpus_articles(data / corpus, wanted, distractors))
    if any(w.startswith("anercorp-") for w in wanted):
        found.update(_anercorp_passages(data / ANERCORP, wanted))
    return found


def _anercorp_passages(path: Path, wanted: set[str]) -> dict[str, Any]:
    """The wanted ANERcorp passages: their tokens joined with spaces, dated as PASSAGES says
    (no distractors: the corpus has no dates to draw same-day articles from)."""
    with path.open(encoding="utf-8") as handle:
        tokens = [line.split(" ")[0] for line in handle if line.strip()]
    found = {}
    for line in PASSAGES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, first, end, day, _ = line.split("\t")
            if name in wanted:
                found[name] = {"id": name, "lang": "ar", "date": day, "title": None,
                               "text": " ".join(tokens[int(first):int(end)])}
    return found


def _corpus_articles(path: Path, wanted: set[str], distractors: int) -> dict[str, Any]:
    """The wanted articles of one corpus and up to N others of their days, in file order."""
    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    found = {r["id"]: r for r in records if r["id"] in wanted}
    days = {r.get("date") for r in found.values()}
    others = [r for r in records if r["id"] not in wanted and r.get("date") in days]
    found.update((r["id"], r) for r in others[:distractors])
    return found


def analysed(found: dict[str, dict[str, Any]]) -> list[tuple[str, str, Any]]:
    """(published, name, Doc) of every article, in the order a feed would add them."""
    import khabar

    docs = []
    for name, article in found.items():
        meta = {"title": article.get("title"), "date": article.get("date")}
        doc = khabar.process(article["text"], meta=meta)
        docs.append((doc.published or "", name, doc))
    docs.sort(key=lambda item: (item[0], item[1]))
    return docs


def cached(found: dict[str, dict[str, Any]], cache: Path) -> list[tuple[str, str, Any]]:
    """``analysed`` as contract records, kept in ``cache`` (JSONL of name and record): a
    rerun, or another version's clustering run from a worktree with the same file, then
    clusters the same analysis (the store adds records as it adds Docs)."""
    if cache.exists():
        rows = [json.loads(line) for line in cache.open(encoding="utf-8")]
        return [(r["record"].get("published") or "", r["name"], r["record"]) for r in rows]
    from khabar.export.contract import to_record

    docs = [(published, name, to_record(doc)) for published, name, doc in analysed(found)]
    cache.write_text("".join(json.dumps({"name": name, "record": record}, ensure_ascii=False)
                             + "\n" for _, name, record in docs), encoding="utf-8")
    return docs


def dense_docs(data: Path, cache: Path | None) -> list[tuple[str, str, Any]]:
    """``--set dense``: every article of bench/stories_chaining.py's dense sample (its
    default days and months), as records named by their corpus ids; ``cache`` may be that
    bench's ``--cache`` file, whose records are matched to corpus ids by content id."""
    import stories_chaining

    from khabar.doc import content_id

    first, last = (stories_chaining.date.fromisoformat(d) for d in DENSE_DAYS)
    chosen = stories_chaining.sample(data, first, last, set(DENSE_MONTHS))
    names = {content_id(a["text"]): a["id"] for a in chosen}
    if cache is not None and cache.exists():
        records = [json.loads(line) for line in cache.open(encoding="utf-8")]
    else:
        records = stories_chaining.analysed(chosen)
        if cache is not None:
            cache.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                     for r in records), encoding="utf-8")
    return [(r.get("published") or "", names[r["id"]], r) for r in records]


def stories_of(docs: list[tuple[str, str, Any]], settings: Any
               ) -> tuple[dict[str, str], dict[str, str]]:
    """(name -> story id, name -> language) after adding every article to a fresh store."""
    import khabar

    story: dict[str, str] = {}
    lang: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp, khabar.open_store(Path(tmp) / "pairs.db",
                                                                settings) as store:
        ids = {name: store.add(doc).id for _, name, doc in docs}
        # read the final assignment: a story can be revised as later articles arrive
        for _, name, doc in docs:
            stored = store.get(ids[name])
            lang[name] = (doc.get("lang") if isinstance(doc, dict) else doc.lang) or "und"
            story[name] = (stored or {}).get("story") or ""
    return story, lang


def _embed_once() -> None:
    """Each grid point builds a fresh store that embeds every article again: keep each
    text's vector the first time (bench only; the store embeds an article once anyway)."""
    import numpy as np

    from khabar.stories import embed

    known: dict[str, Any] = {}
    plain = embed.embed

    def cached(texts: Any) -> Any:
        missing = [t for t in texts if t not in known]
        if missing:
            known.update(zip(missing, plain(missing), strict=True))
        return np.stack([known[t] for t in texts])

    embed.embed = cached  # type: ignore[assignment]


def scores(pairs: list[Pair], story: dict[str, str]) -> tuple[int, int, int, list[str]]:
    """(true positives, predicted same, gold same, the pairs got wrong)."""
    tp = predicted = gold = 0
    wrong = []
    for a, b, same, why in pairs:
        joined = bool(story.get(a)) and story.get(a) == story.get(b)
        tp += joined and same
        predicted += joined
        gold += same
        if joined != same:
            wrong.append(f"{'missed' if same else 'false join'}: {a} {b} ({why})")
    return tp, predicted, gold, wrong


def _option(argv: list[str], name: str, default: str) -> str:
    return argv[argv.index(name) + 1] if name in argv else default


def report(pairs: list[Pair], path: Path, which: str, story: dict[str, str],
           lang: dict[str, str], results: dict[str, Any], verbose: bool) -> None:
    """Print (and add to ``results``) P/R for all, old and new rows, cross-lingual apart."""
    subsets: dict[str, list[Pair]] = {}
    parts = {"all": ("all", "old", "new"), "dense": ("dense", "joined", "split")}
    for part in parts.get(which, (which,)):
        chosen = pairs if part == which else load_pairs(path, part)
        prefix = "" if part == "all" else f"{part} "
        subsets[f"{prefix}all"] = chosen
        subsets[f"{prefix}cross-lingual"] = [p for p in chosen
                                             if lang.get(p[0]) != lang.get(p[1])]
        for code in sorted({lang.get(a, "und") for a, _, _, _ in chosen}):
            subsets[f"{prefix}{code}-{code}"] = [p for p in chosen
                                                 if lang.get(p[0]) == lang.get(p[1]) == code]
    for label, subset in subsets.items():
        tp, predicted, gold, wrong = scores(subset, story)
        precision = tp / predicted if predicted else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{label:18s} pairs={len(subset):3d} same={gold:3d} P={precision:.2f} R={recall:.2f}"
              f" F1={f1:.3f}  (joined {predicted}, correct {tp})")
        results[label] = {"pairs": len(subset), "gold_same": gold, "joined": predicted,
                          "correct": tp, "precision": round(precision, 3),
                          "recall": round(recall, 3), "f1": round(f1, 3)}
        if label == "all" and verbose:
            print("\n".join("  " + w for w in wrong))


def main(argv: list[str]) -> int:
    from khabar.settings import Settings

    options = {"--pairs", "--distractors", "--json", "--set", "--grid", "--decay", "--decay-form",
               "--cache"}
    values = {argv[i + 1] for i, a in enumerate(argv[:-1]) if a in options}
    args = [a for a in argv if not a.startswith("-") and a not in values]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "data"
    which = _option(argv, "--set", "all")
    default_pairs = PAIRS.get(which, ROOT / "bench/data/story-pairs.tsv")
    path = Path(_option(argv, "--pairs", str(default_pairs)))
    pairs = load_pairs(path, "all" if which == "dense" else which)
    cache = Path(_option(argv, "--cache", "")) if "--cache" in argv else None
    if which == "dense":
        docs = dense_docs(data, cache)
    else:
        wanted = {name for a, b, _, _ in pairs for name in (a, b)}
        found = articles(data, wanted, int(_option(argv, "--distractors", "300")))
        docs = cached(found, cache) if cache else analysed(found)
    # $KHABAR_CONFIG may set the thresholds; --embedding turns the vectors on
    base = Settings.from_file().replace(stories__embedding="--embedding" in argv)
    grid: list[tuple[Settings, str]] = [(base, "")]
    if "--grid" in argv:  # --grid JOIN,JOIN:VETO,VETO (the threshold search, on --set old)
        joins, vetoes = _option(argv, "--grid", "").split(":")
        _embed_once()
        grid = [(base.replace(stories__embedding=True, stories__embedding_join=float(j),
                              stories__embedding_veto=float(v)), f"join={j} veto={v}")
                for j in joins.split(",") for v in vetoes.split(",")]
    if "--decay" in argv:  # --decay D,D,... (the time-decay search, on --set all)
        if base["stories.embedding"]:
            _embed_once()
        if _option(argv, "--decay-form", "all") == "keys":
            _undecayed_vectors()
        grid = [(settings.replace(stories__time_decay=float(d)), f"{point} decay={d}".strip())
                for settings, point in grid for d in _option(argv, "--decay", "").split(",")]
    points: dict[str, Any] = {}
    for settings, point in grid:
        story, lang = stories_of(docs, settings)
        results = {"articles": len(docs), "embedding": settings["stories.embedding"],
                   "embedding_join": settings["stories.embedding_join"],
                   "embedding_veto": settings["stories.embedding_veto"],
                   "time_decay": settings["stories.time_decay"]}
        print(f"-- {point or 'embedding ' + ('on' if results['embedding'] else 'off')}")
        report(pairs, path, which, story, lang, results, "-v" in argv)
        points[point] = results
    print(f"({len(docs)} articles in the store, distractors included)")
    if "--json" in argv:  # one point as before; a grid as {"points": {point: results}}
        written = points[""] if list(points) == [""] else {"points": points}
        Path(_option(argv, "--json", "")).write_text(json.dumps(written, indent=1) + "\n",
                                                     encoding="utf-8")
    return 0


def _undecayed_vectors() -> None:
    """--decay-form keys: the decay raises the key and headline thresholds only, not the
    embedding's (bench only, to compare the two forms)."""
    from khabar.stories import cluster

    cluster.cosine_needed = lambda threshold, factor: threshold  # type: ignore[assignment]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
