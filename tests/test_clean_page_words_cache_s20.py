"""The per-word cache of ``page_words.word_kind`` (session 20, issue 8, engineer speed2):
cached answers equal the uncached path's, and a repeated word is answered from the cache."""

from khabar.clean.page_words import WORD, _vocabulary, word_kind

_LINES = (
    "صورة أرشيفية - أ ف ب",
    "اشترك في نشرتنا الإخبارية وتابعونا",
    "اقرأ في الرياض أيضاً",
    "عکس از آرشیو",
    "توضیح تصویر، منبع عکس: رویترز",
    "زمان مطالعه ۵ دقیقه ۱۲۵۴۰ بازدید",
    "والصورة فالأرشيف للتحميل",
    "تطبيق القانون في المحكمة",
)


def _probes() -> list[str]:
    words = [word for line in _LINES for word in WORD.findall(line)]
    for key in sorted(_vocabulary())[:400]:
        words += [key, "و" + key, "ال" + key, "وال" + key, "فلل" + key, key + "ها"]
    return [*words, "", "x", "ال", "وال"]


def test_cached_word_kind_answers_as_the_uncached_path() -> None:
    for word in _probes():
        assert word_kind(word) == word_kind.__wrapped__(word), word
        assert word_kind(word) == word_kind.__wrapped__(word), word


def test_a_repeated_word_is_answered_from_the_cache() -> None:
    word_kind("أرشيفية")
    hits = word_kind.cache_info().hits
    assert word_kind("أرشيفية") == word_kind.__wrapped__("أرشيفية")
    assert word_kind.cache_info().hits == hits + 1
