"""Event precision/recall on the development annotations (shared/data/events-dev).

    python bench/events_dev.py [DATA]        # DATA defaults to ../shared/data

Each annotated article is looked up in its corpus (farsnews, hamshahri, saudinewsnet),
analysed with ``khabar.process`` (or, while earlier stages are missing from the tree,
with a simple sentence split and the corpus date), and its events are matched one to
one with the gold events at four levels:

- ``type``: same PLOVER type in the same article;
- ``type+evidence``: and the predicted span overlaps the gold evidence;
- ``type+actor~``: and the actor agrees by country code or English name;
- ``type+actor+target~``: and actor and target agree by country code or English name
  (a null target matches only a null target) — lenient, since persons have no KB yet;
- ``type+actor+target``: and actor and target agree by English name (strict).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khabar.doc import Doc, Event, Participant  # noqa: E402
from khabar.entities.stage import find_entities  # noqa: E402
from khabar.errors import PipelineError  # noqa: E402
from khabar.events.stage import find_events  # noqa: E402

CORPORA = {
    "farsnews": "farsnews-sample/farsnews_shared.jsonl",
    "hamshahri": "hamshahri-sample/hamshahri_shared.jsonl",
    "saudinewsnet": "saudinewsnet/saudinewsnet_shared.jsonl",
}
Gold = dict[str, Any]
Matcher = Callable[[Gold, Event, Doc], bool]


def corpus_of(record_id: str, corpus: str) -> str:
    return "hamshahri" if record_id.startswith("HAM") else corpus


def load_articles(data: Path, wanted: dict[str, set[str]]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for corpus, ids in wanted.items():
        with (data / CORPORA[corpus]).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record["id"] in ids:
                    found[record["id"]] = record
    return found


def simple_doc(article: dict[str, Any]) -> Doc:
    text = article["text"]
    doc = Doc(raw=text)
    doc.lang = article.get("lang")
    doc.sentences = [m.span() for m in re.finditer(r"[^.!?؟]+(?:[.!?؟]|\n\s*\n|$)", text)
                     if m.group().strip()]
    doc.published = f"{article['date']}T00:00:00+00:00" if article.get("date") else None
    doc.entities = find_entities(doc)
    doc.events = find_events(doc)
    return doc


def analyse(article: dict[str, Any]) -> tuple[Doc, str]:
    try:
        import khabar

        meta = {"date": article.get("date"), "title": article.get("title")}
        return khabar.process(article["text"], meta=meta), "khabar.process"
    except (PipelineError, ImportError):
        return simple_doc(article), "simple split"


def _same_name(gold: dict[str, Any] | None, pred: Participant | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return bool(pred.name_en) and pred.name_en.lower() == str(gold.get("name_en", "")).lower()


def _lenient(gold: dict[str, Any] | None, pred: Participant | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    same_country = gold.get("country") and gold.get("country") == pred.country
    return bool(same_country) or _same_name(gold, pred)


def _overlaps(gold: Gold, pred: Event, doc: Doc) -> bool:
    at = doc.text.find(gold["evidence"])
    if at < 0:  # normalization changed the characters; compare in raw offsets instead
        at = doc.raw.find(gold["evidence"])
        start, end = doc.raw_span(pred.start, pred.end)
    else:
        start, end = pred.start, pred.end
    return at >= 0 and start < at + len(gold["evidence"]) and at < end


LEVELS: dict[str, Matcher] = {
    "type": lambda g, p, d: g["type"] == p.type,
    "type+evidence": lambda g, p, d: g["type"] == p.type and _overlaps(g, p, d),
    "type+actor~": lambda g, p, d: g["type"] == p.type and _lenient(g["actor"], p.actor),
    "type+actor+target~": lambda g, p, d: (
        g["type"] == p.type and _lenient(g["actor"], p.actor) and _lenient(g["target"], p.target)
    ),
    "type+actor+target": lambda g, p, d: (
        g["type"] == p.type and _same_name(g["actor"], p.actor)
        and _same_name(g["target"], p.target)
    ),
}


def matched(gold: list[Gold], pred: list[Event], doc: Doc, match: Matcher) -> int:
    free = list(pred)
    count = 0
    for g in gold:
        hit = next((p for p in free if match(g, p, doc)), None)
        if hit is not None:
            free.remove(hit)
            count += 1
    return count


def records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def evaluate(data: Path, lang: str, verbose: bool) -> dict[str, tuple[int, int, int]]:
    annotated = list(records(data / "events-dev" / f"{lang}.jsonl"))
    wanted: dict[str, set[str]] = {}
    for r in annotated:
        wanted.setdefault(corpus_of(r["id"], r["corpus"]), set()).add(r["id"])
    articles = load_articles(data, wanted)
    totals = {level: (0, 0, 0) for level in LEVELS}
    for r in annotated:
        doc, how = analyse(articles[r["id"]])
        for level, match in LEVELS.items():
            m, g, p = totals[level]
            totals[level] = (m + matched(r["events"], doc.events, doc, match),
                             g + len(r["events"]), p + len(doc.events))
        if verbose:
            print(f"{r['id']} ({how})")
            print("  gold:", [(e["type"], (e["actor"] or {}).get("name_en")) for e in r["events"]])
            print("  pred:", [(e.type, e.actor.text if e.actor else None,
                               e.actor.country if e.actor else None) for e in doc.events])
    return totals


def report(lang: str, totals: dict[str, tuple[int, int, int]]) -> None:
    for level, (m, g, p) in totals.items():
        precision = m / p if p else 0.0
        recall = m / g if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{lang}  {level:20s} P={precision:.2f} R={recall:.2f} F1={f1:.2f}"
              f"  (matched {m}, gold {g}, predicted {p})")


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("-")]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "data"
    for lang in ("fa", "ar"):
        report(lang, evaluate(data, lang, "-v" in argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
