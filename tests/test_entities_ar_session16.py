"""Arabic entity rules of session 16 (2026-12-06), issue 5: clubs named by one definite word
(entities/arabic_club_words), the conjunction «و» before a name read back from its «بن»
(arabic_name_words.nasab_without_conjunction), a family nisba after a run of given names and
a given name after a glued «و» (arabic_family_names), an unlisted place after a noun of a
territorial unit and a hospital named by its town and type (org_patterns), state services
named bare (arabic_service_bodies), and a nasab person's family name found alone
(stage.add_surname_mentions). Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar.doc import Entity
from khabar.entities.arabic_club_words import one_word_clubs
from khabar.entities.arabic_family_names import add_family_names
from khabar.entities.arabic_service_bodies import service_bodies
from khabar.entities.org_patterns import org_names
from khabar.entities.stage import add_surname_mentions, candidates
from khabar.entities.words import words

SPORT = " وقال المدرب إن اللاعب جاهز للمباراة في الدوري."
"""A sentence that makes a text a sports report (three sports words)."""


def _entity(text: str, name: str, kind: str = "ORG", source: str = "crf") -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), type=kind, text=name, key="x", source=source)


def _clubs(text: str, kept: list[Entity] | None = None) -> list[tuple[str, str, str | None]]:
    return [(e.type, e.text, e.source) for e in one_word_clubs(text, words(text), kept or [])]


@pytest.mark.parametrize(("text", "club"), [
    ("وتغلب الهلال على ضيفه." + SPORT, "الهلال"),
    ("وقع اللاعب عقده مع إدارة الفيحاء." + SPORT, "الفيحاء"),
    ("وخسر الفريق أمام الاتفاق." + SPORT, "الاتفاق"),  # a verbal noun after «أمام»
    ("وأجرى نادي الشعلة تدريباته.", "الشعلة"),  # after its noun of kind: any article
])
def test_a_listed_club_is_read_in_a_sports_article(text: str, club: str) -> None:
    assert ("ORG", club) in [c[:2] for c in _clubs(text)]


def test_no_club_is_read_bare_outside_a_sports_article() -> None:
    assert _clubs("ارتفع الهلال في السماء ليلة العيد.") == []


@pytest.mark.parametrize(("text", "why"), [
    ("وتحدث عن دول الخليج قبل المباراة." + SPORT, "a place noun's genitive"),
    ("وأشاد بجهود هيئة الهلال الأحمر." + SPORT, "a name's adjective follows"),
    ("ودعم قطاع الناشئين والشباب في النادي." + SPORT, "«و» after a common noun"),
    ("وتوقع أن يتم الانتهاء من الاتفاق قريبا." + SPORT, "a verbal noun after a noun"),
    ("وتم الاتفاق على الشروط." + SPORT, "the verb of taking place"),
    ("وسافر على طيران الاتحاد إلى لندن." + SPORT, "a company's genitive"),
])
def test_a_club_word_in_a_common_phrase_is_no_club(text: str, why: str) -> None:
    assert not [c for c in _clubs(text) if c[2] == "club"], why


@pytest.mark.parametrize(("text", "clubs"), [
    ("وانتقد الاتحاد الأوروبي القرار." + SPORT, []),  # a name's adjective: another body
    ("وأعلن الاتحاد السعودي القرار." + SPORT, []),  # the federation, read by the patterns
    ("وفاز الهلال السعودي على ضيفه." + SPORT, ["الهلال"]),  # a nationality: the club's
])
def test_an_adjective_after_a_club_word(text: str, clubs: list[str]) -> None:
    assert [c[1] for c in _clubs(text) if c[2] == "club"] == clubs


def test_a_club_after_its_noun_of_kind_takes_the_place_of_the_pattern_span() -> None:
    """The gold leaves the noun of kind and a nationality after the club out."""
    text = "وأعلن نادي الهلال السعودي ضم اللاعب."
    kept = [_entity(text, "نادي الهلال السعودي", source="org_pattern")]
    assert _clubs(text, kept) == [("ORG", "الهلال", "org_pattern")]


def test_the_federation_named_before_is_no_club_again() -> None:
    """«مقر الاتحاد» after «الاتحاد السعودي لكرة القدم» is that body again."""
    text = "وعقد الاتحاد السعودي لكرة القدم اجتماعه في مقر الاتحاد." + SPORT
    kept = [_entity(text, "الاتحاد السعودي لكرة القدم")]
    assert [c for c in _clubs(text, kept) if c[2] == "club"] == []


def test_a_tagger_span_of_two_clubs_is_two_clubs() -> None:
    text = "وقدمت الأندية الحوالات وهي الفتح والاتحاد والرائد." + SPORT
    kept = [_entity(text, "الاتحاد والرائد")]
    clubs = [c[1] for c in _clubs(text, kept)]
    assert clubs == ["الفتح", "الاتحاد", "الرائد"]


def test_a_tagger_span_of_a_body_and_its_adjective_is_no_run_of_clubs() -> None:
    """«الاتحاد» and «الإفريقي» are both clubs, but no «و» joins them: the African
    federation."""
    text = "بسبب ارتباطات الأندية في بطولات الاتحاد الإفريقي هذا الموسم." + SPORT
    kept = [_entity(text, "الاتحاد الإفريقي")]
    assert _clubs(text, kept) == [("ORG", "الاتحاد الإفريقي", "crf")]


def _persons(text: str) -> list[str]:
    return [e.text for e in candidates(text, words(text), True) if e.type == "PER"]


def test_a_conjunction_before_a_nasab_name_is_left_out() -> None:
    text = "وجاء التشكيل: أحمد بن راشد الراشد رئيسا وسعد بن عبدالعزيز العفالق نائبا للرئيس."
    assert "سعد بن عبدالعزيز العفالق" in _persons(text)
    assert "وسعد بن عبدالعزيز العفالق" not in _persons(text)


@pytest.mark.parametrize("name", ["وليد بن طلال", "وهب بن منبه"])
def test_a_name_that_starts_with_waw_keeps_it(name: str) -> None:
    assert name in _persons(f"وقال {name} إن الأمر واضح.")


def _families(text: str, kept: list[Entity]) -> list[str]:
    return [e.text for e in add_family_names(text, words(text), kept) if e.type == "PER"]


def test_a_run_of_given_names_takes_the_family_nisba_after_it() -> None:
    text = "وأطلع المدير محمد علي الطويلعي على سير العمل."
    assert _families(text, [_entity(text, "محمد علي", "PER")]) == ["محمد علي الطويلعي"]


def test_a_participle_after_a_run_of_given_names_is_no_family_name() -> None:
    text = "جمدت تركيا أموال علي عبدالله صالح المتحالف مع المتمردين."
    assert _families(text, [_entity(text, "علي عبدالله صالح", "PER")]) == ["علي عبدالله صالح"]


def test_a_given_name_after_a_glued_conjunction_opens_a_person() -> None:
    text = "وواصل عبدالله عطيف، نواف العابد، وعبدالمجيد السواط برامجهم التأهيلية."
    assert "عبدالمجيد السواط" in _families(text, [])


def _orgs(text: str) -> list[str]:
    return [e.text for e in org_names(text, words(text), [])]


@pytest.mark.parametrize(("text", "body"), [
    ("تحقق شرطة محافظة عفيف مع العاملة.", "شرطة محافظة عفيف"),  # a town the index lacks
    ("وقال الناطق الإعلامي بشرطة منطقة القصيم الرائد بدر السحيباني إن الجاني اعترف.",
     "شرطة منطقة القصيم"),  # a title after the place opens the next name
    ("ونقل المصاب إلى مستشفى القطيف المركزي أمس.", "مستشفى القطيف المركزي"),
    ("وأودع الجثمان بمستشفى الرس العام لإخضاعه للفحص.", "مستشفى الرس العام"),
])
def test_bodies_named_by_their_town(text: str, body: str) -> None:
    assert body in _orgs(text)


def test_an_unlisted_town_is_a_name_word() -> None:
    """A definite word of order or time after the territorial noun is no town's name
    (review_a: without the not_adjectives guard of _unlisted_place no test failed)."""
    assert _orgs("وأعلنت شرطة محافظة التالية أن البحث جار.") == []


def test_an_unlisted_town_another_entity_holds_is_left_to_it() -> None:
    """(review_a: without the entity_at guard of _unlisted_place no test failed.)"""
    text = "تحقق شرطة محافظة عفيف مع العاملة."
    kept = [_entity(text, "عفيف", "PER")]
    assert [e.text for e in org_names(text, words(text), kept) if e.type == "ORG"] == []


def test_a_city_and_its_nationality_after_madina_is_no_body() -> None:
    """Only a hospital's head reads a town and its type: «مدينة» + a city is the city."""
    assert _orgs("وأقيم الحفل في مدينة نيويورك الأميركية أمس.") == []


