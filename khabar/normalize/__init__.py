"""Offset-preserving normalization of Arabic-script text, and the matching fold."""
