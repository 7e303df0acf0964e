"""A Persian surname that is a common word spreads only from a name that vouches for it
(``persian_common_surnames``, issue 5, session 27 (2026-12-07): ent_fa12's rule, with
names_fa's given names of the KB and Arabic lists, «سید» before a given name, and the KB's
persons' names and surnames)."""

from __future__ import annotations

from khabar.doc import Entity
from khabar.entities.persian_common_surnames import drop_common_surnames
from khabar.entities.words import words
from khabar.kb.entries import load_kb


def _person(text: str, name: str, source: str, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    last = name.split()[-1]
    return Entity(start, start + len(name), type="PER", text=name, key=last, source=source)


def _spread(text: str, origin: str, word: str) -> list[Entity]:
    """The tagger's ``origin`` and the lone ``word`` found again after it."""
    first = _person(text, origin, "crf")
    again = _person(text, word, "surname", nth=1)
    return drop_common_surnames(words(text), [first, again], load_kb())


def test_phrase_read_as_a_name_spreads_nothing() -> None:
    # «وضعیت فعلی اعتیاد»: 'the current state of addiction' read as a person
    text = "ترسیم وضعیت فعلی اعتیاد در ایران. درمان اعتیاد دشوار است."
    kept = _spread(text, "فعلی اعتیاد", "اعتیاد")
    assert [e.text for e in kept] == ["فعلی اعتیاد"]


def test_arab_given_name_vouches() -> None:
    # «عبدالمجید» joined the given names from given_names_ar.txt this session
    text = "عبدالمجید ریاضی گفت که کار تمام است. ریاضی افزود که باید صبر کرد."
    assert len(_spread(text, "عبدالمجید ریاضی", "ریاضی")) == 2


def test_sayyid_given_name_vouches() -> None:
    text = "با کوشش سیدحسین نصر بسط می‌یابد. نصر در این خصوص می‌گوید که دین مطلق است."
    assert len(_spread(text, "سیدحسین نصر", "نصر")) == 2


def test_kb_surname_spreads() -> None:
    # «مقتدا» is a common word ('model'), but the KB knows «صدر» (Muqtada al-Sadr)
    text = "هزار طرفدار مقتدا صدر تظاهرات کردند. صدر خواستار آرامش شد."
    assert len(_spread(text, "مقتدا صدر", "صدر")) == 2
