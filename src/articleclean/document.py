"""A document is the input cut into labelled pieces; filters label them.

A `Piece` is a line of a text dump or a block of an HTML page. Filters never
delete a piece: they give it a label (`Label`), a reason and their own name.
What ends with the label `DROPPED` is reported in `Article.dropped`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import accumulate
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
    characters inside links; `href` the link of a block that is one link,
    `link` the link of a block that holds exactly one (`READ MORE: <a>...</a>`);
    `classes` the class and id words of the block and its ancestors, nearest
    first; `blocks` numbers the enclosing block elements, outermost first, so
    that pieces of one container share a prefix.
    """

    tag: str = "p"
    heading_level: int = 0
    region: str | None = None
    link_density: float = 0.0
    in_article: bool = False
    href: str | None = None
    link: str | None = None
    classes: str = ""
    blocks: tuple[int, ...] = ()


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

    def find(self, pattern: Any = None, literals: tuple[str, ...] = (), fold_case: bool = False) -> list[Piece]:
        """Undecided pieces in which `pattern` (a compiled regex that never matches a newline) matches.

        One scan of the pieces' joined text instead of one regex call a piece,
        so filters that look for something rare (a `©`, a `READ MORE`) pay almost
        nothing on the pieces without it. With `literals`, the scan is for those
        strings (`str.find`, far faster than a regex alternation; case-folded
        with `fold_case`; a literal that starts with a newline matches at the
        start of a piece only), and `pattern` is then tried on the pieces that have one.
        """
        undecided = [p for p in self.pieces if p.label is None]
        text = "\n" + "\n".join([p.text for p in undecided])
        if literals:
            with_literal = self._pieces_with(undecided, text, literals, fold_case)
            return with_literal if pattern is None else [p for p in with_literal if pattern.search(p.text)]
        if pattern is None:
            raise TypeError("find() needs a pattern, literals, or both")
        if not pattern.flags & re.MULTILINE and ("^" in pattern.pattern or "$" in pattern.pattern):
            return [p for p in undecided if pattern.search(p.text)]  # anchors mean the piece's own start and end
        match = pattern.search(text)
        if match is None:
            return []
        starts = list(accumulate((len(p.text) + 1 for p in undecided), initial=1))
        found: list[Piece] = []
        while match is not None:
            at = bisect_right(starts, match.start()) - 1
            found.append(undecided[at])
            match = pattern.search(text, starts[at + 1]) if at + 1 < len(undecided) else None
        return found

    @staticmethod
    def _pieces_with(undecided: list[Piece], text: str, literals: tuple[str, ...], fold_case: bool) -> list[Piece]:
        if fold_case:
            lowered = text.lower()
            if len(lowered) != len(text):  # a letter whose lower case is longer (İ): offsets would shift
                return [p for p in undecided if any(lit in f"\n{p.text.lower()}" for lit in literals)]
            text = lowered
        hits: set[int] = set()
        for literal in literals:
            at = text.find(literal)
            while at >= 0:
                hits.add(at)
                at = text.find(literal, at + 1)
        if not hits:
            return []
        # a hit on the newline before a piece (a line-start literal) belongs to that piece
        starts = list(accumulate((len(p.text) + 1 for p in undecided), initial=0))
        return [undecided[i] for i in sorted({bisect_right(starts, at) - 1 for at in hits})]

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