def _services(text: str, kept: list[Entity] | None = None) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in service_bodies(text, words(text), kept or [])]


@pytest.mark.parametrize(("text", "body"), [
    ("وباشرت فرق الدفاع المدني الحادث.", "الدفاع المدني"),
    ("وقال المتحدث باسم الدفاع المدني بمنطقة مكة إن الفرق باشرت.", "الدفاع المدني"),
    ("وأحبطت دوريات حرس الحدود المصري محاولة تسلل.", "حرس الحدود المصري"),  # nationality
    ("ونقله الهلال الأحمر للمستشفى.", "الهلال الأحمر"),
    ("ثم وصلت فرقة من الدفاع المدني والهلال الأحمر.", "الهلال الأحمر"),  # «و» left out
])
def test_a_state_service_named_bare_is_a_body(text: str, body: str) -> None:
    assert ("ORG", body) in _services(text)


def test_a_service_with_the_article_fused_with_lam_is_not_read() -> None:
    assert _services("وقال مدير عام للدفاع المدني إن الفرق باشرت.") == []


def test_a_service_inside_a_longer_body_stays_that_body() -> None:
    text = "وأعلنت هيئة الهلال الأحمر السعودي فتح باب التوظيف."
    kept = [_entity(text, "هيئة الهلال الأحمر السعودي", source="org_pattern")]
    assert _services(text, kept) == [("ORG", "هيئة الهلال الأحمر السعودي")]


