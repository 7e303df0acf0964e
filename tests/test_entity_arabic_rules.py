"""Arabic entity rules where the rules meet the tagger (``khabar.entities.name_extent``),
organisation names read from their build (``khabar.entities.org_patterns``) and the nasab
links of the name grammar (``khabar.entities.titles``). Sentences written for these tests;
the tagger's output is given by hand, so no test depends on a trained model."""

from __future__ import annotations

from dataclasses import replace

from doc_builders import simple_doc, tagged

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.name_extent import (
    complete_given_names,
    confirm_weak_titles,
    extend_by_model,
    tidy_model,
)
from khabar.entities.org_patterns import add_org_names, org_names
from khabar.entities.stage import (
    add_surname_mentions,
    assign_countries,
    candidates,
    country_cues,
    find_entities,
    resolve_overlaps,
)


def rule_persons(text: str, model: list[Entity] | None = None) -> list[str]:
    tokens = words(text)
    found = candidates(text, tokens, True)
    if model is not None:
        found = confirm_weak_titles(text, tokens, found, model)
    return [e.text for e in resolve_overlaps(found) if e.type == "PER"]


def test_a_weak_title_makes_no_person_of_a_common_word() -> None:
    text = "وعاد الفريق الأول إلى التدريبات بعد أن خسر الفريق الضيف مباراته."
    assert rule_persons(text) == ["الأول", "الضيف"]  # the rules alone: two false persons
    assert rule_persons(text, model=[]) == []


def test_a_weak_title_keeps_a_name_the_tagger_reads() -> None:
    text = "وصل الفريق حفتر إلى العاصمة."
    assert rule_persons(text, model=[]) == []
    assert rule_persons(text, model=[tagged(text, "حفتر")]) == ["حفتر"]


def test_a_weak_title_keeps_a_known_given_name() -> None:
    text = "وصل الفريق خالد إلى العاصمة."
    assert rule_persons(text, model=[]) == ["خالد"]


def test_emir_of_a_country_is_no_person() -> None:
    text = "وصل أمير الكويت إلى المطار."
    assert rule_persons(text, model=[]) == []


def test_a_strong_title_needs_no_tagger() -> None:
    text = "وقال اللواء العتيبي إن القوات تقدمت."
    assert rule_persons(text, model=[]) == ["العتيبي"]


def extended(text: str, model: list[Entity]) -> list[str]:
    tokens = words(text)
    kept = resolve_overlaps(candidates(text, tokens, True))
    return [e.text for e in extend_by_model(text, tokens, kept, model) if e.type == "PER"]


def test_the_tagger_lengthens_a_name_the_rules_cut_short() -> None:
    text = "وأوضح الدكتور سامر قباني أن العمل بدأ."
    assert extended(text, []) == ["سامر"]
    assert extended(text, [tagged(text, "سامر قباني")]) == ["سامر قباني"]


def test_no_lengthening_over_a_place_a_title_part_or_a_blessing() -> None:
    text = ("وزار الأمير سلطان جدة أمس، وقال اللواء ركن خالد الحربي إن الأمير بندر رحمه الله "
            "كان قائدا.")
    model = [tagged(text, "سلطان جدة"), tagged(text, "ركن خالد الحربي"),
             tagged(text, "بندر رحمه")]
    assert extended(text, model) == ["سلطان", "خالد الحربي", "بندر"]


def test_a_title_part_starts_no_name() -> None:
    text = "وقال ركن عبدالرحمن بن صالح البنيان إن المناورات انتهت."
    assert extended(text, [tagged(text, "ركن عبدالرحمن بن صالح البنيان")]) == [
        "عبدالرحمن بن صالح البنيان"]
    text = "وقال أبو عبدالرحمن بن صالح البنيان إن المناورات انتهت."
    assert extended(text, [tagged(text, "أبو عبدالرحمن بن صالح البنيان")]) == [
        "أبو عبدالرحمن بن صالح البنيان"]


def tidy(text: str, model: list[Entity]) -> list[str]:
    return [e.text for e in tidy_model(text, words(text), model)]


def test_a_proclitic_is_no_part_of_an_organisation() -> None:
    text = "واجتمع ممثلو الدول ومنظمة الصحة العالمية بجامعة الدول العربية."
    model = [tagged(text, "ومنظمة الصحة العالمية", "ORG"),
             tagged(text, "بجامعة الدول العربية", "ORG")]
    assert tidy(text, model) == ["منظمة الصحة العالمية", "جامعة الدول العربية"]


