"""The entity stage calls session 16's new entity rules (reviewer A, session 16 (2026-12-06)).

Each rule's own tests call its function directly (tests/test_entities_ar_session16.py,
tests/test_entity_persian_desks_s16.py, tests/test_kb_short_bodies_s16.py), so taking its
call out of khabar/entities/ner.py or persian_rules.py failed none of them (nor, for
e136034, tests/test_entities_ar_post_names_s16.py). These run the whole pipeline on
sentences of those files. Sentences written for the tests."""

from __future__ import annotations

import pytest

import khabar

SPORT = " وقال المدرب إن اللاعب جاهز للمباراة في الدوري."


def found(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    doc = khabar.process(text, meta={"lang": lang})
    return [(e.type, e.text, e.kb_id) for e in doc.entities]


@pytest.mark.parametrize(("text", "club"), [
    ("وتغلب الهلال على ضيفه." + SPORT, "الهلال"),
    ("وخسر الفريق أمام الاتفاق." + SPORT, "الاتفاق"),
])
def test_the_stage_reads_a_club_named_by_one_word(text: str, club: str) -> None:
    """khabar.entities.arabic_club_words.one_word_clubs, from ner._arabic_rules."""
    assert ("ORG", club, None) in found(text, "ar")


@pytest.mark.parametrize(("text", "body"), [
    ("وباشرت فرق الدفاع المدني الحادث في الرياض أمس.", "الدفاع المدني"),
    ("ونقله الهلال الأحمر للمستشفى.", "الهلال الأحمر"),
])
def test_the_stage_reads_a_state_service_named_bare(text: str, body: str) -> None:
    """khabar.entities.arabic_service_bodies.service_bodies, from ner._arabic_rules."""
    assert ("ORG", body, None) in found(text, "ar")


def test_the_stage_links_a_coalition_named_short() -> None:
    """khabar.kb.short_bodies.link_short_bodies, from the entity stage's linking."""
    text = "وشن طيران التحالف غارات على مواقع التنظيم قرب الموصل."
    assert ("ORG", "طيران التحالف", "org:us-led-coalition") in found(text, "ar")


def test_the_stage_drops_a_newsroom_desk() -> None:
    """khabar.entities.persian_desks.without_desks, from persian_rules: the tagger reads
    this desk as an organisation (as on 9 of 60 Hamshahri reports opening on a desk)."""
    text = "گروه اجتماعی: رئیس سازمان بهزیستی گفت که طرح تازه اجرا می‌شود."
    orgs = [e[1] for e in found(text, "fa") if e[0] == "ORG"]
    assert "سازمان بهزیستی" in orgs and not [o for o in orgs if o.startswith("گروه")]


@pytest.mark.parametrize(("text", "person"), [
    # khabar.entities.arabic_post_names.post_names: a name after a post's genitive chain
    ("وأوضح الرئيس التنفيذي لمهرجان تمور بريدة عبدالعزيز المهوس بأن الاستعدادات تمت.",
     "عبدالعزيز المهوس"),
    ("وطلبت الإدارة توضيحات عن توقيع المدافع علي البليهي لصالح الأخير.", "علي البليهي"),
    # arabic_post_names.title_family_names: a title word closing a nasab name
    ("وأوضح المهندس عدنان بن أحمد السيد أن المشروع بدأ.", "عدنان بن أحمد السيد"),
])
def test_the_stage_reads_persons_after_a_post_and_title_family_names(text: str,
                                                                     person: str) -> None:
    """Both from ner._arabic_rules (e136034); sentences of
    tests/test_entities_ar_post_names_s16.py."""
    assert ("PER", person, None) in found(text, "ar")
