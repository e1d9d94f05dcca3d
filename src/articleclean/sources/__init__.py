"""Turning input (text dumps, HTML, BeautifulSoup objects) into a Document of pieces."""

from __future__ import annotations

from typing import Any

from articleclean.document import Document
from articleclean.errors import InputError
from articleclean.sources.decode import check_text, decode
from articleclean.sources.text import text_to_document


def to_document(raw: Any, html: bool | None = None) -> Document:
    """A Document of the input's pieces; HTML is recognised by its markup (`html=None`) or forced (`True`)."""
    if _is_soup(raw) or (html and isinstance(raw, (bytes, bytearray, memoryview))):
        from articleclean.sources.html import html_to_document

        return html_to_document(raw)
    if isinstance(raw, (bytes, bytearray, memoryview)):
        raw_bytes = bytes(raw)
        if not raw_bytes.strip():
            raise InputError("input is empty")
        from articleclean.sources.html import looks_like_html_bytes

        if html or looks_like_html_bytes(raw_bytes):
            from articleclean.sources.html import html_to_document

            return html_to_document(raw_bytes)
        raw = decode(raw_bytes)
    if not isinstance(raw, str):
        raise InputError(f"input must be str, bytes or a BeautifulSoup object, not {type(raw).__name__}")
    text = check_text(raw)
    from articleclean.sources.html import looks_like_html

    if html or (html is None and looks_like_html(text)):
        from articleclean.sources.html import html_to_document

        return html_to_document(text)
    return text_to_document(text)


def _is_soup(raw: Any) -> bool:
    module = type(raw).__module__
    return module.startswith("bs4")
