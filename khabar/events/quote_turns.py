"""Who goes on speaking: a quote with a pronoun or no subject of its own ("وی افزود",
"وأضاف") continues the previous quote's speaker when the verbs agree, an unnamed post's
quote takes the speaker who then goes on ("ایرج فاضل افزود"), and the name a pronoun or
role phrase refers to is reported instead of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from khabar.doc import PRONOUN_SOURCE, SUBJECT_SOURCE, Doc, Entity, Participant, Quote
from khabar.entities.gazetteer import Match, Word, phrase_key, words
from khabar.entities.words import listed_keys
from khabar.events.antecedents import (
    REFERRING_SOURCES,
    last_person_before,
    named_people_before,
    sentence_before,
    sentence_words,
    starts_within,
)
from khabar.events.participant_words import files_report, is_participant, pronouns, token_index
from khabar.events.quote_credited import credited_outlet
from khabar.events.quote_feminine_subjects import feminine_subject_before
from khabar.events.quote_holders import post_chain_holder, post_chain_word
from khabar.events.quote_main_clause import clause_opening
from khabar.events.quote_names import whole_name
from khabar.events.quote_persian import opens_with_post, persian_subject_words
from khabar.events.quote_roles import role_holder
from khabar.events.quote_speakers import persons_between
from khabar.events.quote_subjects import SUBJECT_WORDS, is_told, opens_with_verb
from khabar.events.quote_untagged_fa import reads_as_name
from khabar.events.quote_words import (
    is_participle,
    is_post_word,
    new_speaker_words,
    new_subject,
    plural_fa,
    speech_verbs,
    turn_markers,
    unnamed_quantifiers,
    verb_person,
)
from khabar.events.state_actors import OFFICE
from khabar.text.arabic_conjunction import without_proclitic

CARRY_REACH = 600
"""Characters before a Persian sentence within which the last person named is taken for
the subject a speech verb leaves out (``_carry_since``)."""

CONTINUE_REACH = 400
"""Characters from the end of one quote within which a quote with no subject of its own,
or a pronoun for one ("وی افزود", "وأضاف"), continues the same speaker."""


def named_antecedent(doc: Doc, entity: Entity) -> Entity:
    """The name a pronoun or role phrase refers to (coref gave both the same key), so the
    speaker reads "غسان بن جدو", not "وی"; the entity itself when none is found."""
    if entity.source not in REFERRING_SOURCES or not (entity.key or entity.kb_id):
        return entity
    for other in named_people_before(doc, entity.start):
        if (other.key, other.kb_id) == (entity.key, entity.kb_id):
            return other
    return entity


def continued_speaker(doc: Doc, found: tuple[Entity | None, bool], position: int,
                      sentence: tuple[int, int], quoted: Sequence[tuple[int, int]],
                      previous: Quote | None, verb: str | None = None) -> Participant | None:
    """The speaker: a named subject as it is; a pronoun, or no subject at all, continues
    the previous quote's speaker when that quote ends shortly before (and, in Arabic, its
    verb agrees with this one's), else stands for the last person named (outside quotes)."""
    entity, explicit = found
    if _named_only_in_quotes(doc, entity, quoted):
        entity, explicit = None, False  # read as a verb with no subject of its own
    if entity is not None and entity.source != PRONOUN_SOURCE:
        return _named(doc, entity)
    if explicit and entity is None:
        return None
    if previous is not None and credited_outlet(doc, previous):
        return _named(doc, _credited_narration_person(doc, previous, sentence, quoted))
    near = previous is not None and 0 <= position - previous.end <= CONTINUE_REACH
    if doc.lang == "fa" and entity is None and plural_fa(verb):
        # "کارکنان روزنامه اظهار داشتند", "مقامات آگاه تأکید کردند": a plural verb whose
        # subject names no person goes on with no one named before, only with the
        # speaker of a plural verb just before (a group, or a dignitary told in the
        # plural of respect: "... تصریح کردند ... افزودند").
        return previous.speaker if near and previous is not None \
            and plural_fa(previous.verb) else None
    if doc.lang == "ar" and entity is None and verb_person(verb or "") == "pl" and not (
            near and previous is not None and verb_person(previous.verb or "") == "pl"):
        # "قال شهود عيان ... وأضافوا أن": a plural verb with no subject goes on with a
        # group, never with the one person named last.
        return None
    if near and previous is not None and previous.speaker is None and doc.lang == "ar" \
            and entity is None:
        # "وقالت مصادر ... وأضافت أن", "أشارت الخلية ... مشيرة إلى أن": the unnamed
        # speaker goes on, unless a person spoke in the sentence before, or that sentence
        # opens with its verb and a named subject ("وكانت قوات الدفاع الشعبي ... دانت ...
        # . وقالت إن"). A feminine verb after an unnamed official's ("أبدت هيئة السوق ...
        # مؤكدة") is someone else's, but no more the last person named's.
        return _named(doc, _told_speaker(doc, sentence, previous.end)
                      or _previous_subject(doc, sentence))
    if near and previous is not None and previous.speaker is not None:
        if _disagree(verb, previous.verb):
            # "وقال حجي إن ..." then "قالت أنوار إنفست ... إنها": a feminine verb does not
            # go on with the man or masculine body who spoke, but with a body a feminine
            # verb opened a sentence with («هونت وزارة الخارجية ... . وقالت إن»).
            return _named(doc, _feminine_body(doc, verb, sentence)) if entity is None else None
        newer = (_told_speaker(doc, sentence, previous.end)
                 or _subject_since(doc, sentence, previous)) \
            if doc.lang == "ar" and entity is None else _new_topic(doc, entity, previous.end)
        return previous.speaker if newer is None else _named(doc, newer)
    if entity is not None:
        return _named(doc, entity)
    topic = _previous_subject(doc, sentence) if doc.lang == "ar" else None
    if topic is None and _feminine_goes_on(doc, verb, previous):
        return previous.speaker if previous is not None else None
    return _named(doc, topic or last_person_before(doc, sentence[0], quoted,
                                                   since=_carry_since(doc, sentence, position))
                  or _feminine_body(doc, verb, sentence))


