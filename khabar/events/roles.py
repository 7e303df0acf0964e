"""Actor and target of a trigger, from the mentions of its clause.

Persian is subject-object-verb: the subject is the first mention before the verb with no
preposition; "با X" is the co-participant, "X را" the object. Arabic is mostly
verb-subject-object: the subject is the first bare mention after the verb (else the last
one before it, as in headlines); "مع X" is the co-participant, a second bare mention the
object. The trigger's ``roles`` column turns these around for hosting ("استقبل X Y":
Y is the actor), received calls ("من X": X is the actor) and passives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from khabar.entities.gazetteer import Word
from khabar.entities.titles import role_words
from khabar.entities.words import listed_keys
from khabar.events.arabic_lam import lam_doer, lam_target
from khabar.events.arabic_objects import object_first, verb_object
from khabar.events.arabic_preverbal import (
    APPOSITION_REACH,
    OBJECT_REACH,
    call_sender,
    is_passive,
    preverbal_subject,
)
from khabar.events.arabic_readings import by_doer
from khabar.events.participant_words import CLAUSE_BREAKS, QUOTES, prepositions
from khabar.events.participants import Mention
from khabar.events.persian_addressees import addressee
from khabar.events.persian_noun_phrases import cause_held, noun_complement
from khabar.events.persian_phrases import ATTRIBUTION, genitive_chain, governing
from khabar.events.persian_sides import act_sides
from khabar.events.quote_words import is_post_word
from khabar.events.stance_owners import stance_owner
from khabar.text.arabic_conjunction import without_proclitic

TARGET_PREPOSITIONS = ("with", "against", "between")
PARTNER_PREPOSITIONS = ("with", "between")
INDIRECT_PREPOSITIONS = ("against", "to", "from")
"""When nothing is "with" the actor nor its object, the one acted upon is marked by these:
"حمله به X", "X را تهدید کرد", "از X خواست", "هدد بالرد على X"."""


@dataclass(frozen=True, slots=True)
class Roles:
    actor: Mention | None
    target: Mention | None


def _first(ms: Sequence[Mention], *preps: str | None) -> Mention | None:
    return next((m for m in ms if m.prep in preps), None)


def _bare(ms: Sequence[Mention]) -> list[Mention]:
    return [m for m in ms if m.prep is None and not m.obj]


def _agents(ms: Sequence[Mention]) -> list[Mention]:
    """Bare mentions that may be a subject: not a news outlet, which only reports the act."""
    return [m for m in _bare(ms) if not m.outlet]


_JOINERS = frozenset({"و", "\"", "«", "»", "“", "”", "'"})


def _partner(ms: Sequence[Mention], actor: Mention | None,
             tokens: Sequence[Word] | None = None) -> Mention | None:
    """The mention right after the actor, joined by "و" ("عباس و هنیه دیدار کردند"); with
    the words at hand, quotation marks around the names may stand between too
    ("«محمود عباس» و «اسماعیل هنیه»")."""
    if actor is None:
        return None
    for m in ms:
        if m.prep is not None or m.key == actor.key:
            continue
        if m.first in (actor.last + 2, actor.last + 3):
            return m
        between = tokens[actor.last + 1 : m.first] if tokens is not None else ()
        if 0 < len(between) <= 4 and all(w.folded in _JOINERS or w.text in _JOINERS
                                         for w in between) and any(
                                             w.folded == "و" for w in between):
            return m
    return None


GROUP_KEY = "group:"
"""The key prefix of an unnamed group (state_actors._group)."""


def _head_first(agents: list[Mention], tokens: Sequence[Word] | None,
                posts: bool = False) -> list[Mention]:
    """Bare mentions with a title's organisation yielding to the person the title ends in:
    the person heads the apposition, the organisation only says whose envoy or chief he is."""
    if len(agents) < 2 or tokens is None:
        return agents
    first, second = agents[0], agents[1]
    between = tokens[first.last + 1 : second.first]
    # An unnamed group («اختطف مسلحون مجهولون الصحفي X») is no title's organisation: it acts.
    if (first.head.type == "ORG" and (not first.head.country or (posts and _post_of(first, tokens)))
            and second.head.type == "PER"
            and not (first.head.key or "").startswith(GROUP_KEY)
            and len(between) <= APPOSITION_REACH
            and not any(w.text in CLAUSE_BREAKS or w.folded == "و" for w in between)):
        return [second, *agents[2:]]
    return agents


def _post_of(org: Mention, tokens: Sequence[Word]) -> bool:
    """An organisation in the genitive of a post word («استنكر قائد حرس الحدود بمنطقة عسير
    اللواء سفر الغامدي»): it says whose post the person after it holds, even when the body
    has a country; a body of a country with no post before it acts itself («حذرت الحكومة
    اليمنية الرئيس السابق ...»). Read in Arabic only (``posts``). Session 17 (2026-12-06)."""
    return org.first > 0 and is_post_word(tokens[org.first - 1])


GENITIVE_PARTNER_REACH = 6
"""Words from a noun act's first party to the «و» before its second: room for the first's
title ("«X» رئیس‌جمهور فرانسه و «Y»")."""


def _genitive_partner(after: Sequence[Mention], subject: Mention,
                      tokens: Sequence[Word] | None) -> Mention | None:
    """The second party in a noun act's genitive, after «و» ("گفت‌وگوی تلفنی «X» رئیس‌جمهور
    فرانسه و «Y» نخست‌وزیر انگلیس", "دیدار X و Y"): a name right after the first party is
    only its title's country, so the partner is looked for after the «و»."""
    if tokens is None:
        return None
    for k in range(subject.last + 1, min(len(tokens), subject.last + 1 + GENITIVE_PARTNER_REACH)):
        if tokens[k].text in CLAUSE_BREAKS:
            return None
        if tokens[k].folded == "و":
            return next((m for m in after if m.prep is None and not m.obj
                         and k < m.first <= k + 3 and m.key != subject.key), None)
    return None


