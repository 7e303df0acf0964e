"""Rebuild ``entities/common_words_ar.txt.gz``, the Arabic words that
``khabar.entities.arabic_kind_names`` takes for common words, never a body's name (issue 5,
session 17 (2026-12-06), engineer ent_ar_orgs).

Usage: ``python -m khabar.train.common_words_ar ANERCORP_TRAIN OUT``.

Every token that ANERcorp's training part (the tagger's training file, ``token TAG`` a line)
writes outside any entity ``MIN_COUNT`` times or more, and more often than inside one, folded
(``khabar.entities.words.fold_word``), sorted. Gzipped with no timestamp: a rebuild is
byte-identical.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from khabar.entities.words import fold_word
from khabar.train.common import write_word_list

MIN_COUNT = 2
HEADER = ("# Arabic common words: ANERcorp train (CAMeL Lab split, CC BY-SA 4.0; Benajiba et al. "
          "2007) tokens tagged O at least twice and more often than inside an entity, folded. "
          "Rebuild: python -m khabar.train.common_words_ar ANERCorp_train.txt OUT "
          "(khabar/train/common_words_ar.py); issue 5, session 17 (2026-12-06), engineer "
          "ent_ar_orgs.")


def build(path: Path) -> list[str]:
    inside: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            (outside if parts[-1] == "O" else inside)[fold_word(parts[0])] += 1
    return sorted(w for w, n in outside.items() if n >= MIN_COUNT and n > inside[w])


def main(argv: list[str]) -> None:
    source, out = (Path(a) for a in argv)
    write_word_list(out, HEADER, build(source))


if __name__ == "__main__":
    main(sys.argv[1:])
