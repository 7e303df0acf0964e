"""Where the rules and the statistical tagger meet on Arabic persons: the tagger decides a
weak title's lone word, and lends its longer reading of a name the rules cut short.

- A title that is also a common noun («الفريق» 'the team', «أمير» 'emir of') makes a
  person of the words after it only when they start with a known given name or the
  tagger reads a person there too: «الفريق الأول», «الفريق القدساوي», «أمير قطر» are no
  persons.
- The rules' name grammar takes given names, one surname and nasab links; names of three
  parts («خالد محفوظ بحاح», «الدكتور نعيم قستي») stop early. Where the tagger's person
  holds the rules' one and runs on over words that can be name words (no function word,
  title part, name of God, or the «رحمه» before one) and over no other entity of the
  rules (a place), the longer span is taken.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from khabar.doc import GIVEN_NAME_SOURCE, TITLE_SOURCE, Entity
from khabar.entities.arabic_family_names import add_family_names
from khabar.entities.arabic_name_words import (
    MIN_NAME_LETTERS,
    given_word,
    name_words_around,
    split_listed,
    waw_names,
)
from khabar.entities.arabic_weak_title_names import two_word_name
from khabar.entities.common_words import MIN_DEFINITE_STEM, function_words
from khabar.entities.gazetteer import Word, phrase_key
from khabar.entities.org_patterns import article_start, has_article
from khabar.entities.org_patterns import heads as org_heads
from khabar.entities.phrases import clitic_variants
from khabar.entities.stage import ABD, divine_names
from khabar.entities.titles import (
    CONNECTORS,
    FAMILY,
    after_name_noun,
    given_names,
    is_name_word,
    person_key,
    surface_stopwords,
    title_parts,
    titles,
)
from khabar.entities.words import listed_keys
from khabar.normalize.fold import fold
from khabar.resources import load_lines
from khabar.text.tokens import spaced_on_one_line

MAX_GIVEN_WORDS = 2
"""Words of a person written as given names only that a family name may follow («عبد
الستار», «أحمد صادق»); longer runs («علي عبد الله صالح») are a whole name already."""
EXTENDED_SOURCES = frozenset({TITLE_SOURCE, GIVEN_NAME_SOURCE, "quoted"})
"""Rule persons whose span the tagger may lengthen."""


def weak_titles() -> frozenset[str]:
    return listed_keys("entities/weak_titles_ar.txt")


def _index(starts: Sequence[int], offset: int) -> int:
    return bisect_left(starts, offset)


def _holding(starts: Sequence[int], offset: int) -> int:
    """The word that holds ``offset``: a name that starts after a glued «و» («وموساوي»)
    starts inside its word, and the next word is not its first."""
    return bisect_right(starts, offset) - 1


def _overlaps(a: Entity, b: Entity) -> bool:
    return a.start < b.end and b.start < a.end


def confirm_weak_titles(text: str, tokens: Sequence[Word], rules: Sequence[Entity],
                        model: Sequence[Entity]) -> list[Entity]:
    """Rule entities without the names after a weak title that start with no known given
    name and where the tagger reads no person («شيخ شمل قبائل آل فاطمة»: tribes), unless
    two name-shaped words stand there (``arabic_weak_title_names``: «الفريق مهاب مميش»)."""
    starts = [w.start for w in tokens]
    kept = []
    for e in split_listed(text, tokens, _without_blessing_verbs(text, tokens, starts, rules)):
        if (e.type == "PER" and e.source == TITLE_SOURCE and _weak(e.role or "")
                and given_names().match_at(text, tokens, _index(starts, e.start)) is None
                and not any(m.type == "PER" and _overlaps(m, e) for m in model)):
            named = _led_by_weak_rank(e.role or "") and two_word_name(
                text, tokens, _index(starts, e.start), e)
            if named:
                kept.append(named)
            continue
        kept.append(e)
    return kept


def _without_blessing_verbs(text: str, tokens: Sequence[Word], starts: Sequence[int],
                            rules: Sequence[Entity]) -> list[Entity]:
    """Rule persons without the verb of a blessing the name grammar took for a surname
    («محمد صلى الله عليه وسلم», «عمر رضي الله عنه»: «صلى», «رضي» before a name of God and
    its pronoun)."""
    out = []
    for e in rules:
        first, last = _index(starts, e.start), _index(starts, e.end) - 1
        if e.type == "PER" and last > first and _blessing_verb(tokens, last):
            end = tokens[last - 1].end
            e = replace(e, end=end, text=text[e.start:end],
                        key=person_key(tokens, first, last - 1))
        out.append(e)
    return out


def _blessing_verb(tokens: Sequence[Word], k: int) -> bool:
    """Word ``k`` opens a blessing: before a name of God, with an object pronoun on it or
    after God («رحمه الله», «صلى الله عليه»); «حسن نصر الله» is a name written apart."""
    return _before_divine(tokens, k) and (tokens[k].text.endswith(object_suffixes())
                                          or _pronoun_after(tokens, k + 2))


def _led_by_weak_rank(role: str) -> bool:
    """Whether the title opens on a weak rank (``weak_ranks_ar.txt``: «الفريق»),
    not only on a title part («الملك المفدى») or another weak title («العميد»)."""
    first = phrase_key(role.split()[0]) if role.split() else ""
    return bool(first) and first in listed_keys("entities/weak_ranks_ar.txt")


def _weak(role: str) -> bool:
    """A weak title, a chain led by one («الفريق أول ركن», «شيخ شمل») or holding a title
    part («الأمير الراحل», after which «كان» is no name), also when a proclitic took the
    title's alef («للفريق»: «فريق»)."""
    parts = role.split()
    keys = {phrase_key(role), phrase_key(parts[0]) if parts else ""}
    return (any(k in weak_titles() or "ال" + k in weak_titles() for k in keys if k)
            or any(phrase_key(p) in title_parts() for p in parts))