PHRASE_CLASSES = frozenset({"with", "to", "from", "in"})
"""Classes of prepositions (prepositions.tsv) whose phrase holds a noun and its genitive
("قبل از ورود بوش", "با حضور X", "پس از سفر X"): a name in that genitive is inside it. Not
"for": «برای» may end a title before the person it names ("نماینده سازمان ملل متحد برای صلح
محمد خطیب")."""


def in_phrase(mention: Mention, tokens: Sequence[Word] | None,
              others: Sequence[Mention] = ()) -> bool:
    """A Persian name in the genitive chain of a noun a preposition governs ("ساعتی قبل از
    ورود بوش به سائوپائولو ... معترضین ... حمله کردند", «در خصوص مسایل مورد توجه تهران»):
    no subject of the clause's verb (``persian_phrases.governing``). ``others``: the
    clause's other mentions; a chain does not run over a name («به گفته X انجمن Y»: Y
    heads its own phrase), and a name joined by «و» to one inside a phrase is inside it
    too («از عدم حضور تشکل‌هایی مانند انجمن اسلامی و بسیج»)."""
    if tokens is None or mention.prep is not None:
        return False
    if mention.first >= 2 and tokens[mention.first - 1].folded == "و":
        prior = next((m for m in others if m.last == mention.first - 2), None)
        if prior is not None:
            return in_phrase(prior, tokens, others)
    return governing(tokens, mention.first, _named(others, mention)) in (*PHRASE_CLASSES,
                                                                         ATTRIBUTION)


HELD_PREPOSITIONS = frozenset({*TARGET_PREPOSITIONS, *INDIRECT_PREPOSITIONS})
"""Prepositions whose phrase, holding a name in its genitive chain, marks whom the act is
with, against, to or from («به مواضع ارتش X حمله کردند», «از سیاست‌های دولت X انتقاد
کرد»): the name's state or body shares in the act as its target."""


def _named(ms: Sequence[Mention], mention: Mention) -> frozenset[int]:
    return frozenset(k for m in ms if m is not mention for k in range(m.first, m.last + 1))


