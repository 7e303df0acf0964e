"""khabar: Persian- and Arabic-first news to language-neutral event data.

The public API is small::

    import khabar
    doc = khabar.process(text_or_bytes)          # -> khabar.Doc
    record = khabar.to_record(doc)               # the JSON contract (OUTPUT.md)
    with khabar.open_store("khabar.db") as store:
        store.add(doc)
        hits = store.search("باقري")

Heavy modules load on first use, so ``import khabar`` stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Doc",
    "KhabarError",
    "Pipeline",
    "Settings",
    "__version__",
    "open_store",
    "process",
    "to_record",
]

_LAZY = {
    "Doc": "khabar.doc",
    "KhabarError": "khabar.errors",
    "Pipeline": "khabar.pipeline",
    "Settings": "khabar.settings",
    "open_store": "khabar.store",
    "process": "khabar.api",
    "to_record": "khabar.export.contract",
}

if TYPE_CHECKING:
    from khabar.api import process
    from khabar.doc import Doc
    from khabar.errors import KhabarError
    from khabar.export.contract import to_record
    from khabar.pipeline import Pipeline
    from khabar.settings import Settings
    from khabar.store import open_store


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'khabar' has no attribute {name!r}")
