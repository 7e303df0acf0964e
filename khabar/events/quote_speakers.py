"""Who speaks a quote: the subject of its speech verb, resolved to a name.

Persian puts the subject before the verb ("X گفت"), Arabic mostly after it ("وقال X");
an Arabic body or office may speak ("وقالت وزارة الخارجية"), and a post with no name
("أكد قائد الجيش الباكستاني") stands for the last person of its country. What a pronoun
("وی افزود") or no subject at all ("وأضاف") stands for is decided in ``quote_turns``.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Match, Word
from khabar.events.antecedents import REFERRING_SOURCES, stands_for_person
from khabar.events.arabic_nominatives import unnamed_people
from khabar.events.arguments import office_holder
from khabar.events.participant_words import (
    files_report,
    is_participant,
    prepositions,
    token_index,
)
from khabar.events.quote_bodies import genitive_body, referred_body
from khabar.events.quote_definite_bodies import definite_body, mentioned_body
from khabar.events.quote_documents import (
    document_issuer,
    is_document,
    issued_by,
    issuer_told_before,
)
from khabar.events.quote_fronted import (
    auxiliary_subject,
    fronted_subject,
    main_subject,
    owner_told,
    participle_subject,
)
from khabar.events.quote_holders import holder_by_country, names_holder
from khabar.events.quote_main_clause import main_clause_subject
from khabar.events.quote_names import marked_name, marked_subject
from khabar.events.quote_outlets import cited_outlet, outlet_before
from khabar.events.quote_persian import (
    adverbial_positions,
    clause_start,
    governed_fa,
    governed_in_clause,
    in_subordinate,
    marked_object,
    opens_unnamed,
    persian_subject_words,
)
from khabar.events.quote_roles import role_holder
from khabar.events.quote_subjects import (
    body_antecedent,
    governing_posts,
    is_adjective,
    is_told,
    phrase_speaker,
    refers_back,
    stretched_body,
    subject_phrase,
    under_post,
)
from khabar.events.quote_untagged import untagged_speaker
from khabar.events.quote_untagged_fa import is_title, untagged_subject
from khabar.events.quote_words import (
    head_kind,
    is_arabic_relation_word,
    is_divine_subject,
    is_post_word,
    kin_positions,
    mouth_words,
    new_subject,
    past_courtesy,
    past_told_outlet,
    represents_person,
    unnamed_quantifiers,
)
from khabar.events.state_actors import OFFICE, state_actors, state_phrases
from khabar.meta.outlets import outlets
from khabar.text.sentences import COMMAS


def persons_between(doc: Doc, start: int, end: int) -> list[Entity]:
    # A news outlet the entity stage took for a person ("به نقل از آسوشیتد پرس", "وقال
    # مسؤول تركي لرويترز") is the source chain or the one told, not a speaker.
    return [e for e in doc.entities if e.type == "PER" and start <= e.start and e.end <= end
            and not _is_outlet(e.text) and not files_report(e)]


def _is_outlet(text: str) -> bool:
    """An outlet's name, also with the proclitic that tells it ("لرويترز")."""
    return outlets().lookup(text) is not None or (
        text[:1] in "لب" and len(text) > 3 and outlets().lookup(text[1:]) is not None)


def _bodies(doc: Doc, tokens: Sequence[Word], start: int, end: int) -> list[Entity]:
    """Organisations, countries and state bodies ("وقالت الشرطة", "وزارت بهداشت اعلام کرد")
    that may speak in ``doc.text[start:end]``."""
    named = [e for e in doc.entities if start <= e.start and e.end <= end
             and e.type != "PER" and is_participant(e)]
    generic = [e for e in state_actors(doc, tokens) if start <= e.start and e.end <= end]
    # A body after a role word is a person's post ("رئيس مجلس علماء باكستان"), not a speaker.
    return sorted((e for e in [*named, *generic] if not _after_role_word(tokens, e.start)
                   and not _after_preposition(tokens, e.start)), key=lambda e: e.start)


def _after_role_word(tokens: Sequence[Word], position: int) -> bool:
    k = token_index(tokens, position)  # also a deputy's post: "وكيل جامعة الملك فهد"
    return k > 0 and tokens[k - 1].folded in governing_posts()


