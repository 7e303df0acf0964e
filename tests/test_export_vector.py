"""The JSONL export carries the stored story vector (``story_vector``), and an import
takes it back: no embedding again, the same stories, the same JSON when exported again."""

from __future__ import annotations

import base64
import json
from typing import Any

import numpy as np
import pytest
from test_stories_embed import DIM, fake_vectors, pair_docs

from khabar.errors import ContractError
from khabar.settings import Settings
from khabar.store import open_store
from khabar.stories import embed

ON = Settings().replace(stories__embedding=True, stories__embedding_join=0.5)


def exported(target: str, settings: Settings, records: Any = None, docs: Any = ()) -> list[str]:
    """The JSONL lines of a store given ``docs`` or imported ``records``."""
    with open_store(target, settings) as store:
        for doc in docs:
            store.add(doc)
        if records is not None:
            store.import_records(records)
        return [json.dumps(r, ensure_ascii=False, sort_keys=True)
                for r in store.export_records()]


def test_the_export_carries_each_stored_vector_as_base64_float16(
        store_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_vectors(monkeypatch)
    lines = exported(store_target, ON, docs=pair_docs())
    vectors = [np.frombuffer(base64.b64decode(json.loads(line)["story_vector"]), dtype="<f2")
               for line in lines]
    assert [v.shape for v in vectors] == [(DIM,), (DIM,)]
    assert all(abs(float(np.linalg.norm(v.astype(np.float32))) - 1.0) < 1e-2 for v in vectors)
    assert not np.array_equal(vectors[0], vectors[1])


@pytest.mark.parametrize("on", [True, False], ids=["embedding on", "embedding off"])
def test_export_import_export_gives_the_same_json_and_embeds_nothing(
        store_target: str, tmp_path: Any, monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    fake_vectors(monkeypatch)
    first = exported(store_target, ON, docs=pair_docs())
    assert len({json.loads(line)["story"] for line in first}) == 1  # joined by the vectors
    seen = fake_vectors(monkeypatch)
    again = exported(str(tmp_path / "copy.db"), ON if on else Settings(),
                     records=[json.loads(line) for line in first])
    assert again == first
    assert seen == []  # the imported vectors were used, not made again


def test_an_imported_vector_joins_stories_as_the_original_did(
        tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_vectors(monkeypatch)
    first = [json.loads(line) for line in exported(str(tmp_path / "a.db"), ON,
                                                   docs=pair_docs())]
    for record in first:
        record.pop("story")  # let the copy cluster them itself
    fake_vectors(monkeypatch)
    again = [json.loads(line) for line in exported(str(tmp_path / "b.db"), ON, records=first)]
    assert len({r["story"] for r in again}) == 1
    without = [{k: v for k, v in r.items() if k != "story_vector"} for r in first]
    axes = iter(np.eye(DIM, dtype=np.float32))  # orthogonal vectors: no join by similarity
    monkeypatch.setattr(embed, "embed", lambda texts: np.stack([next(axes) for _ in texts]))
    apart = [json.loads(line) for line in exported(str(tmp_path / "c.db"), ON, records=without)]
    assert len({r["story"] for r in apart}) == 2  # without the vectors: embedded anew, apart


def test_a_store_without_vectors_exports_no_vector_field(store_target: str) -> None:
    lines = exported(store_target, Settings(), docs=pair_docs())
    assert all("story_vector" not in json.loads(line) for line in lines)


@pytest.mark.parametrize("bad", ["not base64!", "AAA", 12, ""])
def test_a_broken_vector_is_a_contract_error(store_target: str, bad: Any) -> None:
    fa, _ = pair_docs()
    from khabar.export.contract import to_record

    record = {**to_record(fa), "story_vector": bad}
    with open_store(store_target) as store, pytest.raises(ContractError, match="story_vector"):
        store.add(record)
