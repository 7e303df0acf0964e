"""Incremental story clustering: pure functions the store calls for each new article.

An article becomes a ``StoryCandidate``: its day, its language-neutral keys (person and
organisation keys, place KB ids, ``event:TYPE``) and its fingerprint. The store indexes
``blocking_keys`` to find neighbours, so the cost stays linear in the collection; then
``best_story`` picks the story of the best neighbour, or None to open a new story. Given
the members of a neighbour's story, it takes that story only when the article fits its
core (``khabar.stories.core``, setting ``stories.core_share``): one member alone does not
chain a story to another.

Two articles join when they are near-duplicates, or when both are dated within
``stories.window_days`` and share at least ``stories.min_overlap`` keys, where a specific
key (a person, an organisation, a city) counts 1 and a common one (a country, an event
type) counts ``WEAK_WEIGHT``: two articles about Iran and Pakistan are not one story. The
shared keys count only when they are a fair share (``KEY_SHARE``) of the smaller
article's keys, so long features that name dozens of people and places do not chain
unrelated news into one story. Two articles of the same days whose headlines share most
words (``TITLE_NEAR``) join too: agencies re-title copy lightly. Short of both, the share
of the shorter headline's words the other repeats adds to the shared keys: "دول الخليج
تدين تفجير مسجد عسير" and "أمير عسير يقف على موقع حادثة تفجير مسجد الطوارئ" share a
place, an event type and half a headline. Headline words are folded and lightly stemmed
(``resources/stories/affixes.tsv``). Between two reports of one home (``khabar.stories.home``:
Persian), a join by keys needs a headline word of either in the other's headline or lead
(``khabar.stories.topic``): a country's own officials, clubs and companies are in most of
its news, and its opinion columns and features joined the news of the actors they discuss.

With ``stories.embedding`` on, each candidate also carries a headline-and-lead vector
(``khabar.stories.embed``): two articles of different languages that share at least one key
join when their vectors are close (``stories.embedding_join``), since headline words never
match across languages; and a join by keys or words is refused when the vectors are far
apart (``stories.embedding_veto``). Candidates without vectors are compared as before.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from khabar.stories.core import fits_core
from khabar.stories.counted_names import ends_in_count
from khabar.stories.fingerprint import NUM_HASHES, is_near_duplicate, minhash, similarity
from khabar.stories.headline_numbers import title_numbers
from khabar.stories.headline_words import MIN_TITLE_WORD as MIN_TITLE_WORD
from khabar.stories.headline_words import affixes as affixes
from khabar.stories.headline_words import stem as stem
from khabar.stories.headline_words import title_words
from khabar.stories.home import home_capital, home_country, home_of, shared_home
from khabar.stories.markets import is_market_report, session_day
from khabar.stories.names import skeleton_key
from khabar.stories.owned_names import needs_owner
from khabar.stories.topic import headline_words, lead_words, name_one_topic
from khabar.stories.weights import REPORTER, total_weight
from khabar.stories.weights import WEAK_WEIGHT as WEAK_WEIGHT
from khabar.stories.weights import common_keys as common_keys
from khabar.stories.weights import is_script_neutral as is_script_neutral
from khabar.stories.weights import key_containment as key_containment
from khabar.stories.weights import key_weight as key_weight
from khabar.stories.weights import shared_weight as shared_weight

BANDS = 16
"""Fingerprint bands for blocking: near-duplicates share at least one band, very likely."""
_STRONG_PREFIXES = ("per:", "org:")
TITLE_NEAR = 0.6
"""Word overlap (Jaccard) from which two headlines of the same days tell one story: agencies
re-title copy lightly ("عام / تحطم طائرة ..." and "تحطم طائرة ...")."""
KEY_SHARE = 0.25


@dataclass(frozen=True)
class StoryCandidate:
    article_id: str
    day: date | None
    keys: frozenset[str]
    lang: str | None
    title: str | None
    fingerprint: tuple[int, ...]
    vector: Any = field(default=None, compare=False, repr=False)
    """The headline-and-lead vector (``embed.embed``), or None."""
    common: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    """Its specific keys that many articles of its window hold (``common_keys``): they
    weigh as little as a country when it is compared with others. Set by the store for the
    article being placed only, so a comparison never depends on what a cache kept."""
    home: str | None = field(default=None, compare=False, repr=False)
    """The country the report was published in (``home.home_of``): between two reports
    of one home, its capital weighs as a country (``home.home_capital``) and the country
    itself nothing (``home.home_country``)."""
    market: bool = field(default=False, compare=False, repr=False)
    """Whether it reports a trading session (``markets.is_market_report``): two market
    reports of different sessions join only as near-duplicates (``joins``)."""
    session: date | None = field(default=None, compare=False, repr=False)
    """The day of the session a market report's lead dates (``markets.session_day``:
    yesterday's for a morning paper's page), or None when it dates none."""
    headline: frozenset[str] | None = field(default=None, compare=False, repr=False)
    """The words its headline names (``topic.headline_words``; None: its title's words)
    and those of its lead (``topic.lead_words``): two reports of one home join by keys
    only when a headline word of either is in the other's headline or lead
    (``other_topics``)."""
    lead: frozenset[str] = field(default=frozenset(), compare=False, repr=False)


def _day(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def record_keys(record: Mapping[str, Any]) -> frozenset[str]:
    """Person and organisation keys, place KB ids and event types of a contract record,
    and the skeleton of each unlinked person's name (``names.skeleton_key``). A mention read
    as the record's attribution to a news outlet gives a reporter key instead (``by:`` + its
    key, ``weights.REPORTER``; session 14 (2026-12-06)), which weighs as little as a country:
    who reports is not what happened, and a Tehran paper's reports that shared only
    «ایسنا:» and Tehran joined one story (bench/data/story-pairs-dense.tsv). The
    record's ``references`` (a pronoun or role phrase resolved to a person, a government
    read as its state: apart from the names since session 25) give their key as they did
    when the record's ``entities`` held them: who the article is about has not changed. An
    unlinked organisation named without the owner it needs («کتابخانه مرکزی»:
    ``owned_names``) gives no key: two reports naming it need not name one body; nor does
    one whose name ends in a count the tagger ran into it («دانشگاه 4 [مرکز]»,
    ``counted_names``; session 26 (2026-12-07))."""
    keys: set[str] = set()
    reporters = _reporter_spans(record)
    for entity in (*(record.get("entities") or ()), *(record.get("references") or ())):
        if _names_reporter(entity, reporters):
            if entity.get("key"):
                keys.add(REPORTER + entity["key"])
            continue
        if needs_owner(entity) or ends_in_count(entity, record.get("lang")):
            continue
        if entity.get("type") in ("PER", "ORG") and entity.get("key"):
            keys.add(entity["key"])
        elif entity.get("type") == "LOC" and entity.get("kb_id"):
            keys.add(entity["kb_id"])
    for event in record.get("events") or ():
        if event.get("type"):
            keys.add(f"event:{event['type']}")
    keys.update(f"num:{n}" for n in title_numbers(record.get("title")))
    keys.update(k for k in map(skeleton_key, list(keys)) if k)
    return frozenset(keys)


def _reporter_spans(record: Mapping[str, Any]) -> list[tuple[int, int]]:
    """Where the record's attributions to a known news outlet («به گزارش ایسنا», «ایرنا:»,
    «(واس)», «عين اليوم»: ``sources`` with an ``outlet_id``) were read."""
    return [(s["raw_start"], s["raw_end"]) for s in record.get("sources") or ()
            if s.get("outlet_id") and isinstance(s.get("raw_start"), int)
            and isinstance(s.get("raw_end"), int)]


def _names_reporter(entity: Mapping[str, Any], spans: list[tuple[int, int]]) -> bool:
    """Whether a mention is one of the record's attributions: who reports, not who acts."""
    start, end = entity.get("raw_start"), entity.get("raw_end")
    return (isinstance(start, int) and isinstance(end, int)
            and any(start < b and a < end for a, b in spans))


