"""A speaker's name the entity stage missed, read from where Arabic puts a subject.

Saudi and Arab local news name many people the taggers do not know («وقالت سلمى انتيف
عضوة إيثار القطيف:», «وقال أشرف القدرة الناطق باسم وزارة الصحة، إن», «وأوضح المتحدث
باسم المركز، رأفت الصباغ، أن»). With no person found, the quote went to no one or to the
person named before. The given-name lists are too short to find such names (session 16
tried them: one change in 1,240 articles), so this reads the syntax instead: right after
a speech verb stands its subject, and a name there is closed by what follows a name in
Arabic, not by what follows a common noun:

- a post or profession in apposition («... الناطق باسم», «... عضوة إيثار»), a comma, or
  the quote's own opening (the link «أن/إن», a colon, a mark);
- or, after a post set off by a comma, the name between that comma and the next one or
  the opening («المتحدث باسم المركز، رأفت الصباغ، أن»).

A name word has no article (the family name may have it, and ends the name), and is no
function word, preposition, time word or adverb, unnamed quantifier («آخرون»), post, role,
speaker head or courtesy title with its pronoun («معاليه») (``quote_words``). A name of one
word closed by the opening alone («وقالت مرام إن») must be written before in the article,
as one introduced («الفنانة مرام»). Session 17 (2026-12-06).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from khabar.doc import Doc, Entity
from khabar.entities.arabic_kind_names import common_words
from khabar.entities.common_words import function_words, not_a_name
from khabar.entities.gazetteer import Match, Word, phrase_key, place_index, words
from khabar.entities.titles import role_words, stopwords, titles
from khabar.entities.words import listed_keys
from khabar.events.participant_words import is_participant, prepositions
from khabar.events.quote_names import earlier_full_name
from khabar.events.quote_words import (
    courtesy_titles,
    head_kind,
    is_link_word,
    is_post_word,
    past_courtesy,
    speech_verbs,
    subject_stops,
    unnamed_quantifiers,
)
from khabar.text.sentences import COMMAS

NAME_WORDS = 3
"""Words of a name read this way: a given name, a father's or second name, a family name."""
SET_OFF_REACH = 7
"""Words of a post before the comma that sets the holder's name off."""
SOURCE = "subject name"
"""``Entity.source`` of a name read from the subject's place."""


class HasWord(Protocol):
    """A quote's opening (``quotes.Opening``): where its words begin."""

    @property
    def word(self) -> Word: ...


def apposed_nouns() -> frozenset[str]:
    """Posts and professions that follow a name in apposition and are not speaker heads
    («عضوة», «ممثل», «الفنانة»)."""
    return listed_keys("events/apposed_nouns_ar.txt")


def name_links() -> frozenset[str]:
    """Words inside an Arabic name that are no name of their own («بن», «أبو», «آل»)."""
    return listed_keys("events/name_links_ar.txt")


def untagged_speaker(doc: Doc, tokens: Sequence[Word], first: int, stop: int) -> Entity | None:
    """The name in an Arabic speech verb's subject, from word ``first`` (right after the
    verb) to ``stop`` (where the quote opens), when no entity covers it; else None."""
    subject = [w for w in tokens[first:] if w.end <= stop]
    if not subject or _in_entity(doc, subject[0], "PER"):
        return None
    if _opens_name(subject, 0):
        return _name_from(doc, subject, 0, set_off=False)
    if _family_name(subject[0]) and (len(subject) == 1 or subject[1].text in COMMAS):
        return _family_told(doc, subject[0])
    comma = next((k for k, w in enumerate(subject[:SET_OFF_REACH + 1]) if w.text in COMMAS),
                 None)
    if not (is_post_word(subject[0]) or _apposed(subject[0])):
        return None
    if comma is None:
        return _chain_end_name(doc, subject)
    return _name_from(doc, subject, comma + 1, set_off=True)


def _chain_end_name(doc: Doc, subject: Sequence[Word]) -> Entity | None:
    """The holder's name that ends a post's chain with no comma before it («وأفاد حاكم
    ولاية لوغار حليم فداي أن», «المتحدث الرسمي لمركز ... الإنسانية رأفت الصباغ امس أن»):
    two or three name words after a word that ends a chain (a definite noun or adjective,
    a place or body found, a title), closed by the quote's opening, a comma, a time word or
    a preposition («في تصريح», «لـ"الوطن"»). A chain's own words are common words or
    found names, so an unlisted pair there is the holder. Session 18 (2026-12-06).
    The chain may be the post or profession alone, with the article («وقالت القاضية
    باربره جافي بالمحكمة», «أكدت المحللة المالية رانية العبدالعال»); session 27
    (2026-12-07), engineer quotes_ar9."""
    for k in range(1, len(subject) - 1):
        if not _chain_end(doc, subject[k - 1]):
            continue
        for size in (2, NAME_WORDS):
            name = subject[k : k + size]
            closer = subject[k + size] if k + size < len(subject) else None
            if len(name) == size and _closes_name(closer) \
                    and all(_chain_name_word(doc, w, last=w is name[-1]) for w in name) \
                    and name[0].folded not in name_links() \
                    and name[-1].folded not in name_links():
                start, stop = name[0].start, name[-1].end
                return Entity(start, stop, type="PER", text=doc.text[start:stop], source=SOURCE)
    return None