def _after_preposition(tokens: Sequence[Word], position: int) -> bool:
    """Whether the name is governed by a preposition: "وأوضح لوكالة فرانس برس" tells to
    whom, not who, spoke. A speaker head opening with «ب» or «ل» («بعثة الأمم المتحدة»,
    «لجنة ...») carries none (session 15 (2026-12-06))."""
    words, clitics = prepositions()
    k = token_index(tokens, position)
    if k < len(tokens) and tokens[k].start < position:  # a proclitic on the name itself
        return tokens[k].folded[:1] in clitics
    if k == 0:
        return False
    before = tokens[k - 1].folded
    return before in words or (len(before) > 3 and before[:1] in clitics
                               and not before.startswith("ال") and head_kind(tokens[k - 1]) is None)


def _unowned_body(doc: Doc, tokens: Sequence[Word], k: int) -> bool:
    """Whether a state body with no country stands at word ``k`` ("وقالت الشرطة")."""
    if k >= len(tokens):
        return False
    match = state_phrases().match_at(doc.text, tokens, k, strip_clitics=True)
    # A proclitic preposition makes it the addressee ("لوزارة الخارجية"), not the speaker.
    return (match is not None and match.value.kind == "body"
            and not _after_preposition(tokens, match.start))


def speaker_of(doc: Doc, tokens: Sequence[Word], verb: Match[str], sentence: tuple[int, int],
               stop: int) -> tuple[Entity | None, bool]:
    """The subject of a speech verb, and whether the clause has one: the person named near
    the verb, else (Arabic) an organisation or state body in the subject's place ("وقالت
    وزارة الخارجية"). A subject found but not named ("وقالت الشرطة") is (None, True); no
    subject at all ("وأضاف", "گفت" alone) is (None, False)."""
    before = persons_between(doc, sentence[0], verb.start)
    after = persons_between(doc, verb.end, stop)
    if verb.value == "ar":
        return _arabic_speaker(doc, tokens, verb, stop, before, after)
    return _persian_speaker(doc, tokens, verb, sentence, before)


def _arabic_speaker(doc: Doc, tokens: Sequence[Word], verb: Match[str], stop: int,
                    before: list[Entity], after: list[Entity]) -> tuple[Entity | None, bool]:
    """``speaker_of`` after an Arabic verb, whose subject mostly follows it: a person, an
    outlet, a body in the subject's place; else a subject phrase (``_arabic_phrase_speaker``).
    ``before`` and ``after`` are the persons named before and after the verb."""
    # "وقال سكودامور لشبكة سكاي سبورتس": a person governed by a preposition is told,
    # and does not tell.
    after = [p for p in after if not is_told(tokens, p) and not under_post(tokens, p)]
    lead = past_told_outlet(tokens, past_courtesy(tokens, verb.last + 1))
    # The subject stands before the quote opens: the quoted words ("وأضاف «كل لاعبي
    # ...»": كل is also a Persian role word) say nothing of who speaks.
    rest = [w for w in tokens[lead:] if w.start < stop]
    if (told := auxiliary_subject(doc, tokens, verb)) is not None:
        return told, True  # "وكان كيري قال ... مع نظيره سامح شكري": Kerry had said
    if not after and (fronted := fronted_subject(doc, tokens, verb)) is not None:
        return fronted  # "إلا أن المصدر الطبي قال إن": the subject before the verb
    if rest and (is_arabic_relation_word(rest[0]) or represents_person(rest)
                 or is_divine_subject(rest)) and not _set_off_name(rest, after):
        return None, True  # "وقال والد مايكل براون": his father, unnamed; "قال تعالى"
    if rest and unnamed_people(doc, rest[0]):
        return None, True  # "إذ أعلن ناشطون أن", "وقال مختصون في ...": unnamed people
    if (outlet := cited_outlet(doc, rest)) is not None:
        return outlet, True  # "وقالت صحيفة «واشنطن بوست» إن", "وأضافت الصحيفة"
    if not after and (marked := marked_subject(doc, rest)) is not None:
        return marked, True  # «وأشارت "صب سي 7" إلى أن»: a name tagged elsewhere only
    # "وقالت في بيان زودت الرياض بنسخة منه", "وشدد على حرص المملكة على سلامة اليمن":
    # the subject is dropped, and a body further on is the statement's addressee,
    # place or object, not its speaker.
    bodies = [] if rest and _drops_subject(doc, rest[0]) else [
        b for b in _bodies(doc, tokens, verb.end, stop)
        if not is_adjective(doc, tokens, b) and not is_told(tokens, b)]
    if not after and _unnamed_members(rest):
        return None, True  # "وقال بعض المسؤولين", "أشارت بعض وسائل الإعلام"
    # "وقال رئيس مجلس ... الشيخ X": a post, not the body, speaks ("وزارة" is no post).
    body_first = bool(bodies and rest and bodies[0].start <= rest[0].start)
    post = (stands_for_person(doc, rest) or (bool(rest) and is_post_word(rest[0]))) \
        and not body_first
    if after and _by_mouth_of(tokens, verb.end, after[0].start):
        return after[0], True  # "قالت شرطة جدة على لسان متحدثها ... القرشي إنها"
    if bodies and not post and (not after or bodies[0].start < after[0].start) \
            and not (after and names_holder(tokens, bodies[0], after[0], doc.entities)):
        return stretched_body(doc, tokens, bodies[0], stop), True
    return _arabic_phrase_speaker(doc, tokens, verb, stop, before, after, lead, post)


