"""Script, style and JSON text in a dump: what a scraper that kept `<script>` and `<style>` wrote.

`lxml`'s `text_content()`, a regex that strips tags, or `get_text()` on a parser that keeps
scripts all dump a page's code with its text: JSON-LD, analytics snippets, CSS, a framework's
state (`window.__DATA__ = {...}`), often one line of tens of kilobytes. Read as text, it splits
into thousands of fragments that no later filter knows.

How: a line is *sure* code when its characters say so (braces, `=`, `;`, `"key":`... are at
least 4% of it, and there are three or more), or it is a lone brace, or a comment marker. Code
written over many lines has lines that say little alone (`display: block;`, `xmlhttp.send();`,
`duration: 300,`): such a *code-shaped* line is code when the run of code-shaped lines it stands
in holds a sure one. A sure line of code with the page's text glued before or after it
(`All rights reserved.window.DATA = {...}`, `...}HomeOpening Bell`) gives that text back as a
piece of its own. Prose almost never shows these characters: on the 46,000 lines of the
benchmark's script-free dumps, no line is taken.

The code is dropped, not read, with one exception: the JSON-LD a page declares its article with
(`{"@context": "https://schema.org", "@type": "NewsArticle", "headline": ...}`) gives the headline,
date, authors and site name, as it does for an HTML page (`parse.page_metadata`).
"""

from __future__ import annotations

import json
from typing import Any

import regex

from articleclean.document import Document, Metadata, Piece
from articleclean.parse.page_metadata import json_ld_metadata

