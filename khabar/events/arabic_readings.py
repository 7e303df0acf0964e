"""Which reading of an Arabic trigger word the sentence has, where only one tells an act.

A verb form right after a numeral is a counted noun ("900 طالب": students, not "he
demanded"); a verb of arrival tells a visit only when it reaches a named place, and a visit
to the sick or the arrival of a plane is no meeting; "استهدف" is an attack only beside words
of violence; a following word can make a trigger another verb ("بحثا عن"); a
meeting's purpose ("التقى X Y لبحث ...") is the meeting told, not a plan of another; an
admission ("اعترف X بمقتل ...") recognizes no one; and
an Arabic verbal or cooperative event with no party at all (no actor and no target)
records no one doing anything to anyone. The name of God is no party to an act. A comment
of a person, a danger from a natural force and an act hoped for (arabic_senses) tell none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import Doc
from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.phrases import clitic_variants
from khabar.entities.words import listed_keys
from khabar.events.arabic_attack_clauses import attack_clause
from khabar.events.arabic_content import unsaid
from khabar.events.arabic_forms import purpose_form
from khabar.events.arabic_recognition import admitted
from khabar.events.arabic_seizure import unseized
from khabar.events.arabic_senses import commented, hoped, natural_doer
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import prepositions
from khabar.events.participants import Mention
from khabar.normalize.fold import fold
from khabar.resources import load_lines, load_tsv

_NUMERAL = re.compile(r"[\d.,٫٬]*\d[\d.,٫٬]*")
"""A number in digits; a lone comma or point token is punctuation, not a count."""
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@lru_cache(maxsize=1)
def arrival_forms() -> frozenset[str]:
    return frozenset(fold(line) for line in load_lines("events/arrival_verbs_ar.txt"))


def errand_words() -> frozenset[str]:
    return listed_keys("events/errand_words_ar.txt")


@lru_cache(maxsize=1)
def aim_forms() -> frozenset[str]:
    return frozenset(fold(line) for line in load_lines("events/aim_verbs_ar.txt"))


def attack_cues() -> frozenset[str]:
    return listed_keys("events/attack_cues_ar.txt")


@lru_cache(maxsize=1)
def other_senses() -> tuple[tuple[frozenset[str], frozenset[str], int, tuple[str, ...]], ...]:
    rows = []
    for row in load_tsv("events/other_senses_ar.tsv"):
        forms, follow, reach = row[:3]
        unless = tuple(phrase_key(p) for p in row[3].split("|")) if len(row) > 3 else ()
        rows.append((frozenset(fold(f) for f in forms.split("|")),
                     frozenset(phrase_key(w) or w for w in follow.split("|")), int(reach), unless))
    return tuple(rows)


_YEAR = re.compile(r"(1[34]|19|20)\d\d")
"""A Hijri or Gregorian year of the news ("في عام 2010 طلبت", "1436"): a date, after which a
verb may stand; "1500 طالب" is a count."""


def counted(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A verb trigger right after a count is the noun counted ("قرابة 900 طالب"): no
    finite verb follows a number written in digits, unless the number is a year."""
    if hit.trigger.tense == "noun" or hit.first == 0:
        return False
    number = tokens[hit.first - 1].text.translate(_DIGITS)
    return _NUMERAL.fullmatch(number) is not None and _YEAR.fullmatch(number) is None


def _firsts(hit: TriggerHit) -> set[str]:
    return {alt[0] for alt in hit.trigger.segments[0] if alt}


def placeless_arrival(doc: Doc, hit: TriggerHit, tokens: Sequence[Word],
                     sentence_end: int) -> bool:
    """An arrival is no visit when it reaches no place: none is named after it in its
    sentence and no "إلى" there leads to anything but a number ("وصل إجمالي الموجودات إلى
    615 مليار ريال") or a pronoun ("بما وصل إليه الوضع", glued into one word)."""
    if not _firsts(hit) & arrival_forms():
        return False
    if any(e.type == "LOC" and hit.end <= e.start and e.end <= sentence_end
           for e in doc.entities):
        return False
    towards = {word for word, part in prepositions()[0].items() if part == "to"}
    return not any(word.folded in towards and k + 1 < len(tokens)
                   and _NUMERAL.fullmatch(tokens[k + 1].text) is None
                   for k, word in enumerate(tokens[hit.last + 1:], hit.last + 1))


def _readings(word: Word) -> tuple[str, ...]:
    """The folded word, and the word without each proclitic it may carry (entities/
    clitics.tsv: "وقصف", "للمرضى" -> "المرضى")."""
    return tuple(rest for _, rest in clitic_variants(word))


def _cue(word: Word) -> bool:
    return any(r in attack_cues() for r in _readings(word))


