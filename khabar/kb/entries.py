"""KB entries, loading and the user overlay, and the name and role indexes used to link.

An overlay file has the same JSON-lines format as ``actors.jsonl``: an entry whose id
exists replaces the shipped one, a new id is added, and ``{"id": ..., "delete": true}``
removes an entry.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache, wraps
from pathlib import Path
from typing import TypeVar

from khabar.doc import Entity
from khabar.entities.gazetteer import PhraseIndex, phrase_key
from khabar.entities.titles import FAMILY, SON_OF
from khabar.errors import ResourceError
from khabar.normalize.fold import fold_word
from khabar.resources import load_tsv, resource_path

LANGS = ("fa", "ar", "ur", "en")
TYPES = ("PER", "ORG")
ACTORS = "kb/actors.jsonl"
KEY_ALIASES = "kb/key_aliases.tsv"


KB = TypeVar("KB", bound="KnowledgeBase | None")
T = TypeVar("T")


def per_kb(build: Callable[[KB], T]) -> Callable[[KB], T]:
    """``build(kb)`` computed once per knowledge base (by identity: a stage reads its KB
    once, and another KB object, a test's or a user overlay's, is built anew)."""
    held: dict[int, tuple[KB, T]] = {}

    @wraps(build)
    def once(kb: KB) -> T:
        found = held.get(id(kb))
        if found is not None and found[0] is kb:
            return found[1]
        value = build(kb)
        held[id(kb)] = (kb, value)
        return value

    return once


@dataclass(frozen=True)
class Role:
    en: str
    names: dict[str, tuple[str, ...]]
    org: str | None = None
    start: str | None = None
    """ISO date the role began, or None when unknown."""
    end: str | None = None
    """ISO date it ended; None while it is held."""
    unique: bool = False
    """Its phrases alone name the one holder ("خادم الحرمين الشريفين", "رهبر معظم انقلاب"):
    a lone mention links to whoever held the role on the article's date."""

    def held_on(self, day: str | None) -> bool:
        """Whether the role was held on an ISO date (without a date: held now)."""
        if day is None:
            return self.end is None
        day = day[:10]
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class KbEntry:
    id: str
    type: str
    country: str | None
    names: dict[str, tuple[str, ...]]
    roles: tuple[Role, ...] = ()
    source: str = ""

    @property
    def name_en(self) -> str | None:
        english = self.names.get("en") or ()
        return english[0] if english else None

    def all_names(self) -> Iterator[str]:
        for names in self.names.values():
            yield from names

    def surnames(self) -> set[str]:
        """Folded last words of the Arabic-script names (a later mention by surname). The
        last word of a compound surname written apart is none where a name of the entry
        writes the two words as one («فيروز آبادي» beside «فيروزآبادي»: «آبادي» alone is
        another man, «غضنفر رکن آبادی»). A nasab name has none: its last word is a
        forefather or the dynasty («محمد بن نايف», «سلمان بن عبدالعزيز آل سعود»; a lone
        «نايف», «عبدالعزيز» or «سعود» is another man)."""
        parts = [[fold_word(p) for p in n.split()] for lang, names in self.names.items()
                 if lang != "en" for n in names]
        parts = [words for words in parts
                 if SON_OF.isdisjoint(words[:-1]) and FAMILY not in words[:-1]]
        last = {words[-1] for words in parts}
        return {words[-1] for words in parts
                if len(words) < 2 or words[-2] + words[-1] not in last}


def with_entry(entity: Entity, entry: KbEntry) -> Entity:
    """``entity`` linked to ``entry``: the entry's id and English name; a country the mention
    already has (its own demonym, the text's reading) stays before the entry's."""
    return replace(entity, kb_id=entry.id, name_en=entry.name_en,
                   country=entity.country or entry.country)


