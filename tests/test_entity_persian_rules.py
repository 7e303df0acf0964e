"""Persian entity rules where the rules meet the tagger (``khabar.entities.persian_rules``,
``name_extent.extend_by_model`` rightward only). Sentences written for these tests; the
tagger's output is given by hand, so no test depends on a trained model."""

from __future__ import annotations

from dataclasses import replace

from doc_builders import tagged

from khabar.doc import Entity
from khabar.entities.gazetteer import country_entries, words
from khabar.entities.name_extent import extend_by_model
from khabar.entities.persian_rules import (
    add_outlets,
    confirm_given_names,
    orgs_over_places,
    tidy_persian_model,
)
from khabar.entities.persian_tidy import settle_surnames
from khabar.entities.persian_units import add_listed_orgs
from khabar.entities.stage import (
    CountryCue,
    add_surname_mentions,
    candidates,
    nearest_country,
    resolve_overlaps,
)
from khabar.entities.titles import person_key
from khabar.entities.words import phrase_key


def rule(text: str, phrase: str, kind: str, source: str) -> Entity:
    start = text.index(phrase)
    return Entity(start, start + len(phrase), type=kind, text=phrase, source=source)


def given_name_persons(text: str, model: list[Entity]) -> list[str]:
    found = candidates(text, words(text), False)
    return [e.text for e in resolve_overlaps(confirm_given_names(words(text), found, model))
            if e.type == "PER"]


def test_a_given_name_before_a_common_word_needs_the_tagger() -> None:
    text = "کارشناسان گفتند عمر باتری این گوشی کوتاه است و جان سپرده بود."
    assert "عمر باتری" in [e.text for e in candidates(text, words(text), False)]
    assert given_name_persons(text, []) == []


def test_a_given_name_the_tagger_reads_alone_takes_no_surname() -> None:
    text = "در این نشست علیرضا نام خود را اعلام کرد."
    assert given_name_persons(text, [tagged(text, "علیرضا")]) == []


def test_a_given_name_the_tagger_reads_stays_a_person() -> None:
    text = "به گفته علی رضایی این طرح اجرا می‌شود."
    assert given_name_persons(text, [tagged(text, "علی رضایی")]) == ["علی رضایی"]


def test_a_persian_name_grows_after_its_end_only() -> None:
    text = "در این نمایش آوازقو محمد رحمانیان تهرانی بازی کرد."
    person = rule(text, "محمد رحمانیان", "PER", "given_name")
    model = [tagged(text, "آوازقو محمد رحمانیان تهرانی")]
    grown = extend_by_model(text, words(text), [person], model, leftward=False)
    assert [e.text for e in grown] == ["محمد رحمانیان تهرانی"]
    both_ways = extend_by_model(text, words(text), [person], model)
    assert [e.text for e in both_ways] == ["آوازقو محمد رحمانیان تهرانی"]


def outlets(text: str, kept: list[Entity]) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in add_outlets(text, words(text), kept)]


def test_a_dateline_outlet_is_an_organisation_not_the_province() -> None:
    text = "ایلنا: نرخ بیکاری افزایش یافت.\nفارس: استاندار فارس گفت که باران آمد."
    start = text.index("فارس:")
    province = Entity(start, start + 4, type="LOC", text="فارس", source="gazetteer")
    assert outlets(text, [province]) == [("ORG", "ایلنا"), ("ORG", "فارس")]


def test_a_cited_one_word_outlet_and_no_other() -> None:
    text = "به گزارش «همشهری» در ماه مهر بارش‌ها کم شد و به نقل از مهر قیمت‌ها بالا رفت."
    assert outlets(text, []) == [("ORG", "همشهری"), ("ORG", "مهر")]


def test_the_desk_is_no_part_of_the_outlet() -> None:
    text = "به گزارش گروه بین‌الملل خبرگزاری فارس، نشست امروز برگزار شد."
    model = [tagged(text, "گروه بین‌الملل خبرگزاری فارس", "ORG")]
    assert outlets(text, model) == [("ORG", "خبرگزاری فارس")]


