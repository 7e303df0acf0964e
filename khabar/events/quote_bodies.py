"""The body a definite noun refers back to when no entity names it.

Arabic introduces a body by its kind noun without the article, in construct with its name
(«أعلنت شركة القصيم الزراعية «جاكو» شراء ...», «صافي أرباح شركة المجموعة السعودية»), or
by the noun and its name in quotation marks («حين أعلن «مكتب أخبار سوريا» المعارض»,
«أعلنت الشركة "السعودية للاسماك"»); later the same noun with the article stands for it
(«وأوضحت الشركة أن», «وقال المكتب»). When the entity stage named no organisation there,
the words of that mention speak, not the last person named, nor no one: the last one a
speech verb opens (the body that spoke before), else the last one no preposition
governs, else the last one. A mention governed by a preposition («المملوكة لشركة وابل
العربية») or by a verbal noun carrying one («بإلزام شركة ...») is mostly another party
to what is told, not the body the article is about (session 15 (2026-12-06)).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import SUBJECT_SOURCE, Doc, Entity
from khabar.entities.gazetteer import Word, phrase_key, words
from khabar.entities.name_extent import clause_particles
from khabar.events.participant_words import prepositions
from khabar.events.quote_named_bodies import audience_nouns, body_name, names_body
from khabar.events.quote_outlets import outlet_nouns
from khabar.events.quote_subjects import SUBJECT_WORDS, earlier_body_phrase, ends_phrase
from khabar.events.quote_words import head_kind, head_kind_of, speech_verbs
from khabar.meta.outlets import outlets
from khabar.text.sentences import OPENING_QUOTES

MENTION_REACH = 3000
"""Characters before the referring noun read for the body's first mention."""

_CLOSING = frozenset("»”\"")


def named_mention(doc: Doc, phrase: Entity) -> Entity | None:
    """The earlier mention of a body the noun ``phrase`` («الشركة») stands for: the noun
    without the article and the name after it, or the noun in marks with the name; the
    last one a speech verb opens («أعلنت شركة "مجموعة محمد المعجل"»: the body that spoke
    before), else the last one no preposition governs, else the last one; None when
    there is none."""
    noun = phrase_key(phrase.text)
    if not noun.startswith("ال"):
        return None
    tokens = words(doc.text, max(0, phrase.start - MENTION_REACH), phrase.start)
    mentions = _mentions(tokens, noun)
    free = [m for m in mentions if not _governed(tokens, m[2])]
    spoken = [m for m in free if before_is_speech(doc, tokens, m[2])]
    if not mentions:
        return None
    k, last, _ = (spoken or free or mentions)[-1]
    start, end = tokens[k].start, tokens[last].end
    return Entity(start, end, type="ORG", text=doc.text[start:end], source=SUBJECT_SOURCE)


def referred_body(doc: Doc, phrase: Entity) -> Entity | None:
    """The body a one-word subject («وقالت المنظمة») refers back to when no organisation
    of that noun was named: the last earlier subject that says more
    (``earlier_body_phrase``), else the noun's earlier mention with its name
    (``named_mention``). An earlier subject that only describes the body, the noun and
    adjectives with the article («وأشارت الشركة المتخصصة في أمن المعلوماتية»), names it
    no better than the noun does: the mention with its name («على ما حذرت شركة
    “زيمبيريوم”») goes first. Session 24 (2026-12-07)."""
    longer = earlier_body_phrase(doc, phrase)
    if longer is not None and _only_described(doc, longer):
        return _whole_name(doc, named_mention(doc, phrase)) or longer
    return longer or _whole_name(doc, named_mention(doc, phrase))


def _whole_name(doc: Doc, mention: Entity | None) -> Entity | None:
    """A mention that names a body as a subject may («ادارة الأسماك والحياة البرية»,
    ``names_body``) with the rest of its name after «و» or «لل» (``body_name``), so that
    «وقالت الادارة» speaks with the name its first quote had. Session 28 (2026-12-07),
    engineer quotes_ar11."""
    if mention is None or not names_body(doc.text, words(doc.text, mention.start, mention.end)):
        return mention
    return body_name(doc.text, mention)


def _only_described(doc: Doc, phrase: Entity) -> bool:
    """Whether a subject phrase is its head noun and words with the article only, with no
    name the entity stage found in it («الشركة المتخصصة»)."""
    parts = words(doc.text, phrase.start, phrase.end)
    return all(w.folded.startswith("ال") for w in parts[1:]) and not any(
        e.start < phrase.end and phrase.start < e.end for e in doc.entities)


def _mentions(tokens: Sequence[Word], noun: str) -> list[tuple[int, int, int]]:
    """(first word, last word, word before) of each mention of the noun heading a name."""
    found = []
    for k in range(1, len(tokens) - 1):
        head, marked = tokens[k].folded, tokens[k - 1].text in OPENING_QUOTES
        if head == noun[2:] or (head == noun and tokens[k + 1].text in OPENING_QUOTES):
            last = _name_end(tokens, k, marked)
            if last is not None:
                found.append((k, last, k - 2 if marked else k - 1))
    return found