_STRONG = frozenset("{}=;\\")  # not `|` (menus) nor `<>` (titles in Korean and Chinese): see `_TAG`
_WEAK = frozenset("()[]")
_MIN_STRONG = 3
_MIN_DENSITY = 0.04
_MANY_BRACES = 10  # prose never has so many
# what a line of code has (`Document.find` scans the pieces joined by newlines: `(?<=\n)` is a piece's start)
_CANDIDATE = regex.compile(r"[{}=;\\]|</?[a-zA-Z]|(?<=\n)(?://|/\*|\*/)")
_TAG = regex.compile(r"</?[a-zA-Z][\w-]*(?:\s+[\w-]+=|\s*/?>)")  # markup: `<img src=`, `</div>`, `<br/>`
_JS_KEY = regex.compile(r"[{,]\s*[\w$]+\s*:\s*[\"'\w{\[]")  # an object literal's key: `{fontKey: 'OpenSans',`
_LONE_BRACES = regex.compile(r"^[\s\[\]();,]*[{}][\s{}\[\]();,]*$")
_COMMENT = regex.compile(r"^(?://(?![\w-]+\.[\w-])|/\*|\*/|<!--|-->|<!\[CDATA\[|\]\]>)")
# one line of code written over many: a CSS declaration or selector, a statement, an object's field
_CODE_SHAPED = regex.compile(
    r"""^(?:
        "[^"]*",                                               # "NBC 5 Dallas-Fort Worth",  (in a list)
      | (?:/\*|\*).*                                          # the lines of a /** ... */ comment
      | [\w-]+\s*:\s*[^\s].*[;,]                              # display: block;  duration: 300,
      | [.#@*\[]?[\w$.#:>~+*\[\]="'\s-]*[{(,]                 # .article li:before {   if (x) {
      | [}\])]+.*                                              # });  }, {  ] );
      | [\w$.\[\]'"]+\s*(?:[-+*/|&]?=|\+\+|--)\s*.*           # a = b   x += 1   i++
      | [\w$.]+\(.*\)[\s;,.)]*                                 # f.parentNode.insertBefore(e, f);
      | [(!]?(?:var|let|const|return|function|if|else|for|while|try|catch|switch|case|new|typeof|delete|throw)\b.*[;{(,]
      | ["'][^"']*["']\s*:.*                                   # 'key': value
      | [\w$]+\s*:\s*(?:'[^']*'|"[^"]*"|-?\d[\d.]*)\s*,?       # c2: '6770184'  (the last field)
      | [\w$.]+\((?:function\s*\([^)]*\)\s*)?\{                # _comscore.push({   f(function (e) {
    )$""",
    regex.VERBOSE,
)
# a line only code starts so: a declaration, a function, the browser's objects, a CSS at-rule or selector
_SURE_SHAPE = regex.compile(
    r"""^(?:var|let|const)\s+[\w$]+\s*[=;,]
      | ^[(!]?\s*function\b\s*[\w$]*\s*\(
      | \b(?:window|document|navigator)\.[\w$]+\s*[.(=\[]
      | ^@(?:media|font-face|import|keyframes|supports|charset)\b
      | !important\s*;?\s*$
      | ^[.#:\[*][^\s{}]*(?:\s+[^\s{}]+)*\s*\{$""",
    regex.VERBOSE,
)
# where code starts after the page's text glued before it, and ends before text glued after it
_CODE_START = regex.compile(r"""[{\[](?=\s*["'{\[])|\b(?:window|document)\.|(?<!\w)(?:var|function)\s|<!--|@media\b""")
_SEGMENT_END = regex.compile(r"(?<=[;{}])")
# what makes a segment of a line code: a code character, a key (`"headline":`, `content:'...'`), a call
# (`dataLayer.push(`, `TypeError("`), an operator (`||`, `&&`), a CSS selector or `!important`
_CODE_IN_SEGMENT = regex.compile(
    r"""[{}=;\\]|</?[a-zA-Z]|["']\s*[:)]|[\w$-]:\s*["']|[\w$]\.[\w$]+\s*\(|[\w$]\((?:\s*\)|["'\w$(!\[])"""
    r"""|\|\||&&|!important|(?:^|[\s,>])[.#][a-zA-Z_][\w-]*"""
    # a CSS declaration: `border:1px`, `color:#fff`, `display:none`
    r"""|(?:^|[;{\s])-?[a-z]+(?:-[a-z]+)*:(?:[-\d#.]|(?:none|block|inline|flex|hidden|auto|absolute|relative|bold"""
    r"""|normal|inherit|solid|center|left|right|pointer|transparent)\b)"""
    # JavaScript's words, which prose writes otherwise (`return typeof obj`, `for (var next`, `//copyright`)
    # (not `function` nor `new X` alone: prose writes `the function keys`, `a new AMD graphics card`)
    r"""|^\s*(?:return|throw|typeof|break|continue|delete|void|var|let|const|else)\b|\bfor\s*\(\s*(?:var|let|const)\b"""
    r"""|\b(?:typeof|instanceof)\b|\bfunction\s*[\w$]*\s*\(|\bnew\s+[A-Z][\w$]*\(|^\s*(?://|/\*)"""
)
# the page's text in a line of code: three words in a row (a CSS class name can be one long word)
_PROSE = regex.compile(r"(?<!\w)[^\W\d_]{2,}(?:\s+[^\W\d_]{2,}){2,}(?!\w)")  # not `1955ms infinite alternate`
# code whose words after it are a string's or a comment's: an odd quote, a comment opened and not closed
_OPEN_STRING_OR_COMMENT = regex.compile(
    r"""^[^"]*"(?:[^"]*"[^"]*")*[^"]*$|^[^']*'(?:[^']*'[^']*')*[^']*$|/\*(?!.*\*/)|(?<!:)//"""
)
REASON = "script or style code"
_JSON_LD_KEY = '"@context"'
_MAX_JSON_LD = 10  # objects looked for in a page's code
_DECODER = json.JSONDecoder(strict=False)


def is_sure_code(text: str) -> bool:
    """Code by its characters alone.

    >>> is_sure_code('{"@type": "NewsArticle", "headline": "Storm hits"}')
    True
    >>> is_sure_code("googletag.cmd.push(function() { googletag.display('ad-1'); });")
    True
    >>> is_sure_code("});")
    True
    >>> is_sure_code("new vanFontLoader({fontKey: 'OpenSans', version: 1, woff2Version: true})")
    True
    >>> is_sure_code("var win7ie = navigator.userAgent.indexOf('Windows NT 6.1') > -1")
    True
    >>> is_sure_code('He said: "I will not go; they can wait." (AP Photo/John Doe)')
    False
    >>> is_sure_code("<The Palace: Jang Noksu>")
    False
    >>> is_sure_code("in a blog post; an email; a webinar; a podcast; a stage")
    False
    >>> is_sure_code('<img height="1" width="1" style="display:none" src="http://example.com/p?c1=2">')
    True
    """
    if _LONE_BRACES.match(text) or _COMMENT.match(text) or _SURE_SHAPE.search(text):
        return True
    kinds = {c for c in text if c in _STRONG}
    json_keys = text.count('":') + len(_JS_KEY.findall(text))
    tags = len(_TAG.findall(text))
    if len(kinds) + (json_keys > 0) + (tags > 0) < 2:  # `=====`, `a; b; c` and `<Title>` are not code
        return False
    strong = sum(1 for c in text if c in _STRONG) + 2 * json_keys + 2 * tags
    if strong < _MIN_STRONG:
        return False
    if text.count("{") + text.count("}") >= _MANY_BRACES:  # a page's text and its code on one long line
        return True
    weak = sum(1 for c in text if c in _WEAK)
    return (strong + 0.5 * weak) / len(text) >= _MIN_DENSITY


