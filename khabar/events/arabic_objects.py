"""The object of an Arabic verb among the bare names after its subject (split from
``roles``, session 17 (2026-12-06)).

In verb-subject-object order the object stands right after the subject: «ودعا روبن واشنطن
ولندن ... لإسقاط الأسد» (Washington is asked), «طالب البيت الأبيض طالبان بالجلوس مع
الحكومة الأفغانية» (the Taliban are asked; the «مع» belongs to «الجلوس»). A name in that
place is the object unless it is only the country in a title before the person it names
(«استقبل الملك رئيس وزراء لبنان الأسبق سعد الحريري»), or a second subject joined by «و»
(«واتفقت فرنسا وبريطانيا ... مع الولايات المتحدة»).
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.entities.gazetteer import Word
from khabar.events.arabic_preverbal import APPOSITION_REACH
from khabar.events.participant_words import CLAUSE_BREAKS
from khabar.events.participants import Mention

AND = "و"


def verb_object(rest: Sequence[Mention], tokens: Sequence[Word] | None,
            subject: Mention | None) -> Mention | None:
    """The verb's object among the bare names after its subject: a person or organisation
    before a country that only names its holder's post («استقبل الملك رئيس وزراء لبنان
    الأسبق سعد الحريري»: Hariri). A country standing right after the subject, in the
    object's place, is itself the object when the person or organisation after it is
    beyond a title's reach or past «و» or a mark: that one is in another phrase («ودعا
    روبن واشنطن ولندن ... لإسقاط الأسد»: Washington is asked); not a second subject joined
    by «و» («تعهد كارتر وموناكو»). Session 17 (2026-12-06)."""
    if not rest:
        return None
    named = next((m for m in rest if m.head.type in ("PER", "ORG")), None)
    if (named is None or named is rest[0] or tokens is None or subject is None
            or rest[0].first != subject.last + 1 or coordinated(tokens, rest[0])):
        return named or rest[0]
    between = tokens[rest[0].last + 1 : named.first]
    if len(between) > APPOSITION_REACH or any(
            w.text in CLAUSE_BREAKS or w.folded == AND or not w.text[:1].isalnum()
            for w in between):
        return rest[0]
    return named


def coordinated(tokens: Sequence[Word] | None, mention: Mention) -> bool:
    """Whether a mention opens with «و», glued or apart: a second subject, not the object."""
    if tokens is None:
        return False
    word = tokens[mention.first]
    # glued: the name begins after the word's «و» («وبريطانيا»), not with it («واشنطن»)
    glued = word.text.startswith(AND) and mention.start > word.start
    return glued or (mention.first > 0 and tokens[mention.first - 1].folded == AND)


def object_first(second: Mention | None, with_: Mention, subject: Mention | None,
                 tokens: Sequence[Word] | None) -> bool:
    """Whether the verb's own object stands after its subject, before a «مع» phrase: that
    phrase then belongs to a later word («يأمر باعتقال الصحافي X بتهمة التعامل مع Y»), and
    the object is the one acted upon."""
    return (second is not None and subject is not None and subject.last < second.first
            and second.first < with_.first and not coordinated(tokens, second))
