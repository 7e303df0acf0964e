"""``arabic_definites.definite_subject``: a definite noun after the verb that refers back
to a body named before is the actor, and the same body named again later in the sentence
is not its target (session 16's review left this guard untested; session 17
(2026-12-06), engineer hygiene). The sentence is written for this test, after the shape
of a job notice: the body is named again as the owner of its web site."""

from __future__ import annotations

import khabar


def test_the_body_named_again_after_the_verb_is_not_its_own_target() -> None:
    """«وطالبت الجامعة ... موقع جامعة جدة»: the university asks, and asks nobody named;
    taken as its own target, the request was lost."""
    text = "أعلنت جامعة جدة عن وظائف شاغرة. وطالبت الجامعة المتقدمين زيارة موقع جامعة جدة."
    found = [(e.type, e.actor.text if e.actor else None, e.target)
             for e in khabar.process(text).events]
    assert found == [("REQUEST", "الجامعة", None)]
