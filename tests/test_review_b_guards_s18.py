"""Guards of session 18's event and quote readings that no test held (review B, session 18
(2026-12-06): each case below passes with its guard and fails with the guard removed)."""

import khabar


def _parties(text: str, kind: str) -> list[tuple[str | None, str | None]]:
    doc = khabar.process(text, meta={"date": "2015-08-11"})
    return [(e.actor.text if e.actor else None, e.target.text if e.target else None)
            for e in doc.events if e.type == kind]


def test_a_bare_subject_before_lam_is_no_owners_post() -> None:
    # arabic_owners: only a definite noun with its adjective («الأمانة العامة لمجلس ...») is a
    # post of the «ل» phrase's body; a bare «الغرب» is the whole subject and «لطهران» the
    # one it gives way to, not the actor (unlabelled SaudiNewsNet: «تنازل الغرب لطهران»)
    found = _parties("وتنازل الغرب لطهران عن شروطه.", "CONCEDE")
    assert found and all(actor != "طهران" for actor, _ in found), found


def test_the_subject_told_before_tarrada_is_the_target() -> None:
    # arabic_undergone._patient: a name right before «تعرضت» is its subject, the one attacked
    found = _parties("الطفلة زينب تعرضت لهجوم من قبل مسلحين.", "ASSAULT")
    assert ("مسلحين", "زينب") in found, found


def test_welcoming_a_plural_thing_is_support() -> None:
    # persian_welcomes._thing: a listed head with a plural ending («پیشنهادهای», «تلاش‌ها»)
    doc = khabar.process("برزیل از پیشنهادهای صلح ایران استقبال کرد.",
                         meta={"date": "2015-08-11"})
    assert [(e.type, e.actor.text if e.actor else None) for e in doc.events] \
        == [("SUPPORT", "برزیل")], doc.events


def test_an_office_far_after_the_last_quote_does_not_go_on() -> None:
    # quote_turns.office_goes_on: only within CONTINUE_REACH characters of the quote before
    from doc_builders import doc_with

    from khabar.events.quotes import find_quotes
    from khabar.text.sentences import split_sentences

    holder = "غلامعلی صفایی‌بوشهری"
    filler = "اقتصاد کشور در سال‌های اخیر با مشکلات زیادی روبرو بوده است. " * 9
    text = (f"آیت الله {holder} امروز در خطبه‌های نماز جمعه اظهار داشت: اقتصاد مقاومتی برای "
            "کشور بسیار مهم است و همه دستگاه‌ها باید در این راه تلاش کنند.\n" + filler
            + "\nامام جمعه بوشهر گفت: احترام به نظرات شورای نگهبان لازم است.")
    doc = doc_with(text, "fa", [(holder, "PER"), ("بوشهر", "LOC")],
                   kb={"بوشهر": ("geonames:139817", "IRN")})
    doc.sentences = split_sentences(text)
    speakers = [q.speaker.text if q.speaker else None for q in find_quotes(doc)]
    assert speakers[0] == holder and speakers[-1] != holder, speakers
