"""Arabic acts a sentence names without telling them done, and meetings with no one met.

A meeting word in a sentence about sport is a game ("عندما يلتقي غريمه الأهلي ... على
ملعب", "19 لقاء في الدوري"). An act after a request, led by its preposition, is what the
request asks for ("دعا X إلى زيارة عدن", "داعين الكونغرس إلى رفض الاتفاق", "طالب
بالإفراج عن"): the request is the act told. An imperfect verb after the lam of purpose
("ليختطف شباب الأمة") is what someone sets out to do; a planned meeting is left to the
stage, which makes it AGREE. A trigger right after a word of family name ("صالح آل طالب")
is part of a name. A verb right after a relative pronoun says which noun is meant ("الاتفاق
الذي أبرم يوم الثلاثاء"): background. Inside quoted speech a speaker says the act ("قال
... «لن نجري أي محادثات»"); the report does not tell it. And a meeting or visit (or one
planned) that meets no one names no second party: PLOVER's CONSULT is between two, and a
visit to a hall, a school or an area ("زار الوفد أربع مدارس", "قام الحضور بزيارة لقاعة")
is no consultation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from khabar.entities.gazetteer import Word, clitics, phrase_key
from khabar.entities.phrases import clitic_variants
from khabar.entities.words import listed_keys
from khabar.events.arabic_attack_clauses import attack_clause
from khabar.events.arabic_forms import FUTURE_PREFIX, IMPERFECT_PREFIXES, PURPOSE_PREFIX
from khabar.events.clauses import markers, speech_forms
from khabar.events.lexicon import TriggerHit
from khabar.events.merging import Draft
from khabar.events.participant_words import PUNCTUATION_BREAKS, prepositions
from khabar.events.relative_acts import named_antecedent
from khabar.resources import load_tsv
from khabar.text.arabic_conjunction import without_proclitic

if TYPE_CHECKING:
    from khabar.doc import Entity
    from khabar.events.roles import Roles

REQUEST = "REQUEST"
MEETING = "CONSULT"
OBJECT_PREFIX = "ب"
"""The preposition a request's object may be glued to ("طالب بالإفراج عن ...")."""


def sport_words() -> frozenset[str]:
    return listed_keys("events/sport_words_ar.txt")


@lru_cache(maxsize=1)
def sport_lookalikes() -> dict[str, str]:
    """Words that look like a game's word but are others, by kind: ``own``, a word of its
    own ("فكرة": an idea, not "ف" + "كرة"); ``attribute``, an adjective after a definite
    noun ("الاجتماع الدوري": periodic)."""
    return {phrase_key(w): kind for w, kind in load_tsv("events/sport_lookalikes_ar.tsv")}


def family_words() -> frozenset[str]:
    return listed_keys("events/family_words_ar.txt")


def _firsts(hit: TriggerHit) -> set[str]:
    return {alt[0] for alt in hit.trigger.segments[0] if alt}


def _through(prefix: str, hit: TriggerHit, folded: str) -> bool:
    """Whether the trigger's first word was matched only with ``prefix`` glued before it
    ("بالإفراج" for "الإفراج"); a listed form that starts so is the word itself."""
    firsts = _firsts(hit)
    rest = folded[len(prefix):]
    return folded.startswith(prefix) and folded not in firsts and (
        rest in firsts or "ا" + rest in firsts)


SPORTS_WORDS = 4
"""Distinct words of a game (sport_words_ar.txt, without the article) that make an article
sports news: 29 of 30 drawn from non-gold SaudiNewsNet articles with 4 or 5 were match
reports, transfers and club news; 7% of the corpus has 4 or more, no gold article any."""


@lru_cache(maxsize=1)
def _clitic_letters() -> frozenset[str]:
    return frozenset(prefix[:1] for prefix, _ in clitics())


def _game_word(word: Word, before: Word | None = None) -> str | None:
    """The game's word ``word`` reads as (without the article), if any; ``before``, the
    word right before it, may make it an attribute (``_attribute``)."""
    if word.folded in sport_words():
        return None if _attribute(word, before) else word.folded.removeprefix("ال")
    if word.folded[:1] not in _clitic_letters() or sport_lookalikes().get(word.folded) == "own":
        return None  # no proclitic to strip (most words), or a word of its own ("فكرة")
    return next((rest.removeprefix("ال") for _, rest in clitic_variants(word)
                 if rest in sport_words()), None)


def sports_news(text_words: Sequence[Word]) -> bool:
    """An Arabic article (its words) on sport: its 'meetings', 'attacks' and 'refusals' are
    games and transfers, and PLOVER codes none of them."""
    found: set[str] = set()
    for k, word in enumerate(text_words):
        game = _game_word(word, text_words[k - 1] if k else None)
        if game is not None:
            found.add(game)
            if len(found) >= SPORTS_WORDS:
                return True
    return False


