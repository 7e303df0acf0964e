"""An Arabic «body» that is a group of people serving one: «أعضاء هيئة التدريس» are a
university's teaching staff, «هيئة المحلفين» a court's jury, «هيئة الدفاع» a defendant's
lawyers, «الهيئة التمريضية» a hospital's nurses. Their head («هيئة») and definite genitive
or nisba build a body's name, so the organisation patterns (``org_patterns``) read one;
the gold labels no generic body. Each such phrase (``staff_bodies_ar.txt``, a proclitic
on it allowed: «وهيئة التدريس») is dropped as a body, whatever found it. Session 25
(2026-12-07), issue 5, engineer ent_ar8.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Entity
from khabar.entities.titles import conjunction_letters
from khabar.entities.words import listed_keys, phrase_key

PROCLITICS = "بل"
"""Prepositions glued on the head («بهيئة التدريس»), beside the conjunctions «و», «ف»."""


def staff_bodies() -> frozenset[str]:
    return listed_keys("entities/staff_bodies_ar.txt")


def _staff(text: str) -> bool:
    key = phrase_key(text)
    return key in staff_bodies() or (
        key[:1] in conjunction_letters() + PROCLITICS and key[1:] in staff_bodies())


def drop_staff_bodies(kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` without the bodies that are a staff (see the module)."""
    return [e for e in kept if not (e.type == "ORG" and _staff(e.text))]
