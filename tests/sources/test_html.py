"""HTML input: pages, fragments, bytes and BeautifulSoup objects become pieces with structural hints."""

from __future__ import annotations

import codecs
import gzip
import re
import time
from collections import Counter
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Comment

from articleclean.document import Piece
from articleclean.errors import InputError
from articleclean.sources import to_document
from articleclean.sources.html import html_to_document, looks_like_html, looks_like_html_bytes, parse_html
from articleclean.strings import words

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "article-extraction-benchmark"

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Man flies over city | Daily Planet</title>
<style>p { color: red }</style><script>var hidden = "script text";</script></head>
<body>
<header class="site-header"><a href="/">Daily Planet</a></header>
<nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article class="story">
  <h1>Man flies over city</h1>
  <h2 class="standfirst">Witnesses <em>amazed</em></h2>
  <p>A man <a href="/flight">flew</a> over the city on <b>Tuesday</b>, witnesses said.</p>
  <figure><img src="a.jpg" alt="alt text is not page text">
    <figcaption>The man in flight. <span class="credit">Photo: Jimmy Olsen</span></figcaption></figure>
  <p>Line one<br>line two<br><br>new block</p>
  <div class="related"><a href="/other-story">Another story</a></div>
  <p style="display: none">Invisible paragraph</p>
  <noscript>Enable JavaScript</noscript>
