"""The date grammar: regexes compiled once per language from the lexicon.

Each pattern names its parts (``day``, ``month``, ``year``, ``era``, ``wd``, time parts)
and a handler in ``dates.py`` or ``relative.py`` turns a match into a ``DateMatch``.
Absolute patterns need no reference date; relative ones run only when one is given.

For speed every pattern starts with a digit class or a trie of literal first letters
(the word boundary is checked just after the first character), so ``re`` skips
straight to the places where a date can start; a weekday before an absolute date is
found by looking back from the match (``weekday_before``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from khabar.meta.lexicon import DIGIT as D
from khabar.meta.lexicon import LB, RB, Lexicon, alternation, lexicon
from khabar.meta.lexicon import SPACE as S
from khabar.meta.pattern_set import FIRST_DIGIT as _FIRST_DIGIT
from khabar.meta.pattern_set import PatternSet, Spec, pattern_set_of
from khabar.meta.pattern_set import digit_starts as digit_starts

#: Between a weekday and the date it names ("دوشنبه، 10 ژانویه", "Monday, January 20");
#: then "في", "الموافق" or "(" may come too ("الأحد (12 أبريل)": the weekday names that day,
#: if the two agree; see ``dates._apposed``).
_WD_SEP = rf"{S}*[,\-/|]?{S}*"
#: How far after a bare weekday, within its sentence, a future-tense word is looked for.
FUTURE_REACH = 120
#: Person endings of a past-tense verb, folded (ی -> ي): Persian "کرده‌اند", "کرده است",
#: "کردند", "کردم"; Arabic "قالت", "قالوا", "قالا", "قالتا".
_PAST_END = r"(?:ه(?:\x02?(?:اند|ايم)|[ \t]است)|ه|ند|م|ي|يم|يد|ت|وا|ا|تا)?"
@dataclass(frozen=True)
class Grammar:
    lexicon: Lexicon
    absolute: PatternSet
    weekday_before: re.Pattern[str]
    quantity_before: re.Pattern[str]
    block_before: re.Pattern[str]
    part_before: re.Pattern[str]
    """A noun an ordinal after it qualifies: "نیمه دوم مهر" is no 2 Mehr."""
    block_after: re.Pattern[str]
    narrative_after: re.Pattern[str]
    future_after: re.Pattern[str]
    """A future-tense word later in the same sentence (see ``relative._weekday``)."""
    future_word: re.Pattern[str]
    past_word: re.Pattern[str]
    """A past-tense verb (see ``relative._past``): "قتل", "وأعلنت", "گفت", "کرده‌اند"."""
    future_verb: re.Pattern[str] | None
    """An Arabic imperfect with the future prefix «سـ» (``future_stem``): "سيزور", "وستعقد"."""
    clause_mark: re.Pattern[str]
    """Where a clause opens: a complementizer ("أن", "که") or a colon."""
    date_after: re.Pattern[str]
    """A date written after a weekday ("الأحد الموافق 17/ 10", "چهارشنبه (24 سپتامبر)")."""
    range_gap: re.Pattern[str]
    """Between the two times of a range: "تا", "الى", "-"."""
    daypart_word: re.Pattern[str]
    day_part_before: re.Pattern[str]
    """A part of the day just before a day word: "صباح" in "صباح اليوم" (group ``p``)."""
    hour_before: re.Pattern[str]
    """An hour just before a part of the day ("السادسة مساء اليوم"): the part is the hour's."""
    event_before: re.Pattern[str]
    """A plural or event noun before a yearless date: "هجمات 11 سبتمبر", "حوادث 18 تیر"
    (group ``anniv`` as in ``name_before``)."""
    year_after: re.Pattern[str]
    """A year word just after a date: "پنجم دی سال گذشته", "11 سبتمبر من العام الماضي"."""
    day_start: re.Pattern[str]
    """A day word or weekday (after "روز"/"يوم") that a part of the day may precede."""
    name_before: re.Pattern[str]
    """A noun that makes a yearless date after it a name: "شارع 30 يونيو", "ثورة 25 يناير";
    group ``anniv``: an anniversary word before it ("ذكرى ثورة 23 يوليو"): a date after all."""


