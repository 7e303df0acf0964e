"""Dump every date mention and the metadata stages' output, to check a change keeps them.

Usage: ``python bench/meta_dump.py [DATA] --output FILE [--articles N]``, then
``diff`` two dumps (before and after a change that should not change any output).
Reads the date-gold strings and the first N articles of each shared news corpus
(development data only: no test reads it). Each line is one input: its ``find_dates``
matches with and without a reference, and for articles the ``published`` and
``sources`` stages' fields.
"""

from __future__ import annotations

import argparse
import copy
import json
import pickle
import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import dates_gold

from khabar.doc import Doc
from khabar.meta import find_dates

CORPORA = {
    "farsnews-sample/farsnews_shared.jsonl": "fa",
    "hamshahri-sample/hamshahri_shared.jsonl": "fa",
    "saudinewsnet/saudinewsnet_shared.jsonl": "ar",
    "urdu-geo-news/urdu_geo_shared.jsonl": "ur",
}
def _dates(text: str, reference: datetime | None, lang: str | None) -> list[dict[str, Any]]:
    return [m.to_dict() for m in find_dates(text, reference=reference, lang=lang)]


def _gold(data: Path) -> list[dict[str, Any]]:
    out = []
    for name, reader in dates_gold.FILES.items():
        path = data / "date-gold" / name
        if path.exists():
            for case in reader(path):
                out.append({"gold": case.id, "ref": _dates(case.text, case.reference, case.lang),
                            "none": _dates(case.text, None, None)})
    return out


PRE_STAGES = ("khabar.clean.lines.v1", "khabar.langid.script.v1", "khabar.normalize.chars.v1",
              "khabar.normalize.zwnj.v1")
META_STAGES = ("khabar.meta.published.v1", "khabar.meta.sources.v1", "khabar.text.sentences.v1",
               "khabar.meta.dates.v1")


def _prepared(data: Path, articles: int, cache: Path | None) -> list[tuple[str, Doc]]:
    """The articles after the stages before ours (other areas), cached so that a change
    there between two dumps does not show up as a change here."""
    if cache is not None and cache.exists():
        loaded: list[tuple[str, Doc]] = pickle.loads(cache.read_bytes())
        return loaded
    from khabar.ingest.readers import _jsonl_docs
    from khabar.pipeline import Pipeline

    pre = Pipeline(stages=PRE_STAGES)
    docs = []
    for corpus in CORPORA:
        path = data / corpus
        if not path.exists():
            continue
        lines = path.read_text(encoding="utf-8").split("\n")[:articles]
        for index, item in enumerate(_jsonl_docs("\n".join(lines), corpus)):
            if isinstance(item, Doc):
                docs.append((f"{corpus}:{index}", pre(item)))
    if cache is not None:
        cache.write_bytes(pickle.dumps(docs))
    return docs


def _doc_row(name: str, doc: Doc, meta: list[Callable[[Doc], Doc]]) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    for function in meta:
        doc = function(doc)
    return {"article": name, "published": doc.published, "url": doc.url,
            "outlet": asdict(doc.outlet) if doc.outlet else None,
            "sources": [asdict(s) for s in doc.sources],
            "dates": [asdict(d) for d in doc.dates], "problems": doc.problems,
            "no_ref": _dates(doc.text, None, doc.lang)}


def dump(data: Path, articles: int, cache: Path | None) -> list[dict[str, Any]]:
    from khabar.registry import get_stage
    from khabar.settings import Settings

    settings = Settings()
    meta = [get_stage(name).factory(settings) for name in META_STAGES]
    out = _gold(data)
    for name, doc in _prepared(data, articles, cache):
        out.append(_doc_row(name, doc, meta))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=Path("../shared/data"))
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--cache", type=Path, help="pickle of the prepared articles (reused)")
    args = parser.parse_args()
    with args.output.open("w", encoding="utf-8") as out:
        for row in dump(args.data, args.articles, args.cache):
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
