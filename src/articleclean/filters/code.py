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
"""

from __future__ import annotations

import regex

from articleclean.document import Document, Piece

_STRONG = frozenset("{}=;\\")  # not `|` (menus) nor `<>` (titles in Korean and Chinese): see `_TAG`
_WEAK = frozenset("()[]")
_MIN_STRONG = 3
_MIN_DENSITY = 0.04
_ANY_CODE_CHAR = regex.compile(r"[{}=;\\]|</?[a-zA-Z]")
_TAG = regex.compile(r"</?[a-zA-Z][\w-]*(?:\s+[\w-]+=|\s*/?>)")  # markup: `<img src=`, `</div>`, `<br/>`
_LONE_BRACES = regex.compile(r"^[\s\[\]();,]*[{}][\s{}\[\]();,]*$")
_COMMENT = regex.compile(r"^(?://(?![\w-]+\.[\w-])|/\*|\*/|<!--|-->|<!\[CDATA\[|\]\]>)")
# one line of code written over many: a CSS declaration or selector, a statement, an object's field
_CODE_SHAPED = regex.compile(
    r"""^(?:
        [\w-]+\s*:\s*[^\s].*[;,]                              # display: block;  duration: 300,
      | [.#@*\[]?[\w$.#:>~+*\[\]="'\s-]*[{(,]                 # .article li:before {   if (x) {
      | [}\])]+.*                                              # });  }, {  ] );
      | [\w$.\[\]'"]+\s*(?:[-+*/|&]?=|\+\+|--)\s*.*           # a = b   x += 1   i++
      | [\w$.]+\(.*\)[\s;,.)]*                                 # f.parentNode.insertBefore(e, f);
      | [(!]?(?:var|let|const|return|function|if|else|for|while|try|catch|switch|case|new|typeof|delete|throw)\b.*[;{(,]
      | ["'][^"']*["']\s*:.*                                   # 'key': value
    )$""",
    regex.VERBOSE,
)
# a line only code starts so: a declaration, a function, the browser's objects, a CSS at-rule or selector
_SURE_SHAPE = regex.compile(
    r"""^(?:var|let|const)\s+[\w$]+\s*[=;,]
      | ^[(!]?function\b\s*[\w$]*\s*\(
      | \b(?:window|document|navigator)\.[\w$]+\s*[.(=\[]
      | ^@(?:media|font-face|import|keyframes|supports|charset)\b
      | ^[.#:\[*][^\s{}]*(?:\s+[^\s{}]+)*\s*\{$""",
    regex.VERBOSE,
)
# where code starts after the page's text glued before it, and ends before text glued after it
_CODE_START = regex.compile(r"""[{\[](?=\s*["'{\[])|\b(?:window|document)\.|(?<!\w)(?:var|function)\s|<!--|@media\b""")
_CODE_END = regex.compile(r"[}\];](?=[^{}\[\];=\\<>|\"]*$)")
_PROSE = regex.compile(r"[^\W\d_]{2,}(?:\s+[^\W\d_]{2,}){2,}|[^\W\d_]{12,}")
REASON = "script or style code"


def is_sure_code(text: str) -> bool:
    """Code by its characters alone.

    >>> is_sure_code('{"@type": "NewsArticle", "headline": "Storm hits"}')
    True
    >>> is_sure_code("googletag.cmd.push(function() { googletag.display('ad-1'); });")
    True
    >>> is_sure_code("});")
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
    json_keys = text.count('":')
    tags = len(_TAG.findall(text))
    if len(kinds) + (json_keys > 0) + (tags > 0) < 2:  # `=====`, `a; b; c` and `<Title>` are not code
        return False
    strong = sum(1 for c in text if c in _STRONG) + 2 * json_keys + 2 * tags
    if strong < _MIN_STRONG:
        return False
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


def text_around_code(text: str) -> tuple[str, str, str]:
    """`text` cut into the page's text glued before its code, the code, and text glued after it.

    >>> text_around_code('All rights reserved.window.DATA = {"a": 1, "b": [2, 3]};Home News Sport')
    ('All rights reserved.', 'window.DATA = {"a": 1, "b": [2, 3]};', 'Home News Sport')
    >>> text_around_code('"isGallery":false}Opening Bell 11.18.19 Taylor Swift is beefing with her label')
    ('', '"isGallery":false}', 'Opening Bell 11.18.19 Taylor Swift is beefing with her label')
    """
    start = _CODE_START.search(text)
    head = text[: start.start()] if start else ""
    if head and (_ANY_CODE_CHAR.search(head) or not _PROSE.search(head)):
        head = ""
    end = _CODE_END.search(text, len(head))  # the last `}`, `]` or `;`: no code character follows it
    tail = text[end.end() :] if end else ""
    if tail and not _PROSE.search(tail):
        tail = ""
    return head, text[len(head) : len(text) - len(tail)], tail


def drop_code(doc: Document) -> None:
    """Drop the script, style and JSON text of a dump, and give back the page's text glued to it."""
    pieces = [p for p in doc.pieces if p.label is None]
    candidates = [p for p in pieces if _ANY_CODE_CHAR.search(p.text) or p.text.startswith(("//", "/*", "*/"))]
    if not candidates:
        return
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
    splits: dict[Piece, list[str]] = {}
    for piece in code:
        if id(piece) in sure:
            parts = [part for part in text_around_code(piece.text) if part.strip()]
            if len(parts) > 1:
                splits[piece] = [part.strip() for part in parts]
    new = doc.split_each(splits, keep_data=True)
    for piece in code:
        if piece in new:
            for part in new[piece]:
                if is_sure_code(part.text) or is_code_shaped(part.text):
                    doc.drop(part, REASON)
        else:
            doc.drop(piece, REASON)