def extend_by_model(text: str, tokens: Sequence[Word], rules: Sequence[Entity],
                    model: Sequence[Entity], leftward: bool = True) -> list[Entity]:
    """Rule persons lengthened to the tagger's person that holds them (see the module);
    without ``leftward`` only after their end (a Persian name opens on its given name:
    the words the tagger puts before one are a play's title or a plural noun, «آوازقو
    محمد رحمانیان», «گوهران احمد شاملو»)."""
    starts = [w.start for w in tokens]
    out = []
    for e in rules:
        longer = None
        if e.type == "PER" and e.source in EXTENDED_SOURCES:
            longer = next((m for m in model if m.type == "PER" and m.start <= e.start
                           and e.end <= m.end and m.end - m.start > e.end - e.start), None)
        if longer is not None and not leftward and longer.start < e.start:
            longer = replace(longer, start=e.start)
        grown = _extended(text, tokens, starts, e, longer) if longer is not None else None
        if grown is not None and not any(_overlaps(r, grown) for r in rules if r is not e):
            e = grown
        out.append(e)
    return out


def _extended(text: str, tokens: Sequence[Word], starts: Sequence[int], rule: Entity,
              model: Entity) -> Entity | None:
    # the word holding the start: a tagger's name may open after a glued «و» («وعبد»)
    first, last = _holding(starts, model.start), _index(starts, model.end) - 1
    rule_first, rule_last = _holding(starts, rule.start), _index(starts, rule.end) - 1
    if rule.source == TITLE_SOURCE:
        first = max(first, rule_first)  # the tagger read a title part as the name's start
    if rule_last > rule_first and tokens[rule_last - 1].folded == FAMILY:
        last = min(last, rule_last)  # «... آل الشيخ»: the family's name closes the name
    added = [*range(first, rule_first), *range(rule_last + 1, last + 1)]
    if not all(_may_add(text, tokens, k) for k in added):
        return None
    if last > rule_last and tokens[last].folded in CONNECTORS:
        return None  # «عبداللطيف بن عبدالملك آل» + «الشيخ»: the family name is cut
    start = rule.start if first == rule_first else max(model.start, tokens[first].start)
    end = tokens[last].end
    return replace(rule, start=start, end=end, text=text[start:end],
                   key=person_key(tokens, first, last))


