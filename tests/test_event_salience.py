"""Main events and argument choice: the headline's kinds lead, the visitor of a meeting is
its actor, and Arabic roles read the verb's own object, "لدى", honorifics and relative
clauses. Sentences written for these tests."""

from __future__ import annotations

from doc_builders import simple_doc

from khabar.doc import Doc, Event
from khabar.events.merging import Draft
from khabar.events.salience import OFF_HEADLINE_SHARE, headline_types, main_events
from khabar.events.stage import find_events

PUBLISHED = "2025-01-20T09:53:26+03:30"


def make_doc(text: str, lang: str, title: str | None = None) -> Doc:
    doc = simple_doc(text, lang, published=PUBLISHED, with_entities=True)
    doc.title = title
    return doc


def _draft(kind: str, confidence: float, base: str | None = None, historical: bool = False
           ) -> Draft:
    event = Event(0, 1, type=kind, confidence=confidence, historical=historical)
    return Draft(event, None, None, base_type=base)


def test_headline_types_read_the_title() -> None:
    doc = make_doc("متن.", "fa", title="ایران آمریکا را تهدید کرد")
    assert headline_types(doc, "fa") == {"THREATEN"}
    assert headline_types(make_doc("متن.", "fa"), "fa") == frozenset()


def test_a_headline_verb_of_saying_keeps_its_topic_noun_out() -> None:
    """"demanded the release" names a REQUEST, not a release."""
    doc = make_doc("نص.", "ar", title="الاتحاد يطالب بالإفراج عن الصحفي")
    assert headline_types(doc, "ar") == {"REQUEST"}


def test_headline_kinds_lead_and_others_stay_few_and_sure() -> None:
    drafts = [_draft("ASSAULT", 0.9), _draft("REQUEST", 0.7), _draft("PROTEST", 0.65),
              _draft("REJECT", 0.62), _draft("CONSULT", 0.4), _draft("SUPPORT", 0.5)]
    kept = main_events(drafts, frozenset({"CONSULT"}), 4)
    kinds = [d.event.type for d in kept]
    assert kinds[0] == "CONSULT"  # the headline's kind first, though least sure
    assert len(kinds) == 1 + OFF_HEADLINE_SHARE
    assert "SUPPORT" not in kinds  # off the headline and unsure


def test_no_headline_trigger_ranks_by_confidence() -> None:
    drafts = [_draft("ASSAULT", 0.4), _draft("REQUEST", 0.7), _draft("PROTEST", 0.5)]
    kept = main_events(drafts, frozenset(), 2)
    assert [d.event.type for d in kept] == ["REQUEST", "PROTEST"]


def test_a_planned_act_counts_under_its_trigger_type() -> None:
    """A headline "meets" (present tense) names the meeting the body tells as planned."""
    kept = main_events([_draft("AGREE", 0.5, base="CONSULT"), _draft("ASSAULT", 0.55)],
                       frozenset({"CONSULT"}), 4)
    assert [d.event.type for d in kept] == ["AGREE"]


def test_background_comes_after_the_news() -> None:
    kept = main_events([_draft("CONSULT", 0.9, historical=True), _draft("CONSULT", 0.5)],
                       frozenset({"CONSULT"}), 1)
    assert not kept[0].event.historical


def test_the_headline_filters_the_pipeline_events() -> None:
    text = ("وزیر خارجه ایران با وزیر خارجه اتریش دیدار کرد. "
            "آمریکا عراق را تهدید کرد. سوریه ترکیه را محکوم کرد. مصر از لیبی حمایت کرد.")
    untitled = {e.type for e in find_events(make_doc(text, "fa"))}
    title = "وزیران خارجه ایران و اتریش دیدار کردند"
    titled = [e.type for e in find_events(make_doc(text, "fa", title=title))]
    assert len(untitled) > len(titled)
    assert "CONSULT" in titled


