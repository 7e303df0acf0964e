"""Who goes on speaking in Arabic (session 13, 2026-12-05, issue 6): a plural verb with
no subject is a group's, not the last person's; an unnamed speaker goes on unnamed; a
participle is said by the subject of the verb it hangs on; an office read as its holder
after a deputy's post is not the speaker. Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest
from doc_builders import doc_with

from khabar.events.quotes import find_quotes


def _speakers(text: str, entities: list[tuple[str, str]],
              roles: tuple[str, ...] = ()) -> list[str | None]:
    doc = doc_with(text, "ar", entities)
    doc.entities = [replace(e, source="role") if e.text in roles else e for e in doc.entities]
    return [q.speaker.text if q.speaker else None for q in find_quotes(doc)]


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وزار الرئيس عبد ربه منصور هادي المدينة أمس. وقال شهود عيان إن المقاتلين فروا من "
         "الجبهة ليلا. وأضافوا أن المقاتلين باعوا أسلحتهم قبل الفرار.",
         [("عبد ربه منصور هادي", "PER")], [None, None],
         "وأضافوا goes on with the witnesses, not with the last person named"),
        ("وزار الرئيس عبد ربه منصور هادي المدينة أمس. وقالوا إن المقاتلين فروا من الجبهة.",
         [("عبد ربه منصور هادي", "PER")], [None],
         "a plural verb alone never stands for one person"),
        ("وزار الوزير سالم العتيبي المدينة أمس. وقالت مصادر مطلعة إن المقاتلين فروا من "
         "الجبهة ليلا. وأضافت أن المقاتلين باعوا أسلحتهم قبل الفرار.",
         [("سالم العتيبي", "PER")], [None, None],
         "وأضافت goes on with the unnamed sources"),
        ("وقالت مصادر مطلعة إن المقاتلين فروا من الجبهة ليلا. وأكد المتحدث سالم العتيبي "
         "مقتل القائد. وقال في تغريدة إن المقاتلين باعوا أسلحتهم قبل الفرار.",
         [("سالم العتيبي", "PER")], [None, "سالم العتيبي"],
         "not past a person who spoke in the sentence before"),
        ("وقال سالم العتيبي إن المفاوضات ستستأنف قريبا. وأضاف أن الوفد سيصل غدا.",
         [("سالم العتيبي", "PER")], ["سالم العتيبي", "سالم العتيبي"],
         "a named speaker goes on as before"),
    ],
)
def test_unnamed_speaker_goes_on(text: str, entities: list[tuple[str, str]],
                                 expected: list[str | None], reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وعن الطروحات التي تقدم بها المبعوث الدولي ستيفان دي ميستورا، أوضح بدر جاموس أن "
         "«مفتاح الحل ليس بيد مجلس الأمن»، لافتا إلى أن الائتلاف ملتزم بالعملية السياسية.",
         [("ستيفان دي ميستورا", "PER"), ("بدر جاموس", "PER")],
         ["بدر جاموس", "بدر جاموس"],
         "the participle is the subject's of أوضح, not the name in the adverbial before"),
        ("وعن الطروحات التي تقدمت بها المبعوثة هيلين كلارك، أوضح بدر جاموس أن «مفتاح الحل "
         "ليس بيد مجلس الأمن»، مشيرة إلى أن الائتلاف ملتزم بالعملية السياسية.",
         [("هيلين كلارك", "PER"), ("بدر جاموس", "PER")],
         ["بدر جاموس", "هيلين كلارك"],
         "a feminine participle does not go on with the man (unchanged)"),
    ],
)
def test_participle_speaker(text: str, entities: list[tuple[str, str]],
                            expected: list[str | None], reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


@pytest.mark.parametrize(
    ("text", "entities", "roles", "expected", "reason"),
    [
        ("من جهته، أكد مساعد وزير الخارجية الإيراني وكبير المفاوضين عباس عراقجي أن الاتفاق "
         "لا يتضمن أي وثيقة سرية.",
         [("وزير الخارجية الإيراني", "PER"), ("عباس عراقجي", "PER")],
         ("وزير الخارجية الإيراني",), ["عباس عراقجي"],
         "the minister is the genitive of his assistant's post"),
        ("وقال المتحدث باسم وزير الدفاع الأمريكي جيف ديفيس إن القوات ستبقى في العراق.",
         [("وزير الدفاع الأمريكي", "PER"), ("جيف ديفيس", "PER")],
         ("وزير الدفاع الأمريكي",), ["جيف ديفيس"],
         "the spokesman of the minister speaks"),
        ("وقال وزير الخارجية الإيراني محمد جواد ظريف إن الاتفاق لا يتضمن أي وثيقة سرية.",
         [("وزير الخارجية الإيراني", "PER"), ("محمد جواد ظريف", "PER")],
         ("وزير الخارجية الإيراني",), ["وزير الخارجية الإيراني"],
         "the office with no deputy's post before it stays the speaker (unchanged)"),
        ("وقال سفير خادم الحرمين الشريفين أحمد قطان إن الإيرانيين يحاولون العبث بأمن المنطقة. "
         "وأكد سفير خادم الحرمين الشريفين أن المملكة لن تسمح بذلك.",
         [("أحمد قطان", "PER"), ("خادم الحرمين الشريفين", "PER")],
         ("خادم الحرمين الشريفين",), ["أحمد قطان", "أحمد قطان"],
         "the King's ambassador speaks, not the King"),
        ("وقال وكيل جامعة الملك فهد للبحوث الدكتور سهل عبدالجواد: إن البرنامج طال انتظاره.",
         [("جامعة الملك فهد", "ORG"), ("سهل عبدالجواد", "PER")], (), ["سهل عبدالجواد"],
         "وكيل before a body is a deputy's post (the Persian وکیل, lawyer, folds alike), "
         "and the body after it is no speaker"),
        ("وقال والد سهل عبدالجواد إن ابنه لم يؤذ أحدا.", [("سهل عبدالجواد", "PER")], (),
         [None], "an Arabic relation word still makes the speaker unnamed (unchanged)"),
        ("وكتب الشيخ عباس الموعظة. قال تعالى في شأن قرية عذب أهلها: فجعلناها نكالا لما بين "
         "يديها وما خلفها.", [("عباس", "PER")], [], [None],
         "«قال تعالى» introduces a verse: God speaks, not the last person named"),
        ("وكتب الشيخ عباس الموعظة. وقال عز وجل في كتابه: فجعلناها نكالا لما بين يديها.",
         [("عباس", "PER")], [], [None], "«قال عز وجل»: a whole formula makes God speak"),
        ("وكتب الشيخ عباس الموعظة. قال عزَّ من قائل: فجعلناها نكالا لما بين يديها.",
         [("عباس", "PER")], [], [None], "a vowelled formula («عزَّ من») still makes God speak"),
        ("وزار الوزير سالم العتيبي عدن. وقال عز الدين الأصبحي إن الحكومة قامت بجولات "
         "تفقدية.", [("سالم العتيبي", "PER"), ("عز الدين الأصبحي", "PER")], [],
         ["عز الدين الأصبحي"], "«عز» alone opens a given name, no formula (review)"),
    ],
)
def test_office_under_post(text: str, entities: list[tuple[str, str]], roles: tuple[str, ...],
                           expected: list[str | None], reason: str) -> None:
    assert _speakers(text, entities, roles) == expected, reason


PERSIAN_LETTERS = frozenset("پچژگیک")
ARABIC_LETTERS = frozenset("يكةأإؤ")


def test_speaker_heads_languages() -> None:
    """Each row of speaker_heads.tsv names its language (session 13): a word written with
    a letter only Persian uses is Persian, one with a letter only Arabic uses is Arabic."""
    from khabar.events.quote_words import HEAD_LANGUAGES, head_rows, speaker_heads

    rows = head_rows()
    assert rows and all(languages and languages <= HEAD_LANGUAGES for _, _, languages in rows)
    for word, _, languages in rows:
        if PERSIAN_LETTERS & set(word):
            assert languages == {"fa"}, word
        if ARABIC_LETTERS & set(word):
            assert languages == {"ar"}, word
    assert {"fa"} in [languages for word, _, languages in rows if word == "بیانیه"]
    assert speaker_heads()["بيان"] == "document"  # the loader's map is as before


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("حضر المراسم سفير المملكة في تيرانا طلعت بن سالم رضوان. وقال السفير رضوان: إن "
         "المملكة قررت مد يد العون للمتضررين.", [("طلعت بن سالم رضوان", "PER")],
         ["طلعت بن سالم رضوان"], "a post and the family name of a person named before"),
        ("زار مدير الأمن العام الفريق عثمان بن ناصر المحرج المصابين. وقال الفريق المحرج في "
         "تصريح صحفي: إن الوضع الصحي للمصابين مطمئن.", [("عثمان بن ناصر المحرج", "PER")],
         ["عثمان بن ناصر المحرج"], "a rank and the family name of a person named before"),
        ("حضر المراسم سفير المملكة طلعت رضوان والمدير العام لإدارة الطوارئ في ألبانيا شامسي "
         "براتشي. وأوضح المدير العام لإدارة الطوارئ في ألبانيا طريقة التوزيع وقال: إن "
         "المساعدات "
         "ستوزع على العائلات.", [("طلعت رضوان", "PER"), ("شامسي براتشي", "PER")],
         ["شامسي براتشي"],
         "a post with the article, written before the next name after و, is that name's"),
    ],
)
def test_post_named_before(text: str, entities: list[tuple[str, str]],
                           expected: list[str | None], reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("وزار الوزير غانم السليم السوق أمس. وأبلغ مسؤول رفيع الصحيفة أن المستثمرين يدرسون "
         "الأسعار. وأبدت الهيئة تفاؤلا كبيرا، مؤكدة أن المستثمرين سيسهمون في الاستقرار.",
         [("غانم السليم", "PER")], [None, None],
         "a feminine verb after an unnamed man's quote is not the last person named's"),
        ("وكان علي العلاق الذي يعد من أبرز المؤيدين لرئيس الوزراء حيدر العبادي قال في "
         "تصريحات تلفازية إن «الحكومة مكونة من كل الاتجاهات»، مضيفا أن «بعض الجهات "
         "تحاول إسقاط الحكومة».",
         [("علي العلاق", "PER"), ("حيدر العبادي", "PER")],
         ["حيدر العبادي", "علي العلاق"],
         "a participle after a subject read before its verb is left to the sentence's "
         "first person (the verb's own reading is unchanged)"),
    ],
)
def test_turn_guards(text: str, entities: list[tuple[str, str]],
                     expected: list[str | None], reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("أفاد المرصد السوري لحقوق الانسان اليوم بمقتل مراسل الإذاعة. وقال المرصد في بيان "
         "إن المراسل قتل مع ثلاثة عناصر آخرين.", [("المرصد السوري لحقوق الانسان", "ORG")],
         ["المرصد السوري لحقوق الانسان"], "«المرصد» takes up the observatory named before"),
        ("كما أعلنت خلية الإعلام الحربي مقتل عشرين مسلحا. وأكدت الخلية أن القوات تقدمت في "
         "المحور الشرقي.", [("خلية الإعلام الحربي", "ORG")], ["خلية الإعلام الحربي"],
         "«الخلية» takes up the cell named before"),
    ],
)
def test_body_taken_up(text: str, entities: list[tuple[str, str]],
                       expected: list[str | None], reason: str) -> None:
    assert _speakers(text, entities) == expected, reason


def test_attribution_name_past_reach() -> None:
    """A name that opens within an attribution's reach may run past it: the statement of
    "بيان لوزارة الدفاع الأمريكية" is the ministry's (session 13)."""
    text = ("وكانت أم سياف لا تزال مع العسكريين وقد سلمت إلى وزارة الداخلية في إقليم كردستان "
            "العراق، حسب ما جاء في بيان لوزارة الدفاع الأمريكية.")
    assert _speakers(text, [("وزارة الداخلية", "ORG"), ("وزارة الدفاع الأمريكية", "ORG")]) \
        == ["وزارة الدفاع الأمريكية"]


