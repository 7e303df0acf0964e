"""The knowledge base: shipped entries are well formed; the user overlay adds, replaces
and deletes; roles hold over their time spans; `khabar kb` builds and looks up."""

from __future__ import annotations

import json
from pathlib import Path

import pycountry
import pytest
from click.testing import CliRunner

from khabar.cli import main
from khabar.errors import ResourceError
from khabar.kb.entries import KnowledgeBase, Role, load_kb, merge, read_jsonl, shipped_entries


def test_every_shipped_entry_has_names_in_each_language_and_a_real_country() -> None:
    entries = shipped_entries()
    assert len({e.id for e in entries}) == len(entries), "ids are unique"
    for entry in entries:
        assert entry.id.startswith(("per:", "org:")), entry.id
        assert entry.names["en"] and entry.names["fa"] and entry.names["ar"], entry.id
        assert entry.source, f"{entry.id} has a source note"
        if entry.country is not None:
            assert pycountry.countries.get(alpha_3=entry.country), entry.id
        for role in entry.roles:
            assert role.start is None or role.end is None or role.start < role.end


def test_no_name_is_shared_by_two_entries_of_one_type() -> None:
    kb = KnowledgeBase.of(shipped_entries())
    clashes = {key: [e.id for e in found] for key, found in kb.by_name.items()
               if len({e.type for e in found}) < len(found)}
    assert not clashes


def _overlay(tmp_path: Path, *records: dict) -> Path:
    path = tmp_path / "mine.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records),
                    encoding="utf-8")
    return path


def test_overlay_adds_replaces_and_deletes(tmp_path: Path) -> None:
    path = _overlay(
        tmp_path,
        {"id": "per:test-person", "type": "PER", "country": "IRN",
         "names": {"fa": ["کاوه آزمون"], "en": ["Kaveh Azmoun"]}},
        {"id": "org:hamas", "type": "ORG", "country": "PSE", "names": {"en": ["HAMAS"]}},
        {"id": "org:un", "delete": True},
    )
    kb = KnowledgeBase.of(merge(shipped_entries(), read_jsonl(path)))
    assert [e.id for e in kb.named("كاوه آزمون")] == ["per:test-person"]
    assert kb.entries["org:hamas"].name_en == "HAMAS"
    assert "org:un" not in kb.entries