def test_a_person_after_a_preposition_or_a_son_of_noun_is_dropped() -> None:
    text = "وأشاد الحاضرون على حسن التنظيم، وقال ابن الراحل إن والده كان كريما."
    model = [tagged(text, "على حسن"), tagged(text, "ابن الراحل")]
    assert tidy(text, model) == []


def test_a_title_closes_no_organisation_but_may_end_a_person() -> None:
    text = "وصرح رئيس هيئة الطيران المدني المهندس فهد السالم، محمد السيد."
    model = [tagged(text, "هيئة الطيران المدني المهندس", "ORG"), tagged(text, "محمد السيد")]
    assert tidy(text, model) == ["هيئة الطيران المدني", "محمد السيد"]


def orgs(text: str, kept: list[Entity] | None = None) -> list[str]:
    return [e.text for e in org_names(text, words(text), kept or [])]


def test_an_organisation_is_read_from_its_head_and_genitive() -> None:
    text = "أعلنت وزارة الإسكان القبض على المقاول، وأكدت النيابة العامة ذلك."
    assert orgs(text) == ["وزارة الإسكان", "النيابة العامة"]


def test_an_organisation_takes_its_adjectives_and_complement() -> None:
    text = ("وقع الاتحاد الكويتي لكرة السلة اتفاقا مع الهيئة الوطنية للأرصاد والإنذار المبكر "
            "ومع مركز الأمير نايف للبحوث.")
    assert orgs(text) == ["الاتحاد الكويتي لكرة السلة", "الهيئة الوطنية للأرصاد والإنذار",
                          "مركز الأمير نايف للبحوث"]


def test_no_organisation_of_a_generic_or_referring_phrase() -> None:
    text = ("قال الجهاز الفني إن المجلس الحالي لم يجتمع، وعدّت أمانة المنظمة ذلك خطأ أمام "
            "محكمة الأحد.")
    assert orgs(text) == []


def test_a_coordination_right_after_the_genitive_joins_two_bodies() -> None:
    text = "صدر القرار من مجلس الوزراء والديوان الملكي."
    assert orgs(text)[0] == "مجلس الوزراء"


def test_a_coordinated_head_starts_a_second_body() -> None:
    text = ("وقع الاتحاد السعودي لكرة القدم والاتحاد الآسيوي اتفاقا، وشاركت وزارة الصحة "
            "السعودية والهيئة العامة للغذاء في الحملة.")
    assert orgs(text) == ["الاتحاد السعودي لكرة القدم", "الاتحاد الآسيوي",
                          "وزارة الصحة السعودية", "الهيئة العامة للغذاء"]


def test_an_elative_of_order_is_no_nisba() -> None:
    # folded, «الأولى» and «الأخرى» end like «الأمني»; «الأعلى» is a listed adjective
    text = ("قال المجلس الأعلى إن شركة النقل الأخرى تأخرت، وأيد مجلس النواب اليمني "
            "قرار مجلس التعاون الخليجي الأولى.")
    assert orgs(text) == ["المجلس الأعلى", "شركة النقل", "مجلس النواب اليمني",
                          "مجلس التعاون الخليجي"]


def test_the_tagger_name_after_a_head_stands_alone() -> None:
    text = "تعاقد نادي الوحدة مع لاعب جديد."
    assert orgs(text, [tagged(text, "الوحدة", "ORG")]) == []


def test_an_organisation_name_replaces_the_tagger_part_and_its_place() -> None:
    text = ("أعلن الاتحاد العماني للإعلام أن شرطة مسقط وجهاز قطر للاستثمار ووزارة الإسكان "
            "وقعت اتفاقا.")
    tokens = words(text)
    kept = sorted([tagged(text, "الاتحاد العماني", "ORG"),
                   *[e for e in resolve_overlaps(candidates(text, tokens, True))
                     if e.type == "LOC"]], key=lambda e: e.start)
    found = [(e.type, e.text) for e in add_org_names(text, tokens, kept)]
    assert ("ORG", "الاتحاد العماني للإعلام") in found
    # session 13: a body ending on its place takes it, as the gold reads «شرطة دبي»
    assert ("ORG", "شرطة مسقط") in found and ("ORG", "جهاز قطر للاستثمار") in found
    assert ("LOC", "مسقط") not in found
    assert ("LOC", "قطر") not in found and ("ORG", "وزارة الإسكان") in found


def rules_only(text: str) -> list[str]:
    return [e.text for e in find_entities(simple_doc(text, "ar")) if e.type == "PER"]