def _word(lex: Lexicon, group: str, name: str | None = None, start: bool = False) -> str:
    """A phrase of ``group`` as a whole word; ``start``: it begins the pattern."""
    body = lex.pattern(group, guard=start)
    core = f"(?P<{name}>{body})" if name else body
    return f"{core}{RB}" if start else f"{LB}{core}{RB}"


def _time_core(lex: Lexicon) -> str:
    """"09:53:26", "ساعت 10 و 58 دقیقه", "الساعة 11:00 صباحاً", "03:56 بتوقيت غرينتش"."""
    hour_word = rf"(?:{_word(lex, 'hour_word')}{S}*)"
    spoken_or_hour = rf"{hour_word}+(?:{_spoken(lex)}|{_worded(lex)})"
    return rf"(?:{hour_word}*{_clock()}|{spoken_or_hour}){_ampm_zone(lex)}"


def _worded(lex: Lexicon) -> str:
    """An hour after "ساعت"/"الساعة", in digits or words, with a part of the hour: "10",
    "ده و نیم", "۱۰ و ربع", "العاشرة", "الثالثة وربع", "ثلاثة وثمانية عشرة دقيقة",
    "الثانية عشرة إلا ربعا"."""
    and_glued = rf"{LB}(?:{lex.pattern('and_word')}){S}*"  # Arabic و is written joined
    minutes = (
        rf"(?:(?P<mm4>{D}{{1,2}})(?!{D})|(?P<mw>{lex.pattern('cardinal')}){RB}){S}*"
        rf"{_word(lex, 'minute_word')}"
    )
    fraction = rf"{and_glued}(?:(?P<frac>{lex.pattern('fraction')}){RB}|{minutes})"
    before = rf"{_word(lex, 'minus_word')}{S}*{_word(lex, 'fraction', 'mfrac')}"
    hour = rf"(?:{_word(lex, 'hour_number', 'hn')}|(?P<hd>{D}{{1,2}})(?![0-9:]))"
    return rf"{hour}(?:{S}*(?:{fraction}|{before}))?"


def _clock() -> str:
    return rf"(?P<hh>{D}{{1,2}}):(?P<mm>{D}{{2}})(?::(?P<ss>{D}{{2}}))?(?!{D})"


def _spoken(lex: Lexicon) -> str:
    and_word = _word(lex, "and_word")
    return (
        rf"(?P<hh2>{D}{{1,2}}){S}*{and_word}{S}*(?P<mm2>{D}{{1,2}}){S}*{_word(lex, 'minute_word')}"
        rf"(?:{S}*{and_word}{S}*(?P<ss2>{D}{{1,2}}){S}*{_word(lex, 'second_word')})?"
    )


def _ampm_zone(lex: Lexicon) -> str:
    offset = rf"(?:GMT|UTC){S}*[+\-]{S}*{D}{{1,2}}(?::?{D}{{2}})?"
    zone = (
        rf"(?:(?P<off>[+\-]{D}{{2}}:?{D}{{2}}|Z)(?![^\W\d_])"
        rf"|{S}*\(?{S}*(?:(?P<goff>{offset})|{_word(lex, 'zone', 'zone')}){S}*\)?)"
    )
    return rf"(?:{S}*{_word(lex, 'daypart', 'ampm')}\.?)?{zone}?"


def _time(lex: Lexicon) -> str:
    """An optional clock time after a date, after a dash, comma or nothing."""
    return rf"(?:(?:{S}*[\-,|/@]?{S}*|T){_time_core(lex)})?"


def _range(lex: Lexicon) -> str:
    """The second day of a range: "10 تا 15 مهر", "يوليو 13-15"."""
    return rf"(?:{S}*(?:{_word(lex, 'range_word')}|-){S}*(?P<day_to>{D}{{1,2}})(?!{D}))?"


def _year_tail(lex: Lexicon, short: bool = False) -> str:
    """The year after a month: four digits, or with ``short`` also two digits that end
    the phrase ("۱۵ خرداد ۸۲،", "3 فوریه 82"; never "۱۵ خرداد ۸۲ نفر")."""
    two = rf"|(?P<yy>{D}{{2}})(?!{D})(?![/\-.:]{D})(?={S}*(?:[^\w \t\x01\x02]|$))"
    return (
        rf"{S}*[،,]?{S}*(?:{_word(lex, 'year_word')}{S}*)?"
        rf"(?:(?P<year>{D}{{4}})(?!{D}){two if short else ''})"
        rf"(?:{S}*{_word(lex, 'era', 'era')}\.?)?"
    )


