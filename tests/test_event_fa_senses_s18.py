"""Issue 6, session 18 (2026-12-06): Persian attacks, threats, hostings and dispatches in a
sense PLOVER codes no act of (events/persian_senses.py, other_senses_fa.tsv, read by
persian_readings.other_sense_fa): a disease, a germ or an animal as the doer of «حمله» or
«تهدید»; «میزبان … است» in a sentence of shows or sport; «اعزام» with no armed or police
force; the bare noun «تهدید» with nothing after it saying against whom (a danger); a «را» between
«از» and «خواستن» (persian_asked.unaddressed: 'wants', no request). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.entities.words import words
from khabar.events.lexicon import find_triggers
from khabar.events.persian_readings import other_sense_fa
from khabar.events.stage import find_events

PUBLISHED = "2025-01-20T09:53:26+03:30"


def types(text: str) -> list[str]:
    doc = simple_doc(text, "fa", published=PUBLISHED, with_entities=True)
    return [e.type for e in find_events(doc, 4)]


@pytest.mark.parametrize(("text", "kind"), [
    # the subject is a disease: it endangers the country, no one threatens it
    ("وزیر بهداشت گفت آنفلوانزای طیور کشور ایران را تهدید می‌کند.", "THREATEN"),
    # a comma between the germ and its verb
    ("ویروس آنفلوانزا در سال 1957، این بار به مردم چین حمله کرد.", "ASSAULT"),
    # the noun's genitive is the doer: a disease, an animal
    ("ایالات متحده آمریکا شدیدا مورد حمله بیماری قرار گرفته بود.", "ASSAULT"),
    ("ند فراست در پارک ملی آمریکا مورد حمله خرس گریزلی قرار گرفت.", "ASSAULT"),
    # a theatre hosts a play; a team hosts a fixture
    ("تالار وحدت تهران میزبان نمایش «کافی شاپ» از مجتبی معاف است.", "CONSULT"),
    ("در حساس‌ترین بازی‌های گروه دوم دانمارک در کپنهاگ میزبان اوکراین است.", "CONSULT"),
    # nurses and experts are sent, no forces
    ("وزارت بهداشت ایران 120 پرستار به کشورهای متقاضی اعزام کرد.", "MOBILIZE"),
    ("سازمان ملل هیات‌های فنی به مناطق زلزله‌زده افغانستان اعزام کرد.", "MOBILIZE"),
    # an article on diseases: the cells' attack is no act, though no harm word is in its clause
    ("دیابت نوع اول یک بیماری است. ویروس آن را بدتر می‌کند. در این حالت، سلول‌های ایمنی بدن "
     "به سلول‌های سازنده انسولین حمله می‌کنند.", "ASSAULT"),
    # the bare noun «تهدید»: a danger, not a threat made
    ("محمود احمدی‌نژاد گفت کشور ایران توانایی دفع تهدید و تهاجم را دارد.", "THREATEN"),
    ("حسن روحانی گفت تهدید منابع انرژی ایران از عوامل مهم است.", "THREATEN"),
    # «را» marks what is wanted: no one is asked
    ("محمد خاتمی گفت نگهداری از درختان بم آگاهی‌های خاصی را می‌خواهد.", "REQUEST"),
])
def test_no_act_of_the_type(text: str, kind: str) -> None:
    assert kind not in types(text)


@pytest.mark.parametrize(("text", "kind"), [
    # a party threatens, attacks and sends forces: the acts stay
    ("آمریکا ایران را به حمله نظامی تهدید کرد.", "THREATEN"),
    ("افراد مسلح به یک گشتی پلیس عراق در غرب بغداد حمله کردند.", "ASSAULT"),
    ("آمریکا هزاران سرباز به عراق اعزام کرد.", "MOBILIZE"),
    ("یک تیم پلیسی برای دستگیری متهم به کمیجان اعزام شدند.", "MOBILIZE"),
    # a threat made against someone, or the means of an act done
    ("آمریکا با تهدید نظامی علیه ایران مخالفت روسیه را برانگیخت.", "THREATEN"),
    ("محمد خاتمی از وزارت مسکن خواست شهر بم را بازسازی کند.", "REQUEST"),
])
def test_a_party_acts(text: str, kind: str) -> None:
    assert kind in types(text)


@pytest.mark.parametrize(("text", "other"), [
    ("کشور توانایی دفع تهدید و تهاجم را دارد.", True),  # a danger
    ("تهدید منابع انرژی از عوامل مهم است.", True),
    ("مجلس در جهت مقابله با تهدید کشور طرحی را ارائه کرد.", True),  # «با» is «مقابله»'s
    ("آمریکا از تهدید نظامی علیه ایران سخن گفت.", False),  # against whom
    ("مردان مسلح با تهدید اسلحه او را بیرون انداختند.", False),  # the means of an act
])
def test_the_bare_noun_threat(text: str, other: bool) -> None:
    tokens = words(text)
    hits = [h for h in find_triggers(text, tokens, "fa") if h.trigger.type == "THREATEN"]
    assert hits and hits[0].trigger.tense == "noun"
    assert other_sense_fa(hits[0], tokens) is other
