"""Offline language identification from letters, function words and affixes.

A text is scored against the known languages of every script (Arabic or Latin) that
holds at least a fifth of its letters, so a title is judged among its own script's
languages while an Urdu page behind an English menu can still win as Urdu. A language's
score is a sum of hand-set log-odds:

- its prior (``resources/langid/languages.tsv``): khabar expects fa/ar/ur/en news;
- a little for every letter written in its script;
- every character that marks or rules out the language (``chars.tsv``: پ چ ژ گ for
  Persian and Urdu, ے ں ٹ ڈ ڑ ہ ھ for Urdu, ة ى أ إ for Arabic, and so on);
- every word found in its function-word list (``words/<lang>.txt``);
- every word beginning or ending typical of it (``affixes.tsv``: ال, می, های, -ing).

Where the best of these is Persian, Arabic or Urdu, two statistical models decide among
the three (``langid_models``): a character 5-gram model of web text cut down from
lingua's, and whole-word frequencies of the news corpora, added to the hand scores.

The confidence of the best language is its softmax share among the languages scored.
Some known languages (Pashto, Sorani, Sindhi, French, German, Spanish) are there only
to be recognised and refused: text in them yields ``None`` rather than a
wrong candidate. So does text in any other script, text without letters, and text whose
best language is not among the candidates.

Words are compared after a light fold (ي/ی, ك/ک, ى/ی merged; harakat, tatweel removed;
lower case) because scraped Persian is often typed with Arabic yeh and kaf; the
characters themselves still count as evidence, with small weights for that reason.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from khabar.doc import Doc
from khabar.errors import ResourceError
from khabar.langid_models import NGRAM_LANGUAGES, letter_logprob, word_model
from khabar.normalize.charmap import parse_codepoints
from khabar.registry import StageFunction, stage
from khabar.resources import load_lines, load_tsv
from khabar.settings import Settings, declarations

__all__ = ["identify", "make_langid_stage"]

#: Score a function word adds to each language whose list holds it.
WORD_WEIGHT = 2.0
#: Score every letter adds to each language written in the letter's script.
SCRIPT_WEIGHT = 0.1
#: Languages of a script are considered when it has this share of the letters.
SCRIPT_MIN_SHARE = 0.2
#: An affix must leave at least this many letters of stem.
MIN_STEM = 2
#: Only the first characters are read: a news article does not change language midway,
#: and a few sentences (after cleaning removed the site furniture) settle it.
MAX_CHARS = 2_000
#: A longer text is first judged on this many characters; where that is decisive (a
#: confidence of DECISIVE_CONFIDENCE) the rest up to MAX_CHARS is not read.
PROBE_CHARS = 400
DECISIVE_CONFIDENCE = 0.999
#: Per-word evidence is cached across texts (news repeats its words); emptied past this.
WORD_CACHE_SIZE = 100_000
#: Weight of the character 5-gram log-likelihood (``lingua.tsv.gz``, from lingua's
#: models of web text) beside the hand scores, and of the whole-word log-likelihood
#: (``words.tsv.gz``, from the news corpora): word frequencies tell apart the loanwords
#: the three languages share, which letters cannot. Chosen on word pairs drawn from the
#: training corpora's held-out fifths (``bench/text_langid.py``'s draws with seeds 23
#: and 29), never on the lingua test data; see resources/langid/SOURCE.md.
LETTER_MODEL_WEIGHT = 2.0
WORD_MODEL_WEIGHT = 4.0
#: The summed log-likelihoods treat letters and words as independent, so their margins
#: overstate certainty (two words came out at 0.99999). The confidence is the softmax of
#: the margins divided by this; the best language does not change. 5 gave the lowest
#: log-loss on the dev word pairs and single words of the letter model (4: two words
#: rounded to 1.0; 6: more single words under the 0.5 threshold).
CONFIDENCE_TEMPERATURE = 5.0

_LIGHT_FOLD = str.maketrans(
    {"\u064a": "\u06cc", "\u0643": "\u06a9", "\u0649": "\u06cc", "\u0640": None}
    | {chr(cp): None for cp in range(0x064B, 0x0660)}
    | {"\u0670": None}
)
_LIGHT_FOLD_CHARS = frozenset(chr(code) for code in _LIGHT_FOLD)
_WORD = re.compile(r"[^\W\d_]+")
#: The statistical models keep ي/ی and ك/ک apart (Arabic never writes ی ک) and drop
#: only harakat and tatweel.
_MARKS = str.maketrans(
    {"\u0640": None, "\u0670": None} | {chr(cp): None for cp in range(0x064B, 0x0660)}
)
_MARK_CHARS = frozenset(chr(code) for code in _MARKS)
#: Persian's letter model reads a word with Arabic yeh and kaf as Persian spells it:
#: scraped Persian (Hamshahri throughout) is often typed with them.
_PERSIAN_SPELLING = str.maketrans({"\u064a": "\u06cc", "\u0643": "\u06a9"})
_ARABIC_WORD = re.compile(
    r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc]+"
)


@dataclass(frozen=True)
class Model:
    """Everything loaded from ``resources/langid``."""

    scripts: dict[str, str]
    priors: dict[str, float]
    chars: dict[str, dict[str, float]]
    words: dict[str, frozenset[str]]
    prefixes: dict[str, dict[str, float]]
    suffixes: dict[str, dict[str, float]]


def light_fold(text: str, chars: Counter[str] | None = None) -> str:
    """Merge yeh/kaf spellings, drop harakat and tatweel, lower-case Latin (``chars``,
    the text's characters counted, lets a text with nothing to fold skip the slow
    ``translate``)."""
    if chars is not None and chars.keys().isdisjoint(_LIGHT_FOLD_CHARS):
        return text.lower()
    return text.translate(_LIGHT_FOLD).lower()


@lru_cache(maxsize=1)
def model() -> Model:
    """Load the language resources once."""
    scripts: dict[str, str] = {}
    priors: dict[str, float] = {}
    for code, script, prior, *_ in load_tsv("langid/languages.tsv"):
        scripts[code] = script
        priors[code] = float(prior)
    chars: dict[str, dict[str, float]] = {}
    for cell, lang, weight, *_ in load_tsv("langid/chars.tsv"):
        chars.setdefault(parse_codepoints(cell), {})[lang] = float(weight)
    words = {
        lang: frozenset(light_fold(w) for w in load_lines(f"langid/words/{lang}.txt"))
        for lang in scripts
    }
    affixes: dict[str, dict[str, dict[str, float]]] = {"prefix": {}, "suffix": {}}
    for kind, affix, lang, weight, *_ in load_tsv("langid/affixes.tsv"):
        affixes[kind].setdefault(light_fold(affix), {})[lang] = float(weight)
    return Model(scripts, priors, chars, words, affixes["prefix"], affixes["suffix"])


def ngram_fold(text: str, chars: Counter[str] | None = None) -> str:
    """What the statistical models read: the text without harakat and tatweel (``chars`` as
    for ``light_fold``)."""
    if chars is not None and chars.keys().isdisjoint(_MARK_CHARS):
        return text
    return text.translate(_MARKS)


def arabic_words(text: str) -> list[str]:
    """The Arabic-script words of ``text`` (as the statistical models read them)."""
    return _ARABIC_WORD.findall(text)


def arabic_word_counts(text: str, chars: Counter[str] | None = None) -> Counter[str]:
    """How often each Arabic-script word occurs, as the statistical models read it."""
    return Counter(arabic_words(ngram_fold(text, chars)))


def word_scores(text: str, counts: Counter[str] | None = None) -> list[float]:
    """Log-likelihood of the text's known words under each of NGRAM_LANGUAGES (a word no
    language has counted says nothing and is skipped); ``counts``: its
    ``arabic_word_counts`` where the caller has them already."""
    table = word_model().logprob
    sums = [0.0] * len(NGRAM_LANGUAGES)
    for word, count in (counts if counts is not None else arabic_word_counts(text)).items():
        row = table.get(word)
        if row is not None:
            for i, value in enumerate(row):
                sums[i] += value * count
    return sums


_letter_words: dict[str, tuple[float, ...]] = {}


def _word_letter_logprob(word: str) -> tuple[float, ...]:
    """One word's log-probability under each language's letter model (cached)."""
    found = _letter_words.get(word)
    if found is None:
        persian = word.translate(_PERSIAN_SPELLING)
        found = tuple(letter_logprob([persian if lang == "fa" else word
                                      for lang in NGRAM_LANGUAGES]))
        if len(_letter_words) >= WORD_CACHE_SIZE:
            _letter_words.clear()
        _letter_words[word] = found
    return found


def letter_scores(text: str, counts: Counter[str] | None = None) -> dict[str, float]:
    """Log-likelihood of the text's Arabic-script words under each language's character
    5-gram model (``counts`` as for ``word_scores``)."""
    sums = [0.0] * len(NGRAM_LANGUAGES)
    for word, count in (counts if counts is not None else arabic_word_counts(text)).items():
        for i, value in enumerate(_word_letter_logprob(word)):
            sums[i] += value * count
    return dict(zip(NGRAM_LANGUAGES, sums, strict=True))


def script_of(ch: str) -> str | None:
    """``arabic``, ``latin``, ``other`` for a letter; ``None`` for anything else."""
    if not ch.isalpha():
        return None
    code = ord(ch)
    if 0x0600 <= code <= 0x08FF or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return "arabic"
    if code < 0x0250 or 0x1E00 <= code <= 0x1EFF:
        return "latin" if unicodedata.name(ch, "").startswith("LATIN") else "other"
    return "other"


def script_counts(text: str, chars: Counter[str] | None = None) -> Counter[str]:
    """How many letters of ``text`` each script has (``chars``: its characters counted)."""
    letters: Counter[str] = Counter()
    for ch, count in (chars if chars is not None else Counter(text)).items():
        script = script_of(ch)
        if script is not None:
            letters[script] += count
    return letters


def _affix_evidence(
    word: str, table: dict[str, dict[str, float]], prefix: bool
) -> Iterator[tuple[str, float]]:
    # only the affixes that begin (end) with the word's first (last) letter can match;
    # they keep the table's order, so the evidence adds up in the same order
    for affix, weights in _by_edge_letter(table, prefix).get(word[:1] if prefix else word[-1:],
                                                             ()):
        if len(word) >= len(affix) + MIN_STEM and (
            word.startswith(affix) if prefix else word.endswith(affix)
        ):
            yield from weights.items()


_EdgeIndex = dict[str, list[tuple[str, dict[str, float]]]]
_edge_letters: dict[tuple[int, bool], tuple[object, _EdgeIndex]] = {}


def _by_edge_letter(
    table: dict[str, dict[str, float]], prefix: bool
) -> dict[str, list[tuple[str, dict[str, float]]]]:
    """An affix table by the letter at the affix's word edge (first of a prefix, last of
    a suffix), in table order; kept per table and side (the table is kept too, so its id
    stays its own)."""
    kept = _edge_letters.get((id(table), prefix))
    if kept is None or kept[0] is not table:
        index: dict[str, list[tuple[str, dict[str, float]]]] = {}
        for affix, weights in table.items():
            if not affix:
                raise ResourceError("langid/affixes.tsv: an empty affix")
            index.setdefault(affix[0] if prefix else affix[-1], []).append((affix, weights))
        kept = _edge_letters[id(table), prefix] = (table, index)
    return kept[1]


_hand_words: dict[str, tuple[tuple[str, float], ...]] = {}


def _word_evidence(word: str, m: Model) -> tuple[tuple[str, float], ...]:
    """What one (lightly folded) word says for each language: its function-word lists and
    affixes. Cached, as most words of a text were seen in earlier texts."""
    found = _hand_words.get(word)
    if found is None:
        evidence = [(lang, WORD_WEIGHT) for lang, words in m.words.items() if word in words]
        for table, prefix in ((m.prefixes, True), (m.suffixes, False)):
            evidence.extend(_affix_evidence(word, table, prefix))
        if len(_hand_words) >= WORD_CACHE_SIZE:
            _hand_words.clear()
        found = _hand_words[word] = tuple(evidence)
    return found


def scores(
    text: str, languages: Sequence[str], chars: Counter[str] | None = None
) -> dict[str, float]:
    """The log-odds score of each of ``languages`` for ``text``."""
    m = model()
    chars = chars if chars is not None else Counter(text)
    letters = script_counts(text, chars)
    total = {
        lang: m.priors[lang] + SCRIPT_WEIGHT * letters[m.scripts[lang]] for lang in languages
    }
    for ch, count in chars.items():
        for lang, weight in m.chars.get(ch, {}).items():
            if lang in total:
                total[lang] += weight * count
    for word, count in Counter(_WORD.findall(light_fold(text, chars))).items():
        for lang, weight in _word_evidence(word, m):
            if lang in total:
                total[lang] += weight * count
    return total


def _softmax_best(total: dict[str, float], temperature: float = 1.0) -> tuple[str, float]:
    best = max(total, key=lambda lang: total[lang])
    top = total[best]
    mass = sum(math.exp((score - top) / temperature) for score in total.values())
    return best, 1.0 / mass


def identify(
    text: str,
    candidates: Sequence[str] = ("fa", "ar", "ur", "en"),
    min_confidence: float | None = None,
) -> tuple[str | None, float]:
    """The language of ``text`` among ``candidates`` and the confidence in it.

    Returns ``(None, confidence)`` when the best known language is not a candidate or
    is less certain than ``min_confidence`` (by default the declared default of the
    ``langid.min_confidence`` setting; pass 0 for the best guess however weak), and
    ``(None, 0.0)`` when the text has no letters or is written in a script none of the
    known languages uses.
    """
    if min_confidence is None:
        min_confidence = float(declarations()["langid.min_confidence"].default)
    text = text[:MAX_CHARS]
    chars = Counter(text)
    present = _scripts_present(text, chars)
    if present is None:
        return None, 0.0
    best, confidence = None, 0.0
    if len(text) > 2 * PROBE_CHARS:
        # Most articles are settled by their first sentences: read the rest only where
        # those are not decisive, or where the rest brings in another script (an Urdu
        # page behind an English menu).
        probe = text[:PROBE_CHARS]
        probe_chars = Counter(probe)
        if _scripts_present(probe, probe_chars) == present:
            best, confidence = _best_language(probe, present, probe_chars)
    if confidence < DECISIVE_CONFIDENCE:
        best, confidence = _best_language(text, present, chars)
    if best is None or best not in candidates or confidence < min_confidence:
        return None, round(confidence, 4)
    return best, round(confidence, 4)


def _scripts_present(text: str, chars: Counter[str]) -> frozenset[str] | None:
    """The scripts holding at least SCRIPT_MIN_SHARE of the letters, or None where there
    are no letters or most are in a script no known language uses."""
    letters = script_counts(text, chars)
    if not letters or letters["other"] * 2 > sum(letters.values()):
        return None
    total = sum(letters.values())
    return frozenset(script for script, n in letters.items() if n >= SCRIPT_MIN_SHARE * total)


def _best_language(
    text: str, present: frozenset[str], chars: Counter[str]
) -> tuple[str | None, float]:
    """The best known language of ``text`` and its confidence, among the languages of the
    scripts ``present``."""
    known = [lang for lang, script in model().scripts.items() if script in present]
    if not known:
        return None, 0.0
    hand = scores(text, known, chars)
    best, confidence = _softmax_best(hand)
    if best in NGRAM_LANGUAGES:
        # Among the news languages of the Arabic script the statistical models have the
        # last word; the hand scores stay in the sum (Urdu's and Arabic's own letters).
        counts = arabic_word_counts(text, chars)
        letters = letter_scores(text, counts)
        words = dict(zip(NGRAM_LANGUAGES, word_scores(text, counts), strict=True))
        combined = {
            lang: hand[lang] + LETTER_MODEL_WEIGHT * letters[lang]
            + WORD_MODEL_WEIGHT * words[lang]
            for lang in NGRAM_LANGUAGES
        }
        best, confidence = _softmax_best(combined, CONFIDENCE_TEMPERATURE)
    return best, confidence


@stage("khabar.langid.script.v1", requires=("text",), assigns=("lang",))
def make_langid_stage(settings: Settings) -> StageFunction:
    """Identify the language of the title and body from letters and function words."""
    candidates = tuple(settings["langid.candidates"])
    threshold = float(settings["langid.min_confidence"])

    def run(doc: Doc) -> Doc:
        sample = f"{doc.title}\n{doc.text}" if doc.title else doc.text
        doc.lang, doc.lang_confidence = identify(sample, candidates, threshold)
        return doc

    return run
