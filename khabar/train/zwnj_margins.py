"""Training of the margins by which a space between two counted words is joined, for ZWNJ
repair (``khabar.normalize.zwnj_pairs.rule_joins_pair``).

The repair joins a pair the corpus has written when the count of its joined sightings
less its spaced ones passes a margin, one for each class of what the pair's form
suggests (``zwnj_pairs.CUE_CLASSES``). By hand the margins were ±2.5 (``PAIR_PRIOR``);
here they are learned from the spaced copies of the training articles, each article's
own sightings left out of the counts (``khabar.train.zwnj_model`` gathers the examples):
each margin in turn is moved to where the F1 over every space of those copies is best,
the other margins and the rest of the repair held (the unseen pairs scored by the form
rule), until no margin moves. The F1 is best where a space is joined once a ZWNJ is
likelier there than about half the F1 (0.42 on the Fars training text), below an even
chance: the learned margins join more than the hand-set ones.

A margin is only ever lowered from the hand-set one, never raised. Raised, the margin of
the pairs hazm lists as one word (-2.5 to -1.5 on the Fars text) copies Fars's habit of
spacing compounds that standard spelling joins: in a draw of 150 Hamshahri and 150 Fars
articles (``random.Random(2020)``, session 20) it split 34 such pairs, 27 of them wrongly
by hand ("تعیین‌کننده", "کمک‌هزینه", "تصفیه‌خانه").

Written to ``pair_margins.tsv`` beside the lexicon (``class<TAB>margin``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from khabar.normalize.zwnj_lexicon import Lexicon
from khabar.normalize.zwnj_pairs import CUE_CLASSES, HAND_MARGINS, cue_class

#: The margins tried: half-integers, so a count difference is never on the margin.
GRID = tuple(step + 0.5 for step in range(-10, 10))
#: Rounds of moving each margin in turn (they settle in two on the Fars training text).
ROUNDS = 4

#: (cue class, joined - spaced) -> [spaces that were ZWNJs, spaces that were spaces]
Table = dict[tuple[str, int], list[int]]


def margin_table(counted: Iterable[tuple[str, str, int, int, bool]], lex: Lexicon) -> Table:
    """The counted examples (left, right, joined, spaced, was a ZWNJ) by class and count
    difference."""
    table: Table = {}
    classes: dict[tuple[str, str], str] = {}
    for left, right, joined, spaced, label in counted:
        if (left, right) not in classes:
            classes[(left, right)] = cue_class(left, right, lex)
        cell = table.setdefault((classes[(left, right)], joined - spaced), [0, 0])
        cell[0 if label else 1] += 1
    return table


def f1_with(margins: dict[str, float], table: Table, rest: tuple[int, int, int]) -> float:
    """The F1 over every space: the counted ones as ``margins`` decide them, and the
    right joins, wrong joins and ZWNJs left of the rest."""
    right, wrong, left = rest
    for (cue, difference), (zwnjs, spaces) in table.items():
        if difference > margins[cue]:
            right += zwnjs
            wrong += spaces
        else:
            left += zwnjs
    return 2 * right / (2 * right + wrong + left) if right else 0.0


def learn_margins(table: Table, rest: tuple[int, int, int]) -> dict[str, float]:
    """Each class's margin moved in turn to the best F1 (ties: the nearest to where it
    was), starting from the hand-set margins and never above them."""
    margins = dict(HAND_MARGINS)
    for _ in range(ROUNDS):
        before = dict(margins)
        for cue in CUE_CLASSES:
            margins[cue] = _best_margin(cue, margins, table, rest)
        if margins == before:
            break
    return margins


def _best_margin(cue: str, margins: dict[str, float], table: Table,
                 rest: tuple[int, int, int]) -> float:
    """The margin of ``cue`` (the others held) with the best F1, at most the hand-set one."""
    def rank(value: float) -> tuple[float, float]:
        return f1_with({**margins, cue: value}, table, rest), -abs(value - margins[cue])

    return max((value for value in GRID if value <= HAND_MARGINS[cue]), key=rank)


def write_margins(path: Path, margins: dict[str, float], note: str) -> None:
    rows = [f"# {note}",
            "# cue class<TAB>margin: a counted pair joins where joined - spaced > margin"]
    rows += [f"{cue}\t{margins[cue]:.1f}" for cue in CUE_CLASSES]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def summary(table: Table, margins: dict[str, float], rest: tuple[int, int, int]) -> str:
    hand = f1_with(HAND_MARGINS, table, rest)
    learned = f1_with(margins, table, rest)
    spaces: Counter[str] = Counter()
    for (cue, _), cell in table.items():
        spaces[cue] += sum(cell)
    return (f"pair margins: {', '.join(f'{cue} {margins[cue]:+.1f}' for cue in CUE_CLASSES)} "
            f"({sum(spaces.values())} counted spaces; training F1 {hand:.4f} by hand, "
            f"{learned:.4f} learned)")
