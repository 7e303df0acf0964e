"""Session 17 (2026-12-06): the README's `khabar analyze examples/short.txt` example (the
output contract shown there) is a file in the repository and still gives what it shows:
before, the README named a short.txt no clone had."""

from __future__ import annotations

from pathlib import Path

import khabar

SHORT = Path(__file__).resolve().parent.parent / "examples" / "short.txt"


def test_the_readme_contract_example_gives_what_the_readme_shows() -> None:
    record = khabar.to_record(khabar.process(SHORT.read_bytes()))
    assert (record["id"], record["lang"], record["published"]) == (
        "edd336ec0a648a43", "ar", "2025-01-20T03:56:00+00:00")
    assert record["outlet"]["name_en"] == "Al-Alam"
    assert [r["reason"] for r in record["removed"]] == ["header:masthead", "header:dateline"]
    islamabad = next(e for e in record["entities"] if e["type"] == "LOC")
    assert (islamabad["text"], islamabad["start"], islamabad["raw_start"]) == (
        "إسلام آباد", 91, 150)
    meeting = record["events"][0]
    assert meeting["summary_en"] == (
        "Mohammad Bagheri (Iran) met Asim Munir (Pakistan) in Islamabad on 2025-01-20.")
    quote = record["quotes"][0]
    assert (quote["speaker"]["kb_id"], quote["start"], quote["end"]) == (
        "per:mohammad-bagheri", 161, 202)
    assert record["sentences"] == [[0, 141], [142, 202]]
