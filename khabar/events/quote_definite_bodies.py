"""An Arabic body named in the subject's place by definite nouns only, that the quote
stage found no speaker for: «وأوضحت الجوازات أن» after «المديرية العامة للجوازات»,
«وبينت الشؤون الصحية أن» after «أوضحت الشؤون الصحية بجدة»,
«وذكرت الشركة العاملة في مجال ...» after «شركة نايكي», «وأكدت الإدارة الوحداوية بأن».

Arabic takes a body up again by its head noun with the article and adjectives («الشؤون
الصحية»), or by the word that ends its name («الجوازات» of «المديرية العامة للجوازات»,
«الجمارك» of «أعلنت الجمارك الصينية»). Such a subject stands for the last body before it
that it repeats: an organisation the entity stage named, whose head noun and naming
adjectives it repeats or whose name it ends with, or an earlier subject of a speech verb
that says more. With none, a body head with an adjective of its own (a nisba: «الإدارة
الوحداوية») names the body and speaks as written, as «وأعلنت بعثة الأمم المتحدة» does
in the gold; a body described only («الشركة المنتجة», an unnamed speaker in the gold)
names none. A person is never the answer: only organisations and subjects of bodies are
read. Session 29 (2026-12-07), engineer quotes_ar12.

A one-word subject («وأكدت الأمانة») whose body no organisation and no earlier speaker
named may take up a body told of otherwise (``mentioned_body``): a definite mention with
the words of a name («الأمانة العامة لهيئة كبار العلماء», after «أدانت», no speech verb)
or the bare noun with an organisation the entity stage named after it («مؤسسة (ميديا
أناليسيس)»).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import SUBJECT_SOURCE, Doc, Entity
from khabar.entities.gazetteer import Word, phrase_key, words
from khabar.entities.name_extent import clause_particles
from khabar.entities.titles import role_words
from khabar.entities.words import listed_keys
from khabar.events.quote_bodies import MENTION_REACH, genitive_body, referred_body
from khabar.events.quote_named_bodies import unnamed_body_heads
from khabar.events.quote_subjects import anchored, earlier_body_phrase
from khabar.events.quote_words import NISBA_ENDINGS, head_kind, head_kind_of
from khabar.text.arabic_article import ARTICLE
from khabar.text.sentences import OPENING_QUOTES

DEFINITE_WORDS = 3
"""Definite words of a body subject: a head noun and up to two adjectives."""
OWNER_REACH = 80
"""Characters after a body's phrase read for «في» and the organisation that owns it."""
IN = phrase_key("في")
"""«في» ('in'): before the organisation a body's office belongs to."""
AT = "ب"
"""«بـ» ('at, in'), glued on the place that ends a body's subject («بجدة»)."""
OF = "ل"
"""«لـ» ('of'), glued on the owner a body's name is bound to («لهيئة»)."""


def definite_body(doc: Doc, phrase: Entity) -> Entity | None:
    """Who a subject phrase of definite words («الجوازات», «الشؤون الصحية», «الإدارة
    الوحداوية»), and perhaps a place after «بـ» («الشؤون الصحية بمحافظة الاحساء»), names
    when nothing else named a speaker: the body before it that it repeats or abbreviates,
    else the phrase itself when a body head has an adjective or place naming it; None for
    another phrase."""
    parts = words(doc.text, phrase.start, phrase.end)
    named = _definite_words(parts)
    if not named or named > DEFINITE_WORDS or not _place_or_nothing(parts[named:]):
        return None
    head = parts[0]
    if _heads_no_body(head):
        return None
    body = head_kind(head) == "body" or head.folded in definite_body_heads()
    told = _repeated_entity(doc, phrase, parts[:named]) or _repeated_subject(doc, phrase, body) \
        or (_abbreviated(doc, phrase, head) if len(parts) == 1 and _short_name(head) else None)
    if told is not None or not body:
        return told
    if len(parts) > 1 and (named < len(parts) or any(_naming(w) for w in parts[1:])):
        return _with_owner(doc, phrase)
    # «وذكرت الشركة العاملة في مجال ...»: the company told of before, if any.
    return referred_body(doc, replace(phrase, end=head.end, text=head.text))


def _heads_no_body(head: Word) -> bool:
    """Whether a definite head noun names no one body, so that the subject is left unnamed
    rather than taken for a body told before: a post or a source («المصادر»), a role
    («الباحثون»), a body noun for a group of people («الفريق العقاري»), a listed noun of no
    body («الصحف»)."""
    bare = head.folded.removeprefix(ARTICLE)
    return head_kind(head) not in (None, "body") or head.folded in role_words() \
        or bare in role_words() or bare in unnamed_body_heads() or head.folded in not_bodies()


