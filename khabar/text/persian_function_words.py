"""Persian function words that the rules compare a word's key (``Word.folded``) with, each
named once.

Session 29 (2026-12-07), engineer mend10: ``events.arguments`` (session 29's own-state
target) keyed «از» as a constant of its own, the seventh module to do so
(``entities.datelines``, ``events.persian_addressees``, ``persian_asked``,
``persian_groups``, ``persian_partners``, ``persian_welcomes``), and ``persian_readings``
wrote it as a literal; all read it here. Likewise «را» (``OBJECT_MARK``), keyed or written
in thirteen modules under three names, the newest ``entities.persian_repeated_bodies``.
"""

from __future__ import annotations

from khabar.entities.words import phrase_key

FROM = phrase_key("از")
"""«از» ('from, of'): before whom an act is addressed or a thing asked («انتقاد از دولت»,
«از دولت خواستند»), the whole a part is of («50 هزار نفر از»), where a report comes from."""
OBJECT_MARK = phrase_key("را")
"""«را», after the definite direct object it marks: the noun before it is a verb's object
(of the clause's verb, often far after it), not a genitive or a subject."""
INDEFINITE = phrase_key("یک")
"""«یک» ('a, one') before a post («یک سخنگوی طالبان»): some holder of it, unnamed, not the
person last named (``events.arguments.resolve``)."""
