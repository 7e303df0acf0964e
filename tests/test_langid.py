"""Language identification from letters, function words and affixes, offline.

Accuracy on the shared lingua data is measured outside the test suite (tests never read
../shared); for each of sentences-dev, word-pairs, single-words and each language::

    identify(line, min_confidence=0.5)[0] == lang   for every line of <set>/<lang>.txt
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.doc import Doc
from khabar.langid import identify, model
from khabar.pipeline import Pipeline
from khabar.resources import RESOURCES
from khabar.settings import Settings

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"

CASES = [
    ("سردار سلامی با ژنرال سید عاصم منیر دیدار کرد", "fa", "a Persian headline"),
    ("رئيس ستاد كل نيروهاي مسلح گفت كه اين همكاري ادامه دارد", "fa",
     "Persian typed with Arabic yeh and kaf"),
    ("می‌شود", "fa", "one Persian verb: ZWNJ and the verb prefix"),
    ("تأكيد إيراني باكستاني على مواجهة العناصر الإرهابية", "ar", "an Arabic headline"),
    ("قال رئیس الوزراء إن الحکومة ستعمل على ذلک", "ar", "Arabic typed with Persian yeh and kaf"),
    ("والتقى اللواء باقري اليوم مع قائد الجيش الباكستاني", "ar", "Arabic body text"),
    ("پاکستان اور ایران کے درمیان مذاکرات جاری ہیں", "ur", "an Urdu headline"),
    ("ہوئے", "ur", "one Urdu word with yeh barree and heh goal"),
    ("Breaking News Live پاکستان کے وزیر اعظم نے کہا ہے کہ مذاکرات جاری رہیں گے", "ur",
     "Urdu with English site furniture in front"),
    ("Iran and Pakistan agree to boost border security", "en", "an English headline"),
    ("the", "en", "one English function word"),
    # short titles, where the statistical models have to decide
    ("نیروهای مسلح", "fa", "two Persian words: ZWNJ plural"),
    ("دهانه", "fa", "no distinctive letter, but ه-final: Arabic would write دهانة"),
    ("گسترش همکاری", "fa", "two Persian words, گ is shared with Urdu"),
    ("وزير الخارجية", "ar", "two Arabic words with the article"),
    ("حکومت پاکستان", "ur", "two words written alike in Persian and Urdu: Urdu spelling of حکومت"),
    ("وزیراعظم شہباز", "ur", "Urdu heh goal"),
    # two-word titles of shared loanwords, no letter of one language alone: the letter
    # model of web text and the word counts decide
    ("ضمنی انتخاب", "ur", "by-election: Urdu's phrase (Persian says انتخابات میان‌دوره‌ای)"),
    ("سیلاب متاثرین", "ur", "flood victims: متاثرین, an Arabic plural, is everyday Urdu"),
    ("عوامی مسائل", "ur", "public issues: -ی adjectives of Arabic nouns, Urdu's habit"),
    ("اعلی حکام", "ur", "senior officials: حکام is Urdu news' word for officials"),
    ("فوری طور", "ur", "immediately (فوری طور پر), an Urdu phrase"),
    ("بانک مرکزی", "fa", "central bank, in Persian word order"),
    ("مجلس شورا", "fa", "the Persian parliament, شورا without Arabic's final ى"),
    ("ولي العهد", "ar", "crown prince: Arabic yeh, the article"),
    ("هيئة كبار", "ar", "teh marbuta and Arabic kaf"),
]

REFUSED = [
    ("د افغانستان په ولایت کې نجونې ښوونځي ته ځي", "Pashto letters and words"),
    ("ئەم هەواڵە لە کوردستان بڵاو کرایەوە", "Sorani letters"),
    ("هن چيو ته سنڌ ۾ ڪم جاري آهي", "Sindhi letters and words"),
    ("Le président de la République a déclaré que la France", "French"),
    ("Der Präsident hat gesagt, dass die Regierung nicht kommt", "German"),
    ("Привет, мир", "Cyrillic: no known language"),
    ("12345 !!! ۱۲۳", "no letters"),
    ("", "empty"),
]


@pytest.mark.parametrize(("text", "lang", "why"), CASES)
def test_identify(text: str, lang: str, why: str) -> None:
    found, confidence = identify(text)
    assert found == lang, why
    assert 0.5 <= confidence <= 1.0


@pytest.mark.parametrize(("text", "why"), REFUSED)
def test_refused(text: str, why: str) -> None:
    found, confidence = identify(text)
    assert found is None, why
    assert 0.0 <= confidence <= 1.0


def test_candidates_limit_the_answer() -> None:
    persian = "سردار سلامی با ژنرال سید عاصم منیر دیدار کرد"
    assert identify(persian, candidates=("ar", "en"))[0] is None
    assert identify("Iran and Pakistan agree", candidates=("fa",))[0] is None
    assert identify(persian, candidates=("fa",))[0] == "fa"


def test_min_confidence() -> None:
    word = "سلام"
    assert identify(word, min_confidence=0.0)[0] in {"fa", "ar"}
    assert identify(word, min_confidence=0.99)[0] is None


def test_longer_text_is_more_certain() -> None:
    short = identify("رئیس ستاد", min_confidence=0)[1]
    long = identify("رئیس ستاد کل نیروهای مسلح گفت که این همکاری ادامه دارد", min_confidence=0)[1]
    assert long > short


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.name[:3])
def test_example_articles(path: Path) -> None:
    expected = "ar" if path.name.startswith("002") else "fa"
    lang, confidence = identify(path.read_text(encoding="utf-8"))
    assert (lang, confidence > 0.99) == (expected, True)


def test_resources_are_complete() -> None:
    m = model()
    assert set(m.scripts) >= {"fa", "ar", "ur", "en"}
    assert all(m.words[lang] for lang in m.scripts)
    named = {lang for weights in m.chars.values() for lang in weights}
    named |= {lang for table in (m.prefixes, m.suffixes) for w in table.values() for lang in w}
    assert named <= set(m.scripts), named - set(m.scripts)
    assert (RESOURCES / "langid" / "SOURCE.md").exists()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_text_gets_a_candidate_or_none(text: str) -> None:
    lang, confidence = identify(text, candidates=("fa", "ar"))
    assert lang in {None, "fa", "ar"}
    assert 0.0 <= confidence <= 1.0


def test_stage_sets_language_and_confidence() -> None:
    stages = ["khabar.clean.lines.v1", "khabar.langid.script.v1"]
    raw = next(EXAMPLES.glob("002_*.txt")).read_text(encoding="utf-8")
    doc = Pipeline(stages=stages)(Doc(raw=raw))
    assert doc.lang == "ar" and doc.lang_confidence is not None and doc.lang_confidence > 0.99


def test_stage_follows_the_settings() -> None:
    stages = ["khabar.clean.lines.v1", "khabar.langid.script.v1"]
    raw = next(EXAMPLES.glob("004_*.txt")).read_text(encoding="utf-8")
    only_arabic = Settings({"langid": {"candidates": ["ar"]}})
    assert Pipeline(only_arabic, stages=stages)(Doc(raw=raw)).lang is None
    strict = Settings({"langid": {"min_confidence": 1.01}})
    assert Pipeline(strict, stages=stages)(Doc(raw="سلام")).lang is None


def test_letter_model_covers_the_news_languages() -> None:
    from khabar.langid import NGRAM_LANGUAGES, letter_scores
    from khabar.langid_models import letter_model

    assert set(NGRAM_LANGUAGES) == {"fa", "ar", "ur"}
    table = letter_model()
    assert len(table.cells) > 1000
    assert all(len(table[gram] or ()) == len(NGRAM_LANGUAGES) for gram in table.cells)
    assert table["not an n-gram"] is None
    # Persian letters score higher under Persian than under Arabic, and vice versa
    assert letter_scores("می‌گویند")["fa"] > letter_scores("می‌گویند")["ar"]
    assert letter_scores("الحكومة")["ar"] > letter_scores("الحكومة")["fa"]
    assert letter_scores("کیا")["ur"] > letter_scores("کیا")["ar"]


def test_letter_model_keeps_only_the_rows_it_has() -> None:
    """A row is kept once parsed; an n-gram the table lacks is not kept, or a long run
    would keep every n-gram of every word it ever read."""
    from khabar.langid_models import LetterModel

    table = LetterModel({"ab": "-50\t\t-125"})
    assert table["ab"] == (-0.5, None, -1.25)
    assert table["zz"] is None
    assert dict(table) == {"ab": (-0.5, None, -1.25)}


def test_letter_model_backs_off_to_shorter_contexts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each letter is read in the longest context a language's table has; every letter of
    context given up costs BACKOFF, and a letter the table lacks costs UNSEEN_LETTER."""
    from khabar import langid_models as m

    table = {"a": (-1.0, None, -2.0), "b": (-3.0, -3.0, None), "ab": (-0.5, None, None)}
    monkeypatch.setattr(m, "letter_model", lambda: table)
    fa, ar, ur = m.letter_logprob(["ab", "ab", "ab"])
    assert fa == -1.0 + -0.5
    assert ar == (m.UNSEEN_LETTER + m.BACKOFF) + (-3.0 + m.BACKOFF)
    assert ur == -2.0 + (m.UNSEEN_LETTER + 2 * m.BACKOFF)
    # each language reads its own spelling; the same spelling gives the same value
    assert m.letter_logprob(["b", "ab", "b"]) == [-3.0, ar, m.UNSEEN_LETTER + m.BACKOFF]


