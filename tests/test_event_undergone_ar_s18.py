"""An act told in the «ل» phrase of Arabic «تعرض» ('was subjected to') is done to the verb's
subject by the party named after «من (قبل)» or after a verb of carrying it out
(events.arabic_undergone). Issue 6, session 18 (2026-12-06): the doer after «شنه» was read
as the target, a doer after a bare «من» was lost, and a noun far from its verb read the
parties of the sentence around it."""

import pytest

import khabar


def _assaults(text: str) -> list[tuple[str | None, str | None]]:
    doc = khabar.process(text, meta={"date": "2015-08-11"})
    return [(e.actor.text if e.actor else None, e.target.text if e.target else None)
            for e in doc.events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        # an indefinite noun takes its relative clause without «الذي»: the PKK attacked
        ("تعرض الجنود الأتراك لهجوم شنه حزب العمال الكردستاني في ديار بكر.",
         "حزب العمال الكردستاني", None),
        # a bare «من» names the doer; the embassy was attacked
        ("تعرضت السفارة السعودية في صنعاء لهجوم من جماعة الحوثي.",
         "الحوثي", "السفارة السعودية"),
        # the noun far from its verb (past a comma): the regime's forces shelled
        ("وتعرضت مناطق في محيط مدينة دوما بالغوطة الشرقية، لقصف من قبل قوات النظام.",
         "قوات النظام", None),
    ],
)
def test_the_doer_of_an_undergone_act_is_the_actor(text: str, actor: str,
                                                   target: str | None) -> None:
    assert (actor, target) in _assaults(text), _assaults(text)


def test_an_undergone_act_with_no_doer_named_has_none() -> None:
    # the girl was shot: she is the target, never the doer
    found = _assaults("وأفادت الشرطة أن الطفلة زينب تعرضت لإطلاق نار في حديقة الفندق.")
    assert found and all(actor != "زينب" for actor, _ in found), found


def test_a_nationality_adjective_of_the_undergone_act_stays_its_doer() -> None:
    found = _assaults("وقد تعرضت ثلاثة مواقع للتنظيم في جرابلس لضربات جوية تركية.")
    assert any(actor == "تركية" for actor, _ in found), found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the act noun's genitive is its doer
        ("وتعرضت مواقع المتمردين في شمال عدن ليل الخميس لغارات طيران التحالف.", "طيران التحالف"),
    ],
)
def test_a_doer_inside_the_undergone_acts_phrase_stays(text: str, actor: str) -> None:
    assert any(found == actor for found, _ in _assaults(text)), _assaults(text)


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        # a comma does not end the act's phrase before «من قبل» (review B, session 18)
        ("تعرضت السفارة السعودية في صنعاء لهجوم، من قبل الحوثيين.",
         "الحوثيين", "السفارة السعودية"),
        ("تعرضت السفارة الأمريكية لهجوم، من قبل حزب العمال الكردستاني.",
         "حزب العمال الكردستاني", "السفارة الأمريكية"),
        ("تعرضت السفارة السعودية في صنعاء لهجوم، على يد الحوثيين.",
         "الحوثيين", "السفارة السعودية"),
    ],
)
def test_a_comma_before_min_qibal_keeps_the_doer(text: str, actor: str, target: str) -> None:
    assert (actor, target) in _assaults(text), _assaults(text)


def test_a_comma_before_another_phrase_names_no_doer() -> None:
    # after a comma only «من قبل/من جانب/على يد» opens the doer's phrase: «من بينهم» 'among
    # them' names one who was attacked
    found = _assaults("وتعرض عدد من المتظاهرين لاعتداء، من بينهم أحمد منصور.")
    assert found and all(actor != "أحمد منصور" for actor, _ in found), found


def test_a_name_after_a_preposition_is_no_genitive_doer() -> None:
    # «لهجوم بإيران»: where it happened, not who did it
    found = _assaults("وتعرضت السفارة السعودية لهجوم بإيران.")
    assert found and all(actor != "إيران" for actor, _ in found), found


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        # «تعرض X لـ NOUN Y»: the genitive Y did it (a city is no party: no target)
        ("وتعرضت الموصل لغارات طيران التحالف.", "طيران التحالف", None),
        ("وتعرضت سوريا لغارات طيران التحالف.", "طيران التحالف", "سوريا"),
    ],
)
def test_the_genitive_of_the_undergone_act_is_its_doer(text: str, actor: str,
                                                      target: str | None) -> None:
    found = _assaults(text)
    assert (actor, target) in found and all(t != actor for _, t in found), found