def not_bodies() -> frozenset[str]:
    """Definite nouns that open a subject and name no body («الصحف», «الموقع»)."""
    return listed_keys("events/definite_non_bodies_ar.txt")


def definite_body_heads() -> frozenset[str]:
    """Nouns that head a body with the article only («الشؤون الصحية», «الجوازات»)."""
    return listed_keys("events/definite_body_heads_ar.txt")


def _definite_words(parts: Sequence[Word]) -> int:
    """How many words open the phrase with the article, no clause particle among them."""
    k = 0
    while k < len(parts) and parts[k].folded.startswith(ARTICLE) and len(parts[k].folded) > 3 \
            and parts[k].folded not in clause_particles():
        k += 1
    return k


def _place_or_nothing(rest: Sequence[Word]) -> bool:
    """Whether the words after the definite ones are none or a place after «بـ» («بجدة»,
    «بمحافظة الاحساء»)."""
    return not rest or (rest[0].folded.startswith(AT) and len(rest[0].folded) > 3
                        and len(rest) <= 2)


def _naming(word: Word) -> bool:
    """Whether an adjective names the body it follows: a nisba («الوحداوية», «الصحية»),
    not a participle describing it («العاملة», «المذكورة») nor a nisba that only describes
    («الرسمية»)."""
    return word.folded.endswith(NISBA_ENDINGS) and word.folded not in describing_adjectives()


def describing_adjectives() -> frozenset[str]:
    """Nisba adjectives that describe a body without naming it («الرسمية»)."""
    return listed_keys("events/describing_adjectives_ar.txt")


def _key(text: str) -> str:
    return phrase_key(text).removeprefix(ARTICLE)


def _repeated_entity(doc: Doc, phrase: Entity, named: Sequence[Word]) -> Entity | None:
    """The last organisation before the phrase whose name opens with its head noun and
    holds its naming adjectives («الجمارك الصينية» for «الجمارك»)."""
    head = named[0].folded.removeprefix(ARTICLE)
    adjectives = {w.folded for w in named[1:] if _naming(w)}
    for entity in reversed(doc.entities):
        if entity.end > phrase.start or entity.type != "ORG" or not entity.text.split():
            continue
        names = {phrase_key(w) for w in entity.text.split()}
        if _key(entity.text.split()[0]) == head and adjectives <= names:
            return entity
    return None


def _repeated_subject(doc: Doc, phrase: Entity, body: bool) -> Entity | None:
    """An earlier subject of a speech verb that opens with the phrase and says more
    («الشؤون الصحية بجدة» for «وبينت الشؤون الصحية»), with the «لـ» of its owner
    («اللجنة التنفيذية لمهرجان جدة التاريخية» for «وأوضحت اللجنة التنفيذية»). For a noun
    that heads no body («النشرة», «القرار»), only a subject that says whose it is and is
    built as a body's name is: definite words and a place («الجمارك الصينية»)."""
    longer = earlier_body_phrase(doc, phrase)
    if longer is None:
        return None
    if not body:
        parts = words(doc.text, longer.start, longer.end)
        named = _definite_words(parts)
        if not anchored(doc, longer) or not _place_or_nothing(parts[named:]):
            return None
    return genitive_body(doc, longer) or longer


def _short_name(word: Word) -> bool:
    """Whether a noun is commonly the short name of the body whose name it ends
    («الجوازات» of «المديرية العامة للجوازات»), so that alone it may stand for that body:
    a listed body noun. Another noun is a thing of its own that a body is named after
    («المقاومة», a movement, not «مجلس المقاومة»: quotes_ar12's check)."""
    return word.folded in definite_body_heads()


def _abbreviated(doc: Doc, phrase: Entity, word: Word) -> Entity | None:
    """The last organisation before the phrase whose name a body head opens and the noun
    follows, bound to it («المديرية العامة للجوازات», «مصلحة الجمارك العامة» for
    «الجوازات», «الجمارك»)."""
    noun = word.folded
    bound = {noun, OF + noun[1:]}  # «للجوازات»: «لـ» on the noun drops its alif
    for entity in reversed(doc.entities):
        if entity.end > phrase.start or entity.type != "ORG":
            continue
        names = [phrase_key(w) for w in entity.text.split()]
        if len(names) > 1 and head_kind_of(names[0]) == "body" and bound & set(names[1:]):
            return entity
    return None


