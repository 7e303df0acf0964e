"""Session 24 (2026-12-07), engineer mend4: the source «press» stood as a literal twice in
persian_press and as a constant of its own in persian_media_kinds and persian_press_repeats;
one constant, persian_press.SOURCE, serves the three."""

from __future__ import annotations

from khabar.entities import persian_media_kinds, persian_press, persian_press_repeats


def test_one_press_source() -> None:
    assert persian_press.SOURCE == "press"
    assert persian_media_kinds.SOURCE is persian_press.SOURCE
    assert persian_press_repeats.PRESS_SOURCE is persian_press.SOURCE