def test_the_taggers_piece_inside_a_service_gives_way() -> None:
    text = "واستنفرت فرق الدفاع المدني جهودها."
    kept = [_entity(text, "الدفاع", source="crf")]
    assert _services(text, kept) == [("ORG", "الدفاع المدني")]


def test_a_longer_tagger_span_over_a_service_is_kept() -> None:
    """The tagger's longer organisation holds the words: the rule reads no part of it."""
    text = "وأعلنت قيادة الدفاع المدني أن الفرق باشرت."
    kept = [_entity(text, "قيادة الدفاع المدني", source="crf")]
    assert _services(text, kept) == [("ORG", "قيادة الدفاع المدني")]


def _mentions(text: str, person: str, key: str) -> list[str]:
    kept = [Entity(text.index(person), text.index(person) + len(person), type="PER",
                   text=person, key=key, source="given_name")]
    return [e.text for e in add_surname_mentions(text, words(text), kept) if e.source == "surname"]


def test_a_nasab_persons_family_nisba_is_found_alone() -> None:
    text = "وأوضح المدير ناصر بن أحمد الخريصي أن اللجنة اجتمعت. وأفاد الخريصي أن الفنادق جاهزة."
    assert _mentions(text, "ناصر بن أحمد الخريصي", "per:ناصر-احمد") == ["الخريصي"]


