"""Persian names of periodicals: the name after «روزنامه», «هفته‌نامه», «مجله»... is an
organisation, without the noun of kind (issue 5, session 13 (2026-12-05)).

Persian news cites foreign and Iranian papers by their kind and name («روزنامه گاردین»,
«روزنامه نیهون کیزای گزارش داد», «روزنامه پاکستانی نیشن», «هفته‌نامه لیبراسیون تیتر زد»).
The tagger missed most of these foreign names, or read one as a person, and took Iranian
ones with their noun («روزنامه ایران»); the project's gold labels the name alone, a generic
noun of kind left out (bench/data/ENTITIES-GOLD.md). After a noun of
``resources/entities/press_kinds_fa.txt`` and a nationality adjective, if one stands there
(«پاکستانی», «انگلیسی‌زبان»: the paper's country or language, no part of its name), the
name is
- the entity the tagger or the rules read there (a person «گازت» becomes the paper), or the
  rest of a tagger's organisation that opens with the noun («روزنامه ایران» → «ایران»);
- an outlet's name of ``resources/meta/outlets.json`` written there, even one the lexicon
  knows well («روزنامه همشهری», «روزنامه اطلاعات»: session 18 (2026-12-06)), the noun
  left out, in place of the listed name read with it («روزنامه الریاض»);
- else the words there that the Persian lexicon hardly knows (``MAX_WEIGHT``: the ZWNJ
  lexicon's corpus count twice plus one when hazm lists the word: «گازت», «لاخورنادا»,
  «نیهون کیزای», «القبس»; after the first word none that hazm lists, «تیتر» 'headline'), a
  name borrowed from another language, where the lexicon does not know the noun and that
  word as one compound («روزنامه نگاران» is 'journalists').
A noun of kind after a determiner or a number names none («این نشریه», «یک روزنامه
آمریکایی», «500 روزنامه»: ``demonstratives_fa.txt``, ``indefinites_fa.txt``). A word written
with a ZWNJ is weighed by its parts, as the lexicon counts plain forms only: a verb or a
compound of common words or suffixes is Persian («روزنامه فروشی‌ها» 'newsstands',
«مجله بین‌المللی»); a word outlets borrow to close a name («تایمز», «نیوز»:
``media_name_words_fa.txt``) goes on a borrowed name («فایننشال تایمز»).
A name in quotation marks right after such a noun, or after a noun of another kind of body
(``quoted_name_kinds_fa.txt``: «شرکت «کیان کودسا»», «انتشارات «پارس کتاب»», «سایت «عصر
ایران»»), also with an adjective of the body's line or country between
(``kind_adjectives_fa.txt`` or a nationality: «شبکه خبری «یورونیوز»», «شرکت خصوصی «دستان»»,
«روزنامه لبنانی «النهار»»; session 21 (2026-12-06), engineer ent_fa_org), is the quoted
words, in place of what the tagger or the lists read over the noun and the quotes
(«روزنامه «اطلاعات» lost its closing mark) and the places inside; a linked person or body
inside is kept.
Otherwise a place there is left as it is (one no listed outlet's name holds: its own reading
decides), and so is a listed or linked organisation and a person of the rules. A person of
the tagger elsewhere in the article that is such a name written alone («گازت» heading the
paragraph) is the paper too.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import TAGGER_SOURCE, Entity
from khabar.entities.gazetteer import demonyms, place_index, words
from khabar.entities.persian_tidy import determiners, is_word
from khabar.entities.words import Word, listed_keys, phrase_key, with_org
from khabar.normalize.zwnj_lexicon import VERB_PREFIXES, ZWNJ, lexicon

SOURCE = "press"
"""The source of a periodical, a body quoted after its noun of kind or a company without its
noun (and of ``persian_media_kinds``' outlets; ``persian_press_repeats`` reads it)."""
MAX_WEIGHT = 5
"""The most lexicon weight (twice the corpus count, plus one when hazm lists the word) of a
word read as part of a borrowed name: «القبس» 4, «کیهان» 5, «نگار» 7, «امروز» 1,231."""
OPENING = {"«": "»", '"': '"'}
"""Opening quotation marks and their closing ones."""
MAX_QUOTED = 5
"""The most words of a name in quotation marks after a noun of kind."""
LANGUAGE = "زبان"
"""'language', joined to a nationality adjective: «روزنامه انگلیسی‌زبان نیوز»."""
MODEL_SOURCES = frozenset({TAGGER_SOURCE})
"""Sources of the statistical tagger's entities, which a periodical's name replaces."""
COMPANY_SOURCES = frozenset({TAGGER_SOURCE, "org_again"})
"""Sources of the organisations a company's noun is taken off: the tagger's, and their other
mentions (``persian_repeats``), so that every mention of «شرکت تاو» becomes «تاو»."""


def _kinds() -> frozenset[str]:
    return listed_keys("entities/press_kinds_fa.txt")


@lru_cache(maxsize=1)
def _quoted_kinds() -> frozenset[str]:
    return _kinds() | listed_keys("entities/quoted_name_kinds_fa.txt")


def press_names(text: str, tokens: Sequence[Word], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the names of periodicals after their noun of kind (see the module)."""
    out = list(entities)
    names: set[str] = set()
    for k, word in enumerate(tokens):
        key = phrase_key(word.text)
        if key not in _quoted_kinds() or (k > 0 and (tokens[k - 1].folded in determiners()
                                                     or tokens[k - 1].text.isdigit())):
            continue  # «این نشریه», «500 روزنامه»: no name follows
        span = _quoted_name(tokens, out, k)
        if span is None and key in _kinds():
            span = _name_after(text, tokens, out, k)
        if span is None:
            continue
        start, end = span
        out = [e for e in out if not (e.start < end and start < e.end)
               and not (word.start <= e.start and e.end <= end + 1 and e.kb_id is None)]
        out.append(_press_body(text, start, end))
        names.add(phrase_key(text[start:end]))
    out = [_press_body(text, e.start, e.end) if e.type == "PER" and e.source in MODEL_SOURCES
           and phrase_key(e.text) in names else e for e in out]
    return borrowed_institutions(text, tokens, sorted(out, key=lambda e: e.start))


def borrowed_institutions(text: str, tokens: Sequence[Word],
                          entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with a foreign institution named by a noun whose own name holds it and a
    borrowed name in Persian letters («دانشگاه پرینستون», «کالج ایمپریال»:
    ``borrowed_name_heads_fa.txt``; issue 5, session 16 (2026-12-06)): the noun and the words
    after it that the lexicon hardly knows (``_borrowed``, as a periodical's name) are one
    organisation, in place of what the tagger read there; left as it is where a rule's
    entity overlaps it or the noun is used generically («این دانشگاه»)."""
    out = list(entities)
    for k, word in enumerate(tokens[:-1]):
        if phrase_key(word.text) not in _borrowed_heads() or (k > 0 and (
                tokens[k - 1].folded in determiners() or tokens[k - 1].text.isdigit())):
            continue
        if not is_word(tokens[k + 1]) or not text[word.end:tokens[k + 1].start].isspace():
            continue
        span = _borrowed(tokens, k, k + 1)
        if span is None:
            continue
        start, stop = word.start, span[1]
        over = [e for e in out if e.start < stop and start < e.end]
        if any(e.source not in MODEL_SOURCES or not (start <= e.start and e.end <= stop)
               for e in over):
            continue
        out = with_org(out, text, start, stop, SOURCE)
    return sorted(out, key=lambda e: e.start)


def _borrowed_heads() -> frozenset[str]:
    return listed_keys("entities/borrowed_name_heads_fa.txt")


def _press_body(text: str, start: int, end: int) -> Entity:
    """The organisation named by ``text[start:end]``: a periodical, a body quoted after
    its noun of kind, or a company without its noun (source ``press`` for all three)."""
    name = text[start:end]
    return Entity(start, end, type="ORG", text=name, key=f"org:{phrase_key(name)}",
                  source=SOURCE)


def _quoted_name(tokens: Sequence[Word], found: Sequence[Entity],
                 k: int) -> tuple[int, int] | None:
    """The words in quotation marks right after the noun of kind at word ``k`` («شرکت «کیان
    کودسا»»), at most ``MAX_QUOTED`` of them, or None; a linked person or body inside is
    kept, a place is no reading of its own there («سایت «عصر ایران»»)."""
    first = k + 1
    if first + 1 < len(tokens) and tokens[first + 1].text in OPENING and _kind_adjective(
            tokens[first].text):
        first += 1  # «شبکه خبری «یورونیوز»», «روزنامه لبنانی «النهار»»: the body's line or country
    if first >= len(tokens) or tokens[first].text not in OPENING:
        return None
    close = OPENING[tokens[first].text]
    end = next((j for j in range(first + 1, min(len(tokens), first + MAX_QUOTED + 2))
                if tokens[j].text == close), None)
    if end is None or end == first + 1:
        return None
    start, stop = tokens[first + 1].start, tokens[end - 1].end
    if any(e.type != "LOC" and e.kb_id is not None and e.start < stop and start < e.end
           for e in found):
        return None  # a linked body or person inside: its reading stands
    return start, stop


def _kind_adjective(word: str) -> bool:
    """An adjective between a noun of kind and a quoted name that says the body's line or
    country, no part of its name (``kind_adjectives_fa.txt``: «خبری», «خصوصی»; a nationality)."""
    return _of_a_nation(word) or phrase_key(word) in _kind_adjectives()


@lru_cache(maxsize=1)
def _kind_adjectives() -> frozenset[str]:
    return listed_keys("entities/kind_adjectives_fa.txt")


def _name_after(text: str, tokens: Sequence[Word], found: Sequence[Entity],
                k: int) -> tuple[int, int] | None:
    """The span of the periodical's name after the noun of kind at word ``k``, or None."""
    first = k + 1
    if first < len(tokens) and _of_a_nation(tokens[first].text):
        first += 1  # «روزنامه پاکستانی نیشن»: the paper's country
    if first >= len(tokens) or not is_word(tokens[first]) or not text[
            tokens[first - 1].end:tokens[first].start].isspace():
        return None
    from khabar.entities.persian_rules import outlet_at  # a cycle: persian_rules -> desks -> here

    head, name = tokens[k], tokens[first]
    outlet = outlet_at(text, tokens, first) or outlet_at(text, tokens, k)  # «روزنامه الریاض»
    if outlet is not None and outlet > first:
        return name.start, tokens[outlet - 1].end  # «روزنامه [همشهری]»: a listed outlet
    for e in found:
        if e.start == head.start and e.type == "ORG" and e.source in MODEL_SOURCES \
                and e.end > name.start:
            return name.start, e.end  # «[روزنامه ایران]»: the name without its noun
        if e.start == name.start:
            return (e.start, e.end) if e.source in MODEL_SOURCES and e.kb_id is None else None
        if e.start < name.end and name.start < e.end:
            return None
    return _borrowed(tokens, k, first)


def _of_a_nation(word: str) -> bool:
    """A nationality adjective, alone or before «زبان» ('-language': «انگلیسی‌زبان»)."""
    stem = word.removesuffix(LANGUAGE).rstrip(ZWNJ + " ")
    return demonyms().get(word) is not None or (stem != word and demonyms().get(stem) is not None)


def _borrowed(tokens: Sequence[Word], k: int, first: int) -> tuple[int, int] | None:
    """Words from ``first`` on that the lexicon hardly knows, none a compound with the noun."""
    weight, pairs = lexicon().weight, lexicon().pairs
    if (tokens[k].text, tokens[first].text) in pairs:
        return None  # «روزنامه نگاران»: a compound written apart
    end = first
    while end < len(tokens) and borrowed_word(tokens[end], weight, end == first) and (
            end == first or tokens[end].start - tokens[end - 1].end == 1):
        end += 1
    return (tokens[first].start, tokens[end - 1].end) if end > first else None


def borrowed_word(word: Word, weight: dict[str, int], first: bool) -> bool:
    """A word the lexicon hardly knows and no Persian compound; after the first, also one
    hazm does not list (an odd weight), or a word outlets borrow to close a name («تایمز»):
    «واشنگتن‌پست» then «تیتر» 'headline' is the paper and a common noun."""
    if not first and phrase_key(word.text) in _media_words():
        return True
    seen = weight.get(word.text, 0)
    return (is_word(word) and seen <= MAX_WEIGHT and (first or seen % 2 == 0)
            and not _persian_compound(word.text, weight))


def _persian_compound(word: str, weight: dict[str, int]) -> bool:
    """A word written with a ZWNJ that is Persian, whatever the lexicon's count of it (the
    lexicon weighs plain forms only): a verb after «می»/«نمی» («می‌نویسد»), or parts that are
    all common words or suffixes and no place («فروشی‌ها», «بین‌المللی», «ویژه‌نامه»;
    «واشنگتن‌پست» holds a place, «وال‌استریت‌ژورنال» and «یواس‌ای» unknown words)."""
    parts = word.split(ZWNJ)
    if len(parts) < 2:
        return False
    return parts[0] in VERB_PREFIXES or all(
        weight.get(part, 0) > MAX_WEIGHT and place_index().get(part) is None for part in parts)


def _media_words() -> frozenset[str]:
    return listed_keys("entities/media_name_words_fa.txt")


def company_names(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with a tagger organisation that opens on a noun of a company
    (``company_kinds_fa.txt``: شرکت, کمپانی, کارخانه) followed only by borrowed words
    («شرکت هپکو», «شرکت گلدکوئیست») cut to the name, the noun left out as the gold
    leaves a noun of kind out before a proper name; a descriptive name keeps it («شرکت
    ملی مس», «شرکت سهامی فرش ایران»: a Persian word after the noun). A nationality adjective
    right after the noun is the company's country, no part of its name («شرکت آلمانی
    اینفیون» gives «اینفیون»), and a company named by it alone is none («سه شرکت آلمانی»:
    dropped; session 16 (2026-12-06), engineer ent_fa)."""
    weight = lexicon().weight
    out = []
    for e in entities:
        parts = words(e.text) if e.type == "ORG" and e.source in COMPANY_SOURCES else []
        if len(parts) < 2 or phrase_key(parts[0].text) not in _company_kinds():
            out.append(e)
            continue
        first = 2 if _of_a_nation(parts[1].text) else 1
        if first == len(parts):
            continue  # «سه [شرکت آلمانی]»: a company of a nation, no name
        if all(borrowed_word(w, weight, i == first) for i, w in enumerate(parts) if i >= first):
            e = _press_body(text, e.start + parts[first].start, e.end)
        out.append(e)
    return out


def _company_kinds() -> frozenset[str]:
    return listed_keys("entities/company_kinds_fa.txt")
