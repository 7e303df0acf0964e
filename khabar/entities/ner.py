"""The entity stage ``khabar.entities.ner.v2``: rules, the statistical tagger, the KB and
references.

Rules find what they are sure of (titled persons, gazetteer places with GeoNames ids,
listed organisations); the tagger (the CRF, pooled with the neural model where one
ships: ``khabar.entities.pooled``) adds the names the lists miss, where it overlaps nothing
the rules found. Persons and organisations are then linked to the KB, surnames met
again later become mentions, and role phrases and pronouns are resolved to persons.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from khabar.doc import GAZETTEER_SOURCE, SURNAME_SOURCE, TAGGER_SOURCE, Doc, Entity
from khabar.entities.accusatives import drop_accusatives
from khabar.entities.arabic_clan_names import clan_family_names
from khabar.entities.arabic_club_words import one_word_clubs
from khabar.entities.arabic_clubs import club_names
from khabar.entities.arabic_common_given import confirm_common_given
from khabar.entities.arabic_common_surnames import drop_common_word_surnames
from khabar.entities.arabic_company_lists import company_lists
from khabar.entities.arabic_complement_fields import complement_fields
from khabar.entities.arabic_foreign_clubs import foreign_clubs
from khabar.entities.arabic_given_before import add_given_before
from khabar.entities.arabic_governments import mark_state_references
from khabar.entities.arabic_listed_ends import listed_name_ends
from khabar.entities.arabic_mentions import arabic_mentions
from khabar.entities.arabic_name_particles import particle_names, particle_surnames
from khabar.entities.arabic_named_bodies import named_bodies
from khabar.entities.arabic_patronymics import patronymic_names
from khabar.entities.arabic_peoples import mark_peoples
from khabar.entities.arabic_place_surnames import place_surnames
from khabar.entities.arabic_post_names import post_names, title_family_names
from khabar.entities.arabic_quoted_names import quoted_names
from khabar.entities.arabic_service_bodies import service_bodies
from khabar.entities.arabic_short_names import short_names
from khabar.entities.arabic_split_persons import join_given_names
from khabar.entities.arabic_split_words import drop_split_common_words
from khabar.entities.arabic_theophoric import drop_false_theophoric
from khabar.entities.arabic_year_ends import cut_year_ends
from khabar.entities.common_noun_orgs import drop_common_noun_orgs
from khabar.entities.common_words import drop_amounts_and_dates
from khabar.entities.common_words import drop_name_word_phrases as drop_name_word_phrases_ar
from khabar.entities.conll import spans
from khabar.entities.datelines_ar import add_datelines
from khabar.entities.gazetteer import Word, country_entries, demonyms, phrase_key, words
from khabar.entities.home_bodies import add_home_bodies
from khabar.entities.name_extent import (
    complete_given_names,
    confirm_weak_titles,
    extend_by_model,
    tidy_model,
)
from khabar.entities.name_types import agree_name_types
from khabar.entities.org_patterns import add_org_names
from khabar.entities.org_repeats import add_org_repeats
from khabar.entities.persian_branches import link_branches
from khabar.entities.persian_common_surnames import drop_common_surnames
from khabar.entities.persian_company_lines import company_lines
from khabar.entities.persian_entity_rules import persian_rules
from khabar.entities.persian_governments import add_government_persons, mark_governments
from khabar.entities.persian_lone_heads import drop_lone_heads
from khabar.entities.persian_outlet_links import link_outlets
from khabar.entities.persian_plural_names import drop_plural_names
from khabar.entities.persian_quoted_speech import speech_spans
from khabar.entities.persian_rooms import drop_rooms
from khabar.entities.persian_rules import (
    confirm_given_names,
    join_surnames,
    tidy_persian_model,
    without_honorific_persons,
)
from khabar.entities.persian_sayyid import sayyid_in_names
from khabar.entities.persian_scriptures import drop_scriptures
from khabar.entities.persian_share_lists import share_lists
from khabar.entities.persian_slot_surnames import slot_surnames
from khabar.entities.persian_split_surnames import join_split_surnames
from khabar.entities.persian_street_names import drop_street_persons
from khabar.entities.persian_tidy import (
    drop_name_word_phrases,
    settle_surnames,
)
from khabar.entities.place_namesakes import drop_place_namesakes
from khabar.entities.place_persons import persons_over_places
from khabar.entities.stage import (
    add_surname_mentions,
    assign_countries,
    candidates,
    country_cues,
    resolve_overlaps,
)
from khabar.entities.titles import person_key, role_words, stopwords, titles
from khabar.kb.context_names import context_name_spans, national_bodies
from khabar.kb.entries import KnowledgeBase, load_kb, with_entry
from khabar.kb.former import link_former, link_governments
from khabar.kb.link import (
    generation_spans,
    kb_keys,
    link_in_document,
    link_name,
    link_person,
    named_after_spans,
    other_bearers,
    strip_titles,
    unlink_named_after,
)
from khabar.kb.places import DIVISION_IDS, after_province_nouns
from khabar.kb.short_bodies import link_short_bodies
from khabar.kb.variants import link_org_of_country, link_variant, name_country
from khabar.registry import stage
from khabar.settings import Settings

MODEL_LANGS = ("fa", "ar")
MODEL_TYPES = ("PER", "ORG", "LOC")
"""Types taken from the tagger; its FAC, EVENT and PRO spans are left out (no consumer yet)."""


def _sentence_ranges(doc: Doc) -> list[tuple[int, int]]:
    return doc.sentences or [(0, len(doc.text))]


def model_entities(doc: Doc, tokens: Sequence[Word], neural: bool = True,
                   crf_weight: float = 0.5, crf_fill: bool = True,
                   title_ahead: bool = False) -> list[Entity]:
    """Entities the statistical tagger finds (the CRF, pooled with the neural model when
    ``neural`` and one ships), sentence by sentence; ``title_ahead``: the headline is
    tagged in the same batch, for the headline's stage (``pooled.PooledTagger.tag_many``)."""
    from khabar.entities.pooled import stage_tagger, tag_many

    if doc.lang not in MODEL_LANGS:
        return []
    found: list[Entity] = []
    starts = [w.start for w in tokens]
    firsts = [bisect_left(starts, low) for low, _ in _sentence_ranges(doc)]
    lasts = [bisect_left(starts, high) for _, high in _sentence_ranges(doc)]
    sentences = [[w.text for w in tokens[a:b]] for a, b in zip(firsts, lasts, strict=True)]
    tagger = stage_tagger(doc.lang, neural, crf_weight, crf_fill)
    ahead = [[w.text for w in words(doc.title)]] if title_ahead and doc.title else []
    for first, tags in zip(firsts, tag_many(tagger, sentences, ahead), strict=True):
        for begin, end, kind in sorted(spans(tags)):  # a set: its order is the hash seed's
            span = _trim(tokens, first + begin, first + end - 1)
            if kind in MODEL_TYPES and span is not None:
                found.append(_model_entity(doc.text, tokens, *span, kind))
    return found


