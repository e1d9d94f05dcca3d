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
# The legacy encodings of the WHATWG Encoding Standard (those browsers read), in Python's names,
# the more common on the web first (but an ISO page that ties with its Windows code page reads
# the same, or has no byte in 0x80-0x9F, where only the Windows pages have letters). Left free,
# detection reads English with a few curly quotes as DOS or Mac code pages (cp852, cp775,
# mac_roman), which hardly any web page uses.
_WEB_ENCODINGS = (
    "cp1252", "cp1251", "iso8859_2", "cp1250", "shift_jis", "gb18030", "euc_kr", "big5", "euc_jp", "cp1256",
    "cp1254", "iso8859_15", "cp1253", "cp1257", "cp1255", "cp874", "koi8_r", "koi8_u", "iso8859_7", "iso8859_5",
    "iso8859_6", "iso8859_8", "iso8859_4", "iso8859_13", "iso8859_3", "iso8859_10", "iso8859_14", "iso8859_16",
    "cp1258", "ibm866", "iso2022_jp", "utf_16",
)  # fmt: skip
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
        # UTF-8 with a stray byte or two, or Windows-1252 text with one or two non-ASCII characters:
        # a lone byte is read as Windows-1252 either way (`\xa0`, `\xe9`, `\x92`: the usual strays)
        return raw.decode("utf-8", errors=_STRAY_BYTES)
    # Detection needs enough bytes to be reliable; short non-UTF-8 text is read as Windows-1252.
    detected = _detect(raw) if len(raw) >= 256 else None
    return detected if detected is not None else raw.decode("cp1252", errors="replace")


def _stray_bytes_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    r"""Codec error handler: the bytes that are not UTF-8, read as Windows-1252 (U+FFFD where it has none).

    >>> b"caf\xe9 \xe2\x80\x94 \x92s\x81".decode("utf-8", errors=_STRAY_BYTES)
    'café — ’s�'
    """
    assert isinstance(error, UnicodeDecodeError)
    stray = error.object[error.start : error.end]
    return stray.decode("cp1252", errors="replace"), error.end


_STRAY_BYTES = "articleclean-stray-bytes-as-cp1252"
codecs.register_error(_STRAY_BYTES, _stray_bytes_as_cp1252)
_RANK = {encoding: rank for rank, encoding in enumerate(_WEB_ENCODINGS)}
_CHAOS_TIE = 0.01


def _detect(raw: bytes) -> str | None:
    """The text in the encoding charset-normalizer finds most plausible among the web's, if any.

    Of the readings in which some language's letters come out (a German page in Windows-1252 read
    as KOI8-R is less chaotic, but reads as no language), those as little chaotic as the least
    are tied, and the tie goes to the encoding more pages use (`_WEB_ENCODINGS` order): Latin
    code pages read English or German alike, and Windows-1252 is by far the most common.
    """
    from charset_normalizer import from_bytes  # imported here: only non-UTF-8 input needs it

    matches = list(from_bytes(raw, cp_isolation=list(_WEB_ENCODINGS)))
    readings = [match for match in matches if match.coherence > 0] or matches
    if not readings:
        return None
    least = min(match.chaos for match in readings)
    tied = [match for match in readings if match.chaos <= least + _CHAOS_TIE]
    encodings = [encoding for match in tied for encoding in match.could_be_from_charset]
    return raw.decode(min(encodings, key=lambda encoding: _RANK.get(encoding, len(_RANK))), errors="replace")


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
