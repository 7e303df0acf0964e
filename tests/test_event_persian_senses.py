"""Persian acts read by their sense (session 11 (2026-12-05)): a warning of a danger is no
threat, «به ... حبس محکوم» sentences, a talk with the press is no meeting, and an aim or a
danger to a thing is no attack or threat. Sentences written for these tests."""

from __future__ import annotations

from doc_builders import events_of

import khabar


def _types(text: str) -> list[str]:
    return [e.type for e in events_of(text)]


def test_a_warning_of_a_danger_is_no_threat() -> None:
    assert "THREATEN" not in _types(
        "وزیر بهداشت ایران هشدار داد: مصرف دخانیات در میان جوانان خطر ابتلا به سرطان را "
        "افزایش داده است.")
    assert "THREATEN" not in _types(
        "رئیس سازمان هواشناسی ایران درباره بارش‌های شدید در استان گیلان هشدار داد.")


def test_a_warning_with_a_threatened_response_is_a_threat() -> None:
    assert "THREATEN" in _types(
        "وزیر دفاع ایران هشدار داد که اگر آمریکا به ایران حمله کند، پاسخ سختی خواهد داد.")
    assert "THREATEN" in _types(
        "سخنگوی ارتش اسرائیل به حزب‌الله لبنان هشدار داد در صورت ادامه حملات با واکنش "
        "شدید روبرو می‌شود.")


def test_took_place_is_no_condition_of_a_threat() -> None:
    """«صورت» is the condition only after «در»/«این»: «صورت گرفت» ('took place') and «به
    صورت» ('as') make no warning a threat. Session 12 (2026-12-05)."""
    assert "THREATEN" not in _types(
        "وزیر بهداشت ایران هشدار داد: انتقال این بیماری به صورت گسترده در شهرها صورت گرفته است.")
    assert "THREATEN" in _types(
        "فرمانده ارتش ایران به آمریکا هشدار داد در صورتی که ناوهایش نزدیک شوند هدف قرار می‌گیرند.")
    assert "THREATEN" in _types(
        "فرمانده ارتش ایران به آمریکا هشدار داد ناوهایش دور بمانند، در غیر این صورت هدف قرار "
        "می‌گیرند.")


def test_in_this_way_is_no_condition_but_in_that_case_is() -> None:
    """«به این صورت» ('in this way') makes no warning a threat; «در این صورت» ('in that
    case') does: the cue is the three words, not «این صورت». Session 12 (2026-12-05),
    review."""
    assert "THREATEN" not in _types(
        "وزیر بهداشت ایران هشدار داد: این بیماری به این صورت منتقل می‌شود که ویروس در هوا "
        "پخش می‌شود.")
    assert "THREATEN" in _types(
        "فرمانده ارتش ایران به آمریکا هشدار داد ممکن است ناوهایش نزدیک شوند و در این صورت "
        "هدف قرار می‌گیرند.")


def test_a_sentence_to_prison_is_a_conviction_not_a_condemnation() -> None:
    sentenced = events_of("دادگاه آمریکا این زن روس را به تحمل ۱۸ ماه حبس محکوم کرد.")
    assert [(e.type, e.mode) for e in sentenced] == [("SANCTION", "convict")]
    assert [e.type for e in events_of(
        "دادگاه عالی مصر محمد مرسی را به پرداخت جریمه سنگین محکوم کرد.")] == ["SANCTION"]


def test_a_condemnation_of_an_attack_on_someone_stays_a_condemnation() -> None:
    """«به» inside the object, closed by «را», and «به شدت» (strongly) sentence no one."""
    assert _types("وزیر خارجه ایران حمله به سفارت عربستان را محکوم کرد.") == ["ACCUSE"]
    assert _types("وزیر خارجه ایران انفجار تروریستی در کابل را به شدت محکوم کرد.") == ["ACCUSE"]