def _closes_name(word: Word | None) -> bool:
    """What may follow a holder's name in the subject: nothing (the opening), a comma, a
    time word or adverb («امس»), a preposition, alone or glued («في», «لـ"الوطن"»)."""
    if word is None or word.text in COMMAS or word.folded in subject_stops():
        return True
    words_, clitics = prepositions()
    return word.folded in words_ or word.folded in ("ل", "لـ", "ب") or (
        word.folded[:1] in clitics and not_a_name(word))


def _chain_end(doc: Doc, word: Word) -> bool:
    """Whether a post's chain may end at the word: a definite word, the end of a place or
    body the entity stage found, or a title («الدكتور»)."""
    return (word.folded.startswith("ال") and word.text.isalpha()) or word.text in titles() \
        or any(e.end == word.end and e.type in ("LOC", "ORG") for e in doc.entities)


def _chain_name_word(doc: Doc, word: Word, last: bool) -> bool:
    """A word of a holder's name after a chain: a name word (the last may be a family
    name with the article), or a link («بن»), in no entity and no common word."""
    if any(e.start <= word.start < e.end for e in doc.entities) \
            or word.folded in common_words() or not_a_name(word) \
            or (word.text[:1] in "بل" and word.text[1:] in place_index()):
        return False  # «بتونس»: a place the post is in, with its preposition
    return word.folded in name_links() or _name_word(word) or (last and _family_name(word))


def _name_from(doc: Doc, subject: Sequence[Word], k: int, set_off: bool) -> Entity | None:
    """The name opening at ``subject[k]``, when what follows closes a name."""
    if k >= len(subject) or not _opens_name(subject, k) or _in_entity(doc, subject[k], "PER"):
        return None
    end = k
    while end + 1 < len(subject) and end + 1 - k < NAME_WORDS:
        word = subject[end + 1]
        if word.folded in name_links():
            end += 1
            continue
        if not (_name_word(word) or _family_name(word)):
            break
        end += 1
        if word.folded.startswith("ال"):
            break  # «رأفت الصباغ»: a family name with the article ends the name
    if subject[end].folded in name_links():
        return None
    closer = subject[end + 1] if end + 1 < len(subject) else None
    if closer is not None and not (closer.text in COMMAS or _apposed(closer)
                                   or is_post_word(closer)):
        return None
    if (end == k or closer is None) and not set_off \
            and not _written_before(doc, subject[k]):
        # «وقالت مرام إن», «وكشف سامر أنه»: one word, or words the quote's opening alone
        # closes, are a name only when the article told it before («الفنانة مرام»);
        # «قال علماء، أمس:», «وذكر مغرد آخر بأنه» are no one's name.
        return None
    if end == k and (told := _person_with(doc, subject[k])) is not None:
        return told  # «سامر» of «سامر سالم»
    start, stop = subject[k].start, subject[end].end
    return Entity(start, stop, type="PER", text=doc.text[start:stop], source=SOURCE)


def _family_told(doc: Doc, word: Word) -> Entity | None:
    """The person a family name alone takes up («وأبان الصباغ، أن»): a person entity named
    with it before, else the name word and the family name written together before
    («رأفت الصباغ»)."""
    told = earlier_full_name(doc, word.start, word.text) or _person_with(doc, word)
    if told is not None:
        return told
    before = words(doc.text, 0, word.start)
    for k in range(len(before) - 1, 1, -1):
        if before[k].folded == word.folded and _name_word(before[k - 1]) \
                and not _in_entity(doc, before[k - 1], "LOC") \
                and (_introduced(before, k - 1) or _ends_chain(doc, before, k - 1)):
            start, end = before[k - 1].start, before[k].end
            return Entity(start, end, type="PER", text=doc.text[start:end], source=SOURCE)
    return None


def _introduced(before: Sequence[Word], k: int) -> bool:
    """Whether the name opening at ``before[k]`` was introduced as one: after a comma, a
    post or a profession («المتحدث باسم المركز، رأفت الصباغ»), or after the definite end of
    a post's chain and set off by a comma («... الإنسانية رأفت الصباغ،»); not a verb and
    its subject («وأظهرت الإحصائية»)."""
    ahead = before[k - 1]
    if ahead.text in COMMAS or is_post_word(ahead) or _apposed(ahead):
        return True
    after = before[k + 2] if k + 2 < len(before) else None
    return ahead.folded.startswith("ال") and after is not None and after.text in COMMAS


def _ends_chain(doc: Doc, before: Sequence[Word], k: int) -> bool:
    """Whether the name of two words opening at ``before[k]`` ended a post's chain, as
    ``_chain_end_name`` reads one («... الإنسانية رأفت الصباغ في تصريح»)."""
    after = before[k + 2] if k + 2 < len(before) else None
    return k > 0 and _chain_end(doc, before[k - 1]) and _closes_name(after) \
        and _chain_name_word(doc, before[k], last=False) \
        and _chain_name_word(doc, before[k + 1], last=True)