@pytest.mark.parametrize("post", ["المبعوث الصيني", "المتحدث الصيني", "قائد الجيش الصيني"])
def test_holder_by_country_other_office(post: str) -> None:
    """An unnamed post of a country ("وقال المبعوث الصيني") is not the last person of that
    country when the entity stage read that person from another office ("الرئيس الصيني")
    (session 13). Since «مبعوث» joined the deputies' posts (7562633) the envoy never
    reaches this rule; the spokesman and the army chief do (review, session 13: with the
    envoy alone the test passed without ``other_office``)."""
    text = (f"وهنأ الرئيس الصيني مصر بافتتاح القناة. وقال {post} إن القناة ستفيد "
            "التجارة العالمية.")
    doc = doc_with(text, "ar", [("الرئيس الصيني", "PER")],
                   kb={"الرئيس الصيني": ("per:xi-jinping", "CHN")})
    doc.entities = [replace(e, source="role") for e in doc.entities]
    speakers = [q.speaker.text if q.speaker else None for q in find_quotes(doc)]
    assert speakers and speakers[-1] != "الرئيس الصيني"


@pytest.mark.parametrize(
    ("text", "entities", "expected", "reason"),
    [
        ("واستقبل الرئيس عبد الفتاح السيسي الوفد. وصرح الناطق الرسمي باسم الرئاسة المصرية "
         "السفير علاء يوسف بأن اللقاء تناول التعاون المشترك.",
         [("عبد الفتاح السيسي", "PER")], "عبد الفتاح السيسي",
         "a spokesman's post of a country is not the last person of that country"),
        ("وزار الباحث إيثان بلفنز المدينة أمس. وقالت مصلحة المرافق العامة في "
         "سياتل إن النفايات تشكل عشرة في المئة.", [("إيثان بلفنز", "PER")], "إيثان بلفنز",
         "an agency («مصلحة») speaks, not the last person named"),
        ("وزار الباحث إيثان بلفنز المدينة أمس. وقالت مسؤولة في وزارة السياحة إن "
         "الكتيب أثار الاستياء.", [("إيثان بلفنز", "PER")], "إيثان بلفنز",
         "a woman official («مسؤولة») is unnamed, not the last person named"),
    ],
)
def test_not_the_last_person(text: str, entities: list[tuple[str, str]], expected: str,
                             reason: str) -> None:
    doc = doc_with(text, "ar", entities)
    if "السيسي" in expected:
        doc.entities = [replace(e, country="EGY") for e in doc.entities]
    speakers = [q.speaker.text if q.speaker else None for q in find_quotes(doc)]
    assert speakers and speakers[-1] != expected, reason
