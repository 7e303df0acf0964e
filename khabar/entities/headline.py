"""The stage ``khabar.entities.title.v1``: entities of the headline, read with the body
as context (session 15 (2026-12-06), issues 5 and 6).

Cleaning moves the headline out of the text (``Doc.title``), so the entity stage never
reads it and a person or body named only there was never found. The headline is read
here as a document of one sentence by the same rules, tagger and KB linking
(``khabar.entities.ner.find_entities``); the body's entities then lend what only the
body knows, so that a name in the headline and in the body shares one KB id:

- a one-word person in the headline that is the surname of one person named in full in
  the body («قلعه‌نویی» beside «امیر قلعه‌نویی») is that person, the surname found
  again as the body's own rule finds it (``titles.surname_mentions``);
- an unlinked lone surname takes the one linked person of the body who bears it
  (``kb.link.link_in_document``, as within the body);
- a headline entity written as a body entity (folded words equal) takes that entity's
  link, key and, for places, its reading (coordinates, country), and its type when a rule
  or the KB confirms the body's reading;
- in Arabic, a person or organisation only the tagger read in the headline, unconfirmed
  by a rule or the KB, is dropped when the body never writes its words (``told_in_body``);
- in Persian, words of the headline written as an organisation the body names by a rule,
  a list or the KB, or by a body's head noun, are that organisation where the headline's
  own reading found nothing there («پرسپولیس، گام به گام ...», «واکنش باشگاه تراکتور»), and so
  is a ministry's head with one of its fields («وزارت کار» for the body's «وزارت کار و امور
  اجتماعی»; ``body_orgs``, session 27 (2026-12-07)).

The body's own entities are never changed. Offsets of ``Doc.title_entities`` point into
``Doc.title``; ``Doc.title_map`` maps them to ``Doc.raw`` when the headline was read from
the raw text (``Doc.title_span``), else it is ``None`` (a headline given by ingest).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from khabar.doc import (
    PRONOUN_SOURCE,
    ROLE_SOURCE,
    SURNAME_SOURCE,
    TAGGER_SOURCE,
    Doc,
    Entity,
)
from khabar.entities.gazetteer import Word, words
from khabar.entities.persian_described_bodies import generic_use
from khabar.entities.persian_desks import body_heads
from khabar.entities.stage import spreadable
from khabar.entities.titles import surname_mentions
from khabar.kb.entries import KnowledgeBase, load_kb
from khabar.kb.link import kb_keys, link_in_document, strip_titles
from khabar.normalize.charmap import normalize
from khabar.normalize.zwnj import repair_edits
from khabar.offsets import OffsetMap, apply_edits
from khabar.registry import stage
from khabar.settings import Settings

LENT = ("type", "kb_id", "name_en", "country", "key", "lat", "lon")
"""What a body entity lends a headline entity written as it is: the body, read with its
context, decides even the type of a name the telegraphic headline gives alone."""


def title_map(doc: Doc) -> OffsetMap | None:
    """``Doc.title`` mapped to ``Doc.raw``: the raw headline line normalized again as the
    normalization stages did; ``None`` when the title was not read from the raw text or
    its normalization cannot be replayed."""
    if not doc.title or doc.title_span is None:
        return None
    start, end = doc.title_span
    line, to_raw = apply_edits(doc.raw, [(0, start, ""), (end, len(doc.raw), "")])
    text, to_line = normalize(line, doc.lang)
    mapped = to_raw.then(to_line)
    if text == doc.title:
        return mapped
    repaired, to_text = apply_edits(text, list(repair_edits(text, doc.lang)))
    return mapped.then(to_text) if repaired == doc.title else None


def headline_doc(doc: Doc) -> Doc:
    """The headline as a document of one sentence, dated and in the article's language."""
    title = doc.title or ""
    return Doc(raw=title, lang=doc.lang, published=doc.published, sentences=[(0, len(title))])


def _full_names(body: Sequence[Entity]) -> dict[str, Entity | None]:
    """Folded surnames of the body's persons named in two words or more; ``None`` where
    two persons of the body bear the surname."""
    found: dict[str, Entity | None] = {}
    for e in body:
        if e.type != "PER" or e.source in (PRONOUN_SOURCE, ROLE_SOURCE, SURNAME_SOURCE):
            continue
        name = [w for w in words(strip_titles(e.text)) if w.text[0].isalnum()]
        if len(name) < 2 or not spreadable(name[-1].folded):
            continue
        surname = name[-1].folded
        known = found.get(surname, e)
        same = known is not None and (known.kb_id or known.key) == (e.kb_id or e.key)
        found[surname] = e if same else None
    return found


