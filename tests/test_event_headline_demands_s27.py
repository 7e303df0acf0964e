"""A Persian headline that gives a source's words after its name and puts the act under
«باید» or «بایستی» names the source's demand (REQUEST), not the act (session 27, issue 6).
Headlines written for these tests, after events gold farsnews-8201230037's."""

from __future__ import annotations

from doc_builders import simple_doc

from khabar.doc import Doc
from khabar.events.salience import headline_types

PUBLISHED = "2025-01-20T09:53:26+03:30"


def _titled(title: str) -> Doc:
    doc = simple_doc("متن.", "fa", published=PUBLISHED, with_entities=True)
    doc.title = title
    return doc


def test_an_act_under_a_modal_after_the_source_is_its_demand() -> None:
    assert headline_types(_titled("وزیر: ترکیه بایستی سفیر را اخراج کند"), "fa") == {"REQUEST"}
    assert headline_types(_titled("وزیر: ترکیه باید سفیر را اخراج کند"), "fa") == {"REQUEST"}


def test_the_act_itself_is_read_without_a_modal() -> None:
    assert headline_types(_titled("وزیر: ترکیه سفیر را اخراج کرد"), "fa") == {"SANCTION"}


def test_a_modal_needs_a_source_before_the_colon() -> None:
    """With no «X:» the headline is the writer's, who reports, not demands."""
    assert headline_types(_titled("ترکیه بایستی سفیر را اخراج کند"), "fa") == {"SANCTION"}


def test_a_modal_of_another_segment_governs_nothing() -> None:
    title = "وزیر: باید آرام بود/ ترکیه سفیر را اخراج کرد"
    assert headline_types(_titled(title), "fa") == {"SANCTION"}
