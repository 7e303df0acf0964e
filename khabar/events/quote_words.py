"""Words the quote stage reads speakers by (``resources/events``): heads of a speaker's
phrase, words that are no subject, and the link words that open reported speech."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.entities.gazetteer import Match, PhraseIndex, Word, phrase_key
from khabar.entities.titles import role_words
from khabar.entities.words import listed_keys
from khabar.events.participant_words import prepositions
from khabar.resources import load_lines, load_tsv
from khabar.text.arabic_conjunction import without_proclitic

HEAD_LANGUAGES = frozenset({"ar", "fa"})
"""Languages a row of ``speaker_heads.tsv`` may name."""


@lru_cache(maxsize=1)
def speaker_heads() -> dict[str, str]:
    """Folded head noun -> body | post | source | document, from the rows of every
    language (``head_rows``): folded, a noun reads alike in Persian and Arabic text."""
    return {phrase_key(word): kind for word, kind, _ in head_rows()}


def head_rows() -> list[tuple[str, str, frozenset[str]]]:
    """(word, kind, languages) for each row of ``speaker_heads.tsv``."""
    rows = []
    for word, kind, column in load_tsv("events/speaker_heads.tsv"):
        languages = frozenset(column.split(","))
        if not languages <= HEAD_LANGUAGES:
            raise ValueError(f"speaker_heads.tsv: {word!r} names languages {column!r}; "
                             f"write one or more of {sorted(HEAD_LANGUAGES)}, comma-separated")
        rows.append((word, kind, languages))
    return rows


def head_kind(word: Word) -> str | None:
    """body, post or source for a speaker head noun, with or without the article."""
    return head_kind_of(word.folded)


def is_post_word(word: Word) -> bool:
    """A role word or the head of a post ("رئيس", "مدير", "المتحدث"), also with the
    article where the list has the bare word only ("المدير العام"), unless it heads a
    body ("الوزارة")."""
    folded = word.folded
    if folded in role_words() or head_kind(word) == "post":
        return True
    return folded.startswith("ال") and folded[2:] in role_words() \
        and head_kind_of(folded[2:]) != "body"


def head_kind_of(folded: str) -> str | None:
    kind = speaker_heads().get(folded)
    if kind is None and folded.startswith("ال"):
        kind = speaker_heads().get(folded[2:])
    return kind


def subject_stops() -> frozenset[str]:
    return listed_keys("events/subject_stops.txt")


@lru_cache(maxsize=1)
def link_words() -> frozenset[str]:
    """The words of quote_links.tsv (both languages): a verb's link to its quote."""
    return frozenset(phrase_key(word) for word, _ in load_tsv("events/quote_links.tsv"))


def is_link_word(word: Word) -> bool:
    return word.folded in link_words()


def is_resumption(word: Word) -> bool:
    """فإن, فان: the link that takes up a fronted attribution ("وحسب X، فإن ...")."""
    return word.folded.startswith("ف") and is_link_word(word)


@lru_cache(maxsize=1)
def speech_verbs() -> PhraseIndex[str]:
    """Speech verb forms (``speech_verbs.tsv``, the Arabic verbs of
    ``clause_opening_verbs.tsv`` and ``imperfect_speech_verbs_ar.txt``) -> the language
    they count in."""
    index: PhraseIndex[str] = PhraseIndex()
    for form, lang in load_tsv("events/speech_verbs.tsv"):
        for written in persian_verb_forms(form) if lang == "fa" else (form,):
            index.add(written, lang)
    for form, kind in load_tsv("events/clause_opening_verbs.tsv"):
        if kind == "verb":
            index.add(form, "ar")
    for form in load_lines("events/imperfect_speech_verbs_ar.txt"):
        index.add(form, "ar")
    for form in load_lines("events/warning_verbs_ar.txt"):
        index.add(form, "ar")
    return index


def is_imperfect_report(verb: str) -> bool:
    """Whether an Arabic speech verb form is one of ``imperfect_speech_verbs_ar.txt``
    («يوضح», «توضح»), which opens a quote only with a person as subject. Session 19
    (2026-12-06)."""
    return phrase_key(verb) in listed_keys("events/imperfect_speech_verbs_ar.txt")


def is_warning(verb: str) -> bool:
    """Whether an Arabic speech verb form is one of ``warning_verbs_ar.txt`` («حذر»,
    «محذرا»), which opens a quote only at «من أن». Session 24 (2026-12-07)."""
    return phrase_key(verb) in listed_keys("events/warning_verbs_ar.txt")


