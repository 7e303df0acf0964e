"""The sides of an agreement are no targets of an Arabic act against it, session 28
(2026-12-07), issue 6 (events_ar15, ``events/arabic_deal_parties.py``): a side named after
«بين»/«مع» of an agreement noun between the act and it is the agreement's, not the act's."""

from __future__ import annotations

from doc_builders import simple_doc

from khabar.events.arabic_deal_parties import is_deal_noun
from khabar.events.stage import find_events
from khabar.normalize.fold import fold

PUBLISHED = "2015-07-22T09:00:00+03:00"


def targets(text: str, kind: str) -> list[str | None]:
    doc = simple_doc(text, "ar", published=PUBLISHED, with_entities=True)
    return [e.target.country if e.target else None for e in find_events(doc) if e.type == kind]


def test_a_protest_against_a_deal_between_sides_has_no_target() -> None:
    """The studied Times Square protest (gold: no target): Iran is a side of the deal."""
    assert targets("تجمع متظاهرون في شارع تايمز سكوير بنيويورك للتنديد بالاتفاق النووي "
                   "الايراني الموقع بين ايران والقوى العظمى.", "PROTEST") == [None]


def test_rejecting_a_deal_with_a_country_does_not_reject_the_country() -> None:
    assert targets("وأعلن الكونجرس الأمريكي رفضه للاتفاق النووي مع إيران.", "REJECT") == [None]


def test_a_meeting_partner_after_long_protocol_titles_is_kept() -> None:
    """No agreement noun between the act and «مع»: the partner is the meeting's."""
    found = targets("التقى الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير "
                    "الداخلية اليوم مع وزير الخارجية الأمريكي جون كيري.", "CONSULT")
    assert found == ["USA"]


def test_deal_nouns_behind_the_article_and_a_preposition() -> None:
    assert all(is_deal_noun(fold(w)) for w in ("بالاتفاق", "للاتفاقية", "الصفقة", "اتفاق"))
    assert not any(is_deal_noun(fold(w)) for w in ("اتفق", "المحادثات", "بالقاهرة"))
