"""Stage khabar.meta.sources.v1: the outlet and the attribution chain, with raw offsets."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pycountry
import pytest

from khabar.doc import Doc, RemovedLine
from khabar.meta.outlets import outlets
from khabar.meta.sources import attributions, locate_outlet
from khabar.offsets import apply_edits
from khabar.registry import get_stage
from khabar.settings import Settings

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


def _example(prefix: str) -> str:
    return next(EXAMPLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def chain(raw: str) -> list[tuple[str, str, str | None]]:
    return [(s.name, s.relation, s.name_en) for s in attributions(Doc(raw=raw))]


# (example, outlet name_en or None, chain, reason)
EXAMPLES_TABLE = [
    ("000", "Payam Khuzestan", [("دفاعپرس", "reported_by", "Defa Press")],
     "masthead line; a desk formula 'به گزارش گروه دفاعی امنیتی دفاعپرس'"),
    ("001", None, [("دفاعپرس", "reported_by", "Defa Press"), ("ایرنا", "source", "IRNA")],
     "formula glued to the lead ('یابدبه گزارش'), and a credit line 'منبع: ایرنا'"),
    ("002", "Al-Alam", [], "'العالم - ايران' masthead inside the text"),
    ("003", None, [("باشگاه خبرنگاران جوان", "reported_by", "Young Journalists Club"),
                   ("سپاه نیوز", "quoted_from", "Sepah News")],
     "a desk between the formula and the outlet, then 'به نقل از'"),
    ("004", None, [("منیبان", "reported_by", None), ("سپاه نیوز", "quoted_from", "Sepah News")],
     "an outlet khabar does not know is kept as written"),
]


@pytest.mark.parametrize(("prefix", "outlet", "expected", "reason"), EXAMPLES_TABLE)
def test_examples(prefix: str, outlet: str | None, expected: list, reason: str):
    doc = Doc(raw=_example(prefix))
    located = locate_outlet(doc)
    assert (located[0].name_en if located else None) == outlet, reason
    sources = attributions(doc)
    assert [(s.name, s.relation, s.name_en) for s in sources] == expected, reason
    for source in sources:
        assert doc.raw[source.raw_start:source.raw_end] == source.name


# (sentence, expected chain, reason)
FORMULAS = [
    ("به گزارش دفاع‌پرس، وزیر گفت", [("دفاع‌پرس", "reported_by", "Defa Press")], "ZWNJ"),
    ("به گزارش دفاع پرس، وزیر گفت", [("دفاع پرس", "reported_by", "Defa Press")], "space"),
    ("به گزارش باشگاه خبرنگاران جوان، وزیر", [("باشگاه خبرنگاران جوان", "reported_by",
                                              "Young Journalists Club")], "Arabic yeh"),
    ("به گزارش خبرنگار سیاسی ایرنا از تهران، وزیر", [("ایرنا", "reported_by", "IRNA")],
     "a reporter desk before the outlet"),
    ("به گزارش خبرنگار ما، وزیر گفت", [], "'our reporter' names no outlet"),
    ("به نقل از وزیر امور خارجه، این", [], "به نقل از a person: only known outlets count"),
    ("منبع: تسنیم", [("تسنیم", "source", "Tasnim News Agency")], "a credit line"),
    ("وقال نقلا عن وكالة سانا إن", [("وكالة سانا", "quoted_from", "SANA")], "نقلا عن"),
    ("حسبما أفادت وكالة تسنيم، فإن", [("وكالة تسنيم", "reported_by", "Tasnim News Agency")],
     "حسبما أفادت"),
    ("ذكرت وكالة شفق للأنباء أن", [("وكالة شفق للأنباء", "reported_by", None)],
     "an unknown agency named 'وكالة … للأنباء'"),
    ("ذكرت وكالة كونا للأنباء أن", [("وكالة كونا للأنباء", "reported_by", "KUNA")],
     "a known agency inside 'وكالة … للأنباء': the whole phrase, credited to it"),
    ("نقلت وكالة الأنباء الكويتية عن الوزير", [("وكالة الأنباء الكويتية", "reported_by", "KUNA")],
     "an agency by its full Arabic name"),
    ("به گزارش سانا، وزیر گفت", [("سانا", "reported_by", "SANA")], "an Arab agency in Persian"),
    ("according to Dunya News, the", [("Dunya News", "reported_by", "Dunya News")],
     "a Pakistani broadcaster"),
    ("آئی ایس پی آر کے مطابق فوج نے", [("آئی ایس پی آر", "reported_by", "ISPR")],
     "Urdu: the outlet comes before کے مطابق"),
    ("according to Reuters, the", [("Reuters", "reported_by", "Reuters")], "English"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), FORMULAS)
def test_formulas(text: str, expected: list, reason: str):
    assert chain(text) == expected, reason


def test_each_outlet_and_relation_once():
    raw = "به گزارش ایسنا، وزیر گفت.\nبه گزارش ایسنا، او افزود."
    assert chain(raw) == [("ایسنا", "reported_by", "ISNA")]


def test_nothing_after_the_end_marker():
    raw = "به گزارش ایسنا، وزیر گفت.\nانتهای پیام/\nبه گزارش مهر، خبر دیگر"
    assert chain(raw) == [("ایسنا", "reported_by", "ISNA")]


def _cleaned(raw: str, cut: str, reason: str) -> Doc:
    """A Doc whose text lost the line ``cut``, recorded as removed for ``reason``."""
    start = raw.index(cut)
    end = start + len(cut) + 1
    text, offsets = apply_edits(raw, [(start, end, "")])
    doc = Doc(raw=raw)
    doc.set_text(text, offsets)
    doc.removed = [RemovedLine(start, end, reason)]
    return doc


def test_removed_related_list_is_not_searched():
    raw = "به گزارش ایسنا، وزیر گفت.\nبه گزارش مهر، خبر مرتبط\nپایان متن"
    doc = _cleaned(raw, "به گزارش مهر، خبر مرتبط", "related articles")
    assert [s.name for s in attributions(doc)] == ["ایسنا"]


def test_removed_credit_line_is_searched():
    raw = "وزیر گفت.\nمنبع: ایرنا\nپایان متن"
    doc = _cleaned(raw, "منبع: ایرنا", "credit line")
    sources = attributions(doc)
    assert [(s.name, s.relation) for s in sources] == [("ایرنا", "source")]
    assert doc.raw[sources[0].raw_start:sources[0].raw_end] == "ایرنا"


@pytest.mark.parametrize(("meta", "raw", "name", "name_en"), [
    ({"source": "farsnews", "source_name": "Fars News Agency"}, "متن", "Fars News Agency",
     "Fars News Agency"),
    ({"source": "aawsat"}, "نص", "aawsat", "Asharq Al-Awsat"),
    ({"source": "shafaq"}, "نص", "shafaq", None),
    ({"url": "https://www.irna.ir/news/85000000"}, "متن", "IRNA", "IRNA"),
    ({"url": "https://en.mehrnews.com/news/1"}, "text", "Mehr News Agency", "Mehr News Agency"),
    ({}, "پیام خوزستان - به گزارش ایسنا، وزیر گفت", "پیام خوزستان", "Payam Khuzestan"),
    ({}, "عنوان\nالعالم - ايران\nنص", "العالم", "Al-Alam"),
])
def test_outlet(meta: dict[str, str], raw: str, name: str, name_en: str | None):
    located = locate_outlet(Doc(raw=raw, meta=meta))
    assert located is not None
    assert (located[0].name, located[0].name_en) == (name, name_en)


def test_headline_attribution_is_not_a_masthead():
    assert locate_outlet(Doc(raw="رویترز: آمریکا تحریم‌ها را تمدید کرد\nمتن")) is None


def test_outlet_file_is_consistent():
    known = outlets()
    for outlet in known.by_id.values():
        assert outlet.name_en and outlet.names, outlet.id
        assert pycountry.countries.get(alpha_3=outlet.country) is not None, outlet.id
        if outlet.tz:
            ZoneInfo(outlet.tz)
    for required in ("irna", "isna", "tasnim", "fars", "mehr", "defapress", "sepahnews", "yjc",
                     "presstv", "alalam", "almayadeen", "sana", "aljazeera", "alarabiya", "app",
                     "ispr", "dawn", "geo", "payamkhuzestan", "hamshahri", "kayhan",
                     "khabaronline"):
        assert required in known.by_id


def test_stage_is_registered_as_declared():
    info = get_stage("khabar.meta.sources.v1")
    assert (info.requires, info.assigns) == (("text", "header"), ("outlet", "sources"))
    doc = info.factory(Settings())(Doc(raw=_example("000")))
    assert doc.outlet is not None and doc.outlet.name_en == "Payam Khuzestan"
    assert [s.name_en for s in doc.sources] == ["Defa Press"]
