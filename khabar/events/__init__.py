"""Events and quotes: PLOVER event coding from a trigger lexicon, quotes from speech verbs.

``khabar.events.stage`` registers ``khabar.events.triggers.v2`` and
``khabar.events.quotes`` registers ``khabar.quotes.verbs.v2``. Lexicons are data under
``resources/events`` (see its SOURCE.md).
"""

from __future__ import annotations

__all__: list[str] = []
