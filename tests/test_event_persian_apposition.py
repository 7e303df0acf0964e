"""A Persian person's country from an apposition after a comma (events.apposition): «X،
همتای لیبیایی خود» names whose counterpart X is. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.events.stage import find_events

PUBLISHED = "2025-01-20T09:53:26+03:30"


def _partner_country(text: str) -> str | None:
    doc = doc_with(text, "fa", [("کالین پاول", "PER"), ("عبدالرحمان شلقم", "PER")],
                   kb={"کالین پاول": ("per:colin-powell", "USA")})
    doc.published = PUBLISHED
    meeting = next(e for e in find_events(doc) if e.type == "CONSULT")
    assert meeting.target is not None and meeting.target.text == "عبدالرحمان شلقم"
    return meeting.target.country


def test_a_counterpart_after_a_comma_gives_the_country() -> None:
    assert _partner_country("کالین پاول با عبدالرحمان شلقم، همتای لیبیایی خود دیدار کرد."
                            ) == "LBY"


@pytest.mark.parametrize(
    "text",
    [
        # a list, not an apposition: the comma parts two persons
        "کالین پاول با عبدالرحمان شلقم، و سفیر لیبی دیدار کرد.",
        # no role word opens the phrase after the comma
        "کالین پاول با عبدالرحمان شلقم، دیروز به وقت لیبی دیدار کرد.",
    ],
)
def test_no_country_across_a_comma_without_a_role_phrase(text: str) -> None:
    assert _partner_country(text) is None
