"""Quote and speaker figures on hand-annotated quotes (bench/data/quotes-gold-{fa,ar}.jsonl).

    python bench/quotes_dev.py [DATA] [--gold DIR] [--half analysis|check]
                               [--fresh|--fresh2|--set NAME] [--json FILE] [-v]
                               [--last-word-surnames]

DATA defaults to ../shared/data (the articles are read from its corpora); ``--gold DIR``
holds ``quotes-gold-{fa,ar}.jsonl`` (default bench/data; how they were made is in
bench/data/QUOTES-GOLD.md) and, for the session-2 figure, ``events-gold-{fa,ar}.jsonl``.
``--half`` scores only the gold articles whose id ends in an even (``analysis``: studied)
or odd (``check``: held out from study) digit, as ``events_dev.py`` splits its gold.
``--fresh`` scores ``quotes-gold-fresh-{fa,ar}.jsonl`` instead (session 7's drawn articles,
never studied; no halves and no session-2 figure there); ``--fresh2`` scores
``quotes-gold-fresh2-{fa,ar}.jsonl`` the same way (session 10's second draw, labelled
before khabar was run on it and scored only at the end of that session); ``--set NAME``
scores ``quotes-gold-NAME-{fa,ar}.jsonl`` the same way (``--set fresh3``: session 13's third
draw, held out; ``--set fresh2`` is ``--fresh2``). A language whose gold file is missing is
skipped (session 16 (2026-12-06): ``--set study2`` has Arabic only).
The quote gold lists every quote of each article: a short ``evidence`` excerpt of the
quoted words, the speaker's English name (null for an unnamed one: "officials",
"sources") and the speaker as the article writes them (``speaker_text``).

Reported:

- quote spans: a predicted quote finds a gold quote when its text holds the gold excerpt
  (both folded, spaces and ZWNJ ignored); precision over predicted quotes, recall over gold;
- speaker accuracy: of the gold quotes with a named speaker, those found with the right
  speaker (and the same among the found ones only), also for each half of the articles
  (``analysis``: id ending in an even digit, studied while writing the rules; ``check``:
  odd, held out). A speaker is right by KB id when both
  the system's speaker and the gold name link to the KB, else by surname: the gold English
  surname against the system's English name, or the gold surname in the article's script
  against the words of the system's speaker mention (folded, "ال" dropped), or the whole
  written name the same but for spaces, ZWNJ and no-break spaces (session 15 (2026-12-06));
  a name whose first English word is a family name of a surname-first naming (Korean,
  Chinese, Vietnamese: ``bench/data/surname_first_families.txt``, "Jung Ho-sub", «يونج هو
  سوب») has its first word as a surname too (session 24 (2026-12-07); ``--last-word-surnames``
  scores with the last word only, as before);
- error categories for each gold quote: missed (direct / reported), no speaker, pronoun or
  role left unresolved, another speaker;
- the quote stage's CPU time per article (``find_quotes`` on the analysed document);
- the session-2 figure (attributed quotes that name a gold speaker of the article, over the
  articles of events-dev and our events gold), with the old matcher and with this one.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from events_dev import analyse, in_half, load_articles, same_person  # noqa: E402

from khabar.doc import Doc, Participant  # noqa: E402
from khabar.events.quotes import find_quotes  # noqa: E402
from khabar.kb.entries import load_kb  # noqa: E402
from khabar.normalize.fold import fold  # noqa: E402

Gold = dict[str, Any]
_IGNORED = re.compile(r"[\s\u200c\u200d\u00a0]+")
TIMING_RUNS = 3
_PRONOUNS = frozenset({"وی", "او", "ایشان", "هو", "هی", "انه", "انها"})


def key(text: str) -> str:
    """Text compared without spaces or ZWNJ, after folding (ي/ی, ك/ک, hamza forms)."""
    return _IGNORED.sub("", fold(text))


def words(text: str) -> list[str]:
    out = []
    for word in fold(text).split():
        word = word.strip("«»\"'“”():،,.")
        out.append(word[2:] if word.startswith("ال") and len(word) > 4 else word)
    return [w for w in out if w]


def corpus_of(record_id: str) -> str:
    if record_id.startswith("HAM"):
        return "hamshahri"
    return "farsnews" if record_id.startswith("farsnews") else "saudinewsnet"


def records(path: Path) -> Iterator[Gold]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def kb_ids(name_en: str | None) -> set[str]:
    if not name_en:
        return set()
    return {e.id for e in load_kb().named(name_en)}


SURNAME_FIRST_FAMILIES = ROOT / "bench" / "data" / "surname_first_families.txt"
LAST_WORD_SURNAMES = False
"""Set by ``--last-word-surnames``: the scorer before session 24, whose surname is always
the name's last word (to report a set under both scorers)."""


