"""Linking mentions to the KB across scripts, references to persons, and geocoding."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

import khabar
from khabar.doc import Doc
from khabar.entities.ner import find_entities
from khabar.kb.entries import load_kb
from khabar.kb.link import link_person, strip_titles
from khabar.kb.romanize import person_id, romanize


def make_doc(text: str, lang: str, published: str | None = "2025-01-20") -> Doc:
    return simple_doc(text, lang, published=published)


@pytest.mark.parametrize(
    ("name", "expected", "reason"),
    [
        ("محمد باقری", "per:mohammad-bagheri", "Persian ی"),
        ("محمد باقري", "per:mohammad-bagheri", "Arabic ي"),
        ("اللواء محمد باقري", "per:mohammad-bagheri", "rank stripped"),
        ("سید عاصم منیر", "per:asim-munir", "Persian, with the honorific"),
        ("سيد عاصم منير", "per:asim-munir", "Arabic, with the honorific"),
        ("عاصم منير", "per:asim-munir", "Arabic, without it"),
        ("Syed Asim Munir", "per:asim-munir", "English"),
        ("محمد حسین باقری", None, "another person sharing the surname: not guessed"),
        ("باقری", None, "a lone surname without a country is not enough"),
        ("سرلشکر", None, "a title alone names nobody"),
    ],
)
def test_person_names_link_across_scripts(name: str, expected: str | None, reason: str) -> None:
    entry = link_person(load_kb(), name, None)
    assert (entry.id if entry else None) == expected, reason


def test_lone_surname_links_when_the_country_agrees() -> None:
    kb = load_kb()
    assert link_person(kb, "باقري", "IRN").id == "per:mohammad-bagheri"  # type: ignore[union-attr]
    assert link_person(kb, "باقري", "PAK") is None, "the country contradicts the KB"


def test_strip_titles_keeps_a_name_that_is_only_a_title() -> None:
    assert strip_titles("سرلشکر سید محمد باقری") == "محمد باقری"
    assert strip_titles("سرلشکر") == "سرلشکر"


@pytest.mark.parametrize(("a", "b"), [("باقری", "باقري"), ("کریمی", "كريمي"),
                                      ("عاصم منیر", "عاصم منير")])
def test_romanized_ids_meet_across_spellings(a: str, b: str) -> None:
    assert person_id(a) == person_id(b)
    assert romanize(a).isascii()


def _persons(text: str, lang: str, published: str | None = "2025-01-20") -> list:
    return [e for e in find_entities(make_doc(text, lang, published), load_kb())
            if e.type == "PER"]


def test_bagheri_and_munir_link_in_persian_and_arabic_articles() -> None:
    fa = _persons("سرلشکر محمد باقری با ژنرال سید عاصم منیر در اسلام‌آباد دیدار کرد.", "fa")
    ar = _persons('التقى اللواء محمد باقري مع قائد الجيش الباكستاني "سيد عاصم منير".', "ar")
    assert {e.kb_id for e in fa} == {e.kb_id for e in ar} == {
        "per:mohammad-bagheri", "per:asim-munir"}
    assert all(e.name_en for e in fa + ar)


def test_role_and_pronoun_resolve_to_bagheri() -> None:
    text = ("سرلشکر محمد باقری با فرمانده ارتش پاکستان دیدار کرد. "
            "رئیس ستاد کل نیروهای مسلح گفت همکاری ادامه دارد. وی افزود که مرزها امن است.")
    persons = _persons(text, "fa")
    role = next(e for e in persons if e.text == "رئیس ستاد کل نیروهای مسلح")
    pronoun = next(e for e in persons if e.text == "وی")
    assert role.kb_id == pronoun.kb_id == "per:mohammad-bagheri"
    assert role.source == "role" and pronoun.source == "pronoun"


def test_role_outside_its_time_span_resolves_to_nobody() -> None:
    text = "سرلشکر محمد باقری سخنرانی کرد. رئیس ستاد کل نیروهای مسلح گفت جنگ تمام شد."
    persons = _persons(text, "fa", published="2010-05-01")
    assert not any(e.text == "رئیس ستاد کل نیروهای مسلح" and e.kb_id for e in persons)


def test_pronoun_without_a_person_before_it_is_not_resolved() -> None:
    assert not any(e.source == "pronoun" for e in _persons("وی گفت که سفر مهم است.", "fa"))


def test_arabic_or_and_copula_are_no_pronouns() -> None:
    """Folded, Persian «او» ('he') is Arabic «أو» ('or'): each language has its own list;
    and Arabic's free-standing «هو» is mostly the copula («الحل الوحيد هو ...»)."""
    text = ("وصل اللواء محمد باقري إلى إسلام آباد أمس أو اليوم، وقال إن الحل الوحيد هو "
            "الحوار.")
    pronouns = [e.text for e in khabar.process(text).entities if e.source == "pronoun"]
    assert pronouns == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [("سرلشکر باقری وارد اسلام‌آباد شد.", "fa"), ("وصل اللواء باقري إلى إسلام آباد.", "ar")],
)
def test_islamabad_is_geocoded_to_pakistan(text: str, lang: str) -> None:
    place = next(e for e in find_entities(make_doc(text, lang), load_kb())
                 if e.name_en == "Islamabad")
    assert place.country == "PAK" and place.kb_id and place.kb_id.startswith("geonames:")
    assert place.lat is not None and 33 < place.lat < 34.5


