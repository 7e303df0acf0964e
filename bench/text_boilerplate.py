"""Boilerplate removal scored line by line on scraped-style Persian and Arabic articles.

The dev set is built, with a fixed seed, from real articles (title and paragraphs of
the Fars sample and SaudiNewsNet) wrapped in real site furniture (``bench/data/
furniture.tsv``): menu lines on top, an end marker, a "related" header followed by the
titles of other articles, and closing lines (comments, print, share, tags, copyright).
Every line's label is known by construction: furniture, or article (title and body).

A line counts as removed when ``khabar.clean.clean`` drops it for a reason other than
``header:*`` (the headline and dateline are kept aside as header, not thrown away).
Precision and recall are of furniture lines among removed lines; the recall is also given
for the furniture lines that are not phrases of ``resources/clean/boilerplate.tsv``
(related-article titles, unlisted closers), which the list cannot have known.

Each language is scored with two furniture tables: the dev table the cleaner was
developed on, and a held-out table (``bench/data/furniture_heldout.tsv``, other sites'
furniture written before the structural rules were studied) under
``heldout_furniture``, and a second held-out table (``bench/data/furniture_heldout2.tsv``,
written and committed before session 10's rules, never studied) under
``heldout2_furniture``, and a third (``bench/data/furniture_heldout3.tsv``, written in
session 12 (2026-12-05) apart from the cleaner's lists and code, other sites again) under
``heldout3_furniture``. ``corpus_body_check`` counts the lines the cleaner drops from
real article bodies of the shared corpora, as they are and wrapped as a page.

Each language is scored twice: article by article, and again after learning the lines
the articles repeat (``khabar.clean.repeated``), as if all came from one outlet whose
template is the furniture table. That second figure flatters the learner where the
table is small; it shows what learning adds, not what a real site would give.

    python bench/text_boilerplate.py --data ../shared/data [--articles 200] [--output FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

from khabar.clean.boilerplate import clean
from khabar.clean.patterns import furniture
from khabar.clean.repeated import RepeatedLines
from khabar.train.common import read_jsonl_texts

HERE = Path(__file__).resolve().parent
SOURCES = {
    "fa": "farsnews-sample/farsnews_shared.jsonl",
    "ar": "saudinewsnet/saudinewsnet_shared.jsonl",
}


def load_furniture(path: Path, half: str | None = None) -> dict[tuple[str, str], list[str]]:
    """The table's lines by (lang, where). A fourth column names the line's outlet; with
    ``half``, only the outlets a "# half X: a, b" comment line gives that half."""
    table: dict[tuple[str, str], list[str]] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    outlets = halves(lines).get(half, set()) if half else None
    for line in lines:
        if line.strip() and not line.startswith("#"):
            lang, where, text, *outlet = line.split("\t")
            if outlets is None or (outlet and outlet[0] in outlets):
                table.setdefault((lang, where), []).append(text)
    return table


def halves(lines: list[str]) -> dict[str, set[str]]:
    """The outlets of each half named in the table's "# half X: a, b" comment lines."""
    found = (re.fullmatch(r"#\s*half\s+(\w+):\s*(.*)", line) for line in lines)
    return {m[1]: {name.strip() for name in m[2].split(",")} for m in found if m}


def articles(data: Path, lang: str, count: int) -> list[tuple[str, list[str]]]:
    out = []
    for title, text in zip(
        read_jsonl_texts(data / SOURCES[lang], fields=("title",)),
        read_jsonl_texts(data / SOURCES[lang], fields=("text",)),
        strict=False,
    ):
        paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
        if title and paragraphs:
            out.append((title.strip(), paragraphs))
        if len(out) >= count * 2:
            break
    return out


def build(lang: str, items: list[tuple[str, list[str]]], furniture_lines: dict,
          rng: random.Random) -> list[tuple[str, list[tuple[str, bool]]]]:
    """Documents as (raw, [(line, is_furniture)])."""
    docs = []
    half = len(items) // 2
    for (title, paragraphs), (_, _) in zip(items[:half], items[half:], strict=False):
        lines: list[tuple[str, bool]] = []
        for text in rng.sample(furniture_lines[(lang, "top")], rng.randint(0, 2)):
            lines.append((text, True))
        lines.append((title, False))
        # bylines, datelines and widgets under the headline, a "read also" link or a
        # caption between paragraphs: only tables that have them draw for them
        if furniture_lines.get((lang, "head")) and rng.random() < 0.7:
            head = furniture_lines[(lang, "head")]
            lines.extend((text, True) for text in rng.sample(head, rng.randint(1, 2)))
        body = [(p, False) for p in paragraphs]
        if furniture_lines.get((lang, "inline")) and len(body) > 1 and rng.random() < 0.5:
            at = rng.randint(1, len(body) - 1)
            body.insert(at, (rng.choice(furniture_lines[(lang, "inline")]), True))
        lines.extend(body)
        if rng.random() < 0.7:
            lines.append((rng.choice(furniture_lines[(lang, "end")]), True))
        if rng.random() < 0.6:
            lines.append((rng.choice(furniture_lines[(lang, "related")]), True))
            for other_title, _ in rng.sample(items[half:], 3):
                lines.append((other_title, True))
        for text in rng.sample(furniture_lines[(lang, "tail")], rng.randint(0, 4)):
            lines.append((text, True))
        docs.append(("\n".join(text for text, _ in lines), lines))
    return docs