def test_a_nasab_persons_plain_family_name_alone_needs_a_post_or_speech_verb() -> None:
    text = "وقال الوزير عادل بن أحمد الجبير إن الزيارة مهمة. وقال الجبير إن الاتفاق قريب."
    assert _mentions(text, "عادل بن أحمد الجبير", "per:عادل-احمد") == ["الجبير"]


@pytest.mark.parametrize("text", [
    "وحضر اللواء سعد بن علي الفائز الحفل، ثم تُوج الفريق الفائز بالكأس.",  # a weak title
    "وقال المدير خالد بن عبدالرحمن السلامة إن العائلات في مخيمات باب السلامة بخير.",
])
def test_a_family_name_that_is_a_common_word_is_not_found_alone(text: str) -> None:
    person = next(p for p in ("سعد بن علي الفائز", "خالد بن عبدالرحمن السلامة") if p in text)
    assert _mentions(text, person, "per:x-y") == []


def test_the_fathers_name_of_a_nasab_is_no_surname() -> None:
    """«الحسين» after «بن» is the father's name (with the article), not a family name."""
    text = "وقال الملك عبدالله بن الحسين إن الأمن مستتب. وأضاف الحسين أن الجهود مستمرة."
    assert _mentions(text, "عبدالله بن الحسين", "per:عبدالله-الحسين") == []


# Guards of the club and service rules that no test reached (review_a, session 16
# (2026-12-06): each removed alone in a worktree, the Arabic entity tests all passed).

def test_a_rules_person_over_a_service_stands() -> None:
    text = "ونقله الهلال الأحمر للمستشفى."
    assert _services(text, [_entity(text, "الهلال", "PER", "title")]) == [("PER", "الهلال")]


def test_a_kind_noun_two_words_before_needs_a_club_between() -> None:
    """«نادي حائل الاتفاق»: Hail's club signed the agreement; no dual's pair of clubs."""
    assert _clubs("ووقع نادي حائل الاتفاق مع البلدية أمس.") == []


def test_a_club_joined_after_a_clubs_nationality() -> None:
    text = "وتأهل القادسية الكويتي والوحدة إلى النهائي." + SPORT
    assert ("ORG", "الوحدة", "club") in _clubs(text)


def test_a_club_and_its_nationality_after_its_noun_is_no_federation() -> None:
    """«نادي الاتحاد السعودي» is the club: «الاتحاد» alone later is still the club."""
    text = "وقال رئيس نادي الاتحاد السعودي إن الفريق جاهز. وفاز الاتحاد على ضيفه." + SPORT
    assert ("ORG", "الاتحاد", "club") in _clubs(text, [_entity(text, "الاتحاد السعودي")])


def test_an_organisation_over_the_club_alone_stands() -> None:
    text = "وأجرى نادي الشعلة تدريباته."
    assert _clubs(text, [_entity(text, "الشعلة")]) == [("ORG", "الشعلة", "crf")]


@pytest.mark.parametrize(("text", "found", "why"), [
    ("وأطلع المدير محمد علي\nالطويلعي على سير العمل.", [("محمد علي", "PER")],
     "a line break before the nisba"),
    ("وأطلع المدير محمد علي الطويلعي على سير العمل.",
     [("محمد علي", "PER"), ("الطويلعي", "LOC")], "the nisba in another entity"),
    ("وأطلع المدير علي بن الطويلعي على سير العمل.", [("علي بن", "PER")],
     "a run of given names ending on a link"),
])
def test_no_family_nisba_after_the_given_names(text: str, found: list[tuple[str, str]],
                                               why: str) -> None:
    """Guards of arabic_family_names._family_after_given that no test reached (review_a,
    session 16 (2026-12-06))."""
    kept = [_entity(text, name, kind, "crf") for name, kind in found]
    assert _families(text, kept) == [found[0][0]], why
