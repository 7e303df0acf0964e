"""Arabic events of session 11 (2026-12-05): a subject's posts apposed after its name count
as one word between a verb and its complement (Saudi protocol titles); a verb of hosting keeps
its guest as the actor wherever a post places the meeting; a trip announced in the imperfect
(«يتوجه X إلى الأردن») is a planned visit, AGREE and future, and only when a place follows
«إلى»; an attack whose doer the text leaves out is by unknown attackers, unless only an armed
force makes it (an air strike). Entities are given by hand, so these test the event stage
apart from the entity stage. Sentences written for these tests."""

from __future__ import annotations

from test_event_arabic_names import arabic, country, typed

from khabar.doc import Doc, Source


def test_posts_after_the_callers_name_part_verb_and_call_as_one_word() -> None:
    text = ("أجرى الأمير فيصل بن خالد ولي العهد النائب الأول لرئيس مجلس الوزراء وزير "
            "الداخلية أمس اتصالاً هاتفياً بالرئيس سالم الحربي.")
    doc = arabic(text, ("فيصل بن خالد", "PER"), ("مجلس الوزراء", "ORG"),
                 ("سالم الحربي", "PER"))
    calls = typed(doc, "CONSULT")
    assert calls and calls[0].mode == "phone", text
    assert calls[0].actor is not None and calls[0].actor.text == "فيصل بن خالد"
    assert calls[0].target is not None and calls[0].target.text == "سالم الحربي"


def test_posts_after_a_name_end_where_no_post_goes_on() -> None:
    # «أمس» and what follows are no post: the gap to «اجتماعا» stays too long.
    text = ("عقد الوزير سالم الحربي مع أعضاء اللجنة في المدينة القديمة بعد ظهر أمس "
            "اجتماعا مع الرئيس فيصل بن خالد.")
    doc = arabic(text, ("سالم الحربي", "PER"), ("فيصل بن خالد", "PER"))
    assert not [e for e in typed(doc, "CONSULT") if e.trigger.startswith("عقد")]


def test_a_hosts_guest_stays_the_actor_where_a_post_names_his_country() -> None:
    text = "استقبل الملك عادل الفهد في قصره أمس رئيس وزراء لبنان سمير الخوري."
    doc = arabic(text, ("عادل الفهد", "PER"), ("لبنان", "LOC"), ("سمير الخوري", "PER"),
                 kb={"عادل الفهد": ("per:test-fahd", "SAU"), "لبنان": country("LBN")})
    found = typed(doc, "CONSULT")
    assert found, text
    assert found[0].actor is not None and found[0].actor.text == "سمير الخوري"
    assert found[0].target is not None and found[0].target.text == "عادل الفهد"


def test_a_trip_announced_in_the_imperfect_is_a_planned_visit() -> None:
    text = ("يتوجه الأمير فيصل بن خالد ولي العهد النائب الأول لرئيس مجلس الوزراء اليوم إلى "
            "الأردن في زيارة رسمية.")
    doc = arabic(text, ("فيصل بن خالد", "PER"), ("مجلس الوزراء", "ORG"), ("الأردن", "LOC"),
                 kb={"فيصل بن خالد": ("per:test-faisal", "SAU"), "الأردن": country("JOR")})
    planned = typed(doc, "AGREE")
    assert planned and planned[0].future, text
    assert planned[0].actor is not None and planned[0].actor.text == "فيصل بن خالد"
    assert planned[0].target is not None and planned[0].target.country == "JOR"
    assert not typed(doc, "CONSULT")


def test_heading_to_someone_with_thanks_is_no_trip() -> None:
    text = "يتوجه المجلس بالشكر إلى الملك عادل الفهد على دعمه."
    doc = arabic(text, ("عادل الفهد", "PER"))
    assert not typed(doc, "AGREE") and not typed(doc, "CONSULT")


def test_an_attack_with_no_doer_is_by_unknown_attackers() -> None:
    text = "قتل شرطيان وأصيب ثلاثة آخرون في هجوم استهدف دورية أمنية في مدينة العريش."
    doc = arabic(text, ("العريش", "LOC"))
    attacks = typed(doc, "ASSAULT")
    assert attacks, text
    actor = attacks[0].actor
    assert actor is not None and actor.name_en == "Unknown attackers"
    assert actor.country is None and actor.text is None


