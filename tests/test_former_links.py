"""Lone names of persons dead or out of office on the article's date, with a marker
that says so («شهید», «رحمه الله», «المخلوع»): ``khabar.kb.former``."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.entities.ner import find_entities
from khabar.kb.entries import KbEntry, KnowledgeBase, Role, load_kb
from khabar.kb.former import former_bearer, strip_markers
from khabar.normalize.fold import fold


def _links(text: str, lang: str, published: str | None) -> dict[str, str | None]:
    doc = simple_doc(text, lang, published=published)
    return {e.text: e.kb_id for e in find_entities(doc, load_kb(), use_model=False)
            if e.type == "PER"}


MEMORIAL_FA = "مراسم بزرگداشت شهید سردار سلیمانی در تهران برگزار شد."
NAYEF_AR = "وقال الأمير نايف، رحمه الله، إن الأمن مسؤولية الجميع."


@pytest.mark.parametrize(
    ("text", "lang", "published", "name", "expected", "reason"),
    [
        (MEMORIAL_FA, "fa", "2020-12-06", "سلیمانی", "per:qasem-soleimani",
         "a martyr named after his only role ended"),
        (MEMORIAL_FA, "fa", "2019-06-01", "سلیمانی", None,
         "he held his role on that date: the martyr is someone else"),
        (MEMORIAL_FA, "fa", None, "سلیمانی", None, "no date, no reading of 'former'"),
        ("سخنرانی سردار سلیمانی در تهران برگزار شد.", "fa", "2020-12-06", "سلیمانی", None,
         "no marker: a lone titled surname stays unlinked"),
        (NAYEF_AR, "ar", "2015-08-03", "نايف", "per:nayef-bin-abdulaziz",
         "a blessing for the dead after the name"),
        ("مراسم بزرگداشت شهید سردار سلیمانی و سخنرانی علی سلیمانی برگزار شد.", "fa",
         "2020-12-06", "سلیمانی", None, "another person of the article bears the name"),
    ],
)
def test_a_marked_lone_name_links_to_the_former_holder(text: str, lang: str,
                                                       published: str | None, name: str,
                                                       expected: str | None,
                                                       reason: str) -> None:
    assert _links(text, lang, published).get(name) == expected, reason


def _person(slug: str, surname: str, *ends: str | None) -> KbEntry:
    roles = tuple(Role("office", {}, None, "2000-01-01", end) for end in ends)
    return KbEntry(f"per:{slug}", "PER", "IRN", {"fa": (f"علی {surname}",)}, roles)


def test_the_former_bearer_must_be_the_only_one() -> None:
    day, name = "2020-06-01", fold("کریمی")
    one = KnowledgeBase.of([_person("a", "کریمی", "2010-01-01"),
                            _person("b", "کریمی", None)])
    assert former_bearer(one, name, day).id == "per:a"
    two = KnowledgeBase.of([_person("a", "کریمی", "2010-01-01"),
                            _person("b", "کریمی", "2012-01-01")])
    assert former_bearer(two, name, day) is None
    unknown = KnowledgeBase.of([_person("a", "کریمی", "2010-01-01"), _person("b", "کریمی")])
    assert former_bearer(unknown, name, day) is None, "a bearer with no dated roles"


def test_markers_are_not_part_of_the_name() -> None:
    assert strip_markers("شهید سلیمانی") == "سلیمانی"
    assert strip_markers("الشهيد سليماني") == "سليماني"
    assert strip_markers("سلیمانی") == "سلیمانی"


def test_a_marked_mention_takes_the_link_of_the_full_name() -> None:
    from khabar.doc import Entity
    from khabar.kb.link import _lone_word

    mention = Entity(0, 12, type="PER", text="شهید سلیمانی", source="crf")
    assert _lone_word(mention) == fold("سلیمانی")


def _government_link(text: str, name: str, day: str | None) -> str | None:
    from khabar.doc import Entity
    from khabar.entities.gazetteer import words
    from khabar.kb.former import link_governments

    start = text.index(name)
    mention = Entity(start, start + len(name), type="PER", text=name, source="crf")
    linked = link_governments(load_kb(), words(text), [mention], day, frozenset())
    return linked[0].kb_id


@pytest.mark.parametrize(
    ("text", "name", "day", "expected", "reason"),
    [
        ("اما از موضع قبلی دولت بوش در تحریم انتقاد کرد.", "بوش", "2006-10-05",
         "per:george-w-bush", "the government of the surname's one holder on the date"),
        ("انتقدت لإدارة أوباما سياستها.", "أوباما", "2014-03-01", "per:barack-obama",
         "a proclitic on the noun"),
        ("اما از موضع قبلی دولت بوش در تحریم انتقاد کرد.", "بوش", "2012-10-05", None,
         "out of office on the date: not his government"),
        ("اما بوش در تحریم انتقاد کرد.", "بوش", "2006-10-05", None, "no noun of government"),
        ("اما از موضع قبلی دولت بوش در تحریم انتقاد کرد.", "بوش", None, None, "no date"),
    ],
)
def test_a_surname_after_a_government_noun_is_its_head(text: str, name: str,
                                                        day: str | None,
                                                        expected: str | None,
                                                        reason: str) -> None:
    assert _government_link(text, name, day) == expected, reason


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        ("علی دولت خاتمی نویسنده گفت که آزادی مهم است.", "خاتمی",
         "a given name before the noun: «دولت» begins the person's own name"),
        ("در مقطع کنونی دولت آبادی افزود که آزادی مهم است.", "آبادی",
         "«آبادی» is a fragment of «فیروز آبادی», written joined in the KB's other names"),
    ],
)
def test_a_noun_or_a_fragment_inside_a_name_links_nothing(text: str, name: str,
                                                           reason: str) -> None:
    assert _government_link(text, name, "2004-02-23") is None, reason
