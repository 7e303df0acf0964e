"""A body's short name given in brackets or quotation marks right after its full name:
«مؤسسة الملك عبدالعزيز للموهبة والإبداع «موهبة»», «صندوق تنمية الموارد البشرية
(هدف)», «محكمة التحكيم الرياضية (كاس)», «هيئة الإذاعة البريطانية (بي.بي.سي)». The press
gives the acronym or brand name once, in marks after the full name, and then uses it
alone («وأشار إلى أن موهبة اختارت مدارس الرياض»), where it is often a common word
elsewhere («موهبة» 'talent', «هدف» 'goal'): the marks after the name are what make it a
name. The short name is an organisation there, and its other mentions in the article,
written letter for letter the same way, are the body too (``org_repeats.add_repeats``: one sense per
article).

The marked word must be one word, a name's: not definite (a gloss with the article
explains the name rather than shortening it: «مجلس الشورى الإسلامي (البرلمان)»,
«هيئة حماية الدستور (الاستخبارات الداخلية)»), no function word, place, nationality, role
or given name (either list), and a Latin word capitalised («(HWO)»); the full name before
it is an organisation of two words or more in Arabic script. Session 14 (2026-12-06), issue 5.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from khabar.doc import Entity
from khabar.entities.arabic_name_words import given
from khabar.entities.common_words import function_words
from khabar.entities.gazetteer import Word, demonyms, phrase_key, place_index
from khabar.entities.org_repeats import add_repeats
from khabar.entities.phrases import Match
from khabar.entities.titles import role_words

MARKS = {"(": ")", "«": "»", '"': '"', "\u201c": "\u201d"}
"""Opening mark -> its closer."""
MAX_INNER = 24
"""Characters between the marks."""
SOURCE = "short_name"


def _marked_word(text: str, entity: Entity) -> tuple[int, int] | None:
    """(start, end) of the one word in marks after the entity and one space (spaces
    inside allowed), if there is one: no mark after a colon or other sign (a quotation:
    «الهيئة:"مرفوض"»), nor the entity's own closing quote («إذاعة "راديو مونت كارلو"
    وصحيفتا "ليكيب"»)."""
    k = entity.end + 1
    if text[entity.end:k] != " ":
        return None
    closer = MARKS.get(text[k:k + 1])
    if closer is None:
        return None
    stop = text.find(closer, k + 1, k + 2 + MAX_INNER)
    if stop < 0 or text[stop + 1:stop + 2].isalpha():
        return None  # a mark with a letter after it opens the next quote: «"أبلغت "فيفا"»
    inner = text[k + 1:stop]
    start = k + 1 + len(inner) - len(inner.lstrip())
    word = inner.strip()
    if not word or " " in word or "\n" in word:
        return None
    return start, start + len(word)


def _name_word(text: str, tokens: Sequence[Word], start: int, end: int) -> bool:
    """Whether the marked word may be a body's short name (see the module)."""
    first, last = bisect_left(tokens, start, key=lambda w: w.start), bisect_left(
        tokens, end, key=lambda w: w.start)
    parts = [w for w in tokens[first:last] if w.text != "."]
    if not parts or any(not w.text.replace(".", "").isalpha() for w in parts):
        return False
    if parts[0].text.isascii():
        return parts[0].text[:1].isupper()
    if len(parts) == 1 and (parts[0].text.startswith("ال") or len(parts[0].folded) < 3):
        return False
    if any(w.folded in function_words() or w.folded in role_words("ar")
           or given(w.folded) for w in parts):
        return False
    return (place_index().match_at(text, tokens, first) is None
            and demonyms().match_at(text, tokens, first) is None)


def _full_name(entity: Entity) -> bool:
    """An organisation's name of two words or more in Arabic script: after a Latin name an
    Arabic word in marks is its edition or language («EURO SPORT (عربية)»)."""
    return (entity.type == "ORG" and len(entity.text.split()) > 1
            and not entity.text[:1].isascii())


def short_names(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the short names in marks after a body's name, and their other
    mentions (see the module)."""
    found = []
    for entity in kept:
        span = _marked_word(text, entity) if _full_name(entity) else None
        if span is None or any(e.start < span[1] and span[0] < e.end for e in kept):
            continue
        if _name_word(text, tokens, *span):
            name = text[span[0]:span[1]]
            found.append(Entity(span[0], span[1], type="ORG", text=name,
                                key=f"org:{phrase_key(name)}", source=SOURCE))
    if not found:
        return list(kept)

    def mention(m: Match[Entity]) -> Entity:
        return Entity(m.start, m.end, type="ORG", text=text[m.start:m.end], key=m.value.key,
                      source=SOURCE)
    def written_alike(m: Match[Entity]) -> bool:  # «كاس» (CAS) is no «كأس» ('cup')
        return text[m.start:m.end] == m.value.text

    return add_repeats(text, tokens, [*kept, *found], lambda e: e.source == SOURCE, mention,
                       keep=written_alike)
