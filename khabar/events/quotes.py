"""The quote stage: who said what, from speech verbs (``resources/events/speech_verbs.tsv``).

"X گفت: ..." and "وقال X : ..." give a direct quote running from the colon to the end of
the paragraph; "وتابع X «...»" the words in quotation marks; "X گفت که ...", "وأكد X أن
..." and the Persian bare clause "X گفت سربازان ..." give reported speech to the end of
the sentence. "به گفته X" and "وفقا لـ X" attribute the rest of their sentence
(``quote_attribution``). Who speaks is decided in ``quote_speakers``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from khabar.doc import PRONOUN_SOURCE, Doc, Entity, Quote
from khabar.entities.gazetteer import Match, Word, phrase_key, words
from khabar.entities.words import listed_keys
from khabar.events.participant_words import files_report, token_index
from khabar.events.party_entities import party_doc
from khabar.events.quote_attribution import attributed_quotes
from khabar.events.quote_holders import subject_post
from khabar.events.quote_interviews import interview_turns
from khabar.events.quote_lead_speakers import named_after_lead
from khabar.events.quote_persian import after_impersonal_modal
from khabar.events.quote_pronoun_links import pronoun_link_holds, pronoun_links
from khabar.events.quote_relays import relayed_source, relays
from khabar.events.quote_span_ends import (
    arabic_turn,
    clause_verb_between,
    inner_colon,
    next_turn,
    title_opens_clause,
)
from khabar.events.quote_speakers import speaker_of
from khabar.events.quote_turns import (
    carried_back,
    continued_speaker,
    office_goes_on,
    participle_speaker,
    persian_post_holder,
    post_subject,
)
from khabar.events.quote_untagged import far_untagged_subject, own_turn
from khabar.events.quote_words import (
    is_imperfect_report,
    is_warning,
    past_courtesy,
    speech_verbs,
    stands_as_verb,
)
from khabar.registry import stage
from khabar.resources import load_tsv
from khabar.settings import Settings
from khabar.text.arabic_conjunction import without_proclitic
from khabar.text.sentences import COMMAS, OPENING_QUOTES, unspaced

MIN_QUOTE_CHARS = 8
_QUOTED_LANGS = frozenset({"fa", "ar"})
"""Languages whose speech verbs are listed: in their texts only their own verbs count."""
_PAIRS = {"«": "»", '"': '"', "“": "”"}


@lru_cache(maxsize=1)
def quote_links() -> frozenset[tuple[str, str]]:
    """(folded word, language): folded, the Persian "آنها" (they) reads as the Arabic
    "انها" (that she), so a link word opens a quote only after a verb of its language. The
    Arabic pronoun links («أنهم», «إننا») hold only where ``pronoun_link_holds`` says."""
    return frozenset((phrase_key(word), lang) for word, lang in load_tsv("events/quote_links.tsv")
                     ) | {(word, "ar") for word in pronoun_links()}


def link_breakers() -> frozenset[str]:
    """Words that make a following أن part of a conjunction ("قبل أن"), not a link."""
    return listed_keys("events/link_breakers_ar.txt")


def _breaks_link(word: Word) -> bool:
    """Whether a word makes the أن after it part of a conjunction (``link_breakers``), with
    the conjunction «و»/«ف» glued on it or not («وبعد أن», «ورغم أن»)."""
    folded = word.folded
    return folded in link_breakers() or without_proclitic(folded) in link_breakers()


@lru_cache(maxsize=1)
def bare_clause_stops() -> frozenset[str]:
    """Words that, right after a Persian speech verb, do not begin its quoted clause."""
    return frozenset(phrase_key(w) for w, _ in load_tsv("events/quote_clause_stops.tsv"))


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _trimmed(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """The span without surrounding space or quotation marks; True when it was in marks."""
    start, end = unspaced(text, start, end)
    if end - start > 1 and text[start] in _PAIRS:
        close = text.find(_PAIRS[text[start]], start + 1, end)
        if close > 0:
            return (*unspaced(text, start + 1, close), True)
    return start, end, False


OPEN_REACH = 80
"""Characters after the verb within which a colon, a quotation mark or a link word ("که",
"أن") opens the quote; the subject ("وقال قائد الشرطة المحلية سيف:") stands between."""
_SENTENCE_END = frozenset(".!?؟\n")


@dataclass(frozen=True, slots=True)
class Opening:
    """Where the quoted words begin: at ``word``, which is a colon, an opening quotation
    mark, a link word, a comma (Persian "گفت، ...") or the first word of a bare clause."""

    word: Word
    kind: str
    """colon | mark | link | clause"""


def opening_after(text: str, tokens: Sequence[Word], verb: Match[str],
                  reach: int = OPEN_REACH, names: frozenset[tuple[int, int]] = frozenset(),
                  persons: frozenset[tuple[int, int]] = frozenset()) -> Opening | None:
    """What opens the quote a speech verb introduces, if anything does; ``names``: the
    spans of the entities found, a name in marks being no quote (``_marked_name_end``),
    nor a link word within a name (``_within_name``); ``persons``: those of persons."""
    rest = tokens[verb.last + 1 :]
    name_end = -1  # the closing mark of a name set off in marks, passed over
    for k, word in enumerate(rest):
        if word.start - verb.end > reach:
            break
        if word.start <= name_end:
            continue  # a stop inside a name in marks («عسير.. وجهة») ends no sentence
        if word.text in _SENTENCE_END and not _initial_dot(rest, k):
            break
        if word.text == ":":
            return Opening(word, "colon")
        if word.text in OPENING_QUOTES:
            name_end = _marked_name_end(text, word, names)
            if name_end < 0:
                return Opening(word, "mark")
            continue
        if (word.folded, verb.value) in quote_links() \
                and not (k > 0 and _breaks_link(rest[k - 1])) \
                and not _within_name(word, names, persons) \
                and pronoun_link_holds(text, rest[:k], verb, word, names):
            return Opening(word, "link")
        if verb.value == "fa" and k == 0:
            # Persian puts the verb last: words after it are its complement clause,
            # "افزود، ایران ..." or bare "گفت سربازان آمریکایی ...".
            if word.text in COMMAS:
                return Opening(word, "link")
            if word.text[0].isalnum() and word.folded not in bare_clause_stops() \
                    and len(rest) >= MIN_CLAUSE_WORDS:
                return Opening(word, "clause")
            return None
    return None


LONG_SUBJECT_REACH = 200
"""Characters after an Arabic verb within which a long post chain may end in the speaker's
name ("وأوضح مستشار أمير منطقة مكة المكرمة المشرف العام على وكالة التنمية بإمارة المنطقة
الدكتور هشام الفالح، أن ...")."""
NAME_TO_LINK = 3
"""Words that may stand between such a name and the link word (a family name the entity
stage left out, a comma)."""


def _after_long_subject(doc: Doc, tokens: Sequence[Word], verb: Match[str]) -> Opening | None:
    """The link or colon past ``OPEN_REACH`` that comes right after a person named after an
    Arabic speech verb: the subject was a long post chain ending in the name."""
    if verb.value != "ar":
        return None
    opening = opening_after(doc.text, tokens, verb, LONG_SUBJECT_REACH, entity_spans(doc),
                            person_spans(doc))
    if opening is None or opening.kind not in ("link", "colon"):
        return None
    k = token_index(tokens, opening.word.start)
    before = tokens[max(0, k - NAME_TO_LINK) : k]
    named = any(e.type == "PER" and verb.end <= e.start and before[0].start <= e.end
                and e.end <= opening.word.start for e in doc.entities) if before else False
    return opening if named or _sole_subject(doc, tokens, verb, opening) \
        or far_untagged_subject(doc, tokens, verb, opening.word.start) else None


def _sole_subject(doc: Doc, tokens: Sequence[Word], verb: Match[str], opening: Opening) -> bool:
    """Whether the person right after an Arabic speech verb (past a courtesy word and a post
    of words that name no one) is the only person and the only speech verb before a far
    link ("قال الرائد X الذي أصيب ... في تصريح لـ«الرياض» أن"): what stands between tells
    of the speaker, the occasion or the addressee, so the link is the verb's."""
    persons = [e for e in doc.entities if e.type == "PER" and verb.end <= e.start
               and e.end <= opening.word.start and not files_report(e)]
    if len(persons) != 1:
        return False
    k = token_index(tokens, persons[0].start)
    if not subject_post(tokens[past_courtesy(tokens, verb.last + 1) : k]):
        return False
    between = [w for w in tokens if persons[0].end <= w.start and w.end <= opening.word.start]
    return not speech_verbs().find_all(doc.text, between, strip_clitics=True)


MARK_REACH = 160
"""Characters after an Arabic speech verb within which quotation marks still open its
words when nothing nearer does: the subject's post and the occasion stand between ("وقال
X المحامي المكلف الدفاع عن شرطة لندن في تصريحات لجهة تحقيق بريطانية «لن نعرف ...»")."""


def _far_marks(text: str, tokens: Sequence[Word], verb: Match[str],
               names: frozenset[tuple[int, int]], persons: frozenset[tuple[int, int]]
               ) -> Opening | None:
    """Quotation marks past ``OPEN_REACH`` after an Arabic speech verb: only marks (a
    link or colon that far may belong to another verb), and only around more than a
    name's words (``_marked_name_end``)."""
    if verb.value != "ar":
        return None
    opening = opening_after(text, tokens, verb, MARK_REACH, names, persons)
    return opening if opening is not None and opening.kind == "mark" else None


MARKED_NAME_WORDS = 3
"""Marks around at most this many words set off a name or a term ("اللواء "محمد باقري""),
not quoted speech."""


def entity_spans(doc: Doc) -> frozenset[tuple[int, int]]:
    return frozenset((e.start, e.end) for e in doc.entities)


def person_spans(doc: Doc) -> frozenset[tuple[int, int]]:
    return frozenset((e.start, e.end) for e in doc.entities if e.type == "PER")


def _within_name(word: Word, names: frozenset[tuple[int, int]],
                 persons: frozenset[tuple[int, int]]) -> bool:
    """Whether a link word is part of a longer name the entity stage found: between its
    first and last words («فان» in «بيرند فان ليندر»), or first in a person's name («بان
    كي مون», «فان جال»): the particle of a Dutch name reads as «فإن», «بان» as «بأن». A
    link word first in another entity («أن النبي» as a body) or last in one («إبراهيم
    بأن») is the tagger's slip and opens the quote. Session 25 (2026-12-07)."""
    return any(start < word.start and word.end < end for start, end in names) \
        or any(start == word.start and word.end < end for start, end in persons)


def _marked_name_end(text: str, mark: Word,
                     names: frozenset[tuple[int, int]] = frozenset()) -> int:
    """Where the closing mark of a name in marks stands; -1 when the marks hold speech.
    Marks around exactly a name the entity stage found are a name's of any length («وأعلن
    «المرصد السوري لحقوق الإنسان»، أن»): the verb's subject, not its words."""
    close = text.find(_PAIRS[mark.text], mark.end, _paragraph_end(text, mark.end))
    if close < 0:
        return -1
    inner = unspaced(text, mark.end, close)
    return close if len(text[mark.end : close].split()) <= MARKED_NAME_WORDS \
        or inner in names or _opens_colon(text, close + 1) else -1


def _opens_colon(text: str, at: int) -> bool:
    """Whether a colon follows ``text[at:]`` past spaces: marks closed right before the
    colon that opens the words set off a name of any length in the subject («قال X مدير
    مبادرة «عسير.. وجهة سياحية رئيسية على مدار العام»: لم نلمس ...»). Session 24
    (2026-12-07)."""
    return text[at:].lstrip(" \t\u00a0")[:1] == ":"


def _initial_dot(rest: Sequence[Word], k: int) -> bool:
    """Whether the dot at ``rest[k]`` closes an initial glued to it («د.» for doctor, «م.»
    for engineer: "يقول د.ماجد القحطاني إنه", "وقالت الأكاديمية د. فاطمة السلمي:"),
    as the sentence splitter reads it: no sentence end, so the subject's name and the
    quote's opening after it are still the verb's. Session 16 (2026-12-06)."""
    return rest[k].text == "." and k > 0 and len(rest[k - 1].text) == 1 \
        and rest[k - 1].text.isalpha() and rest[k - 1].end == rest[k].start


MIN_CLAUSE_WORDS = 3
"""Words a bare Persian clause after the verb needs ("گفت به این مسئله فکر خواهد کرد")."""


def _span(text: str, opening: Opening, sentence: tuple[int, int], lang: str | None = None
          ) -> tuple[int, int, bool] | None:
    """(start, end, direct) of the quoted words; None when a colon opens no speech of its
    own ("نوشت: «فرانکو فراتینی» وزیر ... گفت که ...": a name in marks opens the words the
    outlet reports, whose quote is the inner speaker's)."""
    word = opening.word
    if opening.kind == "colon":
        paragraph_end = _paragraph_end(text, word.end)
        start, end, marked = _trimmed(text, word.end, paragraph_end)
        if marked and len(text[start:end].split()) <= MARKED_NAME_WORDS \
                and any(c.isalpha() for c in text[end + 1 : paragraph_end]):
            if not title_opens_clause(text, end, paragraph_end, lang):
                return None
            start, end = unspaced(text, word.end, paragraph_end)
        return start, end, True
    if opening.kind == "mark":
        close = text.find(_PAIRS[word.text], word.end, _paragraph_end(text, word.end))
        if close > word.end:
            start, end, _ = _trimmed(text, word.end, close)
            return start, end, True
        return _trimmed(text, word.end, sentence[1])
    start = word.end if opening.kind == "link" else word.start
    trimmed = _trimmed(text, start, sentence[1])
    if trimmed[2] and len(text[trimmed[0] : trimmed[1]].split()) <= MARKED_NAME_WORDS \
            and text[trimmed[1] + 1 : sentence[1]].lstrip()[:1].isalpha():
        # «وقال البلوي إن "موبايلي" كانت ...»: a name in marks opens the clause, which
        # runs on past it with no comma or stop; the marks hold no speech (session 17
        # (2026-12-06)). «أن «أفريقيا تسير قدمًا»، مضيفا» is speech in marks.
        return (*unspaced(text, start, sentence[1]), False)
    return trimmed


def quote_at(doc: Doc, tokens: Sequence[Word], verb: Match[str], sentence: tuple[int, int],
             quoted: Sequence[tuple[int, int]] = (), previous: Quote | None = None,
             relay: bool = False) -> tuple[Quote, str] | None:
    """The quote a speech verb introduces, if any, and how its speaker is told: named by
    its own clause, inherited, or none, for a post with no name ("رئیس جامعه جراحان گفت")
    or otherwise; ``previous`` is the quote before it, whose speaker a continuing quote
    ("وی افزود", "وأضاف") inherits. A ``relay`` verb («ونقلت X عن Y أن») introduces one
    only with the source read after its «عن» (``quote_relays``)."""
    text, names, persons = doc.text, entity_spans(doc), person_spans(doc)
    opening = opening_after(text, tokens, verb, names=names, persons=persons) \
        or _after_long_subject(doc, tokens, verb) or _far_marks(text, tokens, verb, names, persons)
    if opening is None or clause_verb_between(text, tokens, verb, opening.word.start) \
            or not _opens_as_warning(text, tokens, verb, opening):
        return None
    span = _span(text, opening, sentence, doc.lang)
    if span is None:
        return None
    start, end, direct = span
    if opening.kind == "colon":
        end = next_turn(doc, sentence, start, end)
    elif opening.kind in ("link", "clause") and inner_colon(doc, tokens, start, end):
        return None  # "X گفت، Y تاکید کرد: ...": the words are Y's, quoted by X
    if opening.kind in ("colon", "link") and not text[opening.word.end : start].strip():
        end = arabic_turn(doc, sentence, start, end, lambda toks, v: own_turn(
            doc, toks, v, opening_after(text, toks, v, names=names, persons=persons)))  # no marks
    if end - start < MIN_QUOTE_CHARS:
        return None
    found = speaker_of(doc, tokens, verb, sentence, opening.word.start)
    if verb.value == "ar":
        # «ونقلت الأناضول عن X أن», «وذكرت رويترز نقلا عن X أن»: X said it, not the outlet
        source = relayed_source(doc, tokens, verb.first, opening.word.start)
        if source is None and relay:
            return None
        found = found if source is None else (source, True)
    if verb.value == "ar" and is_imperfect_report(text[verb.start:verb.end]) \
            and not _personal_subject(text, tokens, verb, found):
        return None  # «وتوضح الحفريات أن»: evidence, not speech
    post = post_subject(tokens, verb, sentence)
    if verb.value == "fa" and found == (None, False) and post:
        # "دبیر هیئت فوتبال استان یزد گفت": the post's holder named with it before; else
        # the speaker before goes on for now, and a name that goes on right after
        # ("احمد هاشمیه افزود") takes the words back (``carried_back``).
        found = persian_post_holder(doc, tokens, verb, sentence), False
    speaker = participle_speaker(doc, text[verb.start:verb.end], sentence, previous) \
        or continued_speaker(doc, found, verb.start, sentence, quoted, previous,
                             text[verb.start:verb.end])
    if verb.value == "fa" and previous is not None \
            and office_goes_on(doc, found[0], previous, verb.start):
        speaker = previous.speaker  # «امام جمعه بوشهر گفت»: the person quoted just before
    if verb.value == "fa" and post and found[0] is None:
        told = "post"
    elif speaker is not None:
        named = found[0] is not None and found[0].source != PRONOUN_SOURCE
        told = "named" if named else "inherited"
    else:
        told = "post" if post else "none"
    return Quote(start, end, text=text[start:end], speaker=speaker,
                 verb=text[verb.start:verb.end], direct=direct), told


WARNING_PREPOSITION = "من"
"""The preposition a warning verb governs its warning by: «حذر X من أن ...»."""


def _opens_as_warning(text: str, tokens: Sequence[Word], verb: Match[str],
                      opening: Opening) -> bool:
    """Whether a warning verb («حذر», ``is_warning``) has its quote open at «من أن»; any
    other verb opens as it does. The bare word is also the noun or adjective «حَذَر» («بلا
    وجل أو حذر (...)»), and a warning of a thing («حذر من الالتفات إلى ... بأنهم») leaves
    a later link or marks to another clause. Session 24 (2026-12-07)."""
    if not is_warning(text[verb.start : verb.end]):
        return True
    k = token_index(tokens, opening.word.start)
    return opening.kind == "link" and k > 0 and tokens[k - 1].folded == WARNING_PREPOSITION


def _personal_subject(text: str, tokens: Sequence[Word], verb: Match[str],
                      found: tuple[Entity | None, bool]) -> bool:
    """Whether an imperfect speech verb («ويوضح», ``is_imperfect_report``) has a person
    named after it as its subject («ويوضح د.القحطاني أن»), or, with «و» glued on, a person
    it shares with the clause before or none at all, going on with the speaker before
    («ويشير X إلى أنه ...، ويبين أن»). Not a verb inside another clause («في خطاب ...
    يوضح فيه»). Session 19 (2026-12-06)."""
    entity, told = found
    word = tokens[verb.first]
    glued = text[word.start : verb.start] == "و"
    if entity is not None:
        return entity.type == "PER" and (entity.start >= verb.end or glued)
    return not told and glued


def find_quotes(doc: Doc) -> list[Quote]:
    quotes: list[Quote] = []
    told: dict[int, str] = {}  # quote start -> how its speaker is told (``quote_at``)

    def keep(quote: Quote, how: str) -> None:
        if not any(q.start < quote.end and quote.start < q.end for q in quotes):
            quotes.append(quote)
            told[quote.start] = how

    for start, end in doc.sentences:
        tokens = words(doc.text, start, end)
        for verb in speech_verbs().find_all(doc.text, tokens, strip_clitics=True):
            if doc.lang in _QUOTED_LANGS and verb.value != doc.lang:
                continue  # "تابع الگوی رفتاری" is no Arabic "he went on" in Persian text
            if not stands_as_verb(doc.text, tokens, verb):
                continue  # "العلاقة بين العليان وناديه أن": "between", not "he made clear"
            if after_impersonal_modal(tokens, verb):
                continue  # «می‌توان گفت که ...»: one can say; no one speaks
            said = quote_at(doc, tokens, verb, (start, end), [(q.start, q.end) for q in quotes],
                            quotes[-1] if quotes else None)
            if said is not None:
                keep(*said)
        if doc.lang == "ar":
            for verb in relays(doc, tokens):
                said = quote_at(doc, tokens, verb, (start, end), [(q.start, q.end) for q in quotes],
                                quotes[-1] if quotes else None, relay=True)
                if said is not None:
                    keep(*said)
        for quote in attributed_quotes(doc, tokens, (start, end),
                                       [(q.start, q.end) for q in quotes],
                                       quotes[-1] if quotes else None):
            keep(quote, "attributed")
    ordered = carried_back(doc, sorted(quotes, key=lambda q: q.start), told)
    return interview_turns(doc, named_after_lead(doc, ordered, told))


QUOTE_STAGE_PREFIX = "khabar.quotes."
"""Names of the stages that assign ``Doc.quotes``."""


def doc_quotes(doc: Doc) -> list[Quote]:
    """The document's quotes: the quote stage's where it ran (finding none is its answer
    too, so an article without quotes is not searched again by each event rule that asks),
    else found now (the event stage run on its own, as in tests and benches)."""
    if doc.quotes or any(name.startswith(QUOTE_STAGE_PREFIX) for name in doc.stages):
        return doc.quotes
    return find_quotes(doc)


@stage("khabar.quotes.verbs.v2", requires=("text", "sentences", "entities"), assigns=("quotes",))
def make_quotes(settings: Settings) -> Callable[[Doc], Doc]:
    """Direct and reported quotes with their speakers, from speech verbs."""

    def quotes(doc: Doc) -> Doc:
        doc.quotes = find_quotes(party_doc(doc))
        return doc

    return quotes