def candidate_from_record(record: Mapping[str, Any], vector: Any = None) -> StoryCandidate:
    """The candidate of a contract record (``khabar.export.contract.to_record``), with its
    headline-and-lead vector when ``stories.embedding`` gave it one."""
    fingerprint = record.get("fingerprint") or minhash(record.get("text") or "")
    day = _day(record.get("published"))
    market = is_market_report(record.get("title"), record.get("text"), record.get("lang"))
    home = home_of(record)
    return StoryCandidate(
        article_id=str(record["id"]),
        day=day,
        keys=record_keys(record),
        lang=record.get("lang"),
        title=record.get("title"),
        fingerprint=tuple(fingerprint),
        vector=vector,
        home=home,
        market=market,
        session=session_day(record, day) if market else None,
        # only reports of one home compare topics (other_topics): others' words go unread
        headline=headline_words(record.get("title"), record.get("text")) if home else None,
        lead=lead_words(record.get("text")) if home else frozenset(),
    )


def _bands(fingerprint: tuple[int, ...]) -> set[str]:
    if len(fingerprint) != NUM_HASHES:
        return set()
    width = NUM_HASHES // BANDS
    return {
        f"fp:{b}:" + hashlib.blake2b(repr(fingerprint[b * width : (b + 1) * width]).encode(),
                                     digest_size=6).hexdigest()
        for b in range(BANDS)
    }


