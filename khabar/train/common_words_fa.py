"""Rebuild ``entities/common_words_fa.txt.gz``, the Persian common words that
``khabar.entities.persian_word_persons`` reads (issue 5, session 17 (2026-12-06), engineer
ent_fa_fp).

Usage: ``python -m khabar.train.common_words_fa HAZM_WORDS_DAT ARMAN_TRAIN OUT``.

The words of hazm 0.10.0's ``data/words.dat`` (MIT) that hazm counts at least
``MIN_COUNT`` times with a part of speech, in hazm's order, less every word that ARMAN
``train_fold1`` (the tagger's training file) writes inside a person at least as often as
outside any entity («حسینی», «گوته», «مولانا», «استالین»: names that are also words), the
two compared folded (``khabar.entities.words.fold_word``). The
output is gzipped with no timestamp, so a rebuild is byte-identical.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from khabar.entities.words import fold_word
from khabar.train.common import write_word_list

MIN_COUNT = 20_000
"""hazm's count of a common word: «غواص» 46,132, «ژرمن» 99,105; names hazm lists bare have
count 0 («طالقانی», «رجایی»)."""
HEADER = ("# Persian common words (hazm 0.10.0 words.dat, MIT: count >= 20,000 with a part of "
          "speech), less the words ARMAN train_fold1 writes inside a person at least as often "
          "as outside any entity. Rebuild: python -m khabar.train.common_words_fa "
          "words.dat train_fold1.txt OUT (khabar/train/common_words_fa.py); issue 5, session 17 "
          "(2026-12-06), engineer ent_fa_fp.")


def hazm_common(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and parts[2] != "0" and int(parts[1]) >= MIN_COUNT:
            out.append(parts[0])
    return out


def arman_person_words(path: Path) -> set[str]:
    """Words ARMAN writes inside a person at least as often as outside any entity."""
    inside: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            word = parts[0].replace("\u200c", "")
            if parts[-1].endswith("pers"):
                inside[word] += 1
            elif parts[-1] == "O":
                outside[word] += 1
    return {w for w, n in inside.items() if n >= outside[w]}


def build(hazm: Path, arman: Path) -> list[str]:
    """hazm's common words less ARMAN's person words, the two compared folded (ARMAN's
    «طباطبائی» is hazm's «طباطبایی»)."""
    names = {fold_word(w) for w in arman_person_words(arman)}
    return [w for w in hazm_common(hazm) if fold_word(w) not in names]


def main(argv: list[str]) -> None:
    hazm, arman, out = (Path(a) for a in argv)
    write_word_list(out, HEADER, build(hazm, arman))


if __name__ == "__main__":
    main(sys.argv[1:])