def _held(ms: Sequence[Mention], subject: Mention | None, tokens: Sequence[Word] | None,
          trigger: int | None) -> Mention | None:
    """``trigger``: the noun act's last word, past which a chain after it is not read back
    («به دنبال حمله نظامیان X»: X is the attack's doer, not in «به دنبال»)."""
    return next((m for m in ms if m is not subject and m.prep is None and not m.obj
                 and tokens is not None and (trigger is None or m.first > trigger)
                 and governing(tokens, m.first, _named(ms, m),
                               floor=trigger + 1 if trigger is not None else 0)
                 in HELD_PREPOSITIONS
                 and not cause_held(tokens, m, _named(ms, m))), None)


def with_nouns() -> frozenset[str]:
    return listed_keys("events/with_nouns_fa.txt")


def _noun_held(mention: Mention, tokens: Sequence[Word] | None,
               span: tuple[int, int] | None) -> bool:
    """A «با» phrase right after a noun that governs it («مبارزه با داعش», with_nouns_fa.txt)
    belongs to that noun, not to the trigger, unless the noun is the trigger's own word
    («قطع رابطه با X»)."""
    if tokens is None or mention.prep != "with":
        return False
    k = mention.first - 1
    while k >= 0 and (tokens[k].text in QUOTES or tokens[k].folded in role_words()):
        k -= 1
    noun = k - 1
    if noun < 0 or prepositions()[0].get(tokens[k].folded) != "with":
        return False
    return (tokens[noun].folded in with_nouns()
            and not (span is not None and span[0] <= noun <= span[1]))


def persian_roles(roles: str, before: Sequence[Mention], after: Sequence[Mention],
                  tokens: Sequence[Word] | None = None, genitive_at: int | None = None,
                  span: tuple[int, int] | None = None) -> Roles:
    """``genitive_at``: for a noun trigger, the word right after it, where its agent stands
    in the ezafe ("حمله نظامیان اسرائیل به ...", "دیدار رئیس جمهور ایران با ...");
    ``span``: the trigger's first and last words."""
    everywhere = [*before, *after]
    subject = next(iter(_head_first([m for m in _agents(before)
                                     if not in_phrase(m, tokens, before)],
                                    tokens)), None)
    genitive = next((m for m in _agents(after) if genitive_at is not None and tokens
                     and genitive_chain(tokens, genitive_at, m.first)), None)
    if (genitive is not None and subject is not None and roles == "subj" and span
            and tokens and prepositions()[0].get(tokens[span[0]].folded) == "in"):
        # "X در دیدار Y گفت": the meeting is the circumstance of X's words; X met Y.
        return Roles(subject, genitive)
    if genitive is not None and roles in ("subj", "visit"):
        subject = genitive
    sides = act_sides(roles, subject is not None, everywhere, after, tokens, genitive_at, span)
    if sides is not None:  # «گفتگوهای بین A و B»: A with B
        return Roles(*sides)
    if roles == "passive":  # "X توسط Y ربوده شد": Y did it
        return Roles(_first(everywhere, "by"), subject)
    # An outlet "with" the actor interviews him («در گفت‌وگو با شبکه الجزیره»), no partner.
    with_ = _first([m for m in everywhere if not (m.outlet and m.prep == "with")
                    and not _noun_held(m, tokens, span)
                    and not noun_complement(m, tokens, span, everywhere)],
                   *TARGET_PREPOSITIONS)
    obj = next((m for m in reversed(before) if m.obj and m.prep is None), None)
    if roles == "host":
        guest = with_ or _first(everywhere, "from") or obj or next(iter(_bare(after)), None)
        return Roles(guest, subject)
    if roles == "visit":
        return Roles(subject, _first(everywhere, "to") or with_)
    # «خبر سرایت بیماری به X را تکذیب کرد»: a noun's own phrase, not the act's (session 20)
    indirect = next((m for m in everywhere
                     if m.prep in INDIRECT_PREPOSITIONS and m is not subject
                     and not noun_complement(m, tokens, span, everywhere)), None)
    owner = stance_owner(tokens, before, after, *span) if tokens and span else None
    if owner is not None and owner is subject:
        # The first name was the owner of the words in the object, not the doer
        # ("تظاهرکنندگان تصمیم پل برمر ... را محکوم کردند").
        subject = None
    partner = (_genitive_partner(after, genitive, tokens)
               if genitive is not None and subject is genitive
               else _partner(before, subject, tokens))
    # A verb's phrases stand before it; a noun act's after it.
    held = (_held(before, subject, tokens, None) if genitive_at is None or span is None
            else _held(after, subject, tokens, span[1]))
    asked = addressee(everywhere, tokens, span)  # «از Y خواست که با X ...»: Y is asked
    return Roles(subject, owner or asked or with_ or obj or partner or indirect or held)


