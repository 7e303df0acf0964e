"""An Arabic post standing alone for the person it was given to earlier in the article.

Arabic news names a person once with his posts ("الأمير فيصل بن بندر أمير منطقة الرياض",
"المفتي العام للقدس ... الشيخ محمد حسين") and then refers to him by a post alone, as the
subject or object of later acts: "كما استقبل أمير منطقة الرياض سفير البيرو", "وناشد المفتي
الدول العربية". The entity stage links such a post back only when the knowledge base
lists it; this module links the others, as the reader does: a post that repeats, word for
word, a whole post apposed earlier to one named person (``described_posts``) stands for
that person (``held_posts``), as an entity of source ``held_post`` carrying his key, so that
``antecedents.named_antecedent`` gives his named mention.

It is kept narrow, so as not to hand one holder's acts to another:
- the earlier post must belong to one person only (two ministers "وزير الخارجية" of two
  states name neither);
- a post is repeated whole: two words or more, or one definite word ("المفتي") that opened
  the earlier post; a post of a post ("نائب وزير الخارجية") or a post some adjective makes
  another ("وزير الخارجية الأمريكي", "السابق": ``other_holder_words_ar.txt``) is not his;
- a post right before or after a name describes that name, not the earlier holder.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Word
from khabar.entities.phrases import clitic_variants, proclitic_forms
from khabar.entities.words import listed_keys
from khabar.events.antecedents import HELD_POST, REFERRING_SOURCES
from khabar.events.arabic_names import (
    POST_GENITIVE,
    POSTS_AFTER,
    post_place_country,
    post_words,
)
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import CLAUSE_BREAKS, is_role, prepositions, token_index
from khabar.text.sentences import sentence_index

Words = Callable[[int, int], Sequence[Word]]

MIN_WORDS = 2
"""Words a post repeats to stand for its holder, unless it is one definite word."""


@dataclass(frozen=True)
class Described:
    """A post apposed to a named person: its words (folded) and where it ends."""

    words: tuple[str, ...]
    forms: tuple[frozenset[str], ...]
    """Each word's forms without a proclitic ("ورئيس" -> "رئيس")."""
    end: int
    holder: Entity
    country: str | None = None
    """The holder's country, or that of the place his post names ("أمير منطقة الرياض")."""


def holder_heads() -> frozenset[str]:
    """Words that open a post, beside the shared role and post words."""
    return listed_keys("events/holder_posts_ar.txt")


def other_holder_words() -> frozenset[str]:
    return listed_keys("events/other_holder_words_ar.txt")


def _head(word: Word) -> bool:
    """A word that opens a post (not an honorific, "الأمير", "معالي", nor an adjective of
    a post, "العام", "الأعلى")."""
    return bool(proclitic_forms(word) & (post_words() | holder_heads()))


def _run_before(tokens: Sequence[Word], first: int, names: frozenset[int] = frozenset()
                ) -> list[int]:
    """The string of posts right before a name, less the honorifics ending it ("ولي ولي
    العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير X"): read back from the name,
    post words each followed by at most ``POST_GENITIVE`` words completing them, up to a
    clause break, another person's name (``names``) or a word too far from any post word."""
    k = first - 1
    while k >= 0 and is_role(tokens[k], "ar") and not _head(tokens[k]):
        k -= 1  # "الأمير", "الدكتور": the name's own honorifics
    end, start, gap = k + 1, None, 0
    while (k >= 0 and first - k <= POSTS_AFTER and tokens[k].text not in CLAUSE_BREAKS
           and k not in names):
        if _head(tokens[k]):
            start, gap = k, 0
        elif (gap := gap + 1) > POST_GENITIVE:
            break
        k -= 1
    return list(range(start, end)) if start is not None else []


def _run_after(tokens: Sequence[Word], last: int) -> list[int]:
    """The words of the posts apposed after a name: each a post word or one of the few
    completing the last post word's post, up to a clause break. A construct chain ends at
    its first definite noun ("أمير منطقة الرياض"): after it only definite adjectives, a
    preposition or another post go on; an indefinite word is the clause's ("وفدا")."""
    run: list[int] = []
    since, closed = None, False
    for k in range(last + 1, min(len(tokens), last + 1 + POSTS_AFTER)):
        word = tokens[k]
        if word.text in CLAUSE_BREAKS:
            break
        if _head(word):
            since, closed = 0, False
        elif (since is None or since >= POST_GENITIVE
              or (closed and not _definite_behind_clitic(word) and not _complement(word.folded))):
            break
        else:
            since, closed = since + 1, closed or _definite_behind_clitic(word)
        run.append(k)
    return run


