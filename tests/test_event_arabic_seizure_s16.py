"""«ضبط» is a seizure only before something caught (session 16 (2026-12-06), issue 6,
engineer ar_fixes; events/arabic_seizure.py, seizure_objects_ar.txt): before a setting, a
device or an abstract noun it is 'set, adjust, regulate' and tells no act. The first cases
fail without the rule (the start tree read each as COERCE); the others hold the seizures it
keeps. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import ar_triggers

_ENTITIES = [("شرطة جدة", "ORG"), ("حزب الله", "ORG"), ("الرياض", "LOC")]


def _coerced(text: str) -> bool:
    return any(kind == "COERCE" for kind, _ in ar_triggers(text, _ENTITIES))


@pytest.mark.parametrize(
    "text",
    [
        "ونصحت شرطة جدة المستخدم بضبط جوانب الهاتف على وضع أفقي.",
        "وقامت شرطة جدة بضبط ثرموستات المكيف في الرياض.",
        "وتسعى شرطة جدة إلى ضبط حركة السير في الرياض.",
    ],
)
def test_setting_or_regulating_is_no_seizure(text: str) -> None:
    assert not _coerced(text)


@pytest.mark.parametrize(
    "text",
    [
        "وتمكنت شرطة جدة من ضبط 12 مقيما في الرياض.",
        "وأعلنت شرطة جدة أنه تم ضبط هذه الكمية في الرياض.",
        "ضبطت شرطة جدة عصابة في الرياض.",
        "وأعلنت شرطة جدة أنها ضبطت مسلحين من حزب الله.",
        "وقالت شرطة جدة إن الشحنة ضبطت في البحر قبالة الرياض.",
        "وتمكنت شرطة جدة من ضبط الجاني في الرياض.",
    ],
)
def test_something_caught_is_a_seizure(text: str) -> None:
    assert _coerced(text)
