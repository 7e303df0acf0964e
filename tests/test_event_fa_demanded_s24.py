"""Issue 6, session 24 (2026-12-07), engineer events_ask_fa: «خواستار ... شد» with the demanded
thing between is a past REQUEST read to its verb (triggers_fa.tsv), and the gap of a light-verb
row passes over a participle phrase inside it («ربوده شده») to the finite «شد» after it
(``lexicon.seek``), but not over a participle that is its clause's verb. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from doc_builders import fa_triggers

from khabar.events.lexicon import clause_words, compile_segments, seek


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("ایران خواستار آزادی فوری این دیپلمات‌ها شد.", "خواستار آزادی فوری این دیپلمات‌ها شد"),
        # the participle phrase «ربوده شده» is part of the demanded thing, not the verb
        ("وزیر خارجه ایران خواستار آزادی دیپلمات‌های ربوده شده در عراق شد.",
         "خواستار آزادی دیپلمات‌های ربوده شده در عراق شد"),
    ],
)
def test_the_demanded_thing_is_read_to_the_verb(text: str, trigger: str) -> None:
    assert ("REQUEST", trigger) in fa_triggers(text)


def _sought(text: str, after: int) -> str | None:
    """The words of ``text`` from word ``after`` to the light verb (شدن, آمدن) sought there."""
    tokens = clause_words(text)
    verb = "{amadan}" if "آمده" in text else "{shodan}"
    state = seek(text, tokens, after, compile_segments(verb)[0], spaced=True)
    return None if state is None else " ".join(w.text for w in tokens[after : state.index])


@pytest.mark.parametrize(
    ("text", "after", "found"),
    [
        # a participle phrase inside the gap, then the finite verb
        ("خواستار آزادی افراد بازداشت شده در مرز شد", 1, "آزادی افراد بازداشت شده در مرز شد"),
        # «شده و»: the participle is the verb of its clause, joined to the next one
        ("کاروان وارد استان شده و در انبارها تخلیه می‌شود", 2, "استان شده"),
        # a participle right where the gap opens, or one word in, is the nominal's own verb
        ("هیئت وارد شده به تهران رسید و وارد شد", 2, "شده"),
        ("از نتایج به دست آمده چنین بر می آید", 3, "دست آمده"),
        # no finite form after the participle: the participle is the verb
        ("خواستار آزادی افراد بازداشت شده", 1, "آزادی افراد بازداشت شده"),
    ],
)
def test_the_gap_passes_only_an_inner_participle(text: str, after: int, found: str) -> None:
    assert _sought(text, after) == found
