"""Pull quotes: a sentence of the story set again, large, between its paragraphs."""

from __future__ import annotations

import re

from articleclean.document import Document
from articleclean.strings import ends_sentence, fold_quotes

# fewer words in quotation marks are as often a quoted crosshead, which a story keeps (`"My fears were realized"`)
_MIN_WORDS, _MAX_CHARS = 6, 300
_MIN_PARAGRAPH_CHARS, _MIN_MORE_CHARS = 80, 40  # the paragraph that holds a pull quote says more than it
# Where a paragraph splits into what a pull quote may repeat: its sentences and its quotations (quotes are
# folded to `"` and `'` first); and its sentences whole, a quotation with who said it (`"...", said X.`).
_SEGMENT = re.compile(r"(?<=[.!?])\s+|(?<=[.!?]['\"])\s+|\"")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|(?<=[.!?]['\"])\s+")
_QUOTES = "\"'“”‘’«»„ "
_ENDS = ".!?…"


def _key(segment: str) -> str:
    """What a pull quote and the sentence it repeats share: quotes and the final stop aside (a pull quote
    often drops the stop: `«... chi la usa»` from `«... chi la usa.»`)."""
    return segment.strip(_QUOTES).rstrip(_ENDS).strip(_QUOTES)


def _fold(text: str) -> str:
    """`text` with its quotes folded (a pull quote in curly quotes is found in a paragraph in straight
    ones) and its white space collapsed."""
    return " ".join(fold_quotes(text).split())


def _may_be_pull_quote(text: str) -> bool:
    """A whole sentence of `_MIN_WORDS` or more, short, or a quotation of as many words set in its quotation
    marks (which the paragraph may end with a comma, `«...», — said he`): what a pull quote looks like,
    before any lookup.

    >>> _may_be_pull_quote("«Мы не видим сейчас возможности платить дивиденды»")
    True
    >>> _may_be_pull_quote("The council met on Tuesday and voted on the plan")
    False
    """
    quote = text.strip(_QUOTES)
    quoted = len(quote) < len(text.rstrip()) and text[:1] in _QUOTES and text.rstrip()[-1:] in _QUOTES
    return (
        len(quote) <= _MAX_CHARS
        and quote[:1].isupper()
        and (quoted or ends_sentence(quote))
        and quote.count(" ") >= _MIN_WORDS - 1
    )


def _is_quoted(text: str) -> bool:
    text = text.rstrip()
    return len(text) > 2 and text[0] in _QUOTES and text[-1] in _QUOTES


def drop_pull_quotes(doc: Document) -> None:
    """Drop a short line that the story's text holds word for word elsewhere (its quotes aside): the
    pull quote a magazine sets between two paragraphs, which a reader reads once, in its paragraph.

    It runs after the classifier and looks only at what it kept.
    """
    kept = [p for p in doc.pieces if p.label is None]
    # a raw dump glues a pull quote set in quotation marks right after the sentence it repeats
    for previous, piece in zip(kept, kept[1:]):
        repeated = _key(_fold(previous.text)) == _key(_fold(piece.text))
        if repeated and _is_quoted(piece.text) and _may_be_pull_quote(piece.text):
            doc.drop(piece, "pull quote: a sentence of the story set again")
    kept = [p for p in kept if p.label is None]
    joins_next = [following.data.get("joins_previous", False) for following in kept[1:]] + [False]
    # a line of its own, not a sentence of a paragraph (a raw dump's long paragraph comes cut into sentences);
    # a raw dump glues a pull quote in its quotation marks to the end of the paragraph above it
    candidates = [
        piece
        for piece, continued in zip(kept, joins_next)
        if not continued
        and (not piece.data.get("joins_previous") or _is_quoted(piece.text))
        and _may_be_pull_quote(piece.text)
    ]
    if not candidates:
        return
    alone = {id(piece) for piece in candidates}
    # whole paragraphs, their sentences and quotations each with the longest paragraph that says it,
    # looked up in a dict: linear in the page, however long
    joined: list[str] = []
    for piece in kept:
        if piece.data.get("joins_previous") and joined and id(piece) not in alone:
            joined[-1] = f"{joined[-1]} {piece.text}"
        else:
            joined.append(piece.text)
    said: dict[str, int] = {}
    for paragraph in joined:
        if len(paragraph) >= _MIN_PARAGRAPH_CHARS:
            paragraph = _fold(paragraph)
            for segment in [*_SEGMENT.split(paragraph), *_SENTENCE.split(paragraph)]:
                segment = _key(segment)
                said[segment] = max(said.get(segment, 0), len(paragraph))
    for piece in candidates:
        line = _fold(piece.text)
        # held by a longer paragraph, not repeated alone (a list or a table may well repeat a line)
        if said.get(_key(line), 0) >= len(line) + _MIN_MORE_CHARS:
            doc.drop(piece, "pull quote: a sentence of the story set again")
