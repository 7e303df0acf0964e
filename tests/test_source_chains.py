"""Attribution chains: organizations after a formula, Arabic formulas with و, and the
line walk of ``searchable_lines`` (written fresh: no shared-corpus text is used)."""

from __future__ import annotations

import pytest

from khabar.doc import Doc, RemovedLine
from khabar.meta.sources import attributions, searchable_lines


def chain(raw: str) -> list[tuple[str, str]]:
    return [(s.name, s.relation) for s in attributions(Doc(raw=raw))]


# (sentence, expected chain, reason)
ORGANIZATIONS = [
    ("به گزارش خبرگزاری فارس به نقل از روابط عمومی اداره کل بنادر استان بوشهر، مدیرکل گفت",
     [("خبرگزاری فارس", "reported_by"),
      ("روابط عمومی اداره کل بنادر استان بوشهر", "quoted_from")],
     "a long public-relations office after به نقل از"),
    ("به نقل از وزارت نیرو و انرژی کشور، سخنگو گفت",
     [("وزارت نیرو و انرژی کشور", "quoted_from")], "five words opening with وزارت"),
    ("به گزارش روابط‌عمومی بنیاد مسکن، طرح آغاز شد",
     [("روابط‌عمومی بنیاد مسکن", "reported_by")], "ZWNJ inside the organization word"),
    ("نقلا عن المكتب الإعلامي للوزارة، قال المتحدث",
     [("المكتب الإعلامي للوزارة", "quoted_from")], "Arabic organization word"),
]


@pytest.mark.parametrize(("raw", "expected", "reason"), ORGANIZATIONS)
def test_organizations_after_a_formula(raw: str, expected: list, reason: str):
    assert chain(raw) == expected, reason


@pytest.mark.parametrize(("raw", "reason"), [
    ("به نقل از علی رضایی، وزیر گفت", "a person after به نقل از is not taken"),
    ("به نقل از روابط عمومی شرکت آب استان زنجان علی رضایی اظهار داشت که کار تمام شد، و",
     "a verb inside: a sentence, not a name"),
    ("به نقل از وزارت یک دو سه چهار پنج شش هفت هشت نه ده یازده، گفت", "too many words"),
    ("به نقل از وزارت کشور در اطلاعیه‌ای اعلام شد", "no comma: where the name ends is unknown"),
])
def test_not_organizations(raw: str, reason: str):
    assert chain(raw) == [], reason


@pytest.mark.parametrize(("raw", "expected", "reason"), [
    ("وبحسب ما بثته وكالة الأنباء السعودية، فإن الوفد وصل",
     [("وكالة الأنباء السعودية", "reported_by")], "بحسب with the conjunction و glued"),
    ("ونقلت رويترز عن مصدر أن الاتفاق تم", [("رويترز", "reported_by")], "ونقلت + a known outlet"),
    ("وبحسب الشرطة فإن الحادث وقع", [], "بحسب + not an outlet: nothing"),
    ("ويحظر القانون ذلك حسب ما نقلته وكالة الأنباء الإماراتية الرسمية",
     [("وكالة الأنباء الإماراتية", "reported_by")], "نقلته with the object pronoun"),
])
def test_arabic_formulas_with_conjunction(raw: str, expected: list, reason: str):
    assert chain(raw) == expected, reason


def _lines_by_brute_force(doc: Doc) -> list[tuple[int, int]]:
    """The rule ``searchable_lines`` implements, checked span by span for every line."""
    from khabar.meta.lexicon import for_matching
    from khabar.meta.sources import _allowed, _formulas, raw_lines

    allowed = _allowed(doc)
    out = []
    for start, stop in raw_lines(doc.raw):
        if not any((a < stop and start < b) or a == start == stop for a, b in allowed):
            continue
        marker = _formulas().end.search(for_matching(doc.raw[start:stop]))
        if marker is not None:
            if marker.start() > 0:
                out.append((start, start + marker.start()))
            return out
        out.append((start, stop))
    return out


@pytest.mark.parametrize("removed", [
    [], [(0, 5, "nav")], [(6, 20, "boilerplate")], [(0, 40, "related")],
    [(3, 9, "footer"), (25, 31, "credit")],
])
def test_searchable_lines_match_the_rule(removed: list[tuple[int, int, str]]):
    raw = "خط یک\nبه گزارش ایرنا، متن\n\nخط سه\nانتهای پیام\nلینک"
    doc = Doc(raw=raw)
    doc.removed = [RemovedLine(a, b, reason) for a, b, reason in removed]
    doc.header = [(0, 5)]
    assert list(searchable_lines(doc)) == _lines_by_brute_force(doc)


@pytest.mark.parametrize(("raw", "expected", "reason"), [
    ("اسرائیلی اخبار ٹائمز آف اسرائیل کی رپورٹ کے مطابق وزیر اعظم نے کہا",
     [("ٹائمز آف اسرائیل", "reported_by")], "a report of a known outlet, Urdu"),
    ("بلومبرگ کے مطابق قیمت بڑھ گئی", [("بلومبرگ", "reported_by")], "outlet right before"),
    ("یہ دعوے ہاریٹز اور وائے نیٹ نے کیے ہیں۔ ایک تنظیم کے مطابق نتائج مختلف ہیں",
     [], "an outlet in the previous sentence is not the one cited"),
])
def test_urdu_outlet_before_formula(raw: str, expected: list, reason: str):
    assert chain(raw) == expected, reason


@pytest.mark.parametrize(("raw", "name_en"), [
    ("به گزارش نیویورک‌تایمز، مقامات گفتند", "New York Times"),
    ("وأفادت وكالة بلومبرغ بأن الأسعار ارتفعت", "Bloomberg"),
    ("نقلا عن صحيفة هآرتس، قال المسؤول", "Haaretz"),
])
def test_international_outlets_are_known(raw: str, name_en: str):
    assert [s.name_en for s in attributions(Doc(raw=raw))] == [name_en]
