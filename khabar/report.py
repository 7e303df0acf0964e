"""Readable summaries of a store for people at a terminal (``khabar report``)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from khabar.store.base import Store

Echo = Callable[[str], Any]


def _top_entities(record: dict[str, Any], top: int) -> str:
    counts: Counter[tuple[str, str, str]] = Counter()
    for entity in record["entities"]:
        label = entity.get("name_en") or entity["text"]
        counts[(label, entity["type"], entity.get("country") or "")] += 1
    parts = [
        f"{label} ({kind}{', ' + country if country else ''}{f' ×{n}' if n > 1 else ''})"
        for (label, kind, country), n in counts.most_common(top)
    ]
    return "; ".join(parts) or "-"


def _participant(part: dict[str, Any] | None) -> str:
    if not part:
        return "?"
    return str(part.get("name_en") or part.get("text") or part.get("kb_id") or "?")


def describe_event(event: dict[str, Any]) -> str:
    flags = [flag for flag in ("future", "negated", "hypothetical") if event.get(flag)]
    where = event.get("location") or {}
    text = f"{event['type']}{'/' + event['mode'] if event.get('mode') else ''}: "
    text += f"{_participant(event.get('actor'))} -> {_participant(event.get('target'))}"
    if where.get("name_en"):
        text += f" in {where['name_en']}"
    if event.get("date"):
        text += f" on {event['date']}"
    return text + (f" [{', '.join(flags)}]" if flags else "")


def print_article(record: dict[str, Any], echo: Echo, top: int) -> None:
    outlet = record.get("outlet") or {}
    sources = ", ".join(f"{s['relation']} {s['name']}" for s in record.get("sources", []))
    title = record["title"] or "(no headline)"
    echo(f"[{record['lang'] or '??'}] {record['published'] or 'date unknown'}  {title}")
    echo(f"    id {record['id']}  outlet: {outlet.get('name_en') or outlet.get('name') or '-'}"
         f"{'  sources: ' + sources if sources else ''}")
    echo(f"    entities: {_top_entities(record, top)}")
    for event in record["events"][:top]:
        echo(f"    event: {describe_event(event)}")
    echo(f"    quotes: {len(record['quotes'])}  story: {record.get('story') or '-'}")


def print_report(store: Store, echo: Echo, top: int = 5) -> None:
    records = list(store.export_records())
    for record in records:
        print_article(record, echo, top)
        echo("")
    print_stories(store, echo, records)


def print_stories(
    store: Store, echo: Echo, records: Iterable[dict[str, Any]] | None = None
) -> None:
    members: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records if records is not None else store.export_records():
        members[record.get("story") or record["id"]].append(record)
    echo(f"{len(members)} stories")
    for story, group in sorted(members.items(), key=lambda item: -len(item[1])):
        langs = ",".join(sorted({r["lang"] or "??" for r in group}))
        days = sorted(r["published"][:10] for r in group if r.get("published"))
        span = f"{days[0]}..{days[-1]}" if days else "undated"
        echo(f"  story {story}: {len(group)} article(s) [{langs}] {span}")
        for line in story_details(group, top=3):
            echo(f"      {line}")
        for record in group:
            outlet = record.get("outlet") or {}
            name = outlet.get("name_en") or outlet.get("name")
            echo(f"      - [{record['lang'] or '??'}] {record['title'] or '(no headline)'}"
                 f"{'  (' + name + ')' if name else ''}")


def story_details(group: list[dict[str, Any]], top: int) -> list[str]:
    """A story's title in each language, and its main actors, places and event types
    (most mentioned first), for the listing."""
    titles: dict[str, str] = {}
    for record in sorted(group, key=lambda r: r.get("published") or "~"):
        if record.get("title") and (record.get("lang") or "??") not in titles:
            titles[record.get("lang") or "??"] = record["title"]
    actors: Counter[str] = Counter()
    places: Counter[str] = Counter()
    events: Counter[str] = Counter()
    for record in group:
        for entity in record["entities"]:
            label = entity.get("name_en") or entity["text"]
            (places if entity["type"] == "LOC" else actors)[label] += 1
        events.update(event["type"] for event in record["events"])
    lines = [f"title [{lang}]: {title}" for lang, title in sorted(titles.items())]
    for label, counts in (("actors", actors), ("places", places), ("events", events)):
        if counts:
            lines.append(f"{label}: " + "; ".join(n for n, _ in counts.most_common(top)))
    return lines
