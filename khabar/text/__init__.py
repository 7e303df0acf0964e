"""Tokens and sentences with offsets."""
