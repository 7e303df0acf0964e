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
        # Every subpath is a whole ring: a ring cut at the antimeridian into open pieces
        # is filled as if each piece were closed, which draws slivers across Siberia.
        assert path.count("M") == path.count("Z")
        for part in path.split("M")[1:]:
            points = [tuple(map(float, point.split(",")))
                      for point in part.rstrip("Z").split("L") if point]
            closed = [*points, points[0]]  # Z draws back to the start: no streak either
            steps = [abs(a[0] - b[0]) for a, b in itertools.pairwise(closed)
                     if not a[1] == b[1] in (0.0, world.HEIGHT)]  # along the map's edge
            assert max(steps, default=0) < world.WIDTH / 2


def _mention(article: str, text: str, role: str | None = None) -> dict[str, Any]:
    return {"article": {"id": article, "lang": "fa"}, "text": text, "role": role}


def test_an_entity_page_lists_each_article_once_with_its_wordings_counted() -> None:
    from khabar.web.pages import _mentions_by_article

    mentions = [_mention("b", "باقری", "سرلشکر"), _mention("a", "وی"),
                _mention("b", "باقری", "سرلشکر"), _mention("b", "باقری"), _mention("a", "وی")]
    grouped = _mentions_by_article(mentions)
    assert [group["article"]["id"] for group in grouped] == ["b", "a"]  # first-seen order
    assert grouped[0]["wordings"] == [  # the same words with another role stay apart
        {"text": "باقری", "role": "سرلشکر", "count": 2},
        {"text": "باقری", "role": None, "count": 1}]
    assert grouped[1]["wordings"] == [{"text": "وی", "role": None, "count": 2}]


@pytest.mark.parametrize("days", [0, 1, 2, 12, 13, 400])
def test_timeline_labels_never_overlap(days: int) -> None:
    from khabar.web.pages import _timeline_layout

    chart = _timeline_layout(days)
    label_width = 60  # "2025-01-20" at the 9px tick font, with a margin
    assert chart["pitch"] * chart["label_every"] >= label_width
    assert chart["width"] >= 20 + chart["pitch"] * days


def _macro(name: str) -> Any:
    from importlib import resources

    import jinja2

    folder = resources.files("khabar.resources").joinpath("web/templates")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)), autoescape=True)
    return getattr(env.get_template("_macros.html").module, name)


@pytest.mark.parametrize(
    ("flags", "labels", "struck"),
    [({}, [], False),
     ({"negated": True}, ["did not happen"], True),
     ({"hypothetical": True}, ["only if"], True),
     ({"future": True}, ["planned"], False),  # planned acts are news, not struck out
     ({"historical": True, "negated": True}, ["did not happen", "background"], True)])
def test_event_views_mark_acts_that_did_not_happen(flags: dict[str, bool], labels: list[str],
                                                  struck: bool) -> None:
    shown = str(_macro("event_flags")({"type": "CONSULT", **flags}))
    assert [label for label in ("did not happen", "only if", "planned", "background")
            if f">{label}<" in shown] == labels
    assert (str(_macro("event_row_class")(flags)).strip() == "unreal") is struck