def test_a_father_name_after_bin_may_be_a_common_word() -> None:
    assert "فيصل بن مساعد" in rules_only("وصل الأمير فيصل بن مساعد إلى المدينة.")


def test_ibn_before_a_definite_noun_is_the_word_son() -> None:
    assert rules_only("وقال ابن المفقود إن الأسرة تنتظر.") == []


def test_a_title_chain_reads_through_its_parts() -> None:
    text = "أصدر الملك الراحل فيصل بن عبدالعزيز أمرا، ورافقه الفريق أول ركن خالد الغامدي."
    tokens = words(text)
    found = [(e.text, e.role) for e in resolve_overlaps(candidates(text, tokens, True))
             if e.type == "PER"]
    assert ("فيصل بن عبدالعزيز", "الملك الراحل") in found
    assert ("خالد الغامدي", "الفريق أول ركن") in found


def test_a_weak_title_chain_or_one_behind_a_proclitic_is_weak() -> None:
    text = "وقال شيخ شمل القبائل إن اللاعب انضم للفريق الطبي."
    assert rule_persons(text) != []
    assert rule_persons(text, model=[]) == []


def test_a_preposition_of_place_is_no_name() -> None:
    assert rules_only("وغنى المطرب الدكتور وسط احتفاء الجمهور.") == []


def test_the_end_of_a_compound_name_is_not_found_again() -> None:
    text = "نجل جلال الدين حقاني. وليست المسألة في نوع الدين ولا في حقاني."
    tokens = words(text)
    start = text.index("جلال الدين")
    kept = [Entity(start, start + 10, type="PER", text="جلال الدين", key="per:الدين",
                   source="crf")]
    assert [e.text for e in add_surname_mentions(text, tokens, kept)] == ["جلال الدين"]
    kept = [replace(kept[0], text="جلال الدين حقاني", end=start + 16, key="per:حقاني")]
    assert [e.text for e in add_surname_mentions(text, tokens, kept)][-1] == "حقاني"


def test_no_latin_word_goes_on_an_arabic_name() -> None:
    text = "Next Previous أحمد عابد – الرياض قال المدرب Previous إبراهيم الكبير إن التدريب انتهى."
    assert tidy(text, [tagged(text, "Previous إبراهيم الكبير")]) == ["إبراهيم الكبير"]
    assert extended(text, [tagged(text, "Previous أحمد عابد")]) == ["أحمد عابد"]


def test_a_chain_with_a_title_part_or_a_tribe_needs_a_given_name() -> None:
    text = "وكان الأمير الراحل قائدا محنكا، وأكد شيخ شمل قبائل آل فاطمة ذلك."
    assert rule_persons(text) == ["قائدا", "قبائل آل فاطمة"]
    assert rule_persons(text, model=[]) == []


def test_the_verb_to_be_is_no_name() -> None:
    assert rules_only("وإن الأمير الراحل كان مقتنعا بذلك.") == []


def test_the_tagger_lengthens_a_titled_name_past_the_title_part_it_read() -> None:
    text = "وأكد المقدم بحري شايع القحطاني أن الحادث وقع."
    assert extended(text, [tagged(text, "بحري شايع القحطاني")]) == ["شايع القحطاني"]


def completed(text: str, phrase: str) -> list[str]:
    tokens = words(text)
    return [e.text for e in complete_given_names(text, tokens, [tagged(text, phrase)])]


def test_given_names_alone_take_the_family_name_after_them() -> None:
    assert completed("وأعلن حاكم الولاية عبد الستار بارز، أن الهجوم وقع.", "عبد الستار") == [
        "عبد الستار بارز"]
    assert completed("وقال محمد خالد ذياب إن العمل بدأ.", "محمد خالد") == ["محمد خالد ذياب"]


def test_no_family_name_after_a_whole_name_a_conjunction_or_the_article() -> None:
    assert completed("ارتكب الرئيس علي عبد الله صالح خطأ جسيما.", "علي عبد الله صالح") == [
        "علي عبد الله صالح"]
    assert completed("وإلى إخوته صالح ورياض وفريد.", "صالح") == ["صالح"]
    assert completed("وقال خالد الجديد في الأمر.", "خالد") == ["خالد"]


def test_an_attribution_ending_the_sentence_runs_through_its_source_names() -> None:
    import khabar

    text = ('وأصدر الرئيس السوري بشار الأسد عفوا عن المنشقين من الجيش السوري، بحسب ما ذكرت'
            ' وكالة الأنباء السورية الرسمية "سانا".')
    amnesty = next(e for e in khabar.process(text).events if e.type == "CONCEDE")
    assert amnesty.actor is not None and amnesty.actor.text == "بشار الأسد"


