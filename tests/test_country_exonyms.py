"""Country names one language's press uses and the other's does not (session 7): a Persian and
an Arabic report of one happening share a country key only when both spellings link to it."""

from __future__ import annotations

import pytest

from khabar.entities.gazetteer import place_index
from khabar.normalize.fold import fold


def _kb_id(name: str) -> str | None:
    entry = place_index().get(fold(name))
    return entry.kb_id if entry is not None else None


@pytest.mark.parametrize(
    ("fa", "ar"),
    [("میانمار", "بورما"), ("برمه", "ميانمار"), ("بلاروس", "بيلاروسيا"),
     ("مقدونیه", "مقدونيا"), ("تیمور شرقی", "تيمور الشرقية"), ("سوازیلند", "سوازيلاند"),
     ("بوسنی", "البوسنة")],
)
def test_exonyms_link_to_the_country_of_the_other_language(fa: str, ar: str) -> None:
    assert _kb_id(fa) is not None and _kb_id(fa) == _kb_id(ar)
