"""Arabic speakers with no name entity: the subject phrase after a speech verb.

After a speech verb the subject may be a body or post the entity stage does not know
("وأوضحت وكالة الأنباء اليمنية الرسمية أن", "أفاد مصدر دبلوماسي تركي"). The phrase runs up
to the first preposition, comma or time word. It speaks when it says whose it is (an
organisation, place or nationality in it), or is a state body or a post bound to a
definite noun; otherwise ("وقالت مصادر مطلعة") the quote has no named speaker. Either way
the words are not left to the last person named, nor given to a nationality adjective.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import ROLE_SOURCE, SUBJECT_SOURCE, SURNAME_SOURCE, Doc, Entity
from khabar.entities.gazetteer import Word, demonyms, phrase_key, words
from khabar.entities.name_extent import clause_particles
from khabar.entities.titles import role_words, titles, unjoined
from khabar.entities.words import listed_keys
from khabar.events.antecedents import named_people_before, sentence_words
from khabar.events.participant_words import (
    country_ids,
    outlet_heads,
    prepositions,
    token_index,
)
from khabar.events.quote_named_bodies import body_name, names_body
from khabar.events.quote_names import earlier_full_name
from khabar.events.quote_roles import role_holder
from khabar.events.quote_words import (
    NISBA_ENDINGS,
    head_kind,
    head_kind_of,
    is_link_word,
    is_person_role,
    is_post_word,
    speaker_heads,
    speech_verbs,
    subject_stops,
)
from khabar.text.sentences import OPENING_QUOTES
from khabar.text.tokens import token_at

SUBJECT_WORDS = 8
"""Words a speaker's phrase with no name spans ("زعيم جماعة الحوثي اليمنية", "رئيس لجنة
التصوير الضوئي حسان مبروك": the name the entity stage missed comes with the post)."""


def _opens_subject(word: Word) -> bool:
    """Whether a word right after an Arabic speech verb begins its subject: a noun with
    the article, a role word or a speaker head, and not a time word or adverb."""
    folded = word.folded
    # "إلى" folds to "الي", which looks like a noun with the article.
    if not word.text[0].isalpha() or folded in subject_stops() or folded in prepositions()[0]:
        return False
    return folded.startswith("ال") or folded in role_words() or head_kind(word) is not None


def ends_phrase(word: Word, titled: bool) -> bool:
    """Whether a word ends a subject phrase: a preposition, a time word, a link word that
    opens the clause said ("ورأى وزير الخارجية أن ..."), or "و" joining a second subject
    ("الشرطة وشهود عيان"; not the و of "وزارة"). In a post's title, لل goes on ("رئيس
    هيئة الأركان العامة للقوات المسلحة")."""
    words, _ = prepositions()
    folded = word.folded
    joined = folded.startswith("و") and len(folded) > 4 and (
        folded.startswith("وال") or folded[1:] in speaker_heads())
    governed = folded.startswith("بال") or (folded.startswith("لل") and not titled)
    return (not word.text[0].isalpha() or folded in words or folded in subject_stops()
            or governed or joined or is_link_word(word))


def _is_post(word: Word) -> bool:
    return is_post_word(word)


def subject_phrase(doc: Doc, tokens: Sequence[Word], first: int, stop: int) -> Entity | None:
    """The words of an Arabic speech verb's subject that names no one, starting at word
    ``first`` (right after the verb) and ending before ``stop`` (where the quote opens);
    None when the verb has no subject of its own ("وأضاف أن", "وقال في بيان")."""
    if first >= len(tokens) or tokens[first].start >= stop or not _opens_subject(tokens[first]):
        return None
    last, titled = first, _is_post(tokens[first])
    for word in tokens[first + 1 : first + SUBJECT_WORDS]:
        if word.end > stop or ends_phrase(word, titled):
            break
        last += 1
    start, end = tokens[first].start, tokens[last].end
    return Entity(start, end, type="ORG", text=doc.text[start:end], source=SUBJECT_SOURCE)


def refers_back(doc: Doc, phrase: Entity) -> bool:
    """Whether a subject is one word, a post or body with the article ("وقالت المتحدثة",
    "وقالت الوزارة"): it refers to the one told of before, not to a new speaker. A state
    body ("الشرطة") and unnamed sources ("المصادر") are not such words."""
    parts = words(doc.text, phrase.start, phrase.end)
    if len(parts) != 1 or not parts[0].folded.startswith("ال"):
        return False
    return parts[0].folded in role_words() or head_kind(parts[0]) in ("post", "body")


