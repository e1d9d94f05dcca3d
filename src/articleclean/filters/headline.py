"""The headline: which piece is the title, the site's name beside it, and repeats of it."""

from __future__ import annotations

import regex

from articleclean.document import Document, Label, Piece
from articleclean.strings import comparable, ends_sentence

# `Headline | Site`, `Headline - Site`, `Headline — Site World News`, `Site :: Headline`.
_SITE_SEPARATOR = regex.compile(r"\s+(?:\||-|–|—|::|·|•|»)\s+")
_MAX_SITE_WORDS = 6
_MAX_TITLE_WORDS = 40
# Between a page's <title> and its headline lies navigation: many short pieces.
_NAV_GAP = 8


def split_site_name(text: str) -> tuple[str, str | None]:
    """Split a page title into headline and site name, when a separator sets a short name apart.

    >>> split_site_name("Home Depot sales miss, shares plunge | Fox Business")
    ('Home Depot sales miss, shares plunge', 'Fox Business')
    >>> split_site_name("New meeting with CIA's Burns 'possible' – Russian spy chief")
    ("New meeting with CIA's Burns 'possible' – Russian spy chief", None)
    """
    parts = _SITE_SEPARATOR.split(text)
    if len(parts) < 2:
        return text, None
    last = parts[-1]
    head = _strip_separator(text[: text.rfind(last)].rstrip())
    if len(last.split()) <= _MAX_SITE_WORDS and len(head.split()) >= len(last.split()) and _looks_like_name(last):
        return head, last
    return text, None


def _strip_separator(head: str) -> str:
    match = regex.search(r"\s*(?:\||-|–|—|::|·|•|»)$", head)
    return head[: match.start()] if match else head


def _looks_like_name(text: str) -> bool:
    """A site's name is a domain or capitalises its words (`Fox Business`, `The Times of India`),
    unlike the end of a headline (`Russian spy chief`).

    >>> _looks_like_name("The Times of India"), _looks_like_name("rt.com"), _looks_like_name("Russian spy chief")
    (True, True, False)
    """
    if regex.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", text):
        return True
    return all(w[0].isupper() or w[0].isdigit() or len(w) <= 3 for w in text.split())


def _is_headline_shaped(piece: Piece) -> bool:
    n = len(piece.text.split())
    return 2 <= n <= _MAX_TITLE_WORDS and not (ends_sentence(piece.text) and piece.text.endswith("."))


def find_headline(doc: Document) -> None:
    """Label the headline TITLE, set the site's name beside it apart, and drop its repeats.

    The headline is the text that recurs near the top (page title and headline,
    headline and image title), the page's declared title when the source gave
    one, or else the first headline-shaped piece.
    """
    pieces = [p for p in doc.pieces if p.label is None and p.text]
    if not pieces:
        return
    keys = [comparable(p.text) for p in pieces]
    heads = [split_site_name(p.text) for p in pieces]
    head_keys = [comparable(head) for head, _ in heads]
    chosen = _choose(doc, pieces, keys, heads, head_keys)
    if chosen is None:
        return
    at, whole = chosen
    title_piece, (head, site) = pieces[at], heads[at]
    title_key = keys[at] if whole else head_keys[at]
    if not whole and site:
        title_piece, site_piece = doc.split(title_piece, [head, site])
        doc.drop(site_piece, "site name beside the headline")
        doc.meta.site_name = doc.meta.site_name or site
    doc.label(title_piece, Label.TITLE, "headline")
    for piece, key, head_key, (_, site) in zip(pieces, keys, head_keys, heads):
        if piece.label is not None or piece is title_piece:
            continue
        if key == title_key:
            doc.drop(piece, "repeats the headline")
        elif site and head_key == title_key:
            doc.drop(piece, "page title: the headline with the site's name")
            doc.meta.site_name = doc.meta.site_name or site


def _choose(
    doc: Document, pieces: list[Piece], keys: list[str], heads: list[tuple[str, str | None]], head_keys: list[str]
) -> tuple[int, bool] | None:
    """The index of the headline piece, and whether all of it (True) or its head without site name is the title."""
    declared = doc.meta.title
    if declared:
        wanted = {comparable(declared), comparable(split_site_name(declared)[0])} - {""}
        for i, (key, head_key) in enumerate(zip(keys, head_keys)):
            if key in wanted:
                return i, True
            if head_key in wanted:
                return i, False
    first_at: dict[str, int] = {}
    for i, piece in enumerate(pieces):
        if not _is_headline_shaped(piece):
            continue
        for key in dict.fromkeys((keys[i], head_keys[i])):
            earlier = first_at.get(key)
            if earlier is not None:
                at = i if _is_navigation_between(pieces[earlier + 1 : i]) else earlier
                return at, keys[at] == key
            first_at[key] = i
    for i, piece in enumerate(pieces):
        if _is_headline_shaped(piece):
            return i, heads[i][1] is None
    return None


def _is_navigation_between(between: list[Piece]) -> bool:
    """The pieces between two renderings of the headline are a page's navigation, not an article's standfirst."""
    if len(between) >= _NAV_GAP:
        return True
    return bool(between) and sum(len(p.text.split()) for p in between) / len(between) < 4
