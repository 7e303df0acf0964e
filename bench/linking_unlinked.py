"""The most frequent person and organisation mentions the KB does not link, over a sample
of the shared news corpora: the worklist for adding actors to ``resources/kb``.

    python bench/linking_unlinked.py --data ../shared/data --per-corpus 500 \
        --output bench/linking_unlinked.json
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter, defaultdict
from itertools import islice
from pathlib import Path

from khabar.doc import Doc
from khabar.normalize.fold import fold
from khabar.pipeline import Pipeline

CORPORA = ("farsnews-sample/farsnews_shared.jsonl", "hamshahri-sample/hamshahri_shared.jsonl",
           "saudinewsnet/saudinewsnet_shared.jsonl", "urdu-geo-news/urdu_geo_shared.jsonl")
STAGES = ("khabar.clean.lines.v1", "khabar.langid.script.v1", "khabar.normalize.chars.v1",
          "khabar.normalize.zwnj.v1", "khabar.meta.published.v1", "khabar.text.sentences.v1",
          "khabar.entities.ner.v2")
SKIPPED_SOURCES = ("pronoun", "role", "surname")


def texts(data: Path, per_corpus: int):
    for name in CORPORA:
        path = data / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for line in islice(handle, per_corpus):
                record = json.loads(line)
                yield name.split("/")[0], record.get("text") or "", record.get("date")


def run(data: Path, per_corpus: int, top: int) -> dict:
    pipeline = Pipeline(stages=STAGES)
    counts: dict[str, Counter[str]] = {"PER": Counter(), "ORG": Counter()}
    linked: Counter[str] = Counter()
    surface: dict[str, str] = {}
    where: dict[str, Counter[str]] = defaultdict(Counter)
    articles = 0
    for corpus, text, _date in texts(data, per_corpus):
        doc = pipeline(Doc(raw=text))
        articles += 1
        for e in doc.entities:
            if e.type not in counts or e.source in SKIPPED_SOURCES:
                continue
            if e.kb_id:
                linked[e.type] += 1
                continue
            key = fold(e.text)
            counts[e.type][key] += 1
            surface.setdefault(key, e.text)
            where[key][corpus] += 1
    return {
        "articles": articles, "linked": dict(linked),
        "unlinked": {t: sum(c.values()) for t, c in counts.items()},
        "top": {t: [[surface[k], n, dict(where[k])] for k, n in c.most_common(top)]
                for t, c in counts.items()},
        "load_average": os.getloadavg(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--per-corpus", type=int, default=500)
    parser.add_argument("--top", type=int, default=300)
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()
    result = run(args.data, args.per_corpus, args.top)
    text = json.dumps(result, ensure_ascii=False, indent=1)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")
    print(json.dumps({k: result[k] for k in ("articles", "linked", "unlinked")}))


if __name__ == "__main__":
    main()
