"""Page metadata: JSON-LD, OpenGraph, <meta> conventions, canonical link, <html lang>, <time>."""

from __future__ import annotations

import gzip
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import articleclean
from articleclean.document import Metadata
from articleclean.parse.page_metadata import json_ld_objects, meta_tags, page_metadata
from articleclean.sources.html import parse_html
from bench import score

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "article-extraction-benchmark"


def meta_of(head: str, body: str = "<p>Text</p>", html_attrs: str = "") -> Metadata:
    return page_metadata(parse_html(f"<html {html_attrs}><head>{head}</head><body>{body}</body></html>"))


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def zone(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


# --- JSON-LD --------------------------------------------------------------------------------------------------


def test_json_ld_news_article():
    meta = meta_of(
        ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Man flies over city",
                "description": "Witnesses amazed.",
                "datePublished": "2019-11-20T05:47:00-05:00",
                "dateModified": "2019-11-20T09:00:00+01:00",
                "author": {"@type": "Person", "name": "Lois Lane"},
                "publisher": {"@type": "Organization", "name": "Daily Planet"},
                "inLanguage": "en-US",
                "mainEntityOfPage": {"@id": "https://dailyplanet.com/flight"},
            }
        )
    )
    assert meta.title == "Man flies over city"
    assert meta.subtitle == "Witnesses amazed."
    assert meta.published == datetime(2019, 11, 20, 5, 47, tzinfo=zone(-5))
    assert meta.published.utcoffset() == timedelta(hours=-5)  # the page's zone, not UTC
    assert meta.modified == datetime(2019, 11, 20, 9, 0, tzinfo=zone(1))
    assert meta.authors == ["Lois Lane"]
    assert meta.site_name == "Daily Planet"
    assert meta.language == "en-US"
    assert meta.url == "https://dailyplanet.com/flight"


def test_json_ld_graph_and_author_list():
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Planet site", "url": "https://dailyplanet.com"},
            {"@type": "BreadcrumbList", "itemListElement": []},
            {
                "@type": ["ReportageNewsArticle"],
                "headline": "Flight &amp; fury",
                "datePublished": "2019-11-20",
                "author": [
                    {"@type": "Person", "name": "Lois Lane"},
                    "By Jimmy Olsen",
                    {"@type": "Person", "name": "Lois Lane"},
                    {"@type": "Organization", "name": "Planet Staff"},
                ],
            },
        ],
    }
    meta = meta_of(ld(graph))
    assert meta.title == "Flight & fury"
    assert meta.published == datetime(2019, 11, 20)
    assert meta.authors == ["Lois Lane", "Jimmy Olsen"]  # people first; duplicates and organisations out
    assert meta.site_name == "Planet site"


def test_json_ld_site_after_the_article_and_list_values():
    data = [
        {"@type": "NewsArticle", "headline": ["First", "Second"], "datePublished": ["2019-11-20T10:00:00Z"]},
        {"@type": "WebSite", "name": "Planet"},
    ]
    meta = meta_of(ld(data))
    assert (meta.title, meta.site_name, meta.published) == (
        "First",
        "Planet",
        datetime(2019, 11, 20, 10, tzinfo=timezone.utc),
    )


def test_json_ld_organization_author_when_no_person():
    assert meta_of(ld({"@type": "BlogPosting", "author": {"@type": "Organization", "name": "AP"}})).authors == ["AP"]


def test_json_ld_first_article_wins_and_top_level_before_nested():
    data = [
        {"@type": "WebPage", "mainEntity": {"@type": "Article", "headline": "Nested"}},
        {"@type": "NewsArticle", "headline": "Top level"},
    ]
    assert meta_of(ld(data)).title == "Top level"
    assert meta_of(ld(data[:1])).title == "Nested"


def test_json_ld_schema_prefixes_and_lists():
    assert meta_of(ld({"@type": "http://schema.org/BlogPosting", "headline": "Post"})).title == "Post"
    assert meta_of(ld([{"@type": "Organization"}, {"@type": "schema:Article", "headline": "A"}])).title == "A"