def _carry_since(doc: Doc, sentence: tuple[int, int], position: int) -> int:
    """Where the last person named may stand for a Persian speech verb with no subject of
    its own and no quote just before to go on with: within CARRY_REACH characters of its
    sentence. Further back, the one named is as often another party of the story («یکی
    از مدیران شهری اصفهان ... گفته بود» took a site named 8,000 characters before, an
    interview's answer a name from its introduction) as the speaker, so no one is told.
    A pronoun («وی گفت») or a post («مدیر کل ... افزود», «امروز اگر رئیس ورزش کشور ...
    می‌گوید») before the verb refers back as far as it must. Session 30 (2026-12-07),
    issue 6, engineer quotes_fa15."""
    before = words(doc.text, sentence[0], position)
    if doc.lang != "fa" or any(w.folded in pronouns(arabic=False) or is_post_word(w)
                               for w in before):
        return 0
    return max(0, sentence[0] - CARRY_REACH)


def _credited_narration_person(doc: Doc, credited: Quote, sentence: tuple[int, int],
                               quoted: Sequence[tuple[int, int]]) -> Entity | None:
    """Who a speech verb with no subject goes on with after a sentence an attribution
    phrase credits to an outlet (``quote_credited``): not the outlet, but the last person
    named since that sentence opened, in its words too, which are the story's narration
    («لكن روزالي جرابل أمضت ...، حسب «رويترز». ... وقالت:»: Rosalie); none when no one
    is («...، بحسب ما لاحظ مراسلو فرانس برس. وقال مقاتل ...»: not a man named far back).
    Session 30 (2026-12-07), quotes_ar16."""
    opening = sentence_words(doc, credited.start)
    since = opening[0].start if opening else credited.start
    return last_person_before(doc, sentence[0], [
        span for span in quoted if span != (credited.start, credited.end)], since=since)