def _with_owner(doc: Doc, phrase: Entity) -> Entity:
    """A body's phrase with the organisation it belongs to after «في» («المركز الإعلامي في
    مديرية الأمن العام الأردنية»): the office is that organisation's, and its name says
    so; a place after «في» («في منطقة مكة المكرمة») is left out, as the gold leaves it."""
    after = words(doc.text, phrase.end, min(len(doc.text), phrase.end + OWNER_REACH))
    if len(after) < 2 or after[0].folded != IN or doc.text[phrase.end : after[0].start].strip():
        return phrase
    owner = next((e for e in doc.entities if e.start == after[1].start and e.type == "ORG"), None)
    if owner is None:
        return phrase
    return replace(phrase, end=owner.end, text=doc.text[phrase.start : owner.end])


def mentioned_body(doc: Doc, phrase: Entity) -> Entity | None:
    """The body a one-word subject («وأكدت الأمانة», «وبينت اللجنة») takes up when no
    organisation opening with its noun and no earlier speaker named it: the last earlier
    mention of the noun with the article and the name after it, an adjective that names
    («اللجنة المركزية») and the organisation it belongs to after «لـ» («الأمانة العامة
    لهيئة كبار العلماء», after «أدانت», a verb of no speech), or the noun without the
    article and an organisation the entity stage named right after it, in brackets or not
    («مؤسسة (ميديا أناليسيس)»: that organisation)."""
    noun = phrase_key(phrase.text)
    if not noun.startswith(ARTICLE):
        return None
    tokens = words(doc.text, max(0, phrase.start - MENTION_REACH), phrase.start)
    for k in range(len(tokens) - 2, -1, -1):
        if tokens[k].folded == noun:
            named = _definite_name(doc, tokens, k)
        elif tokens[k].folded == noun[len(ARTICLE):]:
            named = _entity_after(doc, tokens, k)
        else:
            continue
        if named is not None:
            return named
    return None


def _definite_name(doc: Doc, tokens: Sequence[Word], k: int) -> Entity | None:
    """The definite noun at ``k`` with what names it after: adjectives of a name («العامة»,
    a nisba), and after them an organisation the entity stage found bound by «لـ» («لهيئة
    كبار العلماء»), or at least one nisba («اللجنة المركزية»). None when nothing names it:
    an ordinal or a word describing the body («الشركة الثانية للاتصالات», «الشركة الأم
    لبنك برقان») names none."""
    last = k
    while last + 1 < len(tokens) and last - k < DEFINITE_WORDS - 1 \
            and _definite_words(tokens[last + 1 : last + 2]) \
            and head_kind(tokens[last + 1]) is None:
        last += 1
    adjectives = tokens[k + 1 : last + 1]
    if not all(_naming(w) or w.folded in name_adjectives() for w in adjectives):
        return None
    start, end = tokens[k].start, tokens[last].end
    mention = Entity(start, end, type="ORG", text=doc.text[start:end], source=SUBJECT_SOURCE)
    owner = _owner(doc, tokens, last + 1)
    if owner is not None:
        return replace(mention, end=owner.end, text=doc.text[start : owner.end])
    return mention if any(_naming(w) for w in adjectives) else None


def name_adjectives() -> frozenset[str]:
    """Adjectives, no nisba, that belong to a body's name («العامة», «العليا»)."""
    return listed_keys("events/body_name_adjectives_ar.txt")


def _owner(doc: Doc, tokens: Sequence[Word], k: int) -> Entity | None:
    """An organisation the entity stage found in word ``k`` after its «لـ» («لهيئة»)."""
    if k >= len(tokens):
        return None
    folded = tokens[k].folded
    if not folded.startswith(OF) or folded.startswith(ARTICLE):
        return None
    return next((e for e in doc.entities if e.type == "ORG"
                 and tokens[k].start < e.start < tokens[k].end), None)


def _entity_after(doc: Doc, tokens: Sequence[Word], k: int) -> Entity | None:
    """An organisation that starts right after the bare noun at ``k``, or after an opening
    bracket or mark there."""
    at = k + 1
    if tokens[at].text in OPENING_QUOTES or tokens[at].text == "(":
        at += 1
    if at >= len(tokens):
        return None
    return next((e for e in doc.entities if e.type == "ORG" and e.start == tokens[at].start),
                None)
