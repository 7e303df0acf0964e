"""Session 25 (2026-12-07), engineer stories_fa2: an unlinked organisation named without the
owner it needs («کتابخانه مرکزی», a central library: ``khabar.stories.owned_names``) gives no
story key; with its owner or a KB id it keeps one. Two profiles of different universities
shared «کتابخانه مرکزی» and joined one story (bench/data/story-pairs-fa25.tsv)."""

from __future__ import annotations

from khabar.stories.cluster import record_keys
from khabar.stories.owned_names import needs_owner, owned_names
from khabar.train.owned_org_names_fa import build


def _org(text: str, key: str, kb_id: str | None = None) -> dict[str, object]:
    return {"type": "ORG", "text": text, "key": key, "kb_id": kb_id}


def test_central_library_alone_is_no_key() -> None:
    record = {"id": "x", "entities": [_org("کتابخانه مرکزی", "org:كتابخانهمركزي"),
                                      _org("دانشگاه مازندران", "org:دانشگاهمازندران")]}
    assert record_keys(record) == frozenset({"org:دانشگاهمازندران"})


def test_owner_or_kb_id_keeps_the_key() -> None:
    owned = _org("کتابخانه مرکزی دانشگاه تهران", "org:كتابخانهمركزيدانشگاهتهران")
    linked = _org("کتابخانه مرکزی", "org:some-library", kb_id="org:some-library")
    assert not needs_owner(owned) and not needs_owner(linked)
    assert record_keys({"id": "x", "entities": [owned, linked]}) == frozenset(
        {"org:كتابخانهمركزيدانشگاهتهران", "org:some-library"})


def test_a_person_or_a_specific_body_is_kept() -> None:
    assert not needs_owner({"type": "PER", "text": "کتابخانه مرکزی", "key": "per:x"})
    assert not needs_owner(_org("بانک مرکزی", "org:بانكمركزي"))
    assert "كتابخانه مركزي" in owned_names()


def test_build_lists_a_name_mostly_followed_by_an_owner() -> None:
    owned = ["کتابخانه مرکزی دانشگاه شیراز گشایش یافت"] * 6 + ["کتابخانه مرکزی بسته است"] * 6
    bare = ["بانک مرکزی جمهوری اسلامی اعلام کرد"] * 12
    listed = build(owned + bare)
    assert "كتابخانه مركزي" in listed
    assert "بانك مركزي" not in listed