@pytest.mark.parametrize(
    ("line", "reason"),
    [("{not json", "not JSON"), ('{"id": "x", "type": "PER"}', "no names"),
     ('{"id": "x", "type": "CAT", "names": {"en": ["x"]}}', "unknown type")],
)
def test_bad_overlay_lines_say_where(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(line, encoding="utf-8")
    with pytest.raises(ResourceError, match=r"bad\.jsonl:1"):
        load_kb(str(path))


@pytest.mark.parametrize(
    ("start", "end", "day", "held", "reason"),
    [
        ("2016-06-28", "2025-06-13", "2025-01-20", True, "inside the span"),
        ("2016-06-28", "2025-06-13", "2025-06-13", False, "the end day is the successor's"),
        ("2016-06-28", "2025-06-13", "2010-01-01", False, "before it began"),
        ("2016-06-28", None, None, True, "held now, no date given"),
        ("2016-06-28", "2025-06-13", None, False, "ended, no date given"),
        (None, None, "1990-01-01", True, "unknown start"),
    ],
)
def test_role_time_spans(start: str | None, end: str | None, day: str | None, held: bool,
                         reason: str) -> None:
    assert Role("x", {}, None, start, end).held_on(day) is held, reason


def test_kb_build_and_lookup_commands(tmp_path: Path) -> None:
    runner = CliRunner()
    output = tmp_path / "kb.jsonl"
    result = runner.invoke(main, ["kb", "build", "--output", str(output)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    by_id = {r["id"]: r for r in records}
    assert by_id["per:asim-munir"]["country"] == "PAK"
    pakistan = [r for r in records if r["type"] == "LOC" and r["country"] == "PAK"]
    assert pakistan and "fa" in pakistan[0]["names"]
    result = runner.invoke(main, ["kb", "lookup", "Syed Asim Munir"])
    assert result.exit_code == 0 and json.loads(result.output)["id"] == "per:asim-munir"
    assert runner.invoke(main, ["kb", "lookup", "Nobody Known"]).exit_code == 1


def test_the_shipped_kb_passes_every_check() -> None:
    from khabar.kb.validate import problems

    assert problems(shipped_entries()) == []


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        ({"id": "per:Bad Id"}, "slug"),
        ({"country": "IR"}, "alpha-3"),
        ({"names": {"en": ["X"], "fa": ["ایکس"], "ar": ["إكس"]}}, "no names in ur"),
        ({"names": {"en": ["X"], "fa": ["سرلشکر"], "ar": ["إكس"], "ur": ["ایکس"]}},
         "common word or a title"),
        ({"source": ""}, "source"),
        ({"roles": [{"en": "R", "from": "2020-13-01", "to": None}]}, "not ISO"),
        ({"roles": [{"en": "R", "from": "2020-05-01", "to": "2019-01-01"}]}, "before it begins"),
        ({"roles": [{"en": "R", "org": "org:nowhere", "from": None, "to": None}]},
         "unknown org"),
        ({"roles": [{"en": "King", "ar": ["خادم الحرمين الشريفين"], "from": "2016-01-01",
                     "to": None, "unique": True}]}, "both hold unique role"),
        ({"id": "per:asim-munir"}, "used by 2 entries"),
    ],
)
def test_kb_checks_catch_each_kind_of_mistake(change: dict, complaint: str) -> None:
    from khabar.kb.entries import parse_entry
    from khabar.kb.validate import problems

    record = {"id": "per:test-person", "type": "PER", "country": "IRN", "source": "test",
              "names": {"en": ["X"], "fa": ["ایکس"], "ar": ["إكس"], "ur": ["ایکس"]}}
    bad = parse_entry({**record, **change}, "test")
    found = problems([*shipped_entries(), bad])
    assert any(complaint in p for p in found), found


@pytest.mark.parametrize(("start", "end"), [("2021", "2021"), ("2021-05-10", "2021-05"),
                                             ("2021-05", "2021-05-31")])
def test_a_role_within_one_year_or_month_is_no_mistake(start: str, end: str) -> None:
    from khabar.kb.entries import parse_entry
    from khabar.kb.validate import problems

    record = {"id": "per:test-person", "type": "PER", "country": "IRN", "source": "test",
              "names": {"en": ["X"], "fa": ["ایکس"], "ar": ["إكس"], "ur": ["ایکس"]},
              "roles": [{"en": "R", "from": start, "to": end}]}
    assert problems([parse_entry(record, "test")]) == []


def test_kb_check_command(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["kb", "check"])
    assert result.exit_code == 0 and '"problems": 0' in result.output, result.output
    bad = _overlay(tmp_path, {"id": "per:x-y", "type": "PER", "country": "IR", "source": "me",
                              "names": {"en": ["X Y"]}})
    result = runner.invoke(main, ["kb", "check", "--overlay", str(bad)])
    assert result.exit_code == 1 and "alpha-3" in result.output, result.output


@pytest.mark.parametrize(
    ("text", "lang", "name", "role", "country"),
    [
        ("وقال راشد بن عبدالله آل خليفة وزير الداخلية بمملكة البحرين إن الاجتماع ناجح.", "ar",
         "راشد بن عبدالله آل خليفة", "وزير الداخلية بمملكة البحرين", "BHR"),
        ("بیژن جنتی فرمانده انتظامی شهرستان فردیس گفت: سارقان دستگیر شدند.", "fa",
         "بیژن جنتی", "فرمانده انتظامی شهرستان فردیس", "IRN"),
    ],
)
def test_discovery_proposes_an_unknown_person_with_the_whole_role(
        text: str, lang: str, name: str, role: str, country: str) -> None:
    from doc_builders import simple_doc

    from khabar.entities.ner import find_entities
    from khabar.kb.discover import propose

    doc = simple_doc(text, lang, published="2015-08-07")
    doc.entities = find_entities(doc, load_kb())
    proposals = propose(doc)
    assert [(p["names"][lang], p["roles"][0][lang], p["country"]) for p in proposals] == [
        ([name], [role], country)]
    assert proposals[0]["id"].startswith("per:~")
    assert load_kb().named(name) == [], "a known person is never proposed"


def test_kb_discover_command_lists_each_proposal_once(tmp_path: Path) -> None:
    line = {"text": "وقال راشد بن عبدالله آل خليفة وزير الداخلية بمملكة البحرين إن الاجتماع "
                    "ناجح.", "date": "2015-08-07"}
    articles = tmp_path / "a.jsonl"
    articles.write_text("\n".join(json.dumps({**line, "title": t}, ensure_ascii=False)
                                  for t in ("one", "two")), encoding="utf-8")
    result = CliRunner().invoke(main, ["kb", "discover", str(articles)])
    assert result.exit_code == 0, result.output
    records = [json.loads(r) for r in result.output.splitlines()]
    assert [r["id"] for r in records] == ["per:~rashd-bn-'bdallh-al-khlifh"]
    merged = merge(shipped_entries(), [("proposal", records[0])])
    assert any(e.id == records[0]["id"] for e in merged), "a proposal is a valid overlay line"


@pytest.mark.parametrize(
    ("first", "second", "overlap"),
    [
        (("2010", "2016"), ("2016-03", None), False),  # handover within the year
        (("2010-01-01", "2016-05"), ("2016-05-20", None), False),  # within the month
        (("2015-06", "2018"), ("2016", None), True),
        (("2015-06", None), ("2016-01-02", "2016-02-01"), True),
        ((None, None), ("2020", "2021"), True),
        (("2010", "2012"), ("2014", "2016"), False),
        (("2016-06-15", None), ("2010", "2017"), True),
        (("2016", None), ("2010", "2016-06"), False),  # may have begun in July 2016
    ],
)
def test_unique_role_overlap_is_read_at_each_dates_precision(
        first: tuple[str | None, str | None], second: tuple[str | None, str | None],
        overlap: bool) -> None:
    from khabar.kb.validate import _overlap

    assert _overlap(*first, *second) is overlap
    assert _overlap(*second, *first) is overlap