def _latin(word: Word) -> bool:
    return word.text[:1].isascii() and word.text[:1].isalpha()


def _before_divine(tokens: Sequence[Word], k: int) -> bool:
    return k + 1 < len(tokens) and tokens[k + 1].folded in divine_names()


@lru_cache(maxsize=1)
def object_suffixes() -> tuple[str, ...]:
    return tuple(load_lines("entities/object_suffixes_ar.txt"))


def _blessing(tokens: Sequence[Word], first: int, last: int) -> bool:
    """A name of God alone with «و» («والله») or after a verb with an object pronoun
    («حفظهما الله», «وفقهم الله», «أيده الله»): a blessing or an oath, no name («حزب الله»,
    «أنصار الله», «هبة الله» end on no pronoun)."""
    if tokens[last].folded not in divine_names():
        return False
    if first == last:  # the oath «والله»; «بالله» also closes a regnal name («المعتصم بالله»)
        return tokens[first].text.startswith("و")
    return last == first + 1 and (tokens[first].text.endswith(object_suffixes())
                                  or _pronoun_after(tokens, last + 1))


@lru_cache(maxsize=1)
def _blessing_objects() -> frozenset[str]:
    """«عنه», «عليه», «عنهم»...: «عن»/«على» with an object pronoun."""
    return frozenset(fold(head + suffix)
                     for head in load_lines("entities/blessing_prepositions_ar.txt")
                     for suffix in object_suffixes())


def _pronoun_after(tokens: Sequence[Word], k: int) -> bool:
    """Whether word ``k`` is «عنه», «عليه»...: «رضي الله عنه», «صلى الله عليه وسلم»."""
    return k < len(tokens) and tokens[k].folded in _blessing_objects()


def _may_add(text: str, tokens: Sequence[Word], k: int) -> bool:
    word = tokens[k]
    if _latin(word):
        return False  # «Next Previous محمود نديم»: page furniture before a byline
    if word.folded in CONNECTORS:
        return True
    if not is_name_word(word) or word.folded in title_parts() or word.folded in divine_names():
        return False
    # «سعود الفيصل رحمه الله»; a place is an entity of the rules, which no lengthening crosses
    return not _before_divine(tokens, k)


