"""A Persian speaker's name the entity stage missed, read from the head of the verb's clause.

Persian puts the subject first: «ریو فردیناند در این خصوص افزود:», «حمزه‌لو افزود:»,
«پارک کی وون روز شنبه در گفت‌وگو با خبرنگار ایرنا ... گفت». Names the taggers do not
know (foreign players, local officials by surname) left such a quote to no one, or to the
person quoted before. A name here is one to three words that open the sentence (or its
clause after an opening attribution, «به گزارش ...، »), closed by a post in apposition,
a word that opens the subject's adverbial or time («در», «با», «روز»:
``name_closers_fa.txt``) or the verb itself. No word of it is a common word of Persian
(hazm's list, also with a plural or possessive ending: «محققان», «همراهش»), a post or
body head, a pronoun, quantifier, preposition or relation word, a verb form («می‌توان»)
or Latin script; the verb is singular (a plural one has a group for subject: «محققان
گفتند»), and no quotation mark opens before it (a title: «چنین گفت زرتشت»). A name an
earlier person's ends with is that person. Session 27 (2026-12-07), issue 6.

Only in agency news prose (``agency_prose``: a lead citing the outlet or its reporter, text
in paragraphs closed by sentence-final marks), in a paragraph so closed: in features, verse
and NER fragments a sentence's first words before «گفت» are often no name («مرا گفت», «روزی
دانشمندی اعلام کرد»). Engineer quotes_fa12: an unread Fars check of 400 articles, 5 right /
0 wrong / 1 unsure; none of 400 Hamshahri and 200 ARMAN ones changed. Session 28 (engineer
quotes_fa13) reads a page's paragraphs with its wrapped lines joined (``wrapped_lines``), a
heading ending a sentence, and takes Hamshahri's desk line («گروه شهری:») for a news lead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Match, Word, phrase_key, words
from khabar.entities.persian_quoted_speech import (
    ATTRIBUTION_WORDS,
    outlet_cues,
    past_attribution,
)
from khabar.entities.persian_word_persons import common_words, post_nouns
from khabar.entities.titles import role_words, titles
from khabar.entities.words import listed_keys
from khabar.events.antecedents import named_people_before
from khabar.events.participant_words import prepositions, pronouns
from khabar.events.quote_persian import impersonal_modals
from khabar.events.quote_words import (
    head_kind,
    is_post_word,
    is_relation_word,
    new_speaker_words,
    plural_fa,
    unnamed_quantifiers,
)
from khabar.text.persian_verbs import finite_verbs
from khabar.text.wrapped_lines import (
    SENTENCE_ENDS,
    closed,
    opens_paragraph,
    paragraph_at,
    paragraphs,
)

NAME_WORDS = 3
"""Words of a name read this way: a given name, a second name, a family name."""
ENDINGS = ("\u200cهایی", "\u200cهای", "\u200cها", "های", "ها", "ان", "ین", "\u200cاش", "اش",
           "شان", "ش")
"""Plural and possessive endings: a common noun with one («محققان», «همراهش») is no name."""
APART_PLURALS = ("\u200cها", "\u200cهای", "\u200cهایی")
"""Plural endings written apart (ZWNJ) from a noun («نمایشنامه‌های»)."""
MIN_LETTERS = 2
"""Letters of the shortest name word: a lone letter is a word cut in two («ه طی ...»)."""
CONJUNCTION = "و"
"""The conjunction, glued on a word («وشهرسازی»)."""
GLUED_POST_LETTERS = 3
"""Letters of the shortest post glued to the next word («وزیرمسکن»)."""
INFLECTIONS = (phrase_key("ی"), phrase_key("م"))
"""The indefinite ending and the first person's, folded as words are."""
VERB_PREFIXES = ("می\u200c", "نمی\u200c")
"""Prefixes of a Persian verb form («می‌توان»): no name's."""
MANNER_ENDING = "\u200cکنان"
"""The ending of a manner participle («هق‌هق‌کنان گفت»): no name's."""
CLAUSE_LINK = "که"
"""The link of a clause: a verb after it is that clause's («تصمیمی نیز ... گرفته شده بود
که وزیر نیرو ... اعلام کرده»), unless «این که» opens the speaker's adverbial."""
DEMONSTRATIVES = frozenset({"این", "آن"})
PROSE_SHARE = 0.8
"""Share of an article's characters that must stand in paragraphs closed by a
sentence-final mark for it to read as agency prose: verse and lists close few; Fars reports
and Hamshahri's news (its wrapped lines joined) close nearly all."""
DESK_LINE = re.compile(r"\s*(\S+)(?:\s+[^\s:\-]+){1,2}\s*[:\-]")
"""A desk line's opening: its word, the desk's name in one or two words, a colon or dash."""
LEAD_PARAGRAPHS = 2
"""Closed paragraphs at the article's head where its lead cites the outlet: Fars's first
line does; Hamshahri's first states the news and the second often cites the agency."""
SOURCE = "subject name"
"""``Entity.source`` of a name read from the subject's place."""


