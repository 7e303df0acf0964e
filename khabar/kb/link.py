"""Linking mentions to KB entries: names across scripts, then context (country, role).

A mention links only when the evidence picks one entry: the full name (honorifics and
titles stripped) names exactly one entry of the right type whose country does not
contradict the mention's; a lone surname links only when it names one entry and the
mention's country agrees. Everything else stays unlinked rather than guessed.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import PRONOUN_SOURCE, ROLE_SOURCE, TITLE_SOURCE, Entity
from khabar.entities.gazetteer import Word, phrase_key, words
from khabar.entities.phrases import proclitics
from khabar.entities.titles import ABD, FAMILY, SON_OF, given_names, titles
from khabar.kb.entries import KbEntry, KnowledgeBase, Role, with_entry
from khabar.kb.leading_words import strip_leading
from khabar.normalize.fold import fold, fold_word
from khabar.resources import load_lines


@lru_cache(maxsize=1 << 14)
def strip_titles(name: str) -> str:
    """The name without leading titles and honorifics ("سيد عاصم منير" -> "عاصم منير").
    Cached: the linker strips each name of a document several times, for each of its
    mentions and ways of linking (issue 8)."""
    return strip_leading(name, titles())


def _without_proclitic(name: str) -> str:
    """The name without an Arabic proclitic glued to its first word ("وجون كيري"): tried
    only after the name as written, and only a whole KB name can match it."""
    return name[1:] if len(name) > 4 and name[0] in proclitics() and " " in name else name


def _agrees(entry: KbEntry, country: str | None) -> bool:
    return country is None or entry.country is None or entry.country == country


def link_name(kb: KnowledgeBase, name: str, kind: str, country: str | None) -> KbEntry | None:
    """The one entry a full name (any script) denotes, if exactly one agrees."""
    for variant in dict.fromkeys((name, strip_titles(name), _without_proclitic(name))):
        found = [e for e in kb.named(variant, kind) if _agrees(e, country)]
        if len(found) == 1:
            return found[0]
        if found:
            return None  # two entries share the name: context must decide, not us
    return None


def link_surname(kb: KnowledgeBase, word: str, country: str | None) -> KbEntry | None:
    """A lone surname links only when it names one person and the country agrees."""
    found = kb.by_surname.get(phrase_key(word), [])
    if len(found) == 1 and country is not None and found[0].country == country:
        return found[0]
    return None


def _nasab_prefixes(name: str) -> list[str]:
    """A nasab name cut back, longest first, to "X بن Y": its family name ("آل سعود")
    and then its farthest ancestors dropped ("محمد بن نايف بن عبدالعزيز آل سعود" ->
    "محمد بن نايف بن عبدالعزيز" -> "محمد بن نايف")."""
    parts = strip_titles(name).split()
    folded = [fold_word(p) for p in parts]
    if len(parts) < 4 or SON_OF.isdisjoint(folded):
        return []
    cuts = [k for k in range(3, len(parts)) if folded[k] in SON_OF or folded[k] == FAMILY]
    return [" ".join(parts[:k]) for k in reversed(cuts)]


def _lineage(name: str) -> list[str]:
    """Folded words of a name, "عبد" joined to the word after it ("عبد العزيز")."""
    found: list[str] = []
    for word in map(fold_word, name.split()):
        if found and found[-1] == ABD:
            found[-1] += word
        else:
            found.append(word)
    return found


def _lineage_agrees(entry: KbEntry, name: str) -> bool:
    """No name of the entry spells a longer lineage that the mention contradicts."""
    mine = _lineage(strip_titles(name))
    for theirs in (_lineage(n) for n in entry.all_names()):
        shared = min(len(mine), len(theirs))
        if mine[:shared] != theirs[:shared] and mine[:3] == theirs[:3]:
            return False
    return True


def link_nasab(kb: KnowledgeBase, name: str, country: str | None) -> KbEntry | None:
    """A nasab name longer than any the KB holds, by its longest prefix that the KB
    knows, when none of the entry's names contradicts the rest of the lineage."""
    for prefix in _nasab_prefixes(name):
        entry = link_name(kb, prefix, "PER", country)
        if entry is not None:
            return entry if _lineage_agrees(entry, name) else None
    return None


