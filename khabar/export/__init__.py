"""Exports of analysed documents: the JSON contract (OUTPUT.md), CSV."""