def title_similarity(a: StoryCandidate, b: StoryCandidate) -> float:
    wa, wb = title_words(a.title), title_words(b.title)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def title_containment(a: StoryCandidate, b: StoryCandidate) -> float:
    """Share of the shorter headline's words that the other has: a short headline and a
    long one on the same happening ("آلاف العراقيين يتظاهرون ضد الفساد ونقص الخدمات")."""
    wa, wb = title_words(a.title), title_words(b.title)
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def containment(a: StoryCandidate, b: StoryCandidate) -> float:
    """What a join may add to the shared keys' weight besides them: the headlines'
    containment, or across languages, where headline words rarely meet, at least the
    share of the smaller article's script-neutral key weight the two share
    (``key_containment``)."""
    titles = title_containment(a, b)
    if a.lang is None or b.lang is None or a.lang == b.lang:
        return titles
    return max(titles, key_containment(a.keys, b.keys, a.common | b.common))


def _title_keys(title: str | None) -> set[str]:
    """Headline word pairs: two headlines that share most words share some pair."""
    words = sorted(title_words(title))
    return {"tb:" + hashlib.blake2b(f"{a} {b}".encode(), digest_size=6).hexdigest()
            for i, a in enumerate(words) for b in words[i + 1 : i + 3]}


def blocking_keys(c: StoryCandidate) -> set[str]:
    """What the store indexes to find neighbours: specific keys, fingerprint bands,
    headline word pairs and, for a candidate with a vector, its hash bands."""
    keys = ({k for k in c.keys if key_weight(k) == 1.0 and not k.startswith("num:")}
            | _bands(c.fingerprint)
            | _title_keys(c.title))
    if c.vector is not None:
        from khabar.stories.embed import band_keys

        keys |= band_keys(c.vector)
    return keys


def overlap(a: StoryCandidate, b: StoryCandidate) -> float:
    """The weight of the keys two articles share, counted only when it is a fair share
    (``KEY_SHARE``) of the smaller article's keys: two long features that each name fifty
    places and people share a few by chance, not because they tell one story. Across
    languages the share is of the keys a report in another script could share at all: an
    unlinked name's key is its own spelling (Cannavaro is «per:كاناوارو» in Persian and
    «per:كانافارو» in Arabic), so a report naming a dozen people the KB does not know would
    otherwise never give a report in the other language a fair share, whatever KB ids the
    two have in common. Between two reports of one home, its capital weighs as a country
    (``home.home_capital``) and the country itself nothing (``home.home_country``)."""
    common = a.common | b.common | home_capital(a.home, b.home)
    across = a.lang is not None and b.lang is not None and a.lang != b.lang
    mine, other = _weighed(a, b)
    shared = shared_weight(mine & other, across, common)
    smaller = min(total_weight(mine, across, common), total_weight(other, across, common))
    return shared if shared >= KEY_SHARE * smaller else 0.0


