"""Ingest: files, directories and stdin to ``Doc`` objects, or recorded failures.

``read_inputs`` never raises for a bad input: it yields an ``IngestFailure`` with a
reason, so one unreadable file never stops a batch.
"""

from khabar.ingest.readers import IngestFailure, read_inputs

__all__ = ["IngestFailure", "read_inputs"]
