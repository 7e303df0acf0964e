"""At which step of the event stage each gold event of a studied set is lost.

    python bench/events_loss_stages.py [DATA] [--gold DIR] [--gold-set NAME] [--lang fa|ar]
                                       [-v]

Articles are analysed as in ``bench/events_dev.py`` while the steps of
``khabar.events.stage.find_events`` are watched (``find_triggers``, ``build_event``,
``main_events``). A gold event is placed at the last step where something of its type still
overlaps its evidence (the lenient type+evidence reading: parties are not compared):

- ``kept``: an output event of its type was told there (its own span or a merged retelling);
- ``dropped in selection``: a draft reached ``main_events`` (headline preference, the
  off-headline bar, the cap of 4) and was not kept;
- ``draft dropped before selection``: a draft was built but merged away or dropped by the
  confidence floor, the partyless or one-sided checks;
- ``hit without draft``: a trigger of its type matched but the hit was filtered (a quote, an
  other sense, a wish, ...) or built no draft (no visitor, a thing as object, ...);
- ``hit of another type only``: only triggers of other types matched there;
- ``no trigger hit``: the lexicon matched nothing in the evidence (a trigger gap).

Session 23 (2026-12-07), engineer events_fa3: ``--gold-set`` takes the studied sets only
(study2..study6; never a held-out one).

Session 24 (2026-12-07), engineer events_sel: with ``-v`` a gold event lost in or before
selection is printed with the rule that dropped its draft (``events_loss_reasons``: the
off-headline bar or share, the cap; the confidence floor, no party named, ...).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events_dev import ROOT, analyse, corpus_of, gold_file, load_articles, records
from events_loss_reasons import draft_reason, selection_reason

import khabar.events.stage as stage
from khabar.doc import Doc, Event

WATCHED = ("find_triggers", "build_event", "merge", "main_events")
STEPS = ("kept", "dropped in selection", "draft dropped before selection", "hit without draft",
         "hit of another type only", "no trigger hit", "evidence not in text")
HELD_OUT_MARK = "fresh"
"""Held-out set names hold this; the tool refuses them (they are scored for totals only)."""

calls: dict[str, list[tuple[tuple[Any, ...], Any]]] = {}


@contextmanager
def watching(names: tuple[str, ...] = WATCHED) -> Iterator[None]:
    """The steps of ``khabar.events.stage`` record their calls in ``calls`` while inside;
    the originals are put back on leaving: a process that runs the tool (a test session)
    goes on analysing with the stage as it is, not recording every call from then on."""
    originals = {name: getattr(stage, name) for name in names}
    for name, original in originals.items():
        setattr(stage, name, _recorded(name, original))
    try:
        yield
    finally:
        for name, original in originals.items():
            setattr(stage, name, original)


def _recorded(name: str, original: Any) -> Any:
    def watched(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        calls.setdefault(name, []).append((args, result))
        return result

    return watched


def _overlaps(doc: Doc, evidence: str, start: int, end: int) -> bool:
    at = doc.raw.find(evidence)
    raw_start, raw_end = doc.raw_span(start, end)
    return at >= 0 and raw_start < at + len(evidence) and at < raw_end


def _spans(event: Event) -> list[tuple[int, int]]:
    """The spans an output event was told in: its own and each retelling merged into it."""
    return getattr(event, "mentions", None) or [(event.start, event.end)]


def step_of(doc: Doc, gold: dict[str, Any]) -> str:
    """The last step where something of the gold event's type overlaps its evidence."""
    kind, evidence = gold["type"], gold["evidence"]
    if doc.raw.find(evidence) < 0:
        return "evidence not in text"

    def drafts_at(name: str, selected: bool) -> bool:
        found = [d for args, kept in calls.get(name, [])
                 for d in ((kept if selected else args[0]) if name == "main_events" else [kept])]
        return any(d.event.type == kind and _overlaps(doc, evidence, d.event.start, d.event.end)
                   for d in found)

    told = any(e.type == kind and any(_overlaps(doc, evidence, s, t) for s, t in _spans(e))
               for e in doc.events)
    # a title's hits carry the title's offsets: only the body's sentences are compared
    hits = [h for args, found in calls.get("find_triggers", []) if args[0] == doc.text
            for h in found]
    if told or drafts_at("main_events", True):
        return "kept"
    if drafts_at("main_events", False):
        return "dropped in selection"
    if drafts_at("build_event", False):
        return "draft dropped before selection"
    overlapping = [h for h in hits if _overlaps(doc, evidence, h.start, h.end)]
    if any(h.trigger.type == kind for h in overlapping):
        return "hit without draft"
    return "hit of another type only" if overlapping else "no trigger hit"


