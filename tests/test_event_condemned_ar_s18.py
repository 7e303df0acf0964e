"""The target of an Arabic condemnation is the doer its object names by a nationality adjective
(«أدانت السعودية القصف الروسي»: against Russia; events.arabic_condemned). Issue 6, session 18
(2026-12-06): such a condemnation had no target."""

import pytest

import khabar


def _accusations(text: str) -> list[tuple[str | None, str | None]]:
    doc = khabar.process(text, meta={"date": "2015-08-11"})
    return [(e.actor.country if e.actor else None, e.target.country if e.target else None)
            for e in doc.events if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("وأدانت السعودية القصف الروسي على مدينة حلب.", "SAU", "RUS"),
        ("وأدانت الخارجية الأمريكية الاعتداءات الإسرائيلية على المسجد الأقصى.", "USA", "ISR"),
    ],
)
def test_a_condemned_acts_nationality_is_the_target(text: str, actor: str, target: str) -> None:
    assert (actor, target) in _accusations(text), _accusations(text)


@pytest.mark.parametrize(
    "text",
    [
        # the nationality of the victim, after the object's head noun, is no doer
        "ندد الرئيس باراك أوباما بالهجوم الإرهابي على المسجد الكويتي.",
        # an unnamed subject's nationality is the condemner's own
        "ندد الرئيس الأمريكي بالهجوم الإرهابي على المسجد.",
    ],
)
def test_no_target_from_a_victims_or_the_subjects_nationality(text: str) -> None:
    found = _accusations(text)
    assert all(target not in ("KWT", "USA") for _, target in found), found


def test_an_unnamed_subjects_nationality_is_no_target() -> None:
    # the Bahraini community condemns; no actor is named, so its noun may be the subject
    found = _accusations("نددت الجالية البحرينية بالتصريحات العدائية لإيران.")
    assert all(target != "BHR" for _, target in found), found


def test_the_post_after_a_persons_name_is_no_condemned_act() -> None:
    found = _accusations("وندد جيمس وولسي رئيس الاستخبارات الأميركية الأسبق بالقرار.")
    assert all(target != "USA" for _, target in found), found
