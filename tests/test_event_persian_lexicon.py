"""Persian trigger rows written type by type from the PLOVER manual's definitions (session
11, triggers_fa.tsv, with the stems of خواندن, دانستن, گفتن and ورزیدن in verb_stems_fa.tsv):
a denial «ضمن رد», «بی‌اساس خواند», a veto, a refusal; a condemnation or criticism told in
passing («ضمن محکوم کردن», «با انتقاد از»), blame «مقصر دانست», «غیرقانونی خواند»;
congratulations, thanks, ratifying a treaty; a pledge, accepting a proposal; a curfew, an
exile, an arrest announced or confirmed; an attack told in the passive, targeting, blowing
up, shelling; cutting relations; pulling troops out; lifting sanctions; a joint manoeuvre;
granting aid; a protest rally; the «مورد X قرار داد/گرفت» constructions of criticism,
support, threat, attack, torture and beating, active and passive. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from doc_builders import simple_doc

from khabar.events.stage import find_events

PUBLISHED = "2025-01-20T09:53:26+03:30"


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        ("وزیر خارجه ترکیه ضمن رد این گزارش گفت که آنکارا چنین طرحی ندارد.", "REJECT", "TUR"),
        ("سخنگوی وزارت خارجه روسیه ادعای آمریکا را بی‌اساس خواند.", "REJECT", "RUS"),
        ("روسیه قطعنامه پیشنهادی فرانسه در شورای امنیت را وتو کرد.", "REJECT", "RUS"),
        ("دولت عراق از پذیرش درخواست ترکیه امتناع کرد.", "REJECT", "IRQ"),
        ("وزیر خارجه قطر ضمن محکوم کردن این حمله گفت که عاملان آن باید مجازات شوند.", "ACCUSE",
         "QAT"),
        ("نخست وزیر پاکستان ضمن انتقاد از سیاست‌های هند گفت که این کشور به تعهدات خود عمل"
         " نکرده است.", "ACCUSE", "PAK"),
        ("وزیر کشور عراق، سوریه را مقصر دانست.", "ACCUSE", "IRQ"),
        ("وزیر خارجه مصر ساخت شهرک‌های جدید اسرائیل را غیرقانونی خواند.", "ACCUSE", "EGY"),
        ("رئیس جمهور روسیه به رئیس جمهور جدید فرانسه تبریک گفت.", "SUPPORT", "RUS"),
        ("وزیر خارجه لبنان از کمک‌های ایران تشکر کرد.", "SUPPORT", "LBN"),
        ("پارلمان ترکیه توافقنامه همکاری نظامی با قطر را تصویب کرد.", "SUPPORT", "TUR"),
        ("دولت ژاپن متعهد شد.", "AGREE", "JPN"),
        ("دولت سودان پیشنهاد اتحادیه آفریقا را پذیرفت.", "AGREE", "SDN"),
        ("دولت پاکستان در شهر کراچی ممنوعیت رفت‌وآمد برقرار کرد.", "COERCE", "PAK"),
        ("دولت بحرین یک روحانی شیعه را به لندن تبعید کرد.", "COERCE", "BHR"),
        ("پلیس ترکیه از بازداشت سه تبعه سوریه در استانبول خبر داد.", "COERCE", "TUR"),
        ("دادستانی مصر بازداشت دو روزنامه‌نگار را تأیید کرد.", "COERCE", "EGY"),
        ("جنگنده‌های اسرائیلی مواضع حماس در غزه را هدف قرار دادند.", "ASSAULT", "ISR"),
        ("شورشیان طالبان یک پل را در ولایت هلمند منفجر کردند.", "ASSAULT", "AFG"),
        ("ارتش اسرائیل جنوب لبنان را گلوله‌باران کرد.", "ASSAULT", "ISR"),
        ("دولت مراکش روابط دیپلماتیک خود با ایران را قطع کرد.", "SANCTION", "MAR"),
        ("دولت اسپانیا نیروهای خود را از عراق خارج کرد.", "RETREAT", "ESP"),
        ("دولت ژاپن تحریم‌های تسلیحاتی لیبی را لغو کرد.", "CONCEDE", "JPN"),
        ("نیروی دریایی ایران و روسیه در دریای خزر مانور مشترک برگزار کردند.", "COOPERATE",
         "IRN"),
        ("دولت ژاپن به افغانستان 10 میلیون دلار کمک اعطا کرد.", "AID", "JPN"),
        ("کارگران شرکت نفت عراق در برابر وزارت نفت تجمع اعتراضی برگزار کردند.", "PROTEST",
         "IRQ"),
        ("وزیر خارجه ایران سیاست‌های آمریکا در منطقه را مورد انتقاد قرار داد.", "ACCUSE",
         "IRN"),
        ("رئیس جمهور روسیه طرح صلح چین را مورد حمایت قرار داد.", "SUPPORT", "RUS"),
    ],
)
def test_a_persian_act_is_read(text: str, kind: str, country: str) -> None:
    doc = simple_doc(text, "fa", published=PUBLISHED, with_entities=True)
    found = [e for e in find_events(doc) if e.type == kind]
    assert [e.actor.country if e.actor else None for e in found] == [country]


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        ("دولت عراق از سوی سازمان ملل مورد انتقاد قرار گرفت.", "ACCUSE", "IRQ"),
        ("سفیر دانمارک در تهران مورد تهدید قرار گرفت.", "THREATEN", "DNK"),
        ("سفارت ایران در بغداد مورد اصابت موشک قرار گرفت.", "ASSAULT", "IRN"),
        ("دیپلمات ایرانی در لندن مورد ضرب و شتم قرار گرفت.", "ASSAULT", "IRN"),
    ],
)
def test_an_act_undergone_makes_its_subject_the_target(text: str, kind: str,
                                                       country: str) -> None:
    """«X مورد انتقاد/تهدید/اصابت ... قرار گرفت»: X underwent the act."""
    doc = simple_doc(text, "fa", published=PUBLISHED, with_entities=True)
    found = [e for e in find_events(doc) if e.type == kind]
    assert [e.target.country if e.target else None for e in found] == [country]


def test_an_attack_told_in_the_passive_makes_the_attacked_the_target() -> None:
    """«X مورد حمله قرار گرفت»: X was attacked, so X is no attacker."""
    doc = simple_doc("سفارت آمریکا در کابل مورد حمله قرار گرفت.", "fa", published=PUBLISHED,
                     with_entities=True)
    attack = next(e for e in find_events(doc) if e.type == "ASSAULT")
    assert attack.actor is None
    assert attack.target is not None and attack.target.country == "USA"
