"""Persian noun acts told as having happened (events.persian_nouns), a state body whose
owner the tagger found as a bare organisation, and a local office. Sentences written for
these tests."""

from __future__ import annotations

from doc_builders import doc_with, events_of, simple_doc

from khabar.events.stage import find_events

PUBLISHED = "2025-01-20T09:53:26+03:30"


def _assaults(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor.name_en if e.actor else None, e.actor.country if e.actor else None)
            for e in events_of(text) if e.type == "ASSAULT"]


def test_an_attack_a_sentence_follows_from_is_told_with_its_doer() -> None:
    """«به دنبال حمله X به ...»: the attack took place; its doer stands in its genitive."""
    text = "به دنبال حمله نظامیان رژیم صهیونیستی به راهپیمایی غزه ۷۴ تن زخمی شده‌اند."
    assert [country for _, country in _assaults(text)] == ["ISR"]


def test_a_bare_attack_noun_stays_below_the_threshold() -> None:
    """Without its doer named there, the noun may be a topic: it keeps its low weight."""
    assert _assaults("در اثر حمله به راهپیمایی غزه ۷۴ تن زخمی شده‌اند.") == []


def test_a_body_keeps_its_state_named_by_a_bare_organisation_tag() -> None:
    """«نظامیان رژیم صهیونیستی» with «رژیم صهیونیستی» tagged an ORG with no country: the
    body is Israel's military, not the state as a whole."""
    text = "نظامیان رژیم صهیونیستی ایستگاه تلویزیونی المنار را بمباران کردند."
    doc = doc_with(text, "fa", [("رژیم صهیونیستی", "ORG")])
    doc.published = PUBLISHED
    attack = next(e for e in find_events(doc) if e.type == "ASSAULT")
    assert attack.actor is not None and attack.actor.name_en == "Israel Military"


def test_a_local_office_belongs_to_the_state_of_its_town() -> None:
    """«استاندار کرمان» names no country, only the province: its state is the province's."""
    doc = simple_doc("استاندار کرمان شایعات مربوط به کمک‌های خارجی را تکذیب کرد.", "fa",
                     published=PUBLISHED, with_entities=True)
    denial = next(e for e in find_events(doc) if e.type == "REJECT")
    assert denial.actor is not None and denial.actor.country == "IRN"
