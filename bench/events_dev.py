"""Event precision/recall on the development annotations (shared/data/events-dev).

    python bench/events_dev.py [DATA] [-v] [--gold DIR] [--gold-set NAME] [--half analysis|check]
                               [--json FILE] [--url | --as-ingested]

DATA defaults to ../shared/data; ``--gold DIR`` reads ``DIR/events-gold-{fa,ar}.jsonl``
(our own annotations, bench/data) instead of ``DATA/events-dev/{fa,ar}.jsonl``;
``--gold-set NAME`` reads ``DIR/events-gold-NAME-{fa,ar}.jsonl`` instead (DIR defaults to
bench/data; ``fresh``: session 10's fresh gold, EVENTS-GOLD.md); ``--half``
keeps the gold articles whose id ends in an even digit (``analysis``: errors were studied
there) or an odd one (``check``: left unstudied, an honest held-out figure).

Each annotated article is looked up in its corpus (farsnews, hamshahri, saudinewsnet),
analysed with ``khabar.process`` (or, while earlier stages are missing from the tree,
with a simple sentence split and the corpus date), and its events are matched one to
one with the gold events at four levels (events flagged ``hypothetical`` are left out: the
gold codes no conditional act, EVENT-CONVENTIONS.md):

- ``type``: same PLOVER type in the same article;
- ``type+evidence``: and a span the predicted event was told in (``Event.mentions``: its own
  and each retelling merged into it) overlaps the gold evidence;
- ``type+actor~``: and the actor agrees by country code or English name;
- ``type+actor+target~``: and actor and target agree by country code or English name
  (a null target matches only a null target) — lenient, since persons have no KB yet;
- ``type+actor+target``: and actor and target agree by English name (strict).

It also reports, per PLOVER type, P/R of type+actor+target (lenient), the quote-speaker
figures (gold ``quote_speakers`` are English names: a gold speaker is found when a quote's
speaker has that ``name_en``), and the time the event and quote stages take per article.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
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


WITH_URL = False
"""``--url``: pass each article's URL to khabar.process, as ingesting its JSON-lines record
does, so the outlet (and its country) is known (session 11 (2026-12-05)); without it the
figures stay comparable with earlier sessions', which gave only the date and title."""

AS_INGESTED = False
"""``--as-ingested``: pass every field of the corpus record that ``khabar ingest`` reads from a
JSON-lines record (``khabar.ingest.readers.JSONL_FIELDS``: the outlet's ``source`` and
``source_name`` too, which Hamshahri records carry where they have no URL), so the figures
are those of an ingested corpus (session 16 (2026-12-06))."""


def analyse(article: dict[str, Any]) -> tuple[Doc, str]:
    """The analysed article, without its hypothetical events: the gold codes no act told
    only under a condition, so scoring them would only count them as extras."""
    try:
        import khabar

        meta = {"date": article.get("date"), "title": article.get("title")}
        if WITH_URL:  # as `khabar ingest` reads a JSON-lines record: the outlet from the URL
            meta["url"] = article.get("url")
        if AS_INGESTED:
            from khabar.ingest.readers import JSONL_FIELDS

            meta = {key: article[key] for key in JSONL_FIELDS if article.get(key) is not None}
        doc, how = khabar.process(article["text"], meta=meta), "khabar.process"
    except (PipelineError, ImportError):
        doc, how = simple_doc(article), "simple split"
    doc.events = [e for e in doc.events if not getattr(e, "hypothetical", False)]
    return doc, how


def _same_name(gold: dict[str, Any] | None, pred: Participant | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return bool(pred.name_en) and pred.name_en.lower() == str(gold.get("name_en", "")).lower()


_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("sh", "s"), ("th", "t"), ("dh", "d"), ("ch", "c"))
_LETTERS = str.maketrans({"v": "f", "q": "k", "p": "b", "j": "j", "x": "ks"})


def skeleton(name: str) -> str:
    """Consonants of a Latin name, for comparing an English spelling with a letter-by-letter
    romanization of Arabic script, which writes no short vowels ("Sartaj Aziz" ~ "srtaj-'ziz")."""
    latin = re.sub(r"[^a-z]", "", name.lower())
    for digraph, letter in _DIGRAPHS:
        latin = latin.replace(digraph, letter)
    latin = re.sub(r"[aeiouwy]", "", latin.translate(_LETTERS))
    return re.sub(r"(.)\1+", r"\1", latin)


