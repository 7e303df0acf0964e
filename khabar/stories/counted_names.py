"""Organisation names ending in a count, not a number of their own (session 26
(2026-12-07), issue 6).

The name tagger sometimes runs an organisation's name into the count that follows it: «در
دانشگاه 4 مرکز تحقیقاتی» ('the university has 4 research centres') gives the name
«دانشگاه 4», «اعضای هیأت علمی دانشگاه 304 نفر است» «دانشگاه 304»; or it reads a bare
number as a name. As a story key such a name is a count, not a body: «دانشگاه 4» joined
two university profiles of a Hamshahri serial (bench/data/story-pairs-fa25.tsv). A number
ending a name is the body's own after a designator («شهرداری منطقه 7», «دادسرای ناحیه 3»,
«کلانتری 103»: ``resources/stories/number_designators.tsv``). An unlinked organisation
whose name ends in a bare number with no designator before it gives no story key
(``cluster.record_keys``), in reports of a language the list has words for. A number inside
a name is left alone: a year («کنوانسیون 1974 هلسینکی»), a branch («شعبه 7 دادسرای ...»)
or a count that names the body («کنگره 6500 شهید استان کرمان») is as often its own as a
count run into it (session 26's check draw).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from khabar.normalize.fold import fold
from khabar.resources import load_tsv
from khabar.stories.owned_names import unlinked_org

TOKEN = re.compile(r"[\w\u200c]+(?:[/.\-][\w\u200c]+)*")
"""A word or a number of a name («7/3/83», «12.5» are one number)."""
NUMBER = re.compile(r"\d+(?:[/.\-]\d+)*")
"""A bare number: digits only, or digits joined by «/», «.», «-» (a date, a decimal)."""


@cache
def number_designators() -> dict[str, frozenset[str]]:
    """Language -> the folded words after which a number ending a name is the body's own."""
    words: dict[str, set[str]] = {}
    for word, lang in load_tsv("stories/number_designators.tsv")[1:]:  # after the header
        words.setdefault(lang, set()).add(fold(word))
    return {lang: frozenset(found) for lang, found in words.items()}


def ends_in_count(entity: Mapping[str, Any], lang: str | None) -> bool:
    """Whether a mention is an unlinked organisation whose name ends in a bare number with
    no designator of ``lang`` (``number_designators``) right before it."""
    if not unlinked_org(entity):
        return False
    designators = number_designators().get(lang or "")
    if designators is None:
        return False
    tokens = TOKEN.findall(fold(entity["text"]))
    return (bool(tokens) and NUMBER.fullmatch(tokens[-1]) is not None
            and not (len(tokens) > 1 and tokens[-2] in designators))