def _definite_behind_clitic(word: Word) -> bool:
    """Written with the article, behind any proclitic the clitic list knows («بالرياض»,
    «والمنطقة», «للمملكة»): a construct chain closes on its first definite noun whatever
    it carries, so this is looser than ``arabic_owners._article_first`` (no proclitic)
    and ``arabic_condemned._definite_object`` (only «ب», «ل»)."""
    return any(rest.startswith("ال") for _, rest in clitic_variants(word))


def _sentence(doc: Doc, position: int) -> tuple[int, int] | None:
    i = sentence_index(doc.sentences, position)
    return doc.sentences[i] if i >= 0 else None


def described_posts(doc: Doc, sentence_words: Words) -> list[Described]:
    """The posts apposed to each person named in the article, before or after the name."""
    if doc.lang != "ar":
        return []
    found: list[Described] = []
    for person in doc.entities:
        if (person.type != "PER" or person.source in REFERRING_SOURCES or person.key is None
                or " " not in person.text.strip()):
            continue  # a one-word "person" is too often a word the tagger took for a name
        span = _sentence(doc, person.start)
        if span is None:
            continue
        tokens = sentence_words(*span)
        if not tokens:
            continue
        first, last = token_index(tokens, person.start), token_index(tokens, person.end - 1)
        names = _name_words(doc, tokens)
        for run in (_run_before(tokens, first, names), _run_after(tokens, last)):
            words = [tokens[k] for k in run]
            if words:
                country = person.country or post_place_country(doc, tokens, person)
                found.append(Described(tuple(w.folded for w in words),
                                       tuple(frozenset(proclitic_forms(w)) for w in words),
                                       words[-1].end, person, country))
    return found


def _match(tokens: Sequence[Word], k: int, post: Described, j: int) -> int:
    """How many words from ``tokens[k]`` repeat ``post`` from its word ``j``."""
    if not post.forms[j] & proclitic_forms(tokens[k]):
        return 0
    m = 1
    while (k + m < len(tokens) and j + m < len(post.words)
           and post.words[j + m] == tokens[k + m].folded
           and post.words[j + m] not in prepositions()[0]):  # "في": the post's complement
        m += 1
    return m


def _whole(tokens: Sequence[Word], k: int, m: int, post: Described, j: int) -> bool:
    """The repeated words are a whole post: they end where the earlier post or one of its
    posts ends, and no adjective after them makes the post another's."""
    if j + m < len(post.words) and not (any(_head_form(f) for f in post.forms[j + m])
                                        or _complement(post.words[j + m])):
        return False
    if m < MIN_WORDS and not (post.words[j].startswith("ال") and j == 0):
        return False
    if k + m < len(tokens):
        after = tokens[k + m].folded
        if after in other_holder_words() or (after.startswith("ال") and after.endswith("ي")):
            return False  # "وزير الخارجية الأمريكي", "الرئيس السابق": another holder
    return not (k > 0 and _head(tokens[k - 1]))  # "نائب وزير الخارجية": a post of a post


def _complement(folded: str) -> bool:
    """A preposition, alone or glued ("لدى", "للإفتاء", "بالرياض"), opens a post's complement,
    which a later mention of the post may leave out."""
    words, clitics = prepositions()
    return folded in words or (folded[:1] in clitics and folded[1:3] == "ال")


def _head_form(folded: str) -> bool:
    heads = post_words() | holder_heads()
    return folded in heads or (folded.startswith("ال") and folded[2:] in heads)


