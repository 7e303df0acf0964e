"""The person a post with no name stands for, from the article's own appositions.

Articles name a speaker once with their post ("وقال مدير المرصد السوري لحقوق الانسان رامي
عبدالرحمن", "وأوضح فهد العتيبي المتحدث الرسمي للمؤسسة") and then by the post alone ("وقال
مدير المرصد", "وأضاف المتحدث الرسمي"). The post then speaks for the person it was written
beside: the nearest earlier person the same post words stand right beside, else the one
person the post opens an apposition of ("مدير المرصد" of "مدير المرصد السوري ..."). A post
that opens appositions of two different persons ("وزير الخارجية" beside "وزير الخارجية
الألماني X" and "وزير الخارجية Y") is left unresolved unless one of them is exact.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Word, words
from khabar.events.antecedents import named_people_before, sentence_words
from khabar.events.participant_words import token_index
from khabar.events.quote_words import is_link_word, is_person_role, is_post_word
from khabar.text.sentences import COMMAS

APPOSITION_WORDS = 12
"""Words before or after a name that its post may span ("مدير عام الإدارة العامة
للإشراف النسوي بالمديرية العامة للسجون")."""


def _bare(word: Word) -> str:
    """The folded word without the article, nor the conjunction و glued before it
    ("حضر ... سفير X والمدير العام لإدارة الطوارئ Y": Y's post is "المدير العام ...")."""
    folded = word.folded
    if folded.startswith("وال") and len(folded) > 5:
        folded = folded[1:]
    return folded[2:] if folded.startswith("ال") and len(folded) > 4 else folded


def _is_clause_mark(word: Word) -> bool:
    return not word.text[0].isalnum()


def _fits(post: Sequence[str], side: Sequence[Word]) -> str | None:
    """exact | prefix when the post's words open ``side`` (the words beside the name, read
    away from it in text order), else None. Exact: nothing but punctuation or the name
    between the post and the name."""
    if len(side) < len(post) or [_bare(w) for w in side[: len(post)]] != list(post) \
            or side[0].folded.startswith("وال"):
        return None  # "X والمدير العام ... Y": a post after و is the next person's
    rest = side[len(post) :]
    return "exact" if not rest or _is_clause_mark(rest[0]) else "prefix"


def _before(tokens: Sequence[Word], k: int) -> list[Word]:
    """The words before word ``k`` back to the clause's start, in text order."""
    out: list[Word] = []
    for word in reversed(tokens[max(0, k - APPOSITION_WORDS) : k]):
        if word.text in _QUOTE_MARKS or (not out and word.text in COMMAS):
            continue  # "المدير العام، روبرتو آزفيدو،": a post apposed before the comma
        if _is_clause_mark(word) or is_link_word(word):
            break  # "... الصحيفة إلى أن «واكاسو»": the post is in another clause
        out.insert(0, word)
    return out


_QUOTE_MARKS = frozenset("\"«»“”")


def _placing(post: Sequence[str], tokens: Sequence[Word], person: Entity) -> str | None:
    """How the post stands beside one mention of a person: exact (right before or after
    the name), prefix (opening a longer post before or after it), or not at all."""
    before = _before(tokens, token_index(tokens, person.start))
    for i in range(len(before) - len(post) + 1):
        # Not the tail of a longer post ("رئيس" in "نائب رئيس النادي").
        if [_bare(w) for w in before[i : i + len(post)]] == list(post) \
                and (i == 0 or not is_post_word(before[i - 1])):
            return "exact" if i + len(post) == len(before) else "prefix"
    after = list(tokens[token_index(tokens, person.end) :][:APPOSITION_WORDS])
    return _fits(post, after[1:] if after and after[0].text in COMMAS else after)


def role_holder(doc: Doc, phrase: Entity, roles: bool = False) -> Entity | None:
    """The person named earlier in the article with the post ``phrase`` beside them; with
    ``roles``, also a noun of a person's role ("المدافع", ``is_person_role``)."""
    parts = words(doc.text, phrase.start, phrase.end)
    if not parts or not (is_post_word(parts[0]) or (roles and is_person_role(parts[0]))):
        return None  # "الصحيفة", "الوزارة": a body, whose antecedent is no person
    post = [_bare(w) for w in parts]
    exact: Entity | None = None
    prefixed: dict[str, Entity] = {}
    for person in named_people_before(doc, phrase.start):
        fit = _placing(post, sentence_words(doc, person.start), person)
        if fit == "exact":
            exact = exact or person
            break
        if fit == "prefix":
            prefixed.setdefault(person.key or person.kb_id or person.text, person)
    if exact is not None:
        return exact
    if roles and prefixed:
        # "ريو فرديناند مدافع منتخب إنجلترا" ... "جون ستونز مدافع ايفرتون" ... "فرديناند
        # مدافع يونايتد السابق" ... "وقال المدافع": a role, unlike an office, is held by
        # many; the definite noun takes up the last person named in it.
        return next(iter(prefixed.values()))
    return next(iter(prefixed.values())) if len(prefixed) == 1 else None