def _trim(tokens: Sequence[Word], first: int, last: int) -> tuple[int, int] | None:
    """The span without leading titles; None when only titles, role words or a
    nationality adjective are left (the rules and references handle those)."""
    while first <= last and tokens[first].text in titles():
        first += 1
    if first > last:
        return None
    words_left = tokens[first:last + 1]
    if all(w.folded in role_words() or w.folded in stopwords() for w in words_left):
        return None
    if _code_like(words_left):
        return None
    surface = " ".join(w.text for w in words_left)
    if surface in demonyms():
        return None
    return first, last


NAME_PUNCTUATION = frozenset(".-'\u2019&\u0640")
"""Marks a name may hold between its words ("U.S.", "Al-Qaeda", "O'Brien")."""


def _code_like(span: Sequence[Word]) -> bool:
    """Markup or code pasted into the text ("img src=x onerror=…"), not a name: a
    token that is neither a word nor a name's punctuation, or Latin words with no
    capital (Latin-script names in fa/ar/ur/en news are capitalised)."""
    if any(not w.text[:1].isalnum() and w.text not in NAME_PUNCTUATION for w in span):
        return True
    latin = [w.text for w in span if w.text[:1].isascii() and w.text[:1].isalpha()]
    return bool(latin) and not any(word[:1].isupper() for word in latin)