def test_json_ld_broken_json_is_forgiven_or_ignored():
    sloppy = '<script type="application/ld+json"><!-- {"@type": "Article", "headline": "Sloppy",} --></script>'
    assert meta_of(sloppy).title == "Sloppy"
    assert meta_of('<script type="application/ld+json">{not json</script>').title is None
    newline = '<script type="application/ld+json">{"@type": "Article", "headline": "Two\nlines"}</script>'
    assert meta_of(newline).title == "Two lines"


def test_json_ld_without_article_type_falls_back_to_an_object_with_a_headline():
    assert meta_of(ld({"@type": "WebPage", "headline": "Page headline"})).title == "Page headline"


def test_json_ld_objects_is_bounded_on_deep_json():
    page = parse_html('<script type="application/ld+json">' + "[" * 50_000 + "]" * 50_000 + "</script>")
    assert list(json_ld_objects(page)) == []  # too deep for json: ignored, no RecursionError escapes
    wide = parse_html(ld([{"@type": "Thing", "n": i} for i in range(20_000)]))
    assert len(list(json_ld_objects(wide))) < 20_000  # bounded


# --- OpenGraph and <meta> -------------------------------------------------------------------------------------


def test_opengraph():
    meta = meta_of(
        '<meta property="og:title" content="OG title">'
        '<meta property="og:site_name" content="Daily Planet">'
        '<meta property="og:url" content="https://dailyplanet.com/og">'
        '<meta property="og:description" content="OG description">'
        '<meta property="article:published_time" content="2019-11-20T05:47:00+03:00">'
        '<meta property="article:modified_time" content="2019-11-21T06:00:00Z">'
        '<meta property="article:author" content="https://facebook.com/lois">'
        '<meta property="article:author" content="Lois Lane">'
    )
    assert (meta.title, meta.site_name, meta.url, meta.subtitle) == (
        "OG title",
        "Daily Planet",
        "https://dailyplanet.com/og",
        "OG description",
    )
    assert meta.published == datetime(2019, 11, 20, 5, 47, tzinfo=zone(3))
    assert meta.modified == datetime(2019, 11, 21, 6, 0, tzinfo=timezone.utc)
    assert meta.authors == ["Lois Lane"]  # profile URLs are no names


def test_json_ld_wins_over_opengraph():
    head = '<meta property="og:title" content="OG title">' + ld({"@type": "NewsArticle", "headline": "LD title"})
    assert meta_of(head).title == "LD title"


@pytest.mark.parametrize(
    "name",
    ["pubdate", "publishdate", "date", "parsely-pub-date", "sailthru.date", "dc.date", "DC.date.issued",
     "citation_publication_date"],
)  # fmt: skip
def test_meta_date_fallbacks(name: str):
    meta = meta_of(f'<meta name="{name}" content="2019-11-20T10:00:00+01:00">')
    assert meta.published == datetime(2019, 11, 20, 10, 0, tzinfo=zone(1))


def test_meta_name_fallbacks():
    meta = meta_of(
        '<meta name="description" content="  The   description. ">'
        '<meta name="author" content="Lois Lane and Jimmy Olsen">'
        '<meta name="twitter:title" content="Twitter title">'
        '<meta name="application-name" content="Planet">'
    )
    assert (meta.subtitle, meta.authors, meta.title, meta.site_name) == (
        "The description.",
        ["Lois Lane", "Jimmy Olsen"],
        "Twitter title",
        "Planet",
    )
    assert meta_of('<meta name="author" content="Lane, Lois">').authors == ["Lane, Lois"]
    assert meta_of('<meta name="byl" content="By Lois Lane">').authors == ["Lois Lane"]


def test_meta_tags_keys():
    tags = meta_tags(
        parse_html('<meta property="OG:Title" content="x"><meta itemprop="name" content="y"><meta name="z">')
    )
    assert tags == {"og:title": ["x"], "name": ["y"]}


def test_implausible_dates_are_ignored():
    head = (
        '<meta property="article:modified_time" content="0001-01-01T00:00:00+00:00"><meta name="date" content="soon">'
    )
    assert (meta_of(head).modified, meta_of(head).published) == (None, None)


