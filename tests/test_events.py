"""Trigger-lexicon events: types, modes, roles, flags, merging and span invariants."""

from __future__ import annotations

from pathlib import Path

import pytest
from doc_builders import simple_doc

import khabar
from khabar.doc import Doc, Event, Participant
from khabar.errors import PipelineError
from khabar.events.lexicon import triggers
from khabar.events.stage import find_events
from khabar.registry import get_stage

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


def make_doc(text: str, lang: str, published: str | None = "2025-01-20T09:53:26+03:30") -> Doc:
    return simple_doc(text, lang, published=published, with_entities=True)


def events_of(text: str, lang: str) -> list[Event]:
    return find_events(make_doc(text, lang))


def analysed(name: str) -> Doc:
    """An example article through the whole pipeline."""
    path = next(EXAMPLES.glob(f"{name}_*.txt"))
    return khabar.process(path.read_text(encoding="utf-8"))


def involved(event: Event) -> set[str]:
    return {p.text or "" for p in (event.actor, event.target) if p is not None}


def refers_to(p: Participant | None, doc: Doc, word: str) -> bool:
    """The participant is a mention of ``word``, or a role phrase linked to the same KB entry."""
    if p is None:
        return False
    linked = {e.kb_id for e in doc.entities if word in e.text and e.kb_id}
    return word in (p.text or "") or (p.kb_id is not None and p.kb_id in linked)


def test_bagheri_munir_meeting_is_consult_with_both() -> None:
    doc = analysed("002")
    consults = [e for e in doc.events if e.type == "CONSULT"]
    assert any(
        any(refers_to(p, doc, "باقري") for p in (e.actor, e.target))
        and any(refers_to(p, doc, "منير") for p in (e.actor, e.target))
        for e in consults
    ), [(e.type, involved(e)) for e in doc.events]


def test_damascus_condemnation_is_accuse_disapprove_by_bagheri() -> None:
    doc = analysed("003")
    accuse = [e for e in doc.events if e.type == "ACCUSE"]
    assert accuse, [(e.type, e.trigger) for e in doc.events]
    assert accuse[0].mode == "disapprove"
    assert accuse[0].actor is not None and "باقری" in (accuse[0].actor.text or "")
    assert "محکوم" in (accuse[0].trigger or "")


@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_event_spans_are_their_evidence(name: str) -> None:
    doc = analysed(name)
    for event in doc.events:
        evidence = doc.text[event.start : event.end]
        assert evidence.strip() == evidence and evidence
        assert event.trigger and event.trigger in evidence
        if event.actor is not None and event.actor.start is not None:
            assert doc.text[event.actor.start : event.actor.end] == event.actor.text


@pytest.mark.parametrize(
    ("text", "lang", "kind", "mode", "actor", "target", "reason"),
    [
        ("سرلشکر حسین سلامی با ژنرال عاصم منیر دیدار کرد.", "fa", "CONSULT", None, "حسین سلامی",
         "عاصم منیر", "Persian SOV: subject acts, «با X» is the target"),
        ("والتقى اللواء باقري مع الجنرال منير في طهران.", "ar", "CONSULT", None, "باقري", "منير",
         "Arabic VSO with «مع»"),
        ("استقبل الأمير محمد بن سلمان اللواء حمد بن علي العطية في جدة.", "ar", "CONSULT",
         "visit", "حمد بن علي العطية", "محمد بن سلمان", "استقبل X Y: the guest Y is the actor"),
        ("ادانت وزارة الخارجية السعودية الهجوم.", "ar", "ACCUSE", "disapprove",
         "وزارة الخارجية السعودية", None, "condemnation, no named perpetrator"),
        ("وزیر خارجه ایران حمله به سفارت را محکوم کرد.", "fa", "ACCUSE", "disapprove",
         "ایران", None, "a role phrase: its country acts"),
        ("سرلشکر محمد باقری وارد اسلام‌آباد شد.", "fa", "CONSULT", "visit", "محمد باقری", None,
         "arrival is a visit; the target is the destination's country"),
    ],
)
def test_event_table(text: str, lang: str, kind: str, mode: str | None, actor: str,
                     target: str | None, reason: str) -> None:
    found = events_of(text, lang)
    assert found, reason
    event = found[0]
    assert (event.type, event.mode) == (kind, mode), reason
    assert event.actor is not None and actor in (event.actor.text or event.actor.name_en or "")
    if target is not None:
        assert event.target is not None and event.target.text == target, reason


def test_visit_target_is_destination_country() -> None:
    event = events_of("سرلشکر محمد باقری وارد اسلام‌آباد شد.", "fa")[0]
    assert event.target is not None and event.target.country == "PAK"
    assert event.location is not None and event.location.name_en == "Islamabad"


def test_negated_event() -> None:
    event = events_of("محمود عباس و اسماعیل هنیه درباره همه‌پرسی به توافق نرسیدند.", "fa")[0]
    assert event.type == "AGREE" and event.negated and not event.future


def test_negated_arabic_event() -> None:
    event = events_of("لم يلتق الوزير محمد جواد ظريف مع الرئيس السوري بشار الأسد.", "ar")[0]
    assert event.negated


def test_future_cooperation_is_agree() -> None:
    """PLOVER: a cooperative act in the future tense is AGREE (future)."""
    event = events_of("محمود عباس با اسماعیل هنیه دیدار خواهد کرد.", "fa")[0]
    assert (event.type, event.future, event.negated) == ("AGREE", True, False)


def test_arabic_future_meeting() -> None:
    event = events_of("سيلتقي الرئيس محمد مرسي مع الملك سلمان غدا.", "ar")[0]
    assert (event.type, event.future) == ("AGREE", True)


def test_date_defaults_to_published_day() -> None:
    event = events_of("سرلشکر باقری با ژنرال منیر دیدار کرد.", "fa")[0]
    assert event.date == "2025-01-20"


def test_mentions_of_one_meeting_merge() -> None:
    text = ("سرلشکر باقری با ژنرال منیر دیدار کرد. "
            "در این دیدار که دو ساعت طول کشید، سرلشکر باقری با ژنرال منیر دیدار و گفتگو کرد.")
    consults = [e for e in events_of(text, "fa") if e.type == "CONSULT"]
    assert len(consults) == 1
    assert consults[0].start == 0


def test_quoted_speech_is_not_an_event() -> None:
    assert events_of("سرلشکر باقری گفت: ما با آنها دیدار کردیم.", "fa") == []


def test_unknown_language_gives_no_events() -> None:
    assert events_of("Bagheri met Munir.", "en") == []


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_lexicons_load(lang: str) -> None:
    rows = triggers(lang)
    assert {"CONSULT", "ACCUSE", "AGREE"} <= {t.type for t in rows}


def test_stage_contract() -> None:
    info = get_stage("khabar.events.triggers.v2")
    assert info.requires == ("text", "sentences", "entities", "dates", "published")
    assert info.assigns == ("events",)


def test_retired_events_v1_says_what_to_do() -> None:
    with pytest.raises(PipelineError, match=r"triggers\.v2.*khabar reprocess --all"):
        get_stage("khabar.events.triggers.v1")