def _numeric_month(lex: Lexicon) -> str:
    """"شهر 3": a month by its number after a word for month (``month_word``)."""
    return (
        rf"{_word(lex, 'month_word')}{S}*(?P<mnum>1[0-2]|0?[1-9])(?!{D})(?![/\-.:]{D})"
        rf"(?!{S}*{_word(lex, 'unit')})"
    )


def _any_month(lex: Lexicon) -> str:
    """A month name (after an optional word for month) or a month number after one."""
    return rf"(?:(?:{_word(lex, 'month_word')}{S}*)?{_month(lex)}|{_numeric_month(lex)})"


def _month(lex: Lexicon, group: str = "month", start: bool = False) -> str:
    """A month name, and the other series' name for it in parentheses or after a slash,
    as Arab papers gloss one series with another ("أبريل (نيسان) 2014", "يوليو/تموز")."""
    name = f"(?P<month>{lex.pattern(group, guard=start)})"
    suffix = rf"(?:{S}*{lex.pattern('month_suffix')})?"
    other = lex.pattern("gmonth")
    gloss = rf"(?:{S}*\({S}*(?:{other}){S}*\)|{S}*/{S}*(?:{other}){RB})?"
    return f"{name}{suffix}{RB}{gloss}" if start else f"{LB}{name}{suffix}{RB}{gloss}"


def _after_day(lex: Lexicon) -> str:
    """From the day on: "بهمن 1403 - 09:53:26", "من شهر يناير 2025", "يناير الماضي"."""
    joiners = rf"{S}*(?:{_word(lex, 'of_word')}{S}*)?"
    mod = rf"{S}*{_word(lex, 'mod_after', 'mod')}"
    return rf"{joiners}{_any_month(lex)}(?:{_year_tail(lex, short=True)}|{mod})?{_time(lex)}"


def _absolute(lex: Lexicon) -> list[Spec]:
    """Dates that need no reference: "1 بهمن 1403", "January 20, 2025", "1403/11/01"."""
    day = rf"(?P<day>{_FIRST_DIGIT}{D}?)(?!{D})(?:st|nd|rd|th)?{_range(lex)}"
    month_first = (
        rf"{_month(lex, 'gmonth', start=True)}\.?{S}*"
        rf"(?P<day>{D}{{1,2}})(?:st|nd|rd|th)?(?!{D})(?![:/.]{D}){_range(lex)}"
        rf"(?:{S}*,?{S}*(?P<year>{D}{{4}})(?!{D}))?{_time(lex)}"
    )
    numeric_tail = rf"(?!{D})(?![/\-.]{D})(?:{S}*{_word(lex, 'era', 'era')}\.?)?{_time(lex)}"
    year_first = (
        rf"(?P<y1>{_FIRST_DIGIT}{D}{{3}})(?P<s1>[/\-.])(?P<m1>{D}{{1,2}})(?P=s1)"
        rf"(?P<d1>{D}{{1,2}}){numeric_tail}"
    )
    day_first = (
        rf"(?P<d2>{_FIRST_DIGIT}{D}?)(?P<s2>[/\-.])(?P<m2>{D}{{1,2}})(?P=s2)"
        rf"(?P<y2>{D}{{4}}){numeric_tail}"
    )
    year_tail = rf"(?:{_year_tail(lex)})?"
    return [
        ("holiday", "holiday", _word(lex, "holiday", "hol", start=True) + year_tail),
        ("month_part", "month_part", _word(lex, "month_part", "part", start=True)
         + rf"{S}*(?:{_word(lex, 'of_word')}{S}*)?" + _any_month(lex)
         + rf"(?:{_year_tail(lex, short=True)}|{S}*{_word(lex, 'mod_after', 'mod')})?"),
        ("year", "year_word", _word(lex, "year_word", start=True)
         + rf"{S}*(?P<year>{D}{{4}})(?!{D})(?![/\-.]{D})(?:{S}*{_word(lex, 'era', 'era')}\.?)?"),
        ("named", None, day + _after_day(lex)),
        ("named", "dayword", _word(lex, "dayword", "dword", start=True) + _after_day(lex)),
        ("named", "gmonth", month_first),
        ("named", "month", _month(lex, start=True) + _year_tail(lex, short=True)),
        ("numeric", None, year_first),
        ("numeric", None, day_first),
    ]