def persian_verb_forms(form: str) -> tuple[str, ...]:
    """A Persian speech verb closed by a light verb in the third person singular past
    («تصریح کرد», «اظهار داشت») and the same verb with the light verb's other third
    person past forms of ``light_verbs_fa.tsv``: plural, perfect, and the formal «نمود»
    of «کرد» («تصریح کردند», «اعلام نموده», «تأکید کرده است», «اظهار داشتند»).
    Session 17 (2026-12-06), from Persian grammar: the light verb carries person and
    tense, the noun before it the meaning."""
    *head, last = form.split(" ")
    forms = _light_verb_persons().get(last) if head else None
    if forms is None:
        return (form,)
    return (form, *(" ".join([*head, other]) for other in forms if other != last))


PERFECT_ENDINGS = (" است", "\u200cاند", " بود", " بودند")
"""The third person auxiliaries after a Persian participle («نموده است», «کرده بودند»):
read with the verb, so the person they carry counts and they open no quote."""


@lru_cache(maxsize=1)
def _light_verb_persons() -> dict[str, tuple[str, ...]]:
    """The bare past of each light verb («کرد») -> its third person past forms, active,
    simple, perfect and pluperfect, with ``PERFECT_ENDINGS`` after every participle
    (no «می‌» imperfect, first person or passive)."""
    classes: dict[str, list[str]] = {}
    for verb, form, tense, polarity in load_tsv("events/light_verbs_fa.tsv"):
        if tense == "past" and polarity == "+" and not form.startswith("می") \
                and not form.endswith("م") and " شد" not in form:
            classes.setdefault(verb, []).append(form)
    for forms in classes.values():  # each participle's perfect and pluperfect
        forms += [f"{form}{end}" for form in forms if form.endswith("ه")
                  for end in PERFECT_ENDINGS if f"{form}{end}" not in forms]
    return {forms[0]: tuple(forms) for forms in classes.values()}


def plural_fa(verb: str | None) -> bool:
    """Whether a Persian speech verb is plural: its last word ends in «ند» as a plural
    does («کردند», «کرده‌اند»), not as a singular stem does («می‌کند»,
    ``singular_nd_fa.txt``). Session 17 (2026-12-06), from Persian grammar."""
    last = phrase_key((verb or "").split(" ")[-1])
    return last.endswith(phrase_key("ند")) and not last.endswith(_singular_nd())


@lru_cache(maxsize=1)
def _singular_nd() -> tuple[str, ...]:
    return tuple(phrase_key(w) for w in load_lines("events/singular_nd_fa.txt"))


def unnamed_quantifiers(lang: str | None = None) -> frozenset[str]:
    return listed_keys("events/unnamed_quantifiers.txt", lang)


def turn_markers() -> frozenset[str]:
    return listed_keys("events/turn_markers.txt")


@lru_cache(maxsize=1)
def _verb_persons() -> dict[str, str]:
    persons = {phrase_key(form): "m" for form, lang in load_tsv("events/speech_verbs.tsv")
               if lang == "ar"}
    persons.update((phrase_key(form), person)
                   for form, person in load_tsv("events/speech_verb_persons.tsv"))
    return persons


def verb_person(verb: str) -> str | None:
    """m, f or pl for an Arabic speech verb form (``speech_verb_persons.tsv``); None for
    any other word (a Persian verb, an attribution phrase)."""
    return _verb_persons().get(phrase_key(verb))


FEMININE_PAST = "ت"
"""The ending of an Arabic past verb whose subject is feminine («أدانت», «هونت»)."""
MIN_VERB_LETTERS = 4
"""Letters of a feminine past verb («قالت»): shorter words ending in ت are as often nouns
(«بيت», «وقت»)."""


NISBA_ENDINGS = ("يه", "ي")
"""The endings of an Arabic nisba adjective on a folded word («الصحية», «حكومي»; «ة» folds
to «ه»): a word so ending after a noun is most often its adjective, not a noun it is bound to."""


def is_feminine_past(word: Word, counting_proclitic: bool = False) -> bool:
    """Whether the word may be an Arabic past verb of the third person feminine singular:
    it ends in «ت» («أدانت», «ورفضت») and has ``MIN_VERB_LETTERS`` letters, written in
    letters only and counted without a glued «و»/«ف» («وقالت»: «قالت»). With
    ``counting_proclitic`` the «و»/«ف» counts as a letter and marks may stand on the word
    («وصلت», «قَالَت»): ``quote_fronted`` asks so of a word already read as the opening
    verb of its sentence, and its test has been this looser one since session 14."""
    if counting_proclitic:
        return word.folded.endswith(FEMININE_PAST) and len(word.folded) >= MIN_VERB_LETTERS
    bare = without_proclitic(word.folded)
    return word.text.isalpha() and bare.endswith(FEMININE_PAST) and len(bare) >= MIN_VERB_LETTERS


