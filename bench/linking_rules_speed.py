"""Speed of the rule stage's candidate passes (gazetteers, titles, given names) on shared
articles: the session-2 matcher, which tried every word of the text against every index,
against the current one, which first reads the words where a name may start from a
per-word cache (``PhraseIndex.start_positions``) and tries only those. Both run in the
same process on the same texts, alternately, and must give identical entities.

    python bench/linking_rules_speed.py --data ../shared/data \
        --output bench/linking_rules_speed.json
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any

from khabar.doc import Doc
from khabar.entities import stage, titles
from khabar.entities.gazetteer import Match, PhraseIndex, Word, words
from khabar.pipeline import Pipeline

CORPORA = ("farsnews-sample/farsnews_shared.jsonl", "saudinewsnet/saudinewsnet_shared.jsonl")
BEFORE_RULES = ("khabar.clean.lines.v1", "khabar.langid.script.v1",
                "khabar.normalize.chars.v1", "khabar.normalize.zwnj.v1",
                "khabar.text.sentences.v1")


def every_word(index: PhraseIndex, text: str, tokens: Sequence[Word],
               strip_clitics: bool = False) -> list[Match]:
    """The session-2 ``find_all``: ``match_at`` at every word."""
    found, i = [], 0
    while i < len(tokens):
        match = index.match_at(text, tokens, i, strip_clitics)
        if match is None:
            i += 1
        else:
            found.append(match)
            i = match.last + 1
    return found


def _every_word_titled(text: str, tokens: Sequence[Word]) -> list[titles.PersonHit]:
    hits, i = [], 0
    while i < len(tokens):
        chain = titles._title_chain(text, tokens, i)
        if chain is None or chain[2] >= len(tokens):
            i += 1
            continue
        role_start, role_end, j = chain
        name = titles.quoted_name(text, tokens, j) or titles.name_at(text, tokens, j,
                                                                      need_given=False)
        if name is not None:
            hits.append(titles.PersonHit(name, text[role_start:role_end], "title"))
            i = name.last + 1
        else:
            i = j
    return hits


def _every_word_given(text: str, tokens: Sequence[Word]) -> list[titles.PersonHit]:
    hits, i = [], 0
    while i < len(tokens):
        name = titles.name_at(text, tokens, i, need_given=True)
        if name is None:
            i += 1
            continue
        hits.append(titles.PersonHit(name, None, "given_name"))
        i = name.last + 1
    return hits


@contextmanager
def session_two_matcher():
    """Swap in the every-word loops for the duration of a block."""
    saved = (PhraseIndex.find_all, stage.titled_persons, stage.given_name_persons)
    PhraseIndex.find_all = every_word  # type: ignore[method-assign]
    stage.titled_persons, stage.given_name_persons = _every_word_titled, _every_word_given
    try:
        yield
    finally:
        PhraseIndex.find_all = saved[0]  # type: ignore[method-assign]
        stage.titled_persons, stage.given_name_persons = saved[1], saved[2]


def load(data: Path, per_corpus: int) -> list[tuple[str, list[Word], bool]]:
    pipeline = Pipeline(stages=BEFORE_RULES)
    docs = []
    for name in CORPORA:
        with (data / name).open(encoding="utf-8") as handle:
            for line in islice(handle, per_corpus):
                doc = pipeline(Doc(raw=json.loads(line)["text"]))
                docs.append((doc.text, words(doc.text), doc.lang in (None, "ar")))
    return docs


def _pass(docs: Sequence[tuple[str, list[Word], bool]]) -> tuple[float, list[Any]]:
    start = time.process_time()
    found = [stage.resolve_overlaps(stage.candidates(text, tokens, arabic))
             for text, tokens, arabic in docs]
    return time.process_time() - start, found


def run(data: Path, per_corpus: int, rounds: int) -> dict:
    docs = load(data, per_corpus)
    tokens = sum(len(t) for _, t, _ in docs)
    _pass(docs)  # build the indexes and fill the per-word caches once
    timings: dict[str, list[float]] = {"session2_every_word": [], "now_start_positions": []}
    outputs: dict[str, Any] = {}
    runners: dict[str, Callable[[], tuple[float, list[Any]]]] = {
        "session2_every_word": lambda: _with_old(docs), "now_start_positions": lambda: _pass(docs)}
    for _ in range(rounds):
        for name, runner in runners.items():
            seconds, outputs[name] = runner()
            timings[name].append(seconds)
    best = {name: min(times) for name, times in timings.items()}
    return {
        "articles": len(docs), "tokens": tokens,
        "cpu_seconds_best_of": rounds, "cpu_seconds": best,
        "tokens_per_cpu_second": {n: round(tokens / s) for n, s in best.items()},
        "speedup": round(best["session2_every_word"] / best["now_start_positions"], 2),
        "identical_entities": outputs["session2_every_word"] == outputs["now_start_positions"],
        "load_average": os.getloadavg(),
    }


def _with_old(docs: Sequence[tuple[str, list[Word], bool]]) -> tuple[float, list[Any]]:
    with session_two_matcher():
        return _pass(docs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--per-corpus", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()
    result = run(args.data, args.per_corpus, args.rounds)
    text = json.dumps(result, ensure_ascii=False, indent=1)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