def link_person(kb: KnowledgeBase, name: str, country: str | None,
                role: str | None = None) -> KbEntry | None:
    """A full name, or the title and name together when the KB names the person so
    ("الملك سلمان", "آیت‌الله جنتی"), a nasab name by its known beginning, or a lone
    surname whose country agrees."""
    entry = link_name(kb, name, "PER", country)
    if entry is None and role:
        entry = link_name(kb, f"{role} {name}", "PER", country)
    if entry is None:
        entry = link_nasab(kb, name, country)
    if entry is None and len(words(strip_titles(name))) == 1:
        entry = link_surname(kb, strip_titles(name), country)
    return entry


def role_holders(candidates: Sequence[tuple[KbEntry, Role]], day: str | None) -> list[KbEntry]:
    """Entries that held one of the roles on ``day`` (ISO date; None: now)."""
    found: list[KbEntry] = []
    for entry, role in candidates:
        if role.held_on(day) and entry not in found:
            found.append(entry)
    return found


def kb_keys(entities: Sequence[Entity]) -> list[Entity]:
    """Linked persons and organisations take their KB id as ``key``, so that stories,
    events and the web UI meet one actor under one key in any script; unlinked ones
    keep their folded-name key."""
    return [replace(e, key=e.kb_id) if e.kb_id and e.type in ("PER", "ORG") else e
            for e in entities]


def short_names(entry: KbEntry) -> set[str]:
    """Folded words that name ``entry`` alone: its surnames, and the given name of a nasab
    name ("الملك سلمان" for "سلمان بن عبدالعزيز")."""
    found = set(entry.surnames())
    for lang, names in entry.names.items():
        for name in names if lang != "en" else ():
            parts = [fold_word(p) for p in name.split()]
            if len(parts) > 2 and parts[1] in SON_OF:
                found.add(parts[0])
    return found


def _lone_word(e: Entity) -> str | None:
    """The folded name of a one-word person mention (titles and markers of the dead or
    former, "شهید سلیمانی", stripped), else None."""
    from khabar.kb.former import strip_markers

    name = [w for w in words(strip_titles(strip_markers(e.text))) if w.text[0].isalnum()]
    return name[0].folded if len(name) == 1 else None


def other_bearers(entities: Sequence[Entity]) -> frozenset[str]:
    """Folded surnames of unlinked persons named in full, a given name first ("علی باقری"
    beside a linked "محمد باقری"): a lone "باقری" could be either of them. (A tagger's
    span that glues a title or two names, "بالرئيس روحاني", starts with no given name.)"""
    found = set()
    for e in entities:
        if e.type == "PER" and e.kb_id is None and e.source not in (PRONOUN_SOURCE, ROLE_SOURCE):
            name = words(strip_titles(e.text))
            if len(name) > 1 and given_names().get(name[0].text):
                found.add(name[-1].folded)
    return frozenset(found)


def link_in_document(kb: KnowledgeBase, entities: list[Entity],
                     skip: frozenset[tuple[int, int]] = frozenset(),
                     role_people: Sequence[KbEntry] = ()) -> list[Entity]:
    """One-word person mentions the name-by-name pass left unlinked take the one person
    linked elsewhere in the document who bears that name, in any order ("باقری" in the
    headline, "محمد باقری" in the body); a titled one ("سرلشکر باقری") else takes the one
    holder, at any time, of a role the document names whose surname it is (beside "رئیس
    ستاد کل نیروهای مسلح" in an undated article; a surname only: "د. عبدالله" is no king
    of that given name), and lends that link on. Never when another person of the
    document might bear the name. Spans in ``skip`` (names of hospitals, airports)
    neither lend nor take.

    (A titled lone surname linked by the article's focus country and a role held on its
    date was tried: on 1,000 shared articles it linked «دکتر رضایی, مدرس دانشگاه» to
    Mohsen Rezaee and «آیت‌الله حکیم» (Mohammad Baqir) to his brother, so it is not done.)"""
    others = other_bearers(entities)
    if role_people:
        entities = _link_lone(entities, others, skip, lambda e, word: [
            x for x in role_people if e.source == TITLE_SOURCE and word in x.surnames()])
    linked = {e.kb_id: kb.entries[e.kb_id] for e in entities
              if e.type == "PER" and e.kb_id in kb.entries and (e.start, e.end) not in skip}
    return _link_lone(entities, others, skip, lambda e, word: [
        x for x in linked.values() if word in short_names(x)])


