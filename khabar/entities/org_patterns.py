"""Arabic organisations read from how their names are built, where neither the lists nor
the tagger found them: a head noun («وزارة», «هيئة», «مركز», «الاتحاد»), then

- after a head in the construct state, its genitive: a definite word («وزارة الصحة»), a
  title and a name («مركز الملك سلمان»), or a place («جهاز قطر», «أمانة منطقة الرياض»:
  after a noun of a territorial unit, or a place the tagger found: «شرطة جاينسفيل»),
  also behind a common noun in the construct state after an ``open_head`` («لجنة تقييم
  المنشآت»: session 18); where the tagger
  found a name right after the head, that name is the organisation's («نادي النصر»,
  «شركة فياكوم»: the noun of its kind stays out, as the tagger reads it), and after a
  noun of kind («نادي», «صحيفة») the name starts at the genitive too («نادي الشباب»
  -> «الشباب»);
- after one of the heads that name a body with the article too, an adjective of the
  name («النيابة العامة», «الديوان الملكي»): a nisba («ال…ي», «ال…ية») or a listed one
  («العام», «الأعلى»); after a definite head that names a body only so described and
  complemented (session 13: «الشركة السعودية للكهرباء», «الإدارة العامة للتعليم»), an
  adjective of reach or nation and a complement with «ل» that names no body;

and then the name's adjectives, one complement with «ل» («للإغاثة», «لكرة القدم»,
«لحقوق الإنسان»; not one of reason or time: «لعدم», «لمدة»; after a definite head, also a
verbal noun heading a construct chain of common nouns to a definite word: «الهيئة العليا
لتطوير مدينة الرياض», «المؤسسة الألمانية لعلاج أمراض الكبد», session 21) and, after an adjective or
the complement, up to two coordinated definite words («الشؤون البلدية والقروية»,
«للسياحة والتراث الوطني»; right after the genitive a «و» more often joins two bodies:
«مجلس الوزراء والمقام السامي»). A genitive
that is itself a head with the article («أمانة المنظمة») refers back to a body named
before, and makes no name; so does a definite head that names a body only complemented,
with no adjective after it («مجلس الإدارة», «مجلس الجمعية»: a board; not «معهد الإدارة
العامة»; session 26, engineer ent_ar9). After a «ل»
complement naming a place, «و» and a second place go on the name («الهيئة الملكية للجبيل
وينبع»; session 26).
Anything else ends the name: a verb's definite object after its subject («أعلنت وزارة
الداخلية القبض») is no adjective, and an adjective of time or order («المجلس الحالي») is
listed as none. Heads, adjectives and non-adjectives are data
(``resources/entities/org_patterns_ar.tsv``).

A name read so is added where it overlaps nothing, or in place of the tagger's shorter
entities and the titled or named persons and places inside it («جهاز قطر للاستثمار»);
one that ends on its place is a body too («شرطة دبي», «جامعة تبوك», «أمانة منطقة
الرياض»: session 13), except after a head that names a place or a group with it
(«قناة السويس») or before a definite word that may go on the place's name.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.doc import (
    GAZETTEER_SOURCE,
    GIVEN_NAME_SOURCE,
    ORG_PATTERN_SOURCE,
    TAGGER_SOURCE,
    TITLE_SOURCE,
    Entity,
)
from khabar.entities.arabic_construct_words import no_construct_noun
from khabar.entities.arabic_kind_names import common_words, person_common_words
from khabar.entities.gazetteer import Word, demonyms, phrase_key, place_index
from khabar.entities.org_coordinated import listed_end, paired_field
from khabar.entities.org_words import (
    article_start,  # noqa: F401  (re-exported: name_extent)
    complemented_heads,
    definite_heads,
    has_article,
    head_at,
    heads,
    is_coordinated,
    is_definite,
    is_name_adjective,
    kind_nouns,
    name_adjectives,  # noqa: F401  (re-exported: arabic_name_words, arabic_family_names)
    not_adjectives,
    rest_at,
    titled_heads,
    trade_heads,
    with_clitic,
    words_by_kind,
)
from khabar.entities.phrases import clitic_variants
from khabar.entities.titles import ABD, CONNECTORS, is_name_word, titles
from khabar.entities.words import in_place_of_overlaps
from khabar.kb.link import named_after_heads
from khabar.text.tokens import spaced_on_one_line

MAX_COORDINATED = 2
CHAIN_NOUNS = 2
"""Nouns without the article in a complement's construct chain before its definite last
word, after a definite head («المديرية العامة لإدارة جوازات منطقة الجوف»: two)."""
MIN_CHAIN_NOUN = 3
"""Letters of a noun of the chain: no two-letter pronoun or particle («هي», «لا»)."""
PREPOSITIONS = frozenset("لبك")
FEMININE_NISBA = ("ية", "يه")
ABSORBED_SOURCES = frozenset({TAGGER_SOURCE, TITLE_SOURCE, GIVEN_NAME_SOURCE, "quoted",
                              GAZETTEER_SOURCE})
"""Entities a longer name read here may stand in place of (listed organisations stay)."""


class _Reader:
    """Reads one name from a head on, word by word."""

    def __init__(self, text: str, tokens: Sequence[Word], kept: Sequence[Entity]):
        self.text, self.tokens = text, tokens
        self.entity_at = {e.start: e for e in kept}
        self.word_ending = {w.end: k for k, w in enumerate(tokens)}
        self.territorial: set[int] = set()
        """Last words of places read after a noun of a territorial unit."""

    def word(self, k: int, after: int) -> Word | None:
        """Word ``k`` when it follows word ``after`` across a plain space."""
        if k >= len(self.tokens) or not self.tokens[k].text[:1].isalpha():
            return None
        joined = spaced_on_one_line(self.text, self.tokens[after].end, self.tokens[k].start)
        return self.tokens[k] if joined else None

    def genitive(self, j: int, after_kind: bool = False,
                 open_head: bool = False) -> tuple[int, bool] | None:
        """(last word, whether it is a place) of the genitive at ``j``; ``after_kind``: the
        head is a noun of kind, whose proper name may be a head too («نادي الاتحاد»);
        ``open_head``: one that takes any common noun in the construct state (``_open``)."""
        word = self.word(j, j - 1)
        if word is None:
            return None
        if word.text in titles():
            return self._titled_name(j)
        place = place_index().match_at(self.text, self.tokens, j)
        if place is not None:
            return place.last, True
        if not has_article(word) and word.folded in words_by_kind().get("territory", frozenset()):
            place = place_index().match_at(self.text, self.tokens, j + 1)
            last = place.last if place is not None else self._unlisted_place(j + 1)
            if last is not None and self.word(j + 1, j) is not None:
                self.territorial.add(last)  # its name ends there: «... الخرج للزوار»
                return last, True  # «أمانة منطقة الرياض», «شرطة محافظة عفيف»
        if word.start in self.entity_at:
            return self._place_entity(word.start, after_kind)  # «نادي النصر»: none
        if word.folded in words_by_kind().get("person_post", frozenset()):
            return None  # «قوات الرئيس المخلوع»: a person's forces, no body's name
        if (not after_kind and not has_article(word)
                and word.folded in words_by_kind().get("construct", frozenset())):
            return self.genitive(j + 1)  # «مركز إيداع الأوراق المالية»
        if open_head and self._open(j):
            return self._open_genitive(j)  # «لجنة تقييم المنشآت», «معهد إعداد القادة»
        if not after_kind and (word.folded[2:] in heads() or word.folded in definite_heads()):
            return None  # «أمانة المنظمة»: the secretariat of one named before
        if not after_kind and word.folded in complemented_heads() and not self._described(j):
            return None  # «مجلس الإدارة»: the board of one named before
        return (j, False) if has_article(word) and is_definite(word.folded) else None

    def _described(self, j: int) -> bool:
        """Whether an adjective of a name follows word ``j`` («معهد الإدارة العامة»: the
        field of public administration, no body named before). Session 26, ent_ar9."""
        word = self.word(j + 1, j)
        return word is not None and has_article(word) and is_name_adjective(word.folded)

    def _place_entity(self, start: int, after_kind: bool) -> tuple[int, bool] | None:
        """(last word, True) of the place an entity found at ``start`` is, which names the
        body with its head as a listed place does («شرطة جاينسفيل», «هيئة موانئ البحر
        الأحمر»); None for another entity, and after a noun of kind, where the tagger's
        name stands alone («نادي النصر») and a city often opens a name («صحيفة نيويورك
        تايمز»). Session 18 (2026-12-06)."""
        entity = self.entity_at[start]
        last = self.word_ending.get(entity.end)
        if entity.type != "LOC" or last is None or after_kind:
            return None
        return last, True

    def _open(self, j: int) -> bool:
        """Whether word ``j`` is a common noun in the construct state before the head's
        genitive: no article, one of ANERcorp's common words (a name would not be) that may
        stand in a name (``is_name_word``: no particle, preposition or verb), no indefinite
        nisba adjective («مركز صحي المندق»), no preposition glued to a noun («مركز لنقل
        المهملات»), no head, nor a noun that makes a unit of the body («مجلس إدارة الشركة»
        is its board), and a word right after it (the genitive, read as any). Session 18
        (2026-12-06); then no verb, function word or pronoun suffix (``no_construct_noun``:
        «شرطة يشكلون», «بلدية لديها», «لجنة ومعه»). A word never in a person is a common
        noun too before a place (``_construct_noun``, ``_open_genitive``: «محكمة جنايات
        القاهرة», «مجلس شباب منطقة عسير»)."""
        word, then = self.tokens[j], self.word(j + 1, j)
        folded = word.folded
        return (then is not None and not has_article(word)
                and _construct_noun(word) and is_name_word(word)
                and not no_construct_noun(word)
                and not word.text.endswith("ي") and not _behind_preposition(word)
                and folded not in heads() and folded not in words_by_kind().get(
                    "not_construct", frozenset()))

    def _open_genitive(self, j: int) -> tuple[int, bool] | None:
        """The genitive after an open head's construct noun at ``j``. A noun that is none of
        ANERcorp's common words, only a word never in a person (``_construct_noun``), takes
        a place only: the body of a city or province («محكمة جنايات القاهرة», «مجلس شباب
        منطقة عسير»); before a common genitive it as often names a staff or a description
        («هيئة تمريض النساء», «صندوق ثروة البلاد السيادي», «لجنة تحكيم الجائزة»). Issue 5,
        session 28 (2026-12-07), engineer ent_ar13."""
        genitive = self.genitive(j + 1)
        if genitive is None or genitive[1] or self.tokens[j].folded in common_words():
            return genitive
        return None

    def _unlisted_place(self, k: int) -> int | None:
        """Word ``k`` after a noun of a territorial unit, when the place index lacks it: the
        construct makes it the unit's name («محافظة عفيف», «محافظة الخبر»), if it is a name
        word in no entity and no word opening the next phrase (session 16, 2026-12-06); a
        place an entity holds there is the unit's name too (``_territory_entity``, session 23,
        2026-12-07)."""
        word = self.word(k, k - 1)
        if word is not None and word.start in self.entity_at:
            return self._territory_entity(word.start)
        if word is None or not is_name_word(word):
            return None
        return None if word.folded in heads() or word.folded in not_adjectives() else k

    def _territory_entity(self, start: int) -> int | None:
        """The last word of the place an entity found at ``start`` is, after a noun of a
        territorial unit: the unit's name, though the place index lacks it («أمانة منطقة
        القصيم», «شرطة منطقة القصيم»: «القصيم» is a place of the provinces' table only).
        None for another entity. Session 23 (2026-12-07), issue 5."""
        place = self._place_entity(start, after_kind=False)
        return place[0] if place is not None else None

    def _titled_name(self, j: int) -> tuple[int, bool] | None:
        """«الملك سلمان», «الأمير سلطان بن عبدالعزيز»: a title, a name, its links."""
        name = self.word(j + 1, j)
        last = j + 1
        if name is not None and name.folded == ABD:  # «جامعة الملك عبد العزيز»
            name, last = self.word(j + 2, j + 1), j + 2
        if name is None or not is_name_word(name):
            return None
        while (link := self.word(last + 1, last)) is not None and link.folded in CONNECTORS \
                and (more := self.word(last + 2, last + 1)) is not None and is_name_word(more):
            last += 2
        return last, False

    def closes(self, k: int) -> bool:
        """Whether word ``k`` is an adjective of nation, region or reach, after which a «و»
        joins another body or thing, not a part of the name («مجلس التعاون الخليجي والصين»,
        «البنك المركزي الأوروبي والمؤسسات المالية», «قوات الأمن المصري والمتطرفين»)."""
        word = self.tokens[k]
        if word.folded in words_by_kind().get("closing_adjective", frozenset()):
            return True
        match = demonyms().match_at(self.text, self.tokens, k)
        return match is not None and match.last == k

    def of_scope(self, k: int) -> bool:
        """Whether word ``k`` is an adjective of a body's reach or nation («العامة»,
        «الوطني», «المركزية», «السعودية»), which a complemented head needs first: not a
        participle («الشركة الراعية للمباراة» 'the sponsoring company')."""
        kinds = words_by_kind()
        return (self.tokens[k].folded in kinds["adjective"] | kinds.get(
            "closing_adjective", frozenset()) | kinds.get("scope_adjective", frozenset())
                or self.closes(k))

    def modifiers(self, last: int, chain: bool = False) -> int:
        """The last word of the name after its adjectives, coordinations and complement;
        ``chain``: the complement may be a construct chain (``_chain_end``)."""
        coordinated = complemented = 0
        described = False
        while (word := self.word(last + 1, last)) is not None:
            if has_article(word) and is_name_adjective(word.folded):
                last, described = last + 1, True
            elif (described and coordinated < MAX_COORDINATED and not self.closes(last)
                  and is_coordinated(word)):
                coordinated, last = coordinated + 1, last + 1
            elif not complemented and (rest := with_clitic(word, "ل")) is not None \
                    and rest not in words_by_kind().get("complement_stop", frozenset()):
                if is_definite(rest):
                    last += 1
                    last = self._joined_place(last)
                elif (then := self.word(last + 2, last + 1)) is not None and has_article(
                        then) and is_definite(then.folded):
                    last += 2  # «لكرة القدم», «لحقوق الإنسان»
                elif chain and (end := self._chain_end(last + 2)) is not None:
                    last = end  # «لعلاج أمراض الكبد», «لإدارة جوازات منطقة الجوف»
                else:
                    break
                complemented, described = 1, True
            else:
                break
        return last

    def _joined_place(self, k: int) -> int:
        """The last word of a place joined by «و» to the place that the complement at word
        ``k`` names, which goes on the name («الهيئة الملكية للجبيل وينبع»: the body of
        two cities); ``k`` where the complement is no place or no such place follows.
        Session 26 (2026-12-07), issue 5, engineer ent_ar9."""
        if not self._place_at(k) or (word := self.word(k + 1, k)) is None \
                or not word.text.startswith("و"):
            return k
        return k + 1 if self._place_at(k + 1) else k

    def _place_at(self, k: int) -> bool:
        """Whether word ``k``, a proclitic allowed, is a whole listed place of one word."""
        place = place_index().match_at(self.text, self.tokens, k, strip_clitics=True)
        return place is not None and place.first == place.last == k

    def _chain_end(self, j: int) -> int | None:
        """The definite last word of a construct chain going on at word ``j`` after a
        complement's verbal noun («لعلاج [أمراض] الكبد»): up to ``CHAIN_NOUNS`` common
        nouns without the article (``_common_noun``: not a foreign name, «لمرض ألزهايمر
        المنتشرة»), then a definite word; None where anything else comes first."""
        for k in range(j, j + CHAIN_NOUNS + 1):
            word = self.word(k, k - 1)
            if word is None:
                return None
            if has_article(word):
                return k if is_definite(word.folded) and k > j else None
            if (not _common_noun(word.folded) or word.text[:1] in PREPOSITIONS
                    or no_construct_noun(word) or len(word.folded) < MIN_CHAIN_NOUN):
                return None
        return None


def _common_noun(folded: str) -> bool:
    """One of ANERcorp's common words or of the words never in a person
    (``person_common_words_ar``), as a complement's chain is made of."""
    return folded in common_words() or folded in person_common_words()