</article></main>
<aside><p>Most read</p></aside>
<footer><p>&copy; 2019 Daily Planet</p></footer>
</body></html>"""


def texts(pieces: list[Piece]) -> list[str]:
    return [p.text for p in pieces]


def by_text(pieces: list[Piece], text: str) -> Piece:
    return next(p for p in pieces if p.text == text)


# --- pieces and hints ---------------------------------------------------------------------------------------


def test_small_page_pieces():
    doc = html_to_document(PAGE)
    assert doc.source == "html"
    assert texts(doc.pieces) == [
        "Man flies over city | Daily Planet",
        "Daily Planet",
        "World",
        "Sport",
        "Man flies over city",
        "Witnesses amazed",
        "A man flew over the city on Tuesday, witnesses said.",
        "The man in flight. Photo: Jimmy Olsen",
        "Line one",
        "line two",
        "new block",
        "Another story",
        "Most read",
        "© 2019 Daily Planet",
    ]


def test_title_comes_first():
    title = html_to_document(PAGE).pieces[0]
    assert title.hints.tag == "title" and title.new_block


def test_inline_link_keeps_the_paragraph_whole():
    piece = by_text(html_to_document(PAGE).pieces, "A man flew over the city on Tuesday, witnesses said.")
    assert piece.hints.tag == "p"
    assert piece.hints.in_article and piece.hints.region == "article"
    assert piece.hints.link_density == pytest.approx(len("flew") / len(piece.text.replace(" ", "")))
    assert piece.hints.href is None


def test_regions():
    pieces = html_to_document(PAGE).pieces
    assert by_text(pieces, "Daily Planet").hints.region == "header"
    assert by_text(pieces, "World").hints.region == "nav"
    assert by_text(pieces, "Most read").hints.region == "aside"
    assert by_text(pieces, "© 2019 Daily Planet").hints.region == "footer"
    assert not by_text(pieces, "Most read").hints.in_article


def test_headings_have_levels():
    pieces = html_to_document(PAGE).pieces
    assert (
        by_text(pieces, "Man flies over city").hints.heading_level,
        by_text(pieces, "Man flies over city").hints.tag,
    ) == (1, "h1")
    assert by_text(pieces, "Witnesses amazed").hints.heading_level == 2
    assert html_to_document('<div role="heading" aria-level="3">Sub</div>').pieces[0].hints.heading_level == 3


def test_figure_caption_with_credit():
    caption = by_text(html_to_document(PAGE).pieces, "The man in flight. Photo: Jimmy Olsen")
    assert caption.hints.region == "figure" and caption.hints.tag == "figcaption"
    assert caption.data["credit_hint"] == "Photo: Jimmy Olsen"


@pytest.mark.parametrize(
    ("html", "credit"),
    [
        ("<figure><figcaption>A cat. <cite>AP</cite></figcaption></figure>", "AP"),
        ("<figure><figcaption>A cat. © Reuters/John Doe</figcaption></figure>", "© Reuters/John Doe"),
        ("<figure><figcaption>A cat.</figcaption><p class='image-copyright'>Getty</p></figure>", None),
        ("<figure><figcaption>A cat sat.</figcaption></figure>", None),
        (
            '<div class="wp-caption"><img src=x>'
            '<p class="wp-caption-text">A cat. <span class="source">AFP</span></p></div>',
            "AFP",
        ),
    ],
)
def test_caption_credit_hints(html: str, credit: str | None):
    pieces = html_to_document(html).pieces
    assert pieces[0].hints.region == "figure"
    assert pieces[0].data.get("credit_hint") == credit
    if len(pieces) > 1:  # a credit block of its own is all credit
        assert pieces[1].data["credit_hint"] == pieces[1].text


def test_credit_outside_figures_is_no_hint():
    assert html_to_document("<p>Text <cite>a book</cite> and <span class='credit'>x</span></p>").pieces[0].data == {}


def test_link_only_block_carries_its_href():
    pieces = html_to_document(PAGE).pieces
    related = by_text(pieces, "Another story")
    assert related.hints.href == "/other-story" and related.hints.link_density == 1.0
    assert "related" in related.hints.classes.split()
    assert by_text(pieces, "World").hints.href == "/world"
    two_links = html_to_document("<li><a href='/a'>One</a> <a href='/b'>Two</a></li>").pieces[0]
    assert two_links.hints.href is None and two_links.hints.link_density == 1.0
    anchor = html_to_document("<p><a name='x'>Not a link</a></p>").pieces[0]
    assert anchor.hints.link_density == 0.0


def test_class_and_id_words_innermost_first():
    pieces = html_to_document('<div id="main-content"><p class="story-body__text">Text</p></div>').pieces
    assert pieces[0].hints.classes == "story body text main content"
    inline = html_to_document('<div class="meta"><span class="byline-name">Lois Lane</span></div>').pieces[0]
    assert inline.hints.classes == "byline name meta"


def test_line_breaks_split_and_double_breaks_start_blocks():
    pieces = html_to_document(PAGE).pieces
    one, two, new = by_text(pieces, "Line one"), by_text(pieces, "line two"), by_text(pieces, "new block")
    assert (one.new_block, two.new_block, new.new_block) == (True, False, True)
    assert one.hints.tag == two.hints.tag == new.hints.tag == "p"


def test_pre_keeps_its_lines():
    pieces = html_to_document("<pre>a = 1\n  b = 2\n\nc = 3</pre>").pieces
    assert [(p.text, p.new_block) for p in pieces] == [("a = 1", True), ("b = 2", False), ("c = 3", True)]


def test_invisible_text_is_no_piece():
    pieces = texts(html_to_document(PAGE).pieces)
    for gone in ("script text", "color", "Invisible paragraph", "Enable JavaScript", "alt text"):
        assert not any(gone in text for text in pieces)
    html = (
        "<p hidden>a</p><p style='visibility:hidden'>b</p><template><p>c</p></template>"
        "<svg><text>d</text></svg><p hidden='until-found'>e</p><p aria-hidden='true'>f</p>"
    )
    assert texts(html_to_document(html).pieces) == ["e", "f"]


def test_text_around_skipped_elements_stays():
    assert texts(html_to_document("<p>a<script>x</script>b<!-- c -->c<style>y</style> d</p>").pieces) == ["abc d"]


def test_inline_never_splits_a_paragraph():
    html = "<p>He <b>said</b> <i>it</i> <span>was</span> <code>ok</code>, <q>fine</q> <hl-source>[1]</hl-source>.</p>"
    assert texts(html_to_document(html).pieces) == ["He said it was ok, fine [1]."]


def test_unknown_elements_outside_paragraphs_are_blocks():
    html = "<div><ps-promo>Promo</ps-promo><phoenix-card>Card</phoenix-card>Tail</div>"
    assert texts(html_to_document(html).pieces) == ["Promo", "Card", "Tail"]


def test_blocks_split_and_tails_follow():
    pieces = html_to_document(
        "<div>Intro<p>Para</p>Tail <b>bold</b></div><table><tr><td>a</td><td>b</td></tr></table>"
    ).pieces
    assert [(p.text, p.hints.tag) for p in pieces] == [
        ("Intro", "div"),
        ("Para", "p"),
        ("Tail bold", "div"),
        ("a", "td"),
        ("b", "td"),
    ]
    assert all(p.new_block for p in pieces)


def test_source_lines():
    pieces = html_to_document("<html>\n<body>\n<p>one</p>\n\n<p>two</p></body></html>").pieces
    assert [p.line for p in pieces] == [3, 5]


# --- input kinds ----------------------------------------------------------------------------------------------


def test_bytes_with_declared_charset():
    raw = '<html><head><meta charset="windows-1252"></head><body><p>Café “quoted” – fine</p></body></html>'
    doc = html_to_document(raw.encode("cp1252"))
    assert texts(doc.pieces) == ["Café “quoted” – fine"]


def test_bytes_with_http_equiv_charset():
    raw = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Straße</p>'
    assert texts(html_to_document(raw.encode("latin-1")).pieces) == ["Straße"]


@pytest.mark.parametrize(("bom", "encoding"), [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")])
def test_bytes_with_bom(bom: bytes, encoding: str):
    doc = html_to_document(bom + "<p>Zürich ☂</p>".encode(encoding))
    assert texts(doc.pieces) == ["Zürich ☂"]


def test_soup_and_tag_give_the_same_pieces():
    soup = BeautifulSoup(PAGE, "html.parser")
    from_str, from_soup = html_to_document(PAGE), html_to_document(soup)
    assert [(p.text, p.hints) for p in from_soup.pieces] == [(p.text, p.hints) for p in from_str.pieces]
    assert from_soup.meta == from_str.meta
    article = html_to_document(soup.find("article"))
    assert texts(article.pieces)[:2] == ["Man flies over city", "Witnesses amazed"]
    assert all(p.hints.in_article for p in article.pieces)
    assert html_to_document(BeautifulSoup(PAGE, "lxml")).pieces[0].text == "Man flies over city | Daily Planet"


def test_soup_odd_names_and_strings():
    soup = BeautifulSoup('<p :class="x" @click="y">a<o:p>b</o:p><!-- c --><![CDATA[d]]>e</p>', "html.parser")
    assert texts(html_to_document(soup).pieces) == ["abe"]
    assert texts(html_to_document(soup.p.contents[0]).pieces) == ["a"]


def test_fragments():
    assert texts(html_to_document('<div class="story"><p>One.</p><p>Two.</p></div>').pieces) == ["One.", "Two."]
    assert not looks_like_html("<span>Breaking</span> news")
    assert texts(html_to_document("<span>Breaking</span> news").pieces) == ["Breaking news"]
    assert texts(html_to_document("plain text").pieces) == ["plain text"]


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("<!DOCTYPE html><html>", True),
        ("\ufeff<!doctype html>", True),
        ('<?xml version="1.0"?>\n<!-- saved --> <html>', True),
        ("<header><h1>Title</h1>", True),
        ("<title>Title</title>", True),
        ("<h2>Sub</h2>", True),
        ("<span>Breaking</span> news", False),
        ("Title <b>not</b> html", False),
        ("<b>Bold</b> start", False),
        ("<hr> rule", False),
    ],
)
def test_looks_like_html(text: str, html: bool):
    assert looks_like_html(text) is html
    assert looks_like_html_bytes(text.encode("utf-8")) is html


def test_to_document_detects_html():
    assert to_document(PAGE.encode("utf-8")).source == "html"
    assert to_document(BeautifulSoup(PAGE, "html.parser")).source == "html"
    assert to_document("<!doctype html><p>x</p>").source == "html"


@pytest.mark.parametrize("raw", ["", "   ", b"", b"\x00\x01binary\x00" * 50, "<p>a\x00b</p>"])
def test_refused_input(raw: str | bytes):
    with pytest.raises(InputError):
        html_to_document(raw)


def test_not_html_at_all():
    with pytest.raises(InputError, match="BeautifulSoup"):
        html_to_document(42)


def test_markup_without_text():
    assert html_to_document("<!-- nothing -->").pieces == []
    assert html_to_document("<div><img src=x></div>").pieces == []


# --- malformed input ------------------------------------------------------------------------------------------


def test_unclosed_tags():
    html = "<html><body><div><p>one<p>two <b>bold<div><span>three<li>four"
    assert texts(html_to_document(html).pieces) == ["one", "two bold", "three", "four"]


def test_page_cut_in_half():
    cut = PAGE[: PAGE.index("witnesses said")]
    pieces = texts(html_to_document(cut).pieces)
    assert pieces[-1] == "A man flew over the city on Tuesday,"
    assert (
        texts(html_to_document(PAGE[: PAGE.index("<figure>") + 20]).pieces)[-1]
        == "A man flew over the city on Tuesday, witnesses said."
    )


@pytest.mark.parametrize("depth", [300, 2000, 3000, 10_000])
def test_deep_nesting_loses_nothing(depth: int):
    html = "<p>before</p>" + "".join(f"<div>t{i}" for i in range(depth)) + "deep" + "</div>" * depth + "<p>after</p>"
    pieces = texts(html_to_document(html).pieces)
    assert pieces[0] == "before" and pieces[-1] == "after" and pieces[-2] == f"t{depth - 1}deep"
    assert len(pieces) == depth + 2


def test_deep_nesting_with_classes():
    pieces = html_to_document('<div class="a">' * 2000 + "deep").pieces
    assert texts(pieces) == ["deep"] and pieces[0].hints.classes == "a"


def test_deep_nesting_unclosed_and_inline():
    assert texts(html_to_document("<div>" * 10_000 + "deep").pieces) == ["deep"]
    spans = html_to_document("<p>" + "<span>x" * 10_000 + "</p><p>after</p>").pieces
    assert texts(spans) == ["x" * 10_000, "after"]
    soup = BeautifulSoup("<div>" * 10_000 + "deep" + "</div>" * 10_000 + "<p>after</p>", "html.parser")
    assert texts(html_to_document(soup).pieces) == ["deep", "after"]


def test_twenty_megabyte_page():
    script = "<script>window.__DATA__ = " + '{"k": "' + "x" * 12_500_000 + '"}</script>'
    image = '<img src="data:image/png;base64,' + "A" * 6_000_000 + '">'
    paragraphs = "".join(f"<p>Paragraph {i} of a long story: {'words ' * 150}</p>\n" for i in range(2000))
    html = f"<html><head><title>Big</title>{script}</head><body>{image}{paragraphs}</body></html>"
    assert len(html) > 20_000_000
    start = time.perf_counter()
    doc = html_to_document(html)
    assert time.perf_counter() - start < 5
    assert len(doc.pieces) == 2001 and doc.pieces[-1].text.startswith("Paragraph 1999 of a long story")


def test_one_huge_text_node():
    doc = html_to_document("<p>" + "word " * 2_000_000 + "</p>")  # 10 MB: beyond libxml2's default node limit
    assert len(doc.pieces) == 1 and len(doc.pieces[0].text) == 10_000_000 - 1


# --- no visible text lost, on corpus pages --------------------------------------------------------------------

_INVISIBLE = ["script", "style", "noscript", "template", "svg", "iframe", "video", "audio", "canvas"]
_INLINE = set(
    "a abbr b bdi bdo big cite code data del dfn em font i img ins kbd label mark q s samp small span strike strong"
    " sub sup time tt u var wbr".split()
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def visible_text(html: str) -> str:
    """The page's visible text, computed with BeautifulSoup: a line break around every non-inline element."""
    soup = BeautifulSoup(html, "html.parser")
    for el in soup.find_all(_INVISIBLE):
        el.decompose()
    for el in soup.find_all(
        lambda t: (
            (t.has_attr("hidden") and str(t["hidden"]).lower() != "until-found")
            or _HIDDEN_STYLE.search(t.get("style") or "")
        )
    ):
        el.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for extra_title in soup.find_all("title")[1:]:
        extra_title.decompose()
    for el in soup.find_all(True):
        if el.name not in _INLINE:
            el.insert_before("\n")
            el.append("\n")
    return soup.get_text()


def corpus_pages(count: int) -> list[Path]:
    if not (CORPUS / "html").is_dir():
        pytest.skip(f"benchmark corpus not found at {CORPUS}")
    pages = sorted((CORPUS / "html").glob("*.html.gz"))
    return pages[:: max(1, len(pages) // count)][:count]


@pytest.mark.parametrize("index", range(4))
def test_corpus_page_loses_no_visible_text(index: int):
    html = gzip.open(corpus_pages(4)[index], "rt", encoding="utf-8").read()
    visible = visible_text(html)
    pieces = texts(html_to_document(html).pieces)
    assert Counter(words(visible)) - Counter(word for text in pieces for word in words(text)) == Counter()
    # and in order: the word characters of the pieces are those of the visible text
    assert "".join(re.findall(r"\w", " ".join(pieces))) == "".join(re.findall(r"\w", visible))


def test_corpus_page_parses_to_a_tree_with_a_body():
    root = parse_html(gzip.open(corpus_pages(1)[0]).read())
    assert root is not None and root.find("body") is not None
