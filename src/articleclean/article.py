"""The data model: what `clean` returns."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any


@dataclass(slots=True)
class Caption:
    """An image caption and, when the dump gives one, its credit (`© Sputnik/...`)."""

    text: str
    credit: str | None = None


@dataclass(slots=True)
class Related:
    """A link to another story (`READ MORE: ...`), with its URL when the input has one."""

    title: str
    url: str | None = None


@dataclass(slots=True)
class Dropped:
    """A piece of input that is not part of the article, the reason, and the filter that said so."""

    text: str
    reason: str
    filter: str


@dataclass(slots=True)
class Origin:
    """The place line of agency copy: `WASHINGTON (Reuters) -` gives place and agency."""

    place: str
    agency: str | None = None


@dataclass(slots=True)
class Article:
    """A clean, structured news article.

    Every piece of the input is either in one of the text fields or in `dropped`
    with the reason it was dropped: nothing disappears silently.
    """

    title: str | None = None
    subtitle: str | None = None
    published: datetime | None = None
    modified: datetime | None = None
    authors: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    site_name: str | None = None
    url: str | None = None
    language: str | None = None
    origin: Origin | None = None
    dropped: list[Dropped] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The body: paragraphs joined by a blank line."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; dates as ISO 8601 strings."""
        data = asdict(self)
        for key in ("published", "modified"):
            value = getattr(self, key)
            data[key] = value.isoformat() if value is not None else None
        return data

    def to_json(self, **dumps_options: Any) -> str:
        """The article as one JSON object (`json.dumps` options pass through)."""
        dumps_options.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **dumps_options)