def before_is_speech(doc: Doc, tokens: Sequence[Word], k: int) -> bool:
    """Whether word ``k`` is a speech verb («أعلنت», «وقالت»)."""
    return k >= 0 and speech_verbs().match_at(doc.text, tokens, k, strip_clitics=True) is not None


def _governed(tokens: Sequence[Word], k: int) -> bool:
    """Whether word ``k`` is a preposition, or a word carrying one, a verbal noun whose
    object the mention is («بإلزام شركة أم أم أل بدفع مبلغ»)."""
    if k < 0:
        return False
    preps, clitics = prepositions()
    folded = tokens[k].folded
    return folded in preps or folded in clitics or (
        folded[:1] in clitics and len(folded) > 3 and not folded.startswith("ال"))


def _name_end(tokens: Sequence[Word], k: int, marked: bool) -> int | None:
    """The last word of the name the noun at ``k`` heads: up to the closing mark when the
    noun stands in marks or a mark opens right after it; else the words of a subject
    phrase up to a word without the article after one with it, and a name in marks right
    after them. None when no word follows the noun."""
    if marked:
        return _before_closing(tokens, k + 1)
    last, definite = k, False
    for word in tokens[k + 1 : k + SUBJECT_WORDS]:
        # After a definite word, one without the article is the verb's object, no part
        # of the name («تستطع شركة القصيم الزراعية تسديد مبلغ»).
        if ends_phrase(word, False) or (definite and not word.folded.startswith("ال")):
            break
        definite = word.folded.startswith("ال")
        last += 1
    if last + 1 < len(tokens) and tokens[last + 1].text in OPENING_QUOTES:
        closing = _before_closing(tokens, last + 2)
        return None if closing is None else closing + 1
    return last if last > k else None


def _before_closing(tokens: Sequence[Word], k: int) -> int | None:
    """The last word before the closing mark at or after word ``k``, within a name's
    length; None when no mark closes there."""
    for j in range(k, min(len(tokens), k + SUBJECT_WORDS)):
        if tokens[j].text in _CLOSING:
            return j - 1 if j > k else None
    return None


GENITIVE_WORDS = 3
"""Words of what a body belongs to, after «لـ», read as part of its name («لحقوق الإنسان»)."""
GENITIVE_REACH = 80
"""Characters after the subject phrase read for that genitive."""


def genitive_body(doc: Doc, phrase: Entity) -> Entity | None:
    """A definite body noun and its definite adjectives bound by «لـ» to what the body
    belongs to («المركز الإعلامي للمقاومة», «المكتب الإعلامي لمقاومة آزال», «المديرية
    العامة للجوازات»): Arabic names a body so, and it speaks as written; the subject phrase
    stops before the «لـ», and its bare noun and adjective name no one. Not a noun alone
    («وقالت الوزارة للصحفيين»: told whom), nor «لـ» on an outlet or an outlet's noun («لـ
    «عكاظ»», «لوكالة رويترز», «للرياض») or on the people told («للصحفيين»,
    ``audience_nouns``). Session 26 (2026-12-07)."""
    parts = words(doc.text, phrase.start, phrase.end)
    if len(parts) < 2 or head_kind(parts[0]) != "body" \
            or not all(w.folded.startswith("ال") for w in parts):
        return None
    after = words(doc.text, phrase.end, min(len(doc.text), phrase.end + GENITIVE_REACH))
    if not after or not _genitive(after[0]):
        return None
    last = 0
    while last + 1 < min(len(after), GENITIVE_WORDS) and _bound(after[last + 1]):
        last += 1  # «لحقوق الإنسان»: the definite nouns the genitive is bound to
    end = after[last].end
    return replace(phrase, end=end, text=doc.text[phrase.start : end], type="ORG")


def _genitive(word: Word) -> bool:
    """Whether a word is «لـ» on a noun that is no outlet: «للمقاومة», «لحقوق»."""
    folded = word.folded
    if len(folded) < 4 or not folded.startswith("ل") or folded.startswith("ال"):
        return False
    noun = "ال" + folded[2:] if folded.startswith("لل") else folded[1:]
    bare = noun.removeprefix("ال")
    if bare in audience_nouns() or bare in outlet_nouns() \
            or head_kind_of(bare) in ("post", "source"):
        return False  # «للصحفيين», «لوكالة», «لمراسل»: told whom
    return outlets().lookup(noun) is None and outlets().lookup(bare) is None


def _bound(word: Word) -> bool:
    """Whether a word goes on the genitive: a noun with the article, not «إلى» («وأشار
    المركز الإعلامي للمقاومة إلى أن»), a time word («اليوم») or «الذي»."""
    return word.folded.startswith("ال") and not ends_phrase(word, True) \
        and word.folded not in clause_particles()

