"""HTML pages and fragments become pieces carrying structural hints.

A piece is the text of one block: inline elements (`a`, `b`, `span`...) never
split a paragraph, `<br>` does (`<br><br>` starts a new block). Each piece
carries `Hints`: its block's tag and heading level, the nearest landmark
(`nav`, `aside`, `footer`, `header`, `figure`, `form`, `main`, `article`),
whether it is inside `<article>`/`<main>`, its link density, the href of a
link-only block and the class/id words around it. The page's `<title>` is the
first piece; `doc.meta` holds what the page declares (JSON-LD, OpenGraph,
`<meta>`: see `articleclean.parse.page_metadata`).

Text that is not visible is no piece: the contents of `script`, `style`,
`noscript`, `template`, `svg`, `iframe`, `video`, `audio`, `canvas`, extra
`<title>`s, and elements hidden by the `hidden` attribute or an inline
`display:none` / `visibility:hidden` style. `alt` and other attributes are not
text. Everything else visible is in a piece.

Strings and bytes are parsed with lxml (libxml2, ~30x faster than
BeautifulSoup's parsers); a BeautifulSoup object or Tag handed in is copied
into an lxml tree node by node, so one walk and one metadata reader serve all
inputs. The tree is walked without recursion, and markup nested deeper than
libxml2 allows is rebuilt with its deep part flattened: no nesting, size or
truncation makes this fail or lose text.

Other decisions: `aria-hidden` text is visible, so it is kept; an unknown
element (`<ps-promo>`, `<hl-trusted-source>`) is a block unless it sits in
a paragraph, heading or inline element; `<pre>` gives a piece a line; inside a
figure (`<figure>`, `role=figure`, WordPress's `div.wp-caption`) a piece's
credit markup (`<cite>`, class credit/copyright/source..., else a `©` onwards)
is copied to `piece.data["credit_hint"]`, the piece's text staying whole.

>>> doc = html_to_document("<title>Man flies</title><article><h1>Man flies</h1>"
...                        "<p>He <a href='/sky'>flew</a> today.</p></article>")
>>> [(p.text, p.hints.tag, p.hints.heading_level, p.hints.in_article) for p in doc.pieces]
[('Man flies', 'title', 0, False), ('Man flies', 'h1', 1, True), ('He flew today.', 'p', 0, True)]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from typing import Any

import regex
from lxml import etree

from articleclean.document import Document, Hints, Piece
from articleclean.errors import InputError
from articleclean.parse.page_metadata import page_metadata
from articleclean.sources.decode import check_text, decode
from articleclean.strings import collapse_space

__all__ = ["html_to_document", "looks_like_html", "looks_like_html_bytes", "page_pieces", "parse_html"]

# A page or fragment starts (after an XML declaration, comments, white space) with a doctype, a document
# element, or a block or head element; a tag that is also common in prose (`<b>`, `<span>`) is not enough.
_START_TAGS = (
    r"!doctype\s+html|html|head|body|meta|title|link|base|script|style|noscript|div|article|section|p|main|header"
    r"|footer|nav|aside|figure|h[1-6]|ul|ol|table|blockquote|form"
)
_PROLOGUE = r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
_HTML_START = regex.compile(rf"^\ufeff?{_PROLOGUE}<(?:{_START_TAGS})\b", regex.I | regex.S)
_HTML_START_BYTES = regex.compile(rf"^(?:\xef\xbb\xbf)?{_PROLOGUE}<(?:{_START_TAGS})\b".encode(), regex.I | regex.S)


def looks_like_html(text: str) -> bool:
    """True when the text starts as markup does (a doctype, `<html>`, or a block or head element).

    >>> looks_like_html("<!DOCTYPE html><html>"), looks_like_html("<h1>Title</h1>"), looks_like_html("Title <b>no</b>")
    (True, True, False)
    """
    return _HTML_START.match(text[:2000]) is not None


def looks_like_html_bytes(raw: bytes) -> bool:
    """`looks_like_html` for undecoded bytes."""
    return _HTML_START_BYTES.match(raw[:2000]) is not None


# --- parsing ------------------------------------------------------------------------------------------------

# Deeper markup is rebuilt flat (libxml2 stops at 256 levels, or 2048 with huge_tree, and drops the rest).
_MAX_DEPTH = 200
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_VOID = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr basefont bgsound frame".split()
)


def parse_html(html: str | bytes | Any) -> etree._Element | None:
    """The lxml tree of a page or fragment (str, bytes or a BeautifulSoup object/Tag); None if it has no element.

    Bytes are decoded by `articleclean.sources.decode.decode` (BOM, UTF-8,
    `<meta charset>`, detection). A fragment gets the `<html><body>` libxml2
    puts around it. A BeautifulSoup object or Tag is copied into an lxml tree
    as it is (3x faster than serialising and parsing it again).

    >>> parse_html(b"<p>caf\\xe9</p>").findtext("body/p")
    'café'
    """
    if not isinstance(html, (str, bytes, bytearray, memoryview)):
        if type(html).__module__.startswith("bs4"):
            return _soup_tree(html)
        raise InputError(f"HTML input must be str, bytes or a BeautifulSoup object, not {type(html).__name__}")
    if not isinstance(html, str):
        raw = bytes(html)
        if not raw.strip():
            raise InputError("input is empty")
        html = decode(raw)
    text = check_text(html)
    parser = etree.HTMLParser(
        encoding="utf-8", huge_tree=True, remove_comments=True, remove_pis=True, collect_ids=False, no_network=True
    )
    try:
        root = etree.fromstring(text.encode("utf-8", "replace"), parser)
    except etree.LxmlError:  # libxml2 gives up only on input without any markup it can read
        root = None
    if any(error.level == etree.ErrorLevels.FATAL for error in parser.error_log):
        return _FlatParser.build(text)  # too deep (or otherwise beyond libxml2): rebuild it, losing nothing
    return root


class _TreeBuilder:
    """Builds an lxml tree from start/end/data events, flattening what is nested deeper than `_MAX_DEPTH`.

    Elements opened deeper than that become siblings at that depth, so every
    text stays, in order, and each element still starts its own block.
    """

    def __init__(self) -> None:
        self.root = etree.Element("html")
        self.body = etree.SubElement(self.root, "body")
        self.stack: list[etree._Element] = [self.root, self.body]
        self.names = ["html", "body"]  # the tag names as given (an element may have had to be renamed)

    def start(self, tag: str, attrs: Iterable[tuple[str, Any]], line: int | None = None) -> None:
        if tag in ("html", "body"):
            el = self.root if tag == "html" else self.body
        else:
            parent = self.stack[min(len(self.stack), _MAX_DEPTH) - 1]
            if tag == "head":
                el = etree.Element("head")
                self.root.insert(0, el)
            else:
                try:
                    el = etree.SubElement(parent, tag)
                except ValueError:  # a name lxml refuses (`o:p`, `fb:like`): an inline element of no meaning
                    el = etree.SubElement(parent, "span")
            if line:
                el.sourceline = line
            if tag not in _VOID:
                self.stack.append(el)
                self.names.append(tag)
        for name, value in attrs:
            value = value if isinstance(value, str) else " ".join(value) if value else ""
            try:
                el.set(_XML_LANG if name == "xml:lang" else name, value)
            except (ValueError, TypeError):  # `@click`, `:class`...: not a name lxml takes, nor one we read
                pass

    def end(self, tag: str) -> None:
        if tag in _VOID:
            return
        names = self.names
        for at in range(len(names) - 1, max(1, len(names) - 64), -1):
            if names[at] == tag:
                del names[at:], self.stack[at:]
                return

    def data(self, text: str) -> None:
        node = self.stack[-1]
        if len(self.stack) > _MAX_DEPTH and node.getnext() is not None:
            node = node.getparent()  # a flattened element closed: the text follows its last sibling
        if len(node):
            node[-1].tail = (node[-1].tail or "") + text
        else:
            node.text = (node.text or "") + text


class _FlatParser(HTMLParser):
    """The standard library's tokenizer feeding a `_TreeBuilder`: for markup libxml2 cannot parse (too deep)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = _TreeBuilder()

    @classmethod
    def build(cls, text: str) -> etree._Element:
        parser = cls()
        parser.feed(text)
        parser.close()
        return parser.builder.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.builder.start(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.builder.start(tag, attrs)
        self.builder.end(tag)

    def handle_endtag(self, tag: str) -> None:
        self.builder.end(tag)

    def handle_data(self, data: str) -> None:
        self.builder.data(data)


def _soup_tree(soup: Any) -> etree._Element:
    """An lxml tree of a BeautifulSoup object or Tag, walked without recursion."""
    from bs4 import NavigableString, Tag  # imported here: only BeautifulSoup input needs it
    from bs4.element import CData, Comment, Declaration, Doctype, ProcessingInstruction

    invisible = (Comment, CData, Declaration, Doctype, ProcessingInstruction)
    builder = _TreeBuilder()
    if isinstance(soup, NavigableString):
        builder.data(str(soup))
        return builder.root
    top = soup.contents if soup.name == "[document]" else [soup]
    stack = [iter(top)]
    names: list[str] = []
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            if names:
                builder.end(names.pop())
        elif isinstance(node, Tag):
            builder.start(node.name.lower(), node.attrs.items(), node.sourceline)
            stack.append(iter(node.contents))
            names.append(node.name.lower())
        elif not isinstance(node, invisible):
            builder.data(str(node))
    return builder.root


# --- walking ------------------------------------------------------------------------------------------------

# Contents that are not visible text.
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "title", "iframe", "video", "audio", "canvas"})
_INLINE = frozenset(
    """a abbr acronym b bdi bdo big blink cite code data del dfn em font i img ins kbd label mark math meter nobr
    output picture progress q rb rp rt rtc ruby s samp small source span strike strong sub sup time tt u var wbr
    br""".split()
)
# Block elements whose content is phrasing only: an unknown element inside one is inline.
_PHRASING = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "dt", "summary", "legend", "caption"})
_KNOWN_BLOCKS = frozenset(
    """html head body address article aside blockquote center details dialog dd dir div dl dt fieldset figcaption
    figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr legend li listing main menu nav ol optgroup option
    p plaintext pre search section select summary table tbody td textarea tfoot th thead tr ul xmp button caption
    colgroup col iframe noframes object embed""".split()
)
_LANDMARKS = {
    "nav": "nav", "aside": "aside", "footer": "footer", "header": "header", "figure": "figure", "form": "form",
    "main": "main", "article": "article", "menu": "nav",
}  # fmt: skip
_ROLES = {
    "navigation": "nav", "complementary": "aside", "contentinfo": "footer", "banner": "header", "figure": "figure",
    "form": "form", "search": "form", "main": "main", "article": "article", "menubar": "nav", "menu": "nav",
}  # fmt: skip
_ARTICLE_REGIONS = frozenset({"main", "article"})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_CREDIT_WORDS = frozenset({"credit", "credits", "copyright", "photographer", "attribution", "source"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WORD_SPLIT = re.compile(r"[\W_]+")
_HTML_SPACE = re.compile(r" [ \t\n\r\f]+|[\t\n\r\f][ \t\n\r\f]*")  # runs other than one space
_MAX_WORDS = 48

# What an open element is, on the walk's stack: bits.
_BLOCK, _INLINE_OPEN, _LINK, _CREDIT, _SKIPPED = 1, 2, 4, 8, 16


class _Frame:
    """An open block element: what its pieces inherit. Class/id words are joined only for blocks with text."""

    __slots__ = (
        "tag",
        "level",
        "region",
        "in_article",
        "names",
        "parent",
        "credit",
        "pre",
        "path",
        "serials",
        "_words",
    )

    def __init__(
        self,
        tag: str,
        level: int = 0,
        region: str | None = None,
        in_article: bool = False,
        names: str = "",
        parent: _Frame | None = None,
        credit: bool = False,
        pre: bool = False,
    ) -> None:
        self.tag = tag
        self.level = level
        self.region = region
        self.in_article = in_article
        self.names = names  # the element's own class and id
        self.parent = parent
        self.credit = credit
        self.pre = pre
        # the enclosing blocks, outermost first, this one last, numbered in document order: `Hints.blocks`
        self.path: tuple[int, ...] = (*parent.path, parent.serials.__next__()) if parent is not None else (0,)
        self.serials: Iterator[int] = parent.serials if parent is not None else itertools.count(1)
        self._words: tuple[str, ...] | None = None

    def words(self) -> tuple[str, ...]:
        """Class and id words of this block and the elements around it, innermost first."""
        if self._words is not None:
            return self._words
        chain: list[_Frame] = []  # the frames up to the nearest one that knows its words (no recursion: any depth)
        frame = self
        while frame._words is None and frame.parent is not None:
            chain.append(frame)
            frame = frame.parent
        outer: tuple[str, ...] = frame._words if frame._words is not None else ()
        if frame._words is None:  # the outermost frame
            chain.append(frame)
        for inner in reversed(chain):
            if inner.names:
                outer = tuple(dict.fromkeys([*_words(inner.names), *outer]))[:_MAX_WORDS]
            inner._words = outer
        return outer


def _words(names: str) -> list[str]:
    """Class/id words, lowercased: `wp-caption-text main` gives wp, caption, text, main."""
    return [w for w in _WORD_SPLIT.split(names.lower()) if w]


def _names(el: etree._Element) -> str:
    """An element's class and id attributes, as one string ("" without either)."""
    cls = el.get("class")
    ident = el.get("id")
    if ident:
        return f"{cls} {ident}" if cls else ident
    return cls or ""


def _hidden(el: etree._Element) -> bool:
    hidden = el.get("hidden")
    if hidden is not None and hidden.lower() != "until-found":
        return True
    style = el.get("style")
    return style is not None and _HIDDEN_STYLE.search(style) is not None


def _is_credit(tag: str, names: str) -> bool:
    """Credit markup (inside a figure): `<cite>`, or a class/id word such as credit, copyright, source."""
    return tag == "cite" or (bool(names) and not _CREDIT_WORDS.isdisjoint(_words(names)))


def _block_frame(el: etree._Element, tag: str, parent: _Frame) -> _Frame:
    """The frame of a block element, from its own markup and its parent's frame."""
    region = _LANDMARKS.get(tag)
    level = _HEADINGS.get(tag, 0)
    role = el.get("role")
    if role:
        role = role.strip().lower()
        region = _ROLES.get(role, region)
        if role == "heading" and not level:
            aria_level = el.get("aria-level") or "2"
            level = int(aria_level) if aria_level.isdigit() and 0 < int(aria_level) < 7 else 2
    names = _names(el)
    if names and region is None and "wp-caption" in names:  # WordPress's figure: div.wp-caption
        region = "figure"
    in_article = parent.in_article or region in _ARTICLE_REGIONS
    if not in_article and (el.get("itemprop") or "").lower() == "articlebody":
        in_article = True
    region = region or parent.region
    credit = parent.credit or (region == "figure" and _is_credit(tag, names))
    return _Frame(tag, level or parent.level, region, in_article, names, parent, credit, parent.pre or tag == "pre")


class _Walk:
    """One walk over a tree, collecting pieces (`page_pieces` runs it)."""

    def __init__(self) -> None:
        self.pieces: list[Piece] = []
        self.parts: list[str] = []  # text of the open piece
        self.link_chars = 0  # its non-space characters inside links
        self.hrefs: list[str] = []  # distinct hrefs of its links
        self.credit: list[str] = []  # its text inside credit markup (figures only)
        self.inline_names: list[str] = []  # class/id of the inline elements with text in it
        self.open_inline: list[str] = []  # class/id of the open inline elements ("" for none)
        self.named = 0  # how many of those are in inline_names already
        self.line = 0
        self.new_block = True

    def flush(self, frame: _Frame, line_break: bool = False) -> None:
        """End the open piece (if it has text) under `frame`, at a block's edge or at a `<br>`.

        After a block's edge the next piece starts a block; after a `<br>` it
        does only if the `<br>` ended no text (`<br><br>`, a blank line).
        """
        emitted = False
        if self.parts:
            raw = "".join(self.parts)
            if frame.pre:
                emitted = self._emit_lines(raw, frame)
            else:
                text = _HTML_SPACE.sub(" ", raw).strip()
                if text:
                    self._emit(text, frame, self.new_block)
                    emitted = True
            self.parts.clear()  # in place: `run` holds it
            self.link_chars = 0
            self.hrefs = []
            self.credit = []
            self.inline_names = []
            self.named = 0
            self.line = 0
        self.new_block = not (line_break and emitted)

    def _emit_lines(self, raw: str, frame: _Frame) -> bool:
        """Preformatted text: a piece a line, a blank line starts a block. True if any line had text."""
        emitted = False
        for line in raw.split("\n"):
            text = _HTML_SPACE.sub(" ", line).strip()
            if text:
                self._emit(text, frame, self.new_block)
                self.new_block = False
                emitted = True
            else:
                self.new_block = True
        return emitted

    def _emit(self, text: str, frame: _Frame, new_block: bool) -> None:
        chars = len(text) - text.count(" ")
        density = min(1.0, self.link_chars / chars) if chars else 0.0
        href = self.hrefs[0] if len(self.hrefs) == 1 and self.link_chars >= chars else None
        words = frame.words()
        if self.inline_names:
            words = tuple(dict.fromkeys([*_words(" ".join(self.inline_names)), *words]))[:_MAX_WORDS]
        hints = Hints(
            tag=frame.tag,
            heading_level=frame.level,
            region=frame.region,
            link_density=density,
            in_article=frame.in_article,
            href=href,
            link=self.hrefs[0] if len(self.hrefs) == 1 else None,
            classes=" ".join(words),
            blocks=frame.path,
        )
        piece = Piece(text=text, line=self.line, hints=hints, new_block=new_block)
        if frame.region == "figure":
            credit = text if frame.credit else _HTML_SPACE.sub(" ", "".join(self.credit)).strip()
            if not credit and "©" in text:
                credit = text[text.index("©") :]
            if credit:
                piece.data["credit_hint"] = credit
        self.pieces.append(piece)

    def add(self, text: str, el: etree._Element, href: str | None, in_credit: bool) -> None:
        """Text of the open piece; `href` is that of the innermost open link, if any."""
        self.parts.append(text)
        if not self.line:
            self.line = el.sourceline or 0
        if len(self.open_inline) > self.named and not text.isspace():
            self.inline_names.extend(n for n in self.open_inline[self.named :] if n)
            self.named = len(self.open_inline)
        if href is not None:
            self.link_chars += len(_HTML_SPACE.sub("", text))
            if href not in self.hrefs:
                self.hrefs.append(href)
        if in_credit:
            self.credit.append(text)

    def run(self, root: etree._Element) -> list[Piece]:
        frame = _Frame("html")
        frames = [frame]
        kinds: list[int] = []  # per open element: _BLOCK, or _INLINE_OPEN (with _LINK, _CREDIT), or _SKIPPED
        links: list[str] = []  # hrefs of the open links
        href: str | None = None  # the innermost one
        credit_depth = 0
        add = self.add
        parts = self.parts
        walker = etree.iterwalk(root, events=("start", "end"))
        for event, el in walker:
            if event == "start":
                tag = el.tag
                if tag in _SKIP or not isinstance(tag, str) or _hidden(el):
                    kinds.append(_SKIPPED)
                    walker.skip_subtree()
                    continue
                if tag in _INLINE or (
                    tag not in _KNOWN_BLOCKS and ((kinds and not kinds[-1] & _BLOCK) or frame.tag in _PHRASING)
                ):
                    kind = 0
                    if tag == "br":
                        self.flush(frame, line_break=True)
                    elif tag == "a":
                        link = el.get("href")
                        if link is not None:
                            href = link.strip()
                            links.append(href)
                            kind = _LINK
                    names = _names(el)
                    if frame.region == "figure" and _is_credit(tag, names):
                        kind |= _CREDIT
                        credit_depth += 1
                    self.open_inline.append(names)
                    kinds.append(kind | _INLINE_OPEN)
                else:
                    self.flush(frame)
                    frame = _block_frame(el, tag, frame)
                    frames.append(frame)
                    kinds.append(_BLOCK)
                text = el.text
                if text and (parts or not text.isspace() or frame.pre):  # white space before a block's text: none
                    add(text, el, href, credit_depth > 0)
            else:
                kind = kinds.pop()
                if kind & _BLOCK:
                    self.flush(frames.pop())
                    frame = frames[-1]
                elif kind & _INLINE_OPEN:
                    self.open_inline.pop()
                    self.named = min(self.named, len(self.open_inline))
                    if kind & _LINK:
                        links.pop()
                        href = links[-1] if links else None
                    if kind & _CREDIT:
                        credit_depth -= 1
                tail = el.tail
                if tail and (parts or not tail.isspace() or frame.pre):
                    add(tail, el, href, credit_depth > 0)
        self.flush(frame)
        return self.pieces


def _title_piece(root: etree._Element) -> Piece | None:
    """The page's `<title>` (the first one outside `<svg>`), as a piece."""
    title = root.find("head/title")
    if title is None:
        title = next((t for t in root.iter("title") if not any(a.tag == "svg" for a in t.iterancestors())), None)
    if title is None:
        return None
    text = collapse_space(title.text or "")
    if not text:
        return None
    return Piece(text=text, line=title.sourceline or 0, hints=Hints(tag="title"), new_block=True)


def page_pieces(root: etree._Element) -> list[Piece]:
    """The pieces of a parsed page: its `<title>` first, then every block of visible text in order.

    >>> root = parse_html("<nav><a href='/'>Home</a></nav><figure><figcaption>A cat. "
    ...                   "<span class='credit'>Photo: AP</span></figcaption></figure>")
    >>> [(p.text, p.hints.region, p.hints.href, p.data) for p in page_pieces(root)]
    [('Home', 'nav', '/', {}), ('A cat. Photo: AP', 'figure', None, {'credit_hint': 'Photo: AP'})]
    """
    title = _title_piece(root)
    pieces = _Walk().run(root)
    return [title, *pieces] if title is not None else pieces


def html_to_document(html: str | bytes | Any) -> Document:
    """A Document of an HTML page or fragment: str, bytes, or a BeautifulSoup object or Tag (source="html").

    Any string is taken as HTML, also one `looks_like_html` would not
    recognise (`"<span>Breaking</span> news"`).

    >>> doc = html_to_document('<meta property="og:title" content="Man flies"><p>He <b>did</b>.</p>')
    >>> [p.text for p in doc.pieces], doc.meta.title, doc.source
    (['He did.'], 'Man flies', 'html')
    """
    root = parse_html(html)
    if root is None:
        return Document(pieces=[], source="html")
    return Document(pieces=page_pieces(root), source="html", meta=page_metadata(root))