def test_a_talk_with_the_press_is_no_meeting() -> None:
    assert "CONSULT" not in _types(
        "غسان بن جدو رئیس دفتر الجزیره در گفت‌وگوی تلفنی با خبرگزاری فرانسه این خبر را تایید کرد.")
    assert "CONSULT" not in _types("وزیر خارجه فرانسه دیروز با خبرنگاران گفت‌وگو کرد.")
    assert "CONSULT" in _types("وزیر خارجه فرانسه دیروز با وزیر خارجه ایران گفت‌وگو کرد.")


def test_an_outlet_interviewing_the_actor_is_not_the_target() -> None:
    """The whole pipeline: the entity stage finds the outlet, which the test builder does not."""
    found = khabar.process("محمد خاتمی با شبکه الجزیره گفت‌وگو کرد و از آمریکا انتقاد کرد.").events
    assert [e.type for e in found] == ["ACCUSE"]
    assert found[0].target is not None and found[0].target.name_en == "United States"


def test_aiming_at_a_goal_is_no_attack() -> None:
    assert "ASSAULT" not in _types("دولت جدید ترکیه رشد اقتصادی را هدف قرار داده است.")
    assert "ASSAULT" in _types("جنگنده‌های آمریکایی مواضع داعش در عراق را هدف قرار دادند.")
    assert "ASSAULT" in _types("نیروهای ناتو یک کاروان نظامی را در ولایت هلمند هدف قرار دادند.")


def test_endangering_a_thing_is_no_threat() -> None:
    assert "THREATEN" not in _types(
        "به گفته کوفی عنان، سیاست دولت آمریکا صلح و امنیت بین‌المللی را تهدید می‌کند.")
    assert "THREATEN" in _types("رئیس جمهور آمریکا ایران را به تحریم‌های تازه تهدید کرد.")
    assert "THREATEN" in _types(
        "یک گروه مسلح در لبنان کارکنان امنیتی سفارت آمریکا را در بیروت تهدید کرد.")
    # a thing, but of people: the staff's security is theirs (3a20ece's people-noun condition)
    assert "THREATEN" in _types("گروهی ناشناس امنیت کارکنان این شبکه را تهدید کرد.")


def test_verbs_of_going_tell_a_trip_and_a_planned_one_is_agree() -> None:
    """«عازم/راهی X شد», «به X آمد/رفت»: a visit; told for later, AGREE with future."""
    planned = events_of("رئیس‌جمهور ونزوئلا هفته آینده عازم مسکو خواهد شد.")
    assert [(e.type, e.future) for e in planned] == [("AGREE", True)]
    assert [e.type for e in events_of("وزیر خارجه عمان قرار است هفته آینده به تهران بیاید.")] \
        == ["AGREE"]
    went = events_of("نخست‌وزیر عراق دیروز راهی ریاض شد و با ملک سلمان دیدار کرد.")
    assert "CONSULT" in [e.type for e in went]


def test_a_verb_of_going_with_no_place_is_no_trip() -> None:
    assert _types("این کشور یکی از بزرگترین تولیدکنندگان نفت جهان به شمار می‌رود.") == []
    assert _types("به نظر می‌آید دولت ایران از این تصمیم راضی نیست.") == []


def test_going_to_play_or_fight_a_country_is_no_trip() -> None:
    assert "CONSULT" not in _types("تیم ملی بسکتبال ایران امروز در تهران به مصاف عراق رفت.")
    assert "CONSULT" in _types("وزیر خارجه ایران امروز به بغداد رفت.")


def test_a_thing_is_read_in_the_object_not_in_the_subjects_name_or_post() -> None:
    """«جان» is life, and John; «امنیت» is security, and a national security adviser's post:
    the threat of John Bolton, adviser on national security, is no danger to a thing
    (review, session 11 (2026-12-05))."""
    assert "THREATEN" in _types("جان بولتون شرکت‌های اروپایی را به تحریم تهدید کرد.")
    assert "THREATEN" in _types(
        "جان بولتون مشاور امنیت ملی آمریکا شرکت‌های اروپایی را به تحریم تهدید کرد.")
