"""The speaker's whole name, where the entity stage cut it short or missed it.

The entity stage may stop before a name ends ("محمد ستاری" in "محمد ستاری فر", "إسماعيل
ولد" in "إسماعيل ولد الشيخ"), split it in two entities side by side ("سرتاج" "عزیز"),
keep only part of a name in quotation marks, or give a bare surname or a description
that the article names in full elsewhere ("الحربي", "ابن الستيني"). It may also miss a
name in quotation marks before a post («آنخل آسبس» وزیر ...) or after a fronted "وحسب".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Word, demonyms, phrase_key, words
from khabar.entities.titles import role_words, titles
from khabar.events.antecedents import REFERRING_SOURCES, named_people_before, sentence_words
from khabar.events.participant_words import is_participant, prepositions, token_index
from khabar.events.quote_words import (
    head_kind,
    is_link_word,
    is_post_word,
    is_relation_word,
    is_resumption,
    speech_verbs,
    subject_stops,
)
from khabar.resources import load_lines, load_tsv
from khabar.text.sentences import COMMAS, OPENING_QUOTES
from khabar.text.tokens import spaced_on_one_line, token_at


@lru_cache(maxsize=1)
def name_parts() -> dict[str, str]:
    return {phrase_key(word): kind for word, kind in load_tsv("events/name_parts.tsv")}


def _next_person(doc: Doc, position: int) -> Entity | None:
    return next((e for e in doc.entities if e.type == "PER" and e.start == position), None)


NAME_REACH = 60
"""Characters after a name read for the rest of it."""


def whole_name(doc: Doc, person: Entity) -> Entity:
    """The person's mention stretched over the rest of their name (``_joined``), else a
    fuller mention of the name elsewhere (``fuller_mention``)."""
    if person.type != "PER" or person.source in REFERRING_SOURCES:
        return person
    return _hyphen_joined(doc, _joined(doc, person) or fuller_mention(doc, person))


NAME_HYPHENS = frozenset("-\u2010\u2011")
"""Hyphens that join two given names into one («جان-ميشال»)."""


def _hyphen_joined(doc: Doc, person: Entity) -> Entity:
    """The name stretched over a person entity glued to it by a hyphen on either side: the
    entity stage splits a hyphenated given name («جان-ميشال اولاس» as «جان» and «ميشال
    اولاس»), which is one person's name. Session 25 (2026-12-07)."""
    start, end = person.start, person.end
    if start > 1 and doc.text[start - 1] in NAME_HYPHENS:
        before = next((e for e in doc.entities if e.type == "PER" and e.end == start - 1), None)
        start = before.start if before is not None else start
    if end < len(doc.text) and doc.text[end] in NAME_HYPHENS:
        end = _given_name_rest(doc, doc.text[start:end], end + 1)
    if (start, end) == (person.start, person.end):
        return person
    return replace(person, start=start, end=end, text=doc.text[start:end])


def _given_name_rest(doc: Doc, name: str, at: int) -> int:
    """Where the name goes on to past its hyphen: over the person entity at ``at``, or over
    its first word only when the name before the hyphen has more than one word: the family
    name came first there («كيم يونغ-جو»), and the entity may run on past the given name
    into the clause («تشونج مونج-جون ترشحه»)."""
    after = _next_person(doc, at)
    if after is None:
        return at - 1
    if len(name.split()) == 1:
        return after.end
    return at + len(after.text.split()[0])


