"""Turning input (text dumps, HTML, BeautifulSoup objects) into a Document of pieces."""

from __future__ import annotations

from typing import Any

from articleclean.document import Document
from articleclean.errors import InputError
from articleclean.sources.decode import check_text, decode
from articleclean.sources.html import html_to_document, looks_like_html, looks_like_html_bytes
from articleclean.sources.markdown import looks_like_markdown, markdown_to_document
from articleclean.sources.text import text_to_document


def to_document(raw: Any, html: bool | None = None) -> Document:
    """A Document of the input's pieces; HTML is recognised by its markup (`html=None`) or forced (`True`),
    and so is Markdown (`html=None`; `html=False` reads it as plain text)."""
    if type(raw).__module__.startswith("bs4"):
        return html_to_document(raw)
    if isinstance(raw, (bytes, bytearray, memoryview)):
        raw_bytes = bytes(raw)
        if not raw_bytes.strip():
            raise InputError("input is empty")
        if html or (html is None and looks_like_html_bytes(raw_bytes)):
            return html_to_document(raw_bytes)
        raw = decode(raw_bytes)
    if not isinstance(raw, str):
        raise InputError(f"input must be str, bytes or a BeautifulSoup object, not {type(raw).__name__}")
    if html or (html is None and looks_like_html(raw)):
        return html_to_document(raw)  # it checks the text itself
    text = check_text(raw)
    if html is None and looks_like_markdown(text):
        return markdown_to_document(text)
    return text_to_document(text)