def tidy_model(text: str, tokens: Sequence[Word], model: Sequence[Entity]) -> list[Entity]:
    """The tagger's Arabic entities without what is not of the name: a proclitic on an
    organisation's first word («ومنظمة التعاون الإسلامي», «بجامعة أم القرى»: the span
    starts after it) or the conjunction «و» on a person's first word («وأحمد», «وروبرت
    ايبانيز»; not «وليد», and «لجان» is no ل + «جان»), a Latin word beside Arabic ones
    («Previous إبراهيم الحذيفي»: a page's links before a byline), a title after an
    organisation (not after a person: «السيد» is also a surname), a preposition before a
    person («على أيدي», «على حسن الاستقبال»: dropped when one word is left), the «رحمه»
    of «رحمه الله» and a whole blessing («رضي الله» before «عنه») after a person, 'son of'
    + a definite noun («ابن الستيني»), and a blessing or an oath («حفظهما الله», «والله»)."""
    starts = [w.start for w in tokens]
    person_ends = {m.end for m in model if m.type == "PER"}
    out = []
    for m in model:
        first, last = _index(starts, m.start), _index(starts, m.end) - 1
        if _blessing(tokens, first, last):
            continue
        if m.type == "PER":
            while first <= last and (tokens[first].folded in function_words()
                                     or tokens[first].text in surface_stopwords()):
                first += 1
            while last >= first and _before_divine(tokens, last):
                last -= 1  # «... رحمه الله»: the blessing after a name
            if last - first >= 2 and _blessing(tokens, last - 1, last):
                last -= 2  # «أسامة رضي الله عنه»: the whole blessing after a name
            if (first < last and has_article(tokens[first])
                    and given_word(tokens[first + 1])):
                first += 1  # «السباح عبدالرحمن الغامدي»: a definite noun before the name
            post = first < last and _waw_definite(tokens[first]) and given_word(tokens[first + 1])
            first += post  # «والعضو عبدالرحمن الفريان»; a one-word name stays («والمخلوع صالح»)
            if (first > last or (first > _index(starts, m.start) and first == last and not post)
                    or _son_of_noun(tokens, first, last)):
                continue
        if not all(_latin(w) for w in tokens[first:last + 1]):
            while first < last and _latin(tokens[first]):
                first += 1  # «Previous إبراهيم الحذيفي»: no Latin word is of an Arabic name
            while last > first and _latin(tokens[last]):
                last -= 1
        while m.type == "ORG" and last > first and tokens[last].text in titles():
            last -= 1  # «المؤسسة العامة للخطوط الحديدية المهندس»: the next name's title
        while _closing_particle(tokens, first, last):
            last -= 1  # «وقالت المنظمة إن»: the particle opens the clause after the name
        if m.type == "PER":
            last = next((k - 1 for k in range(first + 1, last + 1)
                         if after_name_noun(tokens[k])), last)
        listed = _after_person(tokens, first, person_ends)
        start = tokens[first].start + _proclitic(tokens[first], m.type, listed)
        end = tokens[last].end
        if (start, end) != (m.start, m.end):
            m = replace(m, start=start, end=end, text=text[start:end],
                        key=person_key(tokens, first, last) if m.type == "PER" else
                        f"{m.type.lower()}:{phrase_key(text[start:end])}")
        out.append(m)
    return split_listed(text, tokens, out)


LIST_MARKS = frozenset("،,")


def _after_person(tokens: Sequence[Word], first: int, person_ends: set[int]) -> bool:
    """Whether word ``first`` follows a person of the tagger, right after it or after a
    list's comma («أحمد البخيت، وموفق المطيري»: the «و» of a list of names)."""
    before = first - 1
    if before >= 0 and tokens[before].text in LIST_MARKS:
        before -= 1
    return before >= 0 and tokens[before].end in person_ends


def _waw_definite(word: Word) -> bool:
    """The conjunction «و» + a word with the article («والعضو عبدالرحمن الفريان», «والمدربين
    احمد الراجح»: a list's next member named after his post; «و» + the article opens no
    Arabic name). Session 19 (2026-12-06), issue 5."""
    return word.text.startswith("و") and has_article(word, 1)


def _son_of_noun(tokens: Sequence[Word], first: int, last: int) -> bool:
    return (last == first + 1 and tokens[first].folded == fold("ابن")
            and tokens[last].folded.startswith("ال"))


def _proclitic(word: Word, kind: str, listed: bool = False) -> int:
    """Characters of a proclitic the word's rest shows to be no part of the name: a
    definite word or an organisation's head noun after it, or the conjunction «و» (see
    ``_conjunction``; ``listed``: the word follows a person of the tagger)."""
    for skip, rest in clitic_variants(word):
        if not skip:
            continue
        if (kind == "ORG" and rest.startswith("ال") and has_article(word, skip)
                and len(rest) >= MIN_DEFINITE_STEM):
            return article_start(word, skip, rest)
        if kind == "ORG" and rest in org_heads():
            return skip
        if kind == "PER" and skip == 1 and word.text.startswith("و") and _conjunction(
                word, rest, listed):
            return skip
        if kind == "PER" and skip == 1 and word.text[0] in PREPOSITIONS and given_word(word, 1):
            return skip  # «بديلاً لأحمد عكاش»: the preposition «ل» or «ب»
    return 0


