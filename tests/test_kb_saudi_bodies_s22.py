"""Major Saudi companies and bodies in the KB (session 22 (2026-12-06), issue 5): a company
named by its brand, its full name or its official name links to one entry, so its mentions
meet under one key («أرامكو» and «أرامكو السعودية» had two)."""

from __future__ import annotations

import pytest

import khabar
from khabar.kb.entries import load_kb
from khabar.kb.link import link_name


def _org_keys(text: str) -> dict[str, str | None]:
    doc = khabar.process(text, meta={})
    return {e.text: e.key for e in doc.entities if e.type == "ORG"}


def test_aramco_by_any_of_its_names_is_one_key() -> None:
    keys = _org_keys("أعلنت أرامكو السعودية عن أرباحها الفصلية. وقالت أرامكو إنها ستزيد "
                     "الإنتاج، فيما ذكرت شركة الزيت العربية السعودية أن المصفاة جاهزة.")
    assert keys["أرامكو السعودية"] == keys["أرامكو"] == "org:saudi-aramco"
    assert keys["شركة الزيت العربية السعودية"] == "org:saudi-aramco"


@pytest.mark.parametrize(("name", "kb_id"), [
    ("سابك", "org:sabic"),
    ("الشركة السعودية للصناعات الأساسية", "org:sabic"),
    ("مؤسسة النقد العربي السعودي", "org:sama"),
    ("السعودية للكهرباء", "org:saudi-electricity"),
    ("الخطوط الجوية العربية السعودية", "org:saudia"),
    ("Saudi Aramco", "org:saudi-aramco"),
])
def test_names_of_saudi_bodies_link(name: str, kb_id: str) -> None:
    entry = link_name(load_kb(), name, "ORG", None)
    assert entry is not None and entry.id == kb_id


def test_a_body_the_home_bodies_key_is_not_taken_over() -> None:
    """«هيئة الهلال الأحمر السعودي» keeps the key it shares with «الهلال الأحمر»
    (resources/entities/home_bodies.tsv): no KB entry of its own splits them."""
    assert link_name(load_kb(), "هيئة الهلال الأحمر السعودي", "ORG", None) is None
