"""One document through the pipeline, within its time budget.

The budget (setting ``ingest.max_seconds_per_doc``) is enforced with ``SIGALRM`` where
that is possible (the main thread of a Unix process: the CLI, and each pool worker), so
even a stage stuck inside one call is interrupted; elsewhere (e.g. a web server thread)
a document that overran is still recorded as an error once it returns.
"""

from __future__ import annotations

import signal
import threading
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from khabar.doc import Doc
from khabar.pipeline import Pipeline


class _OverBudget(Exception):
    """Raised by the alarm. Deliberately not a KhabarError: the pipeline records those
    as one stage's problem and goes on, while an overrun must stop the document."""


@dataclass(frozen=True)
class Failed:
    """A document that could not be analysed, and the reason to record."""

    path: str
    reason: str


def _budget_message(seconds: float) -> str:
    return (f"analysis took longer than ingest.max_seconds_per_doc ({seconds:g} s) and was "
            "stopped; raise the setting to allow it, or report the input as a bug")


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    usable = (seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def ring(signum: int, frame: object) -> None:
        raise _OverBudget

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def analyse(doc: Doc, pipeline: Pipeline) -> Doc | Failed:
    """The analysed Doc, or why it failed (over budget, or an unexpected error)."""
    path = str(doc.meta.get("path", "<input>"))
    seconds = float(pipeline.settings["ingest.max_seconds_per_doc"])
    started = time.monotonic()
    try:
        with _alarm(seconds):
            result = pipeline(doc)
    except _OverBudget:
        return Failed(path, _budget_message(seconds))
    except Exception as error:  # one document must never stop the batch
        reason = f"internal error: {type(error).__name__}: {error}"
        return Failed(path, reason + "\n" + traceback.format_exc(limit=3))
    if seconds > 0 and time.monotonic() - started > seconds:
        return Failed(path, _budget_message(seconds))
    return result
