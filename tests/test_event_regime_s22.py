"""«النظام» ("the regime") of Arabic war reporting takes the country the article is about
(issue 6, session 22 (2026-12-07), engineer events_ar3). Sentences written for these tests,
on the pattern of wire copy.

«قوات النظام», «جيش النظام», «طيران النظام» name no country: the country is the one the
article names explicitly as a regime's («النظام السوري», «نظام الأسد») or, for a body of
forces, the article's focus when it is clear; a bare «النظام» is no party (it is
also "the regulation") and is left alone, as are forces where the focus is mixed or two
regimes were named.
"""

from __future__ import annotations

from doc_builders import assaults, generic_actors

SYRIAN_SHELLING = ("قصفت قوات النظام صباح أمس مناطق في مدينة حرستا بريف دمشق، وقال المرصد إن "
                   "القصف أوقع قتلى في حرستا ودوما بريف دمشق في سوريا.")


def test_regime_forces_take_the_clear_focus_country() -> None:
    event = assaults(SYRIAN_SHELLING)[0]
    assert event.actor is not None
    assert (event.actor.name_en, event.actor.country) == ("Syria Forces", "SYR")


def test_regime_army_and_air_force_are_military_bodies() -> None:
    found = generic_actors("شن طيران النظام غارات على مدينة دوما بريف دمشق، واقتحم جيش النظام "
                           "بلدة حرستا في ريف دمشق بسوريا.")
    assert ("طيران النظام", "Syria Air Force", "SYR") in found
    assert ("جيش النظام", "Syria Army", "SYR") in found


def test_an_explicit_regime_before_says_whose_forces() -> None:
    found = generic_actors("حذرت واشنطن النظام الإيراني من التدخل. وقال المتحدث إن قوات "
                           "النظام تواصل القصف في سوريا وحلب ودمشق بسوريا.")
    assert ("قوات النظام", "Iran Forces", "IRN") in found


def test_bare_regime_is_no_party() -> None:
    # «وفق النظام»: the regulation; and after an explicit regime, a bare one may be a genitive
    assert not [a for a in generic_actors("يعاقب النظام المخالفين في الرياض بغرامة مالية.")
                if a[0] == "النظام"]
    assert not [a for a in generic_actors("حذرت واشنطن النظام السوري من التدخل. وقال إن "
                                          "أنصار النظام يواصلون قصف المدنيين في حلب.")
                if a[0] == "النظام"]


def test_mixed_focus_leaves_the_regime_forces_open() -> None:
    found = generic_actors("قصفت قوات النظام مدينة حلب في سوريا، فيما قصفت الطائرات مدينة "
                           "الموصل في العراق وبغداد.")
    assert ("قوات النظام", "Syria Forces", "SYR") not in found


def test_two_regimes_leave_the_forces_open() -> None:
    found = generic_actors("يدعم النظام الإيراني النظام السوري. وقال المتحدث إن قوات النظام "
                           "تواصل قصف المدنيين في حلب بسوريا.")
    assert not [a for a in found if a[0].startswith("قوات النظام")]


def test_opposition_forces_are_not_the_regime_owned() -> None:
    found = generic_actors("اندلعت اشتباكات بين قوات المعارضة والنظام في مدينة حلب بسوريا، "
                           "وقصفت الطائرات حلب ودمشق في سوريا.")
    assert not [a for a in found if a[0].startswith("قوات المعارضة")]



def test_a_regime_further_on_leaves_the_owner_after_it() -> None:
    found = generic_actors("وصف وزير خارجية النظام السوري الزيارة بأنها ناجحة.")
    assert ("وزير خارجية النظام السوري", "Syria Minister", "SYR") in found
