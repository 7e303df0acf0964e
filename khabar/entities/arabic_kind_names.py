"""An Arabic body named bare right after a noun of its kind: «شركة تاكيدا», «موقع تويتر»,
«لبنك برقان», «قناة mbc», «شبكة حقاني». In the construct «شركة X» the genitive names the
company; where the tagger reads nothing there (a foreign name it has not seen), the word is
the body's name when it cannot be a common noun or adjective of the construct («شركة طيران»,
«موقع إخباري», «شبكة لتجنيد مقاتلين»): no article, not one of ANERcorp's common words
(``common_words_ar.txt.gz``), nor such a word behind a proclitic, no ending of a feminine,
a plural or a pronoun («شركة تابعة», «مجموعة فروع»…«ات», «تطبيق رؤيتها»), no nisba whose
definite or feminine form is common («موقع إسباني»), no place, nationality or given name.
The name is one word, read only where it ends there: before a mark, a number, a line's
end, a «و» or «ل» word («للمستحضرات»), a title or a given name («نادي هجر أحمد بن
يوسف»), a definite nisba («عكاظ الإلكتروني»; not
«البيئة», which folds like one) or a closing word of ``kind_names_ar.tsv`` (a
preposition, a relative, a day); a longer name
(«أعناب دانية», «ديار النعيم») is left to the tagger. The noun stays out, as the gold leaves
a noun of kind out (bench/data/ENTITIES-GOLD.md: «شركة «بيكر هيوز»»); no name is added
where an entity covers the word. A word so read is the name wherever else it follows a
noun of kind in the article («بنادي هجر تدريباته»). Session 17 (2026-12-06), issue 5,
engineer ent_ar_orgs. Session 21 (engineer ent_ar): no name after a noun of kind that
follows a number or a word of magnitude, which counts things («133 مليون سهم توزعت»,
«60 شركة إسكان»), nor a word in «لل» («شبكة للري»: «ل» on the article, its alif dropped).
Session 21 (engineer ent_ar2): no head written with a final «ه», which is a verb or a noun
with a pronoun («بيان أذاعه صحافي» 'broadcast it').
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import Entity
from khabar.entities.common_words import magnitude_words
from khabar.entities.gazetteer import Word, demonyms, phrase_key, place_index
from khabar.entities.org_words import is_name_adjective
from khabar.entities.phrases import clitic_variants
from khabar.entities.titles import given_names, titles
from khabar.entities.words import fold_word, folded_words, keys_by_kind, listed_keys

SOURCE = "kind_name"
ENDINGS = ("ة", "ات", "ين", "ون")
"""Endings of a feminine noun or adjective and of sound plurals: no foreign name's."""
PROCLITICS = "وبلفك"


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    return folded_words("entities/common_words_ar.txt.gz")


@lru_cache(maxsize=1)
def person_common_words() -> frozenset[str]:
    """Words never inside a person in ANERcorp or NewsFANE and written with the article in
    SaudiNewsNet (``khabar.train.person_common_words_ar``); read by
    ``arabic_word_persons`` and ``org_patterns``."""
    return folded_words("entities/person_common_words_ar.txt.gz")


@lru_cache(maxsize=1)
def _pronoun_suffixes() -> tuple[str, ...]:
    return tuple(listed_keys("entities/pronoun_suffixes_ar.txt"))


def _kind(word: str, kind: str) -> bool:
    return phrase_key(word) in keys_by_kind("entities/kind_names_ar.tsv").get(kind, frozenset())


def _head(word: Word) -> bool:
    """Whether ``word``, a proclitic stripped, is a listed noun of kind. Folding writes
    «ة» as «ه», but no head ends in «ه» as written: a word that does is a verb or a noun
    with a pronoun («بيان أذاعه صحافي» 'broadcast it', «مجموعه» 'its total'; SaudiNewsNet
    writes «شركة» 1647 times and «شركه» never). Session 21, engineer ent_ar2."""
    if word.text.endswith("ه"):
        return False
    # the list once, not per variant: asked of every Arabic word
    heads = keys_by_kind("entities/kind_names_ar.tsv").get("head", frozenset())
    return any(phrase_key(rest) in heads for _, rest in clitic_variants(word))


def _commonish(text: str) -> bool:
    """Whether the word is a common word, or one behind a proclitic, or a nisba whose
    definite or feminine form is one."""
    common = common_words()
    if fold_word(text) in common:
        return True
    if text.startswith("لل"):
        return True  # «ل» on the article, its alif dropped («شبكة للري»)
    if text[0] in PROCLITICS and (text[1:].startswith("ال") or fold_word(text[1:]) in common):
        return True
    return text.endswith("ي") and (fold_word("ال" + text) in common
                                  or fold_word(text + "ة") in common)


def bare_name_word(text: str, tokens: Sequence[Word], k: int) -> bool:
    """Whether ``tokens[k]`` can be a body's bare name (see the module)."""
    word = tokens[k].text
    if not word.isalpha() or len(word) < 3 or word.startswith("ال") or word.endswith(ENDINGS):
        return False
    if fold_word(word).endswith(_pronoun_suffixes()) or _commonish(word):
        return False
    if word in demonyms() or word in given_names():
        return False
    return place_index().match_at(text, tokens, k) is None


def _closes(text: str, tokens: Sequence[Word], k: int) -> bool:
    """Whether the name ending at ``tokens[k]`` ends there (see the module)."""
    if k + 1 >= len(tokens) or "\n" in text[tokens[k].end:tokens[k + 1].start]:
        return True
    nxt = tokens[k + 1].text
    if not nxt[:1].isalpha() or (nxt[:1] in "ول" and len(nxt) > 2):
        return True
    if _kind(nxt, "end") or nxt in titles() or nxt in given_names():
        return True
    return nxt.endswith(("ي", "ية")) and is_name_adjective(fold_word(nxt))


def _counted(tokens: Sequence[Word], k: int) -> bool:
    """Whether the noun of kind at ``k`` follows a number or a word of magnitude: a count
    of things («133 مليون سهم توزعت»: shares), not a body's kind."""
    before = tokens[k - 1] if k > 0 else None
    return before is not None and (any(ch.isdigit() for ch in before.text)
                                   or before.folded in magnitude_words())


def kind_names(text: str, tokens: Sequence[Word], kept: list[Entity]) -> list[Entity]:
    """``kept`` with the bodies named bare after a noun of their kind (see the module); a
    name read so is also the name where the same word follows a noun of kind again in the
    article, whatever comes after it («نادي هجر» ... «بنادي هجر تدريباته»)."""
    candidates = [k for k in range(1, len(tokens))
                  if text[tokens[k - 1].end:tokens[k].start] == " "
                  and tokens[k - 1].text[:1].isalpha() and _head(tokens[k - 1])
                  and not _counted(tokens, k - 1)
                  and not any(e.start < tokens[k].end and tokens[k].start < e.end for e in kept)
                  and bare_name_word(text, tokens, k)]
    named = {tokens[k].text for k in candidates if _closes(text, tokens, k)}
    found = [Entity(tokens[k].start, tokens[k].end, type="ORG", text=tokens[k].text,
                    key=f"org:{phrase_key(tokens[k].text)}", source=SOURCE)
             for k in candidates if tokens[k].text in named]
    if not found:
        return kept
    return sorted(kept + found, key=lambda e: (e.start, e.end))