@lru_cache(maxsize=1)
def surname_first_families() -> frozenset[str]:
    """Family names (Latin letters, lower case) of namings that put the family name first."""
    lines = SURNAME_FIRST_FAMILIES.read_text(encoding="utf-8").splitlines()
    return frozenset(_latin_word(line) for line in lines if line.strip()
                     and not line.startswith("#"))


def _latin_word(word: str) -> str:
    return re.sub(r"[^a-z]", "", word.lower())


def surname_positions(name_en: str) -> tuple[int, ...]:
    """Which words of a gold English name may be its surname: the last; also the first
    when it is a family name of a surname-first naming ("Jung Ho-sub": Jung), so a mention
    by family name («يونج») is right as a Western surname is."""
    parts = name_en.split()
    if len(parts) > 1 and not LAST_WORD_SURNAMES \
            and _latin_word(parts[0]) in surname_first_families():
        return (0, -1)
    return (-1,)


def _latin_surname(name: str | None) -> str:
    if not name:
        return ""
    return _latin_word(name.split()[-1])


def right_speaker(gold: Gold, pred: Participant | None) -> bool:
    """KB id when both sides link, else the surname in either script."""
    if pred is None or not gold.get("speaker_en"):
        return False
    ids = kb_ids(gold["speaker_en"])
    if ids and pred.kb_id:
        return pred.kb_id in ids
    latin = gold["speaker_en"].split()
    positions = surname_positions(gold["speaker_en"])
    predicted = _latin_surname(pred.name_en)
    if predicted and any(_latin_word(latin[at]) == predicted for at in positions):
        return True
    native = words(gold.get("speaker_text") or "")
    if native and pred.text and key(gold["speaker_text"]) == key(pred.text):
        return True  # the same written name, a space read as ZWNJ («علي آبادي», «علی‌آبادی»)
    if not native or pred.text in _PRONOUNS:
        return False
    mention = words(pred.text or "")
    # The gold writes the name without titles, in the order of the English one: a
    # surname-first name opens with its family name («يونج هو سوب», "Jung Ho-sub").
    return any(native[at] in mention for at in positions)


def category(gold: Gold, found: Participant | bool | None) -> str:
    if found is False:
        return "missed direct quote" if gold.get("direct") else "missed reported speech"
    if found is None or found is True:
        return "no speaker"
    if right_speaker(gold, found):
        return "right"
    if not found.name_en and not found.kb_id and fold(found.text or "") in _PRONOUNS:
        return "pronoun left unresolved"
    return "another speaker"


def match_article(gold: list[Gold], doc: Doc) -> tuple[list[Participant | bool | None], int]:
    """For each gold quote, the speaker of the predicted quote holding it (False: none
    holds it); and how many predicted quotes hold some gold quote."""
    keys = [key(q.text) for q in doc.quotes]
    found: list[Participant | bool | None] = []
    hit = [False] * len(doc.quotes)
    for g in gold:
        excerpt = key(g["evidence"])
        at = next((i for i, k in enumerate(keys) if excerpt in k), None)
        if at is None:
            found.append(False)
            continue
        hit[at] = True
        found.append(doc.quotes[at].speaker)
    return found, sum(hit)


def evaluate_quotes(data: Path, gold_dir: Path, lang: str, verbose: bool,
                    half: str | None = None, name: str = "quotes-gold") -> dict[str, Any]:
    annotated = [r for r in records(gold_dir / f"{name}-{lang}.jsonl")
                 if in_half(r["id"], half)]
    articles = _articles(data, [r["id"] for r in annotated])
    counts: Counter[str] = Counter()
    for record in annotated:
        doc, _ = analyse(articles[record["id"]])
        started = time.process_time()  # CPU time: the machine is shared and loaded
        for _ in range(TIMING_RUNS):
            find_quotes(doc)
        counts["quote stage µs"] += round((time.process_time() - started) / TIMING_RUNS * 1e6)
        counts["articles"] += 1
        found, hits = match_article(record["quotes"], doc)
        counts["gold"] += len(record["quotes"])
        counts["predicted"] += len(doc.quotes)
        counts["predicted holding a gold quote"] += hits
        for g, speaker in zip(record["quotes"], found, strict=True):
            counts["found"] += speaker is not False
            if not g.get("speaker_en"):
                counts["unnamed gold speaker"] += 1
                counts["unnamed: given a named speaker"] += isinstance(speaker, Participant) \
                    and bool(speaker.kb_id or speaker.name_en)
                continue
            counts["named gold speaker"] += 1
            kind = category(g, speaker)
            counts[f"error: {kind}" if kind != "right" else "right speaker"] += 1
            studied = "analysis" if in_half(record["id"], "analysis") else "check"
            counts[f"{studied}: named gold speaker"] += 1
            counts[f"{studied}: right speaker"] += kind == "right"
            counts["named, found"] += speaker is not False
            if verbose and kind != "right":
                said = speaker.text if isinstance(speaker, Participant) else speaker
                print(f"  {record['id']}: {kind}: gold {g['speaker_en']}, got {said!r}"
                      f" — {g['evidence'][:40]}")
    return _figures(counts)


