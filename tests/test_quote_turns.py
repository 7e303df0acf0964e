"""Who speaks when the words before a quote hand the turn to someone new: an Arabic verb
of another gender, a body noun told of before, a Persian "نیز" after a post."""

from __future__ import annotations

from dataclasses import replace

import pytest
from doc_builders import doc_with, speakers_of

from khabar.doc import Entity
from khabar.entities.gazetteer import phrase_key, words
from khabar.events.quote_speakers import _drops_subject
from khabar.events.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "lang", "entities", "expected", "reason"),
    [
        ("وقال رئيس البورصة كريم حجي إن البورصة تدرس عدة وسائل لزيادة السيولة.\n"
         "وفي مايو قالت أنوار إنفست ولها أنشطة في الزراعة إنها ستمضي قدما في الإدراج.",
         "ar", [("كريم حجي", "PER")], ["كريم حجي", None],
         "a feminine verb with an unknown subject does not go on with the man before"),
        ("وقال جون كيري إن الوكالة تواجه عجزا كبيرا في الموازنة.\n"
         "وأشارت إلى أن هذا يعني تأخير بدء السنة الدراسية.",
         "ar", [("جون كيري", "PER")], ["جون كيري", None],
         "a feminine verb with no subject is not the man who spoke"),
        ("وقالت المتحدثة باسم الخارجية ماري هارف إن المحادثات مستمرة.\n"
         "وأضافت أن الاتفاق قريب جدا من الإنجاز.",
         "ar", [("ماري هارف", "PER")], ["ماري هارف", "ماري هارف"],
         "verbs of one gender go on with the same speaker"),
        ("وقال الرئيس الأمريكي باراك أوباما إن بلاده تدعم الاتفاق النووي.\n"
         "وقالت المنظمة إنها لم تتربح من الأنسجة على الإطلاق.",
         "ar", [("باراك أوباما", "PER")], ["باراك أوباما", None],
         "a body noun with no organisation of its kind named before is no person"),
        ("قالت المؤسسة العامة لصوامع الغلال في المملكة أمس: إنها طرحت مناقصة لشراء القمح.\n"
         "وقال وزير الزراعة عبدالرحمن الفضلي إن المحصول جيد هذا العام.\n"
         "وقالت المؤسسة: إن الموعد النهائي لتقديم العروض اليوم الجمعة.",
         "ar", [("صوامع الغلال", "ORG"), ("عبدالرحمن الفضلي", "PER")],
         ["المؤسسة العامة لصوامع الغلال", "عبدالرحمن الفضلي", "المؤسسة العامة لصوامع الغلال"],
         "a body noun takes up the body an earlier speech verb named in full"),
        ("وقال مسؤول تركي بقطاع الطاقة لرويترز إن تدفق النفط توقف أمس.",
         "ar", [("لرويترز", "PER")], [None],
         "an outlet with the proclitic that tells it is no speaker"),
        ("علی فتاحی رئیس اتحادیه اظهار کرد: واحدهای کارگاهی تعطیل شدند.\n"
         "مدیرکل میراث فرهنگی، صنایع‌دستی و گردشگری استان اصفهان نیز گفت: مجوز صادر می‌شود.\n"
         "فریدون اللهیاری افزود: با ظرفیت قانونی می‌توانیم به فروشگاه‌ها کمک کنیم.",
         "fa", [("علی فتاحی", "PER"), ("فریدون اللهیاری", "PER")],
         ["علی فتاحی", "فریدون اللهیاری", "فریدون اللهیاری"],
         "a post with نیز is a new speaker, named by the quote that goes on from it"),
        ("علی فتاحی رئیس اتحادیه اظهار کرد: واحدهای کارگاهی تعطیل شدند.\n"
         "یکی از اساتید دانشگاه در این نشست گفت: هر جا سخن از همفکری بوده خیر بوده است.",
         "fa", [("علی فتاحی", "PER")], ["علی فتاحی", None],
         "one of a group is an unnamed speaker, not the last one"),
        ("هاشم فاطمی فرماندار کوهرنگ اظهار داشت: بارش‌ها کم شده است.\n"
         "فرماندار کوهرنگ با اشاره به اینکه منابع آبی استان نیز کاهش یافته است، گفت: "
         "خروجی رودخانه کم شده است.", "fa", [("هاشم فاطمی", "PER")],
         ["هاشم فاطمی", "هاشم فاطمی"], "نیز inside a clause of اینکه says nothing of the subject"),
        ("روبن کوسیلاس، دستیار مانوئل پیگرینی در من سیتی در مورد بازی اظهار داشت: شروع "
         "کار با باخت جالب نیست.", "fa", [("روبن کوسیلاس", "PER"), ("مانوئل پیگرینی", "PER")],
         ["روبن کوسیلاس"], "a post after a comma is the name's before it, not the one in it"),
        ("زانگ در دیدار با طهماسب مظاهری، وزیر اقتصاد ایران گفت: چین آماده همکاری است.",
         "fa", [("زانگ", "PER"), ("طهماسب مظاهری", "PER")], ["زانگ"],
         "a name governed by با is the one met: its post says nothing of the speaker"),
        ("علی فتاحی رئیس اتحادیه اظهار کرد: واحدهای کارگاهی تعطیل شدند.\n"
         "در ادامه نیز گفت: باید به مسئله فرهنگ حساس بود.",
         "fa", [("علی فتاحی", "PER")], ["علی فتاحی", "علی فتاحی"],
         "نیز after no subject goes on with the speaker before"),
    ],
)
def test_turns(text: str, lang: str, entities: list[tuple[str, str]],
               expected: list[str | None], reason: str) -> None:
    assert speakers_of(text, lang, entities) == expected, reason


