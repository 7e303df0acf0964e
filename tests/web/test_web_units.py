"""The web layer's pure parts: highlighting, cursors, tokens, world geometry."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.store import open_store
from khabar.web import cursor, highlight, tokens, world


@st.composite
def text_and_marks(draw: st.DrawFn) -> tuple[str, list[highlight.Mark]]:
    text = draw(st.text(alphabet="ابپ <>&\"'x\n", max_size=40))
    marks = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        kind = draw(st.sampled_from(["entity", "date", "event", "quote"]))
        marks.append(highlight.Mark(kind, start, end, "label", "PER"))
    return text, marks


@given(text_and_marks())
def test_segments_rebuild_the_text_and_carry_exactly_the_covering_marks(
        case: tuple[str, list[highlight.Mark]]) -> None:
    text, marks = case
    pieces = highlight.segments(text, marks)
    assert "".join(piece.text for piece in pieces) == text
    for piece in pieces:
        end = piece.start + len(piece.text)
        expected = [m for m in marks if m.start <= piece.start and end <= m.end]
        assert piece.marks == expected
        # A mark either covers a piece whole or not at all: no span ends inside one.
        for mark in marks:
            assert not piece.start < mark.start < end and not piece.start < mark.end < end


@pytest.mark.parametrize(
    ("record", "kinds"),
    [
        ({"text": "abc", "entities": [{"type": "PER", "text": "b", "start": 1, "end": 2}]},
         ["entity"]),
        # spans outside the text or empty are dropped rather than drawn wrong
        ({"text": "abc", "quotes": [{"start": 2, "end": 9}], "events": [{"start": 1, "end": 1}]},
         []),
        ({"text": "abc", "dates": [{"start": 0, "end": 3, "value": "2025-01-20"}]}, ["date"]),
    ],
)
def test_marks_of_a_record(record: dict[str, Any], kinds: list[str]) -> None:
    assert [mark.kind for mark in highlight.marks_of(record)] == kinds


def test_entity_type_classes_cannot_inject_markup() -> None:
    record = {"text": "ab", "entities": [
        {"type": 'PER" onclick="x', "text": "a", "start": 0, "end": 1}]}
    (mark,) = highlight.marks_of(record)
    assert mark.css == "PERonclickx"


@given(st.lists(st.one_of(st.text(max_size=20), st.integers()), min_size=1, max_size=3))
def test_cursors_round_trip(key: list[object]) -> None:
    assert cursor.decode(cursor.encode(key), len(key)) == key


@pytest.mark.parametrize("bad", ["%%%", "bm90IGpzb24", cursor.encode([1, 2]),
                                 cursor.encode([{"a": 1}]), cursor.encode([True])])
def test_foreign_cursors_are_refused(bad: str) -> None:
    with pytest.raises(cursor.BadCursor):
        cursor.decode(bad, 1)


def test_tokens_store_only_digests_and_read_only_is_the_default(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.db") as store:
        assert tokens.check(store, "anything") == "read-only"
        token_id, secret = tokens.create(store, "a script")
        assert tokens.check(store, None) == "missing"
        assert tokens.check(store, secret + "x") == "invalid"
        assert tokens.check(store, secret) == "ok"
        assert store.delete_api_token(token_id)
        assert tokens.check(store, secret) == "read-only"
    assert secret.encode() not in (tmp_path / "k.db").read_bytes()


@pytest.mark.parametrize(
    ("lon", "lat", "expected"),
    [(-180, 90, (0, 0)), (180, -90, (world.WIDTH, world.HEIGHT)),
     (0, 0, (world.WIDTH / 2, world.HEIGHT / 2))],
)
def test_the_projection_maps_the_corners(lon: float, lat: float,
                                         expected: tuple[float, float]) -> None:
    assert world.project(lon, lat) == pytest.approx(expected)


def test_the_bundled_world_has_the_countries_and_no_wrapping_lines() -> None:
    shapes = dict(world.country_paths())
    assert {"Iran", "Pakistan", "Saudi Arabia", "Russia", "Fiji"} <= set(shapes)
    for path in shapes.values():
        for part in path.split("M")[1:]:
            xs = [float(point.split(",")[0]) for point in part.rstrip("Z").split("L") if point]
            steps = [abs(a - b) for a, b in itertools.pairwise(xs)]
            assert max(steps, default=0) < world.WIDTH / 2
