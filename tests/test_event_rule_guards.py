"""Exceptions of this session's event rules that no other test held: each test fails when
its guard is taken out; and words that only look like a rule's words. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

import khabar
from khabar.doc import Event
from khabar.entities.gazetteer import words
from khabar.events.arabic_content import sports_news
from khabar.events.stage import find_events


def _arabic(text: str) -> list[Event]:
    return khabar.process(text).events


def test_the_lam_of_a_state_office_still_marks_whom_the_act_is_for() -> None:
    """participants._title_owner: «للرئيس البرازيلي X» is the president the apology is made
    to, not an organisation owning X's post, so X stays the target."""
    apology = next(e for e in _arabic("قدم الوزير اعتذارا للرئيس البرازيلي ديلما روسيف.")
                   if e.type == "CONCEDE")
    assert apology.target is not None and apology.target.text == "ديلما روسيف"
    assert apology.actor is None or apology.actor.text != "ديلما روسيف"


def test_a_request_in_another_clause_asks_nothing_of_an_act_led_by_ila() -> None:
    """arabic_content.requested: «إلى رفض» after a comma is the Houthis' own rejection,
    not what Hadi's call asks for."""
    found = _arabic("ودعا الرئيس اليمني عبدربه منصور هادي إلى الحوار، فيما لجأ الحوثيون إلى"
                    " رفض الاتفاق.")
    assert any(e.type == "REJECT" for e in found)


def test_a_meeting_after_the_lam_of_purpose_is_a_plan() -> None:
    """arabic_content.purposed leaves a meeting to the stage, which makes it AGREE (future),
    where another act so named is only an aim."""
    found = _arabic("توجه وزير الخارجية الإيراني محمد جواد ظريف إلى موسكو ليلتقي نظيره"
                    " الروسي سيرغي لافروف.")
    assert any(e.type == "AGREE" and e.future for e in found)


def test_a_request_opened_by_a_preposition_keeps_its_verb() -> None:
    """persian_readings._borrowed_at: «از … {khastan}» has no noun to read alone, so
    «مشارکت» right before «خواست» does not take the verb from the request."""
    doc = simple_doc("حسن روحانی از مردم ایران مشارکت خواست.", "fa",
                     published="2025-01-20T09:53:26+03:30", with_entities=True)
    requests = [e for e in find_events(doc) if e.type == "REQUEST"]
    assert requests and (requests[0].trigger or "").endswith("خواست")


def test_an_idea_is_no_ball() -> None:
    """«فكرة» ('idea') reads as «ف» + «كرة» ('ball'): a meeting in its sentence is no game
    (arabic_content.sports_game), and it is no word of sport in an article."""
    found = _arabic("التقى الرئيس المصري عبدالفتاح السيسي الملك سلمان بن عبدالعزيز في الرياض"
                    " وناقشا فكرة إنشاء قوة عربية مشتركة.")
    assert any(e.type == "CONSULT" for e in found)
    assert not sports_news(words("فكرة الدوري ملعب مدرب"))
    assert sports_news(words("لكرة الدوري ملعب مدرب"))


@pytest.mark.parametrize("meeting", ["وبحث معه الاجتماع الدوري للجنة المشتركة",
                                     "وأطلعه على نتائج اجتماعه الدوري"])
def test_a_periodic_meeting_is_no_league(meeting: str) -> None:
    """«الدوري» right after a definite noun is its adjective ('periodic'), not the league:
    the meeting in its sentence is no game (arabic_content.sports_game)."""
    found = _arabic("التقى ولي العهد الأمير محمد بن نايف وزير الخارجية الأمريكي جون كيري "
                    + meeting + ".")
    assert any(e.type == "CONSULT" for e in found)
    # an indefinite meeting word before «الدوري» is the league's: «لقاء الدوري», a match
    game = _arabic("ويلتقي منتخب السعودية نظيره منتخب الأردن في لقاء الدوري مساء اليوم.")
    assert not any(e.type in ("CONSULT", "AGREE") for e in game)
