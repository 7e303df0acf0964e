"""Story clustering: pairwise precision and recall on hand-labelled same-story pairs.

    python bench/stories_pairs.py [DATA] [--pairs FILE] [--distractors N] [--json FILE]

The pairs (bench/data/story-pairs.tsv) name saudinewsnet articles (DATA, default
../shared/data) and the example articles, the Persian–Arabic pair of the January 2025
Islamabad visit among them. Every article of a pair, plus N other articles of the same days
(distractors, default 300), is analysed with ``khabar.process`` and added in date order to a
fresh SQLite store, which assigns stories incrementally as in ``khabar ingest``. A pair is
predicted "same" when both articles end in one story. Reported: pairwise precision and
recall over the labelled pairs, cross-lingual pairs separately.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SAUDI = "saudinewsnet/saudinewsnet_shared.jsonl"


def load_pairs(path: Path) -> list[tuple[str, str, bool, str]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            a, b, same, why = line.split("\t")
            pairs.append((a, b, same == "1", why))
    return pairs


def articles(data: Path, wanted: set[str], distractors: int) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for name in sorted(w for w in wanted if w.startswith("examples/")):
        path = next((ROOT / "examples" / "articles").glob(f"{name.split('/')[1]}_*.txt"))
        found[name] = {"text": path.read_text(encoding="utf-8")}
    days = {w[len("saudinewsnet-"):][:10] for w in wanted if w.startswith("saudinewsnet-")}
    extra = 0
    with (data / SAUDI).open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in wanted:
                found[record["id"]] = record
            elif record.get("date") in days and extra < distractors:
                found[record["id"]] = record
                extra += 1
    return found


def stories_of(found: dict[str, dict[str, Any]]) -> tuple[dict[str, str], dict[str, str]]:
    """(name -> story id, name -> language) after adding every article to a fresh store."""
    import khabar

    docs = []
    for name, article in found.items():
        meta = {"title": article.get("title"), "date": article.get("date")}
        doc = khabar.process(article["text"], meta=meta)
        docs.append((doc.published or "", name, doc))
    docs.sort(key=lambda item: (item[0], item[1]))
    story: dict[str, str] = {}
    lang: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp, khabar.open_store(Path(tmp) / "pairs.db") as store:
        ids = {name: store.add(doc).id for _, name, doc in docs}
        # read the final assignment: a story can be revised as later articles arrive
        for _, name, doc in docs:
            stored = store.get(ids[name])
            lang[name] = doc.lang or "und"
            story[name] = (stored or {}).get("story") or ""
    return story, lang


def scores(pairs: list[tuple[str, str, bool, str]], story: dict[str, str]
           ) -> tuple[int, int, int, list[str]]:
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


def main(argv: list[str]) -> int:
    options = {"--pairs", "--distractors", "--json"}
    values = {argv[i + 1] for i, a in enumerate(argv[:-1]) if a in options}
    args = [a for a in argv if not a.startswith("-") and a not in values]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "data"
    pairs = load_pairs(Path(_option(argv, "--pairs", str(ROOT / "bench/data/story-pairs.tsv"))))
    wanted = {name for a, b, _, _ in pairs for name in (a, b)}
    found = articles(data, wanted, int(_option(argv, "--distractors", "300")))
    story, lang = stories_of(found)
    results: dict[str, Any] = {"articles": len(found)}
    crossed = [p for p in pairs if lang.get(p[0]) != lang.get(p[1])]
    subsets = {"all": pairs, "cross-lingual": crossed}
    for label, subset in subsets.items():
        tp, predicted, gold, wrong = scores(subset, story)
        precision = tp / predicted if predicted else 0.0
        recall = tp / gold if gold else 0.0
        print(f"{label:14s} pairs={len(subset):3d} same={gold:3d} P={precision:.2f} R={recall:.2f}"
              f"  (joined {predicted}, correct {tp})")
        results[label] = {"pairs": len(subset), "gold_same": gold, "joined": predicted,
                          "correct": tp, "precision": round(precision, 3),
                          "recall": round(recall, 3)}
        if label == "all" and "-v" in argv:
            print("\n".join("  " + w for w in wrong))
    print(f"({len(found)} articles in the store, distractors included)")
    if "--json" in argv:
        Path(_option(argv, "--json", "")).write_text(json.dumps(results, indent=1) + "\n",
                                                     encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
