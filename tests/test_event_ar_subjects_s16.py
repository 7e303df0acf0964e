"""Arabic subjects the role stage misread (session 16 (2026-12-06), issue 6, engineer
actors_ar): a name that is the genitive of the subject's head noun before the verb
(«إن ميليشيات الحوثي اختطفت X»: X was made the kidnapper), and a definite noun right
after the verb that refers back to a body named before («وقصف التحالف مواقع الحوثيين»:
the Houthis were made the attacker). Sentences written for these tests, entities given
by hand."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.events.stage import find_events

KB = {"الحوثي": ("org:ansarallah", "YEM"), "الحوثيين": ("org:ansarallah", "YEM"),
      "عبد الرزاق الأشول": (None, "YEM"), "التحالف العربي": ("org:saudi-led-coalition", "SAU"),
      "الهلال": (None, None), "موبايلي": (None, None)}


def _sides(text: str, names: list[tuple[str, str]], kind: str) -> list[tuple[str | None, ...]]:
    events = find_events(doc_with(text, "ar", names, kb=KB))
    return [(e.actor.text if e.actor else None, e.target.text if e.target else None)
            for e in events if e.type == kind]


def test_the_genitive_of_a_subject_before_the_verb_acts() -> None:
    """«إن ميليشيات الحوثي اختطفت X»: after إن a noun comes before its verb; the Houthis'
    militias kidnapped X."""
    text = "وقال مصدر إن ميليشيات الحوثي اختطفت أمس الدكتور عبد الرزاق الأشول في صنعاء."
    found = _sides(text, [("الحوثي", "ORG"), ("عبد الرزاق الأشول", "PER")], "ASSAULT")
    assert found == [("الحوثي", "عبد الرزاق الأشول")]


def test_a_construct_head_at_the_sentence_start_is_read_too() -> None:
    text = "إدارة الهلال اجتمعت أمس بشريك النادي «موبايلي» في الرياض."
    found = _sides(text, [("الهلال", "ORG"), ("موبايلي", "ORG")], "CONSULT")
    assert found == [("الهلال", "موبايلي")]


def test_a_preposition_with_a_clitic_conjunction_is_no_construct_head() -> None:
    """«وفي طهران، رفض X»: the city is where it happened, not the subject's genitive."""
    text = "وفي طهران، رفض محمد علي جعفري قائد الحرس الثوري قرار مجلس الأمن."
    kb = {"طهران": ("geonames:112931", "IRN"), "محمد علي جعفري": (None, "IRN")}
    events = find_events(doc_with(text, "ar", [("طهران", "LOC"), ("محمد علي جعفري", "PER")],
                                  kb=kb))
    found = [e.actor.text if e.actor else None for e in events if e.type == "REJECT"]
    assert found == ["محمد علي جعفري"]


def test_a_definite_noun_after_the_verb_refers_back_to_the_body_named_before() -> None:
    text = ("أعلن التحالف العربي بدء عملية جديدة في اليمن. "
            "وقصف التحالف أمس مواقع الحوثيين في صعدة.")
    found = _sides(text, [("التحالف العربي", "ORG"), ("الحوثيين", "ORG")], "ASSAULT")
    assert ("التحالف", "الحوثيين") in found
    assert all(actor != "الحوثيين" for actor, _ in found)


def test_a_definite_noun_no_body_named_before_changes_nothing() -> None:
    text = "وقصف الطيران أمس مواقع الحوثيين في صعدة."
    found = _sides(text, [("الحوثيين", "ORG")], "ASSAULT")
    assert all(actor != "التحالف" for actor, _ in found)


def test_a_relative_adjective_after_the_noun_names_a_new_body() -> None:
    """«وقصفت القوات الحكومية»: government forces, not the forces named before."""
    text = ("أعلنت قوات التحالف العربي بدء عملية جديدة في اليمن. "
            "وقصفت القوات اليمنية أمس مواقع الحوثيين في صعدة.")
    found = _sides(text, [("قوات التحالف العربي", "ORG"), ("الحوثيين", "ORG")], "ASSAULT")
    assert found and all(actor != "القوات" for actor, _ in found)


def test_a_relative_adjective_after_an_untagged_noun_names_a_new_body() -> None:
    """«ودان المجلس الوطني»: the national council, no entity of its own here, is not the
    military council named before (``arabic_definites._relative_adjective``; the test
    above reaches no such guard, «القوات اليمنية» being a state's forces already).
    Review_b, session 16 (2026-12-06)."""
    text = ("أعلن المجلس العسكري في تعز مقتل عشرة. "
            "ودان المجلس الوطني أمس الهجوم على المدينة.")
    events = find_events(doc_with(text, "ar", [("المجلس العسكري", "ORG")]))
    assert all(e.actor is None or e.actor.text != "المجلس" for e in events)