def test_a_desk_alone_is_no_organisation() -> None:
    text = "گروه اجتماعی: نشست امروز برگزار شد."
    assert outlets(text, [tagged(text, "گروه اجتماعی", "ORG")]) == []


def test_an_uncited_outlet_name_inside_a_longer_one_is_left() -> None:
    text = "روزنامه شرق الاوسط چاپ لندن نوشت که نشست برگزار شد."
    assert outlets(text, []) == []


def test_an_outlet_before_a_verb_of_reporting_unless_a_place_bears_its_name() -> None:
    text = "الجزیره گزارش داد که گفتگوها ادامه دارد و ایرنا نوشت که هیئت بازگشت."
    model = [tagged(text, "الجزیره", "PER")]
    assert outlets(text, model) == [("ORG", "الجزیره"), ("ORG", "ایرنا")]
    text = "فارس اعلام کرد که باران می‌بارد."
    province = rule(text, "فارس", "LOC", "gazetteer")
    assert outlets(text, [province]) == [("LOC", "فارس")]
    assert outlets("میزان تورم از گزارش کاسته شد.", []) == []
    # «مهر» the month, not the agency, before «اعلام کرد»
    assert outlets("وزیر زمان بازگشایی مدارس را اول مهر اعلام کرد.", []) == []


def test_a_rule_person_over_an_outlet_name_wins() -> None:
    text = "به گزارش مهر علی‌اکبر گفت که نشست برگزار شد."
    person = rule(text, "مهر علی‌اکبر", "PER", "title")
    assert outlets(text, [person]) == [("PER", "مهر علی‌اکبر")]


def listed(text: str, kept: list[Entity]) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in add_listed_orgs(text, words(text), kept)]


def place(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="LOC", text=name, source="gazetteer")


def test_a_listed_body_takes_the_place_after_it() -> None:
    text = "عضو شورای شهر تهران گفت که ستاد مبارزه با مواد مخدر گزارش داد."
    assert listed(text, [place(text, "تهران")]) == [
        ("ORG", "شورای شهر تهران"), ("ORG", "ستاد مبارزه با مواد مخدر")]


def test_a_listed_body_stands_for_the_taggers_shorter_span() -> None:
    text = "نماینده سازمان حفاظت از محیط زیست در نشست حاضر بود."
    assert listed(text, [tagged(text, "سازمان حفاظت", "ORG")]) == [
        ("ORG", "سازمان حفاظت از محیط زیست")]


def test_the_taggers_longer_name_is_kept() -> None:
    text = "مجوز سازمان میراث فرهنگی و گردشگری استان صادر شد."
    longer = tagged(text, "سازمان میراث فرهنگی و گردشگری استان", "ORG")
    assert listed(text, [longer]) == [("ORG", "سازمان میراث فرهنگی و گردشگری استان")]


def test_the_taggers_span_loses_its_honorific() -> None:
    text = "به گزارش خبرنگار ما، شاهزاده ترکی الفیصل گفت که شهید چمران را می‌شناخت."
    model = [tagged(text, "شاهزاده ترکی الفیصل"), tagged(text, "شهید چمران"),
             tagged(text, "شاهزاده")]
    tidied = tidy_persian_model(text, words(text), model)
    assert [e.text for e in tidied] == ["ترکی الفیصل", "چمران"]


def test_an_organisation_that_loses_its_honorific_is_keyed_by_what_is_left() -> None:
    text = "مسئولان بنیاد حضرت ولیعصر گفتند که حضرت ولیعصر کمک می‌کند."
    start = text.index("حضرت ولیعصر", 10)
    model = [Entity(start, start + 11, type="ORG", text=text[start:start + 11],
                    key=f"org:{phrase_key(text[start:start + 11])}", source="crf")]
    (tidied,) = tidy_persian_model(text, words(text), model)
    assert tidied.text == "ولیعصر" and tidied.key == f"org:{phrase_key('ولیعصر')}"


def test_a_tatweel_dash_is_no_part_of_an_outlet() -> None:
    text = "تهران ـ ایرنا : نشست امروز برگزار شد."
    assert outlets(text, [tagged(text, "ایرنا", "ORG")]) == [("ORG", "ایرنا")]


