"""Quote style: straight (`ascii`, the default), curly (`typographic`), or as in the input (`preserve`)."""

from __future__ import annotations

import regex

from articleclean.document import Document, Label

_TO_ASCII = (("“", '"'), ("”", '"'), ("„", '"'), ("‟", '"'), ("‘", "'"), ("’", "'"), ("‚", "'"), ("‛", "'"))
# Typographic rules, in order: apostrophes inside and at the end of words, then opening quotes
# (at the start or after space/opening brackets), then the rest close.
_APOSTROPHE = regex.compile(r"(?<=\w)'(?=\w)|(?<=\w)'(?=s\b)|(?<=\bs)'(?=\s|$)")
_OPEN_DOUBLE = regex.compile(r'(?:^|(?<=[\s(\[{—–\-]))"')
_OPEN_SINGLE = regex.compile(r"(?:^|(?<=[\s(\[{—–\-\"“]))'")


def to_ascii_quotes(text: str) -> str:
    """Curly quotes and apostrophes to straight ones.

    >>> to_ascii_quotes("CIA’s Burns ‘possible’ – “yes”")
    'CIA\\'s Burns \\'possible\\' – "yes"'
    """
    for curly, straight in _TO_ASCII:  # str.replace scans at memory speed; str.translate goes char by char
        if curly in text:
            text = text.replace(curly, straight)
    return text


def to_typographic_quotes(text: str) -> str:
    """Straight quotes and apostrophes to curly ones.

    >>> to_typographic_quotes('CIA\\'s Burns \\'possible\\' – "yes"')
    'CIA’s Burns ‘possible’ – “yes”'
    """
    text = _APOSTROPHE.sub("’", text)
    text = _OPEN_DOUBLE.sub("“", text).replace('"', "”")
    return _OPEN_SINGLE.sub("‘", text).replace("'", "’")


_STYLES = {"ascii": to_ascii_quotes, "typographic": to_typographic_quotes}


def normalize_quotes(doc: Document) -> None:
    """Put the text of everything kept (and the metadata) in the chosen quote style. Labels nothing."""
    convert = _STYLES.get(doc.options.quotes)
    if convert is None:
        return
    kept = [piece for piece in doc.pieces if piece.label != Label.DROPPED]
    # One conversion of the joined text, not one a piece: piece texts hold no newline.
    for piece, text in zip(kept, convert("\n".join([p.text for p in kept])).split("\n")):
        piece.text = text
    for piece in kept:
        for key, value in piece.data.items():
            if isinstance(value, str):
                piece.data[key] = convert(value)
            elif isinstance(value, list):
                piece.data[key] = [convert(v) if isinstance(v, str) else v for v in value]
    meta = doc.meta
    for field_name in ("title", "subtitle", "site_name"):
        value = getattr(meta, field_name)
        if value:
            setattr(meta, field_name, convert(value))
    meta.authors = [convert(a) for a in meta.authors]
