"""«النظامي/النظامية» ('of the regime', 'regular') right after a body of forces owns it as
«النظام» does (issue 6, session 23 (2026-12-07), engineer events_ar4). Sentences written for
these tests, on the pattern of wire copy.

«القوات النظامية», «الجيش النظامي» are Syrian war reporting's regime forces: the country is
the one the article makes clear (``arabic_regime``), or the nationality right after
(«الجيش النظامي السوري»); the adjective alone, or not right after a body, is no party
(«الهجرة غير النظامية», «القوات غير النظامية»).
"""

from __future__ import annotations

from doc_builders import assaults, generic_actors


def test_regular_forces_shelling_take_the_clear_focus_country() -> None:
    # on main the shelling had no actor: «القوات النظامية» named no body
    event = assaults("قصفت القوات النظامية أمس أحياء في مدينة درعا جنوب سوريا وبلدات "
                     "في ريف درعا بسوريا.")[0]
    assert event.actor is not None
    assert (event.actor.name_en, event.actor.country) == ("Syria Forces", "SYR")


def test_positions_of_the_regular_army_are_the_target() -> None:
    # «مواقع للجيش النظامي»: the army behind a clitic «ل» is whom the rebels shelled
    event = assaults("وقصفت فصائل المعارضة مواقع للجيش النظامي في ريف حلب السوري.")[0]
    assert event.target is not None
    assert (event.target.name_en, event.target.country) == ("Syria Army", "SYR")


def test_the_adjective_alone_or_apart_from_the_body_is_no_party() -> None:
    assert generic_actors("وصل عشرات المهاجرين عبر الهجرة غير النظامية إلى إيطاليا.") == []
    found = generic_actors("اشتبكت القوات غير النظامية مع مسلحين في مدينة حلب بسوريا.")
    assert not [a for a in found if "النظامية" in a[0]]