def score(
    docs: list[tuple[str, list[tuple[str, bool]]]], learned: RepeatedLines | None = None,
    header_removes: bool = False,
) -> dict[str, float | int]:
    """With ``header_removes``, a furniture line the header took (a byline, a dateline
    under the headline) counts as removed: it is out of the body. An article line the
    header took (the headline) is never counted as removed."""
    tp = fp = fn = unlisted = unlisted_found = 0
    for raw, lines in docs:
        repeated = (lambda line: learned.is_furniture("outlet", line)) if learned else None
        cleaned = clean(raw, repeated=repeated)
        dropped = [(r.raw_start, r.raw_end) for r in cleaned.removed
                   if not r.reason.startswith("header:")]
        taken = [(r.raw_start, r.raw_end) for r in cleaned.removed
                 if header_removes and r.reason.startswith("header:")]
        at = 0
        for text, is_furniture in lines:
            start, end = at, at + len(text)
            at = end + 1
            removed = any(s <= start and end <= e for s, e in dropped) or (
                is_furniture and any(s <= start and end <= e for s, e in taken))
            tp += removed and is_furniture
            fp += removed and not is_furniture
            fn += is_furniture and not removed
            if is_furniture and furniture(text) is None:
                unlisted += 1
                unlisted_found += removed
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4),
            "recall_unlisted": round(unlisted_found / unlisted, 4) if unlisted else 0.0,
            "furniture_lines": tp + fn, "article_lines_removed": fp, "unlisted": unlisted}


CORPORA = {
    "farsnews": ("farsnews-sample/farsnews_shared.jsonl", "text"),
    "hamshahri": ("hamshahri-sample/hamshahri_shared.jsonl", "text"),
    "saudinewsnet": ("saudinewsnet/saudinewsnet_shared.jsonl", "text"),
    "urdu-geo-news": ("urdu-geo-news/urdu_geo_shared.jsonl", "text"),
}


#: Wrapped around a clean article to make it look like a dumped page, so that the rules
#: which wait for other furniture on the page (closing labels, contact lines) run too.
PAGE_TOP, PAGE_TAIL = "الرئيسية", "نظر شما"


def corpus_check(data: Path, count: int, as_page: bool) -> dict[str, dict[str, object]]:
    """Lines of real article bodies (no furniture added) the cleaner drops, by reason.

    The corpora's texts are article bodies, mostly without furniture, so what is
    dropped here (header lines aside) is an upper bound on body lines lost. With
    ``as_page`` each article gets one known furniture line above and below it, which
    are not counted."""
    report: dict[str, dict[str, object]] = {}
    for name, (path, field) in CORPORA.items():
        if not (data / path).exists():
            continue
        lines = 0
        reasons: Counter[str] = Counter()
        for number, text in enumerate(read_jsonl_texts(data / path, fields=(field,))):
            if number >= count:
                break
            lines += sum(1 for line in text.splitlines() if line.strip())
            raw = f"{PAGE_TOP}\n{text}\n{PAGE_TAIL}" if as_page else text
            for removed in clean(raw).removed:
                added = raw[removed.raw_start : removed.raw_end].strip() in (PAGE_TOP, PAGE_TAIL)
                if as_page and added:
                    continue
                if not removed.reason.startswith("header:") and removed.reason != "blank":
                    reasons[removed.reason] += 1
        report[name] = {"articles": min(number + 1, count), "lines": lines,
                        "removed": sum(reasons.values()), "by_reason": dict(reasons.most_common())}
    return report


def score_table(data: Path, table_path: Path, count: int, half: str | None = None,
                header_removes: bool = False) -> dict[str, dict[str, object]]:
    table = load_furniture(table_path, half)
    report: dict[str, dict[str, object]] = {}
    for lang in SOURCES:
        if (lang, "top") not in table:  # a table of one language's outlets only
            continue
        rng = random.Random(f"boilerplate-{lang}")
        docs = build(lang, articles(data, lang, count), table, rng)
        report[lang] = {"documents": len(docs), **score(docs, None, header_removes)}
        # every built article stands for one outlet: learn its repeated lines from all of
        # them (as an ingest of that outlet's folder would), then clean again
        learned = RepeatedLines.from_articles(("outlet", raw) for raw, _ in docs)
        report[lang]["with_repeated_lines_learned"] = score(docs, learned, header_removes)
    return report


HELDOUT = {"heldout_furniture": "furniture_heldout.tsv",
           "heldout2_furniture": "furniture_heldout2.tsv",
           "heldout3_furniture": "furniture_heldout3.tsv"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--articles", type=int, default=200, help="per language")
    parser.add_argument("--corpus-articles", type=int, default=1000,
                        help="articles per corpus for the body check")
    parser.add_argument("--output", type=Path, default=None)
    parser.add_argument("--table", type=Path, default=None,
                        help="score this furniture table only (its headline-area lines "
                        "count as removed when the header takes them)")
    parser.add_argument("--half", default=None, help="with --table: that half's outlets")
    parser.add_argument("--skip-corpus", action="store_true", help="no corpus body check")
    parser.add_argument("--skip-heldout", action="store_true", help="no held-out tables")
    args = parser.parse_args()
    if not all((args.data / path).exists() for path in SOURCES.values()):
        print(f"text_boilerplate: corpora not found under {args.data}; skipped (pass --data)")
        return
    if args.table is not None:
        print(json.dumps(score_table(args.data, args.table, args.articles, args.half, True),
                         ensure_ascii=False, indent=2))
        return
    report: dict[str, object] = dict(
        score_table(args.data, HERE / "data" / "furniture.tsv", args.articles))
    if not args.skip_heldout:
        for key, name in HELDOUT.items():
            report[key] = score_table(args.data, HERE / "data" / name, args.articles)
    if not args.skip_corpus:
        report["corpus_body_check"] = corpus_check(args.data, args.corpus_articles, False)
        report["corpus_body_check_as_page"] = corpus_check(
            args.data, args.corpus_articles, True)
    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(text)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