def _joined(doc: Doc, person: Entity) -> Entity | None:
    """The mention with the rest of its name: the whole name in quotation marks around
    it, a person entity right after it with nothing but space between, a Persian surname
    ending written apart, a nisba, or a name link and the name word after it; None when
    nothing follows."""
    marked = _in_marks(doc.text, person)
    if marked is not None:
        return replace(person, start=marked[0], end=marked[1],
                       text=doc.text[marked[0] : marked[1]])
    tokens = words(doc.text, person.end, min(len(doc.text), person.end + NAME_REACH))
    end, k = person.end, 0
    # An entity that ends on a link ("إسماعيل ولد") still wants the name word after it.
    if name_parts().get(phrase_key(person.text.split()[-1])) == "link" and tokens \
            and spaced_on_one_line(doc.text, end, tokens[0].start) and _linked_word(tokens[0]):
        end, k = tokens[0].end, 1
    while k < len(tokens) and spaced_on_one_line(doc.text, end, tokens[k].start):
        word = tokens[k]
        following = _next_person(doc, word.start)
        part = name_parts().get(word.folded)
        if following is not None and following.source not in REFERRING_SOURCES \
                and not (doc.lang == "ar" and _governed(word)):
            # Not the second part's KB link: a surname alone ("أوباما" in "سارة أوباما")
            # may be linked to another holder of it.
            end = following.end
            k = token_index(tokens, end)
        elif (part == "suffix" and not _in_blessing(doc, end, tokens, k)) or (
                end == person.end and (_nisba(doc, person, tokens, k)
                                       or _speaks_alone(doc, word))):
            end, k = word.end, k + 1
        elif part == "link" and k + 1 < len(tokens) and _linked_word(tokens[k + 1]):
            end, k = tokens[k + 1].end, k + 2
        else:
            break
    return None if end == person.end else replace(person, end=end,
                                                  text=doc.text[person.start : end])


def _nisba(doc: Doc, person: Entity, tokens: Sequence[Word], k: int) -> bool:
    """Whether word ``k`` after a one-word Arabic name is its family name: a nisba with the
    article ("راشد المسلمي"; only the -ي form is taken), and not a nationality ("راشد
    الأمريكي") or a time word."""
    word = tokens[k]
    if doc.lang != "ar" or " " in person.text.strip() or not word.folded.startswith("ال") \
            or not word.folded.endswith("ي") or len(word.folded) < 5 \
            or word.folded in subject_stops():
        return False
    return demonyms().match_at(doc.text, tokens, k, strip_clitics=True) is None


@lru_cache(maxsize=1)
def _blessings() -> frozenset[tuple[str, str]]:
    """Pairs of words next to each other in a formula of blessing ("رضي الله عنه")."""
    pairs: set[tuple[str, str]] = set()
    for line in load_lines("events/blessings.txt"):
        parts = [phrase_key(w) for w in line.split()]
        pairs.update(pairwise(parts))
    return frozenset(pairs)


def _in_blessing(doc: Doc, end: int, tokens: Sequence[Word], k: int) -> bool:
    """Whether word ``k`` (الله) stands in a formula of blessing with the word before it
    ("علي رضي الله عنه"), not in a compound name ("الجار الله")."""
    before = doc.text[:end].split()
    return bool(before) and (phrase_key(before[-1]), tokens[k].folded) in _blessings()


def _speaks_alone(doc: Doc, word: Word) -> bool:
    """Whether a definite Arabic word after a name is the family name the article goes on
    to call the person by: elsewhere it stands alone right after a speech verb ("الدكتور
    هشام الفالح" ... "وبين الفالح أن"). A post, body, title or time word never is."""
    folded = word.folded
    if doc.lang != "ar" or not folded.startswith("ال") or len(folded) < 5 \
            or folded in subject_stops() or folded in role_words() or head_kind(word) is not None \
            or titles().match_at(doc.text, [word], 0, strip_clitics=True) is not None:
        return False  # "عبدالعزيز الدكتور حبيب": a title opens the next name
    at = doc.text.find(word.text)
    while at >= 0:
        if at != word.start:
            tokens = sentence_words(doc, at)
            k = token_at(tokens, at)
            if k is not None and k > 0 and tokens[k].end == at + len(
                    word.text) and speech_verbs().match_at(doc.text, tokens, k - 1,
                                                           strip_clitics=True) is not None:
                return True
        at = doc.text.find(word.text, at + 1)
    return False


_MARKS = {"«": "»", "“": "”"}


def _in_marks(text: str, person: Entity) -> tuple[int, int] | None:
    """The whole name in quotation marks around a mention cut short ("«سید ماشاءالله
    شکیبی»" for "ماشاءالله"): at most MARKED_NAME_WORDS words, all of the line."""
    line_start = text.rfind("\n", 0, person.start) + 1
    for opening, closing in _MARKS.items():
        left = text.rfind(opening, line_start, person.start + 1)
        if left < 0 or text.find(closing, left, person.start) >= 0:
            continue
        right = text.find(closing, person.end, person.end + NAME_REACH)
        inside = text[left + 1 : right].strip() if right > 0 else ""
        if inside and len(inside.split()) <= MARKED_NAME_WORDS and "\n" not in inside \
                and (left + 1, right) != (person.start, person.end):
            start = left + 1 + (len(text[left + 1 : right]) - len(text[left + 1 : right].lstrip()))
            return start, start + len(inside)
    return None