def is_code_shaped(text: str) -> bool:
    """A line that could be one line of code written over many (it is code among code).

    >>> [is_code_shaped(t) for t in ("display: block;", "xmlhttp.send();", "duration: 300,", ".nav li:hover {")]
    [True, True, True, True]
    >>> [is_code_shaped(t) for t in ("He left.", "Researchers: Louis Jacobson", "Tel.: +41 (0)55 280 43 05")]
    [False, False, False]
    """
    return bool(_CODE_SHAPED.match(text)) or is_sure_code(text)


def _code_start(segment: str) -> int:
    """Where the code of a segment starts: its first code sign, or the token that holds it
    (`Ad Choiceswindow.Fusion=...`: the whole glued token goes with the code)."""
    starts = [m.start() for m in (_CODE_START.search(segment), _CODE_IN_SEGMENT.search(segment)) if m is not None]
    if not starts:
        return 0
    at = min(starts)
    return segment.rfind(" ", 0, at) + 1 if _CODE_START.match(segment, at) is None else at


def split_code(text: str) -> list[tuple[str, bool]]:
    """`text` cut into the page's text and code glued together, each part with whether it is code.

    A line of code ends its statements and blocks with `;`, `{` and `}`: cut there, a segment is the
    page's text when it reads as words (three in a row, of two letters or more) with no code
    character; what a code segment holds before its code starts (`window.`, `{"`, `var `...) is text
    when it reads so (`All rights reserved.window.DATA = ...`).

    >>> split_code('All rights reserved.window.DATA = {"a": 1, "b": [2, 3]};Home News Sport')
    [('All rights reserved.', False), ('window.DATA = {"a": 1, "b": [2, 3]};', True), ('Home News Sport', False)]
    >>> split_code('"isGallery":false}Opening Bell 11.18.19 Taylor Swift is beefing with her label')
    [('"isGallery":false}', True), ('Opening Bell 11.18.19 Taylor Swift is beefing with her label', False)]
    >>> split_code('DEAR ABBY: My husband bought tickets; we fly on Monday.var a = {b: 1};')
    [('DEAR ABBY: My husband bought tickets; we fly on Monday.', False), ('var a = {b: 1};', True)]
    """
    parts: list[tuple[str, bool]] = []

    def add(part: str, is_code: bool) -> None:
        if parts and parts[-1][1] == is_code:
            parts[-1] = (parts[-1][0] + part, is_code)
        else:
            parts.append((part, is_code))

    def add_text(part: str) -> None:
        text_end = len(part.rstrip("{}"))  # a brace that ends it opens or closes the code after it
        add(part[:text_end], False)
        if text_end < len(part):
            add(part[text_end:], True)

    for segment in _SEGMENT_END.split(text):
        core = segment.rstrip(";{} \t")
        if not core.strip():
            add(segment, True)
        elif not _CODE_IN_SEGMENT.search(core) and not _SURE_SHAPE.search(core) and _PROSE.search(core):
            add_text(segment)
        else:
            head = segment[: _code_start(segment)]
            # the head of a sentence cut at a `;` continues the text before it, however short
            continues = bool(parts) and not parts[-1][1] and head.strip()
            if head and not _CODE_IN_SEGMENT.search(head) and (continues or _PROSE.search(head)):
                add(head, False)
                segment = segment[len(head) :]
            tail_at = _text_after_code(segment)
            add(segment[:tail_at], True)
            if tail_at < len(segment):
                add_text(segment[tail_at:])
    return [(part.strip(), is_code) for part, is_code in parts if part.strip()]