def test_canonical_link_and_language():
    meta = meta_of(
        '<link rel="alternate" href="https://m.planet.com/x"><link rel="canonical" href="https://planet.com/x">'
        '<meta property="og:url" content="https://planet.com/og">',
        html_attrs='lang="de-CH"',
    )
    assert (meta.url, meta.language) == ("https://planet.com/x", "de-CH")
    assert meta_of('<meta property="og:locale" content="fr_FR">').language == "fr_FR"
    assert meta_of("", html_attrs='xml:lang="nl"').language == "nl"


def test_microdata_of_the_article_item_only():
    body = (
        '<div itemscope itemtype="https://schema.org/Article">'
        '<meta itemprop="datePublished" content="2018-10-11T08:53:00+03:00">'
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Ivan</span></span>'
        '<div itemscope itemtype="https://schema.org/Comment">'
        '<span itemprop="datePublished" content="2018-11-05T19:17:10+03:00">comment</span></div></div>'
    )
    meta = meta_of("", body)
    assert meta.published == datetime(2018, 10, 11, 8, 53, tzinfo=zone(3))
    assert meta.authors == ["Ivan"]


# --- <time> ----------------------------------------------------------------------------------------------------


def test_time_inside_the_article_is_the_last_resort():
    body = (
        '<aside><time datetime="2019-01-01T00:00:00Z">Jan 1</time></aside>'
        '<article><time datetime="2019-11-20T08:00:00+01:00">Nov 20</time></article>'
    )
    assert meta_of("", body).published == datetime(2019, 11, 20, 8, 0, tzinfo=zone(1))
    assert meta_of("", '<aside><time datetime="2019-01-01">x</time></aside>').published is None
    assert meta_of('<meta name="date" content="2019-11-19">', body).published == datetime(2019, 11, 19)
    marked = '<div><time pubdate datetime="2019-11-18">x</time></div>' + body
    assert meta_of("", marked).published == datetime(2019, 11, 18)


def test_fragment_takes_any_time():
    root = parse_html('<div class="story"><time datetime="2019-11-20">Nov 20</time><p>Text</p></div>')
    assert page_metadata(root).published == datetime(2019, 11, 20)


def test_nothing_declared():
    assert page_metadata(parse_html("<p>Just text</p>")) == Metadata()


# --- the corpus -----------------------------------------------------------------------------------------------


def test_corpus_declared_titles_and_days():
    """The title and day the corpus says each page declares are what page_metadata reads (as the bench judges).

    Three pages declare the day 0001-01-01, a CMS's empty date: page_metadata
    ignores dates before 1990, so those are not compared.
    """
    if not (CORPUS / "html").is_dir():
        pytest.skip(f"benchmark corpus not found at {CORPUS}")
    declared = json.loads((CORPUS / "page-metadata.json").read_text(encoding="utf-8"))
    wrong = {}
    for path in sorted((CORPUS / "html").glob("*.html.gz")):
        page_id = path.name.split(".")[0]
        meta = page_metadata(parse_html(gzip.open(path).read()))
        want = declared[page_id]
        if want["title"] and not score.title_ok(meta.title, want["title"]):
            wrong[page_id[:8]] = (meta.title, want["title"])
        day = meta.published.date().isoformat() if meta.published else None
        if want["published_day"] and want["published_day"] >= "1990" and day != want["published_day"]:
            wrong[page_id[:8]] = (day, want["published_day"])
    assert wrong == {}


def test_declared_tags_come_from_json_ld_keywords_and_article_tag_metas():
    page = (
        '<html><head><meta property="article:tag" content="Protest"><meta property="article:tag" content="China">'
        '<script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "Storm", "keywords": "Hong Kong, Protest"}'
        "</script></head><body><h1>Storm</h1><p>A storm hit the coast on Monday, officials said.</p></body></html>"
    )
    assert page_metadata(parse_html(page)).tags == ["Hong Kong", "Protest", "China"]
    assert articleclean.clean(page).tags == ["Hong Kong", "Protest", "China"]