def _link_lone(entities: list[Entity], others: frozenset[str],
               skip: frozenset[tuple[int, int]],
               bearers: Callable[[Entity, str], Iterable[KbEntry]]) -> list[Entity]:
    """Each unlinked one-word person mention that exactly one of its ``bearers`` (of its
    country, if it has one) may be, linked to that one."""
    result = []
    for e in entities:
        word = _lone_word(e) if e.type == "PER" and e.kb_id is None and e.source not in (
            PRONOUN_SOURCE, ROLE_SOURCE) and (e.start, e.end) not in skip else None
        if word is not None and word not in others:
            here = list({x.id: x for x in bearers(e, word) if _agrees(x, e.country)}.values())
            if len(here) == 1:
                e = with_entry(e, here[0])
        result.append(e)
    return result


@lru_cache(maxsize=1)
def named_after_heads() -> frozenset[str]:
    return frozenset(fold(w) for w in load_lines("kb/named_after_heads.txt"))


def _head_forms(folded: str) -> set[str]:
    """A word, without a conjunction or preposition glued on, and without the article."""
    forms = {folded}
    if len(folded) > 3 and folded[0] in proclitics():
        forms.add(folded[1:])
    forms |= {f[2:] for f in forms if f.startswith("ال") and len(f) > 4}
    return forms


def named_after(tokens: Sequence[Word], starts: Sequence[int], person: Entity,
                heads: frozenset[str] | None = None) -> bool:
    """Whether a person's name (with its titles) follows a place or institution noun, so
    that it names the place: "مستشفى الملك فهد", "فرودگاه امام خمینی". ``heads``: the
    nouns (folded, without the article), ``named_after_heads`` by default."""
    i = bisect_left(starts, person.start) - 1
    while i >= 0 and tokens[i].text in titles():
        i -= 1
    nouns = named_after_heads() if heads is None else heads
    return i >= 0 and bool(_head_forms(tokens[i].folded) & nouns)


def named_after_spans(tokens: Sequence[Word],
                      entities: Sequence[Entity]) -> frozenset[tuple[int, int]]:
    """(start, end) of the persons that name a place or institution (``named_after``)."""
    starts = [w.start for w in tokens]
    return frozenset((e.start, e.end) for e in entities
                     if e.type == "PER" and named_after(tokens, starts, e))


def unlink_named_after(tokens: Sequence[Word], entities: list[Entity]) -> list[Entity]:
    """Persons naming a place or institution keep no KB link (see ``named_after``)."""
    starts = [w.start for w in tokens]
    return [replace(e, kb_id=None, name_en=None)
            if e.type == "PER" and e.kb_id and named_after(tokens, starts, e) else e
            for e in entities]


@lru_cache(maxsize=1)
def generation_words() -> frozenset[str]:
    return frozenset(fold(w) for w in load_lines("kb/generation_words.txt"))


def generation_spans(kb: KnowledgeBase, tokens: Sequence[Word],
                     entities: Sequence[Entity]) -> frozenset[tuple[int, int]]:
    """(start, end) of the persons a generation word follows («بوش الأب», «الأسد الأب»):
    the father or the son of a KB person's name, whom the KB tells apart only where it
    lists the name with the word («جورج بوش الابن»)."""
    starts = [w.start for w in tokens]
    found = set()
    for e in entities:
        i = bisect_left(starts, e.end)
        if e.type == "PER" and i < len(tokens) and tokens[i].folded in generation_words() \
                and not kb.named(f"{e.text} {tokens[i].text}", "PER"):
            found.add((e.start, e.end))
    return frozenset(found)
