"""Arabic sports clubs named by one definite word: «الهلال», «النصر», «الاتحاد», «الفيحاء».

Sports pages name a club by its name alone («تغلب الاتحاد على الفيحاء», «بين فريقي النصر
والهلال», «الأندية ... هي التعاون والشباب والخليج»), and most such names are common words
('the crescent', 'victory', 'the union'): the taggers read few of them, and the pattern
rules take «نادي الهلال» whole where the gold leaves the noun of kind out
(bench/data/ENTITIES-GOLD.md: «الاتحاد», «الوحدة»). Three readings, from the words of
``resources/entities/club_names_ar.tsv``:

- right after a noun of kind «نادي»/«فريق» (a proclitic on it allowed, its dual too), a
  listed club is the club, in any article: the club's word is the ORG, the noun left out,
  and the pattern's or tagger's span over the two gives way to it; the club is then named
  again elsewhere in the article (``org_repeats``, as for «نادي النصر» read by the
  patterns);
- in a sports article (three different sports words, or a club named after its noun of
  kind), a listed club standing in no entity
  is the club, unless a noun of a common phrase comes right before it («دول الخليج»,
  «مجلس التعاون», «رعاية الشباب»: the word is that noun's genitive; «تم الاتفاق»: the
  agreement), an adjective of a name other than a nationality follows it («الهلال الأحمر»,
  «الاتحاد الأوروبي»; a nationality after «الاتحاد» makes the federation, «الاتحاد
  السعودي», which the pattern rules read), a «و» joins it to a word that is no club
  («الناشئين والشباب»: the youth), or the article names a body whose name opens with the
  word («الاتحاد السعودي لكرة القدم», then «مقر الاتحاد»: that body again, a short reference
  the gold does not label);
- a tagger's span made only of listed clubs joined by «و» («[الاتحاد والرائد]») is the
  clubs, one ORG each.

A conjunction or preposition glued on the word («والهلال», «بالنصر») is left out of the
span; a word whose article fused with «ل» («للهلال») is not read: no span writes the name
whole, and the gold ignores it. Session 16 (2026-12-06), issue 5.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from khabar.doc import ORG_PATTERN_SOURCE, TAGGER_SOURCE, Entity
from khabar.entities.gazetteer import Word, demonyms, phrase_key
from khabar.entities.org_patterns import ABSORBED_SOURCES, has_article, is_name_adjective
from khabar.entities.phrases import clitic_variants
from khabar.entities.words import keys_by_kind, with_org
from khabar.text.arabic_conjunction import CONJUNCTIONS, glued_and, without_proclitic

SOURCE = "club"
HEADED_SOURCE = ORG_PATTERN_SOURCE
"""A club after its noun of kind is read from its build, as ``org_patterns`` reads «نادي
النصر» (-> «النصر»), and so spread to its other mentions (``org_repeats``)."""
SPORT_WORDS = 3
"""Different sports words that make an article a sports report."""
REPLACED_SOURCES = ABSORBED_SOURCES | {ORG_PATTERN_SOURCE}
"""Entities a club after its noun of kind takes the place of («[نادي الهلال]»)."""
FEDERATION = phrase_key("الاتحاد")


def _words(kind: str) -> frozenset[str]:
    return keys_by_kind("entities/club_names_ar.tsv").get(kind, frozenset())


def _club_skip(word: Word) -> int | None:
    """Characters of the proclitic before a listed club's word (0 when none), or None."""
    clubs = _words("club")  # once, not per variant: asked of every Arabic word
    for skip, rest in clitic_variants(word):
        if skip <= 1 and rest in clubs and has_article(word, skip):
            return skip
    return None


def _listed(word: Word, kind: str) -> bool:
    """Whether the word is of ``kind`` (``listed_word``)."""
    return listed_word(word, _words(kind))


def listed_word(word: Word, listed: frozenset[str]) -> bool:
    """Whether the word is in ``listed``, a proclitic allowed, also a glued «و»/«ف» on a
    two-letter word («وتم», «وفي», which the proclitics leave whole). The letter is read on
    the written word: a hamza seat «ؤ» folds to «و» but is no conjunction."""
    return any(rest in listed for _, rest in clitic_variants(word)) or (
        word.text[:1] in CONJUNCTIONS and without_proclitic(word.folded, min_rest=0) in listed)


def _spaced(text: str, a: Word, b: Word) -> bool:
    return text[a.end:b.start] == " "


def sports_article(tokens: Sequence[Word]) -> bool:
    """Whether SPORT_WORDS different sports words are in the text (a proclitic allowed)."""
    sport = _words("sport")
    return len({rest for w in tokens for _, rest in clitic_variants(w)} & sport) >= SPORT_WORDS


def _after_kind_noun(text: str, tokens: Sequence[Word], k: int) -> bool:
    """Whether a noun of kind («نادي», «فريق», «بنادي», «فريقي») is right before word
    ``k``, or, in a dual's pair («فريقي النصر والهلال»), before the club before it."""
    for j in (k - 1, k - 2):
        if j < 0 or not _spaced(text, tokens[j], tokens[j + 1]):
            return False
        if _listed(tokens[j], "kind_noun"):
            return j == k - 1 or _club_skip(tokens[k - 1]) == 0
    return False