def test_a_visitor_is_the_actor_of_a_meeting_in_the_hosts_country() -> None:
    doc = make_doc("التقى الرئيس السوري بشار الأسد في دمشق اليوم وزير الخارجية الإيراني.", "ar")
    event = next(e for e in find_events(doc) if e.type == "CONSULT")
    assert event.actor is not None and event.actor.country == "IRN"
    assert event.target is not None and event.target.country == "SYR"
    assert event.mode == "visit"


def test_a_meeting_abroad_keeps_its_subject() -> None:
    doc = make_doc("وزیر خارجه ایران امروز در وین با وزیر خارجه اتریش دیدار کرد.", "fa")
    event = next(e for e in find_events(doc) if e.type == "CONSULT")
    assert event.actor is not None and event.actor.country == "IRN"
    assert event.target is not None and event.target.country == "AUT"


def test_an_ambassador_to_a_country_makes_it_the_target() -> None:
    event = find_events(make_doc("استدعت البحرين سفيرها لدى إيران للتشاور.", "ar"))[0]
    assert event.type == "SANCTION"
    assert event.target is not None and event.target.country == "IRN"


def test_the_verbs_object_comes_before_a_name_after_ala() -> None:
    doc = make_doc("سلمت الولايات المتحدة السلطات العراقية معتقلا بعد غارة على سوريا.", "ar")
    event = next(e for e in find_events(doc) if e.type == "COOPERATE")
    assert event.target is not None and event.target.country == "IRQ"


def test_a_name_past_a_relative_pronoun_is_not_the_subject() -> None:
    doc = make_doc("قال زعيم الحوثيين إنه يرفض الهدنة التي تعتزم السعودية تطبيقها.", "ar")
    event = next(e for e in find_events(doc) if e.type == "REJECT")
    assert event.actor is None or event.actor.country != "SAU"


def test_a_call_from_a_king_behind_honorifics_has_the_king_as_caller() -> None:
    text = "تلقى الأمير محمد بن سلمان اتصالاً هاتفياً من جلالة الملك محمد السادس ملك المغرب."
    calls = [e for e in find_events(make_doc(text, "ar")) if e.type == "CONSULT"]
    assert len(calls) == 1  # "تلقى ... اتصالا" and "هاتفيا" are one phrase
    assert calls[0].mode == "phone"
    assert calls[0].actor is not None and calls[0].actor.country == "MAR"


def test_the_two_sides_are_the_parties_of_the_meeting_before() -> None:
    text = ("وزیر خارجه ایران امروز در وین با وزیر خارجه اتریش دیدار کرد. "
            "طرفین درباره همکاری در مرز سوریه به توافق رسیدند.")
    agree = next(e for e in find_events(make_doc(text, "fa")) if e.type == "AGREE")
    assert agree.actor is not None and agree.actor.country == "IRN"
    assert agree.target is not None and agree.target.country == "AUT"


def test_the_two_sides_after_an_arabic_verb() -> None:
    text = ("التقى وزير الخارجية السعودي في الرياض اليوم وزير الخارجية الإيراني. "
            "واتفق الجانبان على تعزيز التعاون في سوريا.")
    agree = next(e for e in find_events(make_doc(text, "ar")) if e.type == "AGREE")
    assert {agree.actor and agree.actor.country, agree.target and agree.target.country} == {
        "SAU", "IRN"}


def test_entering_no_place_is_no_visit() -> None:
    doc = make_doc("نیروهای آمریکایی وارد بیمارستان شدند.", "fa")
    assert [e.type for e in find_events(doc)] == []
    visit = find_events(make_doc("وزیر خارجه ایران وارد مسکو شد.", "fa"))
    assert [e.type for e in visit] == ["CONSULT"]


