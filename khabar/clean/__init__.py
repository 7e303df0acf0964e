"""Cleaning of raw article text: site furniture out, header and title found, body kept.

The stage ``khabar.clean.lines.v1`` lives in ``khabar.clean.boilerplate``; ``clean()``
is the same work as a plain function for callers that have no ``Doc``.
"""

from khabar.clean.boilerplate import Cleaned, clean

__all__ = ["Cleaned", "clean"]
