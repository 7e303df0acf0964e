"""Coast guards and intelligence services named by their nationality are organisations, as
police forces are (resources/entities/org_heads.tsv; session 22 (2026-12-06), issue 5)."""

from __future__ import annotations

import pytest

import khabar


def _orgs(text: str) -> dict[str, str | None]:
    return {e.text: e.key for e in khabar.process(text, meta={}).entities if e.type == "ORG"}


@pytest.mark.parametrize(("text", "name", "key"), [
    ("وأعلن خفر السواحل الإيطالي أمس أن نحو مئة مهاجر وصلوا إلى صقلية.",
     "خفر السواحل الإيطالي", "org:coast-guard:ITA"),
    ("وقالت قوات خفر السواحل الإيطالية إن قاربا غرق قبالة ليبيا.",  # «قوات» left out
     "خفر السواحل الإيطالية", "org:coast-guard:ITA"),
    ("وقالت المخابرات الأمريكية إن الهجوم كان وشيكا.",
     "المخابرات الأمريكية", "org:intelligence:USA"),
    ("وذكرت الاستخبارات التركية أن المشتبه به فر إلى سوريا.",
     "الاستخبارات التركية", "org:intelligence:TUR"),
])
def test_a_service_with_its_nationality(text: str, name: str, key: str) -> None:
    assert _orgs(text).get(name) == key


def test_a_bare_service_stays_unread() -> None:
    """Bare, it is a generic body, as «الشرطة» is."""
    assert _orgs("وقالت الاستخبارات إن الخطر ما زال قائما في المنطقة.") == {}
