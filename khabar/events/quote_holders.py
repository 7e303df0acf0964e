"""The holder of an Arabic post a speech verb's subject names: the person named before of
the country an unnamed post names («أكد قائد الجيش الباكستاني»), and whether a person's name
follows an office as its holder. Split out of ``quote_speakers`` in session 18 (2026-12-06)
to keep that module under 400 lines; the functions are unchanged. Session 19 (2026-12-06):
the post chain before a subject's name (``subject_post``, from ``quotes``) and the person
who ends one (``post_chain_holder``). Session 20 (2026-12-06): a word a post's chain may
hold (``post_chain_word``, from ``quote_turns``). Session 25 (2026-12-07): a holder named
past the place the office is held in (``posted_at``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from khabar.doc import Doc, Entity
from khabar.entities.gazetteer import Match, Word, demonyms
from khabar.entities.titles import titles
from khabar.entities.words import listed_keys
from khabar.events.antecedents import REFERRING_SOURCES
from khabar.events.participant_words import country_ids, files_report, token_index
from khabar.events.quote_subjects import other_office, subordinate_posts
from khabar.events.quote_words import courtesy_titles, is_post_word
from khabar.text.sentences import COMMAS


def holder_by_country(doc: Doc, tokens: Sequence[Word], verb: Match[str],
                      stop: int) -> Entity | None:
    """The person an unnamed post stands for ("أكد قائد الجيش الباكستاني"): the last person
    named before of the country the post names; none for no country or a deputy's post."""
    post = [w for w in tokens[verb.last + 1 :] if w.end <= stop]
    if any(w.folded.removeprefix("ال") in subordinate_posts() for w in post):
        return None  # "الناطق الرسمي باسم الرئاسة المصرية": not the president
    countries = {m.value for m in demonyms().find_all(doc.text, post, strip_clitics=True)}
    countries |= {e.country for e in doc.entities if e.country
                  and verb.end <= e.start and e.end <= stop and e.kb_id in country_ids()}
    if not countries:
        return None
    return next((e for e in reversed(doc.entities) if e.end <= verb.start and e.type == "PER"
                 and e.country in countries and not other_office(e, post)), None)


def names_holder(tokens: Sequence[Word], office: Entity, person: Entity,
                 entities: Sequence[Entity] = ()) -> bool:
    """Whether the person's name follows the office right away, as its holder ("وزير
    الخارجية الإيطالي باولو جينتيلوني"), or set off by a comma ("قال الرئيس اليمني، عبد
    ربه منصور هادي، إن"), or past the place the office is held in ("السفير الأميركي في
    الأمم المتحدة جون بولتون", ``posted_at``)."""
    gap = tokens[token_index(tokens, office.end) : token_index(tokens, person.start)]
    return (len(gap) <= 1 and all(w.text[0].isalnum() or w.text in "\"«»" or w.text in COMMAS
                                  for w in gap)) or posted_at(gap, entities)


@lru_cache(maxsize=1)
def posting_prepositions() -> frozenset[str]:
    return listed_keys("events/posting_prepositions_ar.txt")


def posted_at(gap: Sequence[Word], entities: Sequence[Entity]) -> bool:
    """Whether the words between an office and a name are only the place the office is
    held in: a preposition of posting and one place or body named whole («لدى روسيا», «في
    الأمم المتحدة»). An envoy or ambassador is named that way before his name, and the
    name is the office's holder, not another speaker. Session 25 (2026-12-07)."""
    if len(gap) < 2 or gap[0].folded not in posting_prepositions():
        return False
    return any(e.type != "PER" and e.start == gap[1].start and e.end == gap[-1].end
               for e in entities)


POST_WORDS = 4
"""Words of a post between an Arabic speech verb and its subject's name ("الرائد",
"المتحدث الرسمي باسم الشرطة")."""
TITLED_POST_WORDS = 10
"""Words of a post chain that a title closes right before the name ("محافظ هيئة تنظيم
الكهرباء والإنتاج المزدوج الدكتور X")."""


def subject_post(post: Sequence[Word]) -> bool:
    """Whether the words between an Arabic speech verb and a person's name are that
    person's post: a few words, or a longer chain that opens with a post and ends with a
    title, which always stands right before its holder's name; a comma may set the name
    off after it ("وكيل اللاعب، X"). Session 16 (2026-12-06) for the two longer forms;
    moved here from ``quotes`` in session 19 (2026-12-06)."""
    if post and post[-1].text in COMMAS:
        post = post[:-1]
    if any(not w.text[0].isalnum() for w in post):
        return False
    return len(post) <= POST_WORDS or (len(post) <= TITLED_POST_WORDS
                                       and is_post_word(post[0]) and post[-1].text in titles())


def post_chain_holder(doc: Doc, tokens: Sequence[Word], first: int) -> Entity | None:
    """The person named at the end of a post chain that opens at word ``first`` («نقل
    نائب خادم الحرمين الشريفين الأمير محمد بن نايف، ...»): the first person after it, not
    one that refers back (a role such as «خادم الحرمين الشريفين» inside the chain), whose
    words from ``first`` are a post (``subject_post``). None when the chain opens with no
    post or title («وقتل مسلحون الشيخ X»: an object, not a subject). Session 19
    (2026-12-06)."""
    if first >= len(tokens) or not (is_post_word(tokens[first])
                                    or tokens[first].text in titles()):
        return None
    for entity in sorted(doc.entities, key=lambda e: e.start):
        if entity.type != "PER" or entity.start <= tokens[first].start \
                or entity.end > tokens[-1].end or entity.source in REFERRING_SOURCES \
                or files_report(entity):
            continue
        k = token_index(tokens, entity.start)
        if k - first <= TITLED_POST_WORDS and subject_post(tokens[first:k]):
            return entity
    return None


def post_chain_word(doc: Doc, word: Word) -> bool:
    """A word of a post's chain before its holder's name: a post or courtesy word, a title,
    a definite noun or adjective, or a word of a body or place found («نائب رئيس الوزراء
    الأمير»); not a particle or a verb («قد», «التقى»), which ``subject_post`` lets by in a
    short chain («وكان الرئيس قد التقى سيدا»: Sida is the object). Session 20 (2026-12-06),
    moved here from ``quote_turns`` (review_b) to sit with the chain's other rules."""
    return is_post_word(word) or word.text in titles() or word.folded in courtesy_titles() \
        or (word.folded.startswith("ال") and word.text.isalpha()) \
        or any(e.start <= word.start < e.end and e.type != "PER" for e in doc.entities)
