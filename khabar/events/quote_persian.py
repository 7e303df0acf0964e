"""Where a Persian speech verb's subject stands, and which words before the verb are no
subject: Persian puts the subject first and the verb last ("X ... گفت"), so the words of
the verb's clause, or of the sentence's first stretch, tell who speaks.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from khabar.doc import Entity
from khabar.entities.gazetteer import Match, Word, phrase_key
from khabar.entities.titles import role_words
from khabar.entities.words import listed_keys
from khabar.events.participant_words import prepositions, token_index
from khabar.events.quote_words import (
    head_kind,
    is_relation_word,
    new_speaker_words,
    unnamed_quantifiers,
)
from khabar.resources import load_tsv
from khabar.text.persian_function_words import OBJECT_MARK

CLAUSE_MARKS = frozenset("،,:؛;")
"""Marks that close a clause before the subject: «به گزارش خبرگزاری فارس،», «گروه سیاسی:»."""


@lru_cache(maxsize=1)
def impersonal_modals() -> frozenset[str]:
    """Modal words after which a Persian verb form is a short infinitive."""
    return frozenset(phrase_key(w) for w, _ in load_tsv("events/impersonal_modals_fa.tsv"))


def after_impersonal_modal(tokens: Sequence[Word], verb: Match[str]) -> bool:
    """Whether a Persian speech verb stands right after an impersonal modal («می‌توان گفت
    که», «باید گفت», «شاید بتوان گفت»): a short infinitive with no subject, the writer's
    remark, so no one's quote (session 15 (2026-12-06), issue 6)."""
    return verb.value == "fa" and verb.first > 0 \
        and tokens[verb.first - 1].folded in impersonal_modals()


def clause_start(tokens: Sequence[Word], sentence: tuple[int, int], verb: Match[str]) -> int:
    return max([sentence[0], *(w.end for w in tokens[: verb.first] if w.text in CLAUSE_MARKS)])


def _first_word(words: Sequence[Word]) -> Word | None:
    return next((w for w in words if w.text[0].isalnum()), None)


def opens_with_post(words: Sequence[Word]) -> bool:
    first = _first_word(words)
    return first is not None and (first.folded in role_words() or head_kind(first) == "post")


def opens_unnamed(words: Sequence[Word]) -> bool:
    """Whether the words open with the head noun of a body ("اتحادیه مردمی برای دموکراسی",
    "دادستانی کل عربستان"), a relation word ("وکیل فاطمه") or an indefinite ("یک منبع
    پارلمانی", "برخی کارشناسان"): someone unnamed is the subject, not the last person
    quoted or named."""
    first = _first_word(words)
    return first is not None and (head_kind(first) == "body" or is_relation_word(first)
                                  or first.folded in unnamed_quantifiers("fa"))


def persian_subject_words(tokens: Sequence[Word], sentence: tuple[int, int],
                          verb: Match[str]) -> list[Word]:
    """The words that hold a Persian speech verb's subject: its own clause (after the last
    comma); or, when that clause opens with no post or body, the sentence's first stretch
    up to a comma, when that one does: a comma inside the subject's adverbial ("معاون وزیر
    اقتصاد با بیان اینکه ... است، افزود") or inside a body's name ("رئیس اداره ... وزارت
    بهداشت، درمان و آموزش پزشکی گفت") does not take the subject away from the verb. A
    stretch ended by a colon is a heading ("گروه اجتماعی:", "ایرنا:"), not the subject."""
    clause = clause_start(tokens, sentence, verb)
    own = [w for w in tokens[: verb.first] if w.start >= clause]
    if opens_with_post(own) or opens_unnamed(own):
        return own
    stretch: list[Word] = []
    for word in (w for w in tokens[: verb.first] if w.start >= sentence[0]):
        if word.text not in CLAUSE_MARKS:
            stretch.append(word)
        elif word.text == ":":
            stretch = []
        else:
            break
    return stretch if opens_with_post(stretch) or opens_unnamed(stretch) else own


def adverbial_nouns() -> frozenset[str]:
    return listed_keys("events/adverbial_nouns_fa.txt")


def adverbial_openers() -> frozenset[str]:
    return listed_keys("events/adverbial_openers_fa.txt")