def _not_anchored(lex: Lexicon) -> str:
    """Not followed by "از"/"من": "5 سال قبل از انقلاب" counts from another event."""
    return rf"(?!{S}*{_word(lex, 'anchor')})"


def _relative(lex: Lexicon) -> list[Spec]:
    """Expressions that need a reference time (see ``relative.py``)."""
    unit_dir = (
        rf"{S}*{_word(lex, 'unit', 'unit')}{S}*{_word(lex, 'dir_after', 'dir')}{_not_anchored(lex)}"
    )
    mod = rf"(?:{S}*{_word(lex, 'mod_after', 'mod')})?"
    weekday = rf"{_word(lex, 'weekday', 'wd')}{mod}{_time(lex)}"
    hour_word = rf"(?:{_word(lex, 'hour_word')}{S}*)"
    return [
        ("time", "hour_word", _word(lex, "hour_word", "hw", start=True)
         + rf"{S}*{hour_word}*(?:{_clock()}|{_spoken(lex)}|{_worded(lex)})"
         + _ampm_zone(lex)),
        ("time", None,
         rf"(?P<hh>{_FIRST_DIGIT}{D}?):(?P<mm>{D}{{2}})(?::(?P<ss>{D}{{2}}))?(?!{D})"
         + _ampm_zone(lex)),
        ("time", None,
         rf"(?P<hh3>{_FIRST_DIGIT}{D}?)(?![0-9:]){S}*{_word(lex, 'daypart', 'ampm')}"),
        ("relday", "relday", _word(lex, "relday", "rel", start=True)
         + rf"(?:{S}*\(?{S}*{_word(lex, 'weekday', 'wd')}(?:{S}*\))?)?"
         + rf"(?:{S}*{_word(lex, 'daypart', 'part')})?{_time(lex)}"),
        ("count", None, rf"(?P<n>{_FIRST_DIGIT}{D}{{0,3}})(?!{D}){unit_dir}"),
        ("count", "cardinal", _word(lex, "cardinal", "nw", start=True) + unit_dir),
        ("count", "dir_before", _word(lex, "dir_before", "dir", start=True)
         + rf"{S}*(?:(?:(?P<n>{D}{{1,4}})|{_word(lex, 'cardinal', 'nw')}){S}*)?"
         + rf"{_word(lex, 'unit', 'unit')}(?!{S}*{D}){_not_anchored(lex)}"),
        *_stretches(lex),
        ("period", "mod_before", _word(lex, "mod_before", "this", start=True)
         + rf"{S}*{_word(lex, 'period_unit', 'unit')}{mod}{_not_anchored(lex)}"),
        ("period", "period_unit", _word(lex, "period_unit", "unit", start=True)
         + rf"{S}*{_word(lex, 'mod_after', 'mod')}{_not_anchored(lex)}"),
        ("period", "period", _word(lex, "period", "pw", start=True)),
        ("period_part", "month_part", _word(lex, "month_part", "part", start=True)
         + rf"{S}*(?:{_word(lex, 'of_word')}{S}*)?{_period_phrase(lex)}"),
        *_days_in_month(lex),
        ("short_year", "year_word", _word(lex, "year_word", start=True)
         + rf"{S}*(?P<yy>{D}{{2}})(?!{D})(?![/\-.:،,]{D})"
         + rf"(?={S}*(?:[.،,:;!؟?)»\n]|$|{_word(lex, 'year_end')}))"),
        ("weekday_in_week", "weekday", _word(lex, "weekday", "wd", start=True)
         + rf"{S}*(?:{_word(lex, 'of_word')}{S}*)?{_period_phrase(lex)}"),
        ("month_mod", "month", _month(lex, start=True)
         + rf"{S}*{_word(lex, 'mod_after', 'mod')}{_not_anchored(lex)}"),
        ("weekday", "mod_before", _word(lex, "mod_before", "this", start=True)
         + rf"{S}*(?:{_word(lex, 'day_word', 'dw')}{S}*)?{weekday}"),
        ("weekday", "day_word", _word(lex, "day_word", "dw", start=True) + rf"{S}*{weekday}"),
        ("weekday", "weekday", _word(lex, "weekday", "wd", start=True) + mod + _time(lex)),
    ]


