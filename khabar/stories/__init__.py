"""Stories: fingerprints for near-duplicates and the pure functions of story clustering."""

from __future__ import annotations

from khabar.stories.cluster import (
    StoryCandidate,
    best_story,
    blocking_keys,
    candidate_from_record,
    new_story_id,
    score,
)
from khabar.stories.fingerprint import is_near_duplicate, minhash, similarity

__all__ = [
    "StoryCandidate",
    "best_story",
    "blocking_keys",
    "candidate_from_record",
    "is_near_duplicate",
    "minhash",
    "new_story_id",
    "score",
    "similarity",
]