def adverbial_positions(tokens: Sequence[Word], clause: int, end: int) -> frozenset[int]:
    """Where the words inside the speaker's adverbial phrases of a clause start ("وی با
    اشاره به سیاست‌های ابلاغی مقام معظم رهبری گفت", "ضمن تسلیت شهادت حضرت فاطمه"): from
    "با" or "ضمن" and a verbal noun of saying or marking up to the next comma. A name
    there is the one mentioned; the subject stands before such a phrase, never in it."""
    inside = [w for w in tokens if clause <= w.start and w.end <= end]
    found: set[int] = set()
    opened = False
    for k, word in enumerate(inside):
        if word.text in CLAUSE_MARKS:
            opened = False
        elif opened:
            found.add(word.start)
        elif word.folded in adverbial_openers() and k + 1 < len(inside) \
                and inside[k + 1].folded in adverbial_nouns():
            opened = True
    return frozenset(found)


def in_subordinate(tokens: Sequence[Word], position: int) -> bool:
    """Whether a Persian clause word ("اینکه", "که") stands before ``position``, after the
    sentence's subject (``after_subject``)."""
    k = next((i for i, w in enumerate(tokens) if w.end <= position
              and new_speaker_words().get(w.folded) == "clause"), None)
    return k is not None and after_subject(tokens, k)


GOVERNED_WORDS = 3
"""Words of an ezafe chain back to the preposition that governs a Persian name ("به سفر
بوش")."""


def governed_fa(tokens: Sequence[Word], position: int) -> bool:
    """Whether a preposition stands at most GOVERNED_WORDS words before ``position``, with
    no punctuation between (the object marker را, which follows its noun, excepted), after
    the sentence's subject (``after_subject``)."""
    words, _ = prepositions()
    k = token_index(tokens, position)
    for i in range(k - 1, max(0, k - GOVERNED_WORDS) - 1, -1):
        if not tokens[i].text[0].isalnum():
            return False
        if words.get(tokens[i].folded, "obj") != "obj":
            return after_subject(tokens, i)
    return False


def governing_prepositions() -> frozenset[str]:
    return listed_keys("events/governing_prepositions_fa.txt")


@cache
def _source_words() -> dict[str, frozenset[str]]:
    sides: dict[str, set[str]] = {"before": set(), "after": set()}
    for word, side in load_tsv("events/source_preposition_words_fa.tsv"):
        sides[side].add(phrase_key(word))
    return {side: frozenset(found) for side, found in sides.items()}


def _cites_source(tokens: Sequence[Word], k: int) -> bool:
    """Whether the preposition at word ``k`` opens the source of the words quoted («به نقل
    از X», «از قول X»), whose person may be the one who speaks."""
    sides = _source_words()
    return (k > 0 and tokens[k - 1].folded in sides["before"]) \
        or (k + 1 < len(tokens) and tokens[k + 1].folded in sides["after"])


def governed_in_clause(tokens: Sequence[Word], clause: int, person: Entity) -> bool:
    """Whether a person in a Persian speech verb's own clause stands inside a phrase of a
    preposition that does not open the clause («زرینه ... از فرهنگ ائمه اطهار تأکید
    کرد», «سخنگوی وزارت ... در واکنش به اظهارات X گفت»): the subject stands before such a
    phrase, never in it, so the person is one mentioned, not the speaker. As in
    ``governed_fa``, at most GOVERNED_WORDS words back, with no mark or clause word («از
    زمانی که ارسطو ... نوشت») between; not a phrase that cites the source («به نقل از X»).
    Session 30 (2026-12-07), issue 6, engineer quotes_fa15."""
    inside = [w for w in tokens if w.start >= clause]
    first = next((k for k, w in enumerate(inside) if w.text[0].isalnum()), None)
    at = token_index(inside, person.start)
    if first is None or at <= first:
        return False
    for k in range(at - 1, max(first, at - GOVERNED_WORDS) - 1, -1):
        word = inside[k]
        if not word.text[0].isalnum() or new_speaker_words().get(word.folded) == "clause":
            return False
        if word.folded in governing_prepositions():
            return k > first and not _cites_source(inside, k) \
                and after_subject(inside[first:], k - first)
    return False


def after_subject(tokens: Sequence[Word], k: int) -> bool:
    """Whether word ``k`` comes after a Persian sentence's subject: the sentence opens with
    no preposition ("به گزارش الجزیره X"), and no copula stands before (an opener such as
    "این در حالی است که X ..." leaves the subject to come)."""
    first = next((w for w in tokens if w.text[0].isalnum()), None)
    words, _ = prepositions()
    return first is not None and words.get(first.folded, "obj") == "obj" \
        and not any(w.folded in opener_copulas() for w in tokens[:k])


def opener_copulas() -> frozenset[str]:
    return listed_keys("events/opener_copulas_fa.txt")


def marked_object(tokens: Sequence[Word], position: int) -> bool:
    k = token_index(tokens, position)
    return k < len(tokens) and tokens[k].folded == OBJECT_MARK
