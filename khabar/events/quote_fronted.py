"""Arabic subjects read from their place and build: the subject that stands before a
speech verb with no subject of its own, of the verb that opens the sentence («ورفضت متحدثة
... التعليق، مشيرة إلى أن») or the noun after «إنّ» and its sisters («إلا أن مصادر طبية
قالت إن»), which speaks, named or not, rather than the speaker of the quote before; and the
owner of an office named by a body head and a noun that refers back («أمانة المنظمة»).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from khabar.doc import Doc, Entity
from khabar.entities.arabic_quoted_names import quoted_name_kinds
from khabar.entities.gazetteer import Match, Word, phrase_key, words
from khabar.entities.name_extent import object_suffixes
from khabar.entities.words import listed_keys
from khabar.events.participant_words import is_participant
from khabar.events.quote_outlets import cited_outlet
from khabar.events.quote_subjects import (
    body_antecedent,
    is_adjective,
    is_told,
    opens_with_verb,
    refers_back,
    subject_phrase,
)
from khabar.events.quote_words import (
    head_kind,
    is_feminine_past,
    is_participle,
    is_post_word,
    verb_person,
)
from khabar.text.arabic_conjunction import without_proclitic
from khabar.text.sentences import COMMAS


def main_subject(doc: Doc, tokens: Sequence[Word], verb: Match[str]) -> tuple[Entity | None, bool]:
    """For a verb further in with no subject of its own, when the sentence opens with
    another verb and a subject phrase that names no one ("ورفضت متحدثة ...", "وتصاعدت
    التكهنات ... بعد تقرير ... أشار"): that subject's, unnamed; a word that refers back
    ("ووجهت الهيئة ...", "وكان المرصد قد ذكر") is the body told of before, where named.
    (None, False), the speaker going on, when the sentence opens with «إنّ» or a sister
    (a particle, no verb: «وإن الهدف من هذه الزيارة، كما أعلن»), when the words are
    relayed from one a pronoun stands for («ونقل التلفزيون الرسمي عنه قوله»: the relayer
    does not speak them, ``_relayed_from_pronoun``), and when a body referred back to
    disagrees in gender with the speech word («وكانت الوزارة قد أكملت ...، مشيرًا»: a
    masculine participle, not the ministry's) (review, session 14 (2026-12-06))."""
    if (verb.first < 2 or not opens_with_verb(doc, tokens[0]) or _is_particle(tokens[0])
            or _relayed_from_pronoun(tokens[1 : verb.first])
            or _addressee_only(tokens, verb.first)):
        return None, False
    phrase = subject_phrase(doc, tokens, 1, tokens[verb.first].start)
    if phrase is None:
        return None, False
    head = Entity(tokens[1].start, tokens[1].end, type="ORG", text=tokens[1].text)
    if not refers_back(doc, head):
        return None, True
    # a body told of before ("ووجهت الهيئة"; the phrase may run on into the object)
    if (is_feminine_past(tokens[0], counting_proclitic=True)
            and verb_person(doc.text[verb.start : verb.end]) == "m"):
        return None, False
    return body_antecedent(doc, head), True


def addressing_verbs() -> frozenset[str]:
    return listed_keys("events/addressing_verbs_ar.txt")


def _addressee_only(tokens: Sequence[Word], first: int) -> bool:
    """Whether the sentence opens with a verb of addressing and one noun stands between it
    and the speech word («وخاطب الشباب بقوله»): that noun is the one addressed, and the
    subject is a pronoun for the speaker going on (session 24, 2026-12-07)."""
    return first == 2 and _listed(tokens[0], addressing_verbs(), 2)


RELAYED_FROM = phrase_key("عن")
"""The preposition of a relayed report («نقل X عن Y قوله»): Y said the words."""


def _relayed_from_pronoun(between: Sequence[Word]) -> bool:
    """Whether «عن» with a pronoun glued on («عنه», «عنها», «عنهم»: ``object_suffixes_ar``)
    stands between the opening verb and the speech word."""
    return any(w.folded.startswith(RELAYED_FROM) and w.folded[len(RELAYED_FROM):]
               in object_suffixes() for w in between)


def fronting_particles() -> frozenset[str]:
    return listed_keys("events/fronting_particles_ar.txt")


def _listed(word: Word, listed: frozenset[str], shortest: int) -> bool:
    """Whether the word is in ``listed``, alone or, when longer than ``shortest`` letters,
    with a glued «و»/«ف»."""
    return word.folded in listed or without_proclitic(word.folded, shortest) in listed


def _is_particle(word: Word) -> bool:
    return _listed(word, fronting_particles(), 2)


def past_auxiliaries() -> frozenset[str]:
    return listed_keys("events/past_auxiliaries_ar.txt")


def _is_auxiliary(word: Word) -> bool:
    return _listed(word, past_auxiliaries(), 3)


def _opener_before(tokens: Sequence[Word], end: int, opens: Callable[[Word], bool]) -> int | None:
    """The word at or before ``end`` that ``opens`` the verb's clause, within ``FRONTED_WORDS``
    words (marks and brackets not counted) and past no comma, with a word between it and
    ``end + 1``; else None."""
    k, passed = end, 0
    while k >= 0 and passed <= FRONTED_WORDS and tokens[k].text not in COMMAS \
            and not opens(tokens[k]):
        passed += tokens[k].text[0].isalnum()
        k -= 1
    if k < 0 or k == end or passed > FRONTED_WORDS or not opens(tokens[k]):
        return None
    return k


PERFECT_PARTICLE = phrase_key("قد")
"""«قد» between «كان»'s noun and its verb («وكان المرصد قد ذكر»)."""


def auxiliary_subject(doc: Doc, tokens: Sequence[Word], verb: Match[str]) -> Entity | None:
    """The person, body or outlet named between «كان» and a speech verb, within
    ``FRONTED_WORDS`` words and past no comma («وكان كيري قال ... مع نظيره المصري سامح
    شكري "...»: Kerry, not Shoukry; «وكانت أفغانستان قد قالت»): the noun of «كان» is the
    verb's subject. None when the verb has a glued «و» (a clause of its own), is a
    participle, or no name stands there. Session 18 (2026-12-06)."""
    if tokens[verb.first].start != verb.start or is_participle(doc.text[verb.start:verb.end]):
        return None
    end = verb.first - 1
    if end >= 0 and tokens[end].folded == PERFECT_PARTICLE:
        end -= 1
    k = _opener_before(tokens, end, _is_auxiliary)
    if k is None:
        return None
    span = tokens[k + 1 : end + 1]
    if is_post_word(span[0]):
        # «وكان رئيس مجلس النواب العراقي أعلن»: the body is the post's, not the speaker
        return next((e for e in doc.entities if e.type == "PER" and e.end == span[-1].end
                     and span[0].start < e.start and is_participant(e)), None)
    return _named_subject(doc, tokens, span) or cited_outlet(doc, span)


FRONTED_WORDS = 5
"""Words the noun of «إنّ» may span before its verb («إلا أن وكيله يوجينيو لوبيز أكد»)."""


def fronted_subject(doc: Doc, tokens: Sequence[Word],
                    verb: Match[str]) -> tuple[Entity | None, bool] | None:
    """The noun of «إنّ» or a sister standing between the particle and the speech verb, as
    (speaker, True): a person or body named there, first or after a post («لكن الرئيس
    روحاني قال»), an outlet («لكن صحيفة «ليكيب» ذكرت»), else, for an indefinite noun
    («إلا أن مصادر أشارت», «لكن مصدرا بالشركة قال»), unnamed. None when no such particle
    opens the verb's clause within ``FRONTED_WORDS`` words, past no comma, and for a
    definite noun that names no one («لكن المسؤول الإيطالي أكد»): it refers back to one
    told of before, left to the rules that follow; none either for a verb with a glued
    «و»/«ف» («أن الشركة ستعلن ... وقال»), which opens a clause of its own, and for a
    participle («كان يحب أن يصف نفسه قائلا»), which takes the subject of the verb it
    follows."""
    if tokens[verb.first].start != verb.start or is_participle(doc.text[verb.start:verb.end]):
        return None
    k = _opener_before(tokens, verb.first - 1, _is_particle)
    if k is None or any(e.start <= tokens[k].start < e.end for e in doc.entities):
        return None  # «إن» of «سي إن إن» is a name's
    span = tokens[k + 1 : verb.first]
    named = _named_subject(doc, tokens, span) or _told_body(doc, span)
    if named is not None:
        return named, True
    outlet = cited_outlet(doc, span)
    if outlet is not None:
        return outlet, True
    return None if span[0].folded.startswith("ال") else (None, True)


def _named_subject(doc: Doc, tokens: Sequence[Word], span: Sequence[Word]) -> Entity | None:
    """A person or body that opens the noun phrase or follows only its post or body head
    words («لكن مجموعة بيمكو قالت»), or a person ending it right before the verb, in
    apposition («لكن وزير الخارجية السعودي عادل الجبير أكد»): not a complement («مسؤول
    الاتحاد الأوروبي»), a nationality adjective («محللا نفطيا ليبيا») or a description
    («المنظمة الدولية»)."""
    opening = {span[0].start}
    for word, after in pairwise(span):
        if not (is_post_word(word) or head_kind(word) == "body"
                or word.folded in quoted_name_kinds()):
            break
        opening.add(after.start)
    end = span[-1].end
    return next((e for e in doc.entities if span[0].start <= e.start and e.end <= end
                 and (e.start in opening or (e.type == "PER" and e.end == end))
                 and is_participant(e) and not is_adjective(doc, tokens, e)
                 and not _described(doc, e)), None)


def _described(doc: Doc, entity: Entity) -> bool:
    """A body named by a definite head and a description only, with no link or country
    («المنظمة الدولية ومقرها جنيف»): the body told of before, not one named here."""
    if entity.kb_id or entity.country:
        return False
    first = entity.text.split()[0]
    return refers_back(doc, Entity(entity.start, entity.start + len(first), type="ORG",
                                   text=first))


def _told_body(doc: Doc, span: Sequence[Word]) -> Entity | None:
    """The body told of before that a fronted definite head and description stand for
    («لكن البنك المركزي اعتبر» after «البنك المركزي الروسي», ``_described``): the last
    organisation named before with the same head noun, as «وقال البنك» reads; None when
    there is none (left to the rules that follow). Session 26 (2026-12-07)."""
    described = next((e for e in doc.entities if e.start == span[0].start and e.type == "ORG"
                      and _described(doc, e)), None)
    if described is None:
        return None
    first = described.text.split()[0]
    return body_antecedent(doc, Entity(described.start, described.start + len(first),
                                       type="ORG", text=first))


def owner_told(doc: Doc, phrase: Entity) -> Entity | None:
    """The body a subject of two words, a body head and a definite noun that refers back,
    belongs to («وقالت أمانة المنظمة», «وأعلنت إدارة النادي»: the organisation, the club
    told of before): the genitive's owner speaks for its office."""
    parts = words(doc.text, phrase.start, phrase.end)
    if len(parts) != 2 or head_kind(parts[0]) != "body":
        return None
    owner = Entity(parts[1].start, parts[1].end, type="ORG", text=parts[1].text)
    return body_antecedent(doc, owner) if refers_back(doc, owner) else None


def participle_subject(doc: Doc, tokens: Sequence[Word], verb: Match[str],
                       before: Sequence[Entity]) -> Entity | None:
    """The person before a subjectless Arabic speech verb who speaks: for a participle
    ("..., لافتا إلى أن") the sentence's first person not governed by a preposition, the
    main verb's subject; for another form ("ونقلت وكالة فارس عن لاريجاني قوله") the
    person nearest before it, but none for a plural verb («اعترفوا بالسرقة من مشروع "ابن
    لادن"، وأكدوا أن»: a group speaks, never one person) (session 15 (2026-12-06))."""
    form = doc.text[verb.start : verb.end]
    if is_participle(form):
        return next((p for p in before if not is_told(tokens, p)), before[-1])
    return None if verb_person(form) == "pl" else before[-1]