def test_kb_links_persons_on_the_example_articles(example_paths: list) -> None:
    import khabar

    ids = set()
    for path in example_paths:
        doc = khabar.process(path.read_bytes())
        ids |= {e.kb_id for e in doc.entities if e.type == "PER" and e.kb_id}
        assert not doc.problems, doc.problems
    assert {"per:mohammad-bagheri", "per:asim-munir"} <= ids


@pytest.mark.parametrize(
    ("text", "lang", "expected", "reason"),
    [
        ("سرلشکر باقری وارد اسلام‌آباد شد. او در اسلام‌آباد و لاهور دیدار کرد.", "fa", "PAK",
         "two Pakistani cities outweigh an Iranian actor"),
        ("التقى الوزير في طهران. ثم زار دمشق.", "ar", "IRN", "a tie goes to the lead sentence"),
        ("هیچ مکانی اینجا نیست.", "fa", None, "no places, no focus"),
    ],
)
def test_country_focus(text: str, lang: str, expected: str | None, reason: str) -> None:
    from khabar.entities.geo import country_focus

    doc = make_doc(text, lang)
    doc.entities = find_entities(doc, load_kb())
    assert country_focus(doc) == expected, reason


def test_linked_mentions_take_the_kb_id_as_key() -> None:
    text = ("سرلشکر محمد باقری رئیس ستاد کل نیروهای مسلح وارد اسلام‌آباد شد. "
            "باقری گفت همکاری ادامه دارد. سرتیپ حمید فرهادی‌نیا نیز حضور داشت.")
    entities = find_entities(make_doc(text, "fa"), load_kb(), use_model=False)
    bagheri = [e for e in entities if e.kb_id == "per:mohammad-bagheri"]
    assert len(bagheri) >= 2, "the name and the later surname"
    assert {e.key for e in bagheri} == {"per:mohammad-bagheri"}
    unknown = next(e for e in entities if "فرهادی" in e.text)
    assert unknown.kb_id is None and unknown.key and unknown.key.startswith("per:")
    assert unknown.key != unknown.kb_id


def test_record_carries_the_country_focus_and_round_trips() -> None:
    from khabar.export.contract import from_record, to_record

    doc = make_doc("انفجار در کراچی. پلیس لاهور و اسلام‌آباد هشدار داد.", "fa")
    doc.entities = find_entities(doc, load_kb(), use_model=False)
    record = to_record(doc)
    assert record["country_focus"] == "PAK"
    assert to_record(from_record(record)) == record
    doc.entities = []
    assert to_record(doc)["country_focus"] is None


