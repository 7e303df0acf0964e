"""A broadcaster's or news site's name after the phrase of its kind, the phrase left out
(khabar.entities.persian_media_kinds, ``media_kinds_fa.txt``; issue 5, session 23
(2026-12-07), engineer ent_fa6; ENTITIES-GOLD.md, orgs23: «الجزیره» of «شبکه تلویزیونی
الجزیره»). Sentences written for these tests; the tagger's entities are given by hand."""

from __future__ import annotations

import pytest
from doc_builders import tagged

from khabar.doc import Entity
from khabar.entities.gazetteer import words
from khabar.entities.persian_media_kinds import media_names


def orgs(text: str, kept: list[Entity]) -> list[str]:
    return [e.text for e in media_names(text, words(text), kept) if e.type == "ORG"]


@pytest.mark.parametrize(("text", "tagged_span", "name"), [
    ("به گزارش شبکه تلویزیونی الجزیره، نشست امروز برگزار شد.",
     "شبکه تلویزیونی الجزیره", "الجزیره"),
    ("شبکه خبری العربیه نیز گزارش داد که دیدار لغو شد.", "شبکه خبری العربیه", "العربیه"),
    # a ZWNJ-written adjective, and a name of two words
    ("بلر در گفت‌وگو با شبکه ماهواره‌ای اسکای نیوز گفت که پلیس منتظر است.",
     "شبکه ماهواره‌ای اسکای نیوز", "اسکای نیوز"),
    ("به گزارش پایگاه اینترنتی لایو ساینس، پژوهشگران گفتند.",
     "پایگاه اینترنتی لایو ساینس", "لایو ساینس"),
])
def test_the_taggers_name_without_its_kind(text: str, tagged_span: str, name: str) -> None:
    assert orgs(text, [tagged(text, tagged_span, "ORG")]) == [name]


def test_a_latin_name_after_the_kind() -> None:
    text = "شبکه تلویزیونی cbs با انتشار این تصاویر گفت که تحقیق ادامه دارد."
    assert orgs(text, []) == ["cbs"]


@pytest.mark.parametrize(("text", "kept"), [
    # a web address is no outlet's name
    ("ثبت نام از طریق سایت اینترنتی ezdevaj.nahad.ir انجام می‌شود.", []),
    # a determiner: the phrase names no outlet
    ("این شبکه خبری cnn را رقیب خود می‌داند.", []),
    # the noun alone is no kind phrase: a body's own name
    ("شبکه بهداشت و درمان مراغه گفت که واکسن رسید.", ["شبکه بهداشت و درمان مراغه"]),
])
def test_left_as_it_is(text: str, kept: list[str]) -> None:
    assert orgs(text, [tagged(text, k, "ORG") for k in kept]) == kept


def test_only_a_place_after_the_kind_is_no_outlet() -> None:
    text = "سی‌بی‌اس، شبکه تلویزیونی آمریکا یکشنبه شب گزارش داد."
    assert orgs(text, [tagged(text, "شبکه تلویزیونی آمریکا", "ORG")]) == [
        "شبکه تلویزیونی آمریکا"]


def test_a_nationality_after_the_kind_is_no_outlet() -> None:
    text = "اخیراً پایگاه اینترنتی کانادایی «گلوبال ریسرچ» گزارشی منتشر کرد."
    assert orgs(text, [tagged(text, "پایگاه اینترنتی کانادایی", "ORG")]) == [
        "پایگاه اینترنتی کانادایی"]
