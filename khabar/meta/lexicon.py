"""Date words as data, and the regex fragments built from them.

Every month, weekday, relative word, zone, era marker and number word comes from the
TSV files in ``khabar/resources/dates/`` (see SOURCE.md there). Patterns run over
the text folded without changing its length (``for_matching``: ي/ی, ك/ک, hamza
carriers and ة/ه merged, harakat and tatweel turned into one mark), so offsets stay
those of the text; marks and ZWNJ may appear between the letters of a phrase, and a
space in a phrase also matches no space, a ZWNJ or a dot. Alternations are emitted as a trie, so a
regex over a hundred month names costs one character test per position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from khabar.errors import ResourceError
from khabar.meta.alternation import DIGIT as DIGIT
from khabar.meta.alternation import GUARD as GUARD
from khabar.meta.alternation import JOINER, MARK, alternation
from khabar.meta.alternation import LB as LB
from khabar.meta.alternation import RB as RB
from khabar.meta.alternation import SPACE as SPACE
from khabar.normalize.fold import fold, fold_table
from khabar.resources import load_tsv

#: Languages assumed when the caller gives none (or one the data does not cover).
DEFAULT_LANGS = ("fa", "ar", "en")
#: Spaces the fold leaves alone but the patterns treat as " ".
_SPACES = {"\u2002": " ", "\u2003": " ", "\u200a": " ", "\u3000": " "}
#: Punctuation folded for matching (Arabic comma and decimal point, dashes, colon).
_PUNCTUATION = {
    "،": ",", "٫": ".", "٬": ",", "؛": ";", "؟": "?", "–": "-", "—": "-", "−": "-", "：": ":",
}

#: The Arabic conjunction written joined to the next word ("وأمس", "والاثنين").
ARABIC_AND = "و"


@lru_cache(maxsize=8192)
def key(text: str) -> str:
    """The lookup form of a phrase (or of matched text): folded, without spaces and dots."""
    return re.sub(r"[\s.\x01\x02]+", "", fold(text))


@lru_cache(maxsize=1)
def match_table() -> dict[int, str]:
    """A length-preserving fold for matching: same offsets, one character for each.

    Letters and digits fold as in ``khabar.normalize.fold`` (ی→ي, ک→ك, أ→ا, ة→ه,
    ۱→1); see ``MARK`` and ``JOINER`` for the characters it deletes.
    """
    table: dict[int, str] = {}
    for source, target in fold_table().items():
        table[ord(source)] = target if len(target) == 1 else MARK
    table[ord("\u200c")] = JOINER
    table.update({ord(c): target for c, target in _SPACES.items()})
    table.update({ord(k): v for k, v in _PUNCTUATION.items()})
    return table


def _frequent(char: str) -> bool:
    """Characters common in news text: Arabic-script letters, marks, digits, joiners."""
    return char.isascii() or "\u0600" <= char <= "\u06ff" or "\u200b" <= char <= "\u200f"


@lru_cache(maxsize=1)
def _replacements() -> tuple[tuple[tuple[str, str], ...], re.Pattern[str], dict[str, str]]:
    """Frequent replacements as pairs, and the rare ones as a class regex and a dict."""
    table = match_table()
    frequent = tuple((chr(c), t) for c, t in table.items() if _frequent(chr(c)))
    rare = {chr(c): t for c, t in table.items() if not _frequent(chr(c))}
    gate = re.compile("[" + "".join(re.escape(c) for c in sorted(rare)) + "]")
    return frequent, gate, rare


#: Below this length one pass over the text to find the characters present is cheaper
#: than testing each frequent character against the whole text.
SHORT_TEXT = 400


@lru_cache(maxsize=1)
def _frequent_keys() -> frozenset[str]:
    return frozenset(source for source, _ in _replacements()[0])


#: Below this length ``str.translate`` is cheaper than the chain of replacements (a
#: date expression, a dateline); above it the chain wins several times over.
TRANSLATE_BELOW = 160


@lru_cache(maxsize=1)
def _translate_table() -> dict[int, str]:
    """``match_table`` plus every common character that the fold keeps (mapped to
    itself), so that ``str.translate`` finds each character of a usual text in the
    table instead of failing a lookup for it."""
    table: dict[int, str] = {c: chr(c) for c in (*range(0x800), *range(0x2000, 0x2070))}
    table.update(match_table())
    return table


@lru_cache(maxsize=256)
def for_matching(text: str) -> str:
    """``text`` folded for the date patterns, with the same length and offsets.

    Remembered for the last texts: the published-date, outlet and date stages fold the
    same article and the same lines of it again (three of four calls; issue 8).
    A chain of ``str.replace`` over the frequent characters present, plus one scan for
    rare ones (presentation forms, unusual spaces), is several times faster than
    ``str.translate`` with a dict on Arabic-script text, except on short texts.
    """
    if len(text) < TRANSLATE_BELOW:
        return text.translate(_translate_table())
    frequent, gate, rare = _replacements()
    if len(text) < SHORT_TEXT:
        present = _frequent_keys().intersection(text)
        frequent = tuple(pair for pair in frequent if pair[0] in present)
    for source, target in frequent:
        if source in text:
            text = text.replace(source, target)
    for source in set(gate.findall(text)):
        text = text.replace(source, rare[source])
    return text


def _active(cell: str, langs: tuple[str, ...]) -> bool:
    listed = cell.split(",")
    return "*" in listed or any(lang in listed for lang in langs)


@dataclass(frozen=True)
class Lexicon:
    """The date words active for one language: values by folded key, phrases by group."""

    values: dict[str, dict[str, Any]]
    phrases: dict[str, tuple[str, ...]]
    week_start: int

    def lookup(self, group: str, text: str) -> Any:
        return self.values[group].get(key(text))

    def pattern(self, group: str, guard: bool = False) -> str:
        return alternation(self.phrases.get(group, ()), guard)

    def has(self, group: str, text: str) -> bool:
        return key(text) in self.values[group]


class _Builder:
    def __init__(self, langs: tuple[str, ...]) -> None:
        self.langs = langs
        self.values: dict[str, dict[str, Any]] = {}
        self.phrases: dict[str, list[str]] = {}

    def add(self, group: str, phrase: str, value: Any, source: str) -> None:
        table = self.values.setdefault(group, {})
        folded = key(phrase)
        if folded in table and table[folded] != value:
            raise ResourceError(
                f"{source}: {phrase!r} means both {table[folded]!r} and {value!r} in "
                f"group {group!r}; give one of them a narrower language list"
            )
        table[folded] = value
        self.phrases.setdefault(group, []).append(phrase)

    def add_with_clitic(self, group: str, phrase: str, value: Any, source: str, langs: str) -> None:
        """Add the phrase, and in Arabic also with the conjunction و glued on ("وأمس")."""
        self.add(group, phrase, value, source)
        if "ar" in langs.split(",") and not phrase.isascii():
            self.add(group, ARABIC_AND + phrase, value, source)

    def rows(self, name: str, width: int) -> Iterable[tuple[str, ...]]:
        for row in load_tsv(f"dates/{name}"):
            if len(row) < width:
                raise ResourceError(f"dates/{name}: row {row!r} needs {width} columns")
            yield row


def _load_months(b: _Builder) -> None:
    for calendar, month, langs, strict, name in b.rows("months.tsv", 5):
        if _active(langs, b.langs):
            value = (calendar, int(month), strict == "1")
            b.add("month", name, value, "months.tsv")
            if calendar == "gregorian":
                b.add("gmonth", name, value, "months.tsv")


def _load_relative(b: _Builder) -> int:
    week_start: int | None = None
    for kind, value, langs, phrase in b.rows("relative.tsv", 4):
        if not _active(langs, b.langs):
            continue
        if kind == "week_start":
            if week_start is None:  # the first active row: the language's own, in order
                week_start = int(value)
        elif kind == "day":
            b.add_with_clitic("relday", phrase, int(value), "relative.tsv", langs)
        elif kind == "period":
            unit, offset = value.split(":")
            b.add("period", phrase, (unit, int(offset)), "relative.tsv")
        else:
            b.add(kind, phrase, value, "relative.tsv")
    return week_start or 0


def _load_numbers(b: _Builder) -> None:
    units: dict[str, list[tuple[str, int]]] = {"cardinal": [], "ordinal": []}
    arabic_units: list[str] = []
    for value, kind, langs, word in b.rows("numbers.tsv", 4):
        if not _active(langs, b.langs):
            continue
        number = int(value)
        b.add("hour_number" if kind == "hour" else kind, word, number, "numbers.tsv")
        if kind not in ("cardinal", "ordinal"):
            continue
        if kind == "cardinal" and 1 <= number <= 12:
            b.add("hour_number", word, number, "numbers.tsv")  # "ساعت ده", "الساعة ثلاثة"
        if "fa" in langs.split(","):
            units[kind].append((word, number))
        if "ar" in langs.split(",") and kind == "cardinal" and 3 <= number <= 9:
            arabic_units.append(word)
        if (kind == "ordinal" or number >= 10) and number <= 31 and not word.isascii():
            glued = langs if kind == "ordinal" else ""  # "بين الرابع والخامس من يوليو"
            b.add_with_clitic("dayword", word, number, "numbers.tsv", glued)
    _compose_arabic_teens(b, arabic_units)
    _compose_persian_tens(b, units)


def _compose_arabic_teens(b: _Builder, unit_words: list[str]) -> None:
    """"ثلاثة عشر", "ثماني عشرة": 13-19 as a unit word and عشر/عشرة, in either gender."""
    for unit_word in unit_words:
        value = b.values["cardinal"][key(unit_word)] + 10
        for ten_word in ("عشر", "عشرة"):
            b.add("cardinal", f"{unit_word} {ten_word}", value, "numbers.tsv")


def _compose_persian_tens(b: _Builder, units: dict[str, list[tuple[str, int]]]) -> None:
    """Persian 21-39: "بیست و سوم", "سی و یکم"."""
    tens = [(w, v) for w, v in units["cardinal"] if v in (20, 30)]
    for kind in ("cardinal", "ordinal"):
        for ten_word, ten in tens:
            for unit_word, unit in units[kind]:
                if unit < 10 and ten + unit <= 39 and unit_word not in ("اول", "نخست"):
                    word = f"{ten_word} و {unit_word}"
                    b.add(kind, word, ten + unit, "numbers.tsv")
                    b.add("dayword", word, ten + unit, "numbers.tsv")


def _load_simple(b: _Builder) -> None:
    for weekday, langs, name in b.rows("weekdays.tsv", 3):
        if _active(langs, b.langs):
            b.add_with_clitic("weekday", name, int(weekday), "weekdays.tsv", langs)
    for unit, count, langs, phrase in b.rows("units.tsv", 4):
        if _active(langs, b.langs):
            b.add("unit", phrase, (unit, count), "units.tsv")
            if count == "1":
                b.add("period_unit", phrase, unit, "units.tsv")
    for zone, phrase in b.rows("zones.tsv", 2):
        b.add("zone", phrase, zone, "zones.tsv")
    for role, langs, phrase in b.rows("words.tsv", 3):
        if not _active(langs, b.langs):
            continue
        if role.startswith("era_"):
            b.add("era", phrase, role[4:], "words.tsv")
        elif role in ("am", "pm", "night"):
            b.add("daypart", phrase, role, "words.tsv")
        elif role in MONTH_PARTS:
            b.add("month_part", phrase, MONTH_PARTS[role], "words.tsv")
        else:
            b.add(role, phrase, role, "words.tsv")


#: Parts of a month ("اوایل مهر"): role in words.tsv -> (first day, last day or None
#: for the month's end).
MONTH_PARTS = {"month_early": (1, 10), "month_mid": (11, 20), "month_late": (21, None)}


def _load_holidays(b: _Builder) -> None:
    for calendar, month, day, days, langs, phrase in b.rows("holidays.tsv", 6):
        if _active(langs, b.langs):
            b.add("holiday", phrase, (calendar, int(month), day, int(days)), "holidays.tsv")


@lru_cache(maxsize=8)
def lexicon(lang: str | None = None) -> Lexicon:
    """The date words for ``lang`` (None or an uncovered language: Persian, Arabic, English)."""
    langs = (lang,) if lang in known_langs() else DEFAULT_LANGS
    builder = _Builder(langs)
    _load_months(builder)
    week_start = _load_relative(builder)
    _load_numbers(builder)
    _load_simple(builder)
    _load_holidays(builder)
    phrases = {group: tuple(items) for group, items in builder.phrases.items()}
    for group in GROUPS:
        builder.values.setdefault(group, {})
    return Lexicon(builder.values, phrases, week_start)


#: Every group a grammar may ask for, so a language without some of them still works.
GROUPS = (
    "month", "gmonth", "weekday", "relday", "period", "mod_before", "mod_after",
    "dir_before", "dir_after", "anchor", "day_word", "block_before", "block_after", "unit",
    "period_unit", "zone", "era", "daypart", "year_word", "month_word", "month_suffix",
    "of_word", "hour_word", "and_word", "minute_word", "second_word", "cardinal", "ordinal",
    "dayword", "at_word", "quantity", "range_word", "narrative", "stretch", "within", "year_end",
    "hour_number", "fraction", "minus_word", "month_part", "holiday", "future", "part_before",
    "day_part", "name_before", "event_before", "anniversary", "past_stem", "future_stem",
    "clause_start", "date_after",
)


@lru_cache(maxsize=1)
def known_langs() -> frozenset[str]:
    """Languages named in the date data."""
    langs: set[str] = set()
    for name, column in (("months.tsv", 2), ("weekdays.tsv", 1), ("relative.tsv", 2)):
        for row in load_tsv(f"dates/{name}"):
            langs.update(row[column].split(","))
    return frozenset(langs - {"*"})
