"""Person links and place countries on the held-out mentions of
``bench/data/linking-geo-heldout-6.tsv`` (session 6), scored as ``linking_dev.py`` and
``geo_dev.py`` score theirs: for PER, the share of KB actors' mentions linked right and
the share of links made that are wrong; for LOC, the share given the right country.

    python bench/linking_geo_heldout.py [--data ../shared/data] [--output FILE]
"""

from __future__ import annotations

import re
from pathlib import Path

from geo_dev import CORPORA, command
from linking_dev import ROOT, articles

from khabar.pipeline import Pipeline

GOLD = ROOT / "bench" / "data" / "linking-geo-heldout-6.tsv"


def gold_rows(path: Path) -> list[tuple[str, str, int, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            aid, mention, nth, kind, gold = line.split("\t")
            rows.append((aid, mention, int(nth), kind, gold))
    return rows


def span_of(text: str, mention: str, nth: int) -> tuple[int, int] | None:
    """The ``nth`` whole-word occurrence of ``mention`` (not inside a longer word)."""
    found = list(re.finditer(rf"(?<!\w){re.escape(mention)}(?!\w)", text))
    return found[nth].span() if nth < len(found) else None


def run(data: Path, gold: Path) -> dict:
    rows = gold_rows(gold)
    texts = articles(data, {r[0] for r in rows}, CORPORA)
    pipeline = Pipeline()
    per = {"mentions": 0, "of_kb_actors": 0, "right": 0, "links_made": 0, "wrong_links": 0}
    loc = {"places": 0, "right_country": 0}
    errors = []
    for aid, doc in texts.items():
        doc = pipeline(doc)
        for _, mention, nth, kind, want in (r for r in rows if r[0] == aid):
            span = span_of(doc.text, mention, nth)
            found = [e for e in doc.entities if span and e.type == kind
                     and e.start <= span[0] and span[1] <= e.end]
            if kind == "PER":
                got = found[0].kb_id if found else None
                per["mentions"] += 1
                per["of_kb_actors"] += want != "-"
                per["right"] += want != "-" and got == want
                per["links_made"] += got is not None
                per["wrong_links"] += got is not None and got != want
            else:
                got = found[0].country if found else None
                loc["places"] += 1
                loc["right_country"] += got == want
            if got != (None if want == "-" else want):
                errors.append(f"{aid} {mention}#{nth} {kind}: {want} -> {got}")
    return {"PER": per, "LOC": loc, "errors": errors}


def main() -> None:
    command("linking_geo_heldout", __doc__, run, GOLD,
            ROOT / "bench" / "linking_geo_heldout.json")


if __name__ == "__main__":
    main()
