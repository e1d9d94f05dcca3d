"""`--explain`: each piece of input, where it went, which filter sent it there and why."""

from __future__ import annotations

import shutil
import sys
from typing import Any

from articleclean.document import Document, Label

_WHERE = {
    Label.TITLE: "title",
    Label.SUBTITLE: "subtitle",
    Label.BYLINE: "authors",
    Label.CAPTION: "captions",
    Label.RELATED: "related",
    Label.TAGS: "tags",
    Label.BODY: "paragraphs",
    Label.DROPPED: "DROPPED",
}


def explain_document(doc: Document, name: str = "<input>") -> str:
    """A readable table of the labelled document: line, destination, filter, reason, text."""
    # On a terminal the reason and the text are cut to the screen; into a file or a pipe they are given whole.
    terminal = sys.stdout.isatty()
    width = max(60, shutil.get_terminal_size((120, 20)).columns) if terminal else 1_000_000
    rows = [
        (
            str(p.line),
            _WHERE.get(p.label or "", p.label or "paragraphs"),
            p.filter,
            _why(p.reason, p.data, p.filter),
            p.text,
        )
        for p in doc.pieces
    ]
    header = ("line", "went to", "filter", "why", "text")
    widths = [max(len(header[i]), *(len(r[i]) for r in rows)) if rows else len(header[i]) for i in range(4)]
    if terminal:
        widths[3] = min(widths[3], 70)
    text_width = max(20, width - sum(widths) - 8)
    read_as = f"{doc.dump_format} input, read as {doc.source}" if doc.dump_format else f"{doc.source} input"
    lines = [f"# {name}: {len(doc.pieces)} pieces from {read_as}"]
    meta = doc.meta
    for label, value in (
        ("published", meta.published),
        ("modified", meta.modified),
        ("authors", meta.authors),
        ("site_name", meta.site_name),
        ("url", meta.url),
        ("language", meta.language),
    ):
        if value:
            lines.append(f"#   {label}: {value.isoformat() if hasattr(value, 'isoformat') else value}")
    lines.append("  ".join(h.ljust(w) for h, w in zip(header, [*widths, 0])).rstrip())
    for row in rows:
        cells = [row[0].rjust(widths[0]), row[1].ljust(widths[1]), row[2].ljust(widths[2]), _cut(row[3], widths[3])]
        lines.append("  ".join([*cells, _cut(row[4], text_width)]).rstrip())
    return "\n".join(lines) + "\n"


def _why(reason: str, data: dict[str, Any], taken_by: str = "") -> str:
    """The reason, with what the filter took from the piece (a credit, a time, names, a link), and the
    filter that cut the piece from its line if another one than `taken_by` did."""
    details = []
    if data.get("credit"):
        details.append(f"credit: {data['credit']}")
    if data.get("when") is not None:
        details.append(f"time: {data['when'].isoformat()}")
    if data.get("authors"):
        details.append("names: " + ", ".join(data["authors"]))
    if data.get("url"):
        details.append(f"url: {data['url']}")
    if data.get("cut_by") and data["cut_by"] != taken_by:
        details.append(f"cut from its line by {data['cut_by']}")
    return f"{reason} ({'; '.join(details)})" if details else reason


def _cut(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"