def test_no_blessing_or_interrogative_is_a_name() -> None:
    text = "وكان الأمير سعود رحمه الله قائدا. وأين المسؤولون؟"
    assert tidy(text, [tagged(text, "سعود رحمه"), tagged(text, "وأين")]) == ["سعود"]
    text = "وقال سامي لأن الأمر انتهى، وقد سعدنا لأن المستشفى جاهز."
    kept = [Entity(5, 13, type="PER", text=text[5:13], key="per:لان", source="crf")]
    assert [e.text for e in add_surname_mentions(text, words(text), kept)] == ["سامي لأن"]


def test_after_a_noun_of_kind_the_name_starts_at_the_genitive() -> None:
    text = "ورفضت إدارة نادي الشباب العرض، وقالت وزارة الصحة إن العمل بدأ."
    assert orgs(text) == ["الشباب", "وزارة الصحة"]


def test_no_post_or_hamza_word_goes_on_an_organisation() -> None:
    """«ألمانية» folds like a definite word; it is no genitive of «شركة»."""
    text = ("عمل أستاذا في جامعة الملك سعود للعلوم والمستشار السابق للوزير، وتخطط شركة ألمانية "
            "لصناعة السيارات للتوسع.")
    assert orgs(text) == ["جامعة الملك سعود للعلوم"]


def test_an_institution_named_after_a_titled_person_is_the_organisation() -> None:
    text = ("كلفت الوزارة جامعة الملك عبدالعزيز بإجراء الدراسة، وحضر مدير جامعة الملك فهد "
            "المكلف الحفل.")
    tokens = words(text)
    kept = add_org_names(text, tokens, resolve_overlaps(candidates(text, tokens, True)))
    assert [(e.type, e.text) for e in kept if e.type != "LOC"] == [
        ("ORG", "جامعة الملك عبدالعزيز"), ("ORG", "جامعة الملك فهد")]


def test_a_titled_person_after_a_body_that_names_no_one_stays() -> None:
    text = "وصل الضيوف إلى مجلس الأمير خالد الفيصل مساء أمس."
    tokens = words(text)
    kept = add_org_names(text, tokens, resolve_overlaps(candidates(text, tokens, True)))
    assert [(e.type, e.text) for e in kept if e.type != "LOC"] == [("PER", "خالد الفيصل")]


def test_the_conjunction_on_a_name_in_a_list_is_no_part_of_it() -> None:
    text = "وشارك في المعسكر أندريس فرنانديز وروبرت ايبانيز وسعود كريري ووليد الفراج."
    model = [tagged(text, "أندريس فرنانديز"), tagged(text, "وروبرت ايبانيز"),
             tagged(text, "وسعود كريري"), tagged(text, "ووليد الفراج")]
    assert tidy(text, model) == ["أندريس فرنانديز", "روبرت ايبانيز", "سعود كريري",
                                 "وليد الفراج"]
    text = "وقالت ويكيليكس إن الوثائق سرية، وحضر المعسكر وروبرت ايبانيز."
    model = [tagged(text, "ويكيليكس"), tagged(text, "وروبرت ايبانيز")]
    assert tidy(text, model) == ["ويكيليكس", "روبرت ايبانيز"]  # «روبرت»: given_names_ar
    text = "وقال شافيز ولوكاشنكو إن المحادثات ستبدأ، وحضر داف وعبد الرحمن ولد داف."
    model = [tagged(text, "شافيز"), tagged(text, "ولوكاشنكو"), tagged(text, "داف"),
             tagged(text, "وعبد الرحمن ولد داف")]
    assert tidy(text, model) == ["شافيز", "لوكاشنكو", "داف", "عبد الرحمن ولد داف"]


def test_a_name_that_starts_with_waw_or_a_definite_noun_keeps_its_waw() -> None:
    text = "وحضر خالد العلي وجدان الشعيبي وويليام هيغ والربان خضر النزاوي."
    model = [tagged(text, "خالد العلي"), tagged(text, "وجدان الشعيبي"),
             tagged(text, "وويليام هيغ"), tagged(text, "والربان خضر النزاوي")]
    # «والربان» is «و» + a definite noun, the captain's post: left out whole, never as
    # «الربان خضر النزاوي» (session 19: «و» + the article opens no name)
    assert tidy(text, model) == ["خالد العلي", "وجدان الشعيبي", "ويليام هيغ",
                                 "خضر النزاوي"]


