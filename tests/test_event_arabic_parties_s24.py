"""Arabic event parties, session 24 (2026-12-07), issue 6 (events_parties_ar): the actor of
an Arabic act was the last name before it where the text names its subject further back.

- A verb joined by a comma and «و» to the clause before it shares that clause's subject:
  «أعرب الاتحاد الأوروبي عن بالغ القلق إزاء أعمال العنف بين الجيش التركي ومقاتلي حزب
  العمال، وطالب» made the PKK the one who asked (study5 saudinewsnet-2015-08-06-02036).
- The pronoun on the link right before the verb is the speaker even past a long adjunct
  between speaker and link («قال زعيم جماعة الحوثي في رسالة نشرت على حساب للجماعة على
  موقع تويتر إنه يرفض» made Twitter the one who refused; gold saudinewsnet-2015-07-26-01046).

Sentences written for these tests, entities given by hand."""

from __future__ import annotations

from doc_builders import doc_with

from khabar.events.stage import find_events

KB: dict[str, tuple[str, str | None]] = {
    "الاتحاد الأوروبي": ("org:eu", None), "الجيش التركي": ("org:tur-army", "TUR"),
    "حزب العمال": ("org:pkk", None), "جماعة الحوثي": ("org:houthis", "YEM"),
    "تويتر": ("org:twitter", None)}


def _sides(text: str, names: list[tuple[str, str]]) -> list[tuple[str | None, ...]]:
    events = find_events(doc_with(text, "ar", names, kb=KB))
    return [(e.type, e.actor.text if e.actor else None, e.target.text if e.target else None)
            for e in events]


def test_a_coordinated_verb_shares_the_first_clauses_subject() -> None:
    text = ("أعرب الاتحاد الأوروبي عن بالغ القلق إزاء أعمال العنف بين الجيش التركي ومقاتلي "
            "حزب العمال، وطالب بأن يكون الرد متناسبا.")
    found = _sides(text, [("الاتحاد الأوروبي", "ORG"), ("الجيش التركي", "ORG"),
                          ("حزب العمال", "ORG")])
    assert [a for kind, a, _ in found if kind == "REQUEST"] == ["الاتحاد الأوروبي"]


def test_a_coordinated_verb_with_its_own_subject_keeps_it() -> None:
    # the subject named after the verb is its own: the first clause's does not replace it
    text = ("أعرب الاتحاد الأوروبي عن بالغ القلق إزاء أعمال العنف، وطالب الجيش التركي "
            "حزب العمال بوقف الهجمات.")
    found = _sides(text, [("الاتحاد الأوروبي", "ORG"), ("الجيش التركي", "ORG"),
                          ("حزب العمال", "ORG")])
    assert [a for kind, a, _ in found if kind == "REQUEST"] == ["الجيش التركي"]


def test_a_verb_after_no_comma_keeps_the_name_before_it() -> None:
    text = "ذكرت مصادر أن حزب العمال طالب بوقف الهجمات."
    found = _sides(text, [("حزب العمال", "ORG")])
    assert [a for kind, a, _ in found if kind == "REQUEST"] == ["حزب العمال"]


def test_the_pronoun_link_is_the_speaker_past_a_long_adjunct() -> None:
    text = ("قال زعيم جماعة الحوثي في رسالة نشرت على حساب للجماعة على موقع تويتر إنه يرفض "
            "وقف إطلاق النار.")
    found = _sides(text, [("جماعة الحوثي", "ORG"), ("تويتر", "ORG")])
    assert [a for kind, a, _ in found if kind == "REJECT"] == ["جماعة الحوثي"]



def test_a_feminine_coordinated_verb_keeps_its_reading() -> None:
    # «ورفضت الشركات»: a feminine verb may agree with a subject no entity names
    text = ("أعرب الاتحاد الأوروبي عن بالغ القلق إزاء أعمال العنف بين الجيش التركي ومقاتلي "
            "حزب العمال، ورفضت بأن يكون الرد متناسبا.")
    found = _sides(text, [("الاتحاد الأوروبي", "ORG"), ("الجيش التركي", "ORG"),
                          ("حزب العمال", "ORG")])
    assert "الاتحاد الأوروبي" not in [a for kind, a, _ in found if kind == "REJECT"]


def test_a_name_deep_in_the_first_clause_is_not_its_subject() -> None:
    # «وأجرى الوزير الأمريكي ... لقاءات مع X، وعقد»: X stands in the object, far from the start
    text = ("وأجرى الوزير الأمريكي بعد وصوله إلى بغداد لقاءات مع الاتحاد الأوروبي وحزب العمال، "
            "وطالب بأن يكون الرد متناسبا.")
    found = _sides(text, [("الاتحاد الأوروبي", "ORG"), ("حزب العمال", "ORG")])
    assert "الاتحاد الأوروبي" not in [a for kind, a, _ in found if kind == "REQUEST"]