def _figures(counts: Counter[str]) -> dict[str, Any]:
    def ratio(a: int, b: int) -> float:
        return round(a / b, 3) if b else 0.0

    return {
        "span_precision": ratio(counts["predicted holding a gold quote"], counts["predicted"]),
        "span_recall": ratio(counts["found"], counts["gold"]),
        "speaker_accuracy": ratio(counts["right speaker"], counts["named gold speaker"]),
        "speaker_accuracy_of_found": ratio(counts["right speaker"], counts["named, found"]),
        "speaker_accuracy_by_half": {
            half: ratio(counts[f"{half}: right speaker"], counts[f"{half}: named gold speaker"])
            for half in ("analysis", "check")},
        "quote_stage_cpu_ms_per_article": round(counts["quote stage µs"] / 1000
                                            / max(counts["articles"], 1), 2),
        "counts": dict(sorted(counts.items())),
    }


def _articles(data: Path, ids: list[str]) -> dict[str, dict[str, Any]]:
    wanted: dict[str, set[str]] = {}
    for record_id in ids:
        wanted.setdefault(corpus_of(record_id), set()).add(record_id)
    return load_articles(data, wanted)


def legacy(data: Path, path: Path, half: str | None = None) -> dict[str, int]:
    """Session 2's figure: attributed quotes that name one of the article's gold speakers
    (``quote_speakers``, English names), with the old matcher (English name or consonant
    skeleton of the romanized mention) and with the KB-id-or-surname one."""
    annotated = [r for r in records(path) if in_half(r["id"], half)]
    articles = _articles(data, [r["id"] for r in annotated])
    out = Counter[str]()
    for record in annotated:
        doc, _ = analyse(articles[record["id"]])
        names = record.get("quote_speakers") or []
        for quote in doc.quotes:
            if quote.speaker is None:
                continue
            p = quote.speaker
            out["attributed"] += 1
            out["old matcher"] += any((p.name_en or "").lower() == n.lower()
                                      or same_person(n, p.text) for n in names)
            out["new matcher"] += any(right_speaker({"speaker_en": n}, p)
                                      or (not p.kb_id and same_person(n, p.text))
                                      for n in names)
    return dict(out)


def _option(argv: list[str], name: str) -> str | None:
    return argv[argv.index(name) + 1] if name in argv and argv.index(name) + 1 < len(argv) else None


def main(argv: list[str]) -> int:
    global LAST_WORD_SURNAMES
    LAST_WORD_SURNAMES = "--last-word-surnames" in argv
    half = _option(argv, "--half")
    gold_set = _option(argv, "--set")
    values = {_option(argv, "--gold"), _option(argv, "--json"), half, gold_set}
    args = [a for a in argv if not a.startswith("-") and a not in values]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "data"
    gold_dir = Path(_option(argv, "--gold") or ROOT / "bench" / "data")
    fresh = "--fresh" in argv or "--fresh2" in argv or gold_set is not None
    name = f"quotes-gold-{gold_set}" if gold_set else "quotes-gold-fresh2" if "--fresh2" in argv \
        else "quotes-gold-fresh" if fresh else "quotes-gold"
    results: dict[str, Any] = {}
    for lang in ("fa", "ar"):
        if not (gold_dir / f"{name}-{lang}.jsonl").exists():
            print(lang, "no gold file: skipped")  # a set of one language (study2: ar only)
            continue
        figures = evaluate_quotes(data, gold_dir, lang, "-v" in argv, half, name)
        if fresh:
            del figures["speaker_accuracy_by_half"]  # the halves split the dev gold only
        else:
            figures["session2_measure"] = {
                "events-dev": legacy(data, data / "events-dev" / f"{lang}.jsonl", half),
                "events-gold": legacy(data, gold_dir / f"events-gold-{lang}.jsonl", half),
            }
        results[lang] = figures
        print(lang, json.dumps(figures, ensure_ascii=False))
    results["half"] = half
    results["gold"] = name.removeprefix("quotes-gold-") if fresh else "dev"
    results["loadavg_1min"] = round(os.getloadavg()[0], 2)
    if (out := _option(argv, "--json")) is not None:
        Path(out).write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
