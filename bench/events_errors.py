"""Why events are missed or wrong: every gold miss and every extra prediction, by cause.

    python bench/events_errors.py [DATA] [--gold DIR] [--half analysis|check] [-v]
                                  [--json FILE]

Articles are analysed as in ``bench/events_dev.py`` and matched one to one at the lenient
type+actor+target level. Each gold event left unmatched gets one cause, checked in order:

- ``missed trigger``: no predicted event overlaps the gold evidence;
- ``wrong type``: predicted events overlap the evidence, none of the gold type;
- ``actor: entity missing``: the gold actor is nowhere among the article's entities (by
  English name, country or consonant skeleton of the mention);
- ``actor: no country``: the chosen actor is the right person but carries no country;
- ``actor: present, not chosen`` / ``actor: none chosen``;
- ``target: ...``: the same checks for the target, ``target: extra`` when the gold has none;
- ``flags``: type, actor and target right, but future/negated differ.

A prediction a gold miss was blamed on (it overlaps the gold evidence) is not counted
again; any other prediction left unmatched is ``extra: type in gold`` (a wrong participant or a
second record of a gold event) or ``extra: type not in gold``.

``--half`` keeps the articles whose id ends in an even digit (``analysis``: the half whose
errors were studied) or an odd one (``check``: kept for checking, not to be studied).
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events_dev import (
    LEVELS,
    ROOT,
    Gold,
    _lenient,
    _overlaps,
    analyse,
    corpus_of,
    gold_file,
    in_half,
    load_articles,
    records,
    same_person,
)

from khabar.doc import Doc, Entity, Event, Participant

MATCH = LEVELS["type+actor+target~"]


def _entity_matches(gold: dict[str, Any], entity: Entity) -> bool:
    name = str(gold.get("name_en") or "")
    return ((entity.name_en or "").lower() == name.lower() and bool(name)) or (
        bool(gold.get("country")) and entity.country == gold.get("country")
        and entity.type in ("PER", "ORG", "LOC")) or same_person(name, entity.text)


def _side(gold: dict[str, Any] | None, pred: Participant | None, doc: Doc, side: str) -> str:
    if gold is None:
        return f"{side}: extra"
    if pred is None:
        found = any(_entity_matches(gold, e) for e in doc.entities)
        return f"{side}: {'none chosen' if found else 'entity missing'}"
    if pred.country is None and same_person(str(gold.get("name_en") or ""), pred.text):
        return f"{side}: no country"
    if not any(_entity_matches(gold, e) for e in doc.entities):
        return f"{side}: entity missing"
    return f"{side}: present, not chosen"


def gold_cause(gold: Gold, free: list[Event], doc: Doc) -> tuple[str, Event | None]:
    """The cause of one unmatched gold event, and the prediction it was compared with."""
    near = [p for p in free if _overlaps(gold, p, doc)]
    if not near:
        same = [p for p in free if p.type == gold["type"]]
        return ("missed trigger", same[0] if same else None)
    typed = [p for p in near if p.type == gold["type"]]
    if not typed:
        return "wrong type", near[0]
    best = typed[0]
    if not _lenient(gold["actor"], best.actor):
        return _side(gold["actor"], best.actor, doc, "actor"), best
    if not _lenient(gold["target"], best.target):
        return _side(gold["target"], best.target, doc, "target"), best
    return "flags", best


def _describe(p: Participant | None) -> str | None:
    if p is None:
        return None
    return f"{p.text or p.name_en} [{p.name_en} {p.country}]"


def analyse_article(record: Gold, article: dict[str, Any], causes: Counter[str],
                    cases: list[dict[str, Any]]) -> None:
    doc, _ = analyse(article)
    free = list(doc.events)
    unmatched = []
    for gold in record["events"]:
        hit = next((p for p in free if MATCH(gold, p, doc)), None)
        if hit is None:
            unmatched.append(gold)
        else:
            free.remove(hit)
            causes["matched"] += 1
    for gold in unmatched:
        cause, pred = gold_cause(gold, free, doc)
        if pred is not None and cause != "missed trigger":
            free.remove(pred)  # the gold event's own record, wrong in one part: not an extra
        causes[cause] += 1
        cases.append({"id": record["id"], "cause": cause, "gold_type": gold["type"],
                      "gold_actor": gold["actor"], "gold_target": gold["target"],
                      "pred": _event_row(pred), "evidence": gold["evidence"][:160]})
    gold_types = {g["type"] for g in record["events"]}
    for pred in free:
        cause = "extra: type in gold" if pred.type in gold_types else "extra: type not in gold"
        causes[cause] += 1
        cases.append({"id": record["id"], "cause": cause, "pred": _event_row(pred)})


def _event_row(event: Event | None) -> dict[str, Any] | None:
    if event is None:
        return None
    return {"type": event.type, "trigger": event.trigger, "actor": _describe(event.actor),
            "target": _describe(event.target), "future": event.future}


def run(data: Path, lang: str, gold: Path | None, half: str | None
        ) -> tuple[Counter[str], list[dict[str, Any]]]:
    annotated = [r for r in records(gold_file(data, lang, gold)) if in_half(r["id"], half)]
    wanted: dict[str, set[str]] = {}
    for r in annotated:
        wanted.setdefault(corpus_of(r["id"], r["corpus"]), set()).add(r["id"])
    articles = load_articles(data, wanted)
    causes: Counter[str] = Counter()
    cases: list[dict[str, Any]] = []
    for r in annotated:
        analyse_article(r, articles[r["id"]], causes, cases)
    return causes, cases


def _option(argv: list[str], name: str) -> str | None:
    return argv[argv.index(name) + 1] if name in argv and argv.index(name) + 1 < len(argv) else None


def main(argv: list[str]) -> int:
    options = {n: _option(argv, n) for n in ("--gold", "--half", "--json")}
    args = [a for a in argv if not a.startswith("-") and a not in options.values()]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "data"
    gold = Path(options["--gold"]) if options["--gold"] else None
    results: dict[str, Any] = {"half": options["--half"]}
    for lang in ("fa", "ar"):
        if not gold_file(data, lang, gold).exists():
            continue
        causes, cases = run(data, lang, gold, options["--half"])
        print(f"== {lang}")
        for cause, count in causes.most_common():
            print(f"  {count:3d}  {cause}")
        if "-v" in argv:
            for case in cases:
                print("   ", json.dumps(case, ensure_ascii=False))
        results[lang] = {"causes": dict(causes.most_common()), "cases": cases}
    results["loadavg_1min"] = round(os.getloadavg()[0], 2)
    if options["--json"]:
        Path(options["--json"]).write_text(json.dumps(results, ensure_ascii=False, indent=1)
                                           + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