def _future_verb(lex: Lexicon) -> re.Pattern[str] | None:
    """«سـ», a person prefix (أ ت ن ي) and an imperfect stem, after «و»/«ف» or not."""
    if not lex.phrases.get("future_stem"):
        return None
    return re.compile(rf"{LB}[وف]?س[اأتني](?:{lex.pattern('future_stem')}){RB}")


def _period_phrase(lex: Lexicon) -> str:
    """"این هفته", "هفته گذشته", "الشهر الماضي", "امسال" inside a longer expression
    (parts this/unit1/mod1, unit2/mod2 or pw; ``periods.period_parts`` reads them)."""
    return (
        rf"(?:{_word(lex, 'mod_before', 'this')}{S}*{_word(lex, 'period_unit', 'unit1')}"
        rf"(?:{S}*{_word(lex, 'mod_after', 'mod1')})?"
        rf"|{_word(lex, 'period_unit', 'unit2')}{S}*{_word(lex, 'mod_after', 'mod2')}"
        rf"|{_word(lex, 'period', 'pw')}){_not_anchored(lex)}"
    )


def _days_in_month(lex: Lexicon) -> list[Spec]:
    """"21 من الشهر الجاري", "الخامس من الشهر المقبل": a day of a relative month (with the
    word for "of": a Persian "۱۵ ماه گذشته" is the past 15 months)."""
    of = rf"{S}*{_word(lex, 'of_word')}{S}*{_period_phrase(lex)}"
    return [
        ("day_in_month", None, rf"(?P<day>{_FIRST_DIGIT}{D}?)(?!{D}){of}"),
        ("day_in_month", "dayword", _word(lex, "dayword", "dword", start=True) + of),
    ]


def _stretches(lex: Lexicon) -> list[Spec]:
    """"۱۵ ماه گذشته" (the past 15 months), "ظرف 10 روز" (within 10 days)."""
    unit = rf"{_word(lex, 'unit', 'unit')}"
    tail = rf"{S}*{unit}{S}*{_word(lex, 'stretch', 'dir')}{_not_anchored(lex)}"
    count = rf"(?:(?P<n>{D}{{1,4}})(?!{D})|{_word(lex, 'cardinal', 'nw')})"
    no_stretch = rf"(?!{S}*{_word(lex, 'stretch')})(?!{S}*{D})"
    return [
        ("stretch", None, rf"(?P<n>{_FIRST_DIGIT}{D}{{0,3}})(?!{D}){tail}"),
        ("stretch", "cardinal", _word(lex, "cardinal", "nw", start=True) + tail),
        ("stretch", "within", _word(lex, "within", "within", start=True)
         + rf"{S}*{count}{S}*{unit}{no_stretch}{_not_anchored(lex)}"),
    ]


#: What may come just before a word for it to start an expression: a space, a line
#: break, ASCII punctuation, « », or a mark standing for a deleted character.
_SEPARATOR = r"[\s\x01!-/:-@\[-`{-~\xab\xbb]"


@lru_cache(maxsize=16)
def _specs(lang: str | None, relative: bool) -> list[Spec]:
    """The absolute or the relative pattern sources of a language."""
    lex = lexicon(lang)
    return _relative(lex) if relative else _absolute(lex)


