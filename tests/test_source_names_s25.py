"""Entity sources named once (session 25, 2026-12-07, engineer mend5).

The sources that rules in several modules test or give are named in ``khabar.doc``; a
module that wrote one out as a string literal would drift from the others unseen (a typo
tests a source nobody gives)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import khabar
from khabar import doc

NAMED = {
    "PRONOUN_SOURCE": "pronoun", "ROLE_SOURCE": "role", "SURNAME_SOURCE": "surname",
    "TAGGER_SOURCE": "crf", "GAZETTEER_SOURCE": "gazetteer", "TITLE_SOURCE": "title",
    "GIVEN_NAME_SOURCE": "given_name", "ORG_LIST_SOURCE": "org_list",
    "ORG_PATTERN_SOURCE": "org_pattern", "SUBJECT_SOURCE": "subject",
}
_LITERAL = "|".join(re.escape(v) for v in NAMED.values())
# a source compared with or given as a literal: «e.source != "crf"», «source="surname"»
_WRITTEN_OUT = re.compile(rf'source\s*(?:==|!=|=)\s*"(?:{_LITERAL})"')
_PACKAGE = Path(khabar.__file__).parent


@pytest.mark.parametrize(("name", "value"), sorted(NAMED.items()))
def test_each_shared_source_keeps_the_value_the_contract_writes(name: str, value: str) -> None:
    assert getattr(doc, name) == value


def test_reference_sources_hold_the_pronoun_the_role_the_government_and_the_people() -> None:
    # the people: an Arabic people or sect named alone («الأكراد»), session 27 (ent_ar10)
    assert {doc.PRONOUN_SOURCE, doc.ROLE_SOURCE, doc.GOVERNMENT_SOURCE,
            doc.PEOPLE_SOURCE} == doc.REFERENCE_SOURCES


def test_no_module_writes_a_shared_source_out() -> None:
    found = [f"{path.relative_to(_PACKAGE)}:{n}"
             for path in sorted(_PACKAGE.rglob("*.py")) if path.name != "doc.py"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if _WRITTEN_OUT.search(line)]
    assert found == []
