"""Page furniture an HTML page marks as such: landmarks (`<nav>`, `<aside>`, `<footer>`...), link lists,
and class names that say what a block is (`share`, `newsletter`, `related`...). Text input has no
markup: this filter does nothing there (`classify_boilerplate` reads the text itself)."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from articleclean.document import Document, Hints, Piece
from articleclean.strings import SENTENCE_END_MARKS

# Landmarks whose text is never the article's, wherever they stand.
_FURNITURE_REGIONS = {
    "nav": "inside <nav>: site navigation",
    "aside": "inside <aside>: a sidebar or box beside the story",
    "footer": "inside <footer>",
    "form": "inside a form",
}
# A page <header> outside the article holds the masthead; the article's own header holds its headline.
_PAGE_HEADER = "inside the page's <header>: masthead and menus"
# Class and id words of furniture blocks (whole words of the block's own and nearest ancestors' names).
_FURNITURE_CLASS = regex.compile(
    r"\b(?:share|sharing|social|newsletter|subscribe|subscription|related|recommended|recommendations|"
    r"comments?|promo|advert|advertisement|sponsored|cookie|cookies|consent|breadcrumbs?|tags|"
    r"trending|popular|most-read|mostread|outbrain|taboola|signup|login|footer|sidebar|menu|navbar)\b"
)
_OWN_NAMES = 6  # class/id words of the block itself and its nearest ancestors: further up, a page-wide wrapper
_LINK_LIST = 0.6  # share of a block's characters inside links above which it is a list of links
_LINK_LIST_WORDS = 12  # ...unless it is long: a paragraph may be mostly one long link's text
_ALL_LINK = 0.95  # ...but not all of it
_LINK_LIST_REASON = "link list: the block is mostly links"
# Prose for `main_block`: blocks of this many words or more, with a sentence mark, few links.
_PROSE_WORDS, _PROSE_LINKS, _MIN_PROSE_WORDS = 10, 0.3, 80
_MAIN_SHARE = 0.8  # the main block holds this share of the page's prose


def drop_by_structure(doc: Document) -> None:
    """Drop HTML pieces the page's markup marks as furniture, saying which markup, and the
    pieces outside the block that holds the article's paragraphs."""
    if doc.source != "html":
        return
    for piece in doc.undecided():
        reason = furniture_reason(piece.hints, piece.text)
        if reason is not None:
            doc.drop(piece, reason)
    main = main_block(doc.undecided())
    if main is None:
        return
    for piece in doc.undecided():
        if piece.hints is not None and main not in piece.hints.blocks:
            doc.drop(piece, "outside the block that holds the article's paragraphs")


def main_block(pieces: Iterable[Piece]) -> int | None:
    """The innermost block holding most of the page's prose (readability's idea), or None.

    Prose is a block of sentences: enough words, few of them links. Pages that
    spread their prose over several blocks (teasers, comments) have no main block.
    """
    words_in: dict[int, int] = {}
    total = 0
    for piece in pieces:
        hints = piece.hints
        if hints is None or hints.link_density > _PROSE_LINKS or not _is_prose(piece.text):
            continue
        count = piece.text.count(" ") + 1
        total += count
        for block in hints.blocks[:-1]:  # the containers of the paragraph, not the paragraph itself
            words_in[block] = words_in.get(block, 0) + count
    if total < _MIN_PROSE_WORDS:
        return None
    holding = [block for block, count in words_in.items() if count >= _MAIN_SHARE * total]
    # Serial numbers grow down the tree, so the largest holding block is the innermost one.
    return max(holding) if holding else None


def _is_prose(text: str) -> bool:
    return text.count(" ") >= _PROSE_WORDS and any(mark in text for mark in SENTENCE_END_MARKS)


def furniture_reason(hints: Hints | None, text: str) -> str | None:
    """Why the markup says a block is furniture, or None.

    >>> furniture_reason(Hints(region="nav"), "Home")
    'inside <nav>: site navigation'
    >>> furniture_reason(Hints(in_article=True, classes="article-body story"), "He said it was over.")
    """
    if hints is None:
        return None
    if hints.region in _FURNITURE_REGIONS:
        return _FURNITURE_REGIONS[hints.region]
    if hints.region == "header" and not hints.in_article:
        return _PAGE_HEADER
    if hints.link_density >= _ALL_LINK:
        # a heading or paragraph that is one link points to another page: a teaser's title or blurb
        return "a link to another page: a teaser" if hints.heading_level or hints.tag == "p" else _LINK_LIST_REASON
    if hints.heading_level == 0 and hints.link_density >= _LINK_LIST and len(text.split()) < _LINK_LIST_WORDS:
        return _LINK_LIST_REASON
    names = " ".join(hints.classes.split()[:_OWN_NAMES])
    found = _FURNITURE_CLASS.search(names)
    if found is not None:
        return f"furniture by its class name: {found.group()}"
    return None
