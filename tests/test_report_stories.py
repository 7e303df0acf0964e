"""The stories listing: titles per language, main actors, places and events, outlets."""

from __future__ import annotations

from typing import Any

from khabar.report import print_stories


def _record(rid: str, lang: str, title: str, story: str, actors: list[str],
            events: list[str], outlet: str | None = None) -> dict[str, Any]:
    return {
        "id": rid, "lang": lang, "title": title, "story": story,
        "published": f"2025-01-2{rid[-1]}T10:00:00+03:30",
        "outlet": {"name_en": outlet} if outlet else None,
        "entities": [{"text": a, "type": "PER", "name_en": a} for a in actors]
        + [{"text": "اسلام‌آباد", "type": "LOC", "name_en": "Islamabad"}],
        "events": [{"type": t} for t in events],
    }


def test_a_story_lists_its_languages_actors_places_events_and_outlets() -> None:
    records = [
        _record("a1", "fa", "سفر باقری به پاکستان", "s1", ["Mohammad Bagheri", "Asim Munir"],
                ["CONSULT"], "Fars News Agency"),
        _record("a2", "ar", "باقري يلتقي منير", "s1", ["Mohammad Bagheri"], ["CONSULT"]),
        _record("a3", "fa", "خبری دیگر", "s2", ["Someone Else"], []),
    ]
    lines: list[str] = []
    print_stories(None, lines.append, records)  # type: ignore[arg-type]
    text = "\n".join(lines)
    assert lines[0] == "2 stories"
    first = text.split("story s2")[0]
    assert "title [ar]: باقري يلتقي منير" in first and "title [fa]: سفر باقری به پاکستان" in first
    assert "actors: Mohammad Bagheri; Asim Munir" in first, "most mentioned first"
    assert "places: Islamabad" in first and "events: CONSULT" in first
    assert "(Fars News Agency)" in first
    assert "events:" not in text.split("story s2")[1], "a story without events lists none"
