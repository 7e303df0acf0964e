"""Person and organisation mentions against the fresh entity gold
(bench/data/entities-fresh-ar.jsonl, -fa.jsonl with ``--lang fa``; how they were drawn and
labelled: bench/data/ENTITIES-GOLD.md).

    python bench/entities_fresh.py [DATA] [--lang ar|fa] [--set NAME] [--json FILE]
                                   [--label NAME] [--with-references] [--names-only]
                                   [--body-only] [-v]

``--set NAME`` scores bench/data/entities-NAME-LANG.jsonl instead (``fresh2``: the held-out
sets of session 11, 2026-12-05); the default is ``fresh``.

DATA defaults to ../shared/data (the articles are read from its SaudiNewsNet corpus, or its
Fars News and Hamshahri corpora for ``--lang fa``). Each
article goes through ``khabar.process`` as ``events_dev.analyse`` runs it; every PER and ORG
entity is mapped back to the article's text (``Doc.raw_span``) and compared with the gold:

- exact: same type and same span (for persons, the full name as written);
- overlap: same type and overlapping spans, each gold and predicted mention used once;
- a prediction overlapping an ``ignore`` span of the gold (title-only references, share
  buttons, page footers: see the labelling rules) is not counted either way.

The score is of what the output contract exports as ``entities``: names only (session 25
(2026-12-07), issue 5). The references, pronouns and role phrases resolved to a person
(entity sources ``pronoun`` and ``role``: «وی», «او», «رئیس جمهور») and Persian
governments named for their state (``government``: «دولت آمریکا»), which the pipeline
keeps as mentions for events and quotes but which the labelling rules never label (they
label the names of persons; a title-only reference is at most ignored), are exported
apart, in ``references``, and not scored. ``--with-references`` scores them too: the
default reading of every figure before session 25. ``--names-only`` (session 14
(2026-12-06): the names-only reading when it was not the default) is still accepted and
is now the default.

Headline entities (``Doc.title_entities``, session 15 (2026-12-06)) are counted too when
the headline was read from the record's text (their ``Doc.title_raw_span``): the gold
labels the headline line of a Hamshahri record like any other; a headline given apart from
the text (Fars News, SaudiNewsNet ``title``) has no offsets in it and is not scored.
``--body-only`` leaves them out, as every figure before session 15 did. So are the entities
of an Arabic article's masthead, dateline and byline lines (``Doc.header_entities``,
``khabar.entities.header.v1``, session 20 (2026-12-06)): the gold labels an outlet and a
writer there («عين اليوم – القاهرة», «حنان الحامدي – عين اليوم»); ``--body-only`` leaves
them out too.

Precision, recall and F1 per type and over both; ``-v`` prints each article's misses and
extras (read them only when the set is scored at the end of a session: it is held out).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from events_dev import analyse  # noqa: E402

from khabar.export.contract import is_reference  # noqa: E402

GOLD = ROOT / "bench" / "data" / "entities-fresh-ar.jsonl"
GOLDS = {"ar": GOLD, "fa": ROOT / "bench" / "data" / "entities-fresh-fa.jsonl"}
CORPORA = {"ar": ("saudinewsnet/saudinewsnet_shared.jsonl",),
           "fa": ("farsnews-sample/farsnews_shared.jsonl",
                  "hamshahri-sample/hamshahri_shared.jsonl")}
TYPES = ("PER", "ORG")
Span = tuple[str, int, int]


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def load_texts(data: Path, ids: set[str], lang: str = "ar") -> dict[str, dict[str, Any]]:
    found = {}
    for corpus in CORPORA[lang]:
        with (data / corpus).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record["id"] in ids:
                    found[record["id"]] = record
    return found


def predicted(article: dict[str, Any], ignore: list[tuple[int, int]],
              names_only: bool = True, body_only: bool = False) -> list[Span]:
    doc, _ = analyse(article)
    spans = [(e, doc.raw_span(e.start, e.end)) for e in doc.entities]
    if not body_only:
        spans += [(e, raw) for e in getattr(doc, "title_entities", [])
                  if (raw := doc.title_raw_span(e.start, e.end)) is not None]
        header_map = getattr(doc, "header_map", None)
        if header_map is not None:
            spans += [(e, header_map.span(e.start, e.end)) for e in doc.header_entities]
    out = []
    for e, (start, end) in spans:
        if e.type not in TYPES or (names_only and is_reference(e)):
            continue
        if not any(a < end and start < b for a, b in ignore):
            out.append((e.type, start, end))
    return sorted(set(out), key=lambda s: (s[1], s[2]))


def match(gold: list[Span], pred: list[Span], exact: bool) -> list[tuple[Span, Span]]:
    """One-to-one pairs of the same type: equal spans, or (not ``exact``) overlapping ones,
    equal spans paired first."""
    pairs, used = [], set()
    rest = []
    for g in gold:
        if g in pred and g not in used:
            pairs.append((g, g))
            used.add(g)
        else:
            rest.append(g)
    if not exact:
        for g in rest:
            for p in pred:
                if p not in used and p[0] == g[0] and p[1] < g[2] and g[1] < p[2]:
                    pairs.append((g, p))
                    used.add(p)
                    break
    return pairs


def prf(hits: int, npred: int, ngold: int) -> dict[str, float | int]:
    p = hits / npred if npred else 0.0
    r = hits / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "hits": hits,
            "pred": npred, "gold": ngold}


def score(data: Path, verbose: bool = False, lang: str = "ar",
          gold_path: Path | None = None, names_only: bool = True,
          body_only: bool = False) -> dict[str, Any]:
    gold = load_gold(gold_path or GOLDS[lang])
    texts = load_texts(data, {g["id"] for g in gold}, lang)
    counts = {(kind, t): [0, 0, 0] for kind in ("exact", "overlap") for t in (*TYPES, "all")}
    for item in gold:
        article = texts[item["id"]]
        ignore = [(i["start"], i["end"]) for i in item.get("ignore", [])]
        gold_spans = [(m["type"], m["start"], m["end"]) for m in item["mentions"]]
        pred = predicted(article, ignore, names_only, body_only)
        for kind in ("exact", "overlap"):
            pairs = match(gold_spans, pred, kind == "exact")
            for t in (*TYPES, "all"):
                row = counts[(kind, t)]
                row[0] += sum(1 for g, _ in pairs if t in ("all", g[0]))
                row[1] += sum(1 for p in pred if t in ("all", p[0]))
                row[2] += sum(1 for g in gold_spans if t in ("all", g[0]))
        if verbose:
            _show(article["text"], item["id"], gold_spans, pred)
    return {f"{kind}_{t}": prf(*counts[(kind, t)]) for kind, t in counts}


def _show(text: str, ident: str, gold: list[Span], pred: list[Span]) -> None:
    print(f"== {ident}")
    for g in gold:
        if g not in pred:
            print("  missed", g[0], text[g[1]:g[2]])
    for p in pred:
        if p not in gold:
            print("  extra ", p[0], text[p[1]:p[2]])


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("-")]
    label = argv[argv.index("--label") + 1] if "--label" in argv else "run"
    lang = argv[argv.index("--lang") + 1] if "--lang" in argv else "ar"
    out = Path(argv[argv.index("--json") + 1]) if "--json" in argv else None
    gold_set = argv[argv.index("--set") + 1] if "--set" in argv else "fresh"
    args = [a for a in args if a not in (label, lang, str(out), gold_set)]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "data"
    gold_path = ROOT / "bench" / "data" / f"entities-{gold_set}-{lang}.jsonl"
    result = score(data, "-v" in argv, lang, gold_path, "--with-references" not in argv,
                   "--body-only" in argv)
    for name, row in result.items():
        print(f"{name:12s} P {row['p']:.3f} R {row['r']:.3f} F1 {row['f1']:.3f} "
              f"({row['hits']} of {row['gold']} gold, {row['pred']} predicted)")
    if out is not None:
        runs = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
        runs[label] = result
        out.write_text(json.dumps(runs, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
