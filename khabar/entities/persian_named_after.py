"""Persian bodies named after a person (issue 5, session 16 (2026-12-06)).

Iranian universities, hospitals, foundations and institutes are often named after a martyr,
an imam or a cleric, written after the head noun and its ezafe chain with the honorific the
person bears: «دانشگاه علوم پزشکی شهید بهشتی», «بیمارستان امام خمینی», «مؤسسه آموزشی و
پژوهشی امام خمینی», «کمیته امداد امام خمینی». The honorific and the name close the
genitive as a place does in ``persian_described_bodies`` («انجمن دیابت ایران»): the body's
name is the head, its chain, the honorific and the name, and the town after the name when
one follows («بیمارستان امام رضا مشهد»: a place in the name's genitive stays, as the gold
keeps «بیمارستان 17 شهریور برازجان»). The tagger, with no capitals to go by, missed such
names or read the person alone («خمینی»), which is no mention of that person: the person
names the body (bench/data/ENTITIES-GOLD.md: a named hospital is ORG; «مركز الملك سلمان
للإغاثة» is one body).

The honorifics are data (``described_bodies_fa.tsv``, kind ``opener``), and so are the heads:
the heads of ``persian_described_bodies`` and the kind ``named_head`` («بیمارستان», which
takes a person's or a date's name, never a described chain and a place). The name is the
person an earlier rule found right after the honorific, else one word that may be a name (no
function word, number or verb, nor a word that makes a post or an epithet with the honorific:
«امام جمعه» is a title, ``holy_epithets_fa.txt``). No name is read where the chain
breaks before the honorific (a mark, a verb, a function word, as in
``persian_described_bodies``), where «و» and another word follow the name (the name goes on:
«پژوهشکده امام خمینی و انقلاب اسلامی»), after a generic use of the head («این دانشگاه»),
or where anything but the tagger's organisations and places, and the person named, lies in
the span (a listed body, another person). Venues named so («ورزشگاه شهید بهشتی», «فرودگاه
امام») have no head here: the gold does not label stadiums and airports.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache

from khabar.doc import GAZETTEER_SOURCE, TAGGER_SOURCE, Entity
from khabar.entities.persian_described_bodies import (
    AND,
    LONGEST_CHAIN,
    VERB_OPENINGS,
    chain_step,
    described_heads,
    described_table,
    generic_use,
    in_chain,
)
from khabar.entities.persian_rules import with_listed_org
from khabar.entities.persian_tidy import is_word
from khabar.entities.titles import stopwords
from khabar.entities.words import Word, listed_keys, phrase_key

Span = tuple[int, int]


@lru_cache(maxsize=1)
def _named_heads() -> frozenset[str]:
    return described_heads() | described_table().get("named_head", frozenset())


def _openers() -> frozenset[str]:
    return described_table().get("opener", frozenset())


def _epithets() -> frozenset[str]:
    """Words that make a post or an epithet with an honorific, no name («امام جمعه»)."""
    return listed_keys("entities/holy_epithets_fa.txt")


def _name_word(word: Word) -> bool:
    """A word that may be a person's name after an honorific."""
    folded = word.folded
    return (is_word(word) and not any(c.isdigit() for c in folded)
            and folded not in stopwords() and folded not in _named_heads()
            and phrase_key(word.text) not in _epithets()
            and not word.text.startswith(VERB_OPENINGS))


def _spaced(text: str, left: Word, right: Word) -> bool:
    return text[left.end:right.start] in (" ", "\u200c")


def _person_end(text: str, tokens: Sequence[Word], k: int, persons: dict[int, Entity],
                places: dict[int, Entity]) -> int | None:
    """The end of the name after the honorific at ``k`` (and of the town after it), or None."""
    j = k
    while j + 1 < len(tokens) and tokens[j + 1].folded in _openers() \
            and _spaced(text, tokens[j], tokens[j + 1]):
        j += 1  # «حضرت امام خمینی»
    if j + 1 >= len(tokens) or not _spaced(text, tokens[j], tokens[j + 1]):
        return None
    name = tokens[j + 1]
    person = persons.get(name.start)
    if person is None and not _name_word(name):
        return None
    end = person.end if person is not None else name.end
    after = next((m for m in range(j + 2, len(tokens)) if tokens[m].start >= end), len(tokens))
    if after < len(tokens) and text[end:tokens[after].start] == " ":
        if tokens[after].start in places:
            return places[tokens[after].start].end
        if tokens[after].folded == AND and after + 1 < len(tokens) \
                and in_chain(tokens[after + 1]):
            return None  # the name goes on after «و»
    return end


def _named_span(text: str, tokens: Sequence[Word], i: int, persons: dict[int, Entity],
                places: dict[int, Entity]) -> tuple[int, int] | None:
    """(start of the honorific, end of the name) of the body opened by the head at ``i``."""
    count = 0
    for k in range(i + 1, min(len(tokens), i + 3 * LONGEST_CHAIN)):
        word = tokens[k]
        if "\n" in text[tokens[k - 1].end:word.start]:
            return None
        if word.folded in _openers():
            end = _person_end(text, tokens, k, persons, places)
            if end is not None:
                return word.start, end
        step = chain_step(tokens, k, count)
        if step is None:
            return None
        count = step
    return None


def _free(found: Sequence[Entity], span: Span, person_from: int,
          known: Collection[str]) -> bool:
    """Whether only the tagger's organisations and places, and persons from the honorific
    on, lie in ``span``, none of those organisations a listed or KB body's name."""
    start, stop = span
    for e in found:
        if e.start < stop and start < e.end:
            if not (start <= e.start and e.end <= stop) or (e.start, e.end) == span:
                return False
            if e.type == "PER":
                if e.start < person_from:
                    return False
            elif e.source not in (TAGGER_SOURCE, GAZETTEER_SOURCE) or (
                    e.type == "ORG" and phrase_key(e.text) in known):
                return False
    return True


def named_after_bodies(text: str, tokens: Sequence[Word], kept: Sequence[Entity],
                       known: Collection[str] = frozenset()) -> list[Entity]:
    """``kept`` with the bodies named after a person (see the module); ``known`` holds the
    phrase keys of the listed and the KB's Persian body names."""
    out = list(kept)
    places = {e.start: e for e in kept if e.type == "LOC" and e.source == GAZETTEER_SOURCE}
    for i, word in enumerate(tokens):
        if word.folded not in _named_heads() or generic_use(tokens, i):
            continue
        persons = {e.start: e for e in out if e.type == "PER"}
        found = _named_span(text, tokens, i, persons, places)
        if found is None or not _free(out, (word.start, found[1]), found[0], known):
            continue
        out = with_listed_org(out, text, word.start, found[1])
    return sorted(out, key=lambda e: e.start)