SPELLED_LETTER_MAX = 2
"""Letters of a Latin letter spelled out in an acronym («بي», «سي», «إس», «تي»)."""


def clause_particles() -> frozenset[str]:
    return listed_keys("entities/clause_particles_ar.txt")


def _closing_particle(tokens: Sequence[Word], first: int, last: int) -> bool:
    """Word ``last`` of an entity opens the clause after it: an Arabic particle, unless it
    follows a spelled letter, as an acronym's letters do («سي إن إن», «تي في»)."""
    return (last > first and tokens[last].folded in clause_particles()
            and len(tokens[last - 1].folded) > SPELLED_LETTER_MAX)


PREPOSITIONS = frozenset("لب")
"""One-letter prepositions glued on a name («لأحمد», «بمحمد»; not «ك», rare before a
name and the first letter of «كريم»: no «ك» + «ريم»)."""


def _conjunction(word: Word, rest: str, listed: bool) -> bool:
    """Whether a person's first word starts with the conjunction «و» («وسعود الراجح»,
    «وروبرت ايبانيز»: the tagger takes the glued «و» with a name in a list): a known given
    name after it, or, right after another person (a list of names), a rest of a few
    letters that is no definite noun («والربان», the 'captain'), where the word itself is
    no name that starts with «و» («وليد», «ويليام»; «وقالت ويكيليكس» follows no name)."""
    folded = word.folded
    if rest == ABD:
        return True  # «وعبد الله الزهراني»: «عبد» opens a name, never ends one
    if given_names().get(folded) or folded in waw_names() or rest in CONNECTORS:
        return False  # «وأبو», «وبن»: a link, whose name the later rules read
    return given_word(word, 1) or (
        listed and len(rest) >= MIN_NAME_LETTERS and not rest.startswith("ال"))


def complete_given_names(text: str, tokens: Sequence[Word],
                         kept: Sequence[Entity]) -> list[Entity]:
    """A person written as given names only («عبد الستار», «محمد») whose next word, across
    a plain space, is a name word without the article and no entity («حاكم الولاية عبد
    الستار بارز»): that word is the family name the tagger left off. An article word after
    a given name is more often a noun, as ``titles.name_at`` reads it; a given name of
    the rules' own list and a family name in «ال» that no entity holds are a person
    (``arabic_family_names``, session 13)."""
    starts = [w.start for w in tokens]
    taken = {e.start for e in kept}
    out = []
    for e in kept:
        first, last = _holding(starts, e.start), _index(starts, e.end) - 1
        nxt = last + 1
        if (e.type == "PER" and nxt < len(tokens) and last - first < MAX_GIVEN_WORDS
                and _only_given(text, tokens, first, last, e.start - tokens[first].start)
                and tokens[nxt].start not in taken
                and spaced_on_one_line(text, tokens[last].end, tokens[nxt].start)
                and is_name_word(tokens[nxt]) and not tokens[nxt].folded.startswith("ال")
                and not _latin(tokens[nxt]) and tokens[nxt].folded not in title_parts()
                and not _blessing_verb(tokens, nxt)  # «محمد صلى الله عليه وسلم»
                and not tokens[nxt].text.startswith("و")):  # «إخوته صالح ورياض»
            end = tokens[nxt].end
            e = replace(e, end=end, text=text[e.start:end], key=person_key(tokens, first, nxt))
        out.append(e)
    return name_words_around(text, tokens, add_family_names(text, tokens, out))


def _only_given(text: str, tokens: Sequence[Word], first: int, last: int,
                skip: int = 0) -> bool:
    """Whether words ``first``..``last`` are known given names or «عبد» + a name; ``skip``:
    letters of a glued «و» before the name in the first word («وعمر»)."""
    k = first
    if skip and first == last:
        return given_word(tokens[first], skip)
    while k <= last:
        if tokens[k].folded == ABD and k < last:
            k += 2
            continue
        match = given_names().match_at(text, tokens, k)
        if match is None or match.last > last:
            return False
        k = match.last + 1
    return True