def test_after_a_noun_of_kind_a_head_word_is_the_club_name() -> None:
    assert orgs("تعاقد نادي الاتحاد مع المدرب الجديد لمدة عام.") == ["الاتحاد"]
    assert orgs("وأكد أن أمانة المنظمة تلقت الطلب.") == []


def test_a_nationality_after_a_post_with_its_genitive_is_the_person_country() -> None:
    text = ("يعتزم ديفيد كاميرون رئيس الوزراء البريطاني إجراء استفتاء، وشكر فهد الجاسر "
            "الجهود البريطانية.")
    doc = simple_doc(text, "ar")
    tokens = words(text)
    persons = [replace(tagged(text, name), key=key) for name, key in (
        ("ديفيد كاميرون", "per:كاميرون"), ("فهد الجاسر", "per:الجاسر"))]
    cues = country_cues(text, tokens, persons, frozenset(), True)
    assert [e.country for e in assign_countries(doc, tokens, persons, cues)] == ["GBR", None]


def test_a_short_word_opened_by_al_does_not_bridge_a_post_to_a_nationality() -> None:
    """«الى» ('to', written without hamza) starts with «ال» but is no definite genitive of
    the post: Kerry is not the Iranian capital's."""
    text = ("ووصل جون كيري وزير الخارجية الى العاصمة الإيرانية أمس، والتقى فهد الجاسر "
            "الوفد الإيراني.")
    doc = simple_doc(text, "ar")
    tokens = words(text)
    persons = [replace(tagged(text, name), key=key) for name, key in (
        ("جون كيري", "per:كيري"), ("فهد الجاسر", "per:الجاسر"))]
    cues = country_cues(text, tokens, persons, frozenset(), True)
    assert [e.country for e in assign_countries(doc, tokens, persons, cues)] == [None, None]


def test_a_hospital_is_a_body_only_when_named_after_a_titled_person() -> None:
    assert orgs("نقل المصاب إلى مستشفى الملك فهد الجامعي بالخبر.") == [
        "مستشفى الملك فهد الجامعي"]
    assert orgs("نقل المصاب إلى مستشفى الولادة والأطفال في المدينة.") == []


def test_a_blessing_or_an_oath_is_no_name() -> None:
    text = ("وشكر ولي العهد حفظهما الله أعضاء حزب الله، وقال والله إن هبة الله ثم طه جار الله "
            "حضرا.")
    model = [tagged(text, "حفظهما الله", "ORG"), tagged(text, "حزب الله", "ORG"),
             tagged(text, "والله"), tagged(text, "هبة الله"), tagged(text, "طه جار الله")]
    assert tidy(text, model) == ["حزب الله", "هبة الله", "طه جار الله"]
    text = "وحكم المعتصم بالله بغداد."
    assert tidy(text, [tagged(text, "بالله")]) == ["بالله"]


def test_a_name_after_a_glued_waw_takes_no_next_word() -> None:
    text = "وتعتقد المصادر ان ريد وموساوي انتقلا الى لندن."
    start = text.index("موساوي")
    name = Entity(start, start + 6, type="PER", text="موساوي", key="per:موساوي", source="crf")
    assert complete_given_names(text, words(text), [name]) == [name]


def test_an_epithet_of_the_king_is_a_title_part() -> None:
    assert "المفدى" not in rule_persons("وأعرب الملك المفدى باسمه عن التهاني.")
    assert rule_persons("وأكد الملك المفدى سلمان بن عبدالعزيز أن المملكة ماضية.") == [
        "سلمان بن عبدالعزيز"]


def test_a_glued_waw_on_a_listed_arabic_given_name_or_abd_is_the_conjunction() -> None:
    # given_names_ar.txt (rules only) holds «سعد», «موفق», which the taggers' list lacks
    text = "وحضر التدريب سعد الغامدي ثم غادر، وسأل عنه موفق المطيري وعبد الله الزهراني."
    model = [tagged(text, "سعد الغامدي"), tagged(text, "وعبد الله الزهراني")]
    assert tidy(text, model) == ["سعد الغامدي", "عبد الله الزهراني"]
    text = "وحضر اللقاء مدير الفريق وسعد الرفدان من المركز الإعلامي."
    assert tidy(text, [tagged(text, "وسعد الرفدان")]) == ["سعد الرفدان"]