def _weighed(a: StoryCandidate, b: StoryCandidate) -> tuple[frozenset[str], frozenset[str]]:
    """The two candidates' keys without their shared home country (``home.home_country``)."""
    home = home_country(a.home, b.home)
    return (a.keys - home, b.keys - home) if home else (a.keys, b.keys)


def within_window(a: StoryCandidate, b: StoryCandidate, window_days: int) -> bool:
    return a.day is not None and b.day is not None and abs((a.day - b.day).days) <= window_days


def score(a: StoryCandidate, b: StoryCandidate, near_duplicate: float) -> float:
    """How strongly two articles belong together: shared-key weight, more for copies."""
    near = similarity(a.fingerprint, b.fingerprint)
    titles = title_similarity(a, b)
    return (overlap(a, b) + (10.0 * near if near >= near_duplicate else 0.0)
            + (5.0 * titles if titles >= TITLE_NEAR else 0.0))


def joins(a: StoryCandidate, b: StoryCandidate, settings: Mapping[str, Any]) -> bool:
    """Whether ``a`` may join the story of ``b`` (the cheap tests first: the fingerprint
    comparison is the costliest). Near-duplicates join whatever their vectors say. Two
    market reports of different sessions tell different happenings, whatever listed
    companies they share (``other_sessions``): only copies join. Two reports of one home
    that name no common topic (``other_topics``) join only as copies too."""
    if (within_window(a, b, settings["stories.window_days"]) and not other_sessions(a, b)
            and not other_topics(a, b)):
        factor = decay_factor(a, b, settings)
        shared, needed = overlap(a, b), settings["stories.min_overlap"] * factor
        if (shared >= needed or title_similarity(a, b) >= min(1.0, TITLE_NEAR * factor)
                or shared + containment(a, b) >= needed):
            if not vetoed(a, b, settings, factor):
                return True
        elif similar_across(a, b, settings, factor):
            return True
    return is_near_duplicate(a.fingerprint, b.fingerprint, settings["stories.near_duplicate"])


def other_sessions(a: StoryCandidate, b: StoryCandidate) -> bool:
    """Whether both report a trading session (``markets.is_market_report``), of different
    days: the sessions both leads date (``StoryCandidate.session``), else the days of
    publication. A market page of each day names the same companies (session 20
    (2026-12-06): Hamshahri's bourse pages were the largest class of false Persian
    joins)."""
    if not (a.market and b.market):
        return False
    if a.session is not None and b.session is not None:
        return a.session != b.session
    return a.day is not None and a.day != b.day


def other_topics(a: StoryCandidate, b: StoryCandidate) -> bool:
    """Whether two reports of one home (``home.shared_home``) name no common topic: no
    headline word of either is in the other's headline or lead (``topic.name_one_topic``).
    Their country's officials, clubs and companies are in most of its news; its opinion
    columns and features joined the news of the actors they discuss (session 23
    (2026-12-07))."""
    if shared_home(a.home, b.home) is None:
        return False
    words_a, words_b = _headline(a), _headline(b)
    if not (words_a or words_b):
        return False  # neither has a headline to name its topic: nothing to compare
    return not name_one_topic(words_a, a.lead, words_b, b.lead)


def _headline(c: StoryCandidate) -> frozenset[str]:
    return title_words(c.title) if c.headline is None else c.headline


def decay_factor(a: StoryCandidate, b: StoryCandidate, settings: Mapping[str, Any]) -> float:
    """How much stronger the evidence for a join must be, given the days between the two
    articles (``stories.time_decay``): 1 on the same day, ``1 + decay * days`` after. Two
    reports of one happening mostly fall on one day or the next; the same actors in the
    same place a few days on are more often a new happening (a second attack, the next
    session of a market)."""
    if a.day is None or b.day is None:
        return 1.0
    return decay_factor_days(abs((a.day - b.day).days), settings)