def _construct_noun(word: Word) -> bool:
    """Whether a word without the article may be a common noun in the construct state after
    an open head: one of ANERcorp's common words, or a word never in a person
    (``person_common_words_ar``: «جنايات», «شباب», «طوارئ», which ANERcorp's small list
    lacks) that is no feminine nisba, an adjective («قوات كردية سورية»: Kurdish forces);
    such a word takes a place only (``_Reader._open_genitive``). Issue 5, session 28
    (2026-12-07), engineer ent_ar13."""
    return word.folded in common_words() or (
        word.folded in person_common_words() and not word.text.endswith(FEMININE_NISBA))


def _behind_preposition(word: Word) -> bool:
    """Whether the word is «ل», «ب» or «ك» glued to a common word («لنقل», «بدعم»)."""
    return word.text[:1] in PREPOSITIONS and any(
        skip == 1 and rest in common_words() for skip, rest in clitic_variants(word))


def name_end(text: str, tokens: Sequence[Word], kept: Sequence[Entity], last: int) -> int:
    """The last word of a name whose genitive ends on word ``last``: after its adjectives,
    coordinations and complement, as the names here are read (``arabic_named_bodies``)."""
    return _Reader(text, tokens, kept).modifiers(last)


def org_names(text: str, tokens: Sequence[Word], kept: Sequence[Entity]) -> list[Entity]:
    """Every organisation name read from its build (see the module), left to right."""
    reader = _Reader(text, tokens, kept)
    found: list[Entity] = []
    i = 0
    while i < len(tokens):
        head = head_at(tokens[i]) if tokens[i].text[:1].isalpha() else None
        span = _name_from(reader, i, *head) if head is not None else None
        if span is None:
            i += 1
            continue
        start, last, place_ends = span
        listed = listed_end(reader.tokens, i, reader.word)
        if listed is not None and listed > last:
            last, place_ends = listed, False  # «وزارة التجارة والصناعة»: a listed name
        end = tokens[last].end
        if not place_ends or _named_by_place(reader, i, last):
            found.append(Entity(start, end, type="ORG", text=text[start:end],
                                key=f"org:{phrase_key(text[start:end])}",
                                source=ORG_PATTERN_SOURCE))
        i = last + 1
    return found