def test_a_glued_waw_after_a_comma_of_a_list_of_names_is_the_conjunction() -> None:
    # «مشعان» is in no list of given names: only the list's comma tells the «و»
    text = "واللاعبون هم أحمد البخيت، ومشعان البيشي، والربان خضر."
    model = [tagged(text, "أحمد البخيت"), tagged(text, "ومشعان البيشي"),
             tagged(text, "والربان خضر")]
    # «والربان»: «و» + the captain's post, left out; the name stays (session 19)
    assert tidy(text, model) == ["أحمد البخيت", "مشعان البيشي", "خضر"]


def given_first(text: str, model: list[Entity]) -> list[str]:
    return [e.text for e in complete_given_names(text, words(text), tidy_model(
        text, words(text), model))]


def test_a_given_name_right_before_a_tagger_person_opens_it() -> None:
    text = "وتقرر تكليف عدنان المعيبد، وقال فولكر كاودر إنه يرفض ذلك، وحضر وخليل حجي."
    model = [tagged(text, "المعيبد"), tagged(text, "كاودر"), tagged(text, "حجي")]
    assert given_first(text, model) == ["عدنان المعيبد", "فولكر كاودر", "خليل حجي"]


def test_no_given_name_is_taken_across_a_comma_a_line_or_a_common_word() -> None:
    text = "وشارك عدنان، المعيبد في اللقاء.\nفهد\nالشمري حضر، وأكد عيد الحربي ذلك."
    model = [tagged(text, "المعيبد"), tagged(text, "الشمري"), tagged(text, "الحربي")]
    assert given_first(text, model) == ["المعيبد", "الشمري", "الحربي"]



def test_a_construct_noun_between_head_and_genitive_stays_in_the_name() -> None:
    text = ("أصدرت هيئة كبار العلماء فتوى، وأعلن مركز إيداع الأوراق المالية الموعد، ووافق "
            "مجلس إدارة الشركة على التوزيع.")
    assert orgs(text) == ["هيئة كبار العلماء", "مركز إيداع الأوراق المالية"]


def test_the_post_of_a_person_after_a_head_makes_no_body() -> None:
    text = "تقدمت قوات الرئيس المخلوع نحو المدينة، وقاتلت قوات الأمن الخاصة."
    assert orgs(text) == ["قوات الأمن الخاصة"]


def test_a_blessing_with_its_pronoun_is_no_person() -> None:
    text = "وقال الخليفة عمر رضي الله عنه قولا، وحضر ابنه رضوان الله."
    model = [tagged(text, "رضي الله"), tagged(text, "رضوان الله")]
    assert tidy(text, model) == ["رضوان الله"]


def test_the_verb_of_a_blessing_is_no_surname() -> None:
    text = "وقال محمد صلى الله عليه وسلم إن الدين النصيحة، وحضر خالد عبدالله صالح."
    assert rule_persons(text, []) == ["محمد", "خالد عبدالله صالح"]


def rule_places(text: str) -> list[str]:
    return [e.text for e in candidates(text, words(text), True) if e.type == "LOC"]


def test_a_common_word_is_no_proclitic_before_a_place() -> None:
    text = ("داهمت فرقة الأمن الموقع، وزادت وتيرة العمل في بنوك المدينة بحجة التطوير "
            "وبحجة الصيانة.")
    assert rule_places(text) == []
    text = "وصل بالرقة ثم إلى حجة ثم إلى لندن وبلندن."
    assert rule_places(text) == ["الرقة", "حجة", "لندن", "لندن"]


def test_an_institution_named_after_a_title_and_a_name_in_abd_written_apart() -> None:
    text = "وقال أستاذ في جامعة الملك عبد العزيز إن الدراسة بدأت."
    assert orgs(text) == ["جامعة الملك عبد العزيز"]


def test_a_broken_plural_in_yaa_is_no_adjective_of_a_name() -> None:
    text = "ونصحت جامعة الملك فهد الأهالي بالبقاء في المنازل."
    assert orgs(text) == ["جامعة الملك فهد"]


def test_a_nisba_after_a_name_is_left_out_as_it_may_be_the_person_s_post() -> None:
    text = "وقال إسماعيل هنية القيادي في حماس إن الحصار مستمر."
    assert given_first(text, [tagged(text, "إسماعيل هنية")]) == ["إسماعيل هنية"]


def test_a_feminine_adjective_closing_a_person_is_the_institution_s() -> None:
    text = ("افتتحت مكتبة الملك سعود العامة فرعا، وجاءت السيدة الاميركية الاولى، وقال "
            "عبدالله الأحمر إن الوضع جيد.")
    model = [tagged(text, "سعود العامة"), tagged(text, "الاميركية"),
             tagged(text, "عبدالله الأحمر")]
    assert given_first(text, model) == ["سعود", "عبدالله الأحمر"]


