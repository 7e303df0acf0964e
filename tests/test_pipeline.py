"""The pipeline checks stage order when built and records failures per document."""

from __future__ import annotations

import pytest

from khabar.doc import Doc
from khabar.errors import PipelineError
from khabar.pipeline import Pipeline
from khabar.registry import stage
from khabar.settings import Settings


@stage("test.upper.v1", requires=("raw",), assigns=("title",))
def make_upper(settings: Settings):  # type: ignore[no-untyped-def]
    """Sets the title to the upper-cased raw text."""

    def run(doc: Doc) -> Doc:
        doc.title = doc.raw.upper()
        return doc

    return run


@stage("test.needs_title.v1", requires=("title",), assigns=("lang",))
def make_needs_title(settings: Settings):  # type: ignore[no-untyped-def]
    """Sets the language to the title's length, to show the order check."""

    def run(doc: Doc) -> Doc:
        doc.lang = str(len(doc.title or ""))
        return doc

    return run


@stage("test.explodes.v1", requires=("raw",), assigns=("title",))
def make_explodes(settings: Settings):  # type: ignore[no-untyped-def]
    """Always fails, to exercise the error policy."""

    def run(doc: Doc) -> Doc:
        raise ValueError("boom")

    return run


def test_stages_run_in_order_and_are_recorded() -> None:
    pipeline = Pipeline(stages=["test.upper.v1", "test.needs_title.v1"])
    doc = pipeline(Doc(raw="abc"))
    assert (doc.title, doc.lang) == ("ABC", "3")
    assert doc.stages == ["test.upper.v1", "test.needs_title.v1"]


def test_a_stage_whose_requirement_comes_later_is_refused_at_build_time() -> None:
    with pytest.raises(PipelineError, match="requires title"):
        Pipeline(stages=["test.needs_title.v1", "test.upper.v1"])


def test_unknown_stage_names_say_where_to_look() -> None:
    with pytest.raises(PipelineError, match="khabar stages"):
        Pipeline(stages=["khabar.nothing.v9"])


def test_a_failing_stage_is_recorded_and_dependents_are_skipped() -> None:
    pipeline = Pipeline(stages=["test.explodes.v1", "test.needs_title.v1"])
    doc = pipeline(Doc(raw="abc"))
    assert doc.problems[0] == "test.explodes.v1: ValueError: boom"
    assert "skipped" in doc.problems[1]
    assert doc.lang is None


def test_oversized_documents_are_recorded_not_processed() -> None:
    pipeline = Pipeline(Settings({"pipeline.max_chars": 10}), stages=["test.upper.v1"])
    doc = pipeline(Doc(raw="x" * 11))
    assert doc.title is None and "max_chars" in doc.problems[0]


def test_default_pipeline_builds_from_settings() -> None:
    assert Pipeline().names == list(Settings()["pipeline.stages"])
