"""Quotes attributed by a phrase instead of a speech verb: "به گفته X", "وفقا لـ X",
"حسب ما أعلنت X", "according to X" (``resources/events/quote_attributions.tsv``).

At the start of its sentence the phrase gives the rest of the sentence to X ("به گفته او،
آزادی زندانیان ..."); later in the sentence it gives the words before it ("صعدت قوة من
الشرطة ...، طبقا لما قاله ضابط الشرطة X"). The speaker is the first person, body or
pronoun within a few words after the phrase; with none ("وفقا للاتفاق", "حسب الخطة") the
phrase attributes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import PRONOUN_SOURCE, Doc, Entity, Quote
from khabar.entities.gazetteer import Match, PhraseIndex, Word
from khabar.entities.titles import role_words
from khabar.entities.words import listed_keys
from khabar.events.participant_words import files_report, is_participant, pronouns, token_index
from khabar.events.quote_names import resumed_name
from khabar.events.quote_outlets import as_cited, outlet_nouns
from khabar.events.quote_relays import is_relay, unnamed_sources
from khabar.events.quote_subjects import subject_phrase
from khabar.events.quote_turns import continued_speaker
from khabar.events.quote_words import head_kind, is_resumption
from khabar.events.state_actors import state_actors
from khabar.resources import load_tsv
from khabar.text.sentences import COMMAS

SPEAKER_REACH = 6
"""Words after the phrase within which its speaker is named ("حسب ما جاء في بيان لوزارة
الدفاع الأمريكية")."""
LEAD_WORDS = 1
"""Words (a conjunction) that may stand before a phrase that opens its sentence."""
MIN_CHARS = 12
_EDGES = " \t\n،,:؛;.«»\"“”"
_COMMAS = frozenset("،,:؛;")
_WHAT = frozenset({"ما", "لما"})
"""«ما» (with «ل» after «طبقا») that opens the report verb of «حسب ما أفادت X»."""
_APART_LAM = frozenset({"ل", "لـ"})
"""The preposition «ل» written apart from its noun («وفقاً لـ "رويترز"»), folded."""


@lru_cache(maxsize=1)
def attribution_phrases() -> PhraseIndex[tuple[str, bool]]:
    """Each phrase with its language and whether it attributes only after a comma."""
    index: PhraseIndex[tuple[str, bool]] = PhraseIndex()
    for phrase, lang, *rest in load_tsv("events/quote_attributions.tsv"):
        index.add(phrase, (lang, rest == ["comma"]))
    return index


def _after_comma(tokens: Sequence[Word], phrase: Match[tuple[str, bool]]) -> bool:
    return phrase.first > 0 and tokens[phrase.first - 1].text in _COMMAS


def _speaker_after(doc: Doc, tokens: Sequence[Word], phrase: Match[tuple[str, bool]]
                   ) -> Entity | None:
    if phrase.last + 1 >= len(tokens):
        return None
    # A name opens within the reach and may run past it ("حسب ما جاء في بيان لوزارة الدفاع
    # الأمريكية"), but the speaker's phrase ends at its comma ("به نوشته این منبع، ملا
    # برادر ..."): a name after it belongs to the attributed words.
    opens = tokens[min(len(tokens) - 1, phrase.last + SPEAKER_REACH)].end
    reach = min([tokens[-1].end,
                 *(w.start for w in tokens[phrase.last + 1 :] if w.text in _COMMAS)])
    named = [e for e in doc.entities if phrase.end <= e.start < opens and e.end <= reach
             and (is_participant(e) or _cited_outlet(tokens, phrase, e))]
    # A state body or office with no name of its own speaks too ("لوزارة الدفاع الأمريكية").
    generic = [e for e in state_actors(doc, tokens)
               if phrase.end <= e.start < opens and e.end <= reach]
    found = sorted([*named, *generic], key=lambda e: e.start)
    if found and found[0].type != "PER":
        return _post_holder_after(doc, tokens, found[0]) or as_cited(found[0])
    return found[0] if found else None


def _cited_outlet(tokens: Sequence[Word], phrase: Match[tuple[str, bool]], entity: Entity
                  ) -> bool:
    """An outlet the entity stage read as who filed the report because its name stands in
    quotation marks, named by the phrase itself: after it the outlet the report cites («...،
    وفق ما ذكرت وكالة "بلومبرغ"», «حسبما نقلت صحيفة «الغارديان»», «حسب تقرير لـ«رويترز»»).
    Only the phrase's «ما» and its verb, the outlet's noun, «تقرير», «لـ» and «في» may stand
    between: an outlet after other words is told («بحسب ثلاث نزيلات تحدثن لـ«عكاظ»»,
    «بحسب ما أفاد به «الشرق الأوسط» X»), has sources («بحسب مصادر "سبق"») or saw the
    source («وحسب تقرير اطلعت "الاقتصادية" عليه»). Session 30 (2026-12-07), quotes_ar15:
    such sentences were left without a quote."""
    if entity.type != "ORG" or not files_report(entity):
        return False
    between = [w for w in tokens[_past_tanween(tokens, phrase.last + 1):]
               if w.start < entity.start and w.text[:1].isalnum()]
    if between and between[0].folded in _WHAT:
        between = between[2:]  # «بحسب ما أفادت»: past «ما» and its verb
    elif tokens[phrase.last].folded.endswith("ما"):
        between = between[1:]  # «حسبما نقلت»: past the verb
    return all(_outlet_lead(w) for w in between) and (
        phrase.first <= LEAD_WORDS or _closes_sentence(tokens, entity))


OUTLET_TAIL = 2
"""Adjectives that may follow the outlet closing a sentence («صحيفة «الغارديان»
البريطانية», «شبكة “روسيا اليوم” الإخبارية»)."""


def _closes_sentence(tokens: Sequence[Word], outlet: Entity) -> bool:
    """Whether the outlet a closing phrase names ends its sentence, but for an adjective or
    two with the article: a phrase inside the sentence («وتعود تفاصيل القضية، بحسب ما
    أوردته صحيفة “الوطن”، إلى ...», «وأضافت الوزارة بحسب “عكاظ” إلى أنه») leaves no
    statement before it, and an outlet with more after it relays («... «واشنطن بوست» عن
    X») or learned from another («حسبما علمت "الوطن" من مصدر خاص»)."""
    after = [w for w in tokens if w.start >= outlet.end and w.text[:1].isalnum()]
    return len(after) <= OUTLET_TAIL and all(w.folded.startswith("ال") for w in after)


def _outlet_lead(word: Word) -> bool:
    """A word that may stand between a phrase and the outlet it names (``_cited_outlet``):
    an outlet's noun, or a word of ``resources/events/outlet_leads_ar.txt`` («حسب تقرير
    لـ«رويترز»»)."""
    return word.folded in outlet_leads() or bool(_bare_forms(word.folded) & outlet_nouns())


def outlet_leads() -> frozenset[str]:
    return listed_keys("events/outlet_leads_ar.txt")


def _unnamed_source(speaker: Entity | None, tokens: Sequence[Word],
                    phrase: Match[tuple[str, bool]]) -> bool:
    """Whether a phrase closing its statement gives it to an unnamed source («...، على ما
    أفاد مصدر في الشرطة», «وفقا لمسؤول في الوزارة»): the body found after the noun only
    says where the source sits, and does not speak. A person named after it («حسب مسؤول
    الإعلام فيها X») speaks as before; the source's own phrase («وفق ما أوضح مسؤول تركي»)
    names no one."""
    k = _past_tanween(tokens, phrase.last + 1)
    if k < len(tokens) and tokens[k].folded in _WHAT:
        k += 2  # «بحسب ما افادت مصادر», «طبقا لما قاله مسؤول»: past «ما» and its verb
    if k >= len(tokens) or (speaker is not None and speaker.type == "PER"
                            and speaker.start > tokens[k].start):
        return False
    folded = tokens[k].folded
    # «وفقا لمصدر»: the preposition the phrase governs its speaker by is written on it.
    return folded in unnamed_sources() or folded.removeprefix("ل") in unnamed_sources()


def _past_tanween(tokens: Sequence[Word], k: int) -> int:
    """The first word from ``k`` on that is not the tanween of «وفقاً» or «طبقاً», which
    the tokenizer leaves as a word of its own with nothing left once folded. Session 25
    (2026-12-07): «وفقاً لمصدر في الوزارة» was read as if «لمصدر» were not there."""
    while k < len(tokens) and not tokens[k].folded:
        k += 1
    return k


PLURAL_PAST_ENDING = "وا"
"""The ending of an Arabic past verb of a plural «they» («ذكروا», «صرحوا»), folded."""


def _plural_pronoun_verb(tokens: Sequence[Word], phrase: Match[tuple[str, bool]]) -> bool:
    """Whether «ما» of the phrase («حسبما», «بحسب ما») is followed by a past verb in the
    plural: its subject is the pronoun it carries, as a named subject after the verb would
    leave it singular, so a body named later («على موقع السوق المالية السعودية») did not
    say it. Session 25 (2026-12-07)."""
    k = _past_tanween(tokens, phrase.last + 1)
    after_what = tokens[phrase.last].folded.endswith("ما")
    if k < len(tokens) and tokens[k].folded in _WHAT:
        k, after_what = k + 1, True
    if not after_what or k >= len(tokens):
        return False
    folded = tokens[k].folded
    return folded.endswith(PLURAL_PAST_ENDING) and len(folded) > len(PLURAL_PAST_ENDING) + 1


@lru_cache(maxsize=1)
def accordance_nouns() -> frozenset[str]:
    """Nouns of a rule or plan (``resources/events/accordance_nouns_ar.txt``)."""
    return listed_keys("events/accordance_nouns_ar.txt")


def _governs_rule(tokens: Sequence[Word], phrase: Match[tuple[str, bool]]) -> bool:
    """Whether the phrase governs a rule, plan or standard («وفقا لمبادئ حسن الجوار»,
    «حسب معايير جامعة تبوك»): it then means "in accordance with", and the body named after
    the noun made the rule but says nothing. Session 25 (2026-12-07)."""
    k = _past_tanween(tokens, phrase.last + 1)
    if k < len(tokens) and tokens[k].folded in _APART_LAM:
        k += 1  # «وفقاً لـ "رويترز"»: the preposition written apart
    if k >= len(tokens):
        return False
    return any(form in accordance_nouns() for form in _bare_forms(tokens[k].folded))


def _bare_forms(folded: str) -> set[str]:
    """A folded noun as written, and without the preposition «ل» and the article: «للخطط»
    (ل + الخطط) is «خطط», «لمبادئ» is «مبادئ»."""
    forms = {folded}
    if folded.startswith("لل"):
        forms.add(folded[2:])
    if folded.startswith("ل"):
        forms.add(folded[1:])
    forms |= {form[2:] for form in forms if form.startswith("ال")}
    return forms


def _opens_later_quote(tokens: Sequence[Word], phrase: Match[tuple[str, bool]],
                       sentence: tuple[int, int], quoted: Sequence[tuple[int, int]]) -> bool:
    """Whether the phrase relays («نقلا عن») and a quote found in the sentence begins after
    it: the phrase then names that quote's source («وذكرت وكالة رويترز نقلا عن الوزير X أن
    ...», ``quote_relays``), and the words before it are the outlet's verb and name, no
    statement. Session 30 (2026-12-07), quotes_ar15."""
    return is_relay(tokens[phrase.first]) and any(
        phrase.end <= start < sentence[1] for start, _ in quoted)


def _post_holder_after(doc: Doc, tokens: Sequence[Word], body: Entity) -> Entity | None:
    """The person a body completes the post of ("طبقا لما قاله ضابط الشرطة X"): the body
    only says whose post it is, so the person named right after it speaks, or, when the
    entity stage missed the name, the post's whole phrase with the name in it."""
    k = token_index(tokens, body.start)
    after = token_index(tokens, body.end)
    if k == 0 or after >= len(tokens) or not _is_post_word(tokens[k - 1]):
        return None
    person = next((e for e in doc.entities if e.type == "PER"
                   and e.start == tokens[after].start), None)
    if person is not None:
        return person
    post = subject_phrase(doc, tokens, k - 1, tokens[-1].end)
    return None if post is None or post.end <= body.end else replace(post, type="PER")


def _is_post_word(word: Word) -> bool:
    return word.folded in role_words() or head_kind(word) in ("post", "source")


def _stripped(text: str, start: int, end: int) -> tuple[int, int, bool]:
    while start < end and text[start] in _EDGES:
        start += 1
    while end > start and text[end - 1] in _EDGES:
        end -= 1
    marked = start > 0 and text[start - 1] in "«\"“" and end < len(text) and text[end] in "»\"”"
    return start, end, marked


def _clause_after(text: str, tokens: Sequence[Word], speaker: Entity) -> int:
    """Where the attributed words begin after "به گفته X،": past the فإن that takes the
    phrase up again ("وحسب X، احد منظمي المظاهرة، فان ..."), else past the comma that
    closes the speaker's phrase, else right after the speaker."""
    resumed = next((w for w in tokens if w.start >= speaker.end and is_resumption(w)), None)
    if resumed is not None:
        return resumed.end
    for word in tokens:
        if word.start >= speaker.end and word.text in COMMAS:
            return word.end
    return speaker.end


def _bare_pronoun(doc: Doc, tokens: Sequence[Word], phrase: Match[tuple[str, bool]]) -> bool:
    """Whether a Persian phrase is followed by a pronoun the entity stage tied to no one
    («به گفته وی» where no person is named within its reach, or only inside quoted words:
    ``coref.resolve_pronouns``). Session 26 (2026-12-07), engineer quotes_fa9."""
    if doc.lang != "fa" or phrase.last + 1 >= len(tokens):
        return False
    word = tokens[phrase.last + 1]
    return word.folded in pronouns(False) and not any(
        e.start <= word.start < e.end for e in doc.entities)


def _bare_pronoun_mention(word: Word) -> Entity:
    """The pronoun as a mention, only to find where the attributed words begin."""
    return Entity(word.start, word.end, type="PER", text=word.text, source=PRONOUN_SOURCE)


def attributed_quotes(doc: Doc, tokens: Sequence[Word], sentence: tuple[int, int],
                      quoted: Sequence[tuple[int, int]], previous: Quote | None) -> list[Quote]:
    """The quotes that attribution phrases give in one sentence."""
    found = []
    for phrase in attribution_phrases().find_all(doc.text, tokens, strip_clitics=True):
        lang, needs_comma = phrase.value
        if doc.lang in ("fa", "ar") and lang != doc.lang:
            continue  # a phrase of another language read in this one's letters
        if needs_comma and not _after_comma(tokens, phrase):
            continue  # «تعليقا على ما أعلنه X»: the object of what comes before
        if phrase.first > LEAD_WORDS and _opens_later_quote(tokens, phrase, sentence, quoted):
            continue  # «وذكرت رويترز نقلا عن X أن ...»: X's source of the quote after it
        if _governs_rule(tokens, phrase):
            continue  # «وفقا لمتطلبات الاتحاد الآسيوي»: in accordance with, not said by
        if _plural_pronoun_verb(tokens, phrase):
            continue  # «حسبما ذكروا على موقع السوق المالية السعودية»: "they" said, no one named
        unread = _bare_pronoun(doc, tokens, phrase)
        speaker = _bare_pronoun_mention(tokens[phrase.last + 1]) if unread \
            else _speaker_after(doc, tokens, phrase)
        if phrase.first > LEAD_WORDS and _unnamed_source(speaker, tokens, phrase):
            # «...، بحسب ما افادت مصادر امنية»: not the body named after the source
            # (session 23 (2026-12-07)). Left unquoted, as a phrase with no speaker is:
            # where such a sentence starts is not always read right.
            continue
        if speaker is None and phrase.first <= LEAD_WORDS:
            speaker = resumed_name(doc, tokens, phrase.last + 1)
        if speaker is None:
            continue
        if phrase.first <= LEAD_WORDS:
            start, end, direct = _stripped(doc.text, _clause_after(doc.text, tokens, speaker),
                                           sentence[1])
        else:
            start, end, direct = _stripped(doc.text, sentence[0], phrase.start)
        if end - start < MIN_CHARS:
            continue
        # «به گفته وی» with no person the entity stage read it for: a verb with no subject
        who = continued_speaker(doc, (None, False) if unread else (speaker, True),
                                phrase.start, sentence, quoted, previous)
        found.append(Quote(start, end, text=doc.text[start:end], speaker=who,
                           verb=doc.text[phrase.start:phrase.end], direct=direct))
    return found
