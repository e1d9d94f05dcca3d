"""Glue soups: menus and button rows a raw dump glued word to word, cut into their items.

A raw dump writes a menu's items with nothing between them (`RidersTrainingHuntersJumpers`,
`Share on FacebookShare on Twitter`). In a lines dump the same menu is a run of short lines,
which the furniture classifier reads as a block of tiny pieces; glued, it is one long piece
that looks like a paragraph by its length. A piece whose runs without white space hold several
places where a lower-case letter meets a capital is cut at each, so the classifier sees the items.

This runs just before `classify_boilerplate`: the headline, dateline and byline finders look
for their lines within a few pieces of each other and see the soup whole. The cuts are at
`strings.GLUE`, where `strings.word_parts` cuts too, so every word part is kept; the items are
marked `glued` (new blocks).
"""

from __future__ import annotations

import regex

from articleclean.document import Document, Piece
from articleclean.strings import GLUE

# A soup token is a run without white space holding at least this many glue points (`strings.GLUE`:
# a lower-case letter meets a capital, `RidersTrainingHunters`, or a number a capitalised word,
# `Checkout51Harper`); a piece is cut at those points when its soup tokens hold at least
# SOUP_GLUES of them. Prose keeps its `iPhone`, `McDonald's`, `PlayStation`: one such point a word.
SOUP_TOKEN_GLUES, SOUP_GLUES = 2, 3
_TOKEN = regex.compile(r"\S+")
# where a soup may be: a run without white space with two glue points (one scan of the whole page; the
# first point is matched loosely, a letter or digit before a capital, which the regex engine scans for
# three times faster, and `soup_items` decides)
_GLUE_POINT = r"(?:\p{Ll}\p{Lu}|\d\p{Lu}\p{Ll})"
_SOUP_HINT = regex.compile(rf"[\p{{Ll}}\d]\p{{Lu}}\S*?{_GLUE_POINT}")


def soup_items(text: str) -> list[str]:
    """`text` cut at the glue points inside its soup tokens, if it holds enough of them, else `[text]`.

    >>> soup_items("Expert how-to for RidersTrainingHuntersJumpersEventing")
    ['Expert how-to for Riders', 'Training', 'Hunters', 'Jumpers', 'Eventing']
    >>> soup_items("Apple's iPhone and iPad sales on YouTube and PlayStation rose, McDonald's said.")
    ["Apple's iPhone and iPad sales on YouTube and PlayStation rose, McDonald's said."]
    """
    cuts = []
    for token in _TOKEN.finditer(text):
        glues = [token.start() + match.start() for match in GLUE.finditer(token.group())]
        if len(glues) >= SOUP_TOKEN_GLUES:
            cuts += glues
    if len(cuts) < SOUP_GLUES:
        return [text]
    edges = [0, *cuts, len(text)]
    return [item for start, end in zip(edges, edges[1:]) if (item := text[start:end].strip())]


def split_glue_soups(doc: Document) -> None:
    """Cut every undecided glue soup of a text dump into its items (see the module docstring).

    >>> from articleclean.sources.text import text_to_document
    >>> doc = text_to_document("HomeNewsSportWeather")
    >>> split_glue_soups(doc)
    >>> [(p.text, p.data) for p in doc.pieces]
    [('Home', {}), ('News', {'glued': True}), ('Sport', {'glued': True}), ('Weather', {'glued': True})]
    """
    if doc.source == "html":  # an HTML page's menu items are blocks of their own
        return
    soups: dict[Piece, list[str]] = {}
    for piece in doc.find(_SOUP_HINT):
        items = soup_items(piece.text)
        if len(items) > 1:
            soups[piece] = items
    for new in doc.split_each(soups, keep_data=True).values():
        for item in new[1:]:
            item.data["glued"] = True
