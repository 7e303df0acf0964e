"""The Persian determiners a kind noun is read generically after (session 21, issue 5,
refactor): persian_press and persian_company_lines each loaded the same two lists; both
read persian_tidy.determiners now."""

from __future__ import annotations

from khabar.entities import persian_company_lines, persian_press, persian_tidy
from khabar.entities.words import fold_word


def test_one_list_of_determiners_serves_both_rules() -> None:
    assert persian_press.determiners is persian_tidy.determiners
    assert persian_company_lines.determiners is persian_tidy.determiners
    # a demonstrative («این دانشگاه» 'this university') and an indefinite («یک شرکت»)
    assert {fold_word("این"), fold_word("یک")} <= persian_tidy.determiners()
