"""An Arabic act governed by a phrase of plan or expectation («من المقرر/المتوقع/المنتظر أن»)
or a verb of intending («تعتزم») has not happened: it is future (markers.tsv). Issue 6,
session 18 (2026-12-06): session 17 left plans told by a verb elsewhere («من المقرر أن تجرى
المناورات»)."""

import pytest

import khabar


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("ومن المقرر أن تجرى المناورات البحرية المشتركة بين السعودية وباكستان في بحر العرب.",
         True),
        ("من المنتظر أن تجرى المناورات البحرية المشتركة بين السعودية وباكستان.", True),
        # told as done: no plan
        ("وأجرت السعودية وباكستان المناورات البحرية المشتركة في بحر العرب أمس.", False),
    ],
)
def test_a_planned_arabic_act_is_future(text: str, future: bool) -> None:
    doc = khabar.process(text, meta={"date": "2015-08-11"})
    mobilized = [e for e in doc.events if e.type == "MOBILIZE"]
    assert mobilized, [(e.type, e.future) for e in doc.events]
    assert {e.future for e in mobilized} == {future}
