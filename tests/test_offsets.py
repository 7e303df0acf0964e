"""Offset maps: the promise that every derived character leads back to ``raw``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.offsets import Edit, OffsetMap, apply_edits, translate_chars

TEXT = st.text(alphabet="ab سلام\u200c\n.", max_size=40)
#: Replacement characters never occur in TEXT, so any other character is an original one.
INSERTED = "qxyز"


@st.composite
def text_and_edits(draw: st.DrawFn) -> tuple[str, list[Edit]]:
    """A text and sorted, non-overlapping edits over it (deletions, insertions, swaps)."""
    text = draw(TEXT)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits: list[Edit] = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        edits.append((start, end, draw(st.text(alphabet=INSERTED[1:], max_size=3))))
    return text, edits


def reference_apply(text: str, edits: list[Edit]) -> str:
    out, cursor = [], 0
    for start, end, replacement in edits:
        out += [text[cursor:start], replacement]
        cursor = end
    return "".join(out) + text[cursor:]


def untouched(text: str, edits: list[Edit]) -> list[int]:
    """Positions of ``text`` no edit touches (an insertion touches nothing)."""
    return [i for i in range(len(text)) if not any(s <= i < e for s, e, _ in edits)]


@pytest.mark.parametrize(
    ("text", "edits", "expected", "spans"),
    [
        ("abc", [(1, 2, "")], "ac", [(0, 1), (2, 3)]),
        ("abc", [(1, 2, "XY")], "aXYc", [(0, 1), (1, 2), (1, 2), (2, 3)]),
        # an insertion maps to an empty range where it was inserted
        ("abc", [(1, 1, "X")], "aXbc", [(0, 1), (1, 1), (1, 2), (2, 3)]),
        ("كتاب", [(0, 1, "ک")], "کتاب", [(0, 1), (1, 2), (2, 3), (3, 4)]),
        ("abc", [(0, 3, "")], "", []),
    ],
)
def test_apply_edits_table(text: str, edits: list[Edit], expected: str, spans: list) -> None:
    new, offsets = apply_edits(text, edits)
    assert new == expected
    assert [offsets.span(i, i + 1) for i in range(len(new))] == spans
    assert offsets.source_length == len(text)


def test_no_edits_is_identity() -> None:
    new, offsets = apply_edits("سلام", [])
    assert new == "سلام"
    assert offsets.is_identity
    assert offsets.span(1, 3) == (1, 3)


@pytest.mark.parametrize(
    "edits",
    [
        [(2, 3, ""), (1, 2, "")],  # not sorted
        [(1, 3, ""), (2, 4, "")],  # overlapping
        [(3, 2, "")],  # end before start
        [(0, 9, "")],  # past the end
    ],
)
def test_bad_edits_are_refused(edits: list[Edit]) -> None:
    with pytest.raises(ValueError):
        apply_edits("abcd", edits)


def test_span_of_deleted_tail_and_empty_span() -> None:
    new, offsets = apply_edits("abc  ", [(3, 5, "")])
    assert new == "abc"
    assert offsets.span(0, 3) == (0, 3)
    assert offsets.span(3, 3) == (5, 5)  # the end boundary lies after the deleted tail
    assert offsets.position(3) == 5


def test_empty_derived_text_has_a_position() -> None:
    _, offsets = apply_edits("abc", [(0, 3, "")])
    assert len(offsets) == 0
    assert offsets.span(0, 0) == (3, 3)


def test_compose_checks_lengths() -> None:
    """Regression: ``then`` once accepted a map of another text and gave wrong offsets."""
    _, outer = apply_edits("abcdef", [(0, 1, "")])  # maps a 5-char text
    _, inner = apply_edits("abc", [(0, 1, "")])  # maps from a 3-char text
    with pytest.raises(ValueError):
        outer.then(inner)
    with pytest.raises(ValueError):
        OffsetMap.identity(4).then(inner)


def test_translate_chars() -> None:
    new, offsets = translate_chars("يك\u200cي", {"ي": "ی", "ك": "ک", "\u200c": ""})
    assert new == "یکی"
    assert [offsets.span(i, i + 1) for i in range(3)] == [(0, 1), (1, 2), (3, 4)]


@settings(max_examples=200, deadline=None)
@given(text_and_edits())
def test_apply_edits_properties(case: tuple[str, list[Edit]]) -> None:
    text, edits = case
    new, offsets = apply_edits(text, edits)
    assert new == reference_apply(text, edits)
    assert len(offsets) == len(new)
    starts = [offsets.span(i, i + 1)[0] for i in range(len(new))]
    assert starts == sorted(starts)
    for i in range(len(new)):
        start, end = offsets.span(i, i + 1)
        assert 0 <= start <= end <= len(text)
    originals = [i for i in range(len(new)) if new[i] not in INSERTED]
    # untouched characters keep their order and map back to themselves, one to one
    assert [offsets.span(i, i + 1)[0] for i in originals] == untouched(text, edits)
    for i in originals:
        start, end = offsets.span(i, i + 1)
        assert end == start + 1 and text[start] == new[i]


@settings(max_examples=200, deadline=None)
@given(text_and_edits(), st.data())
def test_then_composes_spans(case: tuple[str, list[Edit]], data: st.DataObject) -> None:
    text, edits = case
    middle, first = apply_edits(text, edits)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(middle)), max_size=6)))
    second_edits = [(s, e, "q") for s, e in zip(cuts[::2], cuts[1::2], strict=False)]
    final, second = apply_edits(middle, second_edits)
    composed = first.then(second)
    assert composed.source_length == len(text)
    assert len(composed) == len(final)
    for i in range(len(final)):
        assert composed.span(i, i + 1) == first.span(*second.span(i, i + 1))
    for i in range(len(final)):
        start, end = composed.span(i, i + 1)
        assert 0 <= start <= end <= len(text)
        if final[i] not in INSERTED:
            assert end == start + 1 and text[start] == final[i]


@settings(max_examples=200, deadline=None)
@given(TEXT, st.data())
def test_two_deletion_passes_equal_one(text: str, data: st.DataObject) -> None:
    """Deleting a set of characters in two passes maps exactly like deleting them at once."""
    doomed = data.draw(st.sets(st.integers(0, max(len(text) - 1, 0)))) if text else set()
    first_half = {i for i in doomed if data.draw(st.booleans())}
    middle, first = apply_edits(text, [(i, i + 1, "") for i in sorted(first_half)])
    survivors = [i for i in range(len(text)) if i not in first_half]
    later = [survivors.index(i) for i in sorted(doomed - first_half)]
    final, second = apply_edits(middle, [(i, i + 1, "") for i in later])
    direct_text, direct = apply_edits(text, [(i, i + 1, "") for i in sorted(doomed)])
    composed = first.then(second)
    assert final == direct_text
    for i in range(len(final)):
        assert composed.span(i, i + 1) == direct.span(i, i + 1)
    assert composed.span(0, len(final)) == direct.span(0, len(final))


@settings(max_examples=100, deadline=None)
@given(text_and_edits())
def test_identity_is_neutral_in_composition(case: tuple[str, list[Edit]]) -> None:
    text, edits = case
    new, offsets = apply_edits(text, edits)
    left = OffsetMap.identity(len(text)).then(offsets)
    right = offsets.then(OffsetMap.identity(len(new)))
    for i in range(len(new)):
        assert left.span(i, i + 1) == offsets.span(i, i + 1) == right.span(i, i + 1)
