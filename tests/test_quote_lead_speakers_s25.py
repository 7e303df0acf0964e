"""Persian quote speakers, session 25 (2026-12-07), issue 6, engineer quotes_fa7: the quotes
an article opens with, told by no name (a subjectless verb, «وی» with nobody before, a post
with no holder), are said by the person the article names first as a speaker right after
(``quote_lead_speakers.named_after_lead``), unless a leading quote's own subject is someone
else: a plural verb, an unnamed subject, an outlet. Sentences written for these tests, after
the grammar of Fars and Hamshahri news."""

from __future__ import annotations

import pytest
from doc_builders import quotes_split

_LEAD = ("به گزارش خبرگزاری فارس، با بیان اینکه در هدفمندی یارانه‌ها سه محور باید رعایت "
         "شود، اظهار داشت: اولین هدف اصلاح الگوی مصرف انرژی در کشور است.\n"
         "وی در گفت‌وگو با خبرنگار ما تصریح کرد: رویکرد این قانون نباید تامین منابع مالی "
         "دولت باشد.\n")
_NAMED = "رضا جلیلی درباره تورم گفت: اگر دولت منابع را درست خرج کند تورم بالا نمی‌رود.\n"


def _speakers(text: str, entities: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    return [(q.text[:9], q.speaker.text if q.speaker else None)
            for q in quotes_split(text, "fa", entities)]


def test_the_name_given_later_speaks_the_lead() -> None:
    assert _speakers(_LEAD + _NAMED, [("رضا جلیلی", "PER")]) == [
        ("اولین هدف", "رضا جلیلی"), ("رویکرد ای", "رضا جلیلی"), ("اگر دولت ", "رضا جلیلی")]


def test_a_post_in_the_lead_is_held_by_the_name_after_it() -> None:
    text = ("مدیرکل بنادر استان بوشهر در خصوص حادثه گفت: این شناورها در اسکله صادراتی "
            "پهلو گرفته بودند.\n"
            "وی ادامه داد: قرار بود محموله علوفه به قطر حمل شود.\n"
            "محمد استاد گفت: عملیات اطفای حریق بی‌درنگ آغاز شد.\n")
    assert [s for _, s in _speakers(text, [("محمد استاد", "PER")])] == ["محمد استاد"] * 3


@pytest.mark.parametrize(
    ("lead", "reason"),
    [
        ("روزنامه «نیویورک تایمز» در تحلیلی نوشت: دیپلماسی اروپا شکست خورده است.\n",
         "an outlet speaks the lead, not the analyst quoted after it"),
        ("منابع آگاه در تهران گفتند: مذاکرات هفته آینده از سر گرفته می‌شود.\n",
         "a plural verb: others speak the lead"),
        ("سازمان حفاظت محیط زیست در اطلاعیه‌ای اعلام کرد: شکار در این منطقه ممنوع است.\n",
         "a body speaks the lead"),
    ],
)
def test_a_lead_with_a_subject_of_its_own_keeps_no_speaker(lead: str, reason: str) -> None:
    speakers = _speakers(lead + _NAMED, [("رضا جلیلی", "PER")])
    assert speakers[0][1] is None, reason
    assert speakers[-1] == ("اگر دولت ", "رضا جلیلی")


def test_a_name_that_does_not_open_its_sentence_is_left_alone() -> None:
    named_inside = ("عضو کمیسیون برنامه درباره پرونده رضا جلیلی تصریح کرد: این پرونده باید "
                    "به دور از هیاهو بررسی شود.\n")
    speakers = _speakers(_LEAD + named_inside, [("رضا جلیلی", "PER")])
    assert speakers[0][1] is None and speakers[1][1] is None