def body_surnames(title: str, tokens: Sequence[Word], found: list[Entity],
                  body: Sequence[Entity]) -> list[Entity]:
    """One-word persons of the headline: surnames of persons the body names in full."""
    people = {surname: e for surname, e in _full_names(body).items() if e is not None}
    keys = {surname: surname for surname in people}
    taken = [(e.start, e.end) for e in found]
    extra = [
        replace(people[word], start=s, end=e, text=title[s:e], source=SURNAME_SOURCE, role=None)
        for s, e, word in surname_mentions(tokens, keys, taken)
    ]
    return sorted([*found, *extra], key=lambda e: e.start)


BODY_ORGS_LANGUAGES = frozenset({"fa"})
"""Languages whose headline takes the organisations the body names by a rule (``body_orgs``)."""


def body_orgs(title: str, tokens: Sequence[Word], found: list[Entity],
              body: Sequence[Entity]) -> list[Entity]:
    """Organisations of the headline written as one the body names by a rule, a list or the
    KB (``_confirmed``), where the headline's reading found nothing: a telegraphic headline
    gives a club or body alone, without the context that makes the rules read it
    («پرسپولیس، گام به گام به صدر نزدیک می‌شود», «واکنش باشگاه تراکتور به ...»), while the
    body names it by the club list or again after a full mention (session 27 (2026-12-07),
    engineer ent_fa12)."""
    names: dict[tuple[str, ...], Entity] = {}
    for e in body:
        name = _folded(e.text)
        if e.type == "ORG" and name and e.source not in (PRONOUN_SOURCE, ROLE_SOURCE) and (
                _confirmed(e) or (len(name) > 1 and name[0] in body_heads())):
            for form in (name, *short_forms(e.text)):
                names.setdefault(form, e)
    if not names:
        return found
    lettered = [k for k, w in enumerate(tokens) if w.text[0].isalnum()]
    taken = [(e.start, e.end) for e in found]
    extra: list[Entity] = []
    longest_first = sorted(names.items(), key=lambda item: -len(item[0]))
    for n, k in enumerate(lettered):
        for name, e in longest_first:
            at = lettered[n:n + len(name)]
            if tuple(tokens[i].folded for i in at) != name or generic_use(tokens, k):
                continue
            s, t = tokens[at[0]].start, tokens[at[-1]].end
            if not any(a < t and s < b for a, b in taken):
                extra.append(replace(e, start=s, end=t, text=title[s:t], role=None))
                taken.append((s, t))
    return sorted([*found, *extra], key=lambda e: e.start)


COORDINATORS = frozenset({"و", "،", ","})
"""What joins the fields of a body's name («وزارت تعاون، کار و رفاه اجتماعی»)."""


def short_forms(name: str) -> list[tuple[str, ...]]:
    """The folded short forms of a body named by its head and coordinated fields: the head
    with one field («وزارت کار» of «وزارت تعاون، کار و رفاه اجتماعی» and of «وزارت کار و
    امور اجتماعی», «بنیاد شهید» of «بنیاد شهید و امور ایثارگران»), as a headline writes it."""
    parts = [w for w in words(name) if w.text[0].isalnum() or w.text in COORDINATORS]
    if len(parts) < 4 or parts[0].text in COORDINATORS:
        return []
    fields: list[list[str]] = [[]]
    for w in parts[1:]:
        if w.text in COORDINATORS:
            fields.append([])
        else:
            fields[-1].append(w.folded)
    if len(fields) < 2 or not all(fields):
        return []
    return [(parts[0].folded, *field) for field in fields]


def _lent(e: Entity) -> dict[str, Any]:
    return {name: getattr(e, name) for name in LENT}


def _folded(text: str) -> tuple[str, ...]:
    return tuple(w.folded for w in words(text) if w.text[0].isalnum())


