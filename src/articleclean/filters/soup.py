"""Glue soups: menus and button rows a raw dump glued word to word, cut into their items.

A raw dump writes a menu's items with nothing between them (`RidersTrainingHuntersJumpers`,
`Share on FacebookShare on Twitter`). In a lines dump the same menu is a run of short lines,
which the furniture classifier reads as a block of tiny pieces; glued, it is one long piece
that looks like a paragraph by its length. A piece where a lower-case letter meets a capital
often enough for its words is cut at each such place, so the classifier sees the items.

This runs just before `classify_boilerplate`: the headline, dateline and byline finders look
for their lines within a few pieces of each other and see the soup whole. The cuts keep every
word part (`strings.word_parts` cuts there too), and the items are marked `glued` (new blocks).
"""

from __future__ import annotations

import regex

from articleclean.document import Document, Piece

# A soup token is a run without white space holding at least this many places where a lower-case
# letter meets a capital (`RidersTrainingHunters`); a piece is cut at those places when its soup
# tokens hold at least SOUP_GLUES of them. Prose keeps its `iPhone`, `McDonald's`, `PlayStation`:
# one such place a word.
SOUP_TOKEN_GLUES, SOUP_GLUES = 2, 3
_LOWER_UPPER = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
_TOKEN = regex.compile(r"\S+")
# where a soup may be: a run without white space with two such places (one scan of the whole page)
_SOUP_HINT = regex.compile(r"\p{Ll}\p{Lu}\S*?\p{Ll}\p{Lu}")


def soup_items(text: str) -> list[str]:
    """`text` cut inside its soup tokens where a lower-case letter meets a capital, if it holds enough
    of them, else `[text]`.

    >>> soup_items("Expert how-to for RidersTrainingHuntersJumpersEventing")
    ['Expert how-to for Riders', 'Training', 'Hunters', 'Jumpers', 'Eventing']
    >>> soup_items("Apple's iPhone and iPad sales on YouTube and PlayStation rose, McDonald's said.")
    ["Apple's iPhone and iPad sales on YouTube and PlayStation rose, McDonald's said."]
    """
    cuts = []
    for token in _TOKEN.finditer(text):
        glues = [token.start() + match.start() for match in _LOWER_UPPER.finditer(token.group())]
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
    for piece, new in doc.split_each(soups).items():
        new[0].data.update(piece.data)
        for item in new[1:]:
            item.data["glued"] = True
