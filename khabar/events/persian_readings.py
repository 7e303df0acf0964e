"""Persian trigger words read in a sense that tells no act of their type.

«دیدار» is a meeting in political news and a game in sports news ("در دیدار اول مقابل
استونی", "دیدار نهایی مسابقات فوتسال"); a word of match right after it (resources/events/
match_cues_fa.txt) says which. Only words after it count: before it, a team may well be
whom a minister meets ("با اعضای تیم ملی دیدار کرد"). A request to stay unnamed ("که
خواست نامش فاش نشود", an anonymous source) or of God ("از خداوند متعال خواست", a prayer)
asks nothing of anyone (request_senses_fa.tsv). An arrival with no visitor ("روزانه 385
هزار لیتر نفت گاز وارد زابل می‌شود") tells goods, money or vehicles coming in, not a visit,
and a host with no guest hosts a game or a conference ("میزبان مسابقات").
An act with neither actor nor target ("هیچ خطری ... تهدید نمی‌کند") is dropped for Persian
and Arabic alike by ``participant_words.partyless``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import Event
from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.words import keys_by_kind, listed_keys
from khabar.events.lexicon import TriggerHit, match_segment, triggers
from khabar.events.participant_words import PUNCTUATION_BREAKS, outlet_heads, prepositions
from khabar.events.persian_asked import unaddressed
from khabar.events.persian_senses import no_act_sense
from khabar.resources import load_lines
from khabar.text.persian_function_words import FROM, OBJECT_MARK

BARE_NOUN_WEIGHT = 0.4
"""The weight of a noun act no verb tells: that of the lexicon's bare nouns ("حمله")."""
MATCH_REACH = 8
"""Words after the trigger within which a word of match makes a «دیدار» a game."""


def match_words() -> frozenset[str]:
    return listed_keys("events/match_words_fa.txt")


def match_cues() -> frozenset[str]:
    return listed_keys("events/match_cues_fa.txt")


