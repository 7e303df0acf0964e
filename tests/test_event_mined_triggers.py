"""Trigger rows mined from the unlabelled corpora in session 11 (2026-12-05): predicates
frequent in the titles and first sentences of Fars + Hamshahri and SaudiNewsNet articles
that no row matched (resources/events/SOURCE.md, "Corpus-mined rows"). A prison or death
sentence is SANCTION convict, not the ACCUSE of «محکوم کرد» ('condemned'); wounding,
killing, suing and trying someone; launching an attack, clashes, storming, carrying out
strikes, an attack undergone, a court's sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import events_of, simple_doc

from khabar.events.stage import find_events

PUBLISHED = "2025-01-20T09:53:26+03:30"


def _types(text: str, lang: str) -> list[str]:
    return [e.type for e in events_of(text, lang)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("یک روزنامه‌نگار ترکیه‌ای به ده سال حبس محکوم شد.", "SANCTION"),
        ("فعال سیاسی بحرینی به حبس ابد محکوم شد.", "SANCTION"),
        ("سربازان اسرائیلی دو نوجوان فلسطینی را در الخلیل مجروح کردند.", "ASSAULT"),
        ("افراد مسلح یک قاضی پاکستانی را در پیشاور به قتل رساندند.", "ASSAULT"),
        ("یک دیپلمات عربستانی در کراچی به قتل رسید.", "ASSAULT"),
        ("دولت قطر از روزنامه انگلیسی به دادگاه لندن شکایت کرد.", "ACCUSE"),
        ("وزیر کشور پیشین مصر در قاهره محاکمه شد.", "ACCUSE"),
    ],
)
def test_a_mined_persian_row_is_read(text: str, kind: str) -> None:
    assert _types(text, "fa") == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("شن الجيش العراقي عملية عسكرية على مواقع تنظيم داعش في الموصل.", "ASSAULT"),
        ("اشتبكت قوات الأمن المصرية مع مسلحين في سيناء.", "ASSAULT"),
        ("اندلعت اشتباكات بين الجيش السوري ومسلحين في حلب.", "ASSAULT"),
        ("اقتحمت قوات الاحتلال الإسرائيلي مدينة جنين.", "ASSAULT"),
        ("أصدرت محكمة مصرية حكما بالسجن عشر سنوات على ناشط.", "SANCTION"),
        ("نفذت حركة الشباب هجوما على قاعدة للجيش الصومالي.", "ASSAULT"),
    ],
)
def test_a_mined_arabic_row_is_read(text: str, kind: str) -> None:
    assert _types(text, "ar") == [kind]


def test_a_verbal_attack_is_no_assault() -> None:
    """«شن هجوما على» a deal is criticism: the row takes only armed nouns after «شن»."""
    text = "شن السيناتور الأمريكي جون ماكين هجوما عنيفا على الاتفاق النووي مع إيران."
    assert "ASSAULT" not in _types(text, "ar")


def test_dawn_is_no_bombing() -> None:
    """«فجر» is 'dawn' far more often than 'blew up': the verb needs what was blown up."""
    assert "ASSAULT" not in _types("غادر وزير الخارجية السعودي الرياض فجر اليوم.", "ar")
    assert _types("فجر انتحاري نفسه في سوق مزدحمة في العاصمة الأفغانية كابول.", "ar") == [
        "ASSAULT"]


def test_an_attack_undergone_makes_its_subject_the_target() -> None:
    """«تعرضت X لهجوم»: X was attacked, so X is no attacker."""
    doc = simple_doc("تعرضت السفارة الأمريكية في كابول لهجوم.", "ar", published=PUBLISHED,
                     with_entities=True)
    attack = next(e for e in find_events(doc) if e.type == "ASSAULT")
    assert attack.actor is None or attack.actor.country != "USA"
    assert attack.target is not None and attack.target.country == "USA"
