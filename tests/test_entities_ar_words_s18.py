"""Arabic one-word persons whose word is a common word are dropped
(entities/arabic_word_persons.drop_common_word_persons), and the list's build
(khabar/train/person_common_words_ar.py). Issue 5, session 18 (2026-12-06), engineer
ent_ar_words. Sentences and fixture files written for these tests."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from doc_builders import keyed_person

from khabar.doc import Entity
from khabar.entities.arabic_mentions import arabic_mentions
from khabar.entities.arabic_word_persons import drop_common_word_persons
from khabar.entities.words import words
from khabar.train import person_common_words_ar


def _kept(text: str, kept: list[Entity]) -> list[str]:
    return [e.text for e in drop_common_word_persons(text, words(text), kept)]


@pytest.mark.parametrize(("text", "name", "source"), [
    ("وأوضح مدير إدارة شؤون المعلمين بالطائف أن المقابلات تبدأ غدا.", "شؤون", "crf"),
    ("ثم ألقى شيخ قبيلة بني مالك كلمة في الحفل.", "قبيلة", "title"),  # a common word after
    ("وظهر متوجا بكأس الملك عام 1408ه.", "عام", "title"),  # a number after
    ("والطائرة مسجلة في المملكة برقم HZ منذ عامين.", "برقم", "crf"),  # «ب» + «رقم»
    ("اضطرت عروس إلى قيادة السيارة.", "عروس", "crf"),
])
def test_a_common_word_is_no_person(text: str, name: str, source: str) -> None:
    assert _kept(text, [keyed_person(text, name, source)]) == []


@pytest.mark.parametrize(("text", "name", "source"), [
    ("وعين المهندس تركي الدهمش مديرا للمركز.", "تركي", "title"),  # the name goes on
    ("وقال محمد إن الاجتماع انتهى.", "محمد", "crf"),  # a listed given name
    ("وأعلن الوزير أن اللجنة ستجتمع.", "اللجنة", "crf"),  # not one word of the list
])
def test_a_name_stays(text: str, name: str, source: str) -> None:
    assert _kept(text, [keyed_person(text, name, source)]) == [name]


def test_a_word_a_longer_person_holds_stays() -> None:
    text = "وقال سعيد عروس إن الفريق جاهز. وأضاف عروس أن المباراة صعبة."
    kept = [keyed_person(text, "سعيد عروس"), keyed_person(text, "عروس", "surname", at=20)]
    assert _kept(text, kept) == ["سعيد عروس", "عروس"]


def test_the_rule_runs_in_arabic_mentions() -> None:
    text = "وأوضح مدير إدارة شؤون المعلمين بالطائف أن المقابلات تبدأ غدا."
    assert [e.text for e in arabic_mentions(text, words(text), [keyed_person(text, "شؤون")])] == []


def test_the_list_is_built_from_both_annotations_and_the_article(tmp_path: Path) -> None:
    anercorp = tmp_path / "aner.txt"
    anercorp.write_text("شؤون O\nشؤون O\nعروس O\nمشرف B-PERS\nمشرف O\nمشرف O\n"
                        "خالد B-PERS\n", encoding="utf-8")
    fane = tmp_path / "fane.txt"
    fane.write_text("\u200eشؤون\tO\n\u200eشؤون\tO\n\u200eمشرف\tO\n\u200eمشرف\tO\n",
                    encoding="utf-8")
    news = tmp_path / "news.jsonl"
    texts = ["الشؤون والشؤون للشؤون بالشؤون الشؤون " + "شؤون " * 7, "المشرف " * 6,
             "العروس " * 5 + "عروس " * 5, "الخالد " * 6, "البريان " * 5 + "بريان " * 6,
             "المشرف " * 50]
    news.write_text("\n".join(json.dumps({"id": f"a{i}", "text": t}, ensure_ascii=False)
                              for i, t in enumerate(texts)) + "\n", encoding="utf-8")
    excluded = tmp_path / "excluded.txt"
    excluded.write_text("a5\n", encoding="utf-8")
    out = tmp_path / "out.txt.gz"
    person_common_words_ar.main([str(p) for p in (anercorp, fane, news, excluded, out)])
    lines = gzip.decompress(out.read_bytes()).decode("utf-8").splitlines()
    assert lines[0].startswith("#")
    # «شؤون» by both annotations (more often bare), «عروس» by the article; «مشرف» and
    # «خالد» are persons in ANERcorp, «بريان» is more often bare, a5 is left out
    assert lines[1:] == sorted(["شوون", "عروس"])
    first = out.read_bytes()
    person_common_words_ar.main([str(p) for p in (anercorp, fane, news, excluded, out)])
    assert out.read_bytes() == first