def test_a_particle_closes_no_tagger_name() -> None:
    text = "وقالت المنظمة إن الحاسوب قادر، وقال خالد الشمري في بيان إنه جاهز."
    model = [tagged(text, "المنظمة إن", "ORG"), tagged(text, "خالد الشمري في")]
    assert tidy(text, model) == ["المنظمة", "خالد الشمري"]


def test_a_one_letter_preposition_on_a_given_name_is_no_part_of_the_person() -> None:
    text = "ودخل خالد بديلاً لأحمد عكاش، واتصل بسعد الغامدي، وحضر كريم العلي."
    model = [tagged(text, "لأحمد عكاش"), tagged(text, "بسعد الغامدي"),
             tagged(text, "كريم العلي")]
    assert tidy(text, model) == ["أحمد عكاش", "سعد الغامدي", "كريم العلي"]


def test_two_names_of_a_list_joined_by_waw_are_two_persons() -> None:
    text = "وبدأ الفريق بتشكيلة من أحمد عكاش ومحمد حسين وعمر هوساوي وخالد بن وليد الشمري."
    model = [tagged(text, "أحمد عكاش"), tagged(text, "حسين وعمر"), tagged(text, "هوساوي"),
             tagged(text, "وخالد بن وليد الشمري")]
    assert tidy(text, model) == ["أحمد عكاش", "حسين", "عمر هوساوي", "خالد بن وليد الشمري"]
    text = "وحضر محمد حسين وعمر هوساوي المباراة."
    tokens = words(text)
    split = confirm_weak_titles(text, tokens, candidates(text, tokens, True), [])
    assert [e.text for e in split] == ["محمد حسين", "عمر"]  # the rules' «محمد حسين وعمر»
    assert [e.text for e in complete_given_names(text, tokens, split)] == [
        "محمد حسين", "عمر هوساوي"]


def test_a_title_after_al_is_the_family_name_and_spreads_no_surname() -> None:
    text = "وتلقى الوزير الشيخ صالح آل الشيخ خطابا، وقال الشيخ إن الحفل بدأ."
    assert rules_only(text) == ["صالح آل الشيخ"]


def test_the_tagger_lengthens_no_name_past_its_family_after_al() -> None:
    text = "وأبرق الوزير المهندس عبداللطيف بن عبدالملك آل الشيخ تعميما استند فيه على الأسباب."
    model = [tagged(text, "عبداللطيف بن عبدالملك آل الشيخ تعميما استند")]
    assert extended(text, model) == ["عبداللطيف بن عبدالملك آل الشيخ"]


def test_a_definite_noun_before_a_given_name_is_no_part_of_the_person() -> None:
    text = "ونجح السباح عبدالرحمن الغامدي في السباق، وحضرت المعلومة بنت الميداح."
    model = [tagged(text, "السباح عبدالرحمن الغامدي"), tagged(text, "المعلومة بنت الميداح")]
    assert tidy(text, model) == ["عبدالرحمن الغامدي", "المعلومة بنت الميداح"]


def test_the_preposition_ala_is_no_given_name() -> None:
    text = "وعرضت الدور على فايز السعيد، وليتغلب على بغداديس، وحضر علي حجي."
    model = [tagged(text, "فايز السعيد"), tagged(text, "بغداديس"), tagged(text, "حجي")]
    assert given_first(text, model) == ["فايز السعيد", "بغداديس", "علي حجي"]


def test_a_tagger_name_after_a_glued_waw_lengthens_a_rule_name_from_its_start() -> None:
    text = "ويتعلق الأمر بكل من محمد لمين وعبد الرحمان ولد محمد حمودي ولد داف."
    model = [tagged(text, "وعبد الرحمان ولد محمد حمودي ولد داف")]
    tokens = words(text)
    kept = resolve_overlaps(candidates(text, tokens, True))
    lengthened = extend_by_model(text, tokens, kept, tidy_model(text, tokens, model))
    assert [e.text for e in lengthened if e.type == "PER"] == [
        "محمد لمين", "عبد الرحمان ولد محمد حمودي ولد داف"]


def test_a_compound_name_in_allah_written_apart_is_no_blessing() -> None:
    # the rules still stop before «الله» («محمد جاب»), but keep the name's word
    text = "وقال الدكتور محمد جاب الله إن الحزب مستعد، وقال محمد صلى الله عليه وسلم كلمته."
    assert rule_persons(text, []) == ["محمد جاب", "محمد"]