def _governed(word: Word) -> bool:
    """Whether a word carries a proclitic preposition ("لمراسل"): a name after it is not
    the rest of the name before it."""
    _, clitics = prepositions()
    return len(word.folded) > 3 and word.folded[:1] in clitics and not word.folded.startswith("ال")


def _linked_word(word: Word) -> bool:
    """Whether a word can close a name after a link ("ولد الشيخ"): a title-like word is
    a name there, so only prepositions and link words are refused."""
    preps, _ = prepositions()
    return word.text[0].isalpha() and word.folded not in preps \
        and word.folded not in subject_stops()


def fuller_mention(doc: Doc, person: Entity) -> Entity:
    """For an unlinked person, a fuller name the article gives them: the name set beside
    this mention or beside an earlier one with the same words ("ابن الستيني المفرج عنه
    غزاي بن نايف الحربي" ... "ويتابع ابن الستيني"), the rest of the name joined to an
    earlier mention with the same words, else the nearest earlier mention of
    the same name with more words ("غزاي بن نايف الحربي" for "الحربي"); the mention
    itself when there is none."""
    if person.kb_id:
        return person
    key = phrase_key(person.text)
    for mention in (person, *(e for e in reversed(doc.entities) if e.end <= person.start
                              and e.type == "PER" and phrase_key(e.text) == key)):
        # The same words earlier may carry the rest of the name ("سارة" "أوباما").
        fuller = _apposed_name(doc, mention) or (_joined(doc, mention) if mention is not person
                                                 else None)
        if fuller is not None:
            return fuller
    return earlier_full_name(doc, person.start, person.text) \
        or _earlier_by_first_name(doc, person) or person


def _earlier_by_first_name(doc: Doc, person: Entity) -> Entity | None:
    """An Arabic person named once in full and later by the first name alone («قال
    المهاجم السويدي زلاتان إبراهيموفيتش ...» ... «وقال زلاتان:»): the full name, when
    just one person named before opens with that word (two «محمد» leave it open).
    Session 23 (2026-12-07)."""
    if doc.lang != "ar" or len(person.text.split()) != 1:
        return None
    key = phrase_key(person.text)
    fuller = {phrase_key(e.text): e for e in named_people_before(doc, person.start)
              if len(e.text.split()) > 1 and phrase_key(e.text.split()[0]) == key}
    return next(iter(fuller.values())) if len(fuller) == 1 else None


APPOSED_WORDS = 3
"""Words that may stand between a description and the name it describes ("ابن الستيني
المفرج عنه غزاي بن نايف الحربي")."""


def _apposed_name(doc: Doc, mention: Entity) -> Entity | None:
    """A fuller person name right after a mention, with only words between (no comma, no
    link word, no preposition): the name the mention describes."""
    preps, _ = prepositions()
    size = len(mention.text.split())
    after = words(doc.text, mention.end, min(len(doc.text), mention.end + NAME_REACH))
    for k, word in enumerate(after[: APPOSED_WORDS + 1]):
        if not word.text[0].isalpha() or word.folded in preps or is_link_word(word):
            return None
        # A person right beside the mention is the rest of a split name ("سارة" "أوباما"),
        # which ``whole_name`` joins, not a name the mention describes.
        named = _next_person(doc, word.start) if k > 0 else None
        if named is not None and _in_construct(after[k - 1]):
            return None
        if named is not None and named.source not in REFERRING_SOURCES:
            # Another person named between («أبو شعيب المصري وأبو الأثير وأبو بكر
            # القحطاني»: a list) ends the apposition: a name past them is not this one's
            # (session 17 (2026-12-06), review).
            return named if named.kb_id or len(named.text.split()) > size else None
    return None


def _in_construct(word: Word) -> bool:
    """Whether a name after ``word`` is its genitive: a post or kin noun with no article
    governs the name after it («دينيس روس مستشار أوباما», «زوجة X»), which is the post's
    holder's superior or relative, another person than the mention before the post.
    Session 16 (2026-12-06)."""
    return not word.folded.startswith("ال") and (is_post_word(word) or is_relation_word(word))