def _participle_roles(before: Sequence[Mention], after: Sequence[Mention],
                      tokens: Sequence[Word] | None) -> Roles:
    """An Arabic active participle of circumstance ("أدانت X الهجوم، داعية Y إلى ...") acts
    with the subject of its sentence, the first bare name in the clause; its own object, the
    bare name right after it, is the target."""
    subjects = _head_first(_agents(before), tokens, posts=True)
    objects = _head_first(_agents(after), tokens, posts=True)
    return Roles(subjects[0] if subjects else None, objects[0] if objects else None)


def arabic_roles(roles: str, before: Sequence[Mention], after: Sequence[Mention],
                 nominal: bool = False, tokens: Sequence[Word] | None = None,
                 first: int | None = None) -> Roles:
    """``first``: the trigger's first word (a noun right before a verb is its subject)."""
    if roles == "participle":
        return _participle_roles(before, after, tokens)
    bare_after = _head_first(_agents(after), tokens, posts=True)
    bare_before = _agents(before)
    pre = None if nominal else preverbal_subject(before, tokens, first)
    if pre is not None and first is not None:
        # What precedes the subject is the reporting clause's; the object follows the verb
        # closely, and a name far on is in a later clause ("... على مدنيين ... وقال X").
        after = [m for m in after if m.first <= first + OBJECT_REACH]
        near = [m for m in bare_after if m.first <= first + OBJECT_REACH]
        bare_after, before, bare_before = [pre, *near], [], []
    doer = by_doer(after, tokens) if roles == "subj" else None
    if doer is not None and not nominal and (pre is not None or not is_passive(bare_after, doer)):
        doer = None
    if doer is not None:  # "اغتيال الصحفيين على أيدي الحوثيين": the noun's doer is named
        return Roles(doer, next((m for m in bare_after if m.first < doer.first), None))
    if nominal:  # "أعرب X عن سعادته بزيارة باكستان": X acts, the noun's genitive is the target
        bare_after = [*bare_before[-1:], *bare_after]
    sender = None if bare_after or nominal else call_sender(before, tokens, first)
    subject = bare_after[0] if bare_after else (
        sender or (bare_before[-1] if bare_before else None))
    # The object: a person or organisation before a country named in a role phrase
    # ("استقبل الملك رئيس وزراء لبنان الأسبق سعد الحريري": Hariri, not Lebanon).
    # The object's title yields to the person it ends in, as the subject's does ("التقى X
    # مبعوث الأمم المتحدة إلى اليمن Y": Y).
    # A second mention of the subject ("خادم الحرمين الشريفين الملك سلمان") is no object.
    rest = _head_first([m for m in bare_after[1:] if subject is None or m.key != subject.key],
                       tokens, posts=True)
    second = verb_object(rest, tokens, subject)
    if roles == "passive":
        return Roles(_first([*before, *after], "by"), subject)
    if roles == "host":
        return Roles(second or _first(after, "with"), subject)
    if roles == "from":
        caller = _first(after, "from")
        return Roles(caller, subject) if caller else Roles(subject, _first(after, "with"))
    with_ = _first(after, *PARTNER_PREPOSITIONS) or _first(before, *PARTNER_PREPOSITIONS)
    if roles == "visit":
        return Roles(subject, second or _first(after, "to") or with_)
    # "على" is "on" as often as "against": the verb's own object ("سلمت X السلطات العراقية
    # ... بعد غارة على سوريا") comes before a mention it governs.
    against = _first(after, "against") or _first(before, "against")
    indirect = next((m for m in after if m.prep in INDIRECT_PREPOSITIONS), None)
    if with_ is not None and object_first(second, with_, subject, tokens):
        with_ = None  # «طالب البيت الأبيض طالبان بالجلوس مع الحكومة»: Taliban is asked
    return Roles(subject, with_ or second or against
                 or _partner([*before, *after], subject, tokens) or indirect)


