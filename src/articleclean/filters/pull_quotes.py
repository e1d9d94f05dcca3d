"""Pull quotes: a sentence of the story set again, large, between its paragraphs."""

from __future__ import annotations

from articleclean.document import Document
from articleclean.filters.boilerplate import open_after_classifier
from articleclean.strings import ends_sentence

_MIN_WORDS, _MAX_CHARS = 6, 300
_MIN_PARAGRAPH_CHARS, _MIN_MORE_CHARS = 80, 40  # the paragraph that holds a pull quote says more than it
_QUOTES = "\"'“”‘’«»„ "
# Quotes fold to one form, so that a pull quote in curly quotes is found in a paragraph in straight ones.
_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})


def drop_pull_quotes(doc: Document) -> None:
    """Drop a short line that the story's text holds word for word elsewhere (its quotes aside): the
    pull quote a magazine sets between two paragraphs, which a reader reads once, in its paragraph.

    It runs after the classifier and looks only at what it kept.
    """
    kept = [p for p in doc.pieces if p.label is None]
    if len(kept) < 2:
        return
    folded = [" ".join(p.text.translate(_FOLD).split()) for p in kept]
    # whole paragraphs: a raw dump's long paragraph comes cut into sentences that join the previous one
    joined: list[str] = []
    for piece, line in zip(kept, folded):
        if piece.data.get("joins_previous") and joined:
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    paragraphs = [line for line in joined if len(line) >= _MIN_PARAGRAPH_CHARS]
    joins_next = [following.data.get("joins_previous", False) for following in kept[1:]] + [False]
    for piece, line, continued in zip(kept, folded, joins_next):
        if piece.data.get("joins_previous") or continued:  # a sentence of a paragraph, not a line of its own
            continue
        quote = line.strip(_QUOTES)
        if len(quote) > _MAX_CHARS or len(quote.split()) < _MIN_WORDS or not open_after_classifier(piece):
            continue
        if not (quote[:1].isupper() and ends_sentence(quote)):  # a pull quote is a whole sentence, not a fragment
            continue
        # held by a longer paragraph, not repeated alone (a list or a table may well repeat a line)
        if any(quote in paragraph for paragraph in paragraphs if len(paragraph) >= len(quote) + _MIN_MORE_CHARS):
            doc.drop(piece, "pull quote: a sentence of the story set again")