def test_an_air_strike_with_no_doer_gets_no_unknown_attackers() -> None:
    text = "قتل عشرة مدنيين في غارة جوية على بلدة الزبداني أمس."
    doc = arabic(text, ("الزبداني", "LOC"))
    attacks = typed(doc, "ASSAULT")
    assert attacks, text
    assert attacks[0].actor is None or attacks[0].actor.name_en != "Unknown attackers"


def test_a_named_attacker_is_kept() -> None:
    text = "هاجم تنظيم داعش دورية أمنية في مدينة العريش."
    doc = arabic(text, ("تنظيم داعش", "ORG"), ("العريش", "LOC"))
    attacks = typed(doc, "ASSAULT")
    assert attacks and attacks[0].actor is not None, text
    assert attacks[0].actor.text == "تنظيم داعش"


def saudi_paper(doc: Doc) -> Doc:
    doc.outlet = Source(name="الرياض", relation="reported_by", outlet_id="alriyadh")
    return doc


def test_an_own_governments_post_with_no_country_is_the_outlets_country() -> None:
    text = "استقبل وزير الإسكان ماجد الحقيل في مكتبه أمس رئيس وفد رجال الأعمال سامر الخوري."
    doc = saudi_paper(arabic(text, ("ماجد الحقيل", "PER"), ("سامر الخوري", "PER")))
    found = typed(doc, "CONSULT")
    assert found and found[0].target is not None, text
    assert found[0].target.text == "ماجد الحقيل" and found[0].target.country == "SAU"
    # the guest holds no post of government: no country is made up for him
    assert found[0].actor is not None and found[0].actor.country is None
    # with no known outlet there is no home country to give
    bare = typed(arabic(text, ("ماجد الحقيل", "PER"), ("سامر الخوري", "PER")), "CONSULT")
    assert bare and bare[0].target is not None and bare[0].target.country is None


def test_a_post_in_a_government_named_otherwise_is_not_the_outlets() -> None:
    text = "انتقد النائب سامر الخوري وزير الداخلية بالحكومة المؤقتة مصطفى الدباشي."
    doc = saudi_paper(arabic(text, ("سامر الخوري", "PER"), ("مصطفى الدباشي", "PER")))
    found = typed(doc, "ACCUSE")
    assert found and found[0].target is not None, text
    assert found[0].target.text == "مصطفى الدباشي" and found[0].target.country is None
    # the same post with no other government named is the outlet's own
    text = "انتقد النائب سامر الخوري وزير الداخلية مصطفى الدباشي."
    doc = saudi_paper(arabic(text, ("سامر الخوري", "PER"), ("مصطفى الدباشي", "PER")))
    found = typed(doc, "ACCUSE")
    assert found and found[0].target is not None and found[0].target.country == "SAU"


def test_hosting_a_conference_or_a_show_is_no_meeting() -> None:
    text = "استضافت وزارة الثقافة أمس فعاليات المؤتمر الدولي بحضور الوزير سامر الخوري."
    doc = arabic(text, ("وزارة الثقافة", "ORG"), ("سامر الخوري", "PER"))
    assert not typed(doc, "CONSULT"), text
    text = "وقد استقبل في برنامجه الرئيسين سامر الخوري وعادل الفهد."
    doc = arabic(text, ("سامر الخوري", "PER"), ("عادل الفهد", "PER"))
    assert not typed(doc, "CONSULT"), text
    # a guest hosted is still met
    text = "استضافت الملحقية الثقافية أمس رئيس جامعة ملايا سامر الخوري."
    doc = arabic(text, ("الملحقية الثقافية", "ORG"), ("سامر الخوري", "PER"))
    assert typed(doc, "CONSULT"), text


def test_a_doer_named_after_by_makes_an_unvowelled_verb_passive() -> None:
    for text in ("اعتقل الناشط سامر الخوري على يد قوات الأمن أمس.",
                 "اعتقل الناشط سامر الخوري من قبل قوات الأمن أمس."):
        doc = arabic(text, ("سامر الخوري", "PER"), ("قوات الأمن", "ORG"))
        found = typed(doc, "COERCE")
        assert found and found[0].actor is not None, text
        assert found[0].actor.text == "قوات الأمن"
        assert found[0].target is not None and found[0].target.text == "سامر الخوري"
    # a subject before the verb is its doer: no passive reading
    text = "الشرطة اعتقلت الناشط سامر الخوري من قبل أن يغادر."
    doc = arabic(text, ("الشرطة", "ORG"), ("سامر الخوري", "PER"))
    found = typed(doc, "COERCE")
    assert found and found[0].actor is not None and found[0].actor.text == "الشرطة"


