"""A Persian person whose surname of two words was cut after its first, right before a speech
verb, takes the second (issue 5, session 23 (2026-12-07), engineer ent_fa5).

Persian surnames are often two words written apart («جنان صفت», «ابراهیمی یگانه», «سعادت
پرور», «امیری صفت»), and the second is often a common word too ('adjective', 'unique'), which
the tagger and the given-name rule leave out: «[محمد رضا امیری] صفت گفت:». What the subject
said closes its phrase (``persian_said``: a speech verb or «در گفت‌وگو با», adverbs such as
«امروز» between), so the one word between a person and it ends the name when it can be a
surname (``persian_cut_names.surname_word``: letters, no verb or noun of a compound verb, no
stopword or time word, no place; not among the lexicon's commonest words), is no adverb said
between a subject and its verb (``subject_adverbs_fa.txt``: «سپس», «همچنان», «رسماً»;
``manner_adverbs_fa.txt``: «مظلومانه»), no post, title or nationality («مربی هلندی گفت»),
and no other entity holds it. The person has two words at least, or is one word after a title
(«مهندس [وحید] مفید اعلام کرده است»); a given name alone before a word is
``persian_cut_names``' case, and a lone surname of the tagger has no title to vouch for it.
The surname so grown is keyed whole («per:امیریصفت»), as a surname written apart is
(``persian_tidy.with_surname_suffix``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import REFERENCE_SOURCES, TITLE_SOURCE, Entity
from khabar.entities.gazetteer import demonyms
from khabar.entities.persian_cut_names import MAX_SURNAME_WEIGHT, surname_word
from khabar.entities.persian_said import is_adverb, said_at, speech_at
from khabar.entities.persian_word_persons import post_nouns
from khabar.entities.titles import titles
from khabar.entities.words import Word
from khabar.normalize.zwnj_lexicon import lexicon
from khabar.text.tokens import held_tokens, spaced_on_one_line, token_at


def _surname_end(word: Word) -> bool:
    """Whether ``word`` can end a surname written apart (see the module)."""
    return (surname_word(word) and lexicon().weight.get(word.text, 0) <= MAX_SURNAME_WEIGHT
            and not is_adverb(word) and word.folded not in post_nouns()
            and titles().get(word.text) is None and demonyms().get(word.text) is None)


def _said_end(text: str, tokens: Sequence[Word], starts: Sequence[int], e: Entity,
              held: set[int]) -> int | None:
    """The word after person ``e`` that ends its surname before what it said, if any."""
    first, k = token_at(tokens, e.start, starts), bisect_left(starts, e.end)
    last = k - 1
    if first is None or last < first or tokens[last].end != e.end:
        return None  # a span that ends inside a word
    if last == first and e.source != TITLE_SOURCE:
        return None  # a given name alone is persian_cut_names' case; a lone surname's own
    if k + 1 >= len(tokens) or k in held:
        return None
    if not (spaced_on_one_line(text, e.end, tokens[k].start)
            and spaced_on_one_line(text, tokens[k].end, tokens[k + 1].start)):
        return None
    # the verb itself right after the name («اظهار امیدواری کرد» is no «اظهار» + verb)
    if speech_at(tokens, k) or not _surname_end(tokens[k]):
        return None
    return k if said_at(tokens, k + 1) else None


def said_surnames(text: str, tokens: Sequence[Word], entities: Sequence[Entity]
                  ) -> list[Entity]:
    """``entities`` with each person grown over the end of its surname left before what it
    said (see the module)."""
    starts = [w.start for w in tokens]
    held = held_tokens(tokens, entities, starts)
    out = []
    for e in entities:
        k = (_said_end(text, tokens, starts, e, held)
             if e.type == "PER" and e.source not in REFERENCE_SOURCES else None)
        if k is not None:
            # keyed by both words, also after a title's given name («وحید مفید»): the common
            # word alone («مفید» 'useful') would spread as a surname over the article
            e = replace(e, end=tokens[k].end, text=text[e.start:tokens[k].end],
                        key=f"per:{tokens[k - 1].folded}{tokens[k].folded}")
        out.append(e)
    return out
