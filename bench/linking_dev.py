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
import re
from pathlib import Path

from khabar.doc import Doc
from khabar.ingest.readers import JSONL_FIELDS
from khabar.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("farsnews-sample/farsnews_shared.jsonl", "saudinewsnet/saudinewsnet_shared.jsonl",
           "hamshahri-sample/hamshahri_shared.jsonl")


Row = tuple[str, int, int, str, str, str]
SECTIONS = (("# held-out rows, second batch", "held_out_2"), ("# held-out rows", "held_out"))
"""Header lines that open the rows annotated in session 5 from articles not used for
development: batch 1 (looked at after its first figure, so no longer held out for what
followed) and batch 2 (annotated after the changes, measured once). Rows before them are
"dev" (sessions 1-4)."""
PARTS = ("dev", "held_out", "held_out_2", "all")


def gold_rows(path: Path, part: str = "all") -> list[Row]:
    """The rows of ``part``: one of PARTS."""
    rows = []
    section = "dev"
    for line in path.read_text(encoding="utf-8").splitlines():
        section = next((name for header, name in SECTIONS if line.startswith(header)),
                       section)
        if line and not line.startswith("#") and part in ("all", section):
            aid, start, end, kind, text, gold = line.split("\t")
            rows.append((aid, int(start), int(end), kind, text, gold))
    return rows


def articles(data: Path, wanted: set[str], corpora: tuple[str, ...] = CORPORA
             ) -> dict[str, Doc]:
    """The wanted articles as ``khabar ingest`` reads JSONL: the text, with the record's
    fields (its date among them) as metadata."""
    found = {}
    for name in corpora:
        with (data / name).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record["id"] in wanted:
                    meta = {key: record[key] for key in JSONL_FIELDS
                            if record.get(key) is not None}
                    found[record["id"]] = Doc(raw=record["text"], meta=meta)
    return found


def anchor(rows: list[Row], text: str) -> tuple[list[Row], int]:
    """The rows of one article at the offsets of today's cleaned text. Cleaning and ZWNJ
    repair have changed since the rows were written, so offsets drift; each row moves to
    the occurrence of its mention nearest its offset plus the drift so far. Returns the
    rows and how many moved (a row whose mention is gone keeps its offsets)."""
    moved, drift, out = 0, 0, []
    for row in sorted(rows, key=lambda r: r[1]):
        aid, start, end, kind, mention, gold = row
        if text[start + drift:end + drift] != mention:
            found = [m.start() for m in re.finditer(re.escape(mention), text)]
            if found:
                best = min(found, key=lambda at: abs(at - start - drift))
                drift = best - start
        if drift:
            moved += 1
        out.append((aid, start + drift, end + drift, kind, mention, gold))
    return out, moved


def predicted_id(row: Row, entities: list, strict: bool) -> str | None:
    """khabar's KB id for a gold mention: that of the entity with exactly its span; or,
    unless ``strict``, of the entity of its type whose span holds it, else of the first
    one its span holds. Names are read longer now than when the rows were written
    ("الملك سلمان بن عبد العزيز" where the row has "سلمان") and sometimes shorter (a
    glued «و» or a religious title left out, "امام [خمینی]", as the entity gold has it);
    the link, not the span, is measured here."""
    _, start, end, kind, _, _ = row
    exact = [e for e in entities if (e.start, e.end) == (start, end)]
    if exact or strict:
        return exact[0].kb_id if exact else None
    around = [e for e in entities if e.type == kind and e.start <= start and end <= e.end]
    inside = [e for e in entities if e.type == kind and start <= e.start and e.end <= end]
    chosen = around or inside
    return chosen[0].kb_id if chosen else None


def run(data: Path, gold_path: Path, part: str = "all", strict: bool = False) -> dict:
    rows = gold_rows(gold_path, part)
    texts = articles(data, {r[0] for r in rows})
    pipeline = Pipeline()
    predicted: dict[tuple[str, int, int], str | None] = {}
    anchored: list[Row] = []
    moved = 0
    for aid, article in texts.items():
        doc = pipeline(article)
        mine, count = anchor([r for r in rows if r[0] == aid], doc.text)
        for row in mine:
            predicted[row[:3]] = predicted_id(row, doc.entities, strict)
        anchored += mine
        moved += count
    rows = anchored
    results: dict = {"rows_reanchored": moved}
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
    parser.add_argument("--part", choices=PARTS, nargs="+", default=list(PARTS),
                        help="rows to score: sessions 1-4 (dev), session 5's two batches "
                             "(held_out, held_out_2), or all")
    parser.add_argument("--strict", action="store_true",
                        help="count a link only on an entity of exactly the row's span "
                             "(sessions 1-4 measured so)")
    args = parser.parse_args()
    if not all((args.data / name).exists() for name in CORPORA):
        print(f"linking_dev: the shared corpora are not under {args.data}; skipped")
        return
    results = {part: run(args.data, args.gold, part, args.strict) for part in args.part}
    args.output.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