def test_the_name_ali_is_no_preposition() -> None:
    """Folded, «علي» reads as «على»: right after the verb only the preposition drops the
    subject, so a body after the name is still read as before."""
    text = "وقال على وقال علي"
    doc = doc_with(text, "ar", [])
    on, ali = [w for w in words(text, 0, len(text)) if w.folded == "علي"]
    assert _drops_subject(doc, on) and not _drops_subject(doc, ali)


@pytest.mark.parametrize(
    ("text", "lang", "entities", "expected", "reason"),
    [
        ("مهدی عزیزی افزود: این مسابقات در تهران برگزار خواهد شد.\n"
         "دبیر هیئت فوتبال استان یزد گفت: تیم‌های شرکت‌کننده در فصل جدید مشخص شدند.\n"
         "احمد هاشمیه در گفت و گو با خبرنگاران افزود: دوازده تیم در این رقابت‌ها حضور دارند.",
         "fa", [("مهدی عزیزی", "PER"), ("احمد هاشمیه", "PER")],
         ["مهدی عزیزی", "احمد هاشمیه", "احمد هاشمیه"],
         "a post after another's quote is the one who then goes on, not the speaker before"),
        ("علی فتاحی رئیس اتحادیه نانوایان اظهار کرد: واحدهای کارگاهی تعطیل شدند.\n"
         "حسن کریمی گفت: مجوزها صادر می‌شود.\n"
         "رئیس اتحادیه نانوایان گفت: قیمت نان تغییر نمی‌کند.",
         "fa", [("علی فتاحی", "PER"), ("حسن کریمی", "PER")],
         ["علی فتاحی", "حسن کریمی", "علی فتاحی"],
         "a Persian post is the person named with it before"),
        ("وعلق المدرب سامي الجابر على قرار الحكم خالد العمري وقال بعد المباراة: "
         "\"احترمت القرار وقمت بما يجب علي\".",
         "ar", [("سامي الجابر", "PER"), ("خالد العمري", "PER")], ["سامي الجابر"],
         "a verb joined by و to the opening verb shares its subject"),
        ("وقال المدرب سامي الجابر إن الفريق جاهز للمباراة.\n"
         "وأضاف \"كل اللاعبين بخير ولا توجد إصابات في الفريق\".",
         "ar", [("سامي الجابر", "PER")], ["سامي الجابر", "سامي الجابر"],
         "the quoted words (كل, also a Persian role word) are no subject"),
    ],
)
def test_turns_session10(text: str, lang: str, entities: list[tuple[str, str]],
                         expected: list[str | None], reason: str) -> None:
    assert speakers_of(text, lang, entities) == expected, reason


