"""A statement speaks for whoever issued it: "وقال البيان" after "أصدرت الوزارة بيانا".

News quotes a document as a speaker ("وقال البيان", "وأضاف التقرير"). The document speaks
for its issuer, named where the document was last told of: the subject of that sentence's
opening verb ("أصدرت وزارة الخارجية بيانا", "وقالت المنظمة في بيان"), or, when that verb
has no subject of its own ("وعبر في بيان مشترك"), the subject of the sentence before; else
the person or body nearest before the mention, else the one right after it ("عن X").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Word, words
from khabar.entities.words import keys_by_kind
from khabar.events.antecedents import sentence_words
from khabar.events.participant_words import country_ids, is_participant
from khabar.events.quote_subjects import opens_with_verb, stretched_body
from khabar.events.quote_words import speaker_heads
from khabar.events.state_actors import state_actors
from khabar.meta.outlets import outlets
from khabar.text.tokens import token_at

AFFIXES = 3
"""Letters of clitics and endings a document noun may carry ("ببيان", "بيانا", "بيانها")."""
DROPPED_SUBJECT = 3
"""Words after an opening verb within which a document ("وعبر في بيان") shows its subject
was dropped."""
DOCUMENT_REACH = 1500
"""Characters before the quote within which the document was told of."""


@lru_cache(maxsize=1)
def document_nouns() -> frozenset[str]:
    return frozenset(word for word, kind in speaker_heads().items() if kind == "document")


def is_document(word: Word) -> bool:
    """Whether a word is a document noun with its article, clitics or endings."""
    folded = word.folded.removeprefix("ال")
    return any(noun in folded and len(folded) - len(noun) <= AFFIXES
               for noun in document_nouns())


def _mention_before(doc: Doc, position: int) -> Word | None:
    lo = max(0, position - DOCUMENT_REACH)
    found = [w for w in words(doc.text, lo, position) if is_document(w)]
    return found[-1] if found else None


def _issuers(doc: Doc, tokens: Sequence[Word]) -> list[Entity]:
    """Who may issue a statement in a sentence: persons, organisations, states and their
    bodies, but not cities (a city is where it was issued) nor news outlets."""
    lo, hi = tokens[0].start, tokens[-1].end
    named = [e for e in doc.entities if lo <= e.start and e.end <= hi and is_participant(e)
             and (e.type != "LOC" or e.kb_id in country_ids())
             and outlets().lookup(e.text) is None]
    return sorted([*named, *state_actors(doc, tokens)], key=lambda e: e.start)


def _opening_subject(doc: Doc, tokens: list[Word]) -> tuple[Entity | None, bool]:
    """(the subject right after a sentence's opening verb, whether the sentence opens with
    a verb)."""
    if len(tokens) < 2 or not opens_with_verb(doc, tokens[0]):
        return None, False
    subject = next((e for e in _issuers(doc, tokens) if e.start == tokens[1].start), None)
    # The entity stage may cut an unlinked body short ("الاتحاد الدولي" of "الاتحاد الدولي
    # للصحفيين"): the issuer is the whole subject phrase.
    return (None if subject is None else stretched_body(doc, tokens, subject, tokens[-1].end),
            True)


ISSUER_WORDS = 2
"""Words after a document noun within which "لـ" names its issuer ("بيان للشرطة",
"بيان صادر لوزارة الداخلية")."""


def _issuer_named_with(doc: Doc, position: int) -> Entity | None:
    """The issuer the document at ``position`` names with "لـ" ("وجاء في بيان للشرطة
    أنه"): a body or person on a word that carries the proclitic."""
    tokens = sentence_words(doc, position)
    at = token_at(tokens, position)
    if at is None or not is_document(tokens[at]):
        return None
    after = tokens[at + 1 : at + 1 + ISSUER_WORDS]
    return next((e for e in _issuers(doc, tokens) for w in after
                 if w.folded.startswith("ل") and w.start <= e.start < w.end), None)


def issued_by(doc: Doc, tokens: Sequence[Word], at: int) -> Entity | None:
    """The issuer a participle of issuing names after the noun at ``at`` ("بيان صادر عن
    وزارة الداخلية", "تقرير صادر عن الأمم المتحدة", "البيانات الصادرة من الهيئة"): the body
    or person that starts right after its preposition."""
    words_ = keys_by_kind("events/issuing_words_ar.tsv")
    for k in range(at + 1, min(at + 1 + ISSUER_WORDS, len(tokens) - 2)):
        if (tokens[k].folded in words_["participle"]
                and tokens[k + 1].folded in words_["from"]):
            start = tokens[k + 2].start
            return next((e for e in _issuers(doc, tokens) if e.start == start), None)
    return None


def issuer_told_before(doc: Doc, word: Word) -> Entity | None:
    """The issuer of the report or statement a definite noun takes up ("كشف تقرير صادر عن
    الأمم المتحدة ... وأوضح التقرير ... وتابع التقرير أن"): back over the noun's definite
    mentions to the one a participle of issuing names the issuer at; an indefinite mention
    with none told a new document, whose issuer is not known."""
    if not word.folded.startswith("ال"):
        return None
    noun = word.folded.removeprefix("ال")
    at_word = word
    while True:
        lo = max(0, at_word.start - DOCUMENT_REACH)
        mention = next((w for w in reversed(words(doc.text, lo, at_word.start))
                        if w.folded.removeprefix("ال") == noun), None)
        if mention is None:
            return None
        tokens = sentence_words(doc, mention.start)
        at = token_at(tokens, mention.start)
        issuer = None if at is None else issued_by(doc, tokens, at)
        if issuer is not None or not mention.folded.startswith("ال"):
            return issuer
        at_word = mention


def document_issuer(doc: Doc, position: int) -> Entity | None:
    """Who issued the document a subject phrase at ``position`` names, or None."""
    named = _issuer_named_with(doc, position)
    if named is not None:
        return named
    mention = _mention_before(doc, position)
    if mention is None:
        return None
    tokens = sentence_words(doc, mention.start)
    subject, verb_first = _opening_subject(doc, tokens)
    if subject is not None and subject.end <= mention.start:
        return subject
    at = next((k for k, w in enumerate(tokens) if w.start == mention.start), len(tokens))
    if verb_first and subject is None and at <= DROPPED_SUBJECT:
        # "وعبر في بيان": the verb has no subject; it goes on with the sentence before's.
        before = sentence_words(doc, tokens[0].start - 2) if tokens[0].start > 1 else []
        subject, _ = _opening_subject(doc, before) if before else (None, False)
        if subject is not None:
            return subject
    found = _issuers(doc, tokens)
    earlier = [e for e in found if e.end <= mention.start]
    if earlier:
        return earlier[-1]
    later = [e for e in found if e.start >= mention.end]
    return later[0] if later else None
