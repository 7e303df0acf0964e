"""Persian acts a quote states for a party it names (events.stated_acts_fa): a present-tense
verbal act with its subject named in the quote, and a demand («X باید ...») of a named
party. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import events_of

from khabar.doc import Event


def _events(text: str, kind: str) -> list[Event]:
    return [e for e in events_of(text) if e.type == kind]


def _sides(event: Event) -> tuple[str | None, str | None]:
    return (event.actor.country if event.actor else None,
            event.target.country if event.target else None)


@pytest.mark.parametrize(
    ("text", "kind", "sides"),
    [
        ("سخنگوی وزارت خارجه روسیه تصریح کرد: «دولت ترکیه از دولت عراق می‌خواهد هرچه سریع‌تر "
         "گروگان‌ها را آزاد کند.»", "REQUEST", ("TUR", "IRQ")),
        ("یک مقام آگاه گفت: «دولت فرانسه این حمله تروریستی در کابل را شدیداً محکوم می‌کند.»",
         "ACCUSE", ("FRA", None)),
    ],
)
def test_a_quoted_present_act_is_its_named_subjects(text: str, kind: str,
                                                     sides: tuple[str, str | None]) -> None:
    """A spokesman stating what his state asks or condemns: that state's act."""
    found = _events(text, kind)
    assert [_sides(e) for e in found] == [sides]
    actor = found[0].actor
    assert actor is not None and actor.start is not None and actor.start > text.index("«")


def test_a_quoted_past_act_of_others_stays_uncoded() -> None:
    """What a speaker tells others did is his account, not an act coded from the quote."""
    text = "یک مقام آگاه گفت: «دولت فرانسه این حمله را شدیداً محکوم کرد.»"
    assert _events(text, "ACCUSE") == []


def test_a_party_before_must_in_a_quote_is_asked_by_the_speaker() -> None:
    text = "وزیر خارجه ترکیه افزود: «دولت عراق باید هرچه زودتر با سازمان ملل همکاری کند.»"
    found = _events(text, "REQUEST")
    assert [_sides(e) for e in found] == [("TUR", "IRQ")]
    actor = found[0].actor
    assert actor is not None and actor.start is not None and actor.start < text.index(":")


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own country: a goal, not a demand of another
        "وزیر خارجه ترکیه افزود: «ترکیه باید با همه همسایگان خود روابط خوبی داشته باشد.»",
        # the name is not the subject of «باید»: a clause lies between
        "وزیر خارجه ترکیه افزود: «درباره عراق، همه باید صبر کنند.»",
        # inside a relative clause: the rights Iraq should enjoy
        "وزیر خارجه ترکیه افزود: «از حقوقی که عراق باید از آن برخوردار شود دفاع می‌کنیم.»",
    ],
)
def test_no_demand_without_another_party_as_subject(text: str) -> None:
    assert _events(text, "REQUEST") == []