def _arabic_phrase_speaker(doc: Doc, tokens: Sequence[Word], verb: Match[str], stop: int,
                           before: list[Entity], after: list[Entity], lead: int, post: bool
                           ) -> tuple[Entity | None, bool]:
    """An Arabic subject that is no person named after the verb: a phrase taken up again
    («وقالت الوزارة»), a document, a post's holder, else the subject of a verb further in
    or of the sentence. ``lead`` is the subject's first word, ``post`` whether it is a post."""
    # A subject that names no one ("وأوضحت وكالة الأنباء اليمنية الرسمية أن") speaks
    # as written, rather than leaving the words to the last person named.
    if not after and (name := untagged_speaker(doc, tokens, lead, stop)) is not None:
        return name, True  # «وقالت سلمى انتيف عضوة ...:», «المتحدث باسم المركز، رأفت الصباغ، أن»
    phrase = None if after else subject_phrase(doc, tokens, lead, stop)
    if phrase is not None and (issuer := issuer_told_before(doc, tokens[lead])) is not None:
        return issuer, True  # "كشف تقرير صادر عن X ... وأوضح التقرير أن"
    if phrase is not None and refers_back(doc, phrase):
        # "وقالت المتحدثة", "وقالت الوزارة": the post or body told of before.
        antecedent = body_antecedent(doc, phrase) or role_holder(doc, phrase)
        if antecedent is not None:
            return antecedent, True
        if head_kind(tokens[lead]) == "body":
            # "وقالت المنظمة" with no organisation of that noun named before: some
            # body speaks, not the person who spoke last.
            return referred_body(doc, phrase) or mentioned_body(doc, phrase), True
        return (before[-1], True) if before else (None, False)
    if phrase is not None and (issuer := issued_by(doc, tokens, lead)) is not None:
        return issuer, True  # "وأوضح تقرير صادر عن الأمم المتحدة أن"
    if phrase is not None and is_document(tokens[lead]):
        return document_issuer(doc, phrase.start), True  # "وقال البيان"
    if phrase is not None and (owner := owner_told(doc, phrase)) is not None:
        return owner, True  # "وقالت أمانة المنظمة": the organisation told of before
    state_body = not after and _unowned_body(doc, tokens, lead)
    named = None if phrase is None else (phrase_speaker(doc, phrase, state_body)
                                         or genitive_body(doc, phrase)
                                         or definite_body(doc, phrase))
    if not after and post:
        return holder_by_country(doc, tokens, verb, stop) or named, True
    if phrase is not None or state_body:
        return named, True
    # "وشكك معهد ... قائلا إن": a verb further in speaks for the sentence's subject,
    # unless a person stands before it ("ونقلت وكالة فارس عن لاريجاني قوله"); a verb
    # joined by و to the one opening the sentence shares its subject ("وعلق مورينيو
    # على تجاهل فينجر له وقال"), not the last person named in between.
    found = after[0] if after else (_coordinated_subject(doc, tokens, verb)
                                    or (participle_subject(doc, tokens, verb, before)
                                        if before
                                        else main_clause_subject(doc, tokens, verb.first)))
    if found is None and not after and not before:
        # "ورفضت متحدثة باسم المكتب التعليق، مشيرة إلى أن": the sentence's subject
        # names no one, and the verb further in is theirs, not the speaker's before.
        return main_subject(doc, tokens, verb)
    return found, found is not None


