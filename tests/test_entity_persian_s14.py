"""Persian names of session 14 (2026-12-06), issue 5: a minister's field is no body
(khabar.entities.persian_field_posts), a parliamentary faction is a unit of its parent
(``unit_heads_fa.txt``: the parent is the name), and words of Arabic written with short
vowels are no names (khabar.entities.persian_vocalized), and the Red Cross with a country is
that country's society (khabar.entities.persian_national_bodies), and a holy figure's title
is left out of the name (khabar.entities.persian_holy_titles), and a title before a verb or a
function word names no one (khabar.entities.persian_title_words), and a scripture is no name
(khabar.entities.persian_scriptures). Sentences written for these tests; the tagger's output
is given by hand."""

from __future__ import annotations

from dataclasses import replace

from doc_builders import tagged

from khabar.doc import Entity
from khabar.entities.gazetteer import country_entries, words
from khabar.entities.persian_field_posts import drop_post_fields
from khabar.entities.persian_holy_titles import without_holy_titles
from khabar.entities.persian_national_bodies import national_bodies_fa
from khabar.entities.persian_scriptures import drop_scriptures
from khabar.entities.persian_tidy import settle_surnames
from khabar.entities.persian_title_words import drop_titled_words
from khabar.entities.persian_units import parent_bodies
from khabar.entities.persian_vocalized import drop_vocalized
from khabar.entities.words import phrase_key
from khabar.kb.entries import KbEntry, KnowledgeBase


def after_fields(text: str, *spans: str) -> list[str]:
    kept = [tagged(text, span, "ORG") for span in spans]
    return [e.text for e in drop_post_fields(words(text), kept, red_cross_kb())]


def test_a_ministers_field_is_no_body() -> None:
    text = "وزیر فرهنگ و ارشاد اسلامی و معاون وزیر نیرو به تهران رفتند."
    assert after_fields(text, "فرهنگ و ارشاد اسلامی", "نیرو") == []
    text = "نشست وزرای امور اقتصادی و دارایی برگزار شد."
    assert after_fields(text, "امور اقتصادی و دارایی") == []


def test_a_ministry_and_a_body_after_the_post_stay() -> None:
    text = "وزیر وزارت نیرو و وزیر سازمان برنامه گفتند که وزارت نیرو آماده است."
    assert after_fields(text, "وزارت نیرو", "سازمان برنامه", "وزارت نیرو") == [
        "وزارت نیرو", "سازمان برنامه", "وزارت نیرو"]


def test_a_kb_body_after_the_ministers_word_stays() -> None:
    text = "وزیران یونسکو و وزیران نفت گفتند."
    assert after_fields(text, "یونسکو", "نفت") == ["یونسکو"]


def test_a_field_after_another_post_stays() -> None:
    text = "رئیس مجلس و دبیر شورای عالی امنیت ملی گفتند."
    assert after_fields(text, "مجلس", "شورای عالی امنیت ملی") == [
        "مجلس", "شورای عالی امنیت ملی"]


def test_a_faction_of_the_parliament_gives_the_parliament() -> None:
    text = "لاله افتخاری رئیس فراکسیون قرآنی مجلس شورای اسلامی حضور داشت."
    kept = [tagged(text, "فراکسیون قرآنی مجلس شورای اسلامی", "ORG")]
    assert [e.text for e in parent_bodies(text, words(text), kept)] == ["مجلس شورای اسلامی"]


def test_a_name_written_with_arabic_short_vowels_is_scripture() -> None:
    text = "در آیه «وَهُوَ الَّذِی مَرَجَ الْبَحْرَیْنِ» و «قَالَ رَبِّ ارْجِعُونِ» آمده است."
    kept = [tagged(text, "الَّذِی مَرَج"), tagged(text, "رَب"), tagged(text, "ر", "ORG")]
    kept[2] = replace(kept[2], start=text.index("رَبِّ"), end=text.index("رَبِّ") + 1)
    assert drop_vocalized(text, kept) == []


def test_persian_spelling_marks_keep_the_name() -> None:
    text = "محمّد رضایی و حسین اوّلی تقریباً هر روز آمدند."
    kept = [tagged(text, "محمّد رضایی"), tagged(text, "حسین اوّلی")]
    assert [e.text for e in drop_vocalized(text, kept)] == ["محمّد رضایی", "حسین اوّلی"]


def red_cross_kb() -> KnowledgeBase:
    icrc = KbEntry("org:icrc", "ORG", None, {"fa": ("صلیب سرخ",), "ar": (), "ur": (), "en": ()})
    unesco = KbEntry("org:unesco", "ORG", None, {"fa": ("یونسکو",), "ar": (), "ur": (),
                                                  "en": ()})
    return KnowledgeBase.of([icrc, unesco])