def same_names(found: list[Entity], body: Sequence[Entity]) -> list[Entity]:
    """Headline entities written as a body entity take its link, key and reading; a body
    name read two ways (two types or links) lends nothing. Its type too, but only when a
    rule or the KB confirms the body's reading: the tagger alone reads a lone word of the
    body on no better evidence than the headline's (unread draws, session 15: of 8 types
    lent by tagger readings 6 were wrong, «بم» a body, «ماكدونالدز» a place; of 3 lent by
    the surname rule, «أفراح», «مونتاري», «كاسانو», none)."""
    readings: dict[tuple[str, ...], dict[str, Any] | None] = {}
    for e in body:
        if e.source in (PRONOUN_SOURCE, ROLE_SOURCE):
            continue
        name = _folded(e.text)
        if not name:
            continue
        lent: dict[str, Any] | None = {**_lent(e), "confirmed": _confirmed(e)}
        readings[name] = lent if readings.get(name, lent) == lent else None
    result = []
    for e in found:
        known = readings.get(_folded(e.text))
        if known and (known["type"] == e.type or known["confirmed"]):
            e = replace(e, **{k: v for k, v in known.items() if k != "confirmed"})
        result.append(e)
    return result


def _confirmed(e: Entity) -> bool:
    """Found by a rule or linked to the KB, not by the tagger alone."""
    return e.source != TAGGER_SOURCE or e.kb_id is not None


def with_body(kb: KnowledgeBase, title: str, found: list[Entity],
              body: Sequence[Entity]) -> list[Entity]:
    """The headline's entities with what the body's entities tell of them."""
    found = body_surnames(title, words(title), found, body)
    found = same_names(found, body)
    shared = link_in_document(kb, [*found, *body])[: len(found)]
    return kb_keys(shared)


GUESSES_CHECKED = frozenset({"ar"})
"""Languages whose headline guesses ``told_in_body`` checks against the body. Measured on
two unread draws of headlines (session 15 (2026-12-06): 300 + 200 Arabic, 300 + 200
Persian articles): Arabic, 16 of 16 guesses dropped were wrong (a proclitic glued on,
«وليون», «بأتباع المجوسي»; verbs, «يطلقون هاشتاق»); Persian, 12 of 21 (bodies name a
headline's ministry or exchange by a common noun, «این وزارتخانه», so «وزارت دارایی»,
«وزارت ارشاد» would go), little better than chance, so Persian is not checked."""


def told_in_body(found: list[Entity], body_text: str, lang: str | None) -> list[Entity]:
    """Without the tagger's unconfirmed guesses: a person or organisation only the tagger
    read in the headline (no rule, list or KB link confirms it) whose words the body
    never writes. A headline is telegraphic, often verbless, and the tagger reads it out
    of the context it learnt from; a news body retells its headline, so a name it never
    writes is more likely a misreading («يطلقون هاشتاق», «جان ميدانية» of «لجان
    ميدانية») than a name. Only in ``GUESSES_CHECKED``."""
    if lang not in GUESSES_CHECKED:
        return found
    guesses = [e for e in found
               if e.source == TAGGER_SOURCE and e.kb_id is None and e.type in ("PER", "ORG")]
    if not guesses:
        return found
    told = f" {' '.join(w.folded for w in words(body_text) if w.text[0].isalnum())} "
    return [e for e in found
            if e not in guesses or f" {' '.join(_folded(e.text))} " in told]


def title_entities(doc: Doc, kb: KnowledgeBase,
                   find: Callable[[Doc, KnowledgeBase], list[Entity]]) -> list[Entity]:
    """The headline's entities (``find`` reads one document), with the body as context."""
    if not doc.title or not doc.title.strip():
        return []
    found = find(headline_doc(doc), kb)
    if doc.lang in BODY_ORGS_LANGUAGES:
        found = body_orgs(doc.title, words(doc.title), found, doc.entities)
    found = with_body(kb, doc.title, found, doc.entities)
    return told_in_body(found, doc.text, doc.lang)


@stage("khabar.entities.title.v1", requires=("title", "lang", "entities"),
       assigns=("title_entities",))
def make_title_stage(settings: Settings) -> Callable[[Doc], Doc]:
    """Entities of the headline, by the entity stage's rules and tagger, linked with the
    body as context; offsets into the title, mapped to the raw text."""
    from khabar.entities.ner import entity_finder

    kb = load_kb(settings.get("kb.overlay") or None)
    find = entity_finder(settings)

    def run(doc: Doc) -> Doc:
        doc.title_entities = title_entities(doc, kb, find)
        doc.title_map = title_map(doc) if doc.title_entities else None
        return doc

    return run