@pytest.mark.parametrize(
    ("text", "lang", "name", "kb_id"),
    [
        ("آیت‌الله هاشمی رفسنجانی در نماز جمعه سخن گفت.", "fa", "هاشمی رفسنجانی",
         "per:akbar-hashemi-rafsanjani"),
        ("وقال أحمد داود أوغلو إن بلاده مستعدة.", "ar", "أحمد داود أوغلو",
         "per:ahmet-davutoglu"),
    ],
)
def test_two_word_surnames_of_kb_persons_stay_whole(text: str, lang: str, name: str,
                                                    kb_id: str) -> None:
    persons = [e for e in find_entities(make_doc(text, lang), load_kb(), use_model=False)
               if e.type == "PER"]
    assert [(e.text, e.kb_id) for e in persons] == [(name, kb_id)]


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected", "reason"),
    [
        ("وأكد خادم الحرمين الشريفين أن المملكة بخير.", "ar", "2016-03-01",
         "per:salman-bin-abdulaziz", "a unique role alone: its holder on the date"),
        ("وأكد خادم الحرمين الشريفين أن المملكة بخير.", "ar", "2012-03-01",
         "per:abdullah-bin-abdulaziz", "the same phrase three years earlier: the king then"),
        ("وقال نائب خادم الحرمين الشريفين إن المملكة بخير.", "ar", "2016-03-01",
         None, "a deputy is not the holder"),
        ("مقام معظم رهبری در دیدار مسئولان سخن گفتند.", "fa", "2005-06-01",
         "per:ali-khamenei", "Persian honorific of the Supreme Leader"),
        ("مقام معظم رهبری در دیدار مسئولان سخن گفتند.", "fa", "1985-06-01",
         None, "before 1989 Khamenei did not hold the role, and the KB says so"),
    ],
)
def test_a_unique_role_alone_names_its_holder(text: str, lang: str, published: str,
                                              expected: str | None, reason: str) -> None:
    doc = make_doc(text, lang, published=published)
    linked = {e.kb_id for e in find_entities(doc, load_kb(), use_model=False)
              if e.type == "PER"}
    assert (expected in linked) if expected else not (linked - {None}), reason


def _linked(text: str, lang: str, published: str | None) -> list[tuple[str, str | None]]:
    doc = make_doc(text, lang, published=published)
    return [(e.text, e.kb_id) for e in find_entities(doc, load_kb(), use_model=False)
            if e.type == "PER" and e.source != "pronoun"]


def test_an_arabic_nasab_name_is_read_whole_and_links() -> None:
    found = _linked("شدد خادم الحرمين الشريفين الملك سلمان بن عبد العزيز على أن المملكة بخير.",
                    "ar", "2016-03-01")
    assert ("سلمان بن عبد العزيز", "per:salman-bin-abdulaziz") in found