def _model_entity(text: str, tokens: Sequence[Word], first: int, last: int,
                  kind: str) -> Entity:
    start, end = tokens[first].start, tokens[last].end
    surface = text[start:end]
    if kind == "PER":
        key = person_key(tokens, first, last)
    else:
        key = f"{kind.lower()}:{phrase_key(surface)}"
    return Entity(start, end, type=kind, text=surface, key=key, source=TAGGER_SOURCE)


def merge_model(rules: list[Entity], model: Sequence[Entity]) -> list[Entity]:
    """Rule entities, plus model entities that overlap none of them. A province or
    region the rules found inside a longer model ORG («جامعة القصيم», «ارتش آزادیبخش
    بلوچستان») is the organisation's name, which then stands in its place: provinces name
    universities, clubs, papers and armed groups, and the division gazetteer is read by
    the rules only, so the model saw no such flag to learn it from."""
    rest = [r for r in rules if not _is_division(r)]
    kept = list(rest)
    for r in rules:
        if _is_division(r) and not any(
                m.type == "ORG" and m.start <= r.start and r.end <= m.end
                and m.end - m.start > r.end - r.start
                and not any(k.start < m.end and m.start < k.end for k in rest)
                for m in model):
            kept.append(r)
    for entity in model:
        if not any(k.start < entity.end and entity.start < k.end for k in kept):
            kept.append(entity)
    return sorted(kept, key=lambda e: e.start)


def _is_division(entity: Entity) -> bool:
    """A province or region of ``khabar.kb.places.division_index``."""
    return entity.source == GAZETTEER_SOURCE and (entity.kb_id or "").startswith(DIVISION_IDS)


def link_entities(kb: KnowledgeBase, entities: list[Entity],
                  skip: frozenset[tuple[int, int]] = frozenset()) -> list[Entity]:
    """KB ids for persons and organisations; every mention of a key shares its link.
    Spans in ``skip`` (persons naming a hospital or airport) are neither linked nor
    lend or take a link."""
    linked: dict[str, Entity] = {}
    result = []
    for e in entities:
        entry = None
        if (e.start, e.end) in skip:
            pass
        elif e.type == "PER" and e.source != SURNAME_SOURCE:
            entry = link_person(kb, e.text, e.country, e.role) or link_variant(
                kb, strip_titles(e.text), e.country)
        elif e.type == "ORG":
            entry = (kb.entry(e.key or "") or link_name(kb, e.text, "ORG", None)
                     or link_org_of_country(kb, e.text))
            if e.country is None and entry is None:
                e = replace(e, country=name_country(e.text))
        if entry is not None:
            e = with_entry(e, entry)
            if e.key:
                linked.setdefault(e.key, e)
        result.append(e)
    others = other_bearers(result)
    return [e if (e.start, e.end) in skip else _share(e, linked, others) for e in result]


def _share(e: Entity, linked: dict[str, Entity], others: frozenset[str]) -> Entity:
    """A mention takes the link of a linked mention with its key only when its words are
    a part of that name ("باقری" of "محمد باقری"), and no other person of the article
    named in full bears them ("علی باقری")."""
    source = linked.get(e.key or "")
    if e.kb_id is not None or source is None or e.type != source.type:
        return e
    if len(mine := _folded_words(e.text)) == 1 and mine[0] in others:
        return e
    if Counter(mine) - Counter(_folded_words(source.text)):
        return e  # counted: "سلمان بن عبدالعزيز بن سلمان" is not part of "سلمان بن عبدالعزيز"
    return replace(e, kb_id=source.kb_id, name_en=source.name_en,
                   country=e.country or source.country)


def _folded_words(text: str) -> list[str]:
    return [w.folded for w in words(text) if w.text[0].isalnum()]