def earlier_full_name(doc: Doc, position: int, name: str) -> Entity | None:
    short = [phrase_key(w) for w in name.split()]
    for other in named_people_before(doc, position):
        parts = other.text.split()
        if len(parts) > len(short) and [phrase_key(w) for w in parts[-len(short):]] == short:
            return other
    return None


RESUMED_NAME_WORDS = 4
"""Words of a name the entity stage missed between "وحسب" and its comma."""


def resumed_name(doc: Doc, tokens: Sequence[Word], first: int) -> Entity | None:
    """The speaker of a fronted Arabic attribution that the words after its comma take up
    again with فإن: "وحسب جيفري وايسنفيل، احد منظمي المظاهرة، فان حوالى 10 الاف ...". The
    words up to the comma are the speaker's name when they are few and none is a noun
    with the article, a preposition, a time word or a post ("وفقا للاتفاق، فإن" is no
    one's word)."""
    comma = next((k for k in range(first, len(tokens)) if tokens[k].text in COMMAS), None)
    if comma is None or not 0 < comma - first <= RESUMED_NAME_WORDS or not any(
            is_resumption(w) for w in tokens[comma + 1 :]):
        return None
    name = tokens[first:comma]
    preps, _ = prepositions()
    # ل glued on ("وفقا لمصادر مطلعة") marks a noun governed by the phrase, not a name.
    if any(not w.text[0].isalpha() or w.folded.startswith(("ال", "ل")) or w.folded in preps
           or w.folded in subject_stops()
           or w.folded in role_words() or head_kind(w) is not None for w in name):
        return None
    start, end = name[0].start, name[-1].end
    return Entity(start, end, type="PER", text=doc.text[start:end], source="resumed")


MARKED_NAME_WORDS = 3
"""Words of a name set in quotation marks before its post ("«آنخل آسبس» وزیر کشور")."""


def marked_name(doc: Doc, tokens: Sequence[Word], clause: int, verb: int) -> Entity | None:
    """A name in quotation marks that opens a Persian clause and is followed by a post:
    «آنخل آسبس» وزیر کشور اسپانیا ... گفت. The entity stage knows such names only when
    they begin with a known given name."""
    inside = [w for w in tokens if clause <= w.start and w.end <= verb]
    if len(inside) < 3 or inside[0].text not in ("«", '"', "“"):
        return None
    close = next((k for k, w in enumerate(inside[1:], 1) if not w.text[0].isalpha()), 0)
    if not 1 < close <= MARKED_NAME_WORDS + 1 or inside[close].text not in ("»", '"', "”") \
            or close + 1 >= len(inside) or inside[close + 1].folded not in role_words():
        return None
    start, end = inside[1].start, inside[close - 1].end
    return Entity(start, end, type="PER", text=doc.text[start:end], source="marked")


MARKED_SUBJECT_WORDS = 4
"""Words of a speaker's name in quotation marks right after an Arabic speech verb."""
MARKED_SUBJECT_SOURCE = "marked subject"
"""``Entity.source`` of a speaker's name read in marks after the verb."""
_CLOSING_QUOTES = frozenset("»”\"")


def marked_subject(doc: Doc, rest: Sequence[Word]) -> Entity | None:
    """A name in quotation marks that opens an Arabic verb's subject («قالت «كامبل سوب»
    أكبر شركة ... بأنها», «وأشارت "صب سي 7" إلى أن») where the entity stage tagged it
    elsewhere in the article but not here: that body or person speaks, not no one. Only
    words that the article names so elsewhere (the whole marked text, or the last words
    of a person named in full before), so quoted words right after the verb («وأضاف "لكن
    إيران ..."») are never taken for a name. Session 26 (2026-12-07)."""
    if len(rest) < 3 or rest[0].text not in OPENING_QUOTES:
        return None
    close = next((k for k, word in enumerate(rest[1 : MARKED_SUBJECT_WORDS + 2], 1)
                  if word.text in _CLOSING_QUOTES), None)
    if close is None or close < 2:
        return None
    start, end = rest[1].start, rest[close - 1].end
    key = phrase_key(doc.text[start:end])
    named = next((e for e in doc.entities if e.type in ("PER", "ORG")
                  and phrase_key(e.text) == key and is_participant(e)), None)
    named = named or earlier_full_name(doc, start, doc.text[start:end])
    if named is None:
        return None
    return replace(named, start=start, end=end, text=doc.text[start:end],
                   source=MARKED_SUBJECT_SOURCE)