def test_persian_letter_model_reads_arabic_yeh_and_kaf_as_persian() -> None:
    """Persian typed with ي and ك (Hamshahri throughout) is read by Persian's letter model
    as Persian spells it; Arabic's and Urdu's read the word as written."""
    from khabar.langid import _word_letter_logprob
    from khabar.langid_models import letter_logprob

    assert _word_letter_logprob("نيروي")[0] == letter_logprob(["نیروی"] * 3)[0]
    assert _word_letter_logprob("نيروي")[1:] == tuple(letter_logprob(["نيروي"] * 3)[1:])


@pytest.mark.parametrize(
    ("word", "lang", "why"),
    [
        ("استعمال", "ur", "an Arabic loanword that is everyday Urdu and rare Persian"),
        ("کے", "ur", "the Urdu genitive"),
        ("می‌گویند", "fa", "a Persian verb"),
        ("الحكومة", "ar", "an Arabic noun with its article"),
    ],
)
def test_word_model_knows_each_language_s_everyday_words(word: str, lang: str, why: str) -> None:
    from khabar.langid import NGRAM_LANGUAGES, word_scores

    scored = dict(zip(NGRAM_LANGUAGES, word_scores(word), strict=True))
    assert max(scored, key=lambda k: scored[k]) == lang, why