def _persian_speaker(doc: Doc, tokens: Sequence[Word], verb: Match[str],
                     sentence: tuple[int, int], before: list[Entity]
                     ) -> tuple[Entity | None, bool]:
    """``speaker_of`` before a Persian verb, whose subject precedes it: a person of the
    verb's own clause, else a body, a name marked as one, or one the sentence opens with."""
    # A person in the verb's own clause speaks, not one before its comma ("به گزارش X به نقل
    # از Y، Z گفت").
    clause = clause_start(tokens, sentence, verb)
    head = _apposed_person(tokens, before, clause)
    if head is not None:
        return head, True  # "روبن کوسیلاس، دستیار مانوئل پیگرینی ... اظهار داشت"
    # Before the clause's comma, a person inside a clause of اینکه/که ("خطیب نماز جمعه با
    # اشاره به اینکه بوش از گروه‌ها حمایت کرده است، ابراز داشت") is not the subject.
    # Nor is one inside a phrase of a preposition ("عضو مجلس خبرگان با اشاره به سفر بوش،
    # ... گفت"): a Persian subject never is. Nor, inside the clause, one in the speaker's
    # adverbial ("قاسمیه با اشاره به سیاست‌های مقام معظم رهبری گفت").
    if before:
        kin, adverbial = kin_positions(tokens), adverbial_positions(tokens, clause, verb.start)
        before = [p for p in before if p.start not in kin and p.start not in adverbial]
    own = [p for p in before if p.start >= clause]
    before = [p for p in own if p.source in REFERRING_SOURCES
              or not governed_in_clause(tokens, clause, p)] if own else [
        p for p in before if not in_subordinate(tokens, p.start)
        and not governed_fa(tokens, p.start)]
    body = _persian_body(doc, tokens, sentence, verb)
    # A body opening the clause speaks before a person named inside it ("رژیم صهیونیستی
    # با رد درخواست بشار اسد ... اعلام کرد").
    if before and not (stands_for_person(doc, tokens) and tokens[0].start < before[0].start
                       and not _set_off_holder(tokens, before[0])) \
            and not (body is not None and body.start < before[0].start):
        return before[0], True
    if body is None and not before:
        body = marked_name(doc, tokens, clause, verb.start)
    if body is None and not before and new_subject(tokens, sentence, verb) is not None:
        # "همچنین ... نماینده مردم بیله‌سوار نیز گفت": not the last speaker; "این روزنامه
        # نوشت": the one named with that noun before ("روزنامه نیویورک تایمز"), if any.
        return outlet_before(doc, tokens, sentence, verb), True
    if body is None and not before and opens_unnamed(persian_subject_words(tokens, sentence,
                                                                           verb)):
        # "اتحادیه مردمی برای دموکراسی اعلام کرده که", "وکیل فاطمه افزود": a body the entity
        # stage did not name, or someone's relative or lawyer, speaks, not the person
        # quoted before.
        return None, True
    if body is None and not before and (name := untagged_subject(doc, tokens, sentence, clause,
                                                                 verb)):
        return name, True  # «ریو فردیناند در این خصوص افزود:»: a name no tagger knew
    if body is not None and body.source == OFFICE:
        # "رئیس‌جمهور کره‌جنوبی گفت": the office's holder named before speaks.
        body = office_holder(doc, body) or body
    return body, body is not None


def _coordinated_subject(doc: Doc, tokens: Sequence[Word], verb: Match[str]) -> Entity | None:
    """The subject of the sentence's opening verb, for an Arabic speech verb written with
    the conjunction و and no subject of its own: the two verbs share it."""
    word = tokens[verb.first]
    if doc.text[word.start : verb.start] != "و":
        return None
    subject = main_clause_subject(doc, tokens, verb.first)
    # Only a name or body the entity stage found: a subject phrase cut at its word limit
    # ("الملحق الثقافي ... الدكتور زايد بن") is no better than the person named last.
    found = subject is not None and any(e.start == subject.start and e.type == subject.type
                                        for e in doc.entities)
    return subject if found else None


SET_OFF_WORDS = 3
"""Words of a relation phrase before the comma that sets its holder's name off."""


def _set_off_name(rest: Sequence[Word], after: Sequence[Entity]) -> bool:
    """Whether a person's name follows a short relation phrase after a comma («كشف وكيل
    اللاعب، ذيب الدحيم أن»): the name is in apposition to the phrase, the agent himself,
    not the genitive it governs («وكيل مغنية الكانتري لين أندرسون»). Session 16
    (2026-12-06)."""
    comma = next((k for k, w in enumerate(rest[: SET_OFF_WORDS + 1]) if w.text in COMMAS), None)
    return comma is not None and comma + 1 < len(rest) and bool(after) \
        and after[0].start == rest[comma + 1].start


def _by_mouth_of(tokens: Sequence[Word], start: int, end: int) -> bool:
    """Whether "على لسان" (by the mouth of) stands between a body and a person: the
    person speaks for the body, and the words are theirs."""
    return any(w.folded in mouth_words() for w in tokens if start <= w.start < end)


