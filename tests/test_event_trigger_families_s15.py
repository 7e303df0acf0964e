"""Trigger families of session 15 (2026-12-06), issue 6 (triggers_fa.tsv, triggers_ar.tsv under
the "Session 15 (2026-12-06), engineer triggers15" comments; SOURCE.md "Session 15 trigger
families"): paraphrases of COERCE, ACCUSE and SANCTION told with a fixed phrase, a predicate
of the object or a construct form. Each case fails without its row; the last cases hold what
the unlabelled check left out. Sentences written for these tests."""

from __future__ import annotations

import pytest
from doc_builders import ar_triggers, doc_with, fa_triggers

from khabar.entities.gazetteer import country_entries
from khabar.events.stage import find_events


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("پلیس آگاهی تهران سه سارق مسلح را در غرب تهران به دام انداخت.", "COERCE",
         "به دام انداخت"),
        ("قاتل فراری پس از سه روز در شیراز به دام افتاد.", "COERCE", "به دام افتاد"),
        ("وزارت خارجه ایران آمریکا را مسئول این حادثه دانست.", "ACCUSE",
         "را مسئول این حادثه دانست"),
    ],
)
def test_a_persian_family_is_read(text: str, kind: str, trigger: str) -> None:
    assert (kind, trigger) in fa_triggers(text)


def test_a_lure_is_no_arrest() -> None:
    """«به دام» and its verb adjacent: «به دام مبارزان افتاد» (fell into the fighters' trap)."""
    assert [k for k, _ in fa_triggers("این جوان توسط یک زن اغفال و به دام مبارزان افتاد.")] == []


def test_views_exchanged_read_no_new_meeting() -> None:
    """«تبادل نظر کردن» / «به گفتگو پرداختن» were left out: on unlabelled news they retold a
    meeting already read, as a second event with the wrong parties."""
    assert fa_triggers("وزیر امور خارجه ایران و همتای ترکیه‌ای او درباره مسائل منطقه‌ای"
                       " تبادل نظر کردند.") == []


_ENTITIES = [("خالد العمري", "PER"), ("محمد جواد ظريف", "PER"), ("فرنسا", "LOC"),
             ("إيران", "LOC")]


def _ar(text: str) -> list[tuple[str, str | None]]:
    return ar_triggers(text, _ENTITIES)


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("قضت محكمة في فرنسا بسجن خالد العمري خمس سنوات.", "SANCTION",
         "قضت محكمة في فرنسا بسجن"),
        ("قبضت الشرطة في فرنسا على خالد العمري.", "COERCE", "قبضت الشرطة في فرنسا على"),
    ],
)
def test_an_arabic_family_is_read(text: str, kind: str, trigger: str) -> None:
    assert (kind, trigger) in _ar(text)


def test_the_one_sentenced_is_the_target() -> None:
    doc = doc_with("قضت محكمة في فرنسا بسجن خالد العمري خمس سنوات.", "ar",
                   [("فرنسا", "LOC"), ("خالد العمري", "PER")],
                   {"فرنسا": (country_entries()["FRA"].kb_id, "FRA")})
    event = next(e for e in find_events(doc) if e.type == "SANCTION")
    assert event.target is not None and event.target.text == "خالد العمري"


def test_a_claim_called_baseless_reads_no_rejection() -> None:
    """«عارية عن الصحة», «لا أساس لها من الصحة», «بأنها أكاذيب» were left out: their only new
    event on unlabelled news was a narrator's line in a short story."""
    assert _ar("واعتبر خالد العمري هذه الأنباء عارية عن الصحة.") == []