def _name_from(reader: _Reader, i: int, skip: int, definite: bool
               ) -> tuple[int, int, bool] | None:
    """(start, last word, whether the name ends on a place) of the name headed at ``i``."""
    start = reader.tokens[i].start + skip
    kind = not definite and rest_at(reader.tokens[i], skip) in kind_nouns()
    if kind:
        start = reader.tokens[i + 1].start if i + 1 < len(reader.tokens) else start
    if rest_at(reader.tokens[i], skip) in titled_heads() and not (
            _titled(reader, i + 1) or _territory(reader, i + 1) or _typed(reader, i, skip)):
        return None  # «مستشفى الملك فهد», «مستشفى محافظة رياض الخبراء», «مستشفى الرس العام»
    if definite:
        first = reader.word(i + 1, i)
        if first is None or not has_article(first) or not is_name_adjective(first.folded) or (
                rest_at(reader.tokens[i], skip) in trade_heads()
                and first.folded not in words_by_kind().get("trade_adjective", ())):
            return None  # «الغرفة التجارية», not «الغرفة الفردية» (a single room)
        end = reader.modifiers(i + 1, chain=True)
        if _complemented_head(reader.tokens[i]) and not (
                reader.of_scope(i + 1) and _complemented(reader, i + 2, end)):
            return None
        return start, end, False
    genitive = reader.genitive(i + 1, after_kind=kind, open_head=rest_at(
        reader.tokens[i], skip) in words_by_kind().get("open_head", frozenset()))
    if genitive is None:
        return None
    last, place = genitive
    if not place and (pair := paired_field(reader.text, reader.tokens, (i, rest_at(
            reader.tokens[i], skip)), last, reader.word, is_coordinated)) is not None:
        last = pair  # «حزب العدالة والتنمية»: a second field (org_coordinated)
    end = last if last in reader.territorial else reader.modifiers(last)
    return start, end, place and end == last


