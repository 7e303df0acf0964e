"""Links the exact names miss: foreign names spelled another way, organisations named
with their country.

Persian and Arabic write the vowels of foreign names as they please («ولادمیر» /
«ولادیمیر» Vladimir, «مقتدا» / «مقتدی» Muqtada, «الصدر» / «صدر»): a person's name of two
words or more whose consonants (``khabar.stories.names.skeleton``, word by word) are those
of exactly one KB person's name links to that person, when the countries agree and no
word of the two is a different listed given name («حسین» is not «حسن» misspelt). A lone
word never: its consonants say too little. An organisation named with its country
(«قوه قضائیه ایران») links to the KB organisation of that name and country, and any
organisation without a country takes the one country its name holds.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from khabar.entities.gazetteer import words
from khabar.entities.orgs import org_index
from khabar.entities.titles import given_names
from khabar.kb.entries import KbEntry, KnowledgeBase, per_kb
from khabar.normalize.fold import fold
from khabar.normalize.skeleton import MIN_SKELETON, letter_map, skeleton
from khabar.resources import load_lines

MIN_WORDS = 2
"""Fewest words of a name linked by its consonants."""
ARTICLE = "ال"
FINAL_ALIFS = ("ا", "ى")
"""A final alif or alif maqsura, which Persian and Arabic write for one another."""

Named = tuple[KbEntry, str]


def name_skeleton(name: str) -> str | None:
    """The consonants of each word of a name, or None when a word has none or the whole
    says too little («علی» alone)."""
    parts = [skeleton(fold(w)) for w in name.split()]
    if len(parts) < MIN_WORDS or not all(parts) or len("".join(parts)) < MIN_SKELETON:
        return None
    return " ".join(parts)


@per_kb
def _skeletons(kb: KnowledgeBase) -> dict[str, list[Named]]:
    """Skeleton -> the KB persons with a name of that skeleton, and that name (built once
    per KB)."""
    index: dict[str, list[Named]] = defaultdict(list)
    for entry in kb.entries.values():
        if entry.type != "PER":
            continue
        for lang, names in entry.names.items():
            for name in names if lang != "en" else ():
                key = name_skeleton(name)
                if key is not None:
                    index[key].append((entry, name))
    return dict(index)


def link_variant(kb: KnowledgeBase, name: str, country: str | None) -> KbEntry | None:
    """The one KB person whose name has the consonants of ``name`` (titles stripped by
    the caller), if its country does not contradict the mention's."""
    key = name_skeleton(name)
    named = _skeletons(kb).get(key, []) if key else []
    found = list({entry.id: entry for entry, _ in named}.values())
    if len(found) != 1 or (country is not None and found[0].country not in (None, country)):
        return None
    strict = found[0].country in native_countries()
    return found[0] if any(not _other_names(name, theirs)
                           and (not strict or _same_spelling(name, theirs))
                           for _, theirs in named) else None


@lru_cache(maxsize=1)
def native_countries() -> frozenset[str]:
    """Countries whose persons' names Arabic script spells one way
    (``resources/kb/native_script_countries.txt``)."""
    return frozenset(load_lines("kb/native_script_countries.txt"))


def _spelled(word: str) -> str:
    """A folded word without the article, Persian letters as Arabic writes them and a
    final alif as alif maqsura («مقتدا» = «مقتدی»), its vowel letters kept."""
    folded = fold(word)
    if folded.startswith(ARTICLE) and len(folded) > len(ARTICLE) + 2:
        folded = folded[len(ARTICLE):]
    folded = folded.translate(letter_map())
    return folded[:-1] + "ي" if folded[-1:] in FINAL_ALIFS else folded


def _same_spelling(mine: str, theirs: str) -> bool:
    """Are the two names (of a person of a native-script country) one spelling, word by
    word, but for the article and a final alif («مقتدا الصدر» = «مقتدی صدر»)? A vowel
    letter added or dropped makes another name: «محمد باقر» is not «محمد باقری», nor
    «محمد سالم» «محمد اسلامی»."""
    a, b = mine.split(), theirs.split()
    return len(a) == len(b) and all(_spelled(x) == _spelled(y) for x, y in zip(a, b, strict=True))


def _other_names(mine: str, theirs: str) -> bool:
    """Do the two names differ in a word both spell as a listed given name («حسین» and
    «حسن» are two names, not two spellings of one), or in a word both write with the
    Arabic article? Such a word is Arabic, and Arabic spells its long vowels: «الثني»
    (al-Thinni) is not «الثاني» (the Second) misspelt. (Every article word of the KB's
    persons is an Arabic one; a foreign name that opens with the letters, «البرت», would
    need its spellings listed.)"""
    listed = given_names()
    return any(fold(a) != fold(b) and (bool(listed.get(a) and listed.get(b))
                                       or (_article(a) and _article(b)))
               for a, b in zip(mine.split(), theirs.split(), strict=False))


def _article(word: str) -> bool:
    return fold(word).startswith(ARTICLE)


def _countries(name: str) -> list[tuple[int, int, str]]:
    """(first, end, alpha-3) of the country names and nationality adjectives in a name,
    word ranges."""
    tokens = words(name)
    found = []
    i = 0
    while i < len(tokens):
        match = org_index().countries.match_at(name, tokens, i)
        if match is None:
            i += 1
        else:
            found.append((i, match.last + 1, match.value))
            i = match.last + 1
    return found


def name_country(name: str) -> str | None:
    """The one country an organisation's name holds («سفارت ایران», «حزب الله لبنان»);
    None for none or several («سفارت ایران در عراق»)."""
    codes = {code for _, _, code in _countries(name)}
    return codes.pop() if len(codes) == 1 else None


def link_org_of_country(kb: KnowledgeBase, name: str) -> KbEntry | None:
    """The KB organisation a name ending in its country names («قوه قضائیه ایران» ->
    «قوه قضائیه», of IRN), when exactly one of that name is of that country."""
    found = _countries(name)
    if not found or found[-1][1] != len(words(name)) or found[-1][0] == 0:
        return None
    rest = name[:words(name)[found[-1][0]].start].strip()
    code = found[-1][2]
    here = [e for e in kb.named(rest, "ORG") if e.country == code]
    return here[0] if len(here) == 1 else None