def reason_of(doc: Doc, gold: dict[str, Any], step: str) -> str:
    """The rule that dropped the gold event's draft, for the two steps of dropped drafts."""
    kind, evidence = gold["type"], gold["evidence"]

    def overlaps(start: int, end: int) -> bool:
        return _overlaps(doc, evidence, start, end)

    if step == "dropped in selection":
        for (drafts, headline, _, lang), kept in calls.get("main_events", []):
            lost = [d for d in drafts if d.event.type == kind
                    and overlaps(d.event.start, d.event.end) and not any(k is d for k in kept)]
            if lost:
                return selection_reason(drafts, headline, lang, lost[0])
    if step == "draft dropped before selection":
        merging = [d for (given,), _ in calls.get("merge", []) for d in given]
        merged = [d for _, found in calls.get("merge", []) for d in found]
        built = [d for _, d in calls.get("build_event", [])
                 if d.event.type == kind and overlaps(d.event.start, d.event.end)]
        if built:
            return draft_reason(built[0], merging, merged, doc.lang or "", overlaps)
    return ""


def _option(argv: list[str], name: str) -> str | None:
    return argv[argv.index(name) + 1] if name in argv and argv.index(name) + 1 < len(argv) else None


def main(argv: list[str]) -> int:
    gold_set, gold_dir = _option(argv, "--gold-set"), _option(argv, "--gold")
    if gold_set and HELD_OUT_MARK in gold_set:
        print("held-out sets are scored for totals only (bench/events_dev.py)", file=sys.stderr)
        return 2
    options = {gold_set, gold_dir, _option(argv, "--lang")}
    args = [a for a in argv if not a.startswith("-") and a not in options]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "data"
    with watching():
        for lang in [_option(argv, "--lang")] if "--lang" in argv else ["fa", "ar"]:
            _tally_set(data, str(lang), Path(gold_dir) if gold_dir else None, gold_set,
                       "-v" in argv)
    calls.clear()
    return 0


def _tally_set(data: Path, lang: str, gold_dir: Path | None, gold_set: str | None,
               verbose: bool) -> None:
    """Prints how many gold events of one language's file are lost at each step."""
    path = gold_file(data, lang, gold_dir, gold_set)
    if not path.exists():
        return
    annotated = list(records(path))
    wanted: dict[str, set[str]] = {}
    for r in annotated:
        wanted.setdefault(corpus_of(r["id"], r["corpus"]), set()).add(r["id"])
    articles = load_articles(data, wanted)
    tally: Counter[str] = Counter()
    for r in annotated:
        calls.clear()
        doc, _ = analyse(articles[r["id"]])
        for gold in r["events"]:
            step = step_of(doc, gold)
            tally[step] += 1
            if verbose and step != "kept":
                why = reason_of(doc, gold, step)
                print(json.dumps([r["id"], gold["type"], step, gold["evidence"][:100]]
                                 + ([why] if why else []), ensure_ascii=False))
    print(f"== {lang} {path.name}: " + ", ".join(f"{s} {tally[s]}" for s in STEPS if tally[s]))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
