"""Two guards of session 18's Arabic event readings that no test killed (review B,
bench/review_b_session18_results.json, "survived_left" C5 and O3). Session 18 (2026-12-06),
engineer guards; each test fails with its guard removed alone.

- events.arabic_condemned, no actor named: the first definite noun after the verb may be the
  unnamed subject, whose nationality adjective is the condemner's own («نددت الجالية
  البحرينية»), not the condemned act's doer.
- events.arabic_owners, a person named after the owner with no punctuation between is the
  subject himself («المتحدث الرسمي لمديرية ... العقيد محمد العاصمي»), not the object.
- events.arabic_undergone, an unnamed subject of «تعرض» («دورية») with no doer named: the
  victim named after the act («لهجوم استهدف الجيش المصري») stays the target (review B's U3).
"""

import khabar


def _parties(text: str, kind: str) -> list[tuple[str | None, str | None]]:
    doc = khabar.process(text, meta={"date": "2015-08-11"})
    return [(e.actor.text if e.actor else None, e.target.text if e.target else None)
            for e in doc.events if e.type == kind]


def test_an_unnamed_subjects_nationality_is_no_condemned_doer() -> None:
    # with the guard removed: ACCUSE -> «البحرينية» (Bahrain), the condemners' own country
    found = _parties("نددت الجالية البحرينية بالقصف الروسي.", "ACCUSE")
    assert all(target != "البحرينية" for _, target in found), found


def test_a_person_after_the_owner_is_no_object() -> None:
    # with the guard removed: the directorate threatens the colonel who speaks for it
    text = ("وحذر المتحدث الرسمي لمديرية الدفاع المدني بمنطقة عسير العقيد محمد العاصمي "
            "المواطنين من السيول.")
    found = _parties(text, "THREATEN")
    assert found and all(target != "محمد العاصمي" for _, target in found), found
    assert all(actor != "مديرية الدفاع المدني" for actor, _ in found), found


def test_an_unnamed_subject_keeps_the_victim_named_after_the_act() -> None:
    # with the guard removed: ASSAULT with no target
    found = _parties("تعرضت دورية لهجوم استهدف الجيش المصري في سيناء.", "ASSAULT")
    assert (None, "الجيش المصري") in found, found