def sports_match(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A Persian meeting word that names a game: a word of match follows it in its clause."""
    if hit.trigger.lang != "fa" or hit.trigger.type != "CONSULT":
        return False
    at = next((k for k in range(hit.first, hit.last + 1) if tokens[k].folded in match_words()),
              None)
    if at is None:
        return False
    # A verb after the word («دیدار کرد») closes its clause: what follows it is another's.
    reach = MATCH_REACH if hit.last == at else 0
    for word in tokens[at + 1 : hit.last + 1 + reach]:
        if word.text in PUNCTUATION_BREAKS:
            return False
        if word.folded in match_cues():
            return True
    return False


def request_senses() -> dict[str, frozenset[str]]:
    """Where -> the phrase keys of ``request_senses_fa.tsv`` (a word and where it stands)."""
    return keys_by_kind("events/request_senses_fa.tsv")


def empty_request(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A Persian request to stay unnamed, or of God."""
    if hit.trigger.lang != "fa" or hit.trigger.type != "REQUEST":
        return False
    after = tokens[hit.last + 1].folded if hit.last + 1 < len(tokens) else ""
    asked = next((tokens[k + 1].folded for k in range(hit.first, hit.last)
                  if tokens[k].folded == FROM), "")
    senses = request_senses()
    return after in senses.get("after", ()) or asked in senses.get("addressee", ())


@lru_cache(maxsize=1)
def preverbs() -> dict[str, frozenset[tuple[str, str]]]:
    """Words that take the light verb after them, each with (light-verb class, act type)
    pairs: ``preverbs_fa.txt`` ("" for any class and no act), and the nouns of the
    lexicon's own "noun + light verb" rows (their class and type: «کمک» takes کردن, so
    «از X کمک خواست» still asks)."""
    found: dict[str, set[tuple[str, str]]] = {
        phrase_key(w): {("", "")} for w in load_lines("events/preverbs_fa.txt")}
    for trigger in triggers("fa"):
        if len(trigger.segments) == 1:
            for alt in trigger.segments[0]:
                if len(alt) == 2 and alt[1].startswith("{"):
                    found.setdefault(alt[0], set()).add((alt[1][1:-1], trigger.type))
    return {word: frozenset(pairs) for word, pairs in found.items()}


def _borrowed_at(text: str, hit: TriggerHit, tokens: Sequence[Word]) -> int | None:
    """Where the noun of a Persian pattern written with a gap ("سفر … {kardan}") ends, when
    another word right before the light verb takes that verb: the verb is that word's
    compound ("سفر دیپلمات‌ها به هاوانا ... ایجاد کرده است": has created; "متهم درخواست پول
    کرده است": asked), unless it is a trigger of the same type ("دیدار و گفتگو کرد")."""
    trigger = hit.trigger
    verb = trigger.segments[-1]
    # "از … {khastan}" opens with a preposition, no noun: the verb is its own.
    if (trigger.lang != "fa" or len(trigger.segments) != 2
            or not all(len(alt) == 1 and alt[0].startswith("{") for alt in verb)
            or tokens[hit.first].folded in prepositions()[0]):
        return None
    noun = match_segment(text, tokens, hit.first, trigger.segments[0], False, True)
    at = next((j for j in range(hit.last, hit.first, -1)
               if (state := match_segment(text, tokens, j, verb, False, True)) is not None
               and state.index == hit.last + 1), None)
    if noun is None or at is None or at <= noun.index:
        return None
    classes = {alt[0][1:-1] for alt in verb}
    kinds = {kind for cls, kind in preverbs().get(tokens[at - 1].folded, ())
             if cls in classes or not cls}
    return noun.index if kinds and trigger.type not in kinds else None


def own_light_verbs(text: str, hits: Sequence[TriggerHit], tokens: Sequence[Word]
                    ) -> list[TriggerHit]:
    """The hits, each whose light verb another word takes read as its bare noun: a mention
    of the act, weighed as one (BARE_NOUN_WEIGHT), not an act the verb tells."""
    out = []
    for hit in hits:
        end = _borrowed_at(text, hit, tokens)
        if end is not None:
            trigger = replace(hit.trigger, tense="noun", segments=hit.trigger.segments[:1],
                              weight=min(hit.trigger.weight, BARE_NOUN_WEIGHT))
            hit = replace(hit, end=tokens[end - 1].end, last=end - 1, trigger=trigger,
                          tense="noun", negated=False, first_person=False)
        out.append(hit)
    return out


def aim_words() -> frozenset[str]:
    return listed_keys("events/aim_words_fa.txt")


def aimed(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A bare Persian noun act right after a word of aim, plan or likelihood («برای حمله به
    ایران», «احتمال حمله»): what is aimed at or feared, not an act told."""
    return (hit.trigger.lang == "fa" and hit.trigger.tense == "noun" and hit.first > 0
            and tokens[hit.first - 1].folded in aim_words())


SIGNED_REACH = 25
"""Words before a Persian signing, in its sentence, within which its agreement is named."""


@lru_cache(maxsize=1)
def agreement_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Words for a formal agreement: whole words, and prefixes (listed with *)."""
    words = [phrase_key(w.rstrip("*")) for w in load_lines("events/agreement_words_fa.txt")]
    stars = [w.endswith("*") for w in load_lines("events/agreement_words_fa.txt")]
    return (frozenset(w for w, star in zip(words, stars, strict=True) if not star),
            tuple(w for w, star in zip(words, stars, strict=True) if star))


@lru_cache(maxsize=1)
def signing_words() -> tuple[str, ...]:
    return tuple(sorted(listed_keys("events/signing_words_fa.txt")))


def unsigned(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A Persian signing («امضا کرد», «به امضا رسید») with no agreement named before it in
    its sentence or inside it: a guest book, a petition, a decree, no SUPPORT."""
    if hit.trigger.lang != "fa" or hit.trigger.type != "SUPPORT" or not any(
            w.folded.startswith(signing_words()) for w in tokens[hit.first : hit.last + 1]):
        return False
    whole, prefixes = agreement_words()
    # Not only the clause: the agreement may open the sentence before a comma ("توافقنامه
    # همکاری میان ... ایران و یونان ،در دیدار ... به امضا رسید").
    keys = (phrase_key(w.text) for w in tokens[max(0, hit.first - SIGNED_REACH) : hit.last + 1])
    return not any(key in whole or key.startswith(prefixes) for key in keys)


SPORTS_WORDS = 5
"""Distinct words of sport that make a Persian article sports news."""


def sport_words() -> frozenset[str]:
    return listed_keys("events/sport_words_fa.txt")


def sports_news_fa(text_words: Sequence[Word]) -> bool:
    """A Persian article (its words) on sport: its meetings are games, its hosts host a
    match; PLOVER codes none of them."""
    words = sport_words()
    found = {w.folded for w in text_words if w.folded in words}
    return len(found) >= SPORTS_WORDS


WARNING = phrase_key("هشدار")
TO = phrase_key("به")


def threat_cues() -> frozenset[str]:
    return listed_keys("events/threat_cues_fa.txt")


def mere_warning(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A Persian warning («هشدار داد») with no threatened act in its sentence: PLOVER's
    THREATEN is a coercive act the actor says it will do, told as a condition and its
    consequence or as a response (threat_cues_fa.txt); a warning of a danger («هشدار داد:
    استفاده از ... خطر ابتلا را افزایش داد») threatens no one."""
    if hit.trigger.lang != "fa" or hit.trigger.type != "THREATEN" or not any(
            w.folded.startswith(WARNING) for w in tokens[hit.first : hit.last + 1]):
        return False
    cues, folded = threat_cues(), [w.folded for w in tokens]
    # a cue of several words is keyed as its words joined («در این صورت» -> «دراینصورت»)
    return not any("".join(folded[k : k + n]) in cues
                   for k in range(len(folded)) for n in range(1, CUE_WORDS + 1))


CUE_WORDS = 3
"""Words a threat cue may hold: «در این صورت», «غیر این صورت» ('otherwise')."""


def trip_other_senses() -> frozenset[str]:
    return listed_keys("events/trip_other_senses_fa.txt")


def no_trip(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A Persian verb of going whose «به» governs no place («به مصاف عراق رفت»: went to play
    Iraq; «به جنگ X رفت»), no visit."""
    return (hit.trigger.lang == "fa" and hit.trigger.roles == "visit"
            and tokens[hit.first].folded == TO and hit.first + 1 <= hit.last
            and tokens[hit.first + 1].folded in trip_other_senses())


def other_sense_fa(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """Whether a Persian hit is read in a sense that tells no act of its type."""
    return (sports_match(hit, tokens) or empty_request(hit, tokens)
            or (hit.trigger.lang == "fa" and unaddressed(hit, tokens)) or aimed(hit, tokens)
            or unsigned(hit, tokens) or mere_warning(hit, tokens) or interview(hit, tokens)
            or no_trip(hit, tokens) or no_act_sense(hit, tokens))


INTERVIEW_REACH = 6
"""Words before a Persian talk word within which its «با» partner stands («با خبرنگار فارس
گفت‌وگو کرد»); after it, the partner follows within half as many («در گفت‌وگو با ...»)."""


@lru_cache(maxsize=1)
def interviewer_words() -> frozenset[str]:
    return listed_keys("events/interviewer_words_fa.txt") | outlet_heads("fa")


def interview(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A Persian talk with the press («در گفت‌وگوی تلفنی با خبرگزاری فرانسه», «با خبرنگاران
    گفت‌وگو کرد»): an interview, no CONSULT between parties."""
    if hit.trigger.lang != "fa" or hit.trigger.type != "CONSULT":
        return False
    before = range(hit.first - 1, max(-1, hit.first - 1 - INTERVIEW_REACH), -1)
    after = range(hit.last + 1, min(len(tokens), hit.last + 1 + INTERVIEW_REACH // 2))
    for ks in (before, after):
        for k in ks:
            if tokens[k].text in PUNCTUATION_BREAKS:
                break
            following = tokens[k + 1].folded if k + 1 < len(tokens) else ""
            if tokens[k].folded == "با" and following in interviewer_words():
                return True
    return False


CONDEMNED = phrase_key("محکوم")
PENALTY_REACH = 6
"""Words before «محکوم» within which «به» and a penalty word sentence someone."""


def penalty_words() -> frozenset[str]:
    return listed_keys("events/penalty_words_fa.txt")


def convicted(hit: TriggerHit, tokens: Sequence[Word]) -> TriggerHit:
    """A Persian «محکوم» after «به» and a penalty word («او را به تحمل ۱۸ ماه حبس محکوم
    کرد», «به قصاص محکوم شد») sentences: SANCTION convict, as the lexicon's «به زندان محکوم»
    rows, not a condemnation. A «را» or a mark between «به» and «محکوم» closes the object
    of a condemnation («حمله به سفارت را محکوم کرد»). Other hits are returned as they are."""
    if hit.trigger.lang != "fa" or hit.trigger.type != "ACCUSE":
        return hit
    at = next((k for k in range(hit.first, hit.last + 1)
               if tokens[k].folded.startswith(CONDEMNED)), None)
    if at is None:
        return hit
    penalty = False
    for word in reversed(tokens[max(0, at - PENALTY_REACH) : at]):
        if word.folded == OBJECT_MARK or word.text in PUNCTUATION_BREAKS:
            return hit
        penalty = penalty or word.folded in penalty_words()
        if word.folded == "به":
            break
    else:
        return hit
    if not penalty:
        return hit
    trigger = replace(hit.trigger, type="SANCTION", mode="convict", contexts=("legal",))
    return replace(hit, trigger=trigger)


def visitorless(hit: TriggerHit, event: Event) -> bool:
    """A Persian visit or arrival whose visitor was found nowhere, or a hosting with no
    guest: «میزبان مسابقات جهانی», «میزبان کنفرانس ... خواهد بود», «از قطعنامه ... استقبال
    کرد» host a tournament, a conference, welcome a resolution; no one visits. An arrival
    in the visitor's own country with no one met is a return home («رئیس مجلس ... پس از سفری
    6 روزه ... وارد تهران شد»), no visit either."""
    if hit.trigger.lang != "fa" or hit.trigger.roles not in ("visit", "host"):
        return False
    if event.actor is None:
        return True
    home = event.actor.country
    # only with no one met: a trip in one's own country to meet someone is a visit
    # («رئیس‌جمهور ... برای دیدار با رئیس مجلس وارد مشهد شد»)
    return (hit.trigger.roles == "visit" and home is not None and event.target is None
            and event.location is not None and event.location.country == home)