def _named_by_place(reader: _Reader, i: int, last: int) -> bool:
    """Whether a name ending on the place in its genitive is a body: «جامعة تبوك», «شرطة
    العقبة», «غرفة الرياض», «أمانة منطقة الرياض» (the gold keeps the place in the name:
    «شرطة دبي», «منتخب الأردن»); not after a head that with a place names a place or a
    group (``place_head``: «قناة السويس» the canal, «مركز قطور» a district, «مجموعة
    أميركا» a tournament's group), nor where a definite word the name did not take follows
    the place, which may go on the place's name («بلدية ينبع النخل»), unless it is a title
    opening the next name («بشرطة منطقة القصيم الرائد بدر السحيباني»; session 16)."""
    head = head_at(reader.tokens[i])
    if head is None or rest_at(reader.tokens[i], head[0]) in words_by_kind().get(
            "place_head", frozenset()):
        return False
    after = reader.word(last + 1, last)
    return after is None or after.text in titles() or not (
        has_article(after) and is_definite(after.folded))


def _complemented_head(word: Word) -> bool:
    return any(rest in complemented_heads() for _, rest in clitic_variants(word))


def _complemented(reader: _Reader, first: int, last: int) -> bool:
    """Whether words ``first``..``last`` hold a complement with «ل» that names no body
    («للكهرباء», not «للشركة», «للنادي»: «المركز الإعلامي للنادي» is a unit of one named
    before), or a verbal noun with «ل» and its definite genitive, as ``modifiers`` reads
    one («الجمعية الخيرية لتحفيظ القرآن»: session 14 (2026-12-06))."""
    bodies = heads() | titled_heads() | definite_heads() | complemented_heads()
    for k in range(first, last + 1):
        rest = with_clitic(reader.tokens[k], "ل")
        if rest is not None and not is_definite(rest) and k < last:
            if rest in bodies:
                return False  # «المديرية العامة لكلية الملك فهد»: a body named after it
            # modifiers took the words after it only up to a definite one (its chain's end)
            rest = next((w.folded for w in reader.tokens[k + 1:last + 1]
                         if is_definite(w.folded)), None)
        if rest is not None and is_definite(rest):
            return not {rest, rest[2:]} & bodies
    return False


