"""Rebuild ``entities/person_common_words_ar.txt.gz``, the Arabic words that
``khabar.entities.arabic_word_persons`` takes for common words, never a person's one-word name
(issue 5, session 18 (2026-12-06), engineer ent_ar_words).

Usage: ``python -m khabar.train.person_common_words_ar ANERCORP_TRAIN NEWSFANE_TRAIN
SAUDINEWSNET_JSONL EXCLUDED_IDS OUT``.

A word (folded, ``khabar.entities.words.fold_word``; letters only, three or more) is listed
when neither annotation of ANERcorp's newswire text tags it inside a person even once
(ANERcorp's ``PERS``, NewsFANE's person classes), SaudiNewsNet writes it ``MIN_DEFINITE``
times or more with the article «ال» (also behind «و», «ف», «ب», «ك», «ل»: «والشؤون»,
«للمشرف»), and either both annotations tag it outside any entity ``MIN_O`` times or more or
SaudiNewsNet writes it with the article at least as often as without («العروس», «الصيدلي»):
a noun or adjective of the language, not a name (a given name takes no article). Articles
whose id is in EXCLUDED_IDS (the ids under bench/data, tests and events-dev) are not
counted. Sorted, one a line, under a header, gzipped with no timestamp: a rebuild is
byte-identical.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from khabar.entities.words import fold_word
from khabar.text.arabic_article import ARTICLE_OPENING
from khabar.train.common import write_word_list

MIN_O = 2
MIN_DEFINITE = 5
FANE_PERSONS = frozenset({"Politician", "Athlete", "Artist", "Other_PER", "Religious_PER",
                          "Scientist", "Police", "Businessperson", "Lawyer", "Engineer"})
ARTICLE_STEM = re.compile(ARTICLE_OPENING + r"(\w{2,})$")
"""A corpus token as written with the article (``ARTICLE_OPENING``), its stem captured."""
HEADER = ("# Arabic words never a one-word person: never inside a person in ANERcorp train "
          "(Benajiba et al. 2007, CAMeL Lab split, CC BY-SA 4.0) or NewsFANE Gold train "
          "(Alotaibi & Lee 2014, CC BY-SA 3.0), written with the article at least 5 times in "
          "the shared SaudiNewsNet articles (bench, tests and events-dev ids left out), and "
          "tagged O at least twice by both or written with the article at least as often as "
          "without, folded. Rebuild: python -m "
          "khabar.train.person_common_words_ar ANERCorp_train_derived.txt "
          "NewsFANE_Gold_train.txt saudinewsnet_shared.jsonl EXCLUDED_IDS OUT; issue 5, "
          "session 18 (2026-12-06), engineer ent_ar_words.")


def _tagged(path: Path, person: object) -> tuple[Counter[str], set[str]]:
    outside: Counter[str] = Counter()
    persons: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.replace("\u200e", "").split()
        if len(parts) < 2:
            continue
        word, tag = fold_word(parts[0]), parts[-1]
        if tag == "O":
            outside[word] += 1
        elif callable(person) and person(tag.split("-", 1)[-1]):
            persons.add(word)
    return outside, persons


def article_counts(path: Path, excluded: set[str]) -> tuple[Counter[str], Counter[str]]:
    """How often SaudiNewsNet writes each word with the article, and how often without."""
    definite: Counter[str] = Counter()
    bare: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        if article["id"] in excluded:
            continue
        for token in re.findall(r"\w+", article.get("text", "")):
            match = ARTICLE_STEM.match(token)
            if match:
                definite[fold_word(match.group(1))] += 1
            else:
                bare[fold_word(token)] += 1
    return definite, bare


def build(anercorp: Path, fane: Path, news: Path, excluded: set[str]) -> list[str]:
    out_a, per_a = _tagged(anercorp, lambda t: t == "PERS")
    out_f, per_f = _tagged(fane, lambda t: t in FANE_PERSONS)
    definite, bare = article_counts(news, excluded)
    never_person = (w for w, n in definite.items() if n >= MIN_DEFINITE and len(w) > 2
                    and w.isalpha() and w not in per_a and w not in per_f)
    return sorted(w for w in never_person if definite[w] >= bare[w]
                  or (out_a[w] >= MIN_O and out_f[w] >= MIN_O))


def main(argv: list[str]) -> None:
    anercorp, fane, news, excluded, out = (Path(a) for a in argv)
    words = build(anercorp, fane, news, set(excluded.read_text(encoding="utf-8").split()))
    write_word_list(out, HEADER, words)


if __name__ == "__main__":
    main(sys.argv[1:])