def decay_factor_days(days: int, settings: Mapping[str, Any]) -> float:
    """``decay_factor`` for two dates ``days`` apart."""
    decay = settings["stories.time_decay"]
    return 1.0 if decay <= 0 else 1.0 + decay * days


def cosine_needed(threshold: float, factor: float) -> float:
    """A cosine threshold made stricter by ``decay_factor``: the distance it allows
    (1 - threshold) shrinks by the factor. Factor 1 (``stories.time_decay`` 0) gives the
    threshold itself: 1 - (1 - t) is not t in floating point for t below 0.5."""
    return threshold if factor == 1.0 else 1.0 - (1.0 - threshold) / factor


def vector_similarity(a: StoryCandidate, b: StoryCandidate) -> float | None:
    """Cosine similarity of the two candidates' vectors, None unless both have one."""
    if a.vector is None or b.vector is None or a.vector.shape != b.vector.shape:
        return None
    return float(a.vector @ b.vector)


def vetoed(a: StoryCandidate, b: StoryCandidate, settings: Mapping[str, Any],
           factor: float = 1.0) -> bool:
    """Whether two articles of one language are too far apart for one story
    (``stories.embedding_veto``, made stricter by ``factor``). Pairs across languages are
    never vetoed: the model puts a Persian and an Arabic report of one happening further
    apart than two Arabic ones."""
    floor = settings["stories.embedding_veto"]
    same_lang = a.lang is not None and a.lang == b.lang
    similarity = vector_similarity(a, b) if floor > 0 and same_lang else None
    return similarity is not None and similarity < cosine_needed(floor, factor)


def similar_across(a: StoryCandidate, b: StoryCandidate, settings: Mapping[str, Any],
                   factor: float = 1.0) -> bool:
    """Whether two articles of different languages that share some key tell one story by
    their vectors (``stories.embedding_join``, made stricter by ``factor``): headline words
    cannot meet across languages, and a Persian and an Arabic report often share only a
    country and an event type."""
    needed = settings["stories.embedding_join"]
    if needed <= 0 or not a.lang or not b.lang or a.lang == b.lang or not a.keys & b.keys:
        return False
    similarity = vector_similarity(a, b)
    return similarity is not None and similarity >= cosine_needed(needed, factor)


def best_story(candidate: StoryCandidate, neighbours: Iterable[tuple[str, StoryCandidate]],
               settings: Mapping[str, Any],
               members: Callable[[str], Sequence[StoryCandidate]] | None = None) -> str | None:
    """The story id of the best-scoring neighbour the candidate may join, or None.

    With ``members`` (a story id -> its members dated within the window), a story is
    taken only when the candidate fits its core (``core.fits_core``) or copies one of
    its members; else the next best story is tried."""
    best: dict[str, float] = {}
    for story, other in neighbours:
        if other.article_id == candidate.article_id or not joins(candidate, other, settings):
            continue
        value = score(candidate, other, settings["stories.near_duplicate"])
        best[story] = max(value, best.get(story, value))
    for story, _ in sorted(best.items(), key=lambda kv: (-kv[1], kv[0])):
        if members is None or _fits(candidate, story, members, settings):
            return story
    return None


def _fits(candidate: StoryCandidate, story: str,
          members: Callable[[str], Sequence[StoryCandidate]],
          settings: Mapping[str, Any]) -> bool:
    """Whether the candidate may join ``story``: it copies one of its members, or fits its
    core, with the time decay of the nearest member's date."""
    # a reprocessed article may still be listed in its old story: it is no evidence
    group = [m for m in members(story) if m.article_id != candidate.article_id]
    near = settings["stories.near_duplicate"]
    if any(is_near_duplicate(candidate.fingerprint, m.fingerprint, near) for m in group):
        return True
    days = [abs((candidate.day - m.day).days) for m in group
            if candidate.day is not None and m.day is not None]
    factor = decay_factor_days(min(days), settings) if days else 1.0
    return fits_core(candidate, group, settings, factor)


def new_story_id(c: StoryCandidate) -> str:
    """A deterministic id for the story an article opens."""
    digest = hashlib.blake2b(c.article_id.encode(), digest_size=8).hexdigest()
    return f"story-{digest}"