def _with_model(text: str, tokens: Sequence[Word], found: list[Entity], model: list[Entity],
                lang: str | None, kb: KnowledgeBase) -> list[Entity]:
    """The rules' candidates and the tagger's entities, each tidied by the other, merged,
    then the rules of the article's language over them."""
    arabic, persian = lang in (None, "ar"), lang == "fa"
    if arabic:
        model = tidy_model(text, tokens, model)
        found = confirm_weak_titles(text, tokens, found, model)
        found = confirm_common_given(tokens, found, model)
    elif persian:
        model = tidy_persian_model(text, tokens, model)
        found = join_surnames(text, tokens, found, model)
        found = confirm_given_names(tokens, without_honorific_persons(tokens, found), model)
    kept = resolve_overlaps(found)
    if arabic or persian:
        kept = extend_by_model(text, tokens, kept, model, leftward=arabic)
    kept = drop_amounts_and_dates(tokens, merge_model(kept, model))
    kept = persons_over_places(text, tokens, kept, model)
    if arabic:
        return _arabic_rules(text, tokens, kept)
    if persian:
        return persian_rules(text, tokens, kept, model, kb)
    return kept


def _arabic_rules(text: str, tokens: Sequence[Word], kept: list[Entity]) -> list[Entity]:
    """The Arabic rules over the merged entities: given names completed, bodies read from
    their build or named after a person, place namesakes and set phrases dropped, clan and
    listed names, datelines, quoted names, short names in marks after a body's, clubs named
    by their city and by one definite word («الهلال»), foreign clubs named bare in a sports
    report («شالكه», session 23), names cut before a dating «عام», the
    tagger's phrases in «الله» that are no compound name dropped, a second field of a body's
    «ل» complement, given names that are also words before a found person, persons named
    after a post and family names that are also titles («أحمد السيد،»), the companies
    listed after «أسهم شركات», state services named bare («الدفاع المدني»), and bodies
    named again; last, persons the tagger opened inside a common word («ل[جان توظيف]»),
    before their last word is found again as a surname (session 21). First, persons cut at
    a European name particle («أورزولا فون») run on to the name after it (session 22), and
    persons cut on a Mauritanian «ولد» to the name after it (session 27)."""
    kept = patronymic_names(text, tokens, particle_names(text, tokens, kept))
    kept = complete_given_names(text, tokens, add_org_names(text, tokens, kept))
    kept = named_bodies(text, tokens, kept)
    kept = drop_place_namesakes(tokens, drop_name_word_phrases_ar(tokens, kept))
    kept = listed_name_ends(text, tokens, clan_family_names(text, tokens, kept))
    kept = quoted_names(text, tokens, add_datelines(text, tokens, kept))
    kept = one_word_clubs(text, tokens, club_names(text, tokens, short_names(text, tokens, kept)))
    kept = foreign_clubs(text, tokens, kept)
    kept = cut_year_ends(text, tokens, kept)
    kept = complement_fields(text, tokens, drop_false_theophoric(tokens, kept))
    kept = post_names(text, tokens, add_given_before(text, tokens, kept))
    kept = company_lists(text, tokens, title_family_names(text, tokens, kept))
    kept = service_bodies(text, tokens, kept)
    return drop_split_common_words(tokens, add_org_repeats(text, tokens, kept))