def _person_with(doc: Doc, word: Word) -> Entity | None:
    """The last person named before the word whose name holds it."""
    key = _bare(word.text)
    return next((e for e in reversed(doc.entities) if e.type == "PER" and e.end <= word.start
                 and key in {_bare(w) for w in e.text.split()}), None)


def _bare(word: str) -> str:
    return phrase_key(word).removeprefix("ال")


def far_untagged_subject(doc: Doc, tokens: Sequence[Word], verb: Match[str], stop: int) -> bool:
    """Whether a link or colon far after an Arabic speech verb (past ``quotes.OPEN_REACH``)
    is the verb's: a post's chain ended in its holder's name the entity stage missed, and
    what follows the name tells the occasion («وأوضح المتحدث الرسمي لمركز ... الإنسانية
    رأفت الصباغ في تصريح صحفي اليوم أن»), with no person found and no other speech verb
    between the verb and ``stop``. Session 18 (2026-12-06)."""
    first = past_courtesy(tokens, verb.last + 1)
    subject = [w for w in tokens[first:] if w.end <= stop]
    if not subject or not is_post_word(subject[0]) \
            or any(w.text in COMMAS for w in subject[:SET_OFF_REACH + 1]) \
            or any(e.type == "PER" and verb.end <= e.start < stop for e in doc.entities):
        return False
    name = _chain_end_name(doc, subject)
    between = [w for w in subject if name is not None and w.start >= name.end]
    return name is not None and not speech_verbs().find_all(doc.text, between,
                                                            strip_clitics=True)


def own_turn(doc: Doc, tokens: Sequence[Word], verb: Match[str],
             opening: HasWord | None) -> bool:
    """Whether an Arabic speech verb inside quoted words opens a quote of its own (its
    ``opening``) with a new speaker named as its subject: a person named before the
    opening, a body the entity stage found right after the verb, or a name read from the
    subject's place. A subject that takes up one told of before («وأوضح وزير الخارجية»,
    «وذكر البيان») leaves the words to the quote they are in
    (``quote_span_ends.arabic_turn``)."""
    first = past_courtesy(tokens, verb.last + 1)
    if opening is None or first >= len(tokens) or tokens[first].start >= opening.word.start:
        return False
    at, stop = tokens[first].start, opening.word.start
    return any((e.start == at and is_participant(e)) or (e.type == "PER" and at <= e.start
                                                        and e.end <= stop)
               for e in doc.entities) \
        or untagged_speaker(doc, tokens, first, stop) is not None


def _opens_name(subject: Sequence[Word], k: int) -> bool:
    """A name word, or a word of a name's links followed by one («عبد الله», «أبو محمد»)."""
    if _name_word(subject[k]):
        return True
    return subject[k].folded in name_links() and k + 1 < len(subject) \
        and _name_word(subject[k + 1])


def _name_word(word: Word) -> bool:
    """A word that may open a name: letters, no article, and of no word class a subject's
    other words belong to."""
    folded = word.folded
    # «للجندي», «بالمنطقة»: a preposition glued on a definite noun.
    governed = folded[:3] in ("لل", "بال", "وال", "فال") or folded.startswith("لل")
    return (len(folded) > 1 and word.text.isalpha() and not folded.startswith("ال")
            and not governed and not _common(word) and not is_link_word(word))


def _family_name(word: Word) -> bool:
    """A family name with the article («القدرة», «الصباغ»): a definite word of no class a
    subject's other words belong to."""
    folded = word.folded
    return word.text.isalpha() and folded.startswith("ال") and len(folded) > 3 \
        and not _common(word)


def _common(word: Word) -> bool:
    folded = word.folded
    bare = folded.removeprefix("ال")
    return (folded in function_words() or folded in prepositions()[0]
            or folded in subject_stops() or folded in role_words() or bare in role_words()
            or folded in unnamed_quantifiers() or is_post_word(word) or _apposed(word)
            or folded in stopwords()
            or head_kind(word) is not None or folded in name_links() or _honorific(folded))


def _honorific(folded: str) -> bool:
    """A courtesy title with the attached pronoun («سموه», «معاليه», «فخامته»): 'his
    highness', the person told of before, not a name."""
    if not folded.endswith("ه"):
        return False
    stem = folded[:-1]
    return stem in courtesy_titles() or (stem.endswith("ت")
                                         and stem[:-1] + "ه" in courtesy_titles())


def _apposed(word: Word) -> bool:
    folded = word.folded
    return folded in apposed_nouns() or folded.removeprefix("ال") in apposed_nouns()


def _in_entity(doc: Doc, word: Word, kind: str) -> bool:
    return any(e.start <= word.start < e.end and e.type == kind for e in doc.entities)


def _written_before(doc: Doc, word: Word) -> bool:
    """Whether the word stands, as a whole word, earlier in the article."""
    key = phrase_key(word.text)
    earlier = doc.text[: word.start].split()
    return any(phrase_key(w.strip("«»\"'“”(),،.:")) == key for w in earlier)
