"""The exception tree of khabar.

Every error khabar raises on purpose derives from ``KhabarError`` and says what
went wrong and what to do about it::

    KhabarError
     ├── SettingsError        a setting is unknown, mistyped or the file is unreadable
     ├── PipelineError        stages are unknown or their requires/assigns do not line up
     │    └── StageError      one stage failed on one document (recorded, the batch goes on)
     ├── IngestError          an input cannot be read or decoded (recorded in the ingest log)
     ├── ResourceError        a shipped data file is missing or malformed
     ├── OffsetError          a derived text was asked to change after spans were attached
     └── StoreError           the store cannot be opened, migrated or written
          └── ContractError   a record does not follow the output contract (OUTPUT.md)
"""

from __future__ import annotations


class KhabarError(Exception):
    """Base of every error khabar raises on purpose."""


class SettingsError(KhabarError):
    """A setting is unknown or has the wrong type; check `khabar settings`."""


class PipelineError(KhabarError):
    """The pipeline cannot be built from the configured stages."""


class StageError(PipelineError):
    """One stage failed on one document."""

    def __init__(self, stage: str, message: str) -> None:
        super().__init__(f"stage {stage!r} failed: {message}")
        self.stage = stage
        self.detail = message


class IngestError(KhabarError):
    """An input could not be read; the reason is recorded in the ingest log."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ResourceError(KhabarError):
    """A data file under khabar/resources is missing or malformed; reinstall khabar."""


class OffsetError(KhabarError):
    """Derived text cannot change once spans point into it."""


class StoreError(KhabarError):
    """The store cannot be opened, migrated or written."""


class ContractError(StoreError):
    """A record does not follow the output contract in OUTPUT.md."""
