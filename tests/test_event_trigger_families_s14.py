"""Trigger families of session 14 (2026-12-06), issue 6 (triggers_fa.tsv, triggers_ar.tsv under
the "Session 14 (2026-12-06), engineer triggers" comments; SOURCE.md "Session 14 trigger
families"): Persian light-verb constructions, their passives and verbal nouns, and Arabic
verbs with their masdars, written type by type from PLOVER's definitions. Each case fails
without its row; the last cases hold rows left out after the unlabelled check. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import ar_triggers, fa_triggers


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("کارگران کارخانه نساجی دیروز در برابر استانداری تجمع برگزار کردند.", "PROTEST",
         "تجمع برگزار کردند"),
        ("کارکنان شرکت واحد اتوبوسرانی تهران دست به اعتصاب زدند.", "PROTEST",
         "دست به اعتصاب زدند"),
        ("دولت ترکیه به درخواست آمریکا پاسخ منفی داد.", "REJECT", "پاسخ منفی داد"),
        ("ایران و روسیه با امضای تفاهم‌نامه‌ای همکاری‌های خود را گسترش دادند.", "SUPPORT",
         "با امضای تفاهم‌نامه‌ای"),
        ("گفتگوهای صلح دولت سودان و شورشیان دیروز در نایروبی آغاز شد.", "CONSULT",
         "گفتگوهای صلح"),
        ("سخنگوی ارتش یمن گفت عربستان باید بداند که واکنش سختی نشان خواهیم داد.", "THREATEN",
         "واکنش سختی نشان خواهیم داد"),
        ("دولت عراق خواهان خروج نیروهای آمریکایی شد.", "REQUEST", "خواهان"),
        ("وزیر سابق اقتصاد ترکیه به فساد متهم شد.", "ACCUSE", "متهم شد"),
        ("سفیر ژاپن در تهران تهدید شد.", "THREATEN", "تهدید شد"),
        ("سفارت عربستان در بغداد هدف قرار گرفت.", "ASSAULT", "هدف قرار گرفت"),
        ("اتحادیه اروپا تحریم‌های جدیدی علیه روسیه وضع کرد.", "SANCTION",
         "تحریم‌های جدیدی علیه روسیه وضع کرد"),
        ("ایران و عراق درباره مرزهای مشترک به توافق دست یافتند.", "AGREE",
         "به توافق دست یافتند"),
        ("رئیس جمهور ایران درگذشت پادشاه عربستان را تسلیت گفت.", "SUPPORT", "تسلیت گفت"),
        ("وزیر خارجه ایران با دولت و ملت اندونزی ابراز همدردی کرد.", "SUPPORT", "ابراز همدردی"),
    ],
)
def test_a_persian_family_is_read(text: str, kind: str, trigger: str) -> None:
    assert (kind, trigger) in fa_triggers(text)


def test_a_promise_reads_no_agreement() -> None:
    """«وعده/قول داد» was wrong more often than right on unlabelled news (business and domestic
    promises), so no row reads it."""
    assert fa_triggers("دولت پاکستان وعده داد که به افغانستان کمک کند.") == []


_ENTITIES = [("خالد العمري", "PER"), ("حسن الرفاعي", "PER"), ("فرنسا", "LOC"), ("إيران", "LOC")]


def _ar(text: str) -> list[tuple[str, str | None]]:
    return ar_triggers(text, _ENTITIES)


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("وعبر الرئيس خالد العمري في تصريح لوكالة الأنباء الفرنسية عن استنكاره لهذا العمل.",
         "ACCUSE", "عن استنكاره"),
        ("وأعرب الرئيس خالد العمري في بيان صدر عن مكتبه اليوم عن رفضه لهذا القرار.", "REJECT",
         "عن رفضه"),
        ("وعبر الرئيس خالد العمري في بيان صدر عن مكتبه اليوم عن ترحيبه بالاتفاق.", "SUPPORT",
         "عن ترحيبه"),
        ("وجه الرئيس خالد العمري انتقادات شديدة إلى حسن الرفاعي.", "ACCUSE",
         "وجه الرئيس خالد العمري انتقادات"),
        ("وجهت فرنسا اتهامات إلى حسن الرفاعي.", "ACCUSE", "وجهت فرنسا اتهامات"),
        ("وقالت فرنسا إن تصريحات إيران تمثل تدخلا في الشؤون الداخلية للبلاد.", "ACCUSE",
         "تدخلا في الشؤون"),
        ("تجمع آلاف المتظاهرين في باريس للتنديد بسياسات إيران.", "ACCUSE", "للتنديد"),
        ("اخترق قراصنة حساب الوزارة الرسمي على تويتر.", "COERCE", "اخترق قراصنة حساب"),
        ("تجمع متظاهرون أمام السفارة في باريس.", "PROTEST", "تجمع متظاهرون"),
        ("اعتصم عشرات المعلمين أمام البرلمان.", "PROTEST", "اعتصم"),
        ("سيبدأ الرئيس خالد العمري يوم السبت جولة إقليمية تشمل فرنسا.", "AGREE",
         "سيبدأ الرئيس خالد العمري يوم السبت جولة إقليمية"),
        ("وبدأت أنقرة ضربات جوية على معسكرات الحزب.", "ASSAULT", "ضربات جوية"),
        ("دفعت فرنسا بتعزيزات عسكرية كبيرة إلى الحدود.", "MOBILIZE", "دفعت فرنسا بتعزيزات"),
        ("سحبت فرنسا سفيرها من إيران.", "SANCTION", "سحبت فرنسا سفيرها"),
        ("فرضت فرنسا أمس عقوبات على إيران.", "SANCTION", "فرضت فرنسا أمس عقوبات"),
        ("تسلم الجيش اللبناني أمس مساعدات عسكرية من فرنسا.", "AID",
         "تسلم الجيش اللبناني أمس مساعدات"),
        ("تراجعت فرنسا عن قرارها.", "CONCEDE", "تراجعت فرنسا عن قرارها"),
    ],
)
def test_an_arabic_family_is_read(text: str, kind: str, trigger: str) -> None:
    assert (kind, trigger) in _ar(text)


@pytest.mark.parametrize("text", [
    "وثمن الأمير جهود اللجنة فضلا عن دعمها للرئيس حسن الرفاعي.",
    "وأنا أكتب المقال يخطف أبطال منتخبنا الميداليات.",
    "وبدأ مدير التعليم خالد العمري جولته على المدارس برفقة حسن الرفاعي.",
])
def test_an_arabic_row_left_out_reads_no_act(text: str) -> None:
    """«عن دعمها» («فضلا عن دعمها» 'besides its support'), «خطف» (its imperfect 'snatches,
    captivates'), «بدأ ... جولته» (an inspection tour): wrong more
    often than right on unlabelled news."""
    assert _ar(text) == []
