"""Persian trigger rows for shooting, raids, opening fire, stepping down, reaching an
understanding and receiving a visitor (triggers_fa.tsv, with the stems of بردن, گشودن and
پذیرفتن in verb_stems_fa.tsv). Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.events.stage import find_events

PUBLISHED = "2025-01-20T09:53:26+03:30"


@pytest.mark.parametrize(
    ("text", "kind", "actor_country"),
    [
        ("نیروهای امنیتی سوریه به سوی معترضان تیراندازی کردند.", "ASSAULT", "SYR"),
        ("نیروهای آمریکایی دیروز به یک روستا در استان الانبار یورش بردند.", "ASSAULT", "USA"),
        ("پلیس اسرائیل به سوی تظاهرکنندگان فلسطینی آتش گشود.", "ASSAULT", "ISR"),
        ("ایران و آژانس بین‌المللی انرژی اتمی درباره برنامه کاری به تفاهم رسیدند.", "AGREE",
         "IRN"),
        ("وزیر خارجه ترکیه از سمت خود کناره‌گیری کرد.", "RETREAT", "TUR"),
    ],
)
def test_a_persian_act_is_read(text: str, kind: str, actor_country: str) -> None:
    doc = simple_doc(text, "fa", published=PUBLISHED, with_entities=True)
    found = [e for e in find_events(doc) if e.type == kind]
    assert [e.actor.country if e.actor else None for e in found] == [actor_country]


def test_receiving_a_visitor_makes_the_visitor_the_actor() -> None:
    """«X، Y را به حضور پذیرفت»: X hosts, Y visits (EVENT-CONVENTIONS: the guest acts)."""
    doc = simple_doc("رئیس جمهور ترکیه، وزیر خارجه فرانسه را به حضور پذیرفت.", "fa",
                     published=PUBLISHED, with_entities=True)
    meeting = next(e for e in find_events(doc) if e.type == "CONSULT")
    assert meeting.actor is not None and meeting.actor.country == "FRA"
    assert meeting.target is not None and meeting.target.country == "TUR"