@cache
def name_closers() -> frozenset[str]:
    return listed_keys("events/name_closers_fa.txt")


@cache
def desk_openers() -> frozenset[str]:
    return listed_keys("events/desk_openers_fa.txt")


@cache
def copulas() -> frozenset[str]:
    return listed_keys("events/copulas_fa.txt")


def _common(word: Word) -> bool:
    """A common word of Persian, also with a plural or possessive ending or the
    conjunction glued on («وشهرسازی»), or a post glued to a common word («وزیرمسکن»)."""
    folded = word.folded
    return folded in common_words() or word.text.endswith(APART_PLURALS) or any(
        folded.endswith(end) and folded[: -len(end)].rstrip("\u200c") in common_words()
        for end in ENDINGS if len(folded) > len(end) + 1) or (
        folded.startswith(CONJUNCTION) and folded[len(CONJUNCTION):] in common_words()) \
        or _glued_post(folded)


def _glued_post(folded: str) -> bool:
    return any(folded[:k] in post_nouns() and folded[k:] in common_words()
               for k in range(GLUED_POST_LETTERS, len(folded) - 1))


def _inflected_common(word: Word) -> bool:
    """Whether the word reads as a common word with the indefinite «ی» or the first
    person's «م» («نگاهی», «تصمیمی», «امیدوارم»), as many family names do too («امیدی»,
    «ایمانی»)."""
    folded = word.folded
    return any(folded.endswith(end) and folded[: -len(end)] in common_words()
               for end in INFLECTIONS)


def _written_before(doc: Doc, word: Word) -> bool:
    """Whether the word stands, as a whole word, earlier in the article («فقیه ایمانی»
    before «ایمانی همچنین گفت»)."""
    return any(w.folded == word.folded for w in words(doc.text, 0, word.start))


def _no_name_word(word: Word) -> bool:
    """A word no name is made of (see the module)."""
    folded = word.folded
    return (not word.text[0].isalpha() or word.text[0].isascii() or len(folded) < MIN_LETTERS
            or any(ch.isdigit() for ch in word.text) or folded in copulas()
            or folded in finite_verbs() or is_post_word(word)
            or head_kind(word) is not None or folded in role_words()
            or folded in pronouns(False) or folded in unnamed_quantifiers("fa")
            or is_relation_word(word) or folded in new_speaker_words()
            or folded in name_closers() or folded in prepositions()[0]
            or folded in impersonal_modals() or word.text.startswith(VERB_PREFIXES)
            or word.text.endswith(MANNER_ENDING) or is_title(word))


def _after_sentence_end(text: str, start: int) -> bool:
    """Whether a sentence-final mark or a paragraph break stands before ``start``: a
    heading («پیشنهاد مسکوت ماندن طرح تا پایان امسال ⏎ دانش آشتیانی ... گفت:») ends
    there, but a line the paper wrapped goes on («... از میان اقشار مختلف جامعه ⏎ هستند
    خاطرنشان کرد»)."""
    before = text[:start].rstrip()
    return not before or before[-1] in SENTENCE_ENDS or opens_paragraph(text, start)


def _linked_clause(own: Sequence[Word]) -> bool:
    return any(w.text == CLAUSE_LINK and (k == 0 or own[k - 1].text not in DEMONSTRATIVES)
               for k, w in enumerate(own))


def _inside_marks(before: str) -> bool:
    """Whether a quotation mark opened in ``before`` is still open at its end: the verb
    is in a title or quote («چنین گفت زرتشت»)."""
    return before.count("«") > before.count("»") or before.count("“") > before.count("”") \
        or before.count('"') % 2 == 1


def is_title(word: Word) -> bool:
    """A courtesy or religious title («سید», «دکتر»): it goes before a name, and is none."""
    return word.text in titles()