@lru_cache(maxsize=16)
def _word_scan(lang: str | None, relative: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A separator and then any first word of an absolute pattern (or of a relative one
    too, with ``relative``); and the same word at the very start of the text."""
    lex = lexicon(lang)
    kinds = (False, True) if relative else (False,)
    groups = {group for kind in kinds for _, group, _ in _specs(lang, kind) if group is not None}
    phrases = [phrase for group in sorted(groups) for phrase in lex.phrases.get(group, ())]
    words = f"(?P<w>{alternation(phrases)})"  # no boundary: "تیرماه" starts with تیر
    return re.compile(_SEPARATOR + words), re.compile(words)


def word_starts(folded: str, lang: str | None, relative: bool) -> list[tuple[int, str]]:
    """(offset, word) of every place an absolute pattern (or with ``relative`` also a
    relative one) that starts with a word may match: one scan serves both sets."""
    anchor, first = _word_scan(lang, relative)
    found = [(0, m.group("w"))] if (m := first.match(folded)) is not None else []
    found.extend((m.start("w"), m.group("w")) for m in anchor.finditer(folded))
    return found


@lru_cache(maxsize=8)
def relative_patterns(lang: str | None = None) -> PatternSet:
    """The relative patterns, compiled on first use (only calls with a reference need them)."""
    return pattern_set_of(lexicon(lang), _specs(lang, True))


@lru_cache(maxsize=8)
def grammar(lang: str | None = None) -> Grammar:
    """The compiled grammar for a language (None: Persian, Arabic and English together)."""
    lex = lexicon(lang)
    return Grammar(
        lexicon=lex,
        absolute=pattern_set_of(lex, _specs(lang, False)),
        weekday_before=re.compile(
            rf"(?:{_word(lex, 'day_word')}{S}*)?{_word(lex, 'weekday', 'wd')}{_WD_SEP}"
            rf"(?:{_word(lex, 'at_word')}{S}*|(?P<apposed>{_word(lex, 'date_after')}{S}*|\({S}*))?$"
        ),
        quantity_before=re.compile(
            rf"(?:{D}|{_word(lex, 'cardinal')}|{_word(lex, 'quantity')}){S}*$"
        ),
        block_before=re.compile(rf"{_word(lex, 'block_before')}{S}*$"),
        part_before=re.compile(rf"{_word(lex, 'part_before')}{S}*$"),
        block_after=re.compile(rf"^{S}*{_word(lex, 'block_after')}"),
        narrative_after=re.compile(rf"{S}*{_word(lex, 'narrative')}"),
        future_after=re.compile(rf"[^.!?\n]{{0,{FUTURE_REACH}}}?{_word(lex, 'future')}"),
        future_word=re.compile(_word(lex, "future")),
        past_word=re.compile(
            rf"{LB}[وف]?(?:ن?مي\x02?|ن)?(?:{lex.pattern('past_stem')}){_PAST_END}{RB}"
        ),
        future_verb=_future_verb(lex),
        clause_mark=re.compile(rf"{_word(lex, 'clause_start')}|:"),
        date_after=re.compile(rf"{S}*[,(]?{S}*(?:{_word(lex, 'date_after')}{S}*)?{D}"),
        range_gap=re.compile(rf"{S}*(?:{_word(lex, 'range_word')}|-){S}*"),
        daypart_word=re.compile(_word(lex, "daypart")),
        day_part_before=re.compile(
            rf"(?<![^\W\d_])(?<!\x02)[وف]?(?P<p>{lex.pattern('day_part')}){S}+$"
        ),
        hour_before=re.compile(rf"(?:{D}|{_word(lex, 'hour_number')}){S}*$"),
        name_before=re.compile(
            rf"(?:(?P<anniv>{_word(lex, 'anniversary')}){S}+"
            rf"(?:[^\s]+{S}+){{0,2}})?{_word(lex, 'name_before')}{S}*$"
        ),
        event_before=re.compile(
            rf"(?:(?P<anniv>{_word(lex, 'anniversary')}){S}+(?:[^\s]+{S}+){{0,2}})?"
            rf"(?<![^\W\d_])(?<!\x02)[وبلف]?(?:{lex.pattern('event_before')}){RB}{S}*$"
        ),
        year_after=re.compile(rf"{S}*(?:{_word(lex, 'of_word')}{S}*)?{_word(lex, 'year_word')}"),
        day_start=re.compile(
            rf"(?:{_word(lex, 'day_word')}{S}*)?"
            rf"(?:{lex.pattern('relday')}|{lex.pattern('weekday')}){RB}"
        ),
    )