def test_an_unnamed_armed_group_before_a_person_acts() -> None:
    text = "اختطف مسلحون مجهولون الصحفي سامر الخوري في بغداد."
    doc = arabic(text, ("سامر الخوري", "PER"))
    found = typed(doc, "ASSAULT")
    assert found and found[0].actor is not None, text
    assert found[0].actor.text == "مسلحون مجهولون" and found[0].actor.country is None
    assert found[0].target is not None and found[0].target.text == "سامر الخوري"


def test_a_title_set_off_by_a_comma_gives_the_persons_country() -> None:
    text = ("أجرى الأمير فيصل بن خالد أمس اتصالاً هاتفياً بالملك عبدالله الثاني بن الحسين، "
            "ملك المملكة الأردنية الهاشمية.")
    doc = arabic(text, ("فيصل بن خالد", "PER"), ("عبدالله الثاني بن الحسين", "PER"),
                 ("المملكة الأردنية الهاشمية", "LOC"),
                 kb={"المملكة الأردنية الهاشمية": country("JOR")})
    calls = typed(doc, "CONSULT")
    assert calls and calls[0].target is not None, text
    assert calls[0].target.text == "عبدالله الثاني بن الحسين" and calls[0].target.country == "JOR"
    # the title of the next person named is not this one's
    text = "استقبل الملك عادل الفهد، وزير الخارجية الأمريكي جون كيري."
    doc = arabic(text, ("عادل الفهد", "PER"), ("جون كيري", "PER"))
    found = typed(doc, "CONSULT")
    assert found, text
    host = next(p for p in (found[0].actor, found[0].target) if p and p.text == "عادل الفهد")
    assert host.country != "USA"


def test_a_day_word_tagged_as_a_person_is_no_party() -> None:
    text = ("استقبل الملك عادل الفهد في مكتبه بقصر الرئاسة اليوم وزير الخارجية الأمريكي جون "
            "كيري، والوفد المرافق له.")
    doc = arabic(text, ("عادل الفهد", "PER"), ("اليوم", "PER"), ("جون كيري", "PER"))
    found = typed(doc, "CONSULT")
    assert found and found[0].actor is not None, text
    assert found[0].actor.text == "جون كيري"


def test_by_far_after_the_first_name_names_the_doer_of_the_objects_act() -> None:
    """516932e: «من قبل» far on from the verb's first name tells who did the act condemned,
    not who condemned; the verb stays active (no test held PASSIVE_REACH: mutated in a
    worktree, the tests passed). Review, session 11 (2026-12-05)."""
    text = "أدانت السعودية الاعتداء على المسجد الأقصى في القدس من قبل إسرائيل."
    doc = arabic(text, ("السعودية", "LOC"), ("إسرائيل", "LOC"),
                 kb={"السعودية": country("SAU"), "إسرائيل": country("ISR")})
    found = typed(doc, "ACCUSE")
    assert found and found[0].actor is not None and found[0].target is not None, text
    assert (found[0].actor.country, found[0].target.country) == ("SAU", "ISR")


def test_an_emir_of_an_armed_group_is_not_the_outlets_countryman() -> None:
    """«أمير» of a group («أمير تنظيم داعش») is no post of government: b886561 gave the
    leader of ISIS the Saudi paper's country. Review, session 11 (2026-12-05)."""
    group, leader = ("تنظيم داعش", "ORG"), ("أبو بكر البغدادي", "PER")
    usa = {"الولايات المتحدة": country("USA")}
    for text, names in (
            ("هدد أمير تنظيم داعش أبو بكر البغدادي بشن هجمات جديدة على الولايات المتحدة.",
             (group, leader)),
            ("هدد أبو بكر البغدادي أمير تنظيم داعش بشن هجمات جديدة على الولايات المتحدة.",
             (leader, group))):
        doc = saudi_paper(arabic(text, *names, ("الولايات المتحدة", "LOC"), kb=usa))
        found = typed(doc, "THREATEN")
        assert found and found[0].actor is not None, text
        assert found[0].actor.text == "أبو بكر البغدادي" and found[0].actor.country is None, text
