"""A document is the input cut into labelled pieces; filters label them.

A `Piece` is a line of a text dump or a block of an HTML page. Filters never
delete a piece: they give it a label (`Label`), a reason and their own name.
What ends with the label `DROPPED` is reported in `Article.dropped`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class Label:
    """Where a piece goes. Plain strings, so profiles and user filters can name them."""

    TITLE = "title"
    SUBTITLE = "subtitle"
    BYLINE = "byline"
    CAPTION = "caption"
    RELATED = "related"
    BODY = "body"
    DROPPED = "dropped"


@dataclass(slots=True)
class Hints:
    """What the page structure says about a piece (HTML input only).

    `region` is the nearest enclosing landmark: nav, aside, footer, header,
    figure, form, or main/article; `link_density` is the share of the piece's
    characters inside links.
    """

    tag: str = "p"
    heading_level: int = 0
    region: str | None = None
    link_density: float = 0.0
    in_article: bool = False
    href: str | None = None
    classes: str = ""


@dataclass(slots=True, eq=False)  # pieces compare by identity
class Piece:
    """A line (text dump) or block (HTML) of input, and what the filters decided about it."""

    text: str
    line: int = 0
    label: str | None = None
    reason: str = ""
    filter: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    hints: Hints | None = None
    # the piece started a new block (blank line before it, or a block element)
    new_block: bool = False

    @property
    def decided(self) -> bool:
        return self.label is not None


@dataclass(slots=True)
class Metadata:
    """What filters learn about the article besides its pieces."""

    title: str | None = None
    subtitle: str | None = None
    published: datetime | None = None
    modified: datetime | None = None
    authors: list[str] = field(default_factory=list)
    site_name: str | None = None
    url: str | None = None
    language: str | None = None
    origin_place: str | None = None
    origin_agency: str | None = None


@dataclass(slots=True)
class Options:
    """Options of `clean`, as keyword arguments."""

    quotes: str = "ascii"
    profile: Any = None  # articleclean.profiles.Profile, or None

    def __post_init__(self) -> None:
        if self.quotes not in ("ascii", "typographic", "preserve"):
            raise ValueError(f"quotes must be 'ascii', 'typographic' or 'preserve', not {self.quotes!r}")
        if self.profile is not None and not hasattr(self.profile, "drop"):
            from articleclean.profiles import load_profile

            try:
                self.profile = load_profile(self.profile)
            except OSError as error:
                raise ValueError(f"profile {self.profile}: cannot read: {error.strerror or error}") from error


@dataclass(slots=True)
class Document:
    """The pieces of one input, its metadata and the options it is cleaned with."""

    pieces: list[Piece]
    source: str = "text"  # "text" or "html"
    meta: Metadata = field(default_factory=Metadata)
    options: Options = field(default_factory=Options)
    current_filter: str = ""

    def undecided(self) -> Iterator[Piece]:
        """Pieces no filter has labelled yet (a snapshot: safe to split while iterating)."""
        return iter([p for p in self.pieces if p.label is None])

    def label(self, piece: Piece, label: str, reason: str, **data: Any) -> None:
        """Give `piece` its label, with the reason and the running filter's name."""
        piece.label = label
        piece.reason = reason
        piece.filter = self.current_filter
        if data:
            piece.data.update(data)

    def drop(self, piece: Piece, reason: str) -> None:
        """Mark `piece` as not part of the article, saying why."""
        self.label(piece, Label.DROPPED, reason)

    def split(self, piece: Piece, parts: list[str]) -> list[Piece]:
        """Replace `piece` by pieces of its text (given in order) and return them.

        The parts keep the piece's line, hints and block start; text between
        the parts must be white space (nothing of the input may vanish here).
        """
        at = self.pieces.index(piece)
        new = [
            Piece(text=part, line=piece.line, hints=piece.hints, new_block=piece.new_block and i == 0)
            for i, part in enumerate(parts)
        ]
        self.pieces[at : at + 1] = new
        return new
