"""Bytes become text: UTF-8, else a detected encoding; binary input is refused."""

from __future__ import annotations

import codecs
import re

import regex

from articleclean.errors import InputError

# C0 controls other than tab, newline, carriage return and form feed do not occur in text.
# (The standard `re` scans this class three times faster than `regex`.)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CHARSET_DECLARED = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", regex.IGNORECASE)
_WESTERN_SINGLE_BYTE = frozenset({"cp1250", "cp1252", "latin_1", "iso8859_2", "iso8859_15", "cp850", "mac_latin2"})
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(raw: bytes) -> str:
    """Decode bytes: BOM, then UTF-8, then a declared `<meta charset>`, then detection.

    One bad byte never rejects the input (it becomes U+FFFD); input that is
    not text at all raises `InputError`.

    >>> decode("caf\u00e9".encode("cp1252"))
    'caf\u00e9'
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace")
    if b"\x00" in raw:
        raise InputError("input is binary (it contains NUL bytes), not text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET_DECLARED.search(raw[:4096])
    if declared:
        try:
            return raw.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    text = raw.decode("utf-8", errors="replace")
    if len(raw) >= 256 and text.count("\ufffd") <= max(2, len(text) // 1000):
        return text  # UTF-8 with a stray bad byte or two
    # Detection needs enough bytes to be reliable; short non-UTF-8 text is read as Windows-1252.
    detected = _detect(raw) if len(raw) >= 256 else None
    return detected if detected is not None else raw.decode("cp1252", errors="replace")


def _detect(raw: bytes) -> str | None:
    """The text in the encoding charset-normalizer finds most plausible, if any."""
    from charset_normalizer import from_bytes  # imported here: only non-UTF-8 input needs it

    best = from_bytes(raw).best()
    if best is None:
        return None
    if best.encoding in _WESTERN_SINGLE_BYTE:
        # Detectors confuse the Latin code pages; Windows-1252 is by far the most common of them.
        return raw.decode("cp1252", errors="replace")
    return str(best)


def check_text(text: str) -> str:
    """Refuse text that is empty or binary; return it otherwise.

    >>> check_text("")
    Traceback (most recent call last):
    ...
    articleclean.errors.InputError: input is empty
    """
    if not text.strip():
        raise InputError("input is empty" if not text else "input is empty (white space only)")
    if "\x00" in text:
        raise InputError("input is binary (it contains NUL characters), not text")
    controls = len(_CONTROL.findall(text)) if _CONTROL.search(text) else 0
    if controls > max(8, len(text) // 100):
        raise InputError("input is binary (control characters throughout), not text")
    return text