def _feminine_body(doc: Doc, verb: str | None, sentence: tuple[int, int]) -> Entity | None:
    """For an Arabic feminine verb with no subject and no one to go on with, the body a
    feminine verb opened a sentence before with (``feminine_subject_before``)."""
    if doc.lang != "ar" or verb_person(verb or "") != "f":
        return None
    return feminine_subject_before(doc, sentence)


def _named_only_in_quotes(doc: Doc, pronoun: Entity | None,
                          quoted: Sequence[tuple[int, int]]) -> bool:
    """Whether the entity stage read a pronoun subject as a person named only inside
    quoted words («وی ... گفت: ... ورود مردم فراری ... . وی افزود»: "fugitive" taken for
    a name): a pronoun that tells who speaks stands for the speaker going on or a person
    the narration names, never for someone named in the speech, so it is read as a verb
    with no subject. Session 25 (2026-12-07), engineer quotes_fa8."""
    if pronoun is None or pronoun.source != PRONOUN_SOURCE or not quoted:
        return False
    named = named_antecedent(doc, pronoun)
    if named is pronoun:
        return False
    same = [e for e in named_people_before(doc, pronoun.start)
            if (e.key, e.kb_id) == (pronoun.key, pronoun.kb_id)]
    return bool(same) and all(starts_within(e, quoted) for e in same)


def _feminine_goes_on(doc: Doc, verb: str | None, previous: Quote | None) -> bool:
    """Whether a feminine Arabic verb with no subject («وبيَّنت:», «وأضافت أن») goes on
    with the speaker of the quote before, also far back, whose verb was feminine too: the
    verb agrees with her (or with a body), not with the last person named since, who is
    as often a man told of in her words («... الأمير خالد الفيصل ... وبيَّنت:»). Read
    after the subject of the sentence before, which the verb takes up first («وشعرت
    برونيت بالإثارة ... وعن ذلك، قالت:»).
    Session 16 (2026-12-06)."""
    return doc.lang == "ar" and previous is not None and previous.speaker is not None \
        and verb_person(verb or "") == "f" and verb_person(previous.verb or "") == "f"


def participle_speaker(doc: Doc, verb: str, sentence: tuple[int, int],
                       previous: Quote | None) -> Participant | None:
    """The speaker of an Arabic participle of circumstance ("أوضح جاموس أن «...»، لافتا
    إلى أن ..."): the subject of the verb it hangs on, whose quote opens the same sentence,
    not a person named in an adverbial before that verb ("وعن الطروحات التي تقدم بها
    المبعوث الدولي ستيفان دي ميستورا، أوضح جاموس"); None when no such quote is there or
    the two forms disagree ("قال X ... مشيرة إلى")."""
    if doc.lang != "ar" or not is_participle(verb) or previous is None \
            or previous.speaker is None or previous.start < sentence[0] \
            or _disagree(verb, previous.verb) or _named_before_verb(doc, sentence, previous):
        return None
    return previous.speaker


def _named_before_verb(doc: Doc, sentence: tuple[int, int], quote: Quote) -> bool:
    """Whether the quote's speaker was read from a name before its verb ("العلاق الذي ...
    لرئيس الوزراء حيدر العبادي قال ..."): a subject before the verb may be misread among
    the names of its relative clause, so a participle after it is left to
    ``participle_subject``."""
    speaker = quote.speaker
    at = doc.text.rfind(quote.verb or "", sentence[0], quote.start)
    if speaker is None or not speaker.text or at < 0:
        return False
    name = speaker.text
    return any(e.type == "PER" and sentence[0] <= e.start < at
               and (e.text == name or name.endswith(e.text)
                    or (e.kb_id is not None and e.kb_id == speaker.kb_id))
               for e in doc.entities)


