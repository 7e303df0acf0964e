"""A Persian body's name runs on over its tail: a bare «استان»/«شهرستان» after a body opened
by a parent's head, and the word closing «تهران بزرگ» (``persian_body_tails``, issue 5,
session 28 (2026-12-07), engineer ent_fa14)."""

from __future__ import annotations

from khabar.doc import Entity
from khabar.entities.persian_body_tails import body_tails
from khabar.entities.words import words


def _org(text: str, name: str, kb_id: str | None = None) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type="ORG", text=name, kb_id=kb_id,
                  key=kb_id or f"org:{name}", source="crf")


def _tailed(text: str, name: str, *others: Entity, kb_id: str | None = None) -> list[str]:
    out = body_tails(text, words(text), [_org(text, name, kb_id), *others])
    return [e.text for e in out if e.type == "ORG"]


def test_bare_province_noun_joins_the_office() -> None:
    text = "مدیر اداره کل ورزش و جوانان استان گفت که مسابقات برگزار می‌شود."
    assert _tailed(text, "اداره کل ورزش و جوانان") == ["اداره کل ورزش و جوانان استان"]


def test_county_noun_before_a_verb_joins() -> None:
    text = "این طرح به عهده اداره کل راهداری شهرستان می‌باشد."
    assert _tailed(text, "اداره کل راهداری") == ["اداره کل راهداری شهرستان"]


def test_noun_at_the_end_of_the_text_joins() -> None:
    text = "این نامه به سازمان بهزیستی استان"
    assert _tailed(text, "سازمان بهزیستی") == ["سازمان بهزیستی استان"]


def test_province_named_after_the_noun_stays_out() -> None:
    # «خراسان» is a common word the gazetteer holds only in «خراسان رضوی»
    text = "برنامه سازمان میراث فرهنگی استان خراسان رضوی اجرا شد."
    assert _tailed(text, "سازمان میراث فرهنگی") == ["سازمان میراث فرهنگی"]
    text = "مدیرکل از شبکه خادمین استان گیلان خبر داد."
    assert _tailed(text, "شبکه خادمین") == ["شبکه خادمین"]


def test_unknown_town_after_the_noun_stays_out() -> None:
    # «گرمه», a town the gazetteer lacks: the noun alone would cut the name
    text = "این نمایش از انجمن نمایش شهرستان گرمه به سوگواره ارسال شد."
    assert _tailed(text, "انجمن نمایش") == ["انجمن نمایش"]


def test_body_without_a_parent_head_stays() -> None:
    text = "به گزارش خبرگزاری فارس استان از این خبر"
    assert _tailed(text, "فارس") == ["فارس"]


def test_greater_tehran_closes_the_place() -> None:
    text = "رئیس اداره راهنمایی و رانندگی تهران بزرگ گفت که خیابان‌ها بسته است."
    assert _tailed(text, "اداره راهنمایی و رانندگی تهران", kb_id="Q1") == [
        "اداره راهنمایی و رانندگی تهران بزرگ"]
    out = body_tails(text, words(text), [_org(text, "اداره راهنمایی و رانندگی تهران", "Q1")])
    assert out[0].kb_id == "Q1" and out[0].key == "Q1"


def test_greater_needs_the_place_at_the_end() -> None:
    text = "سازمان نظام پزشکی بزرگ ترین تشکل است."
    assert _tailed(text, "سازمان نظام پزشکی") == ["سازمان نظام پزشکی"]


def test_tail_held_by_another_entity_stays_its() -> None:
    text = "مدیر اداره کل ورزش و جوانان استان گفت."
    start = text.index("استان")
    other = Entity(start, start + len("استان"), type="LOC", text="استان", source="gazetteer")
    assert _tailed(text, "اداره کل ورزش و جوانان", other) == ["اداره کل ورزش و جوانان"]


def test_new_key_of_an_unlinked_body() -> None:
    text = "مدیر اداره کل ورزش و جوانان استان گفت."
    out = body_tails(text, words(text), [_org(text, "اداره کل ورزش و جوانان")])
    assert out[0].key is not None and out[0].key.startswith("org:") and out[0].end == (
        text.index("استان") + len("استان"))


def test_pipeline_reads_the_tail() -> None:
    import khabar

    doc = khabar.process("مدیر اداره کل ورزش و جوانان استان گفت که این طرح اجرا می‌شود.")
    assert "اداره کل ورزش و جوانان استان" in [e.text for e in doc.entities if e.type == "ORG"]


def test_greater_tehran_office_keeps_the_body_link() -> None:
    import khabar

    doc = khabar.process("سردار طلایی فرمانده نیروی انتظامی تهران بزرگ امروز گفت که طرح اجرا شد.")
    found = [e for e in doc.entities if e.text == "نیروی انتظامی تهران بزرگ"]
    assert found and found[0].kb_id == "org:irn-police"
