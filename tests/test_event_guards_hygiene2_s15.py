"""Guards of session 15's event rules that no test held (hygiene2, session 15 (2026-12-06),
issue 6): each test fails when its guard is removed (checked in a worktree). Sentences
written for these tests; mentions and entities built by hand."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from doc_builders import doc_with, simple_doc

from khabar.doc import Entity
from khabar.entities.gazetteer import Word, words
from khabar.events import persian_sides
from khabar.events.arabic_attack_clauses import clause_roles
from khabar.events.arabic_passives import powerless_passive
from khabar.events.lexicon import TriggerHit, find_triggers
from khabar.events.participants import Mention
from khabar.events.quote_bodies import named_mention
from khabar.events.roles import Roles
from khabar.events.stage import find_events
from khabar.events.state_actors import state_actors

KB = dict[str, tuple[str, str | None]]


def _mention(tokens: Sequence[Word], first: int, last: int, prep: str | None = None
             ) -> Mention:
    start, end = tokens[first].start, tokens[last].end
    text = " ".join(w.text for w in tokens[first : last + 1])
    head = Entity(start=start, end=end, type="LOC", text=text)
    return Mention(head=head, start=start, end=end, first=first, last=last, prep=prep)


def test_a_second_side_under_its_own_preposition_is_no_side() -> None:
    """persian_sides.between_sides: B after «و» is bare; «و با عراق» is no second side."""
    tokens = words("گفتگوهای بین ایران و با عراق")
    a, b = _mention(tokens, 2, 2, "between"), _mention(tokens, 5, 5, "with")
    assert persian_sides.between_sides([a, b], tokens) is None
    bare = _mention(tokens, 5, 5)
    assert persian_sides.between_sides([a, bare], tokens) == (a, bare)


def test_a_mark_between_the_sides_ends_the_pair() -> None:
    """persian_sides._joined: a clause's end between «و» and B («بین ایران و دیروز، عراق»)."""
    tokens = words("گفتگوهای بین ایران و دیروز ، عراق")
    a, b = _mention(tokens, 2, 2, "between"), _mention(tokens, 6, 6)
    assert persian_sides.between_sides([a, b], tokens) is None


def test_a_mark_between_the_noun_and_between_ends_the_reach() -> None:
    """persian_sides._governed: a mark between the noun act and «بین» («گفتگوها، بین»)."""
    tokens = words("گفتگوها ، بین ایران و عراق")
    assert not persian_sides._governed(tokens, 0, 3)
    tokens = words("گفتگوها در بین ایران و عراق")
    assert persian_sides._governed(tokens, 0, 3)


def test_an_act_whose_roles_are_not_subj_has_no_sides() -> None:
    """persian_sides.act_sides: only a trigger read subject-first takes «بین A و B» (a
    passive reading does not)."""
    tokens = words("بین ایران و عراق")
    a, b = _mention(tokens, 1, 1, "between"), _mention(tokens, 3, 3)
    assert persian_sides.act_sides("subj", False, [a, b], [], tokens, None, None) == (a, b)
    assert persian_sides.act_sides("passive", False, [a, b], [], tokens, None, None) is None


def test_a_request_of_an_actor_of_no_country_code_asks_no_group() -> None:
    """persian_asked.unnamed_addressee: the group takes the actor's country only where it is
    a country's code (country_entries); a body of several states («EUE») gives none."""
    kb: KB = {"اتحادیه اروپا": ("org:eu", "EUE"), "نیجریه": ("geonames:2328926", "NGA")}
    text = "اتحادیه اروپا از شرکت‌های نفتی خواست تا حساب‌های خود را شفاف کنند."
    [event] = [e for e in find_events(doc_with(text, "fa", [("اتحادیه اروپا", "ORG")], kb))
               if e.type == "REQUEST"]
    assert event.target is None
    text = "نیجریه از شرکت‌های نفتی خواست تا حساب‌های خود را شفاف کنند."
    [event] = [e for e in find_events(doc_with(text, "fa", [("نیجریه", "LOC")], kb))
               if e.type == "REQUEST"]
    assert event.target is not None and event.target.country == "NGA"