def _new_topic(doc: Doc, pronoun: Entity | None, since: int) -> Entity | None:
    """The person a pronoun subject stands for when a sentence since the last quote opens
    with their name ("خاتمی ابراز امیدواری کرد که ... . وی ادامه داد:"): the entity
    stage's reading of the pronoun, taken only then, as it is mostly the last person
    named, who may be named in passing ("وی با اشاره به سفر بوش گفت")."""
    if pronoun is None or pronoun.source != PRONOUN_SOURCE or not (pronoun.key or pronoun.kb_id):
        return None
    named = named_antecedent(doc, pronoun)
    if named is pronoun or named.start < since:
        return None
    opening = sentence_words(doc, named.start)
    return named if opening and opening[0].start == named.start else None


def _disagree(verb: str | None, previous: str | None) -> bool:
    """Whether an Arabic speech verb is feminine after a masculine one. Not the other way:
    "وقالت الوزارة في بيان ... وأضاف أن" goes on with the statement (البيان) unsaid."""
    if not verb or not previous:
        return False
    return verb_person(verb) == "f" and verb_person(previous) == "m"


def _told_speaker(doc: Doc, sentence: tuple[int, int], since: int) -> Entity | None:
    """The person who spoke with no quote of their own in the sentence before, when it
    opens with an Arabic speech verb ("واكد مسؤول الاتصالات ويلي نياميتوي مقتل الجنرال.
    وقال في تغريدة ..."): a verb with no subject goes on with that person, not with the
    speaker of a quote before them (``since``: where that quote ends)."""
    tokens = sentence_before(doc, sentence[0])
    if not tokens:
        return None
    verb = speech_verbs().match_at(doc.text, tokens, 0, strip_clitics=True)
    if verb is None or verb.value != "ar":
        return None
    reach = tokens[min(len(tokens) - 1, verb.last + SUBJECT_WORDS)].end
    return next((p for p in persons_between(doc, verb.end, reach)
                 if p.start >= since and not is_told(tokens, p)), None)


def _previous_subject(doc: Doc, sentence: tuple[int, int]) -> Entity | None:
    """The subject of the sentence before, when it opens with its verb ("وهدد الجيش الكوري
    ... . وأشار في بيان ..."): an Arabic verb with no subject of its own goes on with it.
    The subject may be a post chain ending in the name («نقل نائب خادم الحرمين الشريفين
    الأمير محمد بن نايف ... تعازي ... الملك سلمان ... . وقال:»: the prince, not the king
    named last; session 19 (2026-12-06)). The verb may follow a phrase that hands the word
    on («من جانبه، أثنى الأمين العام سالم سمران على ... . وبين أن»: the new subject;
    session 20 (2026-12-06))."""
    tokens = sentence_before(doc, sentence[0])
    first = clause_opening(tokens)
    if len(tokens) < first + 3 or not opens_with_verb(doc, tokens[first]):
        return None
    return next((e for e in doc.entities if e.start == tokens[first + 1].start
                 and ((e.type == "PER" and not files_report(e)) or is_participant(e))),
                None) or post_chain_holder(doc, tokens, first + 1)


def _subject_since(doc: Doc, sentence: tuple[int, int], previous: Quote) -> Entity | None:
    """The person who is the subject of the sentence before (``_previous_subject``), when
    that sentence comes after the ``previous`` quote and names someone else: an Arabic verb
    with no subject goes on with the person the story turned to, not with the speaker of
    that quote («ويقول جرجس ...: «...». ... ويشير سيدا إلى أنه طرح ... . ويضيف: «...»»:
    Sida). A post chain before the name counts only when all its words are a post's
    (``quote_holders.post_chain_word``): «وكان الرئيس قد التقى سيدا» names Sida as the
    object, and the speaker before goes on. Session 20 (2026-12-06)."""
    subject = _previous_subject(doc, sentence)
    if subject is None or subject.type != "PER" or subject.start < previous.end \
            or previous.speaker is None or _same_name(subject, previous.speaker):
        return None
    tokens = sentence_before(doc, sentence[0])
    chain = tokens[clause_opening(tokens) + 1 : token_index(tokens, subject.start)]
    return subject if all(post_chain_word(doc, w) for w in chain) else None