@pytest.mark.parametrize(
    ("text", "lang", "published", "mention", "expected", "reason"),
    [
        ("استقبل الأمير سلمان الوفد. وكان الملك سلمان بن عبد العزيز قد أمر بذلك.", "ar",
         "2016-03-01", "سلمان", "per:salman-bin-abdulaziz",
         "the given name of a nasab name linked later in the article"),
        ("سخنان سرلشکر باقری در تهران. سرلشکر محمد باقری گفت همکاری ادامه دارد.", "fa",
         "2020-03-01", "باقری", "per:mohammad-bagheri",
         "a surname before the full name, with no country of its own"),
        ("سرلشکر محمد باقری و آقای علی باقری در تهران بودند. آقای باقری گفت همکاری ادامه دارد.",
         "fa", "2020-03-01", "باقری", None,
         "another person of the article bears the surname: not guessed"),
        ("سردار سلامی جانشین فرمانده کل سپاه در تهران سخنرانی کرد.", "fa", "2014-02-01",
         "سلامی", "per:hossein-salami", "the apposition names a role he held that day"),
        ("سردار سلامی در تهران و اصفهان سخنرانی کرد.", "fa", "2014-02-01", "سلامی", None,
         "a titled surname alone is not enough: «دکتر رضایی» is not always Mohsen Rezaee"),
        ("نقل المصاب إلى مستشفى الملك فهد. وسجل فهد هدفا في المباراة.", "ar", "2015-07-24",
         "فهد", None, "a hospital named after a king lends its name to no one"),
        ("قال مدير عام مدارس الفيصل إن الأمير خالد الفيصل زار المدارس.", "ar", "2015-07-25",
         "الفيصل", None, "schools named after a family lend their name to no one"),
        ("قال باحث في دارة الملك عبدالعزيز، إن الوثائق نشرت.", "ar", "2015-07-21",
         "عبدالعزيز", None, "nor does a research house named after a king"),
        ("تنزه الزوار في حديقة الملك فهد أيام العيد.", "ar", "2015-07-22", "فهد", None,
         "nor a park"),
        ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود الوفد. وكان الأمير "
         "سعود قد زار الرياض.", "ar", "2015-07-27", "سعود", None,
         "the dynasty that ends a nasab name is no surname of its bearer"),
        ("التقى الأمير محمد بن نايف بالوزير. وأشاد الأمير نايف بالجهود.", "ar", "2015-07-27",
         "نايف", None, "nor is his father's name"),
        ("رئیس ستاد کل نیروهای مسلح به دمشق رفت. سرلشکر باقری گفت همکاری ادامه دارد.", "fa",
         None, "باقری", "per:mohammad-bagheri",
         "undated: the titled surname of a past holder of a role the article names"),
        ("سرلشکر باقری به دمشق رفت و گفت همکاری ادامه دارد.", "fa", None, "باقری", None,
         "no role phrase in the article: the titled surname alone is not enough"),
    ],
)
def test_one_word_mentions_link_by_the_document(text: str, lang: str, published: str,
                                                mention: str, expected: str | None,
                                                reason: str) -> None:
    found = _linked(text, lang, published)
    links = {kb_id for name, kb_id in found if name == mention}
    # Where no link is expected, a mention the entity stage no longer reads as a name at all
    # is as right as an unlinked one: since session 17 a person naming a facility («حديقة
    # الملك فهد») is dropped (khabar/entities/arabic_facility_names.py).
    allowed = ({expected}, set()) if expected is None else ({expected},)
    assert links in allowed, (reason, found)


@pytest.mark.parametrize(
    ("name", "expected", "reason"),
    [
        ("محمد بن نايف بن عبدالعزيز آل سعود", "per:mohammed-bin-nayef",
         "the family name and the grandfather beyond the KB's names"),
        ("محمد بن سلمان بن عبدالعزيز آل سعود", "per:mohammed-bin-salman",
         "the KB writes the grandfather «عبد العزيز», apart"),
        ("محمد بن سلمان بن فهد", None, "the KB's name says his grandfather is Abdulaziz"),
        ("سلطان بن سلمان بن عبدالعزيز", None, "another son of Salman, not in the KB"),
    ],
)
def test_a_nasab_name_links_by_its_known_beginning(name: str, expected: str | None,
                                                   reason: str) -> None:
    entry = link_person(load_kb(), name, None)
    assert (entry.id if entry else None) == expected, reason


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected", "reason"),
    [
        ("فرمانده ارتش پاکستان گفت همکاری ادامه دارد.", "fa", "2025-01-20",
         "per:asim-munir", "a role naming its country: its one holder on the date"),
        ("فرمانده ارتش پاکستان گفت همکاری ادامه دارد.", "fa", "2015-01-20",
         "per:raheel-sharif", "the same office ten years earlier"),
        ("وقال قائد الجيش الباكستاني إن الحدود آمنة.", "ar", "2024-05-01",
         "per:asim-munir", "Arabic, the nationality adjective"),
        ("وقال نائب قائد الجيش الباكستاني إن الحدود آمنة.", "ar", "2024-05-01", None,
         "a deputy is not the holder"),
        ("والتقى ومستشار الرئيس اليمني بالوفد.", "ar", "2015-07-23", None,
         "nor an adviser, with a conjunction glued on"),
        ("فرمانده ارتش گفت همکاری ادامه دارد.", "fa", "2025-01-20", None,
         "an office with no country names nobody"),
    ],
)
def test_a_role_naming_its_country_names_its_holder(text: str, lang: str, published: str,
                                                    expected: str | None, reason: str) -> None:
    linked = {e.kb_id for e in find_entities(make_doc(text, lang, published), load_kb(),
                                             use_model=False) if e.type == "PER"}
    assert (expected in linked) if expected else not (linked - {None}), reason


