"""A guard of session 18's Persian welcoming reading that no test killed (review B,
bench/review_b_session18_results.json, "survived_left" W3, H8). Session 18 (2026-12-06),
engineer guards; each test fails with its guard removed.

events.persian_welcomes reads «از X استقبال کرد» with X a thing as SUPPORT. An object marked
with «را» before «استقبال» is the guest received («هیئت ایرانی را ... استقبال کرد»), so an
«از» further back («پس از توافق») opens no phrase of the verb: the search stops at «را».

events.persian_senses.danger: the bare noun «تهدید» is a danger, no act of threatening, unless
a word after it in its own clause says against whom; a clause break («؛», a comma) ends the
search, so «علیه» of the next clause is not the threat's.
"""

import khabar


def _types(text: str) -> list[str]:
    return [e.type for e in khabar.process(text, meta={"date": "2015-08-11"}).events]


def test_an_object_with_ra_stops_the_welcomed_phrase() -> None:
    # with «را» out of CLOSERS: SUPPORT by Russia (the deal read as what it welcomed)
    found = _types("روسیه پس از توافق هسته‌ای هیئت ایرانی را در مسکو استقبال کرد.")
    assert "SUPPORT" not in found, found


def test_against_in_the_next_clause_makes_no_threat() -> None:
    # with the break check removed: THREATEN ISIS -> Yemen, from the next clause's «علیه یمن»
    found = _types("داعش تهدید جدی است؛ عربستان علیه یمن جنگ کرد.")
    assert "THREATEN" not in found, found
