"""A real khabar server for the API and browser tests.

A session fixture ingests the example articles plus a hostile one (script and
event-handler payloads in its text) into a SQLite store, creates an API token, and
starts ``khabar serve`` as a subprocess on 127.0.0.1 with a free port.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from served import Server, run_khabar, serve

pytest.importorskip("fastapi", reason="the web extra is not installed (make install)")
pytest.importorskip("uvicorn", reason="the web extra is not installed (make install)")

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"

# Persian prose around payloads that must stay inert text.
HOSTILE = (
    "خبرگزاری آزمایشی - سرلشکر محمد باقری در تهران گفت: "
    "<script>document.title='pwned'</script> "
    "<img src=x onerror=\"document.title='pwned-img'\"> "
    "و این متن باید فقط متن بماند.\n"
)


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("web")
    db = folder / "khabar.db"
    hostile = folder / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    run_khabar("ingest", str(EXAMPLES), str(hostile), "--db", str(db), "--quiet")
    token = run_khabar("token", "create", "--db", str(db), "--label", "tests").strip()
    process, url = serve(db)
    try:
        yield Server(url, db, token)
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    folder = Path(__file__).resolve().parents[2] / "test-artifacts"
    folder.mkdir(exist_ok=True)
    return folder
