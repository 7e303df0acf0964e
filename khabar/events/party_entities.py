"""The entities quotes and events read as parties (session 25 (2026-12-07), gov_speakers).

A person read inside a government named after them («دولت [جانسون]», «رژیم [صدام حسین]»,
source ``doc.GOVERNMENT_PERSON_SOURCE``) is a name for the entity list, but the party is the
government: «یک مقام ارشد دولت جانسون اعلام کرد» is an unnamed official speaking, not
Johnson, and «رژیم صدام حسین» acting is the regime. The quote and event stages read the
document without those persons, so every speaker and party rule sees the government
reference whole, as it did before the persons were added.
"""

from __future__ import annotations

from dataclasses import replace

from khabar.doc import GOVERNMENT_PERSON_SOURCE, Doc


def party_doc(doc: Doc) -> Doc:
    """``doc`` itself, or, when it holds persons inside a government reference, a shallow
    copy whose entities leave them out (the document keeps them)."""
    if not any(e.source == GOVERNMENT_PERSON_SOURCE for e in doc.entities):
        return doc
    return replace(doc, entities=[e for e in doc.entities
                                  if e.source != GOVERNMENT_PERSON_SOURCE])
