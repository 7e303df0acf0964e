"""Issue 6, session 23 (2026-12-07): a Persian condemnation, protest or criticism whose object,
told before its verb, is an act noun with its doer in the genitive is against that doer
(``events.persian_condemned``). Study set 6's «تهاجم وحشیانه عربستان سعودی به شیعیان
بی‌دفاع یمن ... را شدیداً محکوم می‌کنیم» had Yemen, the victim, as its target. Sentences
written for these tests."""

from __future__ import annotations

import pytest

import khabar


def _accused(text: str) -> str | None:
    doc = khabar.process(text, meta={"date": "2025-01-20"})
    accused = [e for e in doc.events if e.type == "ACCUSE"]
    assert len(accused) == 1
    target = accused[0].target
    return (target.name_en or target.text) if target else None


@pytest.mark.parametrize(("text", "target"), [
    # the victim after «به» is not the target; the doer in the noun's genitive is, also
    # where the verb in the first person has the speaker as its subject
    ("محمدرضا میرتاج‌الدینی نماینده مردم تبریز گفت: تهاجم وحشیانه عربستان سعودی به "
     "شیعیان بی‌دفاع یمن را شدیداً محکوم می‌کنیم.", "Saudi Arabia"),
    # the doer of a criticised policy, not the party it is «علیه»
    ("وزیر خارجه ایران از سیاست‌های آمریکا علیه عراق انتقاد کرد.", "United States"),
    # a criticised decision: its maker, where no target was read
    ("احزاب پاکستان از این تصمیم پرویز مشرف انتقاد کرده‌اند.", "Pervez Musharraf"),
])
def test_the_doer_of_the_condemned_act_is_the_target(text: str, target: str) -> None:
    assert _accused(text) == target


@pytest.mark.parametrize(("text", "target"), [
    # a party the verb marks itself before the act noun stays the target
    ("ایران آمریکا را به خاطر حمله اسرائیل به غزه محکوم کرد.", "United States"),
])
def test_a_target_before_the_act_noun_stays(text: str, target: str) -> None:
    assert _accused(text) == target
