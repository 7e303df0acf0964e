"""Issue 6, session 30 (2026-12-07), engineer events_ar19: Arabic actors that were the one an
act was done to (audit_ar_session29, events, the verb's object or patient taken for its
actor). «تعرضوا لحملات اعتقال»: the act noun after a noun of a series is still undergone,
and its subject, also before «قد», is the target (``arabic_undergone``,
``undergone_series_nouns_ar.txt``). Sentences written for these tests after the audit's
unseen news."""

from __future__ import annotations

import pytest
from doc_builders import doc_with

from khabar.events.stage import find_events

Names = list[tuple[str, str]]
KB = {"مصطفى الدباشي": ("per:dabbashi", "LBY"), "حزب التحرير": ("org:hizb-ut-tahrir", None),
      "الحكومة الأردنية": ("org:jor-government", "JOR")}


def _parties(text: str, names: Names, kind: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor.text if e.actor else None, e.target.text if e.target else None)
            for e in find_events(doc_with(text, "ar", names, kb=KB)) if e.type == kind]


@pytest.mark.parametrize(("text", "names", "kind", "parties"), [
    # the members underwent arrests by the government: «قد» stands before the verb
    ("قال المتحدث إن أعضاء حزب التحرير قد تعرضوا لحملات اعتقال من الحكومة الأردنية.",
     [("حزب التحرير", "ORG"), ("الحكومة الأردنية", "ORG")], "COERCE",
     ("الحكومة الأردنية", "حزب التحرير")),
    # the minister underwent an attempt on his life
    ("وتعرض وزير الداخلية الليبي مصطفى الدباشي لمحاولة اغتيال في تونس.",
     [("مصطفى الدباشي", "PER")], "ASSAULT", (None, "مصطفى الدباشي")),
])
def test_an_act_undergone_after_a_noun_of_a_series(
        text: str, names: Names, kind: str, parties: tuple[str | None, str | None]) -> None:
    assert parties in _parties(text, names, kind)