def _titled(reader: _Reader, j: int) -> bool:
    word = reader.word(j, j - 1)
    return word is not None and word.text in titles()


def _typed(reader: _Reader, i: int, skip: int) -> bool:
    """A ``typed_head``, a one-word genitive and a name's adjective after it: a hospital
    named by its town and its type («مستشفى الرس العام», «مستشفى القطيف المركزي»)."""
    if rest_at(reader.tokens[i], skip) not in words_by_kind().get("typed_head", frozenset()):
        return False
    word, then = reader.word(i + 1, i), reader.word(i + 2, i + 1)
    return (word is not None and then is not None and has_article(then)
            and is_name_adjective(then.folded))


def _territory(reader: _Reader, j: int) -> bool:
    word = reader.word(j, j - 1)
    return word is not None and word.folded in words_by_kind().get("territory", frozenset())


def add_org_names(text: str, tokens: Sequence[Word], kept: list[Entity]) -> list[Entity]:
    """``kept`` with the names read here (see the module), sorted by position."""
    out = list(kept)
    for org in org_names(text, tokens, kept):
        inside = [e for e in out if org.start < e.end and e.start < org.end]
        if all(_absorbs(org, e) for e in inside):
            out = in_place_of_overlaps(out, org)
    return sorted(out, key=lambda e: e.start)


def _absorbs(org: Entity, e: Entity) -> bool:
    """Whether the name ``org`` stands in place of ``e``: a shorter entity inside it, or
    the titled person an institution is named after where the title rule ran the name
    on past the institution's («جامعة الملك عبدالعزيز بإجراء دراسة», «مدير جامعة الملك
    عبدالعزيز المكلف»: the rule takes the word after a given name for a surname)."""
    if org.start <= e.start and e.end <= org.end:
        return e.source in ABSORBED_SOURCES and e.end - e.start < org.end - org.start
    return (e.source == TITLE_SOURCE and org.start < e.start and e.end > org.end
            and phrase_key(org.text.split()[0]) in named_after_heads())
