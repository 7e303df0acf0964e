"""Persian state enforcement as COERCE, session 23 (2026-12-07), issue 6, engineer events_fa5
(triggers_fa.tsv under the "Session 23 (2026-12-07), engineer events_fa5" comment; SOURCE.md
"Session 23 enforcement rows"): sealing («پلمپ/پلمب کردن/شدن», restrict), filtering («فیلتر
شدن», «فیلترگذاری کردن/شدن», censor) and restrictions imposed («محدودیت … اعمال/وضع کردن»,
restrict); the singular «صهیونیست» stands for Israel as the plural does (state_actors.tsv); and
«وگرنه» ('otherwise') makes the act after it conditional (markers.tsv). Each case fails without
its row. Sentences written for these tests, on the pattern of Persian agency copy."""

from __future__ import annotations

import pytest
from doc_builders import events_of, fa_triggers, first_event


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ماموران اداره بهداشت دیروز سه رستوران متخلف را در شهر کرمان پلمپ کردند.", "پلمپ کردند"),
        ("کارخانه آسفالت شهرداری به دستور اداره محیط زیست پلمب شد.", "پلمب شد"),
        ("این سایت خبری به دستور دادستانی تهران فیلتر شد.", "فیلتر شد"),
        ("وبلاگ‌های این گروه توسط شرکت مخابرات فیلترگذاری شده است.", "فیلترگذاری شده است"),
        ("آمریکا برای خبرنگاران ایرانی محدودیت‌های تازه‌ای اعمال کرد.",
         "محدودیت‌های تازه‌ای اعمال کرد"),
    ],
)
def test_an_enforcement_verb_is_coerce(text: str, trigger: str) -> None:
    assert ("COERCE", trigger) in fa_triggers(text)


def test_a_sealing_is_a_restriction() -> None:
    event = first_event("ماموران پلیس دیروز دو کافی نت را در مشهد پلمپ کردند.", "COERCE")
    assert event.mode == "restrict"


def test_a_sealed_package_is_no_act() -> None:
    """The bare noun «پلمپ» (a sealed package, «فک پلمپ» breaking a seal) has no light verb."""
    kinds = [kind for kind, _ in fa_triggers("رایانه را به صورت پلمپ همراه با گارانتی تهیه کنید.")]
    assert "COERCE" not in kinds


def test_a_singular_zionist_soldier_acts_for_israel() -> None:
    event = first_event("سربازی صهیونیست یک جوان فلسطینی را در الخلیل زخمی کرد.", "ASSAULT")
    assert event.actor is not None
    assert event.actor.country == "ISR"


def test_an_act_after_otherwise_is_conditional() -> None:
    events = [e for e in events_of("پلیس گفت معترضان باید متفرق شوند وگرنه بازداشت می‌شوند.")
              if e.type == "COERCE"]
    assert events and all(e.hypothetical for e in events)
