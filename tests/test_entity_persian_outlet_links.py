"""A Persian outlet read by its short name takes its KB link (khabar.entities.
persian_outlet_links; issue 5, session 13 (2026-12-05))."""

from __future__ import annotations

from khabar.doc import Entity
from khabar.entities.persian_outlet_links import link_outlets
from khabar.kb.entries import load_kb


def outlet(name: str, name_en: str | None, source: str = "org_list") -> Entity:
    return Entity(0, len(name), type="ORG", text=name, name_en=name_en, source=source)


def test_an_outlet_of_the_rules_links_by_its_english_name() -> None:
    """«فارس:» and «خبرنگار مهر» are the agencies, which the KB names only in full."""
    [fars, mehr] = link_outlets(load_kb(), [outlet("فارس", "Fars News Agency"),
                                            outlet("مهر", "Mehr News Agency")])
    assert (fars.kb_id, fars.country, fars.text) == ("org:fars-news", "IRN", "فارس")
    assert mehr.kb_id == "org:mehr-news"


def test_a_tagger_organisation_or_one_without_an_english_name_is_left() -> None:
    """Only an outlet the rules read in a citing position carries the English name: a bare
    «فارس» of the tagger may be the province or a company («عمران و توسعه فارس»)."""
    found = [outlet("فارس", "Fars News Agency", source="crf"), outlet("فارس", None),
             outlet("همشهری", "Hamshahri")]
    assert link_outlets(load_kb(), found) == found