def courtesy_titles() -> frozenset[str]:
    return listed_keys("events/courtesy_titles.txt")


def past_courtesy(tokens: Sequence[Word], k: int) -> int:
    """The first word at or after ``k`` that is no word of courtesy ("معالي", "سمو")."""
    while k < len(tokens) and tokens[k].folded in courtesy_titles():
        k += 1
    return k


TOLD_MARKS = {"\"": "\"", "«": "»", "»": "»", "“": "”", "”": "”", "(": ")"}
"""Marks around an outlet told after «لـ» («لـ"الاقتصادية"», «لـ«عكاظ»», «ل»الرياض»»,
«لـ(عكاظ)»), opening to closing."""
TOLD_WORDS = 4
"""Words of an outlet's name between the marks."""


def past_told_outlet(tokens: Sequence[Word], k: int) -> int:
    """The first word after the outlet an Arabic speech verb tells its words to, in marks
    right after it («وقال لـ"الاقتصادية" مصدر في الوزارة»: the subject follows the
    addressee); ``k`` itself when none stands there. Session 18 (2026-12-06)."""
    if k + 2 >= len(tokens) or tokens[k].text not in ("لـ", "ل") \
            or tokens[k + 1].text not in TOLD_MARKS:
        return k
    close = TOLD_MARKS[tokens[k + 1].text]
    end = next((j for j in range(k + 2, min(len(tokens), k + 3 + TOLD_WORDS))
                if tokens[j].text == close), None)
    return k if end is None else end + 1


@lru_cache(maxsize=1)
def new_speaker_words() -> dict[str, str]:
    return {phrase_key(w): kind for w, kind in load_tsv("events/new_speaker_words.tsv")}


def new_subject(tokens: Sequence[Word], sentence: tuple[int, int],
                verb: Match[str]) -> str | None:
    """Whether a Persian speech verb's sentence says its subject is someone new: "post"
    when a post stands before "نیز" ("مدیرکل میراث فرهنگی ... نیز گفت"), "other" for "یکی
    از ..." opening the sentence; None otherwise: "نیز" after no post ("در ادامه نیز گفت"
    goes on with the speaker before) or in a clause of its own ("با بیان اینکه ... نیز
    ...، تصریح کرد")."""
    words = [w for w in tokens[: verb.first] if w.start >= sentence[0]]
    kinds = [new_speaker_words().get(w.folded) for w in words]
    if "one" in kinds[:1] or _told_by_outlet(words):
        return "other"
    if "also" not in kinds:
        return None
    subject = words[: kinds.index("also")]
    if "clause" in kinds[: len(subject)]:
        return None
    if any(w.folded in role_words() or head_kind(w) == "post" for w in subject):
        return "post"
    return None


def _told_by_outlet(words: Sequence[Word]) -> bool:
    return outlet_noun(words) is not None


def outlet_noun(words: Sequence[Word]) -> Word | None:
    """The noun when the clause before a Persian speech verb opens with "این" and an
    outlet, source or document noun ("این روزنامه نوشت", "این منبع ... اعلام کرده است"):
    the outlet told before speaks, not the last person quoted."""
    marks = [k for k, w in enumerate(words) if w.text in _CLAUSE_MARKS]
    clause = words[marks[-1] + 1 :] if marks else words
    kinds = [new_speaker_words().get(w.folded) for w in clause[:2]]
    return clause[1] if kinds == ["this", "outlet"] else None


@lru_cache(maxsize=1)
def _clause_opening() -> dict[str, str]:
    return {phrase_key(w): kind for w, kind in load_tsv("events/clause_opening_verbs.tsv")}


_CLAUSE_MARKS = frozenset("،,:؛;")
_SHADDA = "\u0651"
"""The doubling mark: written on a form that is also another word, it makes it the verb
(«وفي السياق ذاته بيّن وكيل الأمين أنه»). Session 16 (2026-12-06)."""
PAIR_REACH = 5
"""Words before "وبين" within which a first "بين" makes it "and between"."""