def assign(lang: str, roles: str, before: Sequence[Mention], after: Sequence[Mention],
           nominal: bool = False, tokens: Sequence[Word] | None = None,
           last: int | None = None, first: int | None = None) -> Roles:
    """``last``: the trigger's last word (its genitive follows a noun trigger); ``first``:
    its first word."""
    if lang == "fa":
        genitive_at = last + 1 if nominal and last is not None else None
        # The genitive may open with a quotation mark ("گفت‌وگوی تلفنی «فرانسوآ اولاند»").
        while genitive_at is not None and tokens and genitive_at < len(tokens) \
                and tokens[genitive_at].text in QUOTES:
            genitive_at += 1
        span = (first, last) if first is not None and last is not None else None
        found = persian_roles(roles, before, after, tokens, genitive_at, span)
    else:  # «القصف المكثف لطيران التحالف»: the «ل» party is the noun's doer (arabic_lam)
        doer = lam_doer(after, tokens, last) if roles == "subj" and tokens else None
        found = (Roles(doer, lam_target(after, doer, tokens)) if doer and tokens
                 else arabic_roles(roles, before, after, nominal, tokens, first))
    if found.actor and found.target and found.actor.key == found.target.key:
        return Roles(found.actor, None)
    return found


COORDINATING_COMMAS = frozenset({"،", ","})
SUBJECT_OPENING = 3
"""Words before the first clause's subject, from the sentence's start: its verb and an
opener («إلى ذلك أعرب الاتحاد الأوروبي»). A name further on stands in that clause's
object or adjuncts («وأجرى الوزير الأمريكي ... لقاءات مع X»: X is no subject)."""
FEMININE_MARK = "ت"


def _feminine(verb: Word) -> bool:
    """A verb marked feminine (or a form V/VI verb, read so too: the rule then holds back):
    «ونفت», «وتدعم»; a masculine subject shares none (subject agreement)."""
    bare = without_proclitic(verb.folded, min_rest=0)
    return bare.startswith(FEMININE_MARK) or bare.endswith(FEMININE_MARK)


def coordinated_subject(found: Roles, before: Sequence[Mention], tokens: Sequence[Word],
                        first: int, singular: bool) -> Roles:
    """An Arabic masculine singular verb joined by a comma and «و» to the clause before it,
    read with no subject after it, shares that clause's subject: the name opening the
    sentence (a title's organisation yielding to the person), not the last name before the
    verb, which stands in that clause's object or adjuncts («أعرب الاتحاد الأوروبي عن
    بالغ القلق إزاء أعمال العنف بين الجيش التركي ومقاتلي حزب العمال، وطالب بأن ...»: the
    Union asked, not the PKK). A feminine verb may agree with a subject no entity names
    («ورفضت الشركات»): left as read. A plural verb's subject is ``arabic_plurals``'s.
    Session 24 (2026-12-07), issue 6."""
    actor = found.actor
    if (not singular or actor is None or not 0 < first < len(tokens)
            or actor.first >= first or tokens[first - 1].text not in COORDINATING_COMMAS
            or not tokens[first].folded.startswith("و") or _feminine(tokens[first])):
        return found
    agents = _head_first(_agents(before), tokens, posts=True)
    if not agents or agents[0].key == actor.key or agents[0].first > SUBJECT_OPENING:
        return found
    target = found.target if found.target is None or found.target.key != agents[0].key else None
    return Roles(agents[0], target)