def find_entities(doc: Doc, kb: KnowledgeBase, use_model: bool = True, neural: bool = True,
                  crf_weight: float = 0.5, crf_fill: bool = True,
                  title_ahead: bool = False) -> list[Entity]:
    """Every entity of the document, linked, with references resolved."""
    from khabar.entities.coref import resolve_pronouns, resolve_roles, role_mentions
    from khabar.entities.geo import drop_unsupported_places, resolve_by_focus

    text = doc.text
    arabic = doc.lang in (None, "ar")
    tokens = words(text)
    found = candidates(text, tokens, arabic)
    if use_model:
        model = model_entities(doc, tokens, neural, crf_weight, crf_fill, title_ahead)
        kept = _with_model(text, tokens, found, model, doc.lang, kb)
    else:
        kept = resolve_overlaps(found)
    kept = add_surname_mentions(text, tokens, drop_accusatives(text, kept))
    if arabic:
        kept = place_surnames(tokens, drop_common_word_surnames(tokens, kept))
        kept = particle_surnames(text, tokens, arabic_mentions(text, tokens, kept))
        kept = join_given_names(text, tokens, kept)
    kept = drop_common_noun_orgs(tokens, kept, doc.lang)
    if arabic:
        kept = agree_name_types(text, tokens, national_bodies(text, tokens, kept, kb))
    if doc.lang == "fa":
        kept = settle_surnames(text, tokens, drop_lone_heads(tokens, drop_rooms(tokens, kept)))
        kept = slot_surnames(text, tokens, drop_common_surnames(tokens, kept, kb))
        kept = drop_scriptures(drop_name_word_phrases(tokens, kept))
        kept = drop_plural_names(drop_street_persons(text, tokens, kept), kb)
        kept = share_lists(text, tokens, company_lines(text, tokens, kept))
        kept = join_split_surnames(text, tokens, kept)
    country_ids = frozenset(e.kb_id for e in country_entries().values())
    cues = country_cues(text, tokens, kept, country_ids, arabic)
    places = (named_after_spans(tokens, kept) | generation_spans(kb, tokens, kept)
              | context_name_spans(tokens, kept, doc.lang))
    kept = link_entities(kb, assign_countries(doc, tokens, kept, cues), places)
    roles = role_mentions(kb, text, tokens, arabic, doc.published)
    kept = link_entities(kb, resolve_roles(text, tokens, kept, roles), places)
    kept = link_former(kb, text, tokens, kept, doc.published, other_bearers(kept), places)
    kept = link_governments(kb, tokens, kept, doc.published, other_bearers(kept), places)
    if doc.lang == "fa":
        kept = link_branches(kb, tokens, link_outlets(kb, kept))
    role_people = [entry for role in roles for entry in role.ever]
    kept = unlink_named_after(tokens, link_in_document(kb, kept, places, role_people))
    kept = link_short_bodies(doc, kb, tokens, add_home_bodies(doc, kb, tokens, kept))
    if doc.lang == "fa":
        kept = sayyid_in_names(text, tokens, kept)
    quoted, opened = speech_spans(text, tokens, doc.sentences) if doc.lang == "fa" else ([], [])
    referred = resolve_pronouns(tokens, kept, arabic, quoted, opened)
    placed = resolve_by_focus(doc, after_province_nouns(tokens, referred))
    found_all = kb_keys(drop_unsupported_places(doc, placed))
    if arabic:
        return mark_peoples(mark_state_references(found_all))
    if doc.lang != "fa":
        return found_all
    return add_government_persons(text, mark_governments(found_all), kb)


@stage("khabar.entities.ner.v2", requires=("text", "lang", "sentences"), assigns=("entities",))
def make_ner(settings: Settings) -> Callable[[Doc], Doc]:
    """Rules plus the statistical tagger (fa, ar: CRF, pooled with the neural model), KB
    linking, role and pronoun references."""
    kb = load_kb(settings.get("kb.overlay") or None)
    find = entity_finder(settings)

    def entities(doc: Doc) -> Doc:
        doc.entities = find(doc, kb)
        return doc

    return entities


def entity_finder(settings: Settings) -> Callable[[Doc, KnowledgeBase], list[Entity]]:
    """``find_entities`` with the entity settings read once (``entities.model``,
    ``entities.neural``, ``entities.crf_weight``, ``entities.crf_fill``): the body's stage
    and the headline's (``khabar.entities.title.v1``) read them alike."""
    use_model = bool(settings.get("entities.model"))
    neural = bool(settings.get("entities.neural"))
    crf_weight = float(settings["entities.crf_weight"])
    crf_fill = bool(settings.get("entities.crf_fill"))
    title_ahead = "khabar.entities.title.v1" in settings["pipeline.stages"]

    def find(doc: Doc, kb: KnowledgeBase) -> list[Entity]:
        return find_entities(doc, kb, use_model, neural, crf_weight, crf_fill, title_ahead)

    return find
