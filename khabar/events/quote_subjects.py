"""The speaker as the article writes them, where no entity covers the subject whole.

- **Names cut short.** The entity stage may stop before a name ends ("محمد ستاری" in
  "محمد ستاری فر", "إسماعيل ولد" in "إسماعيل ولد الشيخ") or split it in two entities side
  by side ("سرتاج" "عزیز"); a bare surname may stand for a fuller name given earlier
  ("الحربي" after "غزاي بن نايف الحربي"). The speaker then spans the whole name.
- **Arabic subjects with no name.** After a speech verb the subject may be a body or post
  the entity stage does not know ("وأوضحت وكالة الأنباء اليمنية الرسمية أن", "أفاد مصدر
  دبلوماسي تركي"). The phrase runs up to the first preposition, comma or time word. It
  speaks when it says whose it is (an organisation, place or nationality in it);
  otherwise ("وقالت مصادر مطلعة") the quote has no named speaker. Either way the words
  are not left to the last person named, nor given to a nationality adjective.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Word, demonyms, phrase_key, words
from khabar.entities.titles import role_words
from khabar.events.participants import is_participant, outlet_heads, prepositions, token_index
from khabar.resources import load_lines, load_tsv

REFERRING = frozenset({"pronoun", "role"})
SUBJECT_WORDS = 8
"""Words a speaker's phrase with no name spans ("زعيم جماعة الحوثي اليمنية", "رئيس لجنة
التصوير الضوئي حسان مبروك": the name the entity stage missed comes with the post)."""


@lru_cache(maxsize=1)
def name_parts() -> dict[str, str]:
    return {phrase_key(word): kind for word, kind in load_tsv("events/name_parts.tsv")}


@lru_cache(maxsize=1)
def speaker_heads() -> dict[str, str]:
    """Folded head noun -> body | post | source."""
    return {phrase_key(word): kind for word, kind in load_tsv("events/speaker_heads.tsv")}


def head_kind(word: Word) -> str | None:
    """body, post or source for a speaker head noun, with or without the article."""
    folded = word.folded
    kind = speaker_heads().get(folded)
    if kind is None and folded.startswith("ال"):
        kind = speaker_heads().get(folded[2:])
    return kind


@lru_cache(maxsize=1)
def subject_stops() -> frozenset[str]:
    return frozenset(phrase_key(w) for w in load_lines("events/subject_stops.txt"))


def _next_person(doc: Doc, position: int) -> Entity | None:
    return next((e for e in doc.entities if e.type == "PER" and e.start == position), None)


NAME_REACH = 60
"""Characters after a name read for the rest of it."""


def whole_name(doc: Doc, person: Entity) -> Entity:
    """The person's mention stretched over the rest of their name (``_joined``), else a
    fuller mention of the name elsewhere (``fuller_mention``)."""
    if person.type != "PER" or person.source in REFERRING:
        return person
    return _joined(doc, person) or fuller_mention(doc, person)


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
            and _gap_is_space(doc, end, tokens[0]) and _linked_word(tokens[0]):
        end, k = tokens[0].end, 1
    while k < len(tokens) and _gap_is_space(doc, end, tokens[k]):
        word = tokens[k]
        following = _next_person(doc, word.start)
        part = name_parts().get(word.folded)
        if following is not None and following.source not in REFERRING \
                and not (doc.lang == "ar" and _governed(word)):
            # Not the second part's KB link: a surname alone ("أوباما" in "سارة أوباما")
            # may be linked to another holder of it.
            end = following.end
            k = token_index(tokens, end)
        elif part == "suffix" or (end == person.end and _nisba(doc, person, tokens, k)):
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


def _gap_is_space(doc: Doc, end: int, word: Word) -> bool:
    """Whether only spaces, and no line break, part a name from the word after it."""
    gap = doc.text[end : word.start]
    return gap.isspace() and "\n" not in gap


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
    return _earlier_full_name(doc, person.start, person.text) or person


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
        if not word.text[0].isalpha() or word.folded in preps or _is_link_word(word):
            return None
        # A person right beside the mention is the rest of a split name ("سارة" "أوباما"),
        # which ``whole_name`` joins, not a name the mention describes.
        named = _next_person(doc, word.start) if k > 0 else None
        if named is not None and named.source not in REFERRING and (
                named.kb_id or len(named.text.split()) > size):
            return named
    return None