def _text_after_code(segment: str) -> int:
    """Where the page's text glued after the code of a segment starts (`...;window.onresize=dynViewport Hong
    Kong chaos: China deploys troops`): after the token that holds the last code sign, when what follows
    reads as words and holds no code; else the segment's end.

    >>> segment = "window.onresize=dynViewport Hong Kong chaos: China deploys troops"
    >>> segment[_text_after_code(segment) :]
    'Hong Kong chaos: China deploys troops'
    >>> _text_after_code("x = a || b") == len("x = a || b")
    True
    """
    signs = list(_CODE_IN_SEGMENT.finditer(segment, 0, len(segment.rstrip(";{} \t"))))  # not the `{` it ends with
    if not signs:
        return len(segment)
    space = segment.find(" ", signs[-1].end())
    if space < 0:
        return len(segment)
    head, tail = segment[:space], segment[space:].rstrip(";{} \t")
    if _CODE_IN_SEGMENT.search(tail) or _SURE_SHAPE.search(tail) or not _PROSE.search(tail):
        return len(segment)
    if not tail.lstrip()[:1].isupper() or "*/" in tail or _OPEN_STRING_OR_COMMENT.search(head):
        return len(segment)  # a string's or a comment's words: `'content selection, ...`, `/* Increase line ...`
    return space + 1


def drop_code(doc: Document) -> None:
    """Drop the script, style and JSON text of a dump, and give back the page's text glued to it."""
    candidates = doc.find(_CANDIDATE)  # one scan of the whole document: most pages have no code at all
    if not candidates:
        return
    pieces = [p for p in doc.pieces if p.label is None]
    sure = {id(p) for p in candidates if is_sure_code(p.text)}
    if not sure:
        return
    code: list[Piece] = []
    run: list[Piece] = []
    has_sure = False
    for piece in [*pieces, None]:
        if piece is not None and (id(piece) in sure or is_code_shaped(piece.text)):
            run.append(piece)
            has_sure = has_sure or id(piece) in sure
            continue
        if has_sure:
            code.extend(run)
        run, has_sure = [], False
    splits: dict[Piece, list[tuple[str, bool]]] = {}
    for piece in code:
        if id(piece) in sure:
            parts = split_code(piece.text)
            if len(parts) > 1:
                splits[piece] = parts
    new = doc.split_each({piece: [part for part, _ in parts] for piece, parts in splits.items()}, keep_data=True)
    for piece in code:
        if piece in new:
            for part, (_, is_code) in zip(new[piece], splits[piece]):
                if is_code:
                    doc.drop(part, REASON)
        else:
            doc.drop(piece, REASON)
    if doc.source == "text":
        _take_json_ld(doc, code)


def json_ld_in(code: str) -> list[Any]:
    """The JSON-LD objects in a page's code (the values that hold an `"@context"` key).

    >>> json_ld_in('var a = 1;\\n{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Man flies"}')
    [{'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': 'Man flies'}]
    """
    found: list[Any] = []
    at = code.find(_JSON_LD_KEY)
    while at >= 0 and len(found) < _MAX_JSON_LD:
        start = code.rfind("{", max(0, at - 100), at)
        if start >= 0:
            try:
                value, end = _DECODER.raw_decode(code, start)
            except (ValueError, RecursionError):
                end = at + len(_JSON_LD_KEY)
            else:
                found.append(value)
        else:
            end = at + len(_JSON_LD_KEY)
        at = code.find(_JSON_LD_KEY, end)
    return found


def _take_json_ld(doc: Document, code: list[Piece]) -> None:
    """Fill what the document does not know yet from the JSON-LD in its code."""
    if not any(_JSON_LD_KEY in piece.text for piece in code):
        return
    declared = json_ld_metadata(json_ld_in("\n".join(piece.text for piece in code)))
    _fill(doc.meta, declared)


def _fill(meta: Metadata, declared: Metadata) -> None:
    for name in ("title", "subtitle", "published", "modified", "site_name", "url", "language"):
        if getattr(meta, name) is None:
            setattr(meta, name, getattr(declared, name))
    if not meta.authors:
        meta.authors = list(declared.authors)
