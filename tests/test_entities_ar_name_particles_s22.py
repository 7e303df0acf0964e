"""European name particles in Arabic persons (``khabar.entities.arabic_name_particles``,
session 22): a person cut at a particle runs on to the name after it, but not over a name
that ends another person of the article, and a surname mention after a particle takes it
when a whole name of the article ends in both. Sentences written for these tests; the
tagger's output is given by hand, so no test depends on a trained model."""

from __future__ import annotations

from dataclasses import replace

from doc_builders import keyed_person, tagged

from khabar.entities.arabic_name_particles import particle_names, particle_surnames
from khabar.entities.gazetteer import words


def run_on(text: str, *phrases: str) -> list[str]:
    kept = [tagged(text, p) for p in phrases]
    return [e.text for e in particle_names(text, words(text), kept)]


def test_a_person_closed_on_a_particle_runs_on_to_the_name() -> None:
    text = "وكانت وزيرة الدفاع الألمانية أورزولا فون دير لاين قد تعهدت بالمساعدة."
    assert run_on(text, "أورزولا فون") == ["أورزولا فون دير لاين"]
    text = "وقال المدرب لويس فان غال إن الفريق جاهز."
    assert run_on(text, "لويس فان") == ["لويس فان غال"]


def test_a_person_before_a_leading_particle_takes_it_and_the_name() -> None:
    text = "وأعلن الاتحاد تعيين المدرب بيرت فان مارفيك مدربا للمنتخب."
    assert run_on(text, "بيرت") == ["بيرت فان مارفيك"]


def test_no_run_on_over_a_name_that_ends_another_person() -> None:
    text = "وقال هنا فان غال إنه سعيد. وشكر بارتوميو فان غال على الفترة الناجحة."
    assert run_on(text, "فان غال", "بارتوميو") == ["فان غال", "بارتوميو"]


def test_no_run_on_over_an_article_word_or_an_inner_particle_alone() -> None:
    text = "وقال مسؤول إن محمد دير الزور تعرض للقصف."
    assert run_on(text, "محمد") == ["محمد"]
    text = "وقال لويس دي الأمر انتهى."
    assert run_on(text, "لويس دي") == ["لويس دي"]


def test_a_surname_mention_after_a_particle_takes_it() -> None:
    text = "وانتقل دافيد دي خيا إلى الريال. وسعى ريال جاهدا لضم دي خيا منذ الصيف."
    whole = tagged(text, "دافيد دي خيا")
    later = replace(keyed_person(text, "خيا", "surname", text.index("لضم")), key="per:خيا")
    found = particle_surnames(text, words(text), [whole, later])
    assert [e.text for e in found] == ["دافيد دي خيا", "دي خيا"]


def test_no_particle_for_a_surname_whose_whole_name_lacks_it() -> None:
    text = "وانتقل دافيد خيا إلى الريال. وسعى ريال جاهدا لضم دي خيا منذ الصيف."
    whole = tagged(text, "دافيد خيا")
    later = keyed_person(text, "خيا", "surname", text.index("لضم"))
    assert [e.text for e in particle_surnames(text, words(text), [whole, later])] == [
        "دافيد خيا", "خيا"]


def test_a_place_on_the_particles_alone_gives_way() -> None:
    text = "وكانت وزيرة الدفاع الألمانية أورزولا فون دير لاين قد تعهدت بالمساعدة."
    place = replace(tagged(text, "دير"), type="LOC", source="gazetteer")
    found = particle_names(text, words(text), [tagged(text, "أورزولا فون"), place])
    assert [e.text for e in found] == ["أورزولا فون دير لاين"]
