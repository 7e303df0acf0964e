"""Trigger rows and modes of session 30 (2026-12-07), issue 6 (triggers_fa.tsv under the
"Session 30 (2026-12-07), engineer events_fa16" comment; SOURCE.md "Session 30 trigger rows and
modes"): an arrest passive with its light verb written on («دستگیرشدند»), «روانه زندان شدن», a
protest declared with «مراتب» or the formal «اعلام داشتن», an agreement signed in the passive
(«امضا شد», its finite forms only); and the PLOVER modes of rows whose word names one (arrest,
release, demo, strike, aerial, withdraw). Each case read or given a mode fails
without its row or mode; the two cases of no act or no mode hold on main too. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from doc_builders import events_of, fa_triggers


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        # Hamshahri writes the light verb on the participle: the passive of an arrest
        ("در جریان این عملیات در رمادی ۲۰ مظنون دستگیرشدند.", "COERCE", "دستگیرشدند"),
        ("عمادالدین باقی روز شنبه بار دیگر روانه زندان شد.", "COERCE", "روانه زندان شد"),
        ("وزارت امور خارجه ایران مراتب اعتراض خود را به سفیر انگلیس اعلام کرد.", "ACCUSE",
         "مراتب اعتراض خود را به سفیر انگلیس اعلام کرد"),
        ("وزارت امور خارجه ایران انتقاد خود را از این اقدام آمریکا اعلام داشت.", "ACCUSE",
         "انتقاد خود را از این اقدام آمریکا اعلام داشت"),
        ("وزارت امور خارجه ایران مخالفت خود را با این طرح اعلام داشت.", "REJECT",
         "مخالفت خود را با این طرح اعلام داشت"),
        ("تفاهم‌نامه همکاری میان ایران و ترکیه روز شنبه در تهران امضا شد.", "SUPPORT",
         "امضا شد"),
        # a signing told for later is a plan: AGREE (EVENT-CONVENTIONS)
        ("قرارداد فروش گاز ایران به هند دو ماه دیگر امضا خواهد شد.", "AGREE",
         "امضا خواهد شد"),
    ],
)
def test_a_persian_row_is_read(text: str, kind: str, trigger: str) -> None:
    assert (kind, trigger) in fa_triggers(text)


@pytest.mark.parametrize(
    ("text", "kind", "mode"),
    [
        ("پلیس ایران محمدرضا را در تهران دستگیر کرد.", "COERCE", "arrest"),
        ("مصطفی برغوثی دیروز به دست پلیس اسرائیل بازداشت شد.", "COERCE", "arrest"),
        ("دولت ایران سه زندانی آمریکایی را آزاد کرد.", "RETREAT", "release"),
        ("هزاران نفر از مردم لندن روز شنبه علیه جنگ عراق تظاهرات کردند.", "PROTEST", "demo"),
        ("کارگران شرکت نفت فرانسه روز دوشنبه اعتصاب کردند.", "PROTEST", "strike"),
        ("حملات هوایی آمریکا به مواضع طالبان در قندهار ادامه یافت.", "ASSAULT", "aerial"),
        ("نیروهای انگلیسی از بصره عقب‌نشینی کردند.", "RETREAT", "withdraw"),
    ],
)
def test_a_persian_row_gives_its_mode(text: str, kind: str, mode: str) -> None:
    assert mode in [e.mode for e in events_of(text) if e.type == kind]


def test_a_signed_deal_told_by_its_participle_is_no_signing() -> None:
    # «امضا شده» describes the deal, signed long before: no act is told
    text = "قرارداد صلح امضا شده در سال ۲۰۰۲ در کنگو به آتش‌بس انجامیده است."
    assert "SUPPORT" not in [kind for kind, _ in fa_triggers(text)]


@pytest.mark.parametrize(
    "text",
    [
        # «ربودن» takes things as often as people: the lead in a race, warheads stolen
        "سایت ای‌بی در انگلیس گوی رقابت را از گوگل ربود.",
        "۶۴ کلاهک موشکی از قطار رومانی ربوده شد.",
    ],
)
def test_a_taking_gets_no_abduct_mode(text: str) -> None:
    assert "abduct" not in [e.mode for e in events_of(text)]