def _earlier_full_name(doc: Doc, position: int, name: str) -> Entity | None:
    short = [phrase_key(w) for w in name.split()]
    for other in reversed(doc.entities):
        if other.end > position or other.type != "PER" or other.source in REFERRING:
            continue
        parts = other.text.split()
        if len(parts) > len(short) and [phrase_key(w) for w in parts[-len(short):]] == short:
            return other
    return None


@lru_cache(maxsize=1)
def _link_words() -> frozenset[str]:
    return frozenset(phrase_key(word) for word, _ in load_tsv("events/quote_links.tsv"))


def _is_link_word(word: Word) -> bool:
    return word.folded in _link_words()


def _opens_subject(word: Word) -> bool:
    """Whether a word right after an Arabic speech verb begins its subject: a noun with
    the article, a role word or a speaker head, and not a time word or adverb."""
    folded = word.folded
    if not word.text[0].isalpha() or folded in subject_stops():
        return False
    return folded.startswith("ال") or folded in role_words() or head_kind(word) is not None


def _ends_phrase(word: Word) -> bool:
    """Whether a word ends a subject phrase: a preposition, a time word, or "و" joining a
    second subject ("الشرطة وشهود عيان"; not the و of "وزارة")."""
    words, _ = prepositions()
    folded = word.folded
    joined = folded.startswith("و") and len(folded) > 4 and (
        folded.startswith("وال") or folded[1:] in speaker_heads())
    return (not word.text[0].isalpha() or folded in words or folded in subject_stops()
            or folded.startswith(("لل", "بال")) or joined)


def subject_phrase(doc: Doc, tokens: Sequence[Word], first: int, stop: int) -> Entity | None:
    """The words of an Arabic speech verb's subject that names no one, starting at word
    ``first`` (right after the verb) and ending before ``stop`` (where the quote opens);
    None when the verb has no subject of its own ("وأضاف أن", "وقال في بيان")."""
    if first >= len(tokens) or tokens[first].start >= stop or not _opens_subject(tokens[first]):
        return None
    last = first
    for word in tokens[first + 1 : first + SUBJECT_WORDS]:
        if word.end > stop or _ends_phrase(word):
            break
        last += 1
    start, end = tokens[first].start, tokens[last].end
    return Entity(start, end, type="ORG", text=doc.text[start:end], source="subject")


def phrase_speaker(doc: Doc, phrase: Entity, state_body: bool) -> Entity | None:
    """Who a subject phrase with no name entity names: a person given in full earlier
    when the phrase is their surname ("وأشار الحربي" after "غزاي بن نايف الحربي"); the
    phrase itself when it is a state body ("وقالت الشرطة") or says whose it is; no one
    for unnamed sources ("مصادر مطلعة", "مصدر دبلوماسي تركي", "البيان")."""
    person = _earlier_full_name(doc, phrase.start, phrase.text)
    if person is not None:
        return person
    parts = words(doc.text, phrase.start, phrase.end)
    if head_kind(parts[0]) == "source":
        return None
    return phrase if state_body or _anchored(doc, phrase) or _definite_post(parts) else None


def _definite_post(parts: Sequence[Word]) -> bool:
    """Whether a phrase is a post held by one person, a post word bound to a noun with the
    article ("رئيس لجنة التصوير الضوئي", "زعيم الجماعة"), not an indefinite one ("نائب
    سابق")."""
    if len(parts) < 2 or not (parts[0].folded in role_words() or head_kind(parts[0]) == "post"):
        return False
    if parts[1].folded.startswith("ال"):
        return True
    return len(parts) > 2 and head_kind(parts[1]) == "body" and parts[2].folded.startswith("ال")


def _anchored(doc: Doc, phrase: Entity) -> bool:
    """Whether a subject phrase says whose it is: it holds an organisation, place or
    nationality ("وكالة الأنباء اليمنية", "زعيم جماعة الحوثي")."""
    if any(e.type != "PER" and phrase.start <= e.start and e.end <= phrase.end
           for e in doc.entities):
        return True
    found = demonyms().find_all(doc.text, words(doc.text, phrase.start, phrase.end),
                                strip_clitics=True)
    return bool(found)