def _holder(tokens: Sequence[Word], k: int, posts: Sequence[Described]
            ) -> tuple[Described, int] | None:
    """The one person an earlier post repeated whole from ``tokens[k]`` was given to, and
    how many words it spans; none when those words also open another person's post
    ("الرئيس" after "الرئيس X" and "الرئيس الأمريكي Y")."""
    holders: dict[str, tuple[Described, int]] = {}
    for post in posts:
        if post.end > tokens[k].start:
            continue
        for j in range(len(post.words)):
            m = _match(tokens, k, post, j)
            if m and _whole(tokens, k, m, post, j):
                key = post.holder.key or ""
                if key not in holders or m > holders[key][1]:
                    holders[key] = (post, m)
    if len(holders) != 1:
        return None
    post, m = next(iter(holders.values()))
    rivals = any(other.holder.key != post.holder.key and other.end <= tokens[k].start
                 and any(_match(tokens, k, other, j) >= m for j in range(len(other.words)))
                 for other in posts)
    return None if rivals else (post, m)


def _near_name(doc: Doc, tokens: Sequence[Word], k: int, end: int, holder: Entity) -> bool:
    """The post is a name's own: right after it, or the last post before it («سفير اليابان
    X»; the posts before that one may be the verb's subject: «استقبل أمير منطقة الرياض سفير
    اليابان X»), or it names the holder himself."""
    last = token_index(tokens, end - 1)
    for person in doc.entities:
        if person.type != "PER" or not tokens[0].start <= person.start < tokens[-1].end:
            continue
        first, final = token_index(tokens, person.start), token_index(tokens, person.end - 1)
        if first > last:
            run = _run_before(tokens, first, _name_words(doc, tokens))
            if run and k >= run[0] and (person.key == holder.key
                                        or k >= _last_post(tokens, run)):
                return True
        elif final < k and k in _run_after(tokens, final):
            return True
    return False


def _name_words(doc: Doc, tokens: Sequence[Word]) -> frozenset[int]:
    """The indexes of the words inside persons' names."""
    inside: set[int] = set()
    for person in doc.entities:
        if person.type == "PER" and tokens[0].start <= person.start < tokens[-1].end:
            inside.update(range(token_index(tokens, person.start),
                                token_index(tokens, person.end - 1) + 1))
    return frozenset(inside)


def _last_post(tokens: Sequence[Word], run: Sequence[int]) -> int:
    """Where the last post of a string of posts opens: its last block of post words."""
    at = max(i for i in run if _head(tokens[i]))
    while at - 1 in run and _head(tokens[at - 1]):
        at -= 1
    return at


def held_posts(doc: Doc, tokens: Sequence[Word], posts: Sequence[Described],
               taken: Sequence[Entity] = ()) -> list[Entity]:
    """Posts standing alone in a sentence for the person given them earlier, as entities of
    source ``held_post`` with that person's key; none overlaps ``taken`` (the state actors)."""
    if doc.lang != "ar" or not posts or not tokens:
        return []
    found: list[Entity] = []
    k = 0
    while k < len(tokens):
        hit = _holder(tokens, k, posts) if _head(tokens[k]) else None
        if hit is None:
            k += 1
            continue
        post, m = hit
        start = tokens[k].start + _skip(tokens[k], posts)
        end = tokens[k + m - 1].end
        if not (any(e.start < end and start < e.end for e in taken)
                or any(w.text in CLAUSE_BREAKS for w in tokens[k:k + m])
                or _near_name(doc, tokens, k, end, post.holder)):
            found.append(Entity(start, end, type="PER", text=doc.text[start:end],
                                key=post.holder.key, country=post.country, source=HELD_POST))
        k += m
    return found


def _skip(word: Word, posts: Sequence[Described]) -> int:
    """Characters of a proclitic before the post's word ("لأمير" -> "أمير")."""
    wanted = {f for p in posts for forms in p.forms for f in forms}
    for skip, rest in clitic_variants(word):
        if rest in wanted:
            return skip
    return 0


def verb_parties(hit: TriggerHit, held: Sequence[Entity]) -> list[Entity]:
    """The held posts that may be a trigger's parties: those after it, where Arabic puts a
    verb's subject and object and a verbal noun's doer («زيارة أمير منطقة الرياض»). A post
    before the trigger is most often the genitive of another noun («مع تأكيد المتحدث
    الأمني على رفض ...») or the subject of an earlier verb, not the act's doer."""
    return [entity for entity in held if entity.start >= hit.end]
