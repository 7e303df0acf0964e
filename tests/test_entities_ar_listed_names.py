"""Arabic names of bodies the KB knows that the lists lacked, session 13 (2026-12-05),
issue 5 (resources/entities/orgs.tsv): «تنظيم الدولة الإسلامية», «التحالف العربي»,
«رويترز» (also after the proclitic «ل», which the tagger kept), «فرانس برس»."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.entities.ner import find_entities
from khabar.kb.entries import load_kb


def _orgs(text: str) -> list[tuple[str, str | None]]:
    doc = simple_doc(text, "ar", published="2015-08-01")
    return [(e.text, e.kb_id) for e in find_entities(doc, load_kb()) if e.type == "ORG"]


@pytest.mark.parametrize(("text", "name", "kb_id"), [
    ("وشنت تركيا غارات ضد تنظيم الدولة الاسلامية في سوريا.", "تنظيم الدولة الاسلامية",
     "org:isis"),
    ("والنجاحات التي حققها التحالف العربي في اليمن كبيرة.", "التحالف العربي",
     "org:saudi-led-coalition"),
    ("وقال شاهد عيان لرويترز إن المرأة أطلقت النار.", "رويترز", "org:reuters"),
    ("وقال المحامي لوكالة فرانس برس إن الدعوى مرفوضة.", "فرانس برس", "org:afp"),
])
def test_a_kb_body_is_found_and_linked(text: str, name: str, kb_id: str) -> None:
    assert (name, kb_id) in _orgs(text)
