"""The Persian rules over the merged entities, in order (moved out of ``ner.py`` to keep it
under 400 lines, as ``arabic_mentions`` holds this session's Arabic rules; review, session
17 (2026-12-06), engineer review_a)."""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Entity
from khabar.entities.gazetteer import Word
from khabar.entities.persian_body_tails import body_tails
from khabar.entities.persian_club_lists import club_lists
from khabar.entities.persian_club_pairs import club_pairs
from khabar.entities.persian_clubs import add_club_repeats
from khabar.entities.persian_complements import complement_objects
from khabar.entities.persian_conjoined_bodies import split_conjoined_bodies
from khabar.entities.persian_conjunct_run_ons import trim_conjunct_run_ons
from khabar.entities.persian_coordination import repeated_conjuncts
from khabar.entities.persian_cut_names import given_name_surnames
from khabar.entities.persian_daily_outlets import daily_outlets
from khabar.entities.persian_field_posts import drop_post_fields
from khabar.entities.persian_given_before import given_names_before
from khabar.entities.persian_holy_titles import without_holy_titles
from khabar.entities.persian_kin_nouns import without_kin_nouns
from khabar.entities.persian_listed_clubs import add_listed_clubs
from khabar.entities.persian_media_kinds import media_names
from khabar.entities.persian_named_days import drop_named_days
from khabar.entities.persian_national_bodies import national_bodies_fa
from khabar.entities.persian_numbered_bodies import numbered_bodies
from khabar.entities.persian_press import company_names, press_names
from khabar.entities.persian_press_repeats import press_repeats
from khabar.entities.persian_quoted_persons import quoted_foreign_persons
from khabar.entities.persian_repeated_bodies import repeated_bodies
from khabar.entities.persian_repeats import add_org_repeats_fa
from khabar.entities.persian_rules import add_outlets, orgs_over_places
from khabar.entities.persian_run_ons import trim_after_listed, trim_run_ons
from khabar.entities.persian_said_surnames import said_surnames
from khabar.entities.persian_team_words import team_names
from khabar.entities.persian_tidy import amir_given_names
from khabar.entities.persian_title_words import drop_determined_titles, drop_titled_words
from khabar.entities.persian_titled_surnames import titled_given_surnames
from khabar.entities.persian_units import (
    add_listed_orgs,
    add_place_bodies,
    listed_names,
    parent_bodies,
)
from khabar.entities.persian_untagged_names import untagged_persons
from khabar.entities.persian_vocalized import drop_vocalized
from khabar.entities.persian_word_persons import drop_word_persons
from khabar.entities.persian_work_titles import drop_work_titles
from khabar.kb.entries import KnowledgeBase


def persian_rules(text: str, tokens: Sequence[Word], kept: list[Entity], model: list[Entity],
                  kb: KnowledgeBase) -> list[Entity]:
    """The Persian rules over the merged entities: vocalized Arabic and titles before a verb, a
    function word or a post, or after a determiner before a common word, dropped, «امیر» after
    a given name, outlets, listed bodies, listed clubs in a sports report, national, place and
    numbered bodies, periodicals (a foreign one also named again alone), broadcasters after
    their kind, outlets named with a place's word («دیلی»), two bodies joined by «و» split,
    names joined by «و», bodies, clubs listed with their cities, teams without the words that
    describe them («تیم قدرتمند …», session 24) and clubs named again, run-ons
    (over «و» too), a verbal noun's object, ministers' fields, companies' nouns, works' titles,
    given names cut from their surnames (after or before them, and after a title of address),
    untagged names in lists and at a line's opening, foreign names in quotation marks, holy
    figures' titles, kinship nouns after a given name, named days read as persons, persons that
    are common words, surnames of two words cut before a speech verb, bodies run on over
    their tail (a bare «استان», «تهران [بزرگ]», «استان» and its place: session 30), and
    bodies named by a description the article writes twice («سازمان بین‌المللی کار», session
    29)."""
    kept = drop_determined_titles(tokens, drop_titled_words(drop_vocalized(text, kept)))
    kept = amir_given_names(text, tokens, kept)
    kept = add_listed_orgs(text, tokens, add_outlets(text, tokens, kept), kb)
    kept = add_listed_clubs(text, tokens, kept)
    kept = add_place_bodies(text, tokens, national_bodies_fa(text, tokens, kept, kb), kb)
    kept = parent_bodies(text, tokens, orgs_over_places(text, tokens, kept, model))
    kept = numbered_bodies(text, tokens, kept)
    kept = daily_outlets(text, tokens, media_names(text, tokens, press_names(text, tokens, kept)))
    kept = press_repeats(text, tokens, kept)
    kept = split_conjoined_bodies(text, tokens, kept)
    kept = repeated_conjuncts(text, tokens, kept)
    kept = club_pairs(text, tokens, add_org_repeats_fa(text, tokens, kept))
    kept = club_lists(text, tokens, kept)
    kept = add_club_repeats(text, tokens, team_names(text, tokens, kept))
    kept = trim_after_listed(text, trim_run_ons(text, tokens, kept, kb), kb)
    kept = trim_conjunct_run_ons(text, kept, kb)
    kept = complement_objects(text, tokens, kept, kb)
    kept = drop_work_titles(text, tokens, company_names(text, drop_post_fields(tokens, kept, kb)))
    kept = given_name_surnames(text, tokens, titled_given_surnames(text, tokens, kept))
    kept = given_names_before(text, tokens, kept)
    kept = quoted_foreign_persons(text, tokens, untagged_persons(text, tokens, kept))
    kept = without_kin_nouns(without_holy_titles(text, tokens, kept))
    kept = drop_word_persons(text, drop_named_days(text, tokens, kept), kb)
    kept = body_tails(text, tokens, said_surnames(text, tokens, kept))
    return repeated_bodies(text, tokens, kept, listed_names(kb).words.keys())