def sports_game(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A meeting word ("يلتقي", "لقاء") in a sentence that names a game's words
    (sport_words_ar.txt, proclitics allowed: "بالدوري", "لبطولة")."""
    if hit.trigger.type != MEETING or hit.trigger.mode != "meet":
        return False
    return any(_game_word(word, tokens[k - 1] if k else None) is not None
               for k, word in enumerate(tokens))


PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما")
"""Pronouns glued to a noun's end ("اجتماعه"): it is definite. Read on the written word,
where «ة» is not «ه»."""


def _attribute(word: Word, before: Word | None) -> bool:
    """A game's word that is an adjective after a definite noun, agreeing with it: "الاجتماع
    الدوري", "اجتماعه الدوري" are periodic meetings; after an indefinite noun ("لقاء
    الدوري", "بطل الدوري") or a preposition it is the league."""
    return (before is not None and sport_lookalikes().get(word.folded) == "attribute"
            and (any(rest.startswith("ال") and len(rest) > ARTICLE_WORD
                     for _, rest in clitic_variants(before))
                 or before.text.endswith(PRONOUN_ENDINGS)))


ARTICLE_WORD = 3
"""Letters a definite noun holds at the least past this many: "الى", "الا" (إلى, إلا,
written without hamza) are particles, not the article and a noun."""


def _same_clause(tokens: Sequence[Word], after: int, before: int) -> bool:
    return not any(w.text in PUNCTUATION_BREAKS for w in tokens[after + 1 : before])


def requested(hit: TriggerHit, hits: Sequence[TriggerHit], tokens: Sequence[Word]) -> bool:
    """An act a request in its clause asks for, led by "إلى" or a glued "ب": asked, not
    done."""
    if hit.trigger.type == REQUEST or hit.first == 0:
        return False
    towards = {word for word, part in prepositions()[0].items() if part == "to"}
    led = (tokens[hit.first - 1].folded in towards
           or _through(OBJECT_PREFIX, hit, tokens[hit.first].folded))
    return led and any(h.trigger.type == REQUEST and h.last < hit.first
                       and _same_clause(tokens, h.last, hit.first) for h in hits)


PURPOSED_NOUNS = frozenset({"SUPPORT", "COOPERATE", "AID", "AGREE", "CONCEDE", "RETREAT"})
"""Types whose verbal noun after «ل» is an aim («لدعم الحكومة», «لتسليم شهر»). A conflict's
noun after «ل» is most often the object of the verb before it («تعرض لهجوم», «تصدت لهجمات
شنها ...»): the act told."""


def purposed(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """An imperfect verb after the lam of purpose ("ليختطف", "لتسلم جائزة"), or a
    cooperative act's verbal noun after it ("لدعم الحكومة", "لتسليم شهر"): an aim, not an
    act told done. A meeting so named is a plan, read by the stage (AGREE)."""
    folded = tokens[hit.first].folded
    if hit.trigger.type == MEETING or not _through(PURPOSE_PREFIX, hit, folded):
        return False
    if hit.trigger.type in PURPOSED_NOUNS:
        return True  # a past verb takes no «ل»: «لدعم» is the verbal noun
    return (hit.trigger.tense != "noun"
            and folded[len(PURPOSE_PREFIX):][:1] in IMPERFECT_PREFIXES)


def name_part(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A trigger word right after a word of family name ("آل طالب", "أبو طالب")."""
    return hit.first > 0 and tokens[hit.first - 1].folded in family_words()


def time_nouns() -> frozenset[str]:
    return listed_keys("events/time_nouns_ar.txt")


def described(hit: TriggerHit, tokens: Sequence[Word], entities: Sequence[Entity] = ()) -> bool:
    """A verb right after a relative pronoun ("الاتفاق الذي أبرم يوم الثلاثاء", "التدابير
    التي يطالب بها الدائنون"): it tells what a noun is, background to the news. After a
    noun of time ("في الوقت الذي هاجم فيه") the clause tells when, and the act is told; after
    a named party it tells what that party did (relative_acts), and after an attack noun
    the attack (arabic_attack_clauses: «الحادث الذي استهدف X»)."""
    k = hit.first - 1
    return (hit.trigger.tense != "noun" and k >= 0
            and named_antecedent(tokens, hit, entities) is None
            and not attack_clause(tokens, hit)
            and markers().get(tokens[k].folded) == "relative"
            and not (k > 0 and any(rest in time_nouns()
                                   for _, rest in clitic_variants(tokens[k - 1]))))


OPENING = {"«": "»", "“": "”", '"': '"'}
QUOTED_WORDS = 3
"""Words a quotation must hold to be speech, not a name or a term set off («حماس»)."""


def _spoken(tokens: Sequence[Word], opened: int) -> bool:
    """Quotation marks opened by speech: a colon right before them, or a speech verb before
    them in the sentence ("وكان خامنئي قال ... «لن نجري ...»"). Not a text an act issues
    ("أصدر \"المرسوم ... القاضي بمنح عفو\""), which tells the act itself."""
    if opened > 0 and tokens[opened - 1].text == ":":
        return True
    forms = speech_forms()
    return any(w.folded in forms or (w.folded[:1] in "وف" and w.folded[1:] in forms)
               for w in tokens[:opened])


def quoted(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A trigger inside quoted speech (marks a speech verb or colon opens, holding at least
    QUOTED_WORDS words; an unclosed mark runs to the sentence's end): what the speaker
    says, not what the report tells («لن نجري أي محادثات مع الولايات المتحدة ...»)."""
    opened: int | None = None
    for k in range(hit.first):
        mark = tokens[k].text
        if opened is not None and mark == OPENING[tokens[opened].text]:
            opened = None
        elif opened is None and mark in OPENING:
            opened = k
    if opened is None or not _spoken(tokens, opened):
        return False
    close = OPENING[tokens[opened].text]
    end = next((k for k in range(hit.last + 1, len(tokens)) if tokens[k].text == close),
               len(tokens))
    return sum(w.text[:1].isalnum() for w in tokens[opened + 1 : end]) >= QUOTED_WORDS


def unsaid(hit: TriggerHit, hits: Sequence[TriggerHit], tokens: Sequence[Word],
           entities: Sequence[Entity] = ()) -> bool:
    """Whether an Arabic hit names an act the sentence does not tell as done."""
    return (sports_game(hit, tokens) or requested(hit, hits, tokens) or purposed(hit, tokens)
            or name_part(hit, tokens) or described(hit, tokens, entities)
            or quoted(hit, tokens))


def one_sided(draft: Draft, lang: str) -> bool:
    """An Arabic meeting or visit held with no one met (no target). A planned one
    («سيبدأ ... جولة تشمل», «إنه سيجتمع مع الرعاة») is kept: a plan is told before its
    partners are named, and EVENT-CONVENTIONS codes it as AGREE with future, whoever it is
    with (session 14 (2026-12-06)). A plan is a verb in the future (``future_verb``), not
    a verbal noun of purpose («متحفزا للقاء هذا المفكر», «قدم طلبًا لزيارة العراق») nor a
    present imperfect («والأرض تهاتف ركبتيه»), which name no plan of the party's."""
    planned = (draft.event.future and not draft.event.hypothetical
               and future_verb(draft.event.trigger or ""))
    return lang == "ar" and draft.kind == MEETING and draft.event.target is None and not planned


def future_verb(trigger: str) -> bool:
    """Whether a trigger opens with an imperfect carrying the future prefix «س» («سيلتقي»,
    «وسيزور», «ستعقد»), a glued «و»/«ف» aside."""
    first = trigger.split()[0] if trigger.split() else ""
    bare = without_proclitic(first)
    return bare.startswith(FUTURE_PREFIX) and bare[1:2] in IMPERFECT_PREFIXES


STANCE = "stance"
"""The roles of a stance told with a verbal noun («أعرب X عن رفضه», «أكد X تضامنه»)."""


def stance_roles(roles: Roles, hit: TriggerHit) -> Roles:
    """A stance told with a verbal noun names its subject between the verb and the noun
    («أعرب الوزير عن رفضه»); a party after the noun is what the stance is about («أكد الجانبان
    رفضهما لمحاولات إيران»: Iran is rejected, not rejecting), so it is the target, and with
    no subject inside the phrase the act has no named actor («عبر المتظاهرون عن رفضهم
    لسياسة الحكومة»)."""
    if hit.trigger.roles != STANCE or roles.actor is None or roles.actor.start < hit.end:
        return roles
    return replace(roles, actor=None, target=roles.actor)


VICTIM_REACH = 8
"""Words between a word of suffering and the victim it names ("أصيب سبعة أشخاص بجروح بينهم
خمسة من رجال الشرطة")."""


def victim_words() -> frozenset[str]:
    return listed_keys("events/victim_words_ar.txt")


def victim_roles(roles: Roles, hit: TriggerHit, tokens: Sequence[Word]) -> Roles:
    """An attack told with a noun after its victims («أصيب خمسة من رجال الشرطة في هجوم
    مسلح», «مقتل شرطي في انفجار»): a party named after the word of suffering and before
    the noun is whom the attack struck, not who made it."""
    actor = roles.actor
    if (hit.trigger.lang != "ar" or hit.trigger.type != "ASSAULT" or hit.trigger.tense != "noun"
            or actor is None or actor.start >= hit.start):
        return roles
    before = tokens[max(0, actor.first - VICTIM_REACH):actor.first]
    if not any({rest for _, rest in clitic_variants(w)} & victim_words() for w in before) \
            or any(w.text in PUNCTUATION_BREAKS for w in tokens[actor.first:hit.first]):
        return roles
    return replace(roles, actor=None, target=roles.target or actor)