def test_people_named_by_nationality_are_the_target_of_an_arrest() -> None:
    event = find_events(make_doc("پلیس ترکیه دو تبعه سوری را بازداشت کرد.", "fa"))[0]
    assert event.type == "COERCE"
    assert event.target is not None and event.target.country == "SYR"
    doc = make_doc(event_text := "اعتقلت الشرطة الإيطالية مواطنا تونسيا في روما.", "ar")
    arrest = find_events(doc)[0]
    assert arrest.target is not None and arrest.target.country == "TUN"
    assert arrest.target.start is not None and arrest.target.end is not None
    assert event_text[arrest.target.start : arrest.target.end] == arrest.target.text


def test_the_actors_own_nationality_is_no_target() -> None:
    """"الشرطة الإيطالية" is the actor; its adjective names no one arrested."""
    arrest = find_events(make_doc("اعتقلت الشرطة الإيطالية رجلا في روما.", "ar"))[0]
    assert arrest.target is None or arrest.target.country != "ITA"


def test_unnamed_people_arrested_are_of_the_acting_state() -> None:
    event = find_events(make_doc("نیروهای امنیتی سوریه 30 نفر را در دمشق دستگیر کردند.", "fa"))[0]
    assert event.type == "COERCE"
    assert event.actor is not None and event.actor.country == "SYR"
    assert event.target is not None and event.target.country == "SYR"


def test_a_state_is_not_the_target_of_its_own_release() -> None:
    text = "ایران دو شهروند سوئدی را آزاد کرد."
    event = find_events(make_doc(text, "fa"))[0]
    assert event.target is not None and event.target.country == "SWE"
    own = find_events(make_doc("دولت ایران در تهران ایران را آزاد کرد.", "fa"))[0]
    assert own.target is None or own.target.country != "IRN"


def test_a_counterpart_of_a_nationality_is_the_other_party() -> None:
    doc = make_doc("وزیر خارجه ایران امروز با همتای ترکیه‌ای خود در آنکارا دیدار کرد.", "fa")
    event = find_events(doc)[0]
    assert event.target is not None and event.target.country == "TUR"
    assert event.target.start is not None and event.target.end is not None
    assert doc.text[event.target.start : event.target.end] == event.target.text
    doc = make_doc("التقى وزير الخارجية السعودي في الرياض اليوم نظيره الإيراني.", "ar")
    meeting = find_events(doc)[0]
    assert {meeting.actor and meeting.actor.country, meeting.target and meeting.target.country
            } == {"SAU", "IRN"}


def test_a_release_with_no_agent_or_place_is_by_the_authorities_of_the_last_city() -> None:
    text = "سه مرد روز پنج‌شنبه در مادرید دستگیر شدند. شش تبعه مغربی دیروز آزاد شدند."
    release = next(e for e in find_events(make_doc(text, "fa")) if e.type == "RETREAT")
    assert release.actor is not None and release.actor.country == "ESP"
    assert release.target is not None and release.target.country == "MAR"


def test_the_person_a_title_ends_in_heads_it() -> None:
    """"the UN envoy Mohammad Khatib" is Khatib acting, not the UN."""
    doc = make_doc("نماینده سازمان ملل متحد برای صلح محمد خطیب خواستار توقف درگیری‌ها شد.", "fa")
    event = find_events(doc)[0]
    assert event.type == "REQUEST"
    assert event.actor is not None and event.actor.text == "محمد خطیب"


def test_the_agent_after_by_does_a_passive_act() -> None:
    doc = make_doc("دبیر دوم سفارت ایران توسط نیروهای آمریکایی در بغداد ربوده شد.", "fa")
    event = find_events(doc)[0]
    assert event.type == "ASSAULT"
    assert event.actor is not None and event.actor.country == "USA"
    assert event.target is not None and event.target.country == "IRN"


def test_who_did_a_condemned_act_is_the_condemnations_target() -> None:
    event = find_events(make_doc("أدانت السعودية الاعتداء على المسجد من قبل إسرائيل.", "ar"))[0]
    assert event.type == "ACCUSE"
    assert event.target is not None and event.target.country == "ISR"