def body_antecedent(doc: Doc, phrase: Entity) -> Entity | None:
    """The body a one-word subject refers back to: the last organisation named before
    whose name opens with the same noun ("وزارة الداخلية في البحرين" for "الوزارة")."""
    head = phrase_key(phrase.text)[2:]
    if head_kind_of(head) != "body":
        return None
    return next((e for e in reversed(doc.entities) if e.end <= phrase.start and e.type == "ORG"
                 and e.text.split() and phrase_key(e.text.split()[0]).removeprefix("ال") == head),
                None)


EARLIER_MENTIONS = 5
"""Earlier mentions of a body noun read for the full name it stood in."""


def earlier_body_phrase(doc: Doc, phrase: Entity) -> Entity | None:
    """The body a one-word subject refers back to when no entity names it: the last
    earlier subject of a speech verb that the same word opens and that says more
    ("المؤسسة العامة لصوامع الغلال ومطاحن الدقيق" for "وقالت المؤسسة")."""
    at = phrase.start
    for _ in range(EARLIER_MENTIONS):
        at = doc.text.rfind(phrase.text, 0, at)
        if at < 0:
            return None
        tokens = sentence_words(doc, at)
        k = token_at(tokens, at)
        # Only a mention that was a speech verb's subject, so a phrase ("الوزارة المعلنة
        # أسمائهم") that merely opens with the noun is not read as a name.
        if k is not None and k > 0 \
                and speech_verbs().match_at(doc.text, tokens, k - 1, strip_clitics=True):
            longer = subject_phrase(doc, tokens, k, tokens[-1].end)
            if longer is not None and longer.end > at + len(phrase.text):
                return longer
    return None


def phrase_speaker(doc: Doc, phrase: Entity, state_body: bool) -> Entity | None:
    """Who a subject phrase with no name entity names: a person given in full earlier
    when the phrase is their surname ("وأشار الحربي" after "غزاي بن نايف الحربي"); the
    phrase itself when it is a state body ("وقالت الشرطة"), says whose it is or names a
    body («قالت شركة أبل», ``names_body``); no one for unnamed sources ("مصادر مطلعة",
    "مصدر دبلوماسي تركي", "البيان")."""
    person = earlier_full_name(doc, phrase.start, phrase.text)
    if person is not None:
        return person
    parts = words(doc.text, phrase.start, phrase.end)
    if len(parts) > 1 and parts[0].folded.startswith("ال") \
            and (person := earlier_full_name(doc, phrase.start, parts[0].text)) is not None:
        # "ودعا الحقيل العاملين في الهيئة ... معتبرا أن": the family name of a person named
        # in full before, then the verb's object. Session 16 (2026-12-06).
        return person
    if head_kind(parts[0]) in ("source", "document"):
        return None
    if _family_name(doc, parts, state_body):
        # "وأضاف السحيباني", "وأكد آل الشيخ": a family name the entity stage cut off a
        # name told before ("بدر" "السحيباني"), else the family name as written.
        return _name_before(doc, phrase) or replace(phrase, type="PER", source=SURNAME_SOURCE)
    if len(parts) == 2 and (_is_post(parts[0]) or _is_title(doc, parts)) \
            and not anchored(doc, phrase):
        # "وقال السفير رضوان", "وقال الفريق المحرج": a post or title and the family name
        # of a person named before.
        person = earlier_full_name(doc, phrase.start, parts[1].text)
        if person is not None:
            return person
    if _is_post(parts[0]):
        # "وقال مدير المرصد": the person the article named with this post before.
        head = _definite_head(doc, parts)
        holder = role_holder(doc, phrase) or (None if head is None else role_holder(doc, head))
        if holder is not None:
            return holder
    if is_person_role(parts[0]) and (holder := role_speaker(doc, phrase)) is not None:
        return holder  # "وقال المدافع": the defender named before; else no one named
    if names_body(doc.text, parts) and not (state_body or anchored(doc, phrase)):
        return body_name(doc.text, phrase)  # «وقالت إدارة الطوارئ والأزمات»
    return phrase if state_body or anchored(doc, phrase) or _definite_post(parts) \
        or _definite_body(parts) else None


def role_speaker(doc: Doc, phrase: Entity) -> Entity | None:
    """Who a subject naming a person by role is ("وقال المدافع", "وأوضح المهاجم الدولي"):
    the one named before in that role, by the whole phrase or its head noun; else None."""
    head, *rest = words(doc.text, phrase.start, phrase.end)
    holder = role_holder(doc, phrase, roles=True)
    if holder is not None or _names_more(rest):
        return holder
    return role_holder(doc, replace(phrase, end=head.end, text=head.text), roles=True)


