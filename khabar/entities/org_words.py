"""The words of ``org_patterns``' Arabic organisation names (split out of it, session 16
(2026-12-06)): its heads, adjectives and non-adjectives (data:
``resources/entities/org_patterns_ar.tsv``), and the tests of one word: a head with or
without the article, a definite word or an adjective that may go on a name, «و» + a
coordinated definite word, and the word's rest after a proclitic.
"""

from __future__ import annotations

from functools import cache

from khabar.entities.common_words import function_words
from khabar.entities.gazetteer import Word
from khabar.entities.phrases import clitic_variants
from khabar.entities.titles import role_words
from khabar.entities.words import keys_by_kind, listed_keys

MIN_DEFINITE = 4
"""Letters of a definite word of a name, the article included («الأمن»)."""


def words_by_kind() -> dict[str, frozenset[str]]:
    return keys_by_kind("entities/org_patterns_ar.tsv")


def role_modifiers() -> frozenset[str]:
    return listed_keys("entities/role_modifiers.txt")


def name_adjectives() -> frozenset[str]:
    """Adjectives of a body's name that are no nisba («العام», «الدولي» is read by its
    ending): after a titled person's name they describe the body named after him."""
    return words_by_kind()["adjective"]


def not_adjectives() -> frozenset[str]:
    """Definite words that never go on a name (relative pronouns, adjectives of time or
    order, weekdays)."""
    return words_by_kind()["not_adjective"]


def heads() -> frozenset[str]:
    return words_by_kind()["head"]


def titled_heads() -> frozenset[str]:
    """Nouns that head a name only before a titled person's («مستشفى الملك فهد»)."""
    return words_by_kind().get("titled_head", frozenset())


def definite_heads() -> frozenset[str]:
    return words_by_kind()["definite_head"]


def complemented_heads() -> frozenset[str]:
    """Definite nouns that name a body only with an adjective and a complement after it
    («الشركة السعودية للكهرباء», «الإدارة العامة للمرور»): alone with an adjective they
    refer to one («الشركة الإسبانية», «الإدارة الأمريكية»)."""
    return words_by_kind().get("complemented_head", frozenset())


def kind_nouns() -> frozenset[str]:
    return words_by_kind()["kind_noun"]


def article_start(word: Word, skip: int, rest: str) -> int:
    """Where a word read as proclitic + ``rest`` starts its definite rest: «للإغاثة» is
    ل + «الإغاثة» written with one lam, so the rest's article starts at its second letter."""
    if rest.startswith("ال") and not word.folded[skip:].startswith("ال"):
        return skip - 1
    return skip


def is_definite(folded: str) -> bool:
    return (folded.startswith("ال") and len(folded) >= MIN_DEFINITE
            and folded not in words_by_kind()["not_adjective"]
            and folded not in function_words())


def is_name_adjective(folded: str) -> bool:
    """Whether a folded definite word is an adjective that may go on a name: a listed
    adjective or a nisba («العامة», «الأدبي»), no adjective of time or order."""
    if not is_definite(folded):
        return False
    return folded in words_by_kind()["adjective"] or folded.endswith(("ي", "يه"))


def is_coordinated(word: Word) -> bool:
    """«و» + a definite word that goes on the name: no role or its modifier («جامعة الملك
    فهد للبترول والمعادن والمستشار السابق»: the next phrase is the person's post), and no
    head of a body, which starts a second name («الاتحاد السعودي لكرة القدم والاتحاد
    الآسيوي», «وزارة الصحة السعودية والهيئة العامة للغذاء»)."""
    rest = with_clitic(word, "و") or ""
    bare = rest[2:]
    return (is_definite(rest) and not {rest, bare} & role_words()
            and not {rest, bare} & role_modifiers()
            and rest not in definite_heads() and bare not in heads())


def head_at(word: Word) -> tuple[int, bool] | None:
    """(characters of proclitic skipped, whether the head has the article)."""
    kinds = _head_kinds()
    for skip, rest in clitic_variants(word):
        definite = kinds.get(rest)
        if definite is None:
            continue
        return (article_start(word, skip, rest), True) if definite else (skip, False)
    return None


@cache
def _head_kinds() -> dict[str, bool]:
    """Each head word -> whether ``head_at`` reads it with the article: one lookup a word
    in place of five lists' (``head_at`` asks it of every Arabic word; issue 8). A word of
    both groups is a bare head, as ``head_at`` tested those first."""
    kinds = dict.fromkeys(definite_heads() | complemented_heads() | trade_heads(), True)
    kinds.update(dict.fromkeys(heads() | titled_heads(), False))
    return kinds


def trade_heads() -> frozenset[str]:
    return words_by_kind().get("trade_head", frozenset())


def rest_at(word: Word, skip: int) -> str:
    return next(rest for n, rest in clitic_variants(word) if n == skip)


def has_article(word: Word, skip: int = 0) -> bool:
    """Whether the word, past ``skip`` proclitic letters, is written with the article:
    folding makes «ألمانية» and «إلى» look like it; «للإغاثة» is ل + «الإغاثة»."""
    return word.text[skip:].startswith("ال") or (skip == 2 and word.text.startswith("لل"))


def with_clitic(word: Word, clitic: str) -> str | None:
    """The word's rest after the proclitic ``clitic`` («و», «ل»), folded; a definite
    one first («للإغاثة» is ل + «الإغاثة» before it is ل + «لإغاثة»)."""
    rests = [(skip, rest) for skip, rest in clitic_variants(word)
             if skip and word.text.startswith(clitic)]
    definite = [rest for skip, rest in rests if rest.startswith("ال") and has_article(word, skip)]
    others = [rest for _, rest in rests if not rest.startswith("ال")]
    return next(iter(definite + others), None)
