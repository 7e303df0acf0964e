"""Geocoding accuracy on the hand-checked place mentions of ``bench/geo_dev.tsv``.

For every annotated place, khabar's country is compared with the gold one: accuracy is
the share of places given the right country; regions (gold NONE) should get none; spans
that are no place (gold '-') are counted when khabar gives them a country anyway.

    python bench/geo_dev.py --data ../shared/data --output bench/geo_dev.json
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from linking_dev import ROOT, Row, anchor, articles, gold_rows

from khabar.pipeline import Pipeline

CORPORA = ("farsnews-sample/farsnews_shared.jsonl", "saudinewsnet/saudinewsnet_shared.jsonl",
           "hamshahri-sample/hamshahri_shared.jsonl", "urdu-geo-news/urdu_geo_shared.jsonl")


def predicted_country(row: Row, entities: list) -> tuple[bool, str | None]:
    """(found as a place, its country) for the place entity of the row's span, or one
    holding it."""
    _, start, end, _, _, _ = row
    places = [e for e in entities if e.type == "LOC" and e.start <= start and end <= e.end]
    exact = [e for e in places if (e.start, e.end) == (start, end)]
    chosen = (exact or places or [None])[0]
    return (chosen is not None, chosen.country if chosen is not None else None)


def run(data: Path, gold_path: Path) -> dict:
    rows = gold_rows(gold_path)
    texts = articles(data, {r[0] for r in rows}, CORPORA)
    pipeline = Pipeline()
    errors: Counter[str] = Counter()
    right = places = regions_right = regions = false_places = non_places = moved = 0
    for aid, article in texts.items():
        doc = pipeline(article)
        mine, count = anchor([r for r in rows if r[0] == aid], doc.text)
        moved += count
        for row in mine:
            found, country = predicted_country(row, doc.entities)
            gold = row[5]
            if gold == "-":
                non_places += 1
                false_places += bool(found and country)
            elif gold == "NONE":
                regions += 1
                regions_right += country is None
                if country is not None:
                    errors[f"region given {country}: {row[4]}"] += 1
            else:
                places += 1
                right += country == gold
                if country != gold:
                    errors[f"{row[4]}: {gold} -> {country}"] += 1
    return {
        "rows_reanchored": moved,
        "places": places, "country_accuracy": round(right / places, 3) if places else None,
        "regions": regions, "regions_without_country": regions_right,
        "non_places": non_places, "non_places_given_a_country": false_places,
        "errors": dict(errors.most_common()),
    }


def command(name: str, description: str | None, run: Callable[[Path, Path], dict],
            gold: Path, output: Path) -> None:
    """The command line of a bench scored on articles of ``CORPORA``: ``--data``,
    ``--gold``, ``--output``; the results are written as JSON and printed."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--gold", type=Path, default=gold)
    parser.add_argument("--output", type=Path, default=output)
    args = parser.parse_args()
    if not all((args.data / name).exists() for name in CORPORA):
        print(f"{name}: the shared corpora are not under {args.data}; skipped")
        return
    results = run(args.data, args.gold)
    args.output.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n",
                           encoding="utf-8")
    print(json.dumps(results, indent=1, ensure_ascii=False))


def main() -> None:
    command("geo_dev", __doc__, run, ROOT / "bench" / "geo_dev.tsv",
            ROOT / "bench" / "geo_dev.json")


if __name__ == "__main__":
    main()