def test_a_listed_name_holds_its_commas_and_a_country_after_it() -> None:
    text = "وزارت بهداشت، درمان و آموزش پزشکی و فدراسیون فوتبال آلمان اعلام کردند."
    assert listed(text, [place(text, "آلمان")]) == [
        ("ORG", "وزارت بهداشت، درمان و آموزش پزشکی"), ("ORG", "فدراسیون فوتبال آلمان")]


def test_a_person_holding_a_number_is_none() -> None:
    text = "قیمت پسته کله قوچی 28000 تومان و اسید اولئیک 6/69 درصد است."
    model = [tagged(text, "قوچی 28000"), tagged(text, "اولئیک 6/69")]
    assert tidy_persian_model(text, words(text), model) == []


def test_an_organisation_ends_before_its_amount_and_keeps_a_number_inside() -> None:
    text = ("وزارت بهداشت 200 هزار دز واکسن خرید و شهرداری منطقه 3 تهران و "
            "شرکت 70 عنوان فیلم را پذیرفت.")
    model = [tagged(text, "وزارت بهداشت 200 هزار", "ORG"),
             tagged(text, "شهرداری منطقه 3 تهران", "ORG"), tagged(text, "شرکت 70", "ORG")]
    tidied = tidy_persian_model(text, words(text), model)
    assert [(e.text, e.key) for e in tidied] == [
        ("وزارت بهداشت", f"org:{phrase_key('وزارت بهداشت')}"),
        ("شهرداری منطقه 3 تهران", model[1].key)]


def test_a_number_after_a_noun_that_numbers_bodies_ends_the_name() -> None:
    text = "شهرداری منطقه 20 و شعبه 15 گزارش دادند و وزارت نیرو 70 میلیارد هزینه کرد."
    model = [tagged(text, "شهرداری منطقه 20", "ORG"), tagged(text, "شعبه 15", "ORG"),
             tagged(text, "وزارت نیرو 70 میلیارد", "ORG")]
    tidied = tidy_persian_model(text, words(text), model)
    assert [e.text for e in tidied] == ["شهرداری منطقه 20", "شعبه 15", "وزارت نیرو"]