def _names_more(rest: Sequence[Word]) -> bool:
    """Whether the words after a role noun may hold a name the entity stage missed ("المدافع
    الإيطالي جورجيو كيليني"): a word with neither the article nor a proclitic preposition,
    before any word that opens the clause after a name ("المدافع الذي اعتزل",
    ``clause_particles``)."""
    for word in rest:
        if word.folded in clause_particles():
            return False
        if not word.folded.startswith("ال") and word.folded[:1] not in "لب":
            return True
    return False


def _definite_head(doc: Doc, parts: Sequence[Word]) -> Entity | None:
    """The definite post and its definite adjectives that open a subject phrase running on
    into the verb's object ("المستشار الإعلامي" of "وصنف المستشار الإعلامي جميع تلك
    الوسائل"): a word with neither the article nor a proclitic preposition cannot follow a
    definite noun and its adjectives in one phrase. None when no such word ends it."""
    k = 1
    while k < len(parts) and parts[k].folded.startswith("ال"):
        k += 1
    if not parts[0].folded.startswith("ال") or k == len(parts) \
            or not parts[k].text[0].isalpha() or parts[k].folded[:1] in "لبك":
        return None
    start, end = parts[0].start, parts[k - 1].end
    return Entity(start, end, type="ORG", text=doc.text[start:end], source=SUBJECT_SOURCE)


def _is_title(doc: Doc, parts: Sequence[Word]) -> bool:
    """Whether the first word is a title or rank of its own ("الفريق", "الدكتور")."""
    match = titles().match_at(doc.text, parts, 0, strip_clitics=True)
    return match is not None and match.last == 0


def _family_name(doc: Doc, parts: Sequence[Word], state_body: bool) -> bool:
    """Whether a subject is a family name: "آل" and a name, or one word with the article
    that is no known noun of posts or bodies and has the nisba ending -ي, or ends a
    person's name told before."""
    if parts[0].folded == "ال" and len(parts) == 2:  # آل folds to ال
        return True
    word = parts[0]
    if len(parts) != 1 or state_body or not word.folded.startswith("ال") \
            or word.folded in role_words() or head_kind(word) is not None:
        return False
    nisba = word.folded.endswith("ي") and demonyms().match_at(
        doc.text, parts, 0, strip_clitics=True) is None
    return nisba or _name_before(doc, Entity(word.start, word.end, text=word.text)) is not None


def _name_before(doc: Doc, phrase: Entity) -> Entity | None:
    """A person named before whose mention the same words follow in the text ("بدر" then
    "السحيباني"): that name, with the family name."""
    tail = phrase.text
    for person in named_people_before(doc, phrase.start):
        after = doc.text[person.end : person.end + len(tail) + 2]
        if after[:1] == " " and after[1:].startswith(tail):
            end = person.end + 1 + len(tail)
            return replace(person, end=end, text=doc.text[person.start : end])
    return None


def _definite_post(parts: Sequence[Word]) -> bool:
    """Whether a phrase is a post held by one person, a post word bound to a noun with the
    article ("رئيس لجنة التصوير الضوئي", "زعيم الجماعة"), not an indefinite one ("نائب
    سابق")."""
    if len(parts) < 2 or not _is_post(parts[0]):
        return False
    if parts[1].folded.startswith("ال"):
        return True
    return len(parts) > 2 and head_kind(parts[1]) == "body" and parts[2].folded.startswith("ال")


def _definite_body(parts: Sequence[Word]) -> bool:
    """Whether a phrase names one body: a body noun bound to a bare noun bound to one with
    the article («إدارة معلومات الطاقة»). A construct whose last noun is definite is
    definite, unlike an indefinite body («هيئة حكومية»). Session 17 (2026-12-06)."""
    if len(parts) < 3 or head_kind(parts[0]) != "body" or parts[0].folded.startswith("ال"):
        return False
    # «فريق العمل» (the working team) is definite and still no name: only a head bound
    # to a bare noun bound in turn to a definite one names a body this way.
    return not parts[1].folded.startswith("ال") and parts[2].folded.startswith("ال") \
        and not parts[1].folded.endswith(NISBA_ENDINGS)  # «هيئة حكومية»: an adjective


def anchored(doc: Doc, phrase: Entity) -> bool:
    """Whether a subject phrase says whose it is: it holds an organisation, place or
    nationality ("وكالة الأنباء اليمنية", "زعيم جماعة الحوثي")."""
    if any(e.type != "PER" and phrase.start <= e.start and e.end <= phrase.end
           for e in doc.entities):
        return True
    found = demonyms().find_all(doc.text, words(doc.text, phrase.start, phrase.end),
                                strip_clitics=True)
    return bool(found)


