"""Who speaks when the subject is not where the verb's own clause would put it: a Persian
post before a comma, a name inside the speaker's adverbial, an unnamed body, a relative
(session 12, 2026-12-05). Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import speakers_of


@pytest.mark.parametrize(
    ("text", "lang", "entities", "expected", "reason"),
    [
        ("معاون وزیر نیرو با بیان اینکه مصرف آب در تابستان بالا رفته است، افزود: باید در "
         "مصرف صرفه‌جویی کنیم.\nعلی رضایی در گفت‌وگو با خبرنگاران افزود: سدها نیمه پر هستند.",
         "fa", [("علی رضایی", "PER")], ["علی رضایی", "علی رضایی"],
         "a comma inside the post's adverbial leaves the post the subject, and the name that "
         "goes on takes its words back"),
        ("گروه شهری: رئیس سازمان آتش‌نشانی، خدمات ایمنی و امداد گفت: ده نفر نجات یافتند.\n"
         "حسن قاسمی افزود: آتش مهار شده است.", "fa", [("حسن قاسمی", "PER")],
         ["حسن قاسمی", "حسن قاسمی"],
         "a comma inside the body's name, after a heading, does not hide the post"),
        ("سرپرست اداره کل راهداری استان گفت: جاده‌ها باز است.\nمحمود کریمی افزود: برف "
         "سنگین نبود.", "fa", [("محمود کریمی", "PER")], ["محمود کریمی", "محمود کریمی"],
         "سرپرست is a post"),
        ("رضا نوری با اشاره به سخنان رئیس‌جمهور حسن روحانی گفت: بودجه کافی نیست.",
         "fa", [("حسن روحانی", "PER")], [None],
         "a name inside the speaker's adverbial is not the speaker"),
        ("فرماندار شهر گفت: مدارس تعطیل است.\nوی با اشاره به دستور استاندار محمد احمدی "
         "افزود: این تصمیم تا شنبه ادامه دارد.", "fa", [("محمد احمدی", "PER")], [None, None],
         "a pronoun subject before the adverbial is not the name inside it"),
        ("سارا محمدی گفت: قیمت‌ها بالا رفته است.\nاتحادیه نانوایان تهران نیز اعلام کرد که "
         "قیمت نان تغییر نمی‌کند.", "fa", [("سارا محمدی", "PER")], ["سارا محمدی", None],
         "an unnamed body opening the clause speaks, not the person quoted before"),
        ("حسین کاظمی گفت: موکلم بی‌گناه است.\nوکیل مریم رضایی افزود: دادگاه باید دوباره "
         "رسیدگی کند.", "fa", [("حسین کاظمی", "PER"), ("مریم رضایی", "PER")],
         ["حسین کاظمی", None], "the lawyer of a named woman is not that woman"),
        ("وقال والد أحمد السالم للصحافيين إن ابنه لم يرتكب أي جريمة.", "ar",
         [("أحمد السالم", "PER")], [None], "the father of a named man is not that man"),
        ("وقالت أرملة الصحفي خالد العمر إن التحقيق لم يكتمل بعد.", "ar",
         [("خالد العمر", "PER")], [None], "the widow of a named man is not that man"),
        ("وقال أحمد السالم للصحافيين إن الطريق مغلق منذ أمس.", "ar",
         [("أحمد السالم", "PER")], ["أحمد السالم"], "a name with no relation word speaks"),
        ("نوری مالکی گفت: انتخابات به موقع برگزار می‌شود.\nیک منبع پارلمانی عراق در این "
         "زمینه گفت: جلسه فوق‌العاده فردا برگزار می‌شود.", "fa", [("نوری مالکی", "PER")],
         ["نوری مالکی", None], "an indefinite subject is someone unnamed, not the one before"),
        ("ابراهیم جعفری دیروز با ژنرال کیسی دیدار کرد.\nیک مقام نظامی آمریکایی که از "
         "گفت‌وگوهای کیسی با جعفری آگاه بود، گفت نیروهای آمریکایی در عراق می‌مانند.", "fa",
         [("ابراهیم جعفری", "PER"), ("کیسی", "PER")], [None],
         "nor is it the person named last, in its relative clause or before"),
        ("من جهته، رد سالم العتيبي، الناطق باسم حكومة خالد الحربي، على البيان قائلا: «لا صحة "
         "لهذه الأخبار على الإطلاق».", "ar", [("سالم العتيبي", "PER"), ("خالد الحربي", "PER")],
         ["سالم العتيبي"], "a participle shares the main verb's subject, named first"),
        ("أشاد عميد الكلية الدكتور سالم العتيبي بالاتفاقية التي وقعها مع الوزير خالد "
         "الحربي، لافتا إلى أنها تفتح آفاقا واسعة للتعاون.", "ar",
         [("سالم العتيبي", "PER"), ("خالد الحربي", "PER")], ["سالم العتيبي"],
         "not the person named last before the participle"),
        ("من جهة أخرى، قال الرئيس اليمني، عبد ربه منصور هادي، إن باب الحوار مفتوح.", "ar",
         [("عبد ربه منصور هادي", "PER")], ["عبد ربه منصور هادي"],
         "a name set off by commas after an office is its holder, who speaks"),
        ("ونقلت وكالة الأنباء عن خالد الحربي قوله إن الاتفاق سيوقع قريبا.", "ar",
         [("خالد الحربي", "PER")], ["خالد الحربي"],
         "a verbal noun with a pronoun (قوله) is the nearest person's, even one told"),
    ],
)
def test_clause_subjects(text: str, lang: str, entities: list[tuple[str, str]],
                         expected: list[str | None], reason: str) -> None:
    assert speakers_of(text, lang, entities) == expected, reason