def parse_entry(record: dict, where: str) -> KbEntry:
    try:
        names = {lang: tuple(record["names"].get(lang) or ()) for lang in LANGS}
        roles = tuple(
            Role(r["en"], {lang: tuple(r.get(lang) or ()) for lang in LANGS if lang != "en"},
                 r.get("org"), r.get("from"), r.get("to"), bool(r.get("unique", False)))
            for r in record.get("roles") or ()
        )
        entry = KbEntry(record["id"], record["type"], record.get("country"), names, roles,
                        record.get("source", ""))
    except (KeyError, TypeError, AttributeError) as error:
        raise ResourceError(
            f"{where}: KB entry lacks {error}; each line needs id, type, names "
            "(see resources/kb/SOURCE.md)") from error
    if entry.type not in TYPES:
        raise ResourceError(f"{where}: type {entry.type!r} is not one of {TYPES}")
    if not any(entry.names.values()):
        raise ResourceError(f"{where}: entry {entry.id!r} has no names")
    return entry


def read_jsonl(path: Path) -> Iterator[tuple[str, dict]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise ResourceError(f"cannot read KB file {path}: {error}; check setting kb.overlay") \
            from error
    for number, line in enumerate(lines, 1):
        if line.strip() and not line.lstrip().startswith("#"):
            try:
                yield f"{path}:{number}", json.loads(line)
            except json.JSONDecodeError as error:
                raise ResourceError(f"{path}:{number}: not valid JSON ({error})") from error


def merge(shipped: Iterable[KbEntry], overlay: Iterable[tuple[str, dict]]) -> list[KbEntry]:
    entries = {e.id: e for e in shipped}
    for where, record in overlay:
        if record.get("delete"):
            entries.pop(record.get("id", ""), None)
        else:
            entry = parse_entry(record, where)
            entries[entry.id] = entry
    return list(entries.values())


@dataclass
class KnowledgeBase:
    entries: dict[str, KbEntry]
    by_name: dict[str, list[KbEntry]] = field(default_factory=dict)
    by_surname: dict[str, list[KbEntry]] = field(default_factory=dict)
    roles: PhraseIndex[list[tuple[KbEntry, Role]]] = field(default_factory=PhraseIndex)
    aliases: dict[str, str] = field(default_factory=dict)
    """A body's key of head noun and country -> its KB id (``resources/kb/key_aliases.tsv``)."""

    @classmethod
    def of(cls, entries: Iterable[KbEntry]) -> KnowledgeBase:
        kb = cls({e.id: e for e in entries})
        kb.aliases = {key: id_ for key, id_ in key_aliases().items() if id_ in kb.entries}
        by_name: dict[str, list[KbEntry]] = defaultdict(list)
        by_surname: dict[str, list[KbEntry]] = defaultdict(list)
        by_role: dict[str, list[tuple[KbEntry, Role]]] = defaultdict(list)
        role_text: dict[str, str] = {}
        for entry in kb.entries.values():
            for name in set(entry.all_names()):
                if entry not in by_name[phrase_key(name)]:
                    by_name[phrase_key(name)].append(entry)
            for surname in entry.surnames() if entry.type == "PER" else ():
                by_surname[surname].append(entry)
            for role in entry.roles:
                for phrase in {n for names in role.names.values() for n in names}:
                    by_role[phrase_key(phrase)].append((entry, role))
                    role_text[phrase_key(phrase)] = phrase
        kb.by_name, kb.by_surname = dict(by_name), dict(by_surname)
        for key, holders in by_role.items():
            kb.roles.add(role_text[key], holders)
        return kb

    def entry(self, key: str) -> KbEntry | None:
        """The entry of a KB id or of a key the KB holds a body under (see ``aliases``)."""
        return self.entries.get(key) or self.entries.get(self.aliases.get(key, ""))

    def named(self, name: str, kind: str | None = None) -> list[KbEntry]:
        found = self.by_name.get(phrase_key(name), [])
        return [e for e in found if kind is None or e.type == kind]


@lru_cache(maxsize=1)
def key_aliases() -> dict[str, str]:
    return {row[0]: row[1] for row in load_tsv(KEY_ALIASES)}


def shipped_entries() -> list[KbEntry]:
    path = resource_path(ACTORS)
    return [parse_entry(record, where) for where, record in read_jsonl(path)]


@lru_cache(maxsize=4)
def load_kb(overlay: str | None = None) -> KnowledgeBase:
    """The shipped KB with the user's overlay file applied (cached per overlay path)."""
    extra = read_jsonl(Path(overlay)) if overlay else iter(())
    return KnowledgeBase.of(merge(shipped_entries(), extra))
