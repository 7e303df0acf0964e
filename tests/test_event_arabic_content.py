"""Arabic acts a sentence names without telling them done (a game, what a request asks
for, an aim, a name), and meetings with no one met. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.doc import Doc, Event
from khabar.events.stage import find_events


def make(text: str) -> Doc:
    return simple_doc(text, "ar", published="2015-08-10T09:00:00+03:00", with_entities=True)


def events(text: str) -> list[Event]:
    return find_events(make(text))


def kinds(text: str) -> list[str]:
    return [e.type for e in events(text)]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("وزار وزير الصحة السعودي خالد الفالح أمس أربع مدارس في المنطقة.", False),
        ("وقام وزير الخارجية الإيراني محمد جواد ظريف أمس بزيارة لقاعة المعارض الكبرى.", False),
        ("وزار وزير الخارجية الإيراني محمد جواد ظريف أمس الكويت في جولة خليجية.", True),
        ("والتقى وزير الخارجية الإيراني محمد جواد ظريف نظيره الكويتي صباح الخالد.", True),
    ],
)
def test_a_meeting_with_no_one_met_is_not_recorded(text: str, coded: bool) -> None:
    """A visit to schools or a hall meets no party: CONSULT is between two."""
    assert any(e.type in ("CONSULT", "AGREE") for e in events(text)) is coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("ويلتقي منتخب السعودية نظيره منتخب الأردن مساء اليوم على ملعب الملك فهد في الرياض.",
         False),
        ("ولم يخسر منتخب إيران أمام العراق في آخر 19 لقاء ضمن مباريات كأس آسيا.", False),
        ("ويلتقي وزير الخارجية السعودي عادل الجبير نظيره الأردني ناصر جودة مساء اليوم في عمان.",
         True),
    ],
)
def test_a_meeting_word_in_a_sentence_on_sport_is_a_game(text: str, coded: bool) -> None:
    assert any(e.type in ("CONSULT", "AGREE") for e in events(text)) is coded


@pytest.mark.parametrize(
    ("text", "kind", "coded"),
    [
        ("ودعا المتظاهرون في نيويورك الكونغرس الأمريكي إلى رفض الاتفاق مع إيران.", "REJECT",
         False),
        ("وطالب المتظاهرون في بيروت الحكومة اللبنانية برفض الاتفاق مع إيران.", "REJECT", False),
        ("ورفض الكونغرس الأمريكي أمس الاتفاق مع إيران.", "REJECT", True),
        # a request in another clause asks nothing of this act
        ("ودعا الرئيس اليمني عبدربه منصور هادي إلى الحوار، فيما رفض الحوثيون الاتفاق.",
         "REJECT", True),
    ],
)
def test_what_a_request_asks_for_is_not_done(text: str, kind: str, coded: bool) -> None:
    """«دعا X إلى رفض», «طالب ... برفض»: the request is told, not the rejection."""
    found = events(text)
    assert any(e.type == kind for e in found) is coded
    if not coded:
        assert "REQUEST" in [e.type for e in found]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("وأرسلت الولايات المتحدة طائرات إلى تركيا لتقصف مواقع تنظيم داعش في سوريا.", False),
        ("وقصفت الطائرات الأمريكية مواقع تنظيم داعش في سوريا.", True),
    ],
)
def test_an_imperfect_after_the_lam_of_purpose_is_an_aim(text: str, coded: bool) -> None:
    assert ("ASSAULT" in kinds(text)) is coded


def test_a_trigger_after_a_family_word_is_a_name() -> None:
    """«صالح آل طالب» is a man's name, not a demand."""
    text = "وأكد اللواء صالح آل طالب أن الحكومة السعودية قدمت الخدمات للمواطنين."
    assert "REQUEST" not in kinds(text)


def test_a_number_of_the_hundreds_before_a_verb_form_is_a_count() -> None:
    """«1500 طالب» are students: 1500 is no year of the news."""
    text = "واستقبلت الحكومة السعودية 1500 طالب جامعي من اليمن في الرياض."
    assert "REQUEST" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("وغادرت فجر اليوم بعثة الجيش السعودي إلى الأردن للمشاركة في المناورات.", False),
        ("وقال الجيش العراقي إن انفجار اليوم في بغداد استهدف قوات الأمن العراقية.", True),
    ],
)
def test_dawn_is_no_explosion(text: str, coded: bool) -> None:
    """«فجر اليوم» is dawn; another word of its row before «اليوم» still tells an act."""
    assert ("ASSAULT" in kinds(text)) is coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("وقال المتحدث باسم الخارجية الأمريكية جون كيربي إن الاتفاق الذي أبرم يوم الثلاثاء بين"
         " إيران والولايات المتحدة أرسل إلى الكونغرس.", False),
        ("وأبرمت إيران والولايات المتحدة اتفاقا نوويا يوم الثلاثاء في فيينا.", True),
    ],
)
def test_a_verb_after_a_relative_pronoun_describes_a_noun(text: str, coded: bool) -> None:
    """«الاتفاق الذي أبرم يوم الثلاثاء»: which agreement, not the news of the sentence."""
    assert ("SUPPORT" in kinds(text)) is coded


def test_a_relative_after_a_noun_of_time_tells_when() -> None:
    """«في الوقت الذي هاجم فيه»: while it attacked; the attack is told."""
    text = ("واستغل تنظيم داعش الفراغ الأمني في ليبيا في الوقت الذي هاجم فيه السفارات الأجنبية"
            " في طرابلس.")
    assert "ASSAULT" in kinds(text)


@pytest.mark.parametrize(
    ("text", "kind", "coded"),
    [
        ("وكان المرشد الإيراني علي خامنئي قال بعد أن أم صلاة العيد في طهران يوم السبت الماضي"
         " «لن نجري أي محادثات مع الولايات المتحدة بشأن القضايا الإقليمية».", "CONSULT", False),
        ("وتساءل رئيس البرلمان الإيراني علي لاريجاني: «لماذا تنسحب القوات الأمريكية من العراق"
         " الآن؟».", "RETREAT", False),
        # the text an act issues, set off by quotation marks, tells the act itself
        ('وأوردت الوكالة أن الرئيس السوري بشار الأسد أصدر "مرسوما يقضي بمنح عفو عام عن'
         ' المنشقين من الجيش السوري".', "CONCEDE", True),
        # a word or two in quotation marks is a term set off, not speech
        ("وقال وزير الخارجية السعودي عادل الجبير إن إيران «تهدد» أمن المنطقة.", "THREATEN", True),
    ],
)
def test_an_act_inside_quoted_speech_is_said(text: str, kind: str, coded: bool) -> None:
    """What a speaker says inside quotation marks is speech, not the report's news."""
    assert (kind in kinds(text)) is coded


SPORTS = ("وقال مدرب الفريق إن اللاعب سيغيب عن المباراة المقبلة في الدوري على ملعب"
          " الأمير فيصل.")


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("ورفض نادي ريال مدريد الإسباني عرض نادي مانشستر سيتي الإنجليزي. " + SPORTS, False),
        # three words of a game («المباراة», «الدوري», «ملعب») are not yet sports news
        ("ورفض نادي ريال مدريد الإسباني عرض نادي مانشستر سيتي الإنجليزي. وقال المسؤول إن"
         " المباراة في الدوري ستقام على ملعب الأمير فيصل.", True),
    ],
)
def test_an_article_on_sport_codes_no_events(text: str, coded: bool) -> None:
    """Four distinct words of a game make an article sports news: its refusals are
    transfers, not acts PLOVER codes."""
    assert ("REJECT" in kinds(text)) is coded