def test_only_the_first_characters_are_read() -> None:
    from khabar.langid import MAX_CHARS

    persian = "سردار سلامی با ژنرال سید عاصم منیر دیدار کرد و گفت که این همکاری ادامه دارد. "
    arabic = "أكد رئيس هيئة الأركان العامة للقوات المسلحة على ضرورة تعزيز التعاون. "
    opening = persian * (MAX_CHARS // len(persian) + 1)
    assert identify(opening + arabic * 200)[0] == "fa"
    assert identify(arabic * 200 + opening)[0] == "ar"


def test_cached_word_evidence_gives_the_same_answers() -> None:
    from khabar import langid

    texts = [text for text, _, _ in CASES]
    first = [identify(text, min_confidence=0) for text in texts]
    langid._hand_words.clear()
    langid._letter_words.clear()
    assert [identify(text, min_confidence=0) for text in reversed(texts)] == first[::-1]


def _full_reading(text: str) -> str | None:
    """The answer of the whole first MAX_CHARS characters, with no probe."""
    from collections import Counter

    from khabar.langid import MAX_CHARS, _best_language, _scripts_present

    text = text[:MAX_CHARS]
    present = _scripts_present(text, Counter(text))
    return None if present is None else _best_language(text, present, Counter(text))[0]


@pytest.mark.parametrize(
    ("head", "tail", "repeat_head", "why"),
    [
        (CASES[0][0], CASES[3][0], 1, "a short Persian opening: too short to probe"),
        (CASES[6][0], CASES[0][0], 1, "one Urdu line before a Persian text"),
        (CASES[9][0], CASES[6][0], 12, "an English probe, an Urdu page: scripts differ"),
        (CASES[0][0], CASES[0][0], 12, "one language throughout"),
    ],
)
def test_the_probe_gives_the_answer_of_the_whole_text(
    head: str, tail: str, repeat_head: int, why: str
) -> None:
    text = " ".join([head] * repeat_head + [tail] * 40)
    assert identify(text, min_confidence=0)[0] == _full_reading(text), why


def test_a_decisive_opening_decides() -> None:
    # A Persian article that goes on to quote Arabic at length is a Persian article:
    # a probe of PROBE_CHARS that is decisive is not outvoted by what follows.
    from khabar.langid import PROBE_CHARS

    opening = " ".join([CASES[0][0]] * 12)
    assert len(opening) >= PROBE_CHARS
    text = opening + " " + " ".join([CASES[3][0]] * 60)
    assert _full_reading(text) == "ar"
    assert identify(text)[0] == "fa"


def test_an_english_menu_does_not_hide_an_urdu_page() -> None:
    from khabar.langid import PROBE_CHARS

    menu = " ".join([CASES[9][0]] * 12)
    assert len(menu) >= PROBE_CHARS
    assert identify(menu + " " + " ".join([CASES[6][0]] * 40))[0] == "ur"


@pytest.mark.parametrize("word", ["میروند", "الكتاب", "کتابهای", "پاکستانیوں", "ال", "بی", "x"])
def test_affix_evidence_is_every_matching_affix_in_table_order(word: str) -> None:
    """The affix index by edge letter finds what a scan of the whole table finds, in the
    same order (the scores add up in that order)."""
    from khabar.langid import MIN_STEM, _affix_evidence

    m = model()
    for table, prefix in ((m.prefixes, True), (m.suffixes, False)):
        scanned = [
            item for affix, weights in table.items()
            if len(word) >= len(affix) + MIN_STEM
            and (word.startswith(affix) if prefix else word.endswith(affix))
            for item in weights.items()
        ]
        assert list(_affix_evidence(word, table, prefix)) == scanned


def test_the_lingua_table_ships_with_lingua_s_licence() -> None:
    """``lingua.tsv.gz`` is derived from lingua's Apache-2.0 models: a copy of that licence
    goes with it (Apache-2.0 §4(a)), and SOURCE.md names the file."""
    licence = RESOURCES / "langid" / "LICENSE-lingua.txt"
    assert (RESOURCES / "langid" / "lingua.tsv.gz").exists()
    assert licence.read_text(encoding="utf-8").lstrip().startswith("Apache License")
    assert "LICENSE-lingua.txt" in (RESOURCES / "langid" / "SOURCE.md").read_text(encoding="utf-8")