def test_a_longer_nasab_name_is_another_person() -> None:
    found = _linked("حضر الملك سلمان بن عبدالعزيز وصاحب السمو الملكي الأمير سلمان بن عبدالعزيز "
                    "بن سلمان وغيرهم", "ar", "2015-07-24")
    assert found == [("سلمان بن عبدالعزيز", "per:salman-bin-abdulaziz"),
                     ("سلمان بن عبدالعزيز بن سلمان", None)], "the king's grandson, not the king"
    found = _linked("إستراتيجية حكومة الملك سلمان بن عبدالعزيز آل سعود الرامية إلى", "ar",
                    "2015-07-24")
    assert found == [("سلمان بن عبدالعزيز آل سعود", "per:salman-bin-abdulaziz")], \
        "no nisba after the family name"


def test_a_country_role_before_a_name_introduces_it() -> None:
    found = _linked("التقى اللواء محمد باقري في إسلام آباد مع قائد الجيش الباكستاني سيد عاصم "
                    "منير.", "ar", "2025-01-20")
    assert found == [("محمد باقري", "per:mohammad-bagheri"), ("عاصم منير", "per:asim-munir")], \
        "the name is the mention; the role phrase stays the organisation it holds"


def test_a_persian_post_read_in_arabic_text_is_no_role() -> None:
    """«رئیس مجلس» is the Persian Speaker; in Arabic «رئيس مجلس» heads the council named
    after it (here the Expediency Council, not the Speaker's)."""
    text = ("دافع رئيس البرلمان الإيراني علي لاريجاني عن الاتفاق النووي. وقال رئيس مجلس تشخيص "
            "مصلحة النظام لموقع المونيتور إن الاتفاق ناجح.")
    doc = make_doc(text, "ar", published="2015-08-09")
    linked = [(e.text, e.kb_id) for e in find_entities(doc, load_kb()) if e.type == "PER"]
    assert ("رئيس مجلس", "per:ali-larijani") not in linked, linked
    assert ("علي لاريجاني", "per:ali-larijani") in linked, linked
    persian = make_doc("علی لاریجانی به مشهد رفت. رئیس مجلس گفت توافق خوب است.", "fa",
                       published="2015-08-09")
    assert ("رئیس مجلس", "per:ali-larijani") in [
        (e.text, e.kb_id) for e in find_entities(persian, load_kb(), use_model=False)]


def test_a_name_with_a_generation_word_after_it_is_the_father_or_the_son() -> None:
    """The KB holds one Bush and one Assad: «بوش الأب» and «الأسد الأب» are their fathers;
    «جورج بوش الابن», which the KB lists, is its Bush."""
    text = ("عمل وزيرا للدفاع مع الرئيس جورج بوش الأب ثم مع الرئيس جورج بوش الابن. وورث بشار "
            "الأسد الحكم عن الأسد الأب.")
    linked = [(e.text, e.kb_id) for e in find_entities(make_doc(text, "ar", "2015-07-31"),
                                                       load_kb()) if e.type == "PER"]
    assert ("جورج بوش", None) in linked, linked
    assert ("جورج بوش الابن", "per:george-w-bush") in linked, linked
    assert ("الأسد", None) in linked, linked
    assert ("بشار الأسد", "per:bashar-al-assad") in linked, linked
