"""A guard of session 18's Persian welcoming reading that no test killed (review B,
bench/review_b_session18_results.json, "survived_left" W3). Session 18 (2026-12-06),
engineer guards; the test fails with the guard removed.

events.persian_welcomes reads «از X استقبال کرد» with X a thing as SUPPORT. An object marked
with «را» before «استقبال» is the guest received («هیئت ایرانی را ... استقبال کرد»), so an
«از» further back («پس از توافق») opens no phrase of the verb: the search stops at «را».
"""

import khabar


def _types(text: str) -> list[str]:
    return [e.type for e in khabar.process(text, meta={"date": "2015-08-11"}).events]


def test_an_object_with_ra_stops_the_welcomed_phrase() -> None:
    # with «را» out of CLOSERS: SUPPORT by Russia (the deal read as what it welcomed)
    found = _types("روسیه پس از توافق هسته‌ای هیئت ایرانی را در مسکو استقبال کرد.")
    assert "SUPPORT" not in found, found
