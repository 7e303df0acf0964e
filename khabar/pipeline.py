"""The pipeline: ordered stages over one ``Doc``, checked when built.

Error policy: a stage that fails on a document is recorded in ``Doc.problems`` and the
document goes on through the remaining stages whose requirements are still met; a bad
document never stops a batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from khabar.doc import Doc
from khabar.errors import KhabarError, PipelineError
from khabar.ingest.fields import wrong_type_notes
from khabar.registry import StageFunction, StageInfo, get_stage
from khabar.settings import Settings

#: Attributes every Doc has before any stage runs.
INITIAL_ATTRIBUTES = frozenset({"raw", "id", "meta"})


def check_order(stages: Sequence[StageInfo]) -> None:
    """Raise ``PipelineError`` when a stage requires what no earlier stage assigns."""
    available = set(INITIAL_ATTRIBUTES)
    for info in stages:
        missing = [name for name in info.requires if name not in available]
        if missing:
            raise PipelineError(
                f"stage {info.name!r} requires {', '.join(missing)}, which no earlier "
                "stage assigns; reorder `pipeline.stages` or add the stage that assigns it"
            )
        available.update(info.assigns)


class Pipeline:
    """Runs the configured stages in turn; ``Pipeline()`` uses the default settings."""

    def __init__(self, settings: Settings | None = None, stages: Iterable[str] | None = None):
        self.settings = settings or Settings()
        names = list(stages if stages is not None else self.settings["pipeline.stages"])
        self.infos = [get_stage(name) for name in names]
        check_order(self.infos)
        self._functions: list[StageFunction] = [info.factory(self.settings) for info in self.infos]

    @property
    def names(self) -> list[str]:
        return [info.name for info in self.infos]

    def __call__(self, doc: Doc) -> Doc:
        doc.problems.extend(wrong_type_notes(doc.meta))
        limit = self.settings["pipeline.max_chars"]
        if len(doc.raw) > limit:
            doc.problems.append(f"pipeline: {len(doc.raw)} characters exceed pipeline.max_chars")
            return doc
        failed: set[str] = set()
        for info, function in zip(self.infos, self._functions, strict=True):
            if failed.intersection(info.requires):
                doc.problems.append(f"{info.name}: skipped, an earlier stage it needs failed")
                failed.update(info.assigns)
                continue
            try:
                result = function(doc)
            except (KhabarError, ValueError, KeyError, IndexError, TypeError) as error:
                doc.problems.append(f"{info.name}: {type(error).__name__}: {error}")
                failed.update(info.assigns)
                continue
            if not isinstance(result, Doc):
                returned = type(result).__name__
                raise PipelineError(f"stage {info.name!r} returned {returned}, not a Doc")
            doc = result
            doc.stages.append(info.name)
        return doc

    def pipe(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)