def test_after_a_subject_before_the_verb_the_definite_noun_is_its_object() -> None:
    """«وقال إن الحوثيين هاجموا المجلس»: the council was attacked, not the attacker."""
    text = ("أعلن المجلس العسكري في تعز مقتل عشرة. "
            "وقال مصدر إن الحوثيين هاجموا المجلس في تعز.")
    found = _sides(text, [("المجلس العسكري", "ORG"), ("الحوثيين", "ORG")], "ASSAULT")
    assert found and all(actor == "الحوثيين" for actor, _ in found)


def test_a_host_is_not_made_the_actor() -> None:
    """«واستقبل المجلس X»: the host is no actor (EVENT-CONVENTIONS: the visitor is), so
    only a verb whose subject acts reads the noun."""
    text = ("أعلن المجلس العسكري في تعز مقتل عشرة. "
            "واستقبل المجلس أمس عبد الرزاق الأشول في تعز.")
    found = _sides(text, [("المجلس العسكري", "ORG"), ("عبد الرزاق الأشول", "PER")], "CONSULT")
    assert found and all(actor != "المجلس" for actor, _ in found)


def test_the_subject_of_kana_before_qad_acts() -> None:
    """«وكان X قد التقى Y»: the pluperfect's subject stands between «كان» and «قد»; the
    minister met by X was made the actor."""
    text = "وكان وزير الخارجية عادل الجبير قد التقى نظيره التركي مولود جاويش أوغلو أمس."
    kb = {"عادل الجبير": ("per:adel-al-jubeir", "SAU"), "مولود جاويش أوغلو": (None, "TUR")}
    events = find_events(doc_with(text, "ar", [("عادل الجبير", "PER"),
                                               ("مولود جاويش أوغلو", "PER")], kb=kb))
    found = [(e.actor.text if e.actor else None, e.target.text if e.target else None)
             for e in events if e.type == "CONSULT"]
    assert found == [("عادل الجبير", "مولود جاويش أوغلو")]


def test_qad_between_a_subject_after_inna_and_its_verb() -> None:
    """«إن ميليشيات الحوثي قد اختطفت X»: «قد» of the perfect belongs to the verb."""
    text = "وقال مصدر إن ميليشيات الحوثي قد اختطفت أمس الدكتور عبد الرزاق الأشول في صنعاء."
    found = _sides(text, [("الحوثي", "ORG"), ("عبد الرزاق الأشول", "PER")], "ASSAULT")
    assert found == [("الحوثي", "عبد الرزاق الأشول")]


def test_a_clause_break_parts_kana_from_the_verb() -> None:
    """«وكان X في الرياض، والأمير Y قد التقى Z»: the copula's clause ended at the comma.
    Short enough that «كان» stands within COPULA_REACH of «قد», so only the comma parts
    them (review_b, session 16 (2026-12-06): with a post before the name the copula was
    out of reach and the test passed without the clause-break check)."""
    text = ("وكان مولود جاويش أوغلو في الرياض، "
            "والأمير محمد بن سلمان قد التقى عادل الجبير.")
    kb = {"مولود جاويش أوغلو": (None, "TUR"), "محمد بن سلمان": ("per:mbs", "SAU"),
          "عادل الجبير": ("per:adel-al-jubeir", "SAU")}
    events = find_events(doc_with(text, "ar", [("مولود جاويش أوغلو", "PER"),
                                               ("محمد بن سلمان", "PER"),
                                               ("عادل الجبير", "PER")], kb=kb))
    found = [e.actor.text if e.actor else None for e in events if e.type == "CONSULT"]
    assert found and "مولود جاويش أوغلو" not in found


def test_a_comma_and_kama_open_a_new_clause() -> None:
    """«اعتقلت الشرطة التونسية 16 شخصا، كما ضبطت أسلحة تابعة لجماعة X»: the group is the
    later clause's, no party of the arrest."""
    text = ("اعتقلت الشرطة التونسية أمس ستة عشر شخصا، كما ضبطت أسلحة تابعة لجماعة "
            "أنصار الشريعة في بنزرت.")
    kb = {"الشرطة التونسية": (None, "TUN"), "أنصار الشريعة": ("org:ansar-al-sharia", None)}
    events = find_events(doc_with(text, "ar", [("الشرطة التونسية", "ORG"),
                                               ("أنصار الشريعة", "ORG")], kb=kb))
    found = [(e.actor.text if e.actor else None, e.target.text if e.target else None)
             for e in events if e.type == "COERCE"]
    assert found and all(target != "أنصار الشريعة" for _, target in found)