def _with_pronoun(text: str, names: list[str], key: str) -> list[str | None]:
    """Speakers when the entity stage read the last «وی» as the person keyed ``key``."""
    doc = doc_with(text, "fa", [(n, "PER") for n in names])
    doc.entities = [replace(e, key=phrase_key(e.text.split()[-1])) for e in doc.entities]
    at = text.rindex("وی")
    doc.entities.append(Entity(at, at + 2, type="PER", text="وی", source="pronoun", key=key))
    doc.entities.sort(key=lambda e: e.start)
    return [q.speaker.text if q.speaker else None for q in find_quotes(doc)]


def test_a_pronoun_after_a_new_subject_is_that_subject() -> None:
    text = ("مهدی رضایی گفت: مدارس از شنبه باز می‌شوند و کلاس‌ها در دو نوبت است.\n"
            "حسن کریمی از تلاش معلمان در این مدت قدردانی کرد.\n"
            "وی ادامه داد: بودجه مدارس باید افزایش یابد.")
    assert _with_pronoun(text, ["مهدی رضایی", "حسن کریمی"], phrase_key("کریمی")) == [
        "مهدی رضایی", "حسن کریمی"]


def test_a_pronoun_after_a_name_in_passing_goes_on() -> None:
    text = ("مهدی رضایی گفت: مدارس از شنبه باز می‌شوند و کلاس‌ها در دو نوبت است.\n"
            "این تصمیم پس از سفر حسن کریمی به استان گرفته شد.\n"
            "وی ادامه داد: بودجه مدارس باید افزایش یابد.")
    assert _with_pronoun(text, ["مهدی رضایی", "حسن کریمی"], phrase_key("کریمی")) == [
        "مهدی رضایی", "مهدی رضایی"]


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("علی فتاحی گفت: واحدهای کارگاهی تعطیل شدند.\nخطیب نماز جمعه با اشاره به اینکه "
         "حسن کریمی از گروه‌ها حمایت کرده است، ابراز داشت: باید توبه کنند.",
         [("علی فتاحی", "PER"), ("حسن کریمی", "PER")], ["علی فتاحی", "علی فتاحی"],
         "a person inside a clause of اینکه is not the subject"),
        ("علی فتاحی گفت: واحدهای کارگاهی تعطیل شدند.\nعضو مجلس با اشاره به سفر حسن کریمی، "
         "هدف آن را صلح دانست و گفت: این هدف محقق نمی‌شود.",
         [("علی فتاحی", "PER"), ("حسن کریمی", "PER")], ["علی فتاحی", "علی فتاحی"],
         "a person in a phrase of a preposition is not the subject"),
        ("حامد کرزای گفت: انتخابات در موعد مقرر برگزار می‌شود.\nروزنامه نیویورک تایمز روز "
         "دوشنبه احتمال داد انتخابات به تعویق بیفتد.\nاین روزنامه نوشت: مقامات آمریکا شرایط "
         "را خطرناک می‌دانند.", [("حامد کرزای", "PER")], ["حامد کرزای", "نیویورک تایمز"],
         "«این روزنامه» is the known outlet named after the same noun before"),
        ("علی فتاحی گفت: واحدهای کارگاهی تعطیل شدند.\nاین منبع به نقل از منابع نزدیک اعلام "
         "کرده است که وی بیمار است.", [("علی فتاحی", "PER")], ["علی فتاحی", None],
         "«این منبع» is no person quoted before"),
        ("علی فتاحی گفت: واحدهای کارگاهی تعطیل شدند.\nاین در حالی است که حسن کریمی با تاکید "
         "بر این که طرحی دریافت نشده است، گفت: هر طرحی باید حقوق ما را بپذیرد.",
         [("علی فتاحی", "PER"), ("حسن کریمی", "PER")], ["علی فتاحی", "حسن کریمی"],
         "after an opener with است the subject is still to come"),
    ],
)
def test_persian_subjects_in_passing(text: str, entities: list[tuple[str, str]],
                                     expected: list[str | None], reason: str) -> None:
    assert speakers_of(text, "fa", entities) == expected, reason