def main_clause_subject(doc: Doc, tokens: Sequence[Word], verb_first: int) -> Entity | None:
    """The subject of the verb that opens the sentence, for a speech verb further in that
    has no subject of its own ("وشكك معهد بحثي أمريكي بارز ... قائلا إن"): the person,
    body or subject phrase right after the sentence's first word, when that word is no
    noun or preposition (the sentence opens with its verb)."""
    if verb_first < 2 or not _opens_with_verb(doc, tokens[0]):
        return None
    second = tokens[1]
    body = next((e for e in doc.entities if e.start == second.start
                 and (e.type == "PER" or is_participant(e))), None)
    if body is not None:
        return body
    phrase = subject_phrase(doc, tokens, 1, tokens[verb_first].start)
    if phrase is None:
        return None
    person = next((e for e in doc.entities if e.type == "PER" and e.source not in REFERRING
                   and phrase.start <= e.start and e.end <= phrase.end), None)
    return person or phrase_speaker(doc, phrase, state_body=False)


def _opens_with_verb(doc: Doc, word: Word) -> bool:
    preps, clitics = prepositions()
    folded = word.folded
    bare = folded[1:] if folded.startswith(("و", "ف")) else folded
    return (word.text[0].isalpha() and not bare.startswith("ال") and bare not in preps
            and bare[:1] not in clitics and folded not in subject_stops()
            and not any(e.start <= word.start < e.end for e in doc.entities))


def is_resumption(word: Word) -> bool:
    """فإن, فان: the link that takes up a fronted attribution ("وحسب X، فإن ...")."""
    return word.folded.startswith("ف") and _is_link_word(word)


RESUMED_NAME_WORDS = 4
"""Words of a name the entity stage missed between "وحسب" and its comma."""


def resumed_name(doc: Doc, tokens: Sequence[Word], first: int) -> Entity | None:
    """The speaker of a fronted Arabic attribution that the words after its comma take up
    again with فإن: "وحسب جيفري وايسنفيل، احد منظمي المظاهرة، فان حوالى 10 الاف ...". The
    words up to the comma are the speaker's name when they are few and none is a noun
    with the article, a preposition, a time word or a post ("وفقا للاتفاق، فإن" is no
    one's word)."""
    comma = next((k for k in range(first, len(tokens)) if tokens[k].text in "،,"), None)
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


def is_told(tokens: Sequence[Word], person: Entity) -> bool:
    """Whether a person after an Arabic speech verb is the one told, not the teller: a
    preposition on the name ("لأوباما") or before it ("مع", "إلى"), or a preposition on a
    medium or post noun the name belongs to ("لشبكة سكاي نيوز", "لمراسل X"). A place
    with a preposition before a name ("مدير مكتب الحملة بلبنان وليد ...") governs nothing."""
    preps, clitics = prepositions()
    k = token_index(tokens, person.start)
    if k < len(tokens) and tokens[k].start < person.start:
        return tokens[k].folded[:1] in clitics
    if k == 0:
        return False
    before = tokens[k - 1].folded
    if before in preps:
        return True
    bare = before[1:] if before[:1] in clitics and not before.startswith("ال") else ""
    return bool(bare) and (bare in speaker_heads() or bare in outlet_heads())


def is_adjective(doc: Doc, tokens: Sequence[Word], entity: Entity) -> bool:
    """Whether a country entity is a nationality adjective after an indefinite noun ("مصدر
    دبلوماسي تركي"): it describes the speaker, it does not speak. After a noun with the
    article ("وزارة الخارجية السعودية") the same word may name the state, and is left."""
    k = token_index(tokens, entity.start)
    if k == 0 or k >= len(tokens) or not tokens[k - 1].text[0].isalpha() \
            or tokens[k - 1].folded.startswith("ال"):
        return False
    match = demonyms().match_at(doc.text, tokens, k, strip_clitics=True)
    return match is not None and match.end >= entity.end
