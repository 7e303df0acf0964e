"""«اعترف ب»: 'recognized' a party, or 'admitted' a fact.

The verb of a state's recognition («اعترفت السويد بدولة فلسطين»: PLOVER SUPPORT) is the
same word as the one for an admission («اعترف حزب الله بمقتل اثنين من عناصره», «اعترفت
الحكومة بتورط مسؤولين», «اعترف بأنه ...», «اعترف بالخطأ»), which supports no one. The trigger's
match ends on the word that carries «ب», so the word after it, which other_senses_ar.tsv
reads, is too late: that word itself tells an admission when, without its «ب» and article,
it is a clause's «أن» or a loss, a killing, a responsibility, a guilt or an error
(admitted_things_ar.txt). A party or its standing («بإسرائيل», «بشرعية الحكومة») is left to
the recognition.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.entities.gazetteer import Word
from khabar.entities.phrases import proclitic_forms
from khabar.entities.words import listed_keys
from khabar.events.arabic_forms import ARTICLE
from khabar.events.lexicon import TriggerHit


def recognition_forms() -> frozenset[str]:
    return listed_keys("events/recognition_forms_ar.txt")


def admitted_things() -> frozenset[str]:
    return listed_keys("events/admitted_things_ar.txt")


BA = "ب"


def _without_ba(word: Word) -> set[str]:
    """The folded word without its «ب», also without the article after it («بالخطأ»:
    «الخطا», «خطا»); a short word keeps its «ب» among the proclitic forms («بأن»), so the
    letter the pattern matched is cut here."""
    if not word.folded.startswith(BA):
        return set()
    rest = word.folded[len(BA):]
    return {rest, rest[len(ARTICLE):]} if rest.startswith(ARTICLE) else {rest}


def admitted(hit: TriggerHit, tokens: Sequence[Word]) -> bool:
    """Whether a hit of «اعترف … ب» is an admission: its last word, the one with «ب», is a
    fact admitted, not a party recognized."""
    if hit.last <= hit.first or not proclitic_forms(tokens[hit.first]) & recognition_forms():
        return False
    return bool(_without_ba(tokens[hit.last]) & admitted_things())