def _named(doc: Doc, entity: Entity | None) -> Participant | None:
    """The speaker under the fullest name the article gives them."""
    return None if entity is None else as_participant(whole_name(doc,
                                                                named_antecedent(doc, entity)))


def as_participant(entity: Entity | None) -> Participant | None:
    if entity is None:
        return None
    return Participant(text=entity.text, start=entity.start, end=entity.end,
                       name_en=entity.name_en, kb_id=entity.kb_id, country=entity.country,
                       role=entity.role)


def continuation_verbs() -> frozenset[str]:
    return listed_keys("events/quote_continuations.txt")


def _continues(verb: str) -> bool:
    """Whether a quote's verb says the speaker goes on ("افزود", "وأضاف")."""
    key = phrase_key(verb)
    return key in continuation_verbs() or without_proclitic(key) in continuation_verbs()


def post_subject(tokens: Sequence[Word], verb: Match[str], sentence: tuple[int, int]) -> bool:
    """Whether a speech verb's subject is a post: the words after an Arabic verb, or the
    Persian subject before the verb (``persian_subject_words``), open with a role word
    ("رئیس جامعه جراحان ایران گفت")."""
    if verb.value == "ar":
        return opens_with_post(tokens[verb.last + 1 :])
    if new_subject(tokens, sentence, verb) == "post":
        return True
    return opens_with_post(persian_subject_words(tokens, sentence, verb))


def persian_post_holder(doc: Doc, tokens: Sequence[Word], verb: Match[str],
                        sentence: tuple[int, int]) -> Entity | None:
    """The person named before beside the post that is a Persian speech verb's subject
    ("رئیس اتحادیه گفت" after "علی فتاحی رئیس اتحادیه"), if the article names one."""
    words = persian_subject_words(tokens, sentence, verb)
    if not words:
        return None
    start, end = words[0].start, words[-1].end
    holder = role_holder(doc, Entity(start, end, type="PER", text=doc.text[start:end],
                                     source=SUBJECT_SOURCE))
    # Only a holder told of in an earlier sentence: a name just before the post in this one
    # is the source chain's ("به نقل از آسوشیتد پرس، رئیس شرکت ... افزود") or is read
    # as the speaker's apposition by ``speaker_of`` already.
    return holder if holder is not None and holder.end <= sentence[0] else None


def office_goes_on(doc: Doc, office: Entity | None, previous: Quote | None, at: int) -> bool:
    """Whether a Persian office that speaks with no holder named beside it («امام جمعه
    بوشهر ... گفت» after «آیت الله غلامعلی صفایی‌بوشهری ... اظهار داشت») is the speaker of
    the quote just before: Persian news varies a speaker's name with his office, so the
    office goes on with that person when the quote before ended within ``CONTINUE_REACH``,
    was said by a person named, of the office's country or of none, no other person is
    named between (before the office: one named in its own adverbial is no speaker), and
    no word of "also" («هم», «نیز») stands between the office and its verb. Session 18
    (2026-12-06); session 26 (2026-12-07), engineer quotes_fa10: the adverbial's persons."""
    if office is None or office.source != OFFICE or previous is None \
            or previous.speaker is None or previous.speaker.start is None \
            or not 0 <= at - previous.end <= CONTINUE_REACH:
        return False
    if any(w.folded in listed_keys("events/also_words_fa.txt")
           for w in words(doc.text, office.end, at)):
        return False  # «وزیر دفاع کانادا هم گفت»: someone else, too
    named = [e for e in doc.entities if e.type == "PER" and e.start == previous.speaker.start]
    if named and office.country and named[0].country not in (None, office.country):
        return False  # «وزیر دارایی روسیه» after Chirac: no Frenchman holds it
    # Only a person named before the office: one after it is in its own adverbial
    # («امام جمعه خرم‌آباد با گرامی‌داشت بعثت حضرت رسول اکرم (ص) افزود»).
    return bool(named) and named[0].source not in REFERRING_SOURCES and not any(
        e.type == "PER" and e.source not in REFERRING_SOURCES
        and previous.end <= e.start < office.start for e in doc.entities)