def nationals(text: str, *spans: tuple[str, str]) -> list[tuple[str, str, str | None]]:
    kept = []
    for span, kind in spans:
        start = text.index(span)
        country = country_entries()["USA"] if span == "آمریکا" else None
        kept.append(Entity(start, start + len(span), type=kind, text=span, source="org_list",
                           kb_id=country.kb_id if country else None, country="USA"
                           if country else None))
    out = national_bodies_fa(text, words(text), kept, red_cross_kb())
    return [(e.type, e.text, e.country) for e in out]


def test_a_red_cross_with_its_country_is_the_national_society() -> None:
    text = "جمعیت صلیب سرخ آمریکا کمک فرستاد."
    assert nationals(text, ("صلیب سرخ", "ORG"), ("آمریکا", "LOC")) == [
        ("ORG", "جمعیت صلیب سرخ آمریکا", "USA")]
    text = "صلیب سرخ آمریکایی کمک فرستاد."
    assert nationals(text, ("صلیب سرخ", "ORG")) == [("ORG", "صلیب سرخ آمریکایی", "USA")]


def test_the_red_cross_alone_or_before_an_object_stays_international() -> None:
    text = "صلیب سرخ آمریکا را ترک کرد و صلیب سرخ اعلام کرد."
    out = nationals(text, ("صلیب سرخ", "ORG"), ("آمریکا", "LOC"))
    assert out == [("ORG", "صلیب سرخ", None), ("LOC", "آمریکا", "USA")]


def test_a_body_with_no_national_namesake_keeps_its_reading() -> None:
    text = "از سوی یونسکو آمریکا به دلیل جاذبه‌ها انتخاب شد."
    assert nationals(text, ("یونسکو", "ORG"), ("آمریکا", "LOC")) == [
        ("ORG", "یونسکو", None), ("LOC", "آمریکا", "USA")]


def test_a_society_noun_another_name_holds_is_not_taken() -> None:
    text = "فدراسیون جمعیت‌های صلیب سرخ گفت و نماینده جمعیت صلیب سرخ\nآمریکا آمد."
    out = nationals(text, ("فدراسیون جمعیت‌های", "ORG"), ("صلیب سرخ", "ORG"))
    assert out == [("ORG", "فدراسیون جمعیت‌های", None), ("ORG", "صلیب سرخ", None)]


def test_a_holy_figures_title_is_left_out_of_the_name() -> None:
    text = "با هدایت امام خمینی (ره) و به یاد حضرت فاطمه زهرا (س) آمدند."
    kept = [tagged(text, "امام خمینی"), tagged(text, "حضرت فاطمه زهرا")]
    out = without_holy_titles(text, words(text), kept)
    assert [(e.text, e.role) for e in out] == [("خمینی", "امام"), ("فاطمه زهرا", "حضرت")]


def test_a_post_or_a_title_alone_keeps_its_words() -> None:
    text = "امام جمعه و امام زمان و حضرت آیت‌الله خامنه‌ای و امام تهران و امام گفتند."
    names = ("امام جمعه", "امام زمان", "حضرت آیت‌الله خامنه‌ای", "امام تهران", "امام")
    out = without_holy_titles(text, words(text), [tagged(text, name) for name in names])
    assert tuple(e.text for e in out) == names


def test_a_lone_mention_of_a_holy_figures_name_stays() -> None:
    text = "امام حسین (ع) قیام کرد و حسین پیروز شد."
    person = replace(tagged(text, "امام حسین"), key="per:" + phrase_key("حسین"))
    start = text.index("حسین", text.index("قیام"))
    again = Entity(start, start + 4, type="PER", text="حسین", key=person.key, source="surname")
    out = settle_surnames(text, words(text), [*without_holy_titles(text, words(text), [person]),
                                              again])
    assert [e.text for e in out] == ["حسین", "حسین"]


def test_a_title_before_a_verb_or_a_function_word_names_no_one() -> None:
    text = "عاشق سید شدم و شیخ یک روضه و سید می‌نوشت و این آقا هیچ نگفت و آقای براون آمد."
    kept = [replace(tagged(text, word), source="title")
            for word in ("شدم", "یک", "می‌نوشت", "هیچ", "براون")]
    assert [e.text for e in drop_titled_words(kept)] == ["براون"]
    kept = [replace(tagged(text, "هیچ"), source="crf")]
    assert [e.text for e in drop_titled_words(kept)] == ["هیچ"]


def test_a_scripture_is_no_person_and_no_body() -> None:
    text = "حافظ کل قرآن و تاثیر قرآن کریم و دانشگاه علوم و معارف قرآن کریم و مرکز قرآنی"
    kept = [tagged(text, "قرآن", "ORG"), tagged(text, "تاثیر قرآن کریم"),
            tagged(text, "دانشگاه علوم و معارف قرآن کریم", "ORG"),
            tagged(text, "مرکز قرآنی", "ORG")]
    assert [e.text for e in drop_scriptures(kept)] == [
        "دانشگاه علوم و معارف قرآن کریم", "مرکز قرآنی"]