_OBJECT_PREPOSITIONS = frozenset({"in", "against", "to"})
"""Prepositions that, right after an Arabic speech verb, show its subject is dropped:
"وقال في بيان", "وشدد على ...", "وأشار إلى ..." (the object comes first)."""


def _drops_subject(doc: Doc, word: Word) -> bool:
    # Folded, the name علي reads as على: a word written with ي or opening a name is no
    # preposition ("وقال علي أحمدي المتحدث باسم ...").
    if word.text in COMMAS:
        return True  # "وبين، في خطبة الجمعة بجامع الإمام تركي، أن": a subject follows its
        # verb with nothing between; a comma there drops it. Session 16 (2026-12-06).
    return prepositions()[0].get(word.folded) in _OBJECT_PREPOSITIONS \
        and not (word.folded == "علي" and word.text.endswith("ي")) \
        and not any(e.start == word.start and e.type == "PER" for e in doc.entities)


def _unnamed_members(rest: Sequence[Word]) -> bool:
    """Whether a speech verb's subject is some members of a group ("بعض المسؤولين", "أحد
    المحللين"), past a preposition with a pronoun that takes up "ما" ("لما أفادت به بعض
    وسائل الإعلام")."""
    if not rest:
        return False
    if rest[0].folded in unnamed_quantifiers():
        return True
    _, clitics = prepositions()
    return (len(rest) > 1 and len(rest[0].folded) <= 3 and rest[0].folded[:1] in clitics
            and rest[1].folded in unnamed_quantifiers())


def _persian_body(doc: Doc, tokens: Sequence[Word], sentence: tuple[int, int],
                  verb: Match[str]) -> Entity | None:
    """A country or body as the subject of a Persian speech verb ("پاکستان اعلام کرد که"):
    the last one in the verb's own clause (after the attribution's comma: "به گزارش
    خبرگزاری فارس، ..."), with no preposition before it ("به خبرگزاری فرانسه گفت" names
    the addressee) and no object marker را after it."""
    clause = clause_start(tokens, sentence, verb)
    first = next((w for w in tokens if w.start >= clause and w.text[0].isalnum()), None)
    bodies = [b for b in _bodies(doc, tokens, clause, verb.start)
              if not marked_object(tokens, b.end)]
    # Only a body that opens its clause: one further in is as often an object or a
    # complement ("اهداف سفر خود به همسایه شرقی پاکستان نیز عنوان کرد").
    return bodies[0] if bodies and first is not None and bodies[0].start <= first.start else None


def _apposed_person(tokens: Sequence[Word], persons: Sequence[Entity],
                    clause: int) -> Entity | None:
    """The person a Persian post after a comma describes: "X، دستیار Y ... گفت" is X's
    post, so X speaks, not Y named in it. Only when the clause opens with a post word, a
    name ends right at the comma and no preposition governs it."""
    k = token_index(tokens, clause)
    if k == 0 or k >= len(tokens) or tokens[k - 1].text not in COMMAS \
            or not is_post_word(tokens[k]):
        return None
    comma = tokens[k - 1].start
    person = next((p for p in persons if p.source not in REFERRING_SOURCES
                   and 0 <= comma - p.end <= 1), None)
    # A name governed by a preposition is the one met or told ("در دیدار با طهماسب
    # مظاهری، وزیر اقتصاد ... گفته بود": the post is his, the speaker another).
    return None if person is None or _after_preposition(tokens, person.start) else person


POST_PHRASE_WORDS = 8
"""Words of the post opening a Persian sentence before the comma that sets off its holder."""


def _set_off_holder(tokens: Sequence[Word], person: Entity) -> bool:
    """Whether the person is the holder of the post the sentence opens with, set off by its
    first comma (a courtesy title between): «رئیس جمهوری کشور، آقای محمد خاتمی ... اعلام
    کرد», «رئیس پژوهشکده رویان، دکتر کاظمی آشتیانی، گفت». The holder speaks, as the post
    would; the post alone would leave the words to no one. Session 28 (2026-12-07), issue 6,
    engineer quotes_fa13."""
    k = token_index(tokens, person.start) - 1
    while k > 0 and is_title(tokens[k]):
        k -= 1
    commas = [j for j, w in enumerate(tokens[: k + 1]) if w.text in COMMAS]
    return person.source not in REFERRING_SOURCES and commas == [k] \
        and 0 < k <= POST_PHRASE_WORDS and not _after_preposition(tokens, person.start)
