"""The doer of an Arabic noun of attack told in a «ل» phrase after it (session 16
(2026-12-06), issue 6, engineer ar_lam): «القصف المكثف لطيران التحالف» was read with the
coalition's aircraft as the target. A definite noun with an adjective, or an indefinite one,
takes no genitive, and the «ل» phrase stands for it: the doer of a noun whose target takes
a preposition (هجوم على، غارات على), and of a transitive noun (قصف) only when it names a
means of force, since «ل» also marks such a noun's object («القصف المدفعي لمواقع X»).
Sentences written for these tests, entities given by hand."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.events.stage import find_events

KB = {"طيران التحالف": ("org:saudi-led-coalition", "SAU"), "الحوثيين": ("org:houthis", "YEM"),
      "مسلحين": ("group:gunmen", None), "قوات الطوارئ الخاصة": ("org:sa-emergency", "SAU"),
      "قوات الأمن": ("org:sa-security", "SAU")}


def _events(text: str, names: list[tuple[str, str]], kind: str = "ASSAULT"
            ) -> list[tuple[str | None, str | None]]:
    events = find_events(doc_with(text, "ar", names, kb=KB))
    return [(e.actor.text if e.actor else None, e.target.text if e.target else None)
            for e in events if e.type == kind]


def test_a_means_of_force_after_a_definite_bombardment_is_its_doer() -> None:
    text = "وقتل خمسة مدنيين في القصف المكثف لطيران التحالف على مدينة صعدة أمس."
    assert _events(text, [("طيران التحالف", "ORG")]) == [("طيران التحالف", None)]


def test_an_indefinite_attack_s_lam_party_is_its_doer() -> None:
    """«هجوم على X» takes its target with «على»: «ل» can only mark the doer."""
    text = "وأصيب ثلاثة جنود في هجوم لمسلحين على قوات الطوارئ الخاصة في سيناء."
    found = _events(text, [("مسلحين", "ORG"), ("قوات الطوارئ الخاصة", "ORG")])
    assert found == [("مسلحين", "قوات الطوارئ الخاصة")]


def test_a_bombardment_s_lam_object_stays_its_target() -> None:
    """«القصف المدفعي لقوات الطوارئ»: لام التقوية marks the object of a transitive noun,
    and «قوات» is no means of force (force_means_ar.txt)."""
    text = "وتواصل القصف المدفعي لقوات الطوارئ الخاصة في نجران أمس."
    found = _events(text, [("قوات الطوارئ الخاصة", "ORG")])
    assert [t for _, t in found] == ["قوات الطوارئ الخاصة"]


def test_a_genitive_doer_keeps_the_lam_party_as_object() -> None:
    """«هجوم الحوثيين لقوات الطوارئ»: the doer is in the genitive; «ل» is read as before."""
    text = "وصدت قوات الأمن هجوم الحوثيين لقوات الطوارئ الخاصة في نجران أمس."
    found = _events(text, [("قوات الأمن", "ORG"), ("الحوثيين", "ORG"),
                           ("قوات الطوارئ الخاصة", "ORG")])
    assert all(actor != "قوات الطوارئ الخاصة" for actor, _ in found)


def test_a_bare_bombardment_after_a_preposition_is_the_noun() -> None:
    """«قصف» is also the verb, so the trigger is not marked a noun; a «ل» phrase naming a
    means of force cannot be a verb's subject, so the word is the noun and that its doer."""
    text = "وقتل 47 عنصرا من التنظيم في قصف لطيران التحالف، استهدفهم في الأنبار."
    assert _events(text, [("طيران التحالف", "ORG")]) == [("طيران التحالف", None)]


def test_a_blow_to_a_party_is_no_doer() -> None:
    """«ضربات قاصمة لتنظيم داعش»: a blow to the party; «ضربة» is not listed."""
    from khabar.entities.words import keys_by_kind

    listed = keys_by_kind("events/lam_doer_nouns_ar.tsv")
    assert not any("ضربات" in words or "ضربة" in words for words in listed.values())


def test_the_target_may_stand_in_the_genitive_of_the_ala_phrase() -> None:
    """«غارات للجيش التركي على مواقع تابعة لتنظيم داعش»: the party in the «على» phrase."""
    kb = {"جيش التركي": ("org:tr-army", "TUR"), "داعش": ("org:isis", None)}
    text = 'ونفذت أمس غارات هي الأولى للجيش التركي على مواقع تابعة لتنظيم "داعش" في سورية.'
    doc = doc_with(text, "ar", [("جيش التركي", "ORG"), ("داعش", "ORG")], kb=kb)
    found = [(e.actor.text if e.actor else None, e.target.text if e.target else None)
             for e in find_events(doc) if e.type == "ASSAULT"]
    assert ("جيش التركي", "داعش") in found



def test_a_lam_phrase_past_the_noun_s_adjectives_is_not_its_doer() -> None:
    """«هجوم على حاجز تابع لقوات الطوارئ»: the «ل» phrase is in the target's phrase, not the
    attack's doer; only adjectives may stand between the noun and its doer."""
    text = "وأصيب ثلاثة جنود في هجوم على حاجز تابع لقوات الطوارئ الخاصة في نجران."
    found = _events(text, [("قوات الطوارئ الخاصة", "ORG")])
    assert found and all(actor != "قوات الطوارئ الخاصة" for actor, _ in found)
