"""Where the narrated clause of a sentence lies: past the attribution, before the quote.

A news sentence often opens with who reports it ("به گزارش X،", "نقلا عن X،") and may end
in quoted speech ("X گفت: ..."); the participants of an event come from what lies between.
What a speaker says inside a direct quote is told, not narrated, and is not coded. Where
the attribution ends is ``attributions.after_attribution``; the clause words' table is
``participant_words.markers``; both re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import Doc
from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.words import listed_keys
from khabar.events.arabic_adverbials import reach_back
from khabar.events.arabic_noun_doers import own_doer
from khabar.events.attributions import after_attribution as after_attribution
from khabar.events.lexicon import TriggerHit
from khabar.events.participant_words import PUNCTUATION_BREAKS, markers
from khabar.events.quote_words import link_words
from khabar.events.quotes import doc_quotes
from khabar.resources import load_lines, load_tsv
from khabar.text.arabic_conjunction import without_proclitic
from khabar.text.persian_verbs import PASSIVE_VERB, passive_at
from khabar.text.sentences import COMMAS

_CLAUSE_BREAKS = frozenset(".:;؛!?؟")
"""Breaks that end a clause (a comma may part a speaker's apposition from the verb)."""
WEAK_NOUN = 0.5
"""Noun triggers weighing less than this ("حمله", "اجتماع") yield to any verb in the sentence."""


@lru_cache(maxsize=1)
def speech_forms() -> frozenset[str]:
    return frozenset(phrase_key(form) for form, _ in load_tsv("events/speech_verbs.tsv"))


def quote_start(tokens: Sequence[Word], end: int) -> int:
    """Where quoted speech begins in a sentence: at a colon after a speech verb ("X گفت:").
    A colon with no speech verb before it ends a dateline ("واس- جدة:"), not a quote."""
    for k, word in enumerate(tokens):
        if word.text != ":":
            continue
        before = [without_proclitic(w.folded) for w in tokens[max(0, k - 8) : k]]
        spans = {"".join(before[i : i + n]) for n in (1, 2, 3) for i in range(len(before))}
        if spans & speech_forms():
            return word.start
    return end


def direct_speech(doc: Doc) -> list[tuple[int, int]]:
    """Spans of direct quotes, which run on past their first sentence to the paragraph's end
    ("X گفت: ... . ... ."): what the speaker says there is told, not narrated."""
    quotes = doc_quotes(doc)
    return [(q.start, q.end) for q in quotes if q.direct]


VERBAL = frozenset({"REQUEST", "REJECT", "ACCUSE", "THREATEN", "AGREE"})
"""Acts done by saying: a noun after such a verb is what is asked for, refused, condemned or
agreed on ("طالب بالإفراج عن", "يرفض وقف إطلاق النار"), not an act that took place."""


SIDES_AFTER = 3
"""Words after an Arabic verb within which "the two sides" is its subject ("اتفق الجانبان")."""


def both_sides(tokens: Sequence[Word], clause: int, hit: TriggerHit, lang: str) -> int | None:
    """Where "the two sides" stands as the subject of a trigger: in the clause before a
    Persian verb, or right after an Arabic one (text position), else None."""
    if lang == "ar":
        span = range(hit.last + 1, min(len(tokens), hit.last + 1 + SIDES_AFTER))
    else:
        span = range(next((i for i, w in enumerate(tokens) if w.start >= clause), 0), hit.first)
    for k in span:
        pair = tokens[k].folded + (tokens[k + 1].folded if k + 1 < len(tokens) else "")
        if "sides" in (markers().get(tokens[k].folded), markers().get(pair)):
            return tokens[k].start
    return None


def refers_back(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A noun trigger right after a demonstrative ("این دیدار", "هذا اللقاء") names an act
    the text has already told; so does a Persian pattern opening with a noun far from its
    light verb ("در این دیدار ... تاکید کرد"). An Arabic row of a verb tense opens with its
    verb («عقد … اجتماعا»), which no demonstrative determines: «عقب ذلك عقد X وY اجتماعا»
    is a new act after the one told (session 17 (2026-12-06))."""
    arabic_verb = hit.trigger.lang == "ar" and hit.trigger.tense != "noun"
    nominal = hit.trigger.tense == "noun" or (len(hit.trigger.segments) > 1 and not arabic_verb)
    return (nominal and hit.first > 0
            and markers().get(tokens[hit.first - 1].folded) == "anaphor")


def definite(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """An Arabic noun trigger with the article ("اللقاء", "الزيارة") or a Persian participle
    describing a noun ("دیپلمات ربوده شده ایرانی"): "the meeting", "the kidnapped diplomat"
    name one the reader knows, and once an act of its type is told, it is that one again."""
    if hit.trigger.lang == "fa":
        return attributive(hit, tokens)
    return hit.trigger.tense == "noun" and tokens[hit.first].folded.startswith("ال")


PARTICIPLE = phrase_key("شده")


def _participle_closers() -> frozenset[str]:
    return listed_keys("events/participle_closers_fa.txt")


def attributive(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A Persian act ending in the bare participle "شده" with a word after it that does not
    close a clause: a verb ends its clause in Persian, so the participle describes a noun."""
    k = hit.last + 1
    return (tokens[hit.last].folded == PARTICIPLE and k < len(tokens)
            and tokens[k].text not in _CLAUSE_BREAKS and tokens[k].text not in COMMAS
            and tokens[k].folded not in _participle_closers())


CESSATION_REACH = 2
"""Words before an act's noun within which a word for its stopping governs it ("وقف دائم
لإطلاق النار")."""


SPEAKER_REACH = 8
"""Words before a link ("که", "إن") within which its speech verb stands: Arabic puts the
speaker between them ("وقال وزير الخارجية السعودي عادل الجبير إن ...")."""


def reported_clause(tokens: Sequence[Word], hit: TriggerHit,
                    name_words: frozenset[int] = frozenset()) -> int | None:
    """Where the reported clause that a trigger stands in begins ("X گفت که ایران ... فرستاده",
    "قال X إن الجيش اعتقل ..."): the text position after its link word; None when the trigger
    is not in reported speech. The speaker's names and posts count as one word
    (``name_words``, as ``find_triggers``), and Arabic adjuncts of time as none: «وقال
    المتحدث باسم وزارة الخارجية الأمريكية جون كيربي اليوم (الاثنين) في مؤتمر صحفي إن»."""
    for k in range(hit.first - 1, 0, -1):
        if tokens[k].text in _CLAUSE_BREAKS:
            return None
        if not {tokens[k].folded, without_proclitic(tokens[k].folded)} & link_words():
            continue
        reach = reach_back(tokens, k, _speaker_reach(tokens, hit, k), name_words)
        before = [without_proclitic(w.folded) for w in tokens[reach:k]]
        spans = {"".join(before[i : i + n]) for n in (1, 2, 3) for i in range(len(before))}
        if spans & speech_forms():
            return tokens[k].end
    return None


PRONOUN_LINK_REACH = 16
"""Words before an Arabic link carrying the speaker's pronoun right before the verb («قال
زعيم جماعة الحوثي في رسالة نشرت على حساب للجماعة على موقع تويتر إنه يرفض») within which
its speech verb stands: the pronoun says the clause is the speaker's own, so a long adjunct
between speaker and link («في رسالة نشرت على ...») does not cut them apart."""
_SPEAKER_PRONOUN_LINKS = ("نه", "نها")


def _speaker_reach(tokens: Sequence[Word], hit: TriggerHit, link: int) -> int:
    if (hit.trigger.lang == "ar" and link == hit.first - 1
            and tokens[link].folded.endswith(_SPEAKER_PRONOUN_LINKS)):
        return PRONOUN_LINK_REACH
    return SPEAKER_REACH


def bare_reported_clause(tokens: Sequence[Word], hit: TriggerHit) -> int | None:
    """Where a Persian reported clause with no «که» begins ("X تاکید کرد آمریکایی‌ها ... حمله
    کردند"): the text position after a speech verb that stands before the trigger in its
    clause with words between them; None when there is none."""
    for k in range(hit.first - 2, 0, -1):
        if tokens[k].text in _CLAUSE_BREAKS:
            return None
        spoken = {"".join(w.folded for w in tokens[k - n + 1 : k + 1]) for n in (1, 2, 3)
                  if k - n + 1 >= 0}
        if spoken & speech_forms():
            return tokens[k].end
    return None


HYPOTHETICAL_REACH = 8
"""Words before a trigger within which a condition word opens its clause ("اگر ... حمله کنند")."""
def hypothetical(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A conditional or merely possible act: a condition word ("اگر", "إذا", "در صورت",
    "ممکن است") before the trigger within its own clause."""
    for k in range(hit.first - 1, max(-1, hit.first - 1 - HYPOTHETICAL_REACH), -1):
        if tokens[k].text in _CLAUSE_BREAKS:
            return False
        pair = tokens[k].folded + (tokens[k + 1].folded if k + 1 < hit.first else "")
        if "hypothetical" in (markers().get(tokens[k].folded), markers().get(pair)):
            return True
    return False


def ceased(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A noun of an act just after a word for its stopping ("وقف إطلاق النار", a ceasefire):
    the act is what stops, not what happened."""
    return any(markers().get(w.folded) == "cessation"
               for w in tokens[max(0, hit.first - CESSATION_REACH) : hit.first])


PHRASE_GAP = 1
"""Words that may part two hits of one type that are one phrase ("تلقى ... اتصالا هاتفيا")."""


def _one_per_phrase(hits: Sequence[TriggerHit], tokens: Sequence[Word]) -> list[TriggerHit]:
    """A hit right after another of the same type continues its phrase: one act, not two.
    A verb after a relative pronoun on a noun of its type («التفجير الذي استهدف X») tells
    that noun's act with its own parties: it stands for the noun (``arabic_content.described``
    then reads whether the clause tells the act or only describes the noun). A punctuation
    mark between them ends the phrase («وتمهيدا لهذا الاجتماع، عقد الوزراء لقاء»): the
    second hit opens a clause of its own."""
    kept: list[TriggerHit] = []
    for hit in hits:
        if kept and kept[-1].trigger.type == hit.trigger.type and (
                0 <= hit.first - kept[-1].last - 1 <= PHRASE_GAP) and not _parted(
                    kept[-1], hit, tokens):
            if _relative_verb(hit, tokens) and kept[-1].tense == "noun":
                kept[-1] = hit
            continue
        kept.append(hit)
    return kept


def _parted(before: TriggerHit, hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """Whether a punctuation mark stands between two hits (none known without the words)."""
    return any(word.text in PUNCTUATION_BREAKS for word in tokens[before.last + 1 : hit.first])


def _relative_verb(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    return (hit.tense != "noun" and 0 < hit.first <= len(tokens)
            and markers().get(tokens[hit.first - 1].folded) == "relative")


def narrative_hits(hits: Sequence[TriggerHit], quoted: int,
                   tokens: Sequence[Word] = ()) -> list[TriggerHit]:
    """Hits outside quoted speech; a noun mention yields to a verb of the same type, a weak
    noun ("حمله", "اجتماع") to any verb, and any noun to a verbal act before it: it is then
    the verb's topic ("condemned the attack", "demanded the release"), not an act of its
    own; unless a word of time puts it beside the verb ("دعا خلال لقائه X": a meeting held).
    """
    told = _one_per_phrase([h for h in hits if h.start < quoted and not h.first_person],
                           tokens)
    # A noun a support verb tells («قام … بزيارة», «عقد … اجتماعا») has that verb's tense:
    # it is a verb of its clause, not a topic yielding to another verb.
    verbs = {h.trigger.type for h in told if h.tense != "noun"}
    said = [h.start for h in told if h.tense != "noun" and h.trigger.type in VERBAL]
    # «القصف الروسي», «الهجوم الذي تبناه داعش»: a noun naming its doer is an act of its own
    return [h for h in told if h.tense != "noun" or circumstance(h, tokens)
            or own_doer(h, tokens)
            or (h.trigger.type not in verbs and not (verbs and h.trigger.weight < WEAK_NOUN)
                and not any(at < h.start for at in said))]


POSSESSIVES = ("ه", "ها", "هم", "هما")
"""Arabic possessive suffixes (his, her, their): "لقائه" is the subject's own meeting."""


def possessed(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """An Arabic noun act with a possessive suffix ("خلال لقائه", "عقب زيارتها"; "ة" is no
    suffix): the act is the sentence subject's own. A Persian noun's final ه is its own
    letter ("در اثر حمله": as a result of the attack), no suffix."""
    return hit.trigger.lang == "ar" and tokens[hit.first].text.endswith(POSSESSIVES)


def circumstance(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A noun right after a word of time ("خلال لقائه", "عقب لقائه"), in another verb's
    sentence: an act that took place beside the verb's. With the article ("خلال اللقاء")
    it is the meeting already told, and yields as any noun does."""
    return (0 < hit.first < len(tokens) and not definite(hit, tokens)
            and markers().get(tokens[hit.first - 1].folded) == "circumstance")


def partner_aside(tokens: Sequence[Word], hit: TriggerHit, first: int) -> bool:
    """Whether a partner named at word ``first`` after the trigger belongs to a noun act a
    word of time ties in between ("أدان X عقب لقائه بـY الهجوم": Y is whom X met, not the
    condemnation's target)."""
    for k in range(first - 1, hit.last, -1):
        if tokens[k].text in _CLAUSE_BREAKS:
            return False
        if markers().get(tokens[k].folded) == "circumstance":
            return True
    return False


@lru_cache(maxsize=1)
def blessings() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(phrase_key(word) for word in line.split())
                 for line in load_lines("events/blessings.txt"))


def _in_blessing(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """Whether the trigger's words stand inside a formula of blessing (blessings.txt)."""
    for formula in blessings():
        size = len(formula)
        for start in range(max(0, hit.last - size + 1), min(hit.first, len(tokens) - size) + 1):
            if all(tokens[start + k].folded == word for k, word in enumerate(formula)):
                return True
    return False


INVOCATION_REACH = 6
"""Words between a verb of asking and God asked: its subject and adverbials («ودعا سموه في
اتصال هاتفي المولى عز وجل أن ...»)."""


def invocation(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A request of God ("داعيا الله أن ...", "ندعو المولى"; «ودعا سموه في اتصال هاتفي
    المولى»: a name of God that is never half of another name, past the subject and
    adverbials, before any «إلى» of a call to do something or a clause break), or a word
    of a blessing formula ("صلى الله عليه وسلم"): a prayer, no act."""
    if hit.trigger.type == "REQUEST":
        after = tokens[hit.last + 1 : hit.last + 1 + INVOCATION_REACH]
        for k, word in enumerate(after):
            if word.text in _CLAUSE_BREAKS or word.folded in _CALL_TO:
                break
            kind = markers().get(word.folded)
            if kind == "invocation_far" or (kind == "invocation" and k == 0):
                return True
    return _in_blessing(hit, tokens)


_CALL_TO = frozenset({"الي", "علي"})
"""Words (folded «إلى», «على») that go on with a call to act («دعا X إلى», «حث X على»): a
name of God after them is not the one asked."""


def passive_phrase(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """A Persian light verb made passive by شدن ("تحویل داده نمی‌شود", "آزاد کرده شد"): its
    subject undergoes the act. Rows of شدن itself say so in their own roles."""
    if hit.trigger.lang != "fa" or "{" + PASSIVE_VERB + "}" in hit.trigger.pattern:
        return False
    folded = [w.folded for w in tokens]
    return any(passive_at(folded, k) for k in range(hit.first + 1, hit.last + 1))
