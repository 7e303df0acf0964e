"""An Arabic person of two words or more that runs on into the next phrase's first word:
«[عبد اللهيان يلهو] كالصبية», «وختمت [كيم حديثها] قائلة», «الملك [عبد العزيز لإدارة]
شؤون البلاد», «صدام [حسين بحجة] امتلاكه». The tagger and the title and given-name rules
extend a name over the word after it. A name's last word is none of these:

- a third person imperfect verb: «ي» + three to five letters, not a listed noun of
  ``construct_stops_ar.tsv`` («يناير»); a longer word is a transcribed name
  («يساريفيتش»);
- a word with a pronoun suffix (``pronoun_suffixes_ar.txt``: «حديثها», «تحريرها»);
- a preposition «ب» or «ل» glued on a word of four letters or more that is both one of
  ANERcorp's common words and one never written inside a person
  (``person_common_words_ar.txt.gz``): «بتعاون», «لإدارة», «بشمال», while «بترجي» (a
  family name) is neither and «بنية» (a family name; «ب» + «نية») is too short;
- an indefinite accusative, a word written ending in the alif of «ـًا» on a stem of four
  letters or more that is one of the words never written inside a person
  (``person_common_words_ar.txt.gz``) and no given name: «[منصور زعيما]», «[صالح تنفيذا]
  لأجندة», «[محمد عساف مغنيا]». A shorter stem is as often a transcribed name in «ا» whose
  letters spell a word («علي بابا», «أبو بكر سيلا»: «باب», «سيل»), and a word written
  with «اء» («شعراء») folds to the same letters but is no accusative. «ل» glued on an
  imperfect («ليصبح») is not read: as many transcribed names open with those letters
  («ليندر», «ليبرت», «ليسنكو») on the session's check draw.

An imperfect written with the hamza «يؤ» («يؤيد», «يؤكد») is read as a verb although folding
writes it «يو», the opening of transcribed names («يونغ»). Session 23 (2026-12-07), issue 5,
engineer ent_ar5.

Never a word ending in «ي», a nisba family name («يماني», «يعقوبي», «بيومي»), nor one
opening or ending with the letters of transcribed names (``verb_person_foreign_ar.tsv``:
«يواكيم», «يونغ», «مارادونا»; «يامين», «يارد» written with a bare alif, where an imperfect
has «يأ»: «يأتي»), nor a listed given name («يوسف», «يحيى»), nor a definite
word (family names are written with the article as common words are). Common words alone
are not read: as many family names are common words («قاضي», «هندي», «عيد») as run-on
words («عدد», «دولة») on the session's design draw. The person ends before the word.
Session 20 (2026-12-06), issue 5.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import REFERENCE_SOURCES, Entity
from khabar.entities.arabic_kind_names import common_words
from khabar.entities.arabic_name_words import given
from khabar.entities.arabic_word_persons import person_common_words
from khabar.entities.gazetteer import Word
from khabar.entities.titles import person_key
from khabar.entities.words import keys_by_kind, listed_keys
from khabar.text.arabic_article import ARTICLE
from khabar.text.tokens import token_at

PREPOSITIONS = "بل"
VERB_LETTERS = range(4, 7)
"""Letters of an imperfect verb read here, its «ي» included («يلهو», «يعتبر», «يستعرض»)."""
NISBA = "ي"
MIN_PREPOSITION_REST = 4
"""Letters of the word after «ب»/«ل» («بشمال»; not «بنية», a family name)."""
MIN_SUFFIXED = 5
"""Letters of a word with a pronoun suffix («حديثها»; not «مها», «طه»)."""
ACCUSATIVE = "ا"
"""The alif an indefinite accusative carries («زعيماً»; folding drops the tanween)."""
MIN_ACCUSATIVE_STEM = 4
"""Letters of the stem before the accusative's alif («زعيم»; not «باب» of «علي بابا»)."""
HAMZA_IMPERFECT = "يؤ"
"""The written opening of an imperfect of a hamzated root («يؤكد»), which folds to «يو»."""


@lru_cache(maxsize=1)
def _pronoun_suffixes() -> tuple[str, ...]:
    return tuple(listed_keys("entities/pronoun_suffixes_ar.txt"))


def _stops(kind: str) -> frozenset[str]:
    return keys_by_kind("entities/construct_stops_ar.tsv").get(kind, frozenset())


def _foreign(text: str, folded: str) -> bool:
    """Whether the word (written, folded) opens or ends with the letters of a transcribed
    name; «يا» is read as written, since folding turns an imperfect's «يأ» («يأتي») into it,
    and «يو» not on an imperfect written «يؤ» («يؤيد»)."""
    foreign = keys_by_kind("entities/verb_person_foreign_ar.tsv")
    opening = not text.startswith(HAMZA_IMPERFECT)
    return ((opening and folded.startswith(tuple(foreign.get("opening", ()))))
            or text.startswith(tuple(foreign.get("written_opening", ())))
            or text.endswith(tuple(foreign.get("ending", ()))))


def _imperfect(folded: str) -> bool:
    return (len(folded) in VERB_LETTERS and folded[:1] in _stops("verb_prefix")
            and folded not in _stops("prefixed_noun"))


def _suffixed(word: Word) -> bool:
    return len(word.folded) >= MIN_SUFFIXED and word.text.endswith(_pronoun_suffixes())


def _preposition_on_a_word(folded: str) -> bool:
    rest = folded[1:]
    return (folded[:1] in PREPOSITIONS and len(rest) >= MIN_PREPOSITION_REST
            and rest in common_words() and rest in person_common_words())


def _accusative(word: Word) -> bool:
    stem = word.folded[:-1]
    return (word.text.endswith(ACCUSATIVE) and len(stem) >= MIN_ACCUSATIVE_STEM
            and stem in person_common_words() and not given(stem))


def _run_on(word: Word) -> bool:
    """Whether the word, a person's last, is no name's word (see the module)."""
    folded = word.folded
    if (folded.startswith(ARTICLE) or folded.endswith(NISBA) or given(folded)
            or _foreign(word.text, folded)):
        return False
    return (_imperfect(folded) or _suffixed(word) or _preposition_on_a_word(folded)
            or _accusative(word))


def _last_letters(tokens: Sequence[Word], first: int, last: int) -> int:
    """The mention's last word with letters: a tanween written after the accusative's alif
    («تنفيذاً») is a word of its own, with none."""
    while last > first and not tokens[last].folded:
        last -= 1
    return last


def cut_run_on_words(tokens: Sequence[Word], kept: list[Entity]) -> list[Entity]:
    """``kept`` with each person of two words or more ended before a last word that is no
    name's (see the module)."""
    starts = [w.start for w in tokens]
    out = []
    for e in kept:
        first = token_at(tokens, e.start, starts)
        last = bisect_left(starts, e.end) - 1
        if (e.type == "PER" and e.source not in REFERENCE_SOURCES and first is not None
                and last > first and tokens[last].end == e.end):
            last = _last_letters(tokens, first, last)
            if last > first and _run_on(tokens[last]):
                end = tokens[last - 1].end
                e = replace(e, end=end, text=e.text[:end - e.start],
                            key=person_key(tokens, first, last - 1))
        out.append(e)
    return out
