"""Text dumps become pieces: one piece a line, plus splits where the dump's layout shows a block boundary."""

from __future__ import annotations

import regex

from articleclean.document import Document, Piece

# A tab, or three spaces or more, inside a line is left over from the page's HTML
# indentation between two block elements: it separates pieces as a newline does.
_LAYOUT_BREAK = regex.compile(r"[ \t]*\t[ \t]*| {3,}")


def text_to_document(text: str) -> Document:
    """Cut a text dump into pieces, one a line; blank lines mark block starts.

    >>> [p.text for p in text_to_document("Title\\r\\n\\r\\nBody one.\\tBody two.").pieces]
    ['Title', 'Body one.', 'Body two.']
    """
    pieces: list[Piece] = []
    blank_before = True
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            blank_before = True
        elif "\t" in line or "   " in line:  # laid out: rare, so the common line pays two `in` tests only
            for part in _LAYOUT_BREAK.split(line):
                if part.strip():
                    pieces.append(Piece(part.strip(), number, new_block=blank_before))
                    blank_before = False
        else:
            pieces.append(Piece(stripped, number, new_block=blank_before))
            blank_before = False
    return Document(pieces=pieces, source="text")
