"""Session 24 (2026-12-07), engineer mend4: batch stored four kinds of failed input
(unreadable, unanalysable, refused by the store, inside a group) each with its own copy of
«log it in the store, add it to the summary, status error»; one helper does it."""

from __future__ import annotations

from khabar import batch


class _ErrorLog:
    def __init__(self) -> None:
        self.logged: list[tuple[str, str]] = []

    def log_error(self, path: str, reason: str) -> None:
        self.logged.append((path, reason))


def test_a_failed_input_is_logged_by_one_helper() -> None:
    store, summary = _ErrorLog(), batch.IngestSummary()
    assert batch._logged_error(store, summary, "a.html", "no text") == "error"  # type: ignore[arg-type]
    assert store.logged == summary.errors == [("a.html", "no text")]
