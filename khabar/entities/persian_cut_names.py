"""A Persian person that is a given name alone takes the word after it as its surname (issue 5,
session 13 (2026-12-05)).

Persian news names a living person in full at the first mention and by surname after; a given
name alone is no way to name one, but the tagger reads surnames that are also common words as
words: «[ناصر] علاقه‌مندان» ('fans'), «[محمد] ارزنده» ('valuable'), «[جواد] قناعت»
('contentment'), «[محمد] نیازی» ('needy'), and keeps the given name only. A person whose one
word is a given name (``given_names.txt`` or the rules' own ``given_names_fa.txt``, which leave
out given names that are common words) is lengthened over the next word when a space (no line
break) parts them and that word can be a surname: a word of letters, no digit, no finite verb
nor light verb's form, no function word, common verb, role or time word
(``name_stopwords.txt``), no place, held by no other entity, not the noun of a compound verb (a
light verb's form right after it: «[علی] دستگیر شدند»), and none of the commonest words of the
lexicon (``MAX_SURNAME_WEIGHT``) unless what the person said follows it («[محمد‌حسین] فرهنگی
امروز در گفتگو با»: ``persian_said``, session 23). The given name must open the name: a mark, a
function word or a place before it, not a word that could be the name's first («صدام [حسین]
مورد حمله»), nor one that names the holy or a sheikh by the given name alone («امام [حسین]»,
«حضرت [زهرا] الگوی ...»: ``lone_name_titles_fa.txt``). Where the article has the same given
name alone with another word after it, it names the person so («محسن و [علی] دستگیر ...», crime
stories) and none of its mentions grows; a person the title rule found (its role set) is left.
A surname so found takes the end of a compound surname written apart after it, as the tagger's
persons do («[مرتضی] اسلام زاده»: ``persian_tidy.with_surname_suffix``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import Entity
from khabar.entities.gazetteer import place_index
from khabar.entities.persian_amir import is_given_name
from khabar.entities.persian_said import is_adverb, said_at
from khabar.entities.persian_tidy import is_word, with_surname_suffix
from khabar.entities.titles import stopwords, surname_suffixes
from khabar.entities.words import Word, listed_keys, phrase_key
from khabar.normalize.zwnj_lexicon import lexicon
from khabar.resources import load_tsv
from khabar.text.persian_verbs import finite_verbs
from khabar.text.tokens import held_tokens, token_at

MAX_SURNAME_WEIGHT = 300
"""The most ZWNJ-lexicon weight (twice the corpus count, plus one when hazm lists it) of a
word read as a surname on its own: the 279 commonest words of the lexicon's 199,360
(«موضوع» 431 of «[عبدالله] موضوع مخالفت ...», «مورد» 923, «دلیل» 459) name no one, where
common-word surnames are rarer words («آزاد» 217, «حقیقی» 57, «ارزنده» 15). A surname
suffix after it makes it a surname whatever its weight («اسلام زاده»)."""


def _lone_name_titles() -> frozenset[str]:
    return listed_keys("entities/lone_name_titles_fa.txt")


@lru_cache(maxsize=1)
def light_verb_openings() -> frozenset[str]:
    """The first words of the Persian light verbs (``events/light_verbs_fa.tsv``): a word
    right before one is the noun of a compound verb («برگزار» of «برگزار شد»)."""
    return frozenset(phrase_key(form.split()[0])
                     for _, form, _, _ in load_tsv("events/light_verbs_fa.tsv"))


def surname_word(word: Word) -> bool:
    """A word that can be a surname: letters, no finite verb nor a light verb's noun, no
    stopword, no place."""
    return (is_word(word) and not any(ch.isdigit() for ch in word.text)
            and word.folded not in finite_verbs() and word.folded not in light_verb_openings()
            and phrase_key(word.text) not in stopwords()
            and place_index().get(word.text) is None)


def _opens_a_name(tokens: Sequence[Word], k: int) -> bool:
    """Whether the given name at ``k`` opens the name: the word before it is a mark, a
    function word or a place, none that could be a name's first word («صدام
    [حسین] مورد حمله») nor one naming the holy by the given name alone."""
    if k == 0 or not is_word(tokens[k - 1]):
        return True
    before = tokens[k - 1]
    if phrase_key(before.text) in _lone_name_titles():
        return False
    return (phrase_key(before.text) in stopwords() or place_index().get(before.text) is not None)


def _lone_given_names(tokens: Sequence[Word], starts: Sequence[int],
                      entities: Sequence[Entity]) -> dict[int, int]:
    """The token of each person whose one word is a given name, by the entity's index."""
    out = {}
    for i, e in enumerate(entities):
        k = token_at(tokens, e.start, starts)
        if (e.type == "PER" and not e.role and k is not None
                and tokens[k].end == e.end and is_given_name(tokens[k])):
            out[i] = k
    return out


def surname_after(text: str, tokens: Sequence[Word], k: int, held: set[int],
                  opens: bool = False) -> str | None:
    """The folded word after the given name at ``k`` when it can be its surname (``opens``:
    the caller knows the given name opens the name, as at a line's opening)."""
    nxt = k + 1
    if nxt >= len(tokens) or nxt in held or not (opens or _opens_a_name(tokens, k)):
        return None
    gap = text[tokens[k].end:tokens[nxt].start]
    if not gap.isspace() or "\n" in gap or not surname_word(tokens[nxt]):
        return None
    after = tokens[nxt + 1].folded if nxt + 1 < len(tokens) else ""
    if after in light_verb_openings():
        return None  # the noun of a compound verb: «[علی] دستگیر شدند»
    if (lexicon().weight.get(tokens[nxt].text, 0) > MAX_SURNAME_WEIGHT
            and after not in surname_suffixes() and not _said_after(tokens, nxt)):
        return None
    return tokens[nxt].folded


def _said_after(tokens: Sequence[Word], k: int) -> bool:
    """Whether word ``k``, no adverb, closes the subject: what it said follows
    («[محمد‌حسین] فرهنگی امروز در گفتگو با خبرنگار»: ``persian_said``), so a common word of
    any weight there is the given name's surname (session 23 (2026-12-07), ent_fa5)."""
    return not is_adverb(tokens[k]) and said_at(tokens, k + 1)


def given_name_surnames(text: str, tokens: Sequence[Word],
                        entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with each lone given-name person grown over the surname after it,
    where every lone mention of that given name in the article has that same surname
    after it (see the module)."""
    starts = [w.start for w in tokens]
    held = held_tokens(tokens, entities, starts)
    lone = _lone_given_names(tokens, starts, entities)
    after = {i: surname_after(text, tokens, k, held) for i, k in lone.items()}
    seen: dict[str, set[str | None]] = {}
    for i, k in lone.items():
        seen.setdefault(tokens[k].folded, set()).add(after[i])
    out = list(entities)
    for i, k in lone.items():
        surname = after[i]
        if surname is None or seen[tokens[k].folded] != {surname}:
            continue  # an article that names this person by the given name alone
        stop = tokens[k + 1].end
        e = entities[i]
        e = replace(e, end=stop, text=text[e.start:stop], key=f"per:{surname}")
        out[i] = with_surname_suffix(text, tokens, starts, e)
    return out
