"""The date of an event comes from its own clause: not from a relative clause beside it, not
from after a Persian verb, and a date opening «از X تاکنون» or «منذ X» marks an act going on
now, not background. Acts whose clauses name dates that cannot meet are two happenings."""

from __future__ import annotations

from doc_builders import simple_doc

from khabar.doc import DateMention, Doc, Event, Participant
from khabar.events.merging import Draft, merge
from khabar.events.stage import find_events

PUBLISHED = "2025-01-20T09:53:26+03:30"


def dated(text: str, lang: str, dates: list[tuple[str, str]],
          until: str | None = None) -> Doc:
    """A doc with the given date expressions (text, ISO value; each lasting to ``until``)
    at their first occurrence."""
    doc = simple_doc(text, lang, published=PUBLISHED, with_entities=True)
    for phrase, value in dates:
        at = text.index(phrase)
        doc.dates.append(DateMention(at, at + len(phrase), text=phrase, value=value,
                                     confidence=0.9, until=until))
    doc.dates.sort(key=lambda m: m.start)
    return doc


def event_of(doc: Doc, kind: str, trigger: str) -> Event:
    found = [e for e in find_events(doc) if e.type == kind and trigger in (e.trigger or "")]
    assert found, [(e.type, e.trigger) for e in find_events(doc)]
    return found[0]


def test_date_in_a_persian_relative_clause_dates_that_clause() -> None:
    text = ("سرلشکر باقری که در سال 1397 به پاکستان سفر کرده بود، با ژنرال منیر در "
            "اسلام‌آباد دیدار کرد.")
    doc = dated(text, "fa", [("سال 1397", "2018-03-21")])
    meeting = event_of(doc, "CONSULT", "دیدار")
    assert not meeting.historical
    assert meeting.date == "2025-01-20" and meeting.date_start is None


def test_date_after_a_persian_verb_is_not_its_date() -> None:
    text = ("مسئولان عراقی دمشق را متهم کردند که به رهبرانی پناه داده است که در حمله‌های "
            "سال 2009 دست داشتند.")
    doc = dated(text, "fa", [("سال 2009", "2009-01-01")])
    accusation = event_of(doc, "ACCUSE", "متهم")
    assert not accusation.historical and accusation.date == "2025-01-20"


def test_persian_act_going_on_since_a_year_is_news() -> None:
    text = "رژیم صهیونیستی از سال 2023 تاکنون به غزه حمله کرده است."
    doc = dated(text, "fa", [("سال 2023", "2023-01-01")])
    attack = event_of(doc, "ASSAULT", "حمله")
    assert not attack.historical and attack.date == "2025-01-20"


def test_persian_date_of_the_clause_still_marks_background() -> None:
    text = "سرلشکر باقری در سال 1397 با ژنرال منیر در اسلام‌آباد دیدار کرد."
    doc = dated(text, "fa", [("سال 1397", "2018-03-21")])
    meeting = event_of(doc, "CONSULT", "دیدار")
    assert meeting.historical and meeting.date == "2018-03-21"


def test_date_in_an_arabic_relative_clause_dates_that_clause() -> None:
    text = "استقبل الملك سلمان الرئيس التركي رجب طيب أردوغان الذي زار الرياض عام 2018 للمرة الأولى."
    doc = dated(text, "ar", [("عام 2018", "2018-01-01")])
    reception = event_of(doc, "CONSULT", "استقبل")
    assert not reception.historical and reception.date == "2025-01-20"


def test_arabic_first_meeting_since_a_year_is_news() -> None:
    text = "التقى الرئيس الإيراني حسن روحاني بنظيره التركي رجب طيب أردوغان لأول مرة منذ عام 2015."
    doc = dated(text, "ar", [("عام 2015", "2015-01-01")])
    meeting = event_of(doc, "CONSULT", "التقى")
    assert not meeting.historical and meeting.date == "2025-01-20"


def test_arabic_nearest_date_is_the_acts() -> None:
    text = ("وكان الرئيس الذي تولى منصبه عام 2014، قد التقى بنظيره التركي رجب طيب أردوغان "
            "في أنقرة يوم 3 مارس 2016.")
    doc = dated(text, "ar", [("عام 2014", "2014-01-01"), ("3 مارس 2016", "2016-03-03")])
    meeting = event_of(doc, "CONSULT", "التقى")
    assert meeting.historical and meeting.date == "2016-03-03"


def test_this_year_is_not_history() -> None:
    # «امسال» of a publication in Dey 1403: the Jalali year began ten months before it.
    text = "رژیم صهیونیستی امسال به غزه حمله کرد."
    doc = dated(text, "fa", [("امسال", "2024-03-20")], until="2025-03-20")
    attack = event_of(doc, "ASSAULT", "حمله")
    assert not attack.historical and attack.date == "2024-03-20"


def test_last_year_is_still_history() -> None:
    text = "رژیم صهیونیستی سال گذشته به غزه حمله کرد."
    doc = dated(text, "fa", [("سال گذشته", "2023-03-21")], until="2024-03-19")
    assert event_of(doc, "ASSAULT", "حمله").historical


def test_past_months_counted_back_from_today_are_background() -> None:
    text = "رژیم صهیونیستی طی هشت ماه گذشته سه بار به غزه حمله کرد."
    doc = dated(text, "fa", [("هشت ماه گذشته", "2024-05-20")], until="2025-01-20")
    assert event_of(doc, "ASSAULT", "حمله").historical


def _release(start: int, actor: str, key: str, told: tuple[str, str] | None) -> Draft:
    event = Event(start, start + 10, type="RETREAT", confidence=0.6,
                  actor=Participant(name_en=actor, country="YEM"),
                  target=Participant(name_en="Yemen nationals", country="YEM"))
    return Draft(event, key, "prisoners", told=told)


def test_acts_told_on_dates_that_cannot_meet_stay_apart() -> None:
    # «... از اواسط مارس تا کنون ... آزاد شده‌اند» and «دولت یمن از اوایل آوریل ... آزاد کرده است»
    first = _release(0, "Yemen authorities", "state:YEM", ("2020-03-11", "2020-03-20"))
    second = _release(50, "Yemen Government", "org:yemen-government", ("2020-04-01", "2020-04-10"))
    assert len(merge([first, second])) == 2
    same_parties = _release(50, "Yemen authorities", "state:YEM", ("2020-04-01", "2020-04-10"))
    assert len(merge([_release(0, "Yemen authorities", "state:YEM", ("2020-03-11", "2020-03-20")),
                      same_parties])) == 2


def test_a_retelling_without_a_date_or_with_the_same_merges() -> None:
    first = _release(0, "Yemen authorities", "state:YEM", ("2020-03-11", "2020-03-20"))
    assert len(merge([first, _release(50, "Yemen Government", "org:yemen-government", None)])) == 1
    first = _release(0, "Yemen authorities", "state:YEM", ("2020-03-01", "2020-03-31"))
    assert len(merge([first, _release(50, "Yemen authorities", "state:YEM",
                                      ("2020-03-15", "2020-03-15"))])) == 1
