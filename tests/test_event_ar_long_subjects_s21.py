"""A long Arabic subject between a light verb and its noun: the posts read on after the name
go on past a post's genitive «لـ» («النائب الثاني لرئيس مجلس الوزراء وزير الدفاع»), so the
subject parts «عقد» from «اجتماعا» no more than a bare name; the parties are read as before.
Issue 6, session 21 (2026-12-06), engineer events_ar. Sentences written for these tests."""

from __future__ import annotations

from doc_builders import simple_doc

from khabar.doc import Event
from khabar.entities.words import words
from khabar.events.stage import find_events


def events_of(text: str) -> list[Event]:
    doc = simple_doc(text, "ar", published="2025-01-20T09:53:26+03:30", with_entities=True)
    return find_events(doc)


def test_posts_after_a_name_go_on_past_a_posts_genitive_lam() -> None:
    """«لرئيس» opens a post inside the prince's posts: the words up to «اجتماعا» are his
    name, his posts and where and when, as short a gap as «عقد الأمير اجتماعا»."""
    found = [e for e in events_of(
        "عقد صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني "
        "لرئيس مجلس الوزراء وزير الدفاع في مكتبه بجدة أمس، اجتماعا ثنائيا مع وزير الدفاع "
        "الأمريكي اشتون كارتر.") if e.type == "CONSULT"]
    assert found


def test_the_genitive_lam_opens_a_post_only_when_asked() -> None:
    """Only the gap between verb and noun reads «لرئيس» as a post (``subject_names``); the
    posts whose bodies are no party (``own_posts``) are read as before."""
    from khabar.events.arabic_names import _post_word

    lam, plain, other = words("لرئيس رئيس لمدينة")
    assert _post_word(lam, genitive_posts=True)
    assert not _post_word(lam)
    assert _post_word(plain)
    assert not _post_word(other, genitive_posts=True)