def same_person(name_en: str, text: str | None) -> bool:
    """An English gold name against an unlinked mention, by consonant skeleton (lenient)."""
    if not text or not name_en:
        return False
    from khabar.kb.romanize import romanize

    mention = romanize(text).split("-")
    gold = name_en.split()
    whole = skeleton("".join(gold)) == skeleton("".join(mention))
    last = skeleton(gold[-1])
    return whole or (len(last) >= 3 and last == skeleton(mention[-1]))


def _lenient(gold: dict[str, Any] | None, pred: Participant | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    same_country = gold.get("country") and gold.get("country") == pred.country
    return (bool(same_country) or _same_name(gold, pred)
            or (not pred.name_en and same_person(str(gold.get("name_en") or ""), pred.text)))


def _overlaps(gold: Gold, pred: Event, doc: Doc) -> bool:
    """Whether the gold evidence overlaps any span the predicted event was told in (its own
    and each retelling merged into it, ``Event.mentions``)."""
    spans = getattr(pred, "mentions", None) or [(pred.start, pred.end)]
    at = doc.text.find(gold["evidence"])
    if at < 0:  # normalization changed the characters; compare in raw offsets instead
        at = doc.raw.find(gold["evidence"])
        spans = [doc.raw_span(start, end) for start, end in spans]
    return at >= 0 and any(start < at + len(gold["evidence"]) and at < end
                           for start, end in spans)


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


def gold_file(data: Path, lang: str, gold: Path | None, gold_set: str | None = None) -> Path:
    if gold_set:
        return (gold or ROOT / "bench" / "data") / f"events-gold-{gold_set}-{lang}.jsonl"
    return gold / f"events-gold-{lang}.jsonl" if gold else data / "events-dev" / f"{lang}.jsonl"


Counts = dict[str, tuple[int, int, int]]


def _add(totals: Counts, key: str, m: int, g: int, p: int) -> None:
    a, b, c = totals.get(key, (0, 0, 0))
    totals[key] = (a + m, b + g, c + p)


def per_type(totals: Counts, gold: list[Gold], pred: list[Event], doc: Doc) -> None:
    match = LEVELS["type+actor+target~"]
    for kind in {g["type"] for g in gold} | {p.type for p in pred}:
        g_of = [g for g in gold if g["type"] == kind]
        p_of = [p for p in pred if p.type == kind]
        _add(totals, kind, matched(g_of, p_of, doc, match), len(g_of), len(p_of))


def speakers(totals: Counts, gold: list[str], doc: Doc) -> None:
    """(gold speakers found, gold speakers, predicted distinct named speakers)."""
    named = {q.speaker.name_en.lower() for q in doc.quotes if q.speaker and q.speaker.name_en}
    wanted = {name.lower() for name in gold}
    _add(totals, "speaker", len(wanted & named), len(wanted), len(named))
    said = [q.speaker for q in doc.quotes if q.speaker]
    found = sum(1 for name in gold if any(
        (p.name_en or "").lower() == name.lower() or same_person(name, p.text) for p in said))
    texts = {p.name_en or p.text for p in said}
    right = sum(1 for p in said if any((p.name_en or "").lower() == n.lower()
                                       or same_person(n, p.text) for n in gold))
    _add(totals, "speaker~", found, len(wanted), len(texts))
    _add(totals, "quotes whose speaker is a gold speaker~", right, 0, len(said))
    linked = sum(1 for q in doc.quotes if q.speaker and q.speaker.kb_id)
    _add(totals, "quotes with a KB-linked speaker", linked, 0, len(doc.quotes))


def stage_seconds(doc: Doc, repeat: int = 3) -> tuple[float, float]:
    """Seconds per run of the event and the quote stage on an analysed document."""
    from khabar.events.quotes import find_quotes

    started = time.perf_counter()
    for _ in range(repeat):
        find_events(doc)
    events = (time.perf_counter() - started) / repeat
    started = time.perf_counter()
    for _ in range(repeat):
        find_quotes(doc)
    return events, (time.perf_counter() - started) / repeat


def in_half(record_id: str, half: str | None) -> bool:
    """The gold set's halves by the parity of the id's last digit: even ids are the
    ``analysis`` half (errors studied), odd ids the ``check`` half (kept unstudied)."""
    if half is None:
        return True
    digits = [c for c in record_id if c.isdigit()]
    even = bool(digits) and int(digits[-1]) % 2 == 0
    return even if half == "analysis" else not even


def evaluate(data: Path, lang: str, verbose: bool, gold: Path | None = None,
             extra: dict[str, Counts] | None = None, half: str | None = None,
             gold_set: str | None = None) -> Counts:
    annotated = [r for r in records(gold_file(data, lang, gold, gold_set))
                 if in_half(r["id"], half)]
    wanted: dict[str, set[str]] = {}
    for r in annotated:
        wanted.setdefault(corpus_of(r["id"], r["corpus"]), set()).add(r["id"])
    articles = load_articles(data, wanted)
    totals = {level: (0, 0, 0) for level in LEVELS}
    extra = extra if extra is not None else {}
    types, quotes, speed = (extra.setdefault(k, {}) for k in ("types", "quotes", "speed"))
    for r in annotated:
        doc, how = analyse(articles[r["id"]])
        per_type(types, r["events"], doc.events, doc)
        speakers(quotes, r.get("quote_speakers", []), doc)
        events_s, quotes_s = stage_seconds(doc)
        chars = len(doc.text)
        _add(speed, "events", round(events_s * 1e6), chars, 1)
        _add(speed, "quotes", round(quotes_s * 1e6), chars, 1)
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


def report_extra(lang: str, extra: dict[str, Counts]) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    for kind, (m, g, p) in sorted(extra["types"].items()):
        print(f"{lang}  {kind:10s} type+actor+target~ P={m / p if p else 0:.2f} "
              f"R={m / g if g else 0:.2f}  (matched {m}, gold {g}, predicted {p})")
        figures[kind] = {"matched": m, "gold": g, "predicted": p}
    m, g, p = extra["quotes"].get("speaker", (0, 0, 0))
    print(f"{lang}  quote speakers: {m} of {g} gold speakers found by English name; "
          f"{p} distinct named speakers predicted")
    lm, lg, lp = extra["quotes"].get("speaker~", (0, 0, 0))
    print(f"{lang}  quote speakers~ (English name or consonant skeleton of the romanized "
          f"mention): {lm} of {lg} gold speakers found; {lp} distinct speakers predicted")
    right, _, said = extra["quotes"].get("quotes whose speaker is a gold speaker~", (0, 0, 0))
    print(f"{lang}  quote-speaker accuracy~: {right} of {said} attributed quotes "
          f"({right / said if said else 0:.2f}) name a gold speaker")
    linked, _, total = extra["quotes"].get("quotes with a KB-linked speaker", (0, 0, 0))
    print(f"{lang}  quotes with a KB-linked speaker: {linked} of {total}")
    for stage_name, (micros, chars, docs) in extra["speed"].items():
        print(f"{lang}  {stage_name} stage: {micros / docs / 1000:.2f} ms/article, "
              f"{chars / max(micros, 1) * 1e6 / 1000:.0f} k chars/s")
    figures["speaker"] = {"found": m, "gold": g, "predicted": p, "kb_linked": linked,
                          "quotes": total, "found~": lm, "attributed": said,
                          "attributed_to_gold~": right}
    return figures


def _option(argv: list[str], name: str) -> str | None:
    return argv[argv.index(name) + 1] if name in argv and argv.index(name) + 1 < len(argv) else None


def main(argv: list[str]) -> int:
    values = {_option(argv, name) for name in ("--gold", "--json", "--half", "--gold-set")}
    args = [a for a in argv if not a.startswith("-") and a not in values]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "data"
    gold = Path(g) if (g := _option(argv, "--gold")) else None
    gold_set = _option(argv, "--gold-set")
    global WITH_URL, AS_INGESTED
    WITH_URL = "--url" in argv
    AS_INGESTED = "--as-ingested" in argv
    results: dict[str, Any] = {}
    for lang in ("fa", "ar"):
        if not gold_file(data, lang, gold, gold_set).exists():
            continue
        extra: dict[str, Counts] = {}
        totals = evaluate(data, lang, "-v" in argv, gold, extra, _option(argv, "--half"),
                          gold_set)
        report(lang, totals)
        results[lang] = {"levels": {k: dict(zip(("matched", "gold", "predicted"), v, strict=True))
                                    for k, v in totals.items()},
                         "types": report_extra(lang, extra)}
    results["half"] = _option(argv, "--half")
    results["url"] = WITH_URL
    results["as_ingested"] = AS_INGESTED
    if gold_set:
        results["gold_set"] = gold_set
    results["loadavg_1min"] = round(os.getloadavg()[0], 2)  # stage timings ran under it
    if (out := _option(argv, "--json")) is not None:
        Path(out).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
