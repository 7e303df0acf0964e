"""``khabar kb discover`` settles its heap after the first article, as ``khabar analyze``
and the batch engines do (issue 8; session 25, 2026-12-07, engineer mend5)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DISCOVER = """
import gc, sys
import khabar.pipeline
from khabar.cli import main

light = khabar.pipeline.Pipeline
stages = ["khabar.clean.lines.v1", "khabar.langid.script.v1"]
khabar.pipeline.Pipeline = lambda settings: light(settings, stages)
main(["kb", "discover", sys.argv[1]], standalone_mode=False)
print(gc.get_freeze_count(), gc.isenabled(), file=sys.stderr)
"""


def test_kb_discover_settles_what_its_first_article_loaded(tmp_path: Path) -> None:
    """Discovery reads a whole corpus: its models and tables are frozen after the first
    article (else the collector's full passes walk them again and again)."""
    article = tmp_path / "a.txt"
    article.write_text("خبر اول از تهران", encoding="utf-8")
    err = subprocess.run([sys.executable, "-c", DISCOVER, str(article)], capture_output=True,
                         text=True, check=True).stderr.split()
    assert int(err[-2]) > 0 and err[-1] == "True"
