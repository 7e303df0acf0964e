"""Issue 6, session 22 (2026-12-07): a «خواستار» request with no «از» asks the doer of the act
it asks for, named in that act noun's genitive (``events.persian_asked_doers``). Study set 4's
«ایران خواستار کمک و همکاری سازمان ملل ... شد» had no target. Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import khabar
from khabar.doc import Entity
from khabar.entities.words import Word, words
from khabar.events.lexicon import TriggerHit
from khabar.events.participants import Mention
from khabar.events.persian_asked_doers import asked_doer
from khabar.events.trigger_rows import Trigger, compile_segments


def _asked(text: str) -> str | None:
    doc = khabar.process(text, meta={"date": "2025-01-20"})
    asked = [e for e in doc.events if e.type == "REQUEST"]
    assert len(asked) == 1
    return asked[0].target.name_en if asked[0].target else None


@pytest.mark.parametrize(("text", "target"), [
    # two act nouns joined by «و», then the doer
    ("ایران خواستار کمک و همکاری سازمان ملل در پیشگیری از اعتیاد شد.", "United Nations"),
    # an adjective between the noun and the doer
    ("عراق خواستار اقدام فوری شورای امنیت سازمان ملل شد.", "United Nations Security Council"),
])
def test_the_doer_of_the_act_asked_for_is_asked(text: str, target: str) -> None:
    assert _asked(text) == target


@pytest.mark.parametrize("text", [
    # «آزادی» is no act noun of the list: its genitive is the one freed, not the one asked
    "وزیر خارجه ایران خواستار آزادی دیپلمات‌های ربوده شده در عراق شد.",
    # a preposition opens another phrase: no genitive of the act noun
    "ایران خواستار همکاری بیشتر در مبارزه با مواد مخدر شد.",
])
def test_no_doer_no_target(text: str) -> None:
    assert _asked(text) is None


def _named(tokens: Sequence[Word], first: int, last: int, key: str) -> Mention:
    start, end = tokens[first].start, tokens[last].end
    text = " ".join(w.text for w in tokens[first : last + 1])
    head = Entity(start, end, type="LOC", text=text, key=key)
    return Mention(head=head, start=start, end=end, first=first, last=last, prep=None)


def test_the_actor_is_not_asked_by_its_key() -> None:
    # session 23 (engineer mend3): the actor is told by its merging key, not its text:
    # «جمهوری اسلامی ایران» is Iran, who asks; a name spelled as the actor's but keyed
    # apart is another party
    tokens = words("ایران خواستار اقدام فوری جمهوری اسلامی ایران شد")
    trigger = Trigger("خواستار {shodan}", "REQUEST", None, (), "subj", None, 0.7,
                      compile_segments("خواستار {shodan}"), "fa")
    hit = TriggerHit(tokens[1].start, tokens[7].end, 1, 7, trigger, "past", False)
    iran = _named(tokens, 4, 6, "geonames:130758")
    assert asked_doer(hit, tokens, [iran], "geonames:130758") is None
    assert asked_doer(hit, tokens, [iran], "geonames:99237") == iran
    alike = _named(tokens, 4, 6, "org:other")
    assert asked_doer(hit, tokens, [alike], iran.head.text) == alike
