"""Text normalisation: mojibake, odd spaces, invisible characters, and word breaks a scraper lost."""

from __future__ import annotations

import ftfy
import regex

from articleclean.document import Document, Piece

# The characters UTF-8 mojibake is made of (Latin-1 / Windows-1252 readings of lead
# bytes, C1 controls, the replacement character). ftfy runs only where one appears:
# it costs ~0.7 MB/s, this test ~100 MB/s.
_MOJIBAKE_HINT = regex.compile(r"[\u0080-\u009f\u00c2\u00c3\u00c5\u00d0\u00d1\u00e2\u00ef\ufffd]")
_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, fix_latin_ligatures=False, normalization="NFC")
# No-break and other wide spaces become a plain space.
_ODD_SPACE = regex.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
# Invisible characters that split or hide words: zero-width space, word joiner, BOM, soft hyphen.
_INVISIBLE = regex.compile(r"[\u200b\u2060\ufeff\u00ad]")
_SPACE_RUN = regex.compile(r" {2,}")
# A scraper that joins text nodes with no separator glues a lower-case word to the capitalised
# one of the next block (`policyTerms`, `onTrending`, `часНиколай`). Brand names glue capitals
# (`YouTube`, `iPhone`, `eBay`): a run of two or more lower-case letters standing at the start of
# a word (at the start of the text, after white space or an opening quote or bracket) is what only
# glue makes. Glue is looked for from its capital, a lower-case letter on either side: rare, and
# a fast scan, where a pattern that starts with the lower-case run would try every letter.
_CAMEL = regex.compile(r"(?<=\p{Ll})\p{Lu}(?=\p{Ll})")
_LOWER_RUN = regex.compile(r"\p{Ll}+", regex.REVERSE)  # matched backwards, from a capital
_WORD_OPENER = regex.compile(r"[\s\"“‘«(\[]")
# What the above but glue needs, for the whole-document scan that skips the pieces already normal
# (most of them): the characters, as literals (`str.find` runs at memory speed).
_NEEDS_WORK = (
    *(chr(c) for c in range(0x80, 0xA0)),
    *"\u00c2\u00c3\u00c5\u00d0\u00d1\u00e2\u00ef\ufffd\u00a0\u202f\u205f\u3000\t\f\v\u2060\ufeff\u00ad",
    *(chr(c) for c in range(0x2000, 0x200C)),
    "  ",
)


def normalize_text(text: str) -> str:
    """Fix mojibake, turn odd spaces into plain ones, remove invisible characters, and
    put back, as a newline, the break between two blocks that a scraper glued together.

    Quotes, dashes and ellipses are left alone (quote style is its own filter).

    >>> normalize_text("It\u2019s \u00e2\u20ac\u0153fine\u00e2\u20ac\u009d")
    'It\u2019s \u201cfine\u201d'
    >>> normalize_text("no\u00a0break  and zero\u200bwidth")
    'no break and zerowidth'
    >>> normalize_text("Privacy policyTerms of use on YouTube, eBay and iPhone")
    'Privacy policy\\nTerms of use on YouTube, eBay and iPhone'
    """
    if _MOJIBAKE_HINT.search(text):
        text = ftfy.fix_text(text, _FTFY_CONFIG)
    text = _INVISIBLE.sub("", _ODD_SPACE.sub(" ", text))
    text = _unglue(text, [match.start() for match in _CAMEL.finditer(text)])
    return _SPACE_RUN.sub(" ", text).strip()


def _unglue(text: str, capitals: list[int]) -> str:
    """`text` with a newline put before each of the `capitals` (offsets of `_CAMEL`) that ends glue.

    >>> _unglue("policyTerms and YouTube", [6, 19])
    'policy\\nTerms and YouTube'
    """
    cuts = [at for at in capitals if _ends_glue(text, at)]
    if not cuts:
        return text
    return "\n".join(text[start:end] for start, end in zip([0, *cuts], [*cuts, len(text)]))


def _ends_glue(text: str, capital: int) -> bool:
    """The lower-case run before `text[capital]` is a glued word: two letters or more, opening a word."""
    run = _LOWER_RUN.match(text, 0, capital)
    start = run.start() if run is not None else capital
    return capital - start >= 2 and (start == 0 or _WORD_OPENER.match(text, start - 1) is not None)


def normalize(doc: Document) -> None:
    """Normalise the text of every piece (see `normalize_text`); split it where a lost break was put back.

    Labels nothing.
    """
    needs_work = doc.find(literals=_NEEDS_WORK)
    # scanned before any piece changes; a piece without odd characters needs its glue cut only
    camels = doc.find_each(_CAMEL)
    for piece in needs_work:
        _set_text(doc, piece, normalize_text(piece.text))
    done = {id(p) for p in needs_work}
    for piece, capitals in camels:
        if id(piece) not in done:
            _set_text(doc, piece, _unglue(piece.text, capitals).strip())


def _set_text(doc: Document, piece: Piece, text: str) -> None:
    """Give `piece` its normalised text, split where it holds a newline."""
    if "\n" in text:
        doc.split(piece, [part.strip() for part in text.split("\n") if part.strip()])
    else:
        piece.text = text
