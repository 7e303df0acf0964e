"""Retellings of one happening are one record that keeps every mention's span: a Persian
participle describing a noun names the act already told; different named bodies of one state
stay apart."""

from __future__ import annotations

from doc_builders import simple_doc

from khabar.doc import Event, Participant
from khabar.events.merging import Draft, merge
from khabar.events.stage import find_events
from khabar.export.contract import from_record, to_record

PUBLISHED = "2024-05-01T09:00:00+03:30"
RETOLD = ("وزیر خارجه ایران در تهران با وزیر خارجه عراق دیدار کرد. "
          "وزیر خارجه عراق در تهران با وزیر خارجه ایران دیدار کرد.")


def events_of(text: str, lang: str) -> list[Event]:
    return find_events(simple_doc(text, lang, published=PUBLISHED, with_entities=True))


def test_merged_event_keeps_every_mention_span() -> None:
    (meeting,) = [e for e in events_of(RETOLD, "fa") if e.type == "CONSULT"]
    second = RETOLD.index("وزیر خارجه عراق در")
    assert meeting.mentions == [(meeting.start, meeting.end), (second, len(RETOLD))]


def test_mentions_survive_the_contract_round_trip() -> None:
    doc = simple_doc(RETOLD, "fa", published=PUBLISHED, with_entities=True)
    doc.events = find_events(doc)
    record = to_record(doc)
    (event,) = record["events"]
    assert [(m["start"], m["end"]) for m in event["mentions"]] == doc.events[0].mentions
    assert all(RETOLD[m["start"]:m["end"]] for m in event["mentions"])
    assert to_record(from_record(record)) == record


KIDNAPPED = "جلال شرفی دیپلمات ایرانی روز یکشنبه در بغداد ربوده شد. "


def test_a_participle_describing_a_noun_is_the_act_told() -> None:
    """"the kidnapped Iranian diplomat": a word goes on after "ربوده شده", so it describes a
    noun and names the kidnapping told before, not another (with the ministry as target)."""
    text = KIDNAPPED + "وزارت امور خارجه عراق خواستار آزادی فوری دیپلمات ربوده شده ایرانی شد."
    events = events_of(text, "fa")
    assert [e.type for e in events] == ["ASSAULT", "REQUEST"]


def test_a_participle_that_ends_its_clause_is_an_act() -> None:
    """"ربوده شده و ..." ends its clause (the auxiliary left out before "و"): a second
    kidnapping, told as a verb."""
    text = KIDNAPPED + ("روز بعد یک مهندس ترک نیز در کرکوک توسط افراد مسلح ربوده شده و به "
                        "مکان نامعلومی منتقل شد.")
    assert len([e for e in events_of(text, "fa") if e.type == "ASSAULT"]) == 2


def _draft(start: int, actor: Participant, actor_key: str) -> Draft:
    event = Event(start, start + 5, type="REQUEST", actor=actor, confidence=0.6)
    return Draft(event, actor_key, None)


def test_a_ministry_and_another_body_of_its_state_stay_two() -> None:
    """A state's ministry is one body of it, not the state: the Palestinian foreign
    ministry's demand and Hamas's call are two acts (seen on a SaudiNewsNet article when
    organs were tried as the state itself)."""
    ministry = Participant(text="وزارة الخارجية الفلسطينية", start=0, end=20,
                           name_en="Palestinian Territory Foreign Ministry", country="PSE")
    hamas = Participant(text="حماس", start=60, end=64, name_en="Hamas", kb_id="org:hamas",
                        country="PSE")
    merged = merge([_draft(0, ministry, "org:foreign-ministry:PSE"),
                    _draft(50, hamas, "org:hamas")])
    assert len(merged) == 2


def _accusation(start: int, actor: Participant | None, actor_key: str | None,
                target: Participant | None, target_key: str | None) -> Draft:
    return Draft(Event(start, start + 40, type="ACCUSE", actor=actor, target=target,
                       trigger="تدين"), actor_key, target_key)


BAHRAIN = Participant(text="البحرين", start=60, end=67, name_en="Bahrain",
                      kb_id="geonames:290291", country="BHR")
MINISTRY = Participant(text="الخارجية البحرينية", start=5, end=23,
                       name_en="Bahrain Foreign Ministry", country="BHR")
IRAN = Participant(text="إيران", start=90, end=95, name_en="Iran", kb_id="geonames:130758",
                   country="IRN")


def test_the_same_party_retelling_a_condemnation_names_whom_it_is_against() -> None:
    """Issue 6, session 13 (2026-12-05): «وتدين استمرار التصريحات العدائية» in the lead,
    then «البحرين تدين ... التصريحات من قبل مسؤولي الجمهورية الإسلامية الإيرانية»: the
    condemnation is against Iran (events-dev saudinewsnet-2015-07-25-01323)."""
    (merged,) = merge([_accusation(0, MINISTRY, "state:foreign-ministry:BHR", None, None),
                       _accusation(50, BAHRAIN, "geonames:290291", IRAN, "geonames:130758")])
    assert merged.event.target is IRAN


def test_a_condemnation_retold_by_no_one_keeps_no_target() -> None:
    """A retelling with no actor may be another speaker's condemnation: its target is not
    taken (a SaudiNewsNet article: a deputy's accusation, then the region's president's)."""
    (merged,) = merge([_accusation(0, MINISTRY, "state:foreign-ministry:BHR", None, None),
                       _accusation(50, None, None, IRAN, "geonames:130758")])
    assert merged.event.target is None