def stretched_body(doc: Doc, tokens: Sequence[Word], body: Entity, stop: int) -> Entity:
    """An unlinked organisation in the subject's place with the rest of its phrase, which
    the entity stage may cut short ("معهد بحثي" of "معهد بحثي أمريكي بارز أمس")."""
    if body.type != "ORG" or body.kb_id:
        return body
    k = token_index(tokens, body.start)
    phrase = subject_phrase(doc, tokens, k, stop) if k < len(tokens) else None
    if phrase is None or phrase.start != body.start or phrase.end <= body.end:
        return body
    return replace(body, end=phrase.end, text=doc.text[body.start : phrase.end])


def post_holder(doc: Doc, phrase: Entity) -> Entity | None:
    """The person a post with no name stands for ("رئيس هيئة الأركان العامة للقوات المسلحة
    الإيرانية"): the last person named before, of the country the post names."""
    parts = words(doc.text, phrase.start, phrase.end)
    if not parts or not _is_post(parts[0]):
        return None
    countries = {m.value for m in demonyms().find_all(doc.text, parts, strip_clitics=True)}
    countries |= {e.country for e in doc.entities if e.country and e.kb_id in country_ids()
                  and phrase.start <= e.start and e.end <= phrase.end}
    return next((e for e in reversed(doc.entities) if e.end <= phrase.start and e.type == "PER"
                 and e.country in countries), None) if countries else None


def opens_with_verb(doc: Doc, word: Word) -> bool:
    preps, clitics = prepositions()
    folded = word.folded
    bare = unjoined(folded)
    return (word.text[0].isalpha() and not bare.startswith("ال") and bare not in preps
            and bare[:1] not in clitics and folded not in subject_stops()
            and not any(e.start <= word.start < e.end for e in doc.entities))


def is_told(tokens: Sequence[Word], person: Entity) -> bool:
    """Whether a name after an Arabic speech verb is the one told, not the teller: a
    preposition on the name ("لأوباما") or before it ("مع", "إلى"), or a preposition on a
    medium or post noun the name belongs to ("لشبكة سكاي نيوز", "لمراسل X"). A place
    with a preposition before a name ("مدير مكتب الحملة بلبنان وليد ...") governs nothing."""
    preps, clitics = prepositions()
    k = token_index(tokens, person.start)
    if k < len(tokens) and tokens[k].start < person.start:
        return tokens[k].folded[:1] in clitics
    # A name in quotation marks belongs to the noun before the marks ("لوكالة «رويترز»").
    while k > 0 and tokens[k - 1].text in OPENING_QUOTES:
        k -= 1
    if k == 0:
        return False
    before = tokens[k - 1].folded
    # A proclitic written apart ("لـ «عكاظ»") governs the name as one written on it does.
    if before in preps or before in clitics:
        return True
    bare = before[1:] if before[:1] in clitics and not before.startswith("ال") else ""
    return bool(bare) and (bare in speaker_heads() or bare in outlet_heads())


def subordinate_posts() -> frozenset[str]:
    return listed_keys("events/subordinate_posts_ar.txt")


@lru_cache(maxsize=1)
def governing_posts() -> frozenset[str]:
    """Role words and deputies' posts: a body right after one completes a post."""
    return role_words() | subordinate_posts()


def under_post(tokens: Sequence[Word], person: Entity) -> bool:
    """Whether an office the entity stage read as its holder is the genitive of another
    post ("مساعد وزير الخارجية الإيراني عباس عراقجي", ``subordinate_posts``): the holder
    of that other post speaks, not the minister."""
    if person.source != ROLE_SOURCE:
        return False
    k = token_index(tokens, person.start)
    if k == 0 or k > len(tokens):
        return False
    before = tokens[k - 1].folded
    return before in subordinate_posts() or (before.startswith("ال")
                                             and before[2:] in subordinate_posts())


def other_office(person: Entity, post: Sequence[Word]) -> bool:
    """Whether a person the entity stage read from an office alone ("الرئيس الصيني") holds
    another office than the post a subject names ("وقال المبعوث الصيني": the envoy is not
    the president)."""
    if person.source != ROLE_SOURCE or not post:
        return False
    head = post[0].folded.removeprefix("ال")
    return head not in {phrase_key(w).removeprefix("ال") for w in person.text.split()}


def is_adjective(doc: Doc, tokens: Sequence[Word], entity: Entity) -> bool:
    """Whether a country entity is a nationality adjective after an indefinite noun ("مصدر
    دبلوماسي تركي"): it describes the speaker, it does not speak. After a noun with the
    article ("وزارة الخارجية السعودية") the same word may name the state, and is left."""
    k = token_index(tokens, entity.start)
    if k == 0 or k >= len(tokens) or not tokens[k - 1].text[0].isalpha() \
            or tokens[k - 1].folded.startswith("ال"):
        return False
    match = demonyms().match_at(doc.text, tokens, k, strip_clitics=True)
    return match is not None and match.end >= entity.end

