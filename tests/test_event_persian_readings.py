"""Persian trigger words read in a sense that tells no act (events.persian_readings).
Sentences written for these tests."""

from __future__ import annotations

from doc_builders import events_of


def _consults(text: str) -> list[str | None]:
    return [e.trigger for e in events_of(text) if e.type == "CONSULT"]


def test_a_game_is_no_meeting() -> None:
    assert _consults("تیم ملی والیبال لهستان در دیدار اول مقابل استونی پیروز شد.") == []
    assert _consults("دیدار نهایی مسابقات بین‌المللی فوتسال دبی دیشب انجام شد.") == []


def test_a_minister_meeting_a_team_is_a_meeting() -> None:
    """A word of match before «دیدار» says whom the meeting was with, not that it is a game."""
    text = "وزیر ورزش ایران با اعضای تیم ملی فوتبال در تهران دیدار کرد."
    assert _consults(text) != []
    assert _consults("وزیر خارجه ایران با وزیر خارجه عمان در مسقط دیدار کرد.") != []


def _requests(text: str) -> list[str | None]:
    return [e.trigger for e in events_of(text) if e.type == "REQUEST"]


def test_asking_to_stay_unnamed_or_asking_god_is_no_request() -> None:
    # Each names a party (a country, a president): with none, an act is dropped anyway
    # (participant_words.partyless), and the test would not see the reading.
    unnamed = "یکی از مقامات آمریکا که خواست نامش فاش نشود این اخبار را نادرست خواند."
    assert _requests(unnamed) == []
    assert _requests("حسن روحانی از خداوند متعال خواست به مردم ایران صبر دهد.") == []
    assert _requests("رئیس جمهور ایران از مردم خواست در مصرف گاز صرفه‌جویی کنند.") != []


def test_an_arrival_with_no_visitor_is_no_visit() -> None:
    """Goods, money and vehicles «enter» as often as people: with no visitor found, an
    arrival tells no visit; with one, it does."""
    assert _consults("روزانه دو کامیون سوخت از افغانستان وارد پاکستان می‌شدند.") == []
    assert _consults("وزیر خارجه عمان دیروز وارد تهران شد.") != []


def test_a_host_with_no_guest_is_no_visit() -> None:
    """A country hosts a tournament or a conference, or welcomes a resolution: no guest, no
    visit; with a guest named, the guest visits."""
    assert _consults("دولت ترکیه میزبان مسابقات جهانی کشتی در آنکارا بود.") == []
    assert _consults("دولت برزیل از قطعنامه شورای امنیت استقبال کرد.") == []
    assert _consults("رئیس جمهور ترکیه دیروز میزبان وزیر خارجه فرانسه بود.") != []


def _types(text: str) -> list[str]:
    return [e.type for e in events_of(text)]


def test_a_verbal_act_naming_no_one_is_not_recorded() -> None:
    """A threat, a demand or a meeting with neither actor nor target says nothing of who
    did what to whom; an arrest or an attack happens at a place even without its doer."""
    assert _types("هیچ خطری ساختمان‌های شهر را تهدید نمی‌کند.") == []
    assert _types("دیروز در مرکز شهر سه نفر بازداشت شدند.") == ["COERCE"]


def test_a_word_of_match_after_the_meetings_verb_is_in_another_clause() -> None:
    """«دیدار کرد» closes its clause: «در مقابل» after it ('in front of') names no game."""
    text = ("وزیر خارجه ایران با وزیر خارجه روسیه در مسکو دیدار کرد و در مقابل خبرنگاران "
            "سخن گفت.")
    assert _consults(text) != []



def test_a_persian_sports_article_codes_no_events() -> None:
    """Five distinct words of sport (sport_words_fa.txt): its «میزبان» hosts a match, its
    «دیدار» are games (persian_readings.sports_news_fa)."""
    text = ("ورزشگاه ملی کاردیف میزبان فینال جام حذفی فوتبال انگلیس خواهد بود.\n"
            "سرمربی لیورپول پیش از این دیدار با بازیکنان تیمش در لندن با سفیر ایران دیدار کرد.")
    assert _consults(text) == []


def test_a_few_words_of_sport_leave_a_political_article_alone() -> None:
    text = ("وزیر ورزش ایران با وزیر خارجه عمان در مسقط دیدار کرد.\n"
            "دو طرف درباره میزبانی مسابقات فوتبال گفت‌وگو کردند.")
    assert _consults(text) != []