def agency_prose(text: str) -> bool:
    """Whether the article reads as agency news prose, where a sentence opening on a name
    before a speech verb is a report's attribution: one of its first paragraphs closed by
    a sentence-final mark (``LEAD_PARAGRAPHS``: a headline and rubric stand above them)
    cites the news outlet or its reporter («به گزارش خبرگزاری فارس،», «در گفت‌وگو با
    خبرنگار فارس»), and most of its text (``PROSE_SHARE``) is in such paragraphs, the
    lines a page wrapped mid-sentence joined (``wrapped_lines``): no verse, no list.
    Features, literature and verse, where such a sentence is often no attribution («مرا
    گفت», «روزی دانشمندی اعلام کرد»), open otherwise or break their lines."""
    spans = paragraphs(text)
    prose = [span for span in spans if closed(text, span)]
    if sum(e - s for s, e in prose) < PROSE_SHARE * sum(e - s for s, e in spans):
        return False
    return any(_cites_outlet(text[s:e]) or _desk_line(text[s:e])
               for s, e in prose[:LEAD_PARAGRAPHS])


def _cites_outlet(paragraph: str) -> bool:
    # A phrase's key is its words' keys joined (no token spans a space), so each word is
    # keyed once, not once for every phrase it stands in: Hamshahri's joined paragraphs
    # are long (session 28's quote stage rose 35% there).
    keys = [phrase_key(w.text) for w in words(paragraph, 0, len(paragraph))]
    cues = outlet_cues()
    return any("".join(keys[k : k + n]) in cues
               for k in range(len(keys)) for n in range(1, ATTRIBUTION_WORDS + 1))


def _desk_line(paragraph: str) -> bool:
    """Whether the paragraph opens on the paper's desk line («گروه شهری:», «گروه
    بورس-»): a word of ``desk_openers_fa.txt`` and a desk's name closed by a colon or
    dash."""
    opening = DESK_LINE.match(paragraph)
    return opening is not None and phrase_key(opening.group(1)) in desk_openers()


def _paragraph_closed(text: str, position: int) -> bool:
    """Whether the paragraph holding ``position`` closes on a sentence-final mark (not a
    heading, a verse or a line the paper wrapped and the next one closes)."""
    span = paragraph_at(text, position)
    return span is not None and closed(text, span)


def reads_as_name(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc.text[start:end]`` is a name read here: words of a name that no
    entity covers (``introduces_holder`` takes it as a person named there)."""
    name = words(doc.text, start, end)
    return bool(name) and len(name) <= NAME_WORDS and agency_prose(doc.text) and not any(
        _no_name_word(w) or _common(w) for w in name) and not any(
        e.start < end and start < e.end for e in doc.entities)


def _closes_name(word: Word) -> bool:
    return is_post_word(word) or word.folded in role_words() or word.folded in name_closers()


def untagged_subject(doc: Doc, tokens: Sequence[Word], sentence: tuple[int, int],
                     clause: int, verb: Match[str]) -> Entity | None:
    """The name opening a Persian speech verb's clause (from ``clause``), when no entity
    covers its words (see the module); else None. Only a clause that opens the sentence,
    or follows its opening attribution: one after another comma ends a clause of the
    adverbial («... طراحی شده است افزود»)."""
    own = [w for w in tokens[: verb.first] if w.start >= clause]
    if not own or not _paragraph_closed(doc.text, verb.start) or not agency_prose(doc.text) \
            or own[0].start != past_attribution(tokens, sentence[0]) \
            or not _after_sentence_end(doc.text, sentence[0]) \
            or plural_fa(doc.text[verb.start:verb.end]) or _linked_clause(own) \
            or _inside_marks(doc.text[own[0].start : verb.start]):
        return None
    size = next((k for k, w in enumerate(own[: NAME_WORDS + 1]) if _no_name_word(w)),
                min(len(own), NAME_WORDS + 1))
    if not 1 <= size <= NAME_WORDS or (size < len(own) and not _closes_name(own[size])):
        return None
    name = own[:size]
    start, end = name[0].start, name[-1].end
    if any(_common(w) for w in name) or any(e.start < end and start < e.end
                                             for e in doc.entities) \
            or (all(_inflected_common(w) for w in name)
                and not _written_before(doc, name[-1])):
        return None
    return _earlier_bearer(doc, start, name) or Entity(
        start, end, type="PER", text=doc.text[start:end], source=SOURCE)


def _earlier_bearer(doc: Doc, position: int, name: Sequence[Word]) -> Entity | None:
    """The person named before whose name ends with ``name`` («حمزه‌لو» after «علی
    حمزه‌لو»): the same one, with his link."""
    short = [_without_article(w.folded) for w in name]
    for other in named_people_before(doc, position):
        parts = [_without_article(phrase_key(p)) for p in other.text.split()]
        if parts[-len(short):] == short:
            return other
    return None


def _without_article(folded: str) -> str:
    """A name word without the Arabic article («الزهار» -> «زهار»)."""
    return folded[2:] if folded.startswith("ال") and len(folded) > 4 else folded
