"""An act told inside reported speech («X اعلام کرد که ...», «قال X إن ...», «وأعلن X، ...»)
is the embedded clause's subject's; the speaker is its doer only when the embedded verb
agrees with him and names no subject of its own (a pronoun on «أنه», a Persian verb of the
speech verb's person, a participle of manner); otherwise the doer is unknown rather than
the speaker (events/complements). Entities are given by hand; sentences written for these
tests, session 11 (2026-12-05)."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.doc import Event
from khabar.entities.gazetteer import phrase_key
from khabar.events.complements import person_fa
from khabar.events.stage import find_events


def typed(text: str, lang: str, kind: str, *entities: tuple[str, str]) -> list[Event]:
    return [e for e in find_events(doc_with(text, lang, list(entities))) if e.type == kind]


def actor_text(event: Event) -> str | None:
    return event.actor.text if event.actor else None


def test_a_persian_plural_verb_is_not_the_singular_speakers_act() -> None:
    found = typed("سعید احمدی اعلام کرد که شب گذشته به کاروان امدادی حمله کردند.", "fa",
                  "ASSAULT", ("سعید احمدی", "PER"))
    assert found and actor_text(found[0]) is None


def test_a_persian_verb_agreeing_with_the_speaker_is_his() -> None:
    found = typed("سعید احمدی اعلام کرد که هفته آینده به مسکو سفر خواهد کرد.", "fa",
                  "AGREE", ("سعید احمدی", "PER"), ("مسکو", "LOC"))
    assert found and actor_text(found[0]) == "سعید احمدی"
    found = typed("فرماندهان ارتش اعلام کردند که شورشیان را در مرز دستگیر کردند.", "fa",
                  "COERCE", ("ارتش", "ORG"))
    assert found and actor_text(found[0]) == "ارتش"


def test_an_arabic_noun_act_after_a_bare_link_is_not_the_speakers() -> None:
    found = typed("وأكد الوزير خالد العمري أن انفجارات سمعت جراء القصف المكثف على المدينة.",
                  "ar", "ASSAULT", ("خالد العمري", "PER"))
    assert found and actor_text(found[0]) is None
    found = typed("وأكد خالد العمري أن العناصر تقف وراء هجوم على مركز للشرطة.", "ar",
                  "ASSAULT", ("خالد العمري", "PER"))
    assert found and actor_text(found[0]) is None


def test_an_arabic_link_with_a_pronoun_is_the_speakers_act() -> None:
    found = typed("وأكد الوزير خالد العمري أنه اعتقل عشرة من المهربين.", "ar", "COERCE",
                  ("خالد العمري", "PER"))
    assert found and actor_text(found[0]) == "خالد العمري"
    found = typed("وقالت الحكومة الأردنية إنها استدعت سفير إيران في عمان.", "ar", "SANCTION",
                  ("الحكومة الأردنية", "ORG"), ("إيران", "LOC"), ("عمان", "LOC"))
    assert found and actor_text(found[0]) == "الحكومة الأردنية"


def test_an_arabic_clause_after_the_speakers_comma_is_not_his() -> None:
    found = typed("وأعلن المحافظ خالد العمري، صباح اليوم فجر انتحاري نفسه في سوق المدينة.",
                  "ar", "ASSAULT", ("خالد العمري", "PER"))
    assert found and actor_text(found[0]) is None
    # A verb joined by «و» shares the speaker's subject.
    found = typed("وقال المحافظ خالد العمري، وهاجم المعارضة في المدينة.", "ar",
                  "ASSAULT", ("خالد العمري", "PER"))
    assert found and actor_text(found[0]) == "خالد العمري"


def test_a_persian_verb_ending_in_nd_is_plural_unless_its_stem_ends_in_n() -> None:
    persons = {w: person_fa(phrase_key(w)) for w in ("کردند", "کنند", "ماندند", "می‌کند",
                                                    "ماند", "کرد", "کردیم")}
    assert persons == {"کردند": "pl", "کنند": "pl", "ماندند": "pl", "می‌کند": "sg",
                       "ماند": "sg", "کرد": "sg", "کردیم": "1"}


def test_a_link_far_from_its_speaker_opens_the_clause_not_a_later_comma() -> None:
    found = typed("وأكد المجلس العسكري في محافظة تعز، في بيان بثته اليوم وكالة الأنباء الرسمية، "
                  "أن مليشيات الحوثي، قامت بقصف مخازن النفط.", "ar", "ASSAULT",
                  ("المجلس العسكري", "ORG"), ("الحوثي", "ORG"))
    assert found and actor_text(found[0]) == "الحوثي"


def test_a_participle_after_the_complement_is_the_speakers_manner() -> None:
    found = typed("وأكد خالد العمري أن الأزمة طويلة، داعيا الحكومة العراقية إلى الحوار.", "ar",
                  "REQUEST", ("خالد العمري", "PER"), ("الحكومة العراقية", "ORG"))
    assert found and actor_text(found[0]) == "خالد العمري"


def test_a_persian_future_carries_its_person_on_khahad() -> None:
    """«دستگیر خواهند کرد»: the person is on «خواهند», not on the stem «کرد» (cfa0fd4's
    future words, which no test held: mutated in a worktree, the tests passed). Review,
    session 11 (2026-12-05)."""
    found = typed("فرماندهان ارتش اعلام کردند که شورشیان را در مرز دستگیر خواهند کرد.", "fa",
                  "COERCE", ("ارتش", "ORG"))
    assert found and actor_text(found[0]) == "ارتش"