def _bare_club(text: str, tokens: Sequence[Word], k: int) -> bool:
    """Whether the listed club at word ``k`` of a sports article is the club (see the
    module): no common phrase's noun before it, no name's adjective after it."""
    if k > 0 and _listed(tokens[k - 1], "not_after"):
        return False
    if not _conjunct_of_club(tokens, k):
        return False
    if _listed(tokens[k], "verbal_noun") and not (
            k > 0 and (_listed(tokens[k - 1], "sport_before") or _club_skip(tokens[k - 1])
                       is not None or glued_and(tokens[k]))):
        return False  # «الانتهاء من الاتفاق», «الصراع أو التعاون»: the agreement, cooperation
    if k + 1 < len(tokens) and _spaced(text, tokens[k], tokens[k + 1]) and is_name_adjective(
            tokens[k + 1].folded):
        nationality = demonyms().match_at(text, tokens, k + 1) is not None
        rest = dict(clitic_variants(tokens[k])).get(_club_skip(tokens[k]) or 0)
        return nationality and rest != FEDERATION
    return True


def _conjunct_of_club(tokens: Sequence[Word], k: int) -> bool:
    """Whether a club joined by «و» («والشباب», «و الشباب») follows a club (a nationality
    after it allowed: «القادسية الكويتي والوحدة»): «و» joins like with like, and after a
    common noun the word is one too («الناشئين والشباب»: youth). True with no «و»."""
    j = k - 1
    if not glued_and(tokens[k]):
        if j < 0 or tokens[j].text != "و":
            return True
        j -= 1
    if j >= 0 and tokens[j].text in demonyms():
        j -= 1
    return j >= 0 and _club_skip(tokens[j]) is not None


def _named_bodies(text: str, tokens: Sequence[Word], kept: Sequence[Entity]
                  ) -> frozenset[str]:
    """Folded first words of the organisations named by a word and a name's adjective
    after it («الاتحاد السعودي لكرة القدم», «الاتحاد الدولي»; not «الاتحاد الأول»: an
    ordinal is a team's, no body's; not after a noun of kind: «نادي الاتحاد السعودي» is
    the club and its nationality)."""
    starts = [w.start for w in tokens]
    found = set()
    for e in kept:
        parts = e.text.split()
        k = bisect_left(starts, e.start)
        if (e.type == "ORG" and len(parts) > 1 and is_name_adjective(phrase_key(parts[1]))
                and not (k < len(tokens) and _after_kind_noun(text, tokens, k))):
            found.add(phrase_key(parts[0]))
    return frozenset(found)


def _club_runs(tokens: Sequence[Word], kept: Sequence[Entity]) -> set[tuple[int, int]]:
    """(start, end) of the tagger's spans made only of listed clubs joined by «و» (not
    «الاتحاد الإفريقي»: a body and its adjective, which read like two clubs)."""
    runs = set()
    starts = [w.start for w in tokens]
    for e in kept:
        if e.source != TAGGER_SOURCE or " " not in e.text:
            continue
        inside = tokens[max(0, bisect_left(starts, e.start) - 1):bisect_left(starts, e.end)]
        inside = [w for w in inside if w.start < e.end and e.start < w.end]
        if (len(inside) > 1 and all(
                _club_skip(w) is not None or w.text == "و" for w in inside)
                and all(glued_and(w) for w in inside[1:])):
            runs.add((e.start, e.end))
    return runs


def one_word_clubs(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """``kept`` with the clubs named by one word (see the module)."""
    clubs = [(k, skip) for k, w in enumerate(tokens) if (skip := _club_skip(w)) is not None]
    if not clubs:
        return list(kept)  # most articles: nothing more to read
    headed = [k for k, _ in clubs if _after_kind_noun(text, tokens, k)]
    sports = bool(headed) or sports_article(tokens)
    runs = _club_runs(tokens, kept)
    longer = _named_bodies(text, tokens, kept)
    out = list(kept)
    for k, skip in clubs:
        word = tokens[k]
        start, end = word.start + skip, word.end
        if k not in headed and not (sports and _bare_club(text, tokens, k)
                               and phrase_key(text[start:end]) not in longer):
            continue  # «مقر الاتحاد» after «الاتحاد السعودي لكرة القدم»: that body again
        inside = [e for e in out if e.start < end and start < e.end]
        if any(e.type == "ORG" and (e.start, e.end) == (start, end) for e in inside) or (
                inside and not all(_gives_way(e, tokens, k, k in headed, runs) for e in inside)):
            continue
        out = with_org(out, text, start, end, HEADED_SOURCE if k in headed else SOURCE)
    return sorted(out, key=lambda e: e.start)


def _gives_way(e: Entity, tokens: Sequence[Word], k: int, headed: bool,
               runs: set[tuple[int, int]]) -> bool:
    """Whether entity ``e`` over the club at word ``k`` gives way to it: a run of clubs,
    or, after a noun of kind, a span of the pattern or tagger from the noun to the club
    (or to a nationality after it: «نادي الهلال السعودي»)."""
    if (e.start, e.end) in runs:
        return True
    if not headed or e.source not in REPLACED_SOURCES or e.type != "ORG":
        return False
    first = k - 2 if k >= 2 and e.start <= tokens[k - 2].start else k - 1
    last = k + 1 if k + 1 < len(tokens) and e.end >= tokens[k + 1].end else k
    return (e.start >= tokens[first].start and e.end <= tokens[last].end
            and (last == k or tokens[last].text in demonyms()))
