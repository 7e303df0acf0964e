"""Trigger rows of session 24 (2026-12-07), issue 6 (triggers_fa.tsv under the "Session 24
(2026-12-07), engineer events_lex_fa" comment; SOURCE.md "Session 24 trigger families"): a
sentence to a payment or a fine (SANCTION convict, not the ACCUSE of «محکوم کرد»), «به توافق ...
رسیدن» with words between (AGREE). Each case fails without its row. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from doc_builders import fa_triggers


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("دادگاه این شرکت را به پرداخت غرامت به کارگران محکوم کرد.", "SANCTION",
         "به پرداخت غرامت به کارگران محکوم کرد"),
        ("دادگاه این شرکت را به ۵۰۰ میلیون ریال جزای نقدی محکوم کرد.", "SANCTION",
         "جزای نقدی محکوم کرد"),
        ("ایران و عراق به توافق نهایی درباره مرز رسیدند.", "AGREE",
         "به توافق نهایی درباره مرز رسیدند"),
    ],
)
def test_a_persian_row_is_read(text: str, kind: str, trigger: str) -> None:
    assert (kind, trigger) in fa_triggers(text)


