"""Linking accuracy on the hand-checked mentions of ``bench/linking_dev.tsv``.

For every annotated person and organisation mention, khabar's KB id is compared with
the gold one: accuracy is the share of mentions of KB actors that get the right id;
the wrong-link rate is the share of links khabar made that are wrong (a wrong entry,
or an entry for a mention the KB does not hold).

    python bench/linking_dev.py --data ../shared/data --output bench/linking_dev.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from khabar.doc import Doc
from khabar.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("farsnews-sample/farsnews_shared.jsonl", "saudinewsnet/saudinewsnet_shared.jsonl")


def gold_rows(path: Path) -> list[tuple[str, int, int, str, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            aid, start, end, kind, text, gold = line.split("\t")
            rows.append((aid, int(start), int(end), kind, text, gold))
    return rows


def articles(data: Path, wanted: set[str]) -> dict[str, str]:
    found = {}
    for name in CORPORA:
        with (data / name).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record["id"] in wanted:
                    found[record["id"]] = record["text"]
    return found


def run(data: Path, gold_path: Path) -> dict:
    rows = gold_rows(gold_path)
    texts = articles(data, {r[0] for r in rows})
    pipeline = Pipeline()
    predicted: dict[tuple[str, int, int], str | None] = {}
    for aid, text in texts.items():
        for e in pipeline(Doc(raw=text)).entities:
            predicted[(aid, e.start, e.end)] = e.kb_id
    results = {}
    for kind in ("PER", "ORG", "all"):
        chosen = [r for r in rows if kind in ("all", r[3])]
        in_kb = [r for r in chosen if r[5] != "-"]
        links = [(r, predicted.get(r[:3])) for r in chosen if predicted.get(r[:3])]
        right = sum(1 for r in in_kb if predicted.get(r[:3]) == r[5])
        wrong = sum(1 for r, got in links if got != r[5])
        results[kind] = {
            "mentions": len(chosen), "mentions_of_kb_actors": len(in_kb),
            "accuracy": round(right / len(in_kb), 3) if in_kb else None,
            "links_made": len(links),
            "wrong_link_rate": round(wrong / len(links), 3) if links else None,
        }
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--gold", type=Path, default=ROOT / "bench" / "linking_dev.tsv")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "linking_dev.json")
    args = parser.parse_args()
    if not all((args.data / name).exists() for name in CORPORA):
        print(f"linking_dev: the shared corpora are not under {args.data}; skipped")
        return
    results = run(args.data, args.gold)
    args.output.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