def test_a_doer_named_in_what_the_speaker_goes_on_to_say_is_no_target() -> None:
    text = "وزیر خارجه ایران حمله به مسجد را محکوم کرد و گفت: این حمله از جانب اسرائیل بود."
    event = next(e for e in find_events(make_doc(text, "fa")) if e.type == "ACCUSE")
    assert event.target is None


def test_a_traveller_of_unknown_country_keeps_the_visit() -> None:
    doc = make_doc("محمد ستاره که برای نشست اقتصادی به چین سفر کرده است از تهران گفت.", "fa")
    visit = next(e for e in find_events(doc) if e.type == "CONSULT")
    assert visit.target is not None and visit.target.country == "CHN"
    assert visit.actor is None or visit.actor.country != "CHN"


def test_a_ceasefire_is_no_shooting() -> None:
    assert find_events(make_doc("انهار وقف دائم لإطلاق النار في اليمن أمس.", "ar")) == []
    shooting = find_events(make_doc("أصيب شرطي في إطلاق النار على دورية في بغداد.", "ar"))
    assert [e.type for e in shooting] == ["ASSAULT"]


def test_an_actor_found_as_the_places_authorities_counts_toward_confidence() -> None:
    placed = find_events(make_doc("سفیر امروز در تهران دستگیر شد.", "fa"))[0]
    unplaced = find_events(make_doc("سفیر امروز دستگیر شد.", "fa"))[0]
    assert placed.actor is not None and unplaced.actor is None
    assert placed.target is None and unplaced.target is None
    assert placed.confidence is not None and unplaced.confidence is not None
    assert placed.confidence > unplaced.confidence


def test_the_meeting_with_the_article_is_the_one_already_told() -> None:
    text = ("التقى وزير الخارجية السعودي في الرياض اليوم وزير الخارجية الإيراني. "
            "وحضر اللقاء رئيس الوزراء التركي.")
    assert [e.type for e in find_events(make_doc(text, "ar"))] == ["CONSULT"]
    first = find_events(make_doc("جرى اللقاء بين الرئيس السوري والرئيس الإيراني في دمشق.", "ar"))
    assert [e.type for e in first] == ["CONSULT"]


def test_a_title_after_an_unrecognised_name_after_with_is_the_partner() -> None:
    doc = make_doc("وزیر خارجه ایران امروز با کوالسکی وزیر انرژی لهستان دیدار کرد.", "fa")
    event = find_events(doc)[0]
    assert event.type == "CONSULT"
    assert event.target is not None and event.target.country == "POL"


def test_a_definite_nisba_names_people_only_after_a_word_for_people() -> None:
    freed = find_events(make_doc("أفرجت السلطات العراقية عن المعتقل السعودي في بغداد.", "ar"))[0]
    assert freed.target is not None and freed.target.country == "SAU"
    arrest = find_events(make_doc("اعتقل الأمن الإسرائيلي رجلا في القدس.", "ar"))[0]
    assert arrest.target is None or arrest.target.country != "ISR"


def test_the_agent_of_a_persian_noun_trigger_follows_it() -> None:
    text = ("وزارت بهداشت غزه اعلام کرد که در حمله نیروهای اسرائیلی به معترضان فلسطینی "
            "ده تن زخمی شدند.")
    attack = next(e for e in find_events(make_doc(text, "fa")) if e.type == "ASSAULT")
    assert attack.actor is not None and attack.actor.country == "ISR"
    assert attack.target is not None and attack.target.country == "PSE"


def test_unnamed_people_attacked_are_not_taken_for_the_attackers_own() -> None:
    text = "نیروهای اسرائیلی امروز به ده تن در غزه حمله کردند."
    attack = next(e for e in find_events(make_doc(text, "fa")) if e.type == "ASSAULT")
    assert attack.target is None or attack.target.country != "ISR"