def aimed(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """"استهدف" with no word of violence in its sentence is "aimed at" ("البرنامج استهدف
    الطالبات"), not an attack."""
    return (bool(_firsts(hit) & aim_forms()) and not any(_cue(w) for w in tokens)
            and not attack_clause(tokens, hit))  # «الحادث الذي استهدف»: the noun is one


def followed_sense(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A word right after the trigger that makes it another verb (other_senses_ar.tsv):
    "بحثا عن" is searching, "علق ... على" commenting."""
    # the word matched, not its row: "فجر اليوم" is dawn, "انفجار اليوم" an explosion
    matched = set(_readings(tokens[hit.first]))
    for forms, follow, reach, unless in other_senses():
        if not matched & forms:
            continue
        for k in range(hit.last + 1, min(len(tokens), hit.last + 1 + reach)):
            pair = tokens[k].folded + (tokens[k + 1].folded if k + 1 < len(tokens) else "")
            if (tokens[k].folded in follow or tokens[k].text in follow) and not any(
                    pair.startswith(u) for u in unless):
                return True
    return False


ERRAND_REACH = 2


def errand(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A visit to the sick, a hospital or a show, or the arrival of a plane or a cargo
    (errand_words_ar.txt right after the trigger): no meeting of parties."""
    if hit.trigger.type != "CONSULT" or hit.trigger.roles != "visit":
        return False
    return any(r in errand_words() for word in tokens[hit.last + 1 : hit.last + 1 + ERRAND_REACH]
               for r in _readings(word))


def meeting_purpose(hit: TriggerHit, hits: Sequence[TriggerHit],
                    tokens: Sequence[Word]) -> bool:
    """A meeting's purpose after its verb ("التقى لافروف الخطيب لبحث الأزمة", "وصل ...
    للاجتماع بالملك"): what the meeting was for, not another meeting planned."""
    if hit.trigger.type != "CONSULT" or not purpose_form(hit.trigger, tokens[hit.first].folded):
        return False
    return any(h.trigger.type == "CONSULT" and h.trigger.tense != "noun" and h.last < hit.first
               and not purpose_form(h.trigger, tokens[h.first].folded) for h in hits)


TEH_MARBUTA, HEH = "ة", "ه"


def suffixed(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A noun listed only with «ة» matched on a word written with «ه»: another noun with the
    pronoun 'his' ("مصادره": its sources), not the listed one ("مصادرة": confiscation);
    folding writes both alike."""
    word = tokens[hit.first]
    if hit.trigger.tense != "noun" or not word.text.endswith(HEH):
        return False
    readings = set(_readings(word))
    listed = [alt.split()[0] for alt in hit.trigger.pattern.split(" … ")[0].split("|")
              if alt.split() and fold(alt.split()[0]) in readings]
    return bool(listed) and all(form.endswith(TEH_MARBUTA) for form in listed)


def other_sense(doc: Doc, hit: TriggerHit, hits: Sequence[TriggerHit],
                tokens: Sequence[Word], sentence_end: int) -> bool:
    """Whether an Arabic hit is read in a sense that tells no act of its type."""
    if hit.trigger.lang != "ar":
        return False
    return (counted(hit, tokens) or placeless_arrival(doc, hit, tokens, sentence_end)
            or meeting_purpose(hit, hits, tokens) or aimed(hit, tokens)
            or followed_sense(hit, tokens) or errand(hit, tokens)
            or unsaid(hit, hits, tokens, doc.entities) or suffixed(hit, tokens)
            or unseized(hit, tokens) or admitted(hit, tokens)
            or commented(doc, hit, tokens) or natural_doer(hit, tokens)
            or hoped(hit, tokens))


BY_REACH = 2
"""Words between "by" and the name of the doer it introduces ("على أيدي جماعة الحوثي")."""


def by_phrases() -> frozenset[str]:
    return listed_keys("events/by_phrases_ar.txt")


def _by_phrase(tokens: Sequence[Word], first: int) -> bool:
    """Whether the last word of "by" before ``first`` ends a phrase of by_phrases_ar.txt
    ("من قبل"): alone, «قبل» is "before"."""
    by = {word for word, part in prepositions()[0].items() if part == "by"}
    k = next((k for k in range(first - 1, -1, -1) if tokens[k].folded in by), None)
    return k is not None and k > 0 and tokens[k - 1].folded + tokens[k].folded in by_phrases()


def by_doer(after: Sequence[Mention], tokens: Sequence[Word] | None) -> Mention | None:
    """The doer an Arabic noun act names after "by" ("اغتيال الصحفي على أيدي جماعة
    الحوثي", "من قبل مسؤولي إيران"): the first mention after it, the noun's actor."""
    by = {word for word, part in prepositions()[0].items() if part == "by"}
    for mention in after:
        if tokens is None:
            named = mention.prep == "by"
        else:
            near = any(tokens[k].folded in by
                       for k in range(max(0, mention.first - BY_REACH - 1), mention.first))
            named = (mention.prep == "by" or near) and _by_phrase(tokens, mention.first)
        if named:
            return mention
    return None