def keyed(text: str, phrase: str, source: str = "crf", occurrence: int = 0) -> Entity:
    """A person over the ``occurrence``-th ``phrase``, keyed as the stage keys it."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    tokens = words(text)
    first = next(k for k, w in enumerate(tokens) if w.start == start)
    last = next(k for k, w in enumerate(tokens) if w.end == start + len(phrase))
    return Entity(start, start + len(phrase), type="PER", text=phrase, source=source,
                  key=person_key(tokens, first, last))


def surnames(text: str, kept: list[Entity]) -> list[tuple[str, str | None]]:
    spread = add_surname_mentions(text, words(text), kept)
    return [(e.text, e.source) for e in settle_surnames(text, words(text), spread)]


def test_a_lone_word_of_the_tagger_is_not_spread() -> None:
    text = "رادیویی گفت که امواج رادیویی مرز ندارد و طیف رادیویی محدود است."
    assert surnames(text, [keyed(text, "رادیویی")]) == [("رادیویی", "crf")]


def test_a_person_named_in_full_is_found_again_by_surname() -> None:
    text = "علی نظری گفت که باران کم بود. نظری افزود که سدها خالی است."
    assert surnames(text, [keyed(text, "علی نظری", "given_name")]) == [
        ("علی نظری", "given_name"), ("نظری", "surname")]


def test_a_surname_after_the_names_first_word_is_the_whole_name() -> None:
    text = "برانکو ایوانکوویچ گفت که تیم آماده است. «برانکو ایوانکوویچ» افزود که بازی سخت است."
    assert surnames(text, [keyed(text, "برانکو ایوانکوویچ")]) == [
        ("برانکو ایوانکوویچ", "crf"), ("برانکو ایوانکوویچ", "surname")]


def test_a_person_found_before_the_tail_of_its_name_grows_over_it() -> None:
    text = ("مصباحی مقدم گفت که طرح آماده است. غلامرضا مصباحی مقدم افزود که تصویب شد. "
            "سرتاج عزیز گفت که صلح ممکن است. سرتاج عزیز افزود که مذاکره ادامه دارد.")
    kept = [keyed(text, "مصباحی مقدم"), keyed(text, "غلامرضا مصباحی", "given_name"),
            keyed(text, "سرتاج عزیز"), keyed(text, "سرتاج", occurrence=1)]
    assert surnames(text, kept) == [
        ("مصباحی مقدم", "crf"), ("غلامرضا مصباحی مقدم", "given_name"), ("سرتاج عزیز", "crf"),
        ("سرتاج عزیز", "crf")]


def test_a_chant_is_no_person() -> None:
    text = "تظاهرکنندگان فریاد زدند: «دیکتاتور، مرگت باد!» و «زنده باد لیونل مسی» سر دادند."
    model = [tagged(text, "مرگت باد"), tagged(text, "زنده باد لیونل مسی")]
    tidied = tidy_persian_model(text, words(text), model)
    assert [(e.text, e.key) for e in tidied] == [("لیونل مسی", f"per:{words('مسی')[0].folded}")]


def test_a_kind_after_an_indefinite_and_a_lone_adjective_of_a_region_are_no_names() -> None:
    text = "این گوشی را یک شرکت تعاونی ساخت و کشورهای اروپایی و شرکت تعاونی مهر آن را خریدند."
    model = [tagged(text, "شرکت تعاونی", "ORG"), tagged(text, "اروپایی", "ORG"),
             tagged(text, "شرکت تعاونی مهر", "ORG")]
    assert [e.text for e in tidy_persian_model(text, words(text), model)] == ["شرکت تعاونی مهر"]


def test_a_president_written_apart_bridges_the_name_to_its_country() -> None:
    text = "موشه کاتساف، رئیس جمهور اسرائیل و واتیسلاو کلاوس صدراعظم چک سخن گفتند."
    tokens = words(text)
    cues = [CountryCue(text.index("اسرائیل"), text.index("اسرائیل") + 7, "ISR"),
            CountryCue(text.index("چک"), text.index("چک") + 2, "CZE")]
    people = [keyed(text, "موشه کاتساف"), keyed(text, "واتیسلاو کلاوس")]
    assert [nearest_country(p, cues, tokens, None) for p in people] == ["ISR", "CZE"]


def over_places(text: str, places: list[str], model: list[Entity]) -> list[tuple[str, str]]:
    kept = [place(text, name) for name in places]
    return [(e.type, e.text) for e in orgs_over_places(text, words(text), kept, model)]


def test_a_body_named_with_its_city_stands_in_place_of_the_city() -> None:
    text = "ذوب آهن اصفهان در بورس تهران و دفتر سازمان بهداشت جهانی در ایران گزارش داد."
    model = [tagged(text, "ذوب آهن اصفهان", "ORG"), tagged(text, "بورس تهران", "ORG"),
             tagged(text, "سازمان بهداشت جهانی در ایران", "ORG")]
    assert over_places(text, ["اصفهان", "تهران", "ایران"], model) == [
        ("ORG", "ذوب آهن اصفهان"), ("ORG", "بورس تهران"), ("ORG", "سازمان بهداشت جهانی"),
        ("LOC", "ایران")]


def test_a_place_name_and_the_field_of_a_post_keep_their_place() -> None:
    text = ("جمهوری ایرلند و وزیر خارجه بحرین و کمیسیون فرهنگی شورای شهر تبریز و "
            "مسئولان کرمان نظر دادند.")
    start = text.index("شورای شهر تبریز")
    council = Entity(start, start + 15, type="ORG", text="شورای شهر تبریز", source="org_list")
    model = [tagged(text, "جمهوری ایرلند", "ORG"), tagged(text, "خارجه بحرین", "ORG"),
             tagged(text, "کمیسیون فرهنگی شورای شهر تبریز", "ORG"),
             tagged(text, "مسئولان کرمان", "ORG")]
    kept = [place(text, "ایرلند"), place(text, "بحرین"), council, place(text, "کرمان")]
    found = orgs_over_places(text, words(text), kept, model)
    assert [(e.type, e.text) for e in found] == [
        ("LOC", "ایرلند"), ("LOC", "بحرین"), ("ORG", "شورای شهر تبریز"), ("LOC", "کرمان")]


def test_a_body_stands_in_place_of_its_city_only_where_the_city_ends_it() -> None:
    """A tagger organisation that runs on past its place («... اصفهان امسال») is not taken
    over the place."""
    text = "کارخانه سیمان اصفهان امسال تعطیل شد."
    model = [tagged(text, "کارخانه سیمان اصفهان امسال", "ORG")]
    assert over_places(text, ["اصفهان"], model) == [("LOC", "اصفهان")]


def test_a_club_loses_its_noun_of_kind_and_a_national_team_keeps_it() -> None:
    text = "تیم فوتبال استقلال و باشگاه پرسپولیس به تیم ملی بازیکن دادند."
    model = [tagged(text, "تیم فوتبال استقلال", "ORG"), tagged(text, "باشگاه پرسپولیس", "ORG"),
             tagged(text, "تیم ملی", "ORG")]
    tidied = tidy_persian_model(text, words(text), model)
    assert [e.text for e in tidied] == ["استقلال", "پرسپولیس", "تیم ملی"]


def test_a_compound_given_name_in_allah_written_apart_opens_the_name() -> None:
    # Fars and Hamshahri write «نعمت‌الله», «نعمتالله» and «نعمت الله»; spaced, the tagger
    # found only the surname
    import khabar

    text = "حمید نعمت الله سعیدی به تهران رفت. حجت الله قریشی مدیر کل گفت."
    persons = [e.text for e in khabar.process(text, meta={"lang": "fa"}).entities
               if e.type == "PER"]
    assert "حمید نعمت الله سعیدی" in persons
    assert "حجت الله قریشی" in persons


def listed_body(text: str, name: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="ORG", text=name, source="org_list")


def test_a_listed_body_opening_a_provincial_name_keeps_its_places_inside() -> None:
    """The gold's provincial office keeps its province (bench/data/ENTITIES-GOLD.md): a listed
    body that opens the tagger's name gives way to the whole name, and the places inside it
    are no places of the text («کربلا» is the corps' name, not Iraq's city)."""
    text = ("فرمانده سپاه کربلا استان مازندران و مدیرعامل شرکت آب و فاضلاب روستایی استان "
            "بوشهر گفتند.")
    model = [tagged(text, "سپاه کربلا استان مازندران", "ORG"),
             tagged(text, "شرکت آب و فاضلاب روستایی استان بوشهر", "ORG")]
    kept = [listed_body(text, "سپاه"), place(text, "کربلا"), place(text, "مازندران"),
            listed_body(text, "شرکت آب و فاضلاب"), place(text, "بوشهر")]
    found = orgs_over_places(text, words(text), kept, model)
    assert [(e.type, e.text) for e in found] == [
        ("ORG", "سپاه کربلا استان مازندران"), ("ORG", "شرکت آب و فاضلاب روستایی استان بوشهر")]


def test_a_listed_body_keeps_its_country_and_a_body_inside_the_name_keeps_it_all() -> None:
    """A country after a listed body is the body's country, apart («حزب‌الله لبنان»); a
    listed body that does not open the tagger's name is the parent (left as it was)."""
    text = "حزب‌الله لبنان و کمیسیون فرهنگی شورای شهر تبریز نظر دادند."
    lebanon = replace(place(text, "لبنان"), kb_id=country_entries()["LBN"].kb_id)
    model = [tagged(text, "حزب‌الله لبنان", "ORG"),
             tagged(text, "کمیسیون فرهنگی شورای شهر تبریز", "ORG")]
    kept = [listed_body(text, "حزب‌الله"), lebanon, listed_body(text, "شورای شهر"),
            place(text, "تبریز")]
    found = orgs_over_places(text, words(text), kept, model)
    assert [(e.type, e.text) for e in found] == [
        ("ORG", "حزب‌الله"), ("LOC", "لبنان"), ("ORG", "شورای شهر"), ("LOC", "تبریز")]