def stands_as_verb(text: str, tokens: Sequence[Word], verb: Match[str]) -> bool:
    """Whether a speech verb form that is also another word ("بين": between) stands where
    a verb does: with the proclitic و/ف on it, or opening its sentence or clause, or after
    a lead word ("كما بينت"). Other forms always do."""
    form = phrase_key(text[verb.start : verb.end])
    if verb.value == "ar" and _after_preposition(tokens, verb):
        return False  # "وكتب على لافتة": a banner; a verb never follows a preposition
    if _clause_opening().get(form) != "verb" or _SHADDA in text[verb.start : verb.end]:
        return True  # «بيّن», «بيَّنت»: the shadda writes the verb; «بين» (between) has none
    word = tokens[verb.first]
    if word.start < verb.start and text[word.start : verb.start] in ("و", "ف"):
        # Not the second half of "بين X وبين Y" ("بينه وبين وزير الإسكان").
        return not any(w.folded.startswith(form)
                       for w in tokens[max(0, verb.first - PAIR_REACH) : verb.first])
    if verb.first == 0:
        return True
    before = tokens[verb.first - 1]
    return before.text in _CLAUSE_MARKS or _clause_opening().get(before.folded) == "lead"


def _after_preposition(tokens: Sequence[Word], verb: Match[str]) -> bool:
    """Whether an Arabic form stands right after a preposition written apart ("على
    لافتة", "في مشيرة"): then it is a noun or an adjective that looks like a participle."""
    if verb.first == 0 or tokens[verb.first].start < verb.start:
        return False
    before = tokens[verb.first - 1].folded
    return prepositions()[0].get(before, "obj") != "obj" and before.isalpha()


def mouth_words() -> frozenset[str]:
    """Words of "على لسان X" (by the mouth of X): X speaks for the body before."""
    return listed_keys("events/mouth_words.txt")


def relation_words(lang: str | None = None) -> frozenset[str]:
    return listed_keys("events/relation_words.txt", lang)


def is_relation_word(word: Word) -> bool:
    """A noun of kinship or representation in the construct state ("والد", "وکیل"): a
    name after it is whose relative or lawyer speaks, not who speaks. With the article it
    is a title in apposition ("المحامي علي حسن" is the lawyer himself), so not this."""
    return word.folded in relation_words()


def arabic_relation_words() -> frozenset[str]:
    """The relation words an Arabic subject is read by: not the Persian rows. Folded, the
    Persian "وکیل" (lawyer) is the Arabic "وكيل", which before a body is a post ("وقال
    وكيل جامعة الملك فهد ... الدكتور X": the deputy speaks, named), not someone's
    representative."""
    return relation_words("ar")


def is_arabic_relation_word(word: Word) -> bool:
    return word.folded in arabic_relation_words()


def represents_person(words: Sequence[Word]) -> bool:
    """Whether an Arabic subject is someone's representative: a relation word of either
    script («وكيل», which before a body is a deputy's post) right before a noun that names
    a person by role («وقال وكيل مغنية الكانتري لين أندرسون», «وكيل اللاعب»): the agent
    speaks, unnamed, not the person named after."""
    return len(words) > 1 and is_relation_word(words[0]) and is_person_role(words[1])


@lru_cache(maxsize=1)
def divine_subjects() -> frozenset[tuple[str, ...]]:
    """The formulas, as folded words, that make God a speech verb's subject."""
    return frozenset(tuple(phrase_key(part) for part in line.split())
                     for line in load_lines("events/divine_subjects_ar.txt"))


def is_divine_subject(rest: Sequence[Word]) -> bool:
    """Whether the words after an Arabic speech verb make God its subject ("قال تعالى",
    "قال عز وجل"): a whole formula of the list, as «عز» alone opens a name ("وقال عز
    الدين الأصبحي"). A mark of vowelling is a word of its own that folds to nothing
    ("عزَّ من قال")."""
    folded = tuple(word.folded for word in rest if word.folded)
    return any(folded[:len(formula)] == formula for formula in divine_subjects())


def person_roles() -> frozenset[str]:
    return listed_keys("events/person_roles_ar.txt")


def is_person_role(word: Word) -> bool:
    """Whether a word names a person by role or calling, with or without the article
    ("المدافع", "الطبيب"; ``person_roles_ar.txt``)."""
    folded = word.folded
    return folded in person_roles() or (folded.startswith("ال") and folded[2:] in person_roles())


def kin_positions(tokens: Sequence[Word]) -> frozenset[int]:
    """Where the words right after a relation word start: a name starting there is whose
    relative or lawyer speaks."""
    return frozenset(tokens[k + 1].start for k in range(len(tokens) - 1)
                     if is_relation_word(tokens[k]))


def participles() -> frozenset[str]:
    return listed_keys("events/participles_ar.txt")


def is_participle(verb: str) -> bool:
    """Whether a speech verb form is an Arabic participle of circumstance ("مشيرا")."""
    return phrase_key(verb) in participles()