def test_an_acronym_or_a_name_word_closing_a_tagger_entity_stays() -> None:
    # name_stopwords.txt mixes Urdu and Persian words («سی», «کو») and role nouns with
    # the Arabic particles: only the particles open the clause after a name, and not
    # after a spelled letter of an acronym («سي إن إن», «تي في»)
    text = ("وقالت بي بي سي إن الممثل عادل امام وصل، وقال سيباستيان كو في بيان إن شبكة "
            "سي إن إن وقناة تي في نقلتا الخبر.")
    model = [tagged(text, "بي بي سي", "ORG"), tagged(text, "عادل امام"),
             tagged(text, "سيباستيان كو"), tagged(text, "سي إن إن", "ORG"),
             tagged(text, "تي في", "ORG")]
    assert tidy(text, model) == ["بي بي سي", "عادل امام", "سيباستيان كو", "سي إن إن",
                                 "تي في"]


def test_a_family_name_in_a_final_heh_is_no_feminine_adjective() -> None:
    # «ه» folds like «ة»: «البريه» is a family name, «الملكية» an adjective
    text = "وضمت القائمة محمد البريه، وزار الوفد مكتبة الملك سعود الملكية."
    model = [tagged(text, "محمد البريه"), tagged(text, "سعود الملكية")]
    assert given_first(text, model) == ["محمد البريه", "سعود"]


def test_a_nationality_of_a_body_before_a_name_is_not_the_person_country() -> None:
    """The adjective agrees with the body it qualifies; only a post before the body makes
    its nationality the post holder's."""
    text = ("وأعلنت الشرطة الباكستانية خالد منصور مطلوبا، وقال قائد الشرطة الباكستانية "
            "سليم نواز إن البحث مستمر.")
    doc = simple_doc(text, "ar")
    tokens = words(text)
    second = text.index("الشرطة", text.index("قائد"))
    bodies = [replace(tagged(text, "الشرطة الباكستانية", "ORG"), country="PAK"),
              Entity(second, second + len("الشرطة الباكستانية"), type="ORG",
                     text="الشرطة الباكستانية", country="PAK")]
    persons = [replace(tagged(text, name), key=key) for name, key in (
        ("خالد منصور", "per:منصور"), ("سليم نواز", "per:نواز"))]
    entities = sorted([*bodies, *persons], key=lambda e: e.start)
    cues = country_cues(text, tokens, entities, frozenset(), True)
    assigned = assign_countries(doc, tokens, entities, cues)
    assert [e.country for e in assigned if e.type == "PER"] == [None, "PAK"]


def test_a_noun_of_birth_after_a_name_ends_the_person() -> None:
    """«مواليد» ('born in') describes the person before it: no word of his name, in the
    rules' names nor the tagger's."""
    text = "وقالت الأسرة إن ابنها أحمد سعيد مواليد 1990 غادر المنزل."
    assert not [name for name in rule_persons(text) if "مواليد" in name]
    assert tidy(text, [tagged(text, "أحمد سعيد مواليد")]) == ["أحمد سعيد"]


def test_a_given_name_with_the_article_opens_a_person_after_a_post() -> None:
    """North African given names are written with the article; after a post the word is
    no adjective of it, and a post's word before a family nisba is part of the name."""
    assert rule_persons("وصرح وزير الخارجية الطيب البكوش للصحفيين.") == ["الطيب البكوش"]
    assert rule_persons("واستقبل الرئيس التونسي الباجي قائد السبسي الوفد.") == [
        "الباجي قائد السبسي"]
    assert rule_persons("وقال الرئيس التونسي المختار قائد الجيش إن.") == []
    assert rule_persons("وكان الطيب البكوش في الوفد.") == []


def test_a_lone_given_name_takes_no_blessing_verb_for_its_family_name() -> None:
    text = "واقتدى الناس بهدي النبي محمد صلى الله عليه وسلم في ذلك."
    assert given_first(text, [tagged(text, "محمد")]) == ["محمد"]


def test_a_speech_verb_after_a_name_is_no_word_of_it() -> None:
    assert rule_persons("وكان الشيخ سالم حسين أعلن أمس أن المسجد سيفتح.") == ["سالم حسين"]
    assert rule_persons("ورحب الشيخ سالم حسين وأكد أن المسجد سيفتح.") == ["سالم حسين"]