def _at(text: str, phrase: str, after: str) -> Entity:
    start = text.index(phrase, text.index(after))
    return Entity(start, start + len(phrase), type="ORG", text=phrase)


def test_a_noun_without_the_article_refers_back_to_no_body() -> None:
    """quote_bodies.named_mention: only the definite noun («الشركة») stands for a body named
    before; a bare «شركة» is a new one, even after «شركة «الأسماك»»."""
    text = "أعلنت شركة «الأسماك» أرباحها. وقالت شركة إن الأرباح زادت. وقالت الشركة إن"
    doc = simple_doc(text, "ar")
    assert named_mention(doc, _at(text, "شركة", "وقالت")) is None
    definite = named_mention(doc, _at(text, "الشركة", "وقالت"))
    assert definite is not None and definite.text == "شركة «الأسماك»"


def test_a_place_under_a_preposition_is_no_target_of_the_attack_clause() -> None:
    """arabic_attack_clauses.clause_roles: the target is the first bare party after the
    verb; «في أبها», under a preposition, is where, not whom."""
    text = "وأدان الوزير التفجير الذي استهدف في أبها قوات الطوارئ الخاصة."
    tokens = words(text)
    [hit] = [h for h in find_triggers(text, tokens, "ar") if h.first == 4]  # «استهدف»
    place = _mention(tokens, 6, 6, "in")
    forces = _mention(tokens, 7, 9)
    assert clause_roles([place, forces], tokens, hit) == (None, forces)


def _protesters() -> Mention:
    head = Entity(start=0, end=8, type="ORG", text="المحتجين", key="group:protesters:IRQ")
    return Mention(head=head, start=0, end=8, first=0, last=0, prep=None)


def _arrest() -> TriggerHit:
    text = "اعتقلوا أمس"
    [hit] = find_triggers(text, words(text), "ar")
    return hit


def test_a_powerless_group_s_arrest_noun_keeps_its_roles() -> None:
    """arabic_passives.powerless_passive: an arrest noun («اعتقال المحتجين») has no passive
    voice to read; only the unvowelled verb does."""
    roles = Roles(actor=_protesters(), target=None)
    hit = _arrest()
    assert powerless_passive(roles, hit) == Roles(actor=None, target=roles.actor)
    assert powerless_passive(roles, replace(hit, tense="noun")) == roles


def test_a_powerless_group_with_a_target_keeps_its_roles() -> None:
    """arabic_passives.powerless_passive: the verb's only party is read as the one acted
    upon; a verb that has a target as well keeps both."""
    target = replace(_protesters(), head=Entity(start=0, end=5, type="PER", text="الشرطي"))
    roles = Roles(actor=_protesters(), target=target)
    assert powerless_passive(roles, _arrest()) == roles


def _protest_groups(place: Entity) -> list[str | None]:
    text = "تجمع متظاهرون أمام سفارة بريطانيا للتنديد بالاتفاق."
    doc = simple_doc(text, "ar", published="2015-07-20T09:00:00+03:00")
    start = text.index(place.text)
    doc.entities = [replace(place, start=start, end=start + len(place.text))]
    return [e.country for s, t in doc.sentences for e in state_actors(doc, words(text, s, t))
            if e.key and e.key.startswith("group:protesters")]


def test_protesters_take_no_country_from_a_country_named_beside_them() -> None:
    """state_actors._city_country: a city (a place with coordinates) is where protesters
    gather; a country named («أمام سفارة بريطانيا», no coordinates) is not."""
    country = Entity(0, 0, type="LOC", text="بريطانيا", country="GBR")
    assert _protest_groups(country) == [None]
    city = replace(country, lat=51.5, lon=-0.1)
    assert _protest_groups(city) == ["GBR"]
