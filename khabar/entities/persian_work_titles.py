"""A Persian person that opens a quoted title right after a noun of a work is no person (issue
5, session 13 (2026-12-05)).

Persian writes a work's title in quotation marks after the noun of its kind, in apposition:
«رمان «صید قزل‌آلا در آمریکا»», «با عنوان «دری لولاشده به فراموشی»», «تابلو «ضامن آهو»». The
tagger reads the title's first words as a person where they look like a name. A person whose
first word follows an opening mark that follows a noun of a work (``work_nouns_fa.txt``:
رمان, فیلم, کتاب, نمایش, تابلو, عنوان...) is dropped, with the other persons of the article
written as it (the tagger may have read the title as a person where no such noun stands
before it, as «. «صید قزل‌آلا در آمریکا»»). A noun with a plural or ezafe ending is no
apposition but a genitive, whose quoted name is the author («ترانه‌های «پرویز خطیبی»»: 'the
songs of'), and «به نام «...»» names a person: neither is in the list.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import Entity
from khabar.entities.words import Word, listed_keys, phrase_key
from khabar.text.sentences import OPENING_QUOTES


def _work_nouns() -> frozenset[str]:
    return listed_keys("entities/work_nouns_fa.txt")


def _title_starts(tokens: Sequence[Word]) -> list[int]:
    """Where a quoted title opens: the word after an opening mark after a noun of a work."""
    return [tokens[k].start for k in range(2, len(tokens))
            if tokens[k - 1].text in OPENING_QUOTES
            and phrase_key(tokens[k - 2].text) in _work_nouns()]


def _opens(text: str, name: str, start: int) -> bool:
    end = start + len(name)
    return text.startswith(name, start) and not text[end:end + 1].isalnum()


def drop_work_titles(text: str, tokens: Sequence[Word], entities: Sequence[Entity]
                     ) -> list[Entity]:
    """``entities`` without the persons written as the opening of a work's quoted title
    anywhere in the article (see the module)."""
    starts = _title_starts(tokens)
    titles = {e.text for e in entities if e.type == "PER" and not e.role and e.text
              and any(_opens(text, e.text, s) for s in starts)}
    return [e for e in entities if not (e.type == "PER" and not e.role and e.text in titles)]
