"""html_published: a page's publication date from meta tags, <time> and bylines (issue 4)."""

from __future__ import annotations

import pytest

from khabar.meta.html_dates import html_published


def page(head: str = "", body: str = "<p>متن خبر</p>") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


# (html, lang, expected value or None, reason)
PAGES = [
    (page('<meta property="article:published_time" content="2025-01-20T09:53:26+03:30">'),
     None, "2025-01-20T09:53:26+03:30", "an ISO meta tag keeps its offset"),
    (page('<meta name="date" content="2025-01-20 09:53">'), "fa",
     "2025-01-20T09:53:00+03:30", "a meta date without offset gets the zone"),
    (page(body='<div class="news-date">دوشنبه 1 بهمن 1403 - 09:53:26</div><p>متن</p>'), "fa",
     "2025-01-20T09:53:26+03:30", "a Jalali dateline in a byline (htmldate finds none)"),
    (page(body='<span id="pdate">۲۰ مهر ۱۴۰۰ - ۲۰:۵۳</span>'), "fa",
     "2021-10-12T20:53:00+03:30", "Persian digits; Tehran had no summer time in Mehr"),
    (page(body='<span class="date">الإثنين ٢٠ يناير ٢٠٢٥ - ٠٣:٥٦ بتوقيت غرينتش</span>'), "ar",
     "2025-01-20T03:56:00+00:00", "a zone written in the byline wins"),
    (page(body='<time datetime="2024-07-07">7 July</time>'), None,
     "2024-07-07T00:00:00+03:30", "a <time> element's datetime attribute"),
    (page(body='<div class="date">امروز</div>'), "fa", None,
     "a relative word is no publication date"),
    (page(), "fa", None, "a page that states no date gives None, never today"),
    ("", None, None, "an empty document"),
]


@pytest.mark.parametrize(("html", "lang", "expected", "reason"), PAGES)
def test_html_published(html: str, lang: str | None, expected: str | None, reason: str):
    found = html_published(html, lang=lang)
    assert (found[0] if found else None) == expected, reason


def test_meta_tag_before_byline():
    html = page('<meta property="article:published_time" content="2025-01-21T08:00:00+03:30">',
                '<div class="date">دوشنبه 1 بهمن 1403 - 09:53:26</div>')
    found = html_published(html, lang="fa")
    assert found is not None and found[0].startswith("2025-01-21")
