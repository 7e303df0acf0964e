"""Search at scale: the bounded ranking (``search.max_ranked``) and the fast hit finder
that snippets use must give the answers of the plain, slow way."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from khabar.doc import Doc
from khabar.normalize.fold import fold, fold_with_map
from khabar.settings import Settings
from khabar.store import Store, open_store
from khabar.store.search import _TOKEN, Term, _matches, first_hit, parse_query


def doc(text: str, title: str | None = None) -> Doc:
    return Doc(raw=text, lang="fa", title=title, published="2025-01-20T09:53:26+03:30")


@pytest.fixture
def open_with(store_target: str) -> Iterator[object]:
    opened: list[Store] = []

    def opener(max_ranked: int) -> Store:
        store = open_store(store_target, settings=Settings({"search.max_ranked": max_ranked}))
        opened.append(store)
        return store

    yield opener
    for store in opened:
        store.close()


def test_a_title_hit_outranks_a_body_hit(open_with) -> None:  # type: ignore[no-untyped-def]
    store = open_with(0)
    body = store.add(doc("گزارش دربارهٔ سفر باقری به کراچی و دیدار با مقامات.", title="دیدار"))
    titled = store.add(doc("گزارش دربارهٔ سفر به کراچی و دیدار با مقامات.", title="سفر باقری"))
    assert [hit.id for hit in store.search("باقری")] == [titled.id, body.id]


def test_only_the_newest_matches_are_ranked_when_capped(open_with) -> None:  # type: ignore[no-untyped-def]
    store = open_with(0)
    best = store.add(doc("باقری باقری باقری در کراچی.", title="باقری"))  # added first
    newer = [store.add(doc(f"خبر شماره {n} دربارهٔ باقری و مسائل دیگر منطقه.")) for n in range(3)]
    assert store.search("باقری", limit=1)[0].id == best.id  # 0: every match is ranked
    capped = open_with(2)
    found = [hit.id for hit in capped.search("باقری", limit=10)]
    assert len(found) == 2 and set(found) <= {added.id for added in newer}, \
        "with a cap of 2 only the two newest matches may be ranked and returned"


def test_a_cap_larger_than_the_matches_changes_nothing(open_with) -> None:  # type: ignore[no-untyped-def]
    store = open_with(0)
    for n in range(6):
        store.add(doc(f"باقری {'و کراچی ' * n}خبر {n}"))
    uncapped = [(hit.id, hit.score) for hit in store.search("باقری")]
    assert [(hit.id, hit.score) for hit in open_with(6).search("باقری")] == uncapped


def reference_first_hit(text: str, terms: list[Term]) -> tuple[int, int] | None:
    """The plain way: fold the whole text with an offset map, compare token by token."""
    folded, offsets = fold_with_map(text)
    for match in _TOKEN.finditer(folded):
        if any(_matches(match.group(), term) for term in terms):
            return offsets.span(match.start(), match.end())
    return None


# Letters in several spellings, marks that fold away, separators, and characters the
# fast finder cannot tabulate (Hangul syllables, astral emoji, a dotted capital I).
ALPHABET = [*"باقریيکكاأإآةهمحدن ", "\u200c", "\u0640", "\u064e", "\u0651", "ء",
            *"eéEÉİ.،:«»-19۱٩", "\u200f", "가", "🙂", "\ufe8d", "\ufefb"]
texts = st.text(alphabet=ALPHABET, max_size=80)


def _hit_token(text: str, span: tuple[int, int]) -> tuple[int, str]:
    """Where a hit starts in the folded text, and what it folds to."""
    return len(fold(text[:span[0]])), fold(text[span[0]:span[1]])


@settings(max_examples=400, deadline=None)
@given(texts, texts, st.booleans())
@example("سرلشکر مُحَمَّد باقري، رئیس", "باقری", False)
@example("می\u200cشود شود", "شود", False)
@example("ـباقري و وباقری", "باقری", False)
@example("café CAFE", "cafe", False)
@example("اسلام\u200cآباد", "اسلاماباد", False)
@example("باقریان باقری", "باقر", True)
def test_the_fast_hit_finder_agrees_with_the_plain_way(text: str, query: str,
                                                      prefix: bool) -> None:
    terms = parse_query(query + ("*" if prefix else ""))
    expected, found = reference_first_hit(text, terms), first_hit(text, terms)
    assert (expected is None) == (found is None), (expected, found)
    if expected is not None and found is not None:
        assert _hit_token(text, found) == _hit_token(text, expected)


def _occurrence(text: str, part: str, n: int) -> int:
    at = -1
    for _ in range(n):
        at = text.index(part, at + 1)
    return at


# (text, query, the hit's text, which occurrence of it in the text, why)
@pytest.mark.parametrize(("text", "query", "hit", "nth", "why"), [
    ("سرلشکر باقري گفت", "باقری", "باقري", 1, "Arabic yeh in the text"),
    ("او می\u200cشود و شود", "شود", "شود", 2, "after a ZWNJ is inside a word"),
    ("وباقری و ـباقری", "باقری", "باقری", 2, "a tatweel folds away, a clitic waw does not"),
    ("آغاز " * 400 + "باقری", "باقری", "باقری", 1, "a hit far beyond the first chunk"),
    ("باقریان", "باقر*", "باقریان", 1, "a prefix term shows the whole word"),
])
def test_hits_found_far_and_near(text: str, query: str, hit: str, nth: int, why: str) -> None:
    span = first_hit(text, parse_query(query))
    assert span is not None and text[span[0]:span[1]] == hit, why
    assert span[0] == _occurrence(text, hit, nth), why