def carried_back(doc: Doc, quotes: list[Quote], told: dict[int, str]) -> list[Quote]:
    """A quote whose subject is a post with no name ("رئیس جامعه جراحان ایران گفت: ...")
    takes the speaker of the next quote when that one goes on from it and names its own
    speaker ("ایرج فاضل افزود: ..."): who "added" said what came before, unless the words
    between hand the word to someone else ("من جهته، أضاف علي ..."). In Persian a next
    quote whose speaker is named there for the first time does too, whatever its verb
    (``introduces_holder``)."""
    out = list(quotes)
    for k in range(len(out) - 1):
        first, then = out[k], out[k + 1]
        if (told.get(first.start) == "post" or _one_unnamed(doc, first, then, told)) \
                and told.get(then.start) == "named" \
                and (_continues(then.verb or "") or introduces_holder(doc, first, then)) \
                and 0 <= then.start - first.end <= CONTINUE_REACH \
                and not new_turn(doc.text[first.end : then.start]):
            out[k] = replace(first, speaker=then.speaker)
    return out


def introduces_holder(doc: Doc, first: Quote, then: Quote) -> bool:
    """Whether a Persian quote names its speaker for the first time in the article, bare
    (no «نیز» after the name), right after a quote told by a post alone: Persian news
    gives the post in the lead and the name in the next sentence ("معاون محیط زیست ...
    گفت: ... . رجبعلی قاسمی، با بیان اینکه ...، اظهار داشت: ..."), so the name is the
    post's holder. A person named before the post's quote (someone already in the story),
    one given a post of their own or one said to speak "also" («X نیز گفت») is someone
    else. Session 17 (2026-12-06),
    from an unread draw of Hamshahri and Fars articles."""
    speaker = then.speaker
    if doc.lang != "fa" or speaker is None or speaker.start is None or speaker.end is None \
            or not (any(e.type == "PER" and e.start == speaker.start for e in doc.entities)
                    or reads_as_name(doc, speaker.start, speaker.end)):
        return False  # "کره شمالی اعلام کرده است": a country, no holder of a post
    if any(e.type == "PER" and e.end <= first.start and _same_name(e, speaker)
           for e in doc.entities):
        return False
    after = words(doc.text, speaker.end, then.start)
    # "صالحی، مدیرکل حراست ... گفت": a name given its own post is someone else.
    return not opens_with_post(after) \
        and not any(new_speaker_words().get(w.folded) == "also" for w in after)


def _same_name(entity: Entity, speaker: Participant) -> bool:
    """Whether a person named before may be the speaker: the same KB id, or the last word
    of either name among the other's words ("طه یاسین رمضان", later "طه یاسین")."""
    if speaker.kb_id is not None and entity.kb_id == speaker.kb_id:
        return True
    one, other = (entity.text or "").split(), (speaker.text or "").split()
    return bool(one and other) and (one[-1] in other or other[-1] in one)


def new_turn(between: str) -> bool:
    key = phrase_key(between)
    return any(marker in key for marker in turn_markers())


def _one_unnamed(doc: Doc, first: Quote, then: Quote, told: dict[int, str]) -> bool:
    """Whether a Persian quote told by one unnamed person («یک متخصص گوش و حلق و بینی ...
    گفت»: an indefinite subject, singular verb, no speaker) is followed by the quote that
    names its speaker for the first time (``introduces_holder``): the news names the
    person in the next sentence, as it does a post's holder. Session 17 (2026-12-06),
    engineer quotes3, after quotes_fa's prototype."""
    if told.get(first.start) != "none" or first.speaker is not None or not first.verb \
            or plural_fa(first.verb) or not introduces_holder(doc, first, then):
        return False
    at = doc.text.rfind(first.verb, 0, first.start)
    opening = sentence_words(doc, at) if at >= 0 else []
    head = next((w for w in opening if w.text[0].isalnum()), None)
    return head is not None and head.folded in unnamed_quantifiers(doc.lang)
