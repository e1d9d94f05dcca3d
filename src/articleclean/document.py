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
from functools import lru_cache
from itertools import accumulate, count
from operator import add
from typing import Any

import ahocorasick


@lru_cache(maxsize=64)
def _line_starts(literals: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for literals that all start with a newline: `re` searches for their shared
    newline with memchr and tries the words there only."""
    return re.compile("|".join(re.escape(literal) for literal in literals))


@lru_cache(maxsize=64)
def _automaton(literals: tuple[str, ...]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton of the literals, each found as its index in `literals`."""
    automaton = ahocorasick.Automaton()
    for index, literal in enumerate(literals):
        automaton.add_word(literal, index)
    automaton.make_automaton()
    return automaton


def _starts(pieces: list[Piece], first: int) -> list[int]:
    """Where each piece's text starts in the pieces' newline-joined text if the first starts at `first`,
    and where one more would (C-level iterators: this runs over every piece of a document).

    >>> _starts([Piece("ab"), Piece(""), Piece("cde")], 1)
    [1, 4, 5, 9]
    """
    lengths = map(len, [p.text for p in pieces])
    return list(map(add, accumulate(lengths, initial=first), count()))


class Label:
    """Where a piece goes. Plain strings, so profiles and user filters can name them."""

    TITLE = "title"
    SUBTITLE = "subtitle"
    BYLINE = "byline"
    CAPTION = "caption"
    RELATED = "related"
    TAGS = "tags"
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
    tags: list[str] = field(default_factory=list)  # declared by the page; `find_tags` reads the visible list
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
    source: str = "text"  # the reader the pieces came from: "text" or "html"
    dump_format: str = ""  # what the input was, when the reader is not named after it ("markdown")
    meta: Metadata = field(default_factory=Metadata)
    options: Options = field(default_factory=Options)
    current_filter: str = ""

    def undecided(self) -> Iterator[Piece]:
        """Pieces no filter has labelled yet (a snapshot: safe to split while iterating)."""
        return iter([p for p in self.pieces if p.label is None])

    def find(
        self,
        pattern: Any = None,
        literals: tuple[str, ...] = (),
        fold_case: bool = False,
        longest: int | None = None,
        among: list[Piece] | None = None,
    ) -> list[Piece]:
        """Undecided pieces in which `pattern` (a compiled regex that never matches a newline) matches.

        One scan of the pieces' joined text instead of one regex call a piece,
        so filters that look for something rare (a `©`, a `READ MORE`) pay almost
        nothing on the pieces without it. With `literals`, the scan is for those
        strings (`str.find`, far faster than a regex alternation; case-folded
        with `fold_case`; a literal that starts with a newline matches at the
        start of a piece only), and `pattern` is then tried on the pieces that have one.
        With `longest`, pieces longer than that many characters are not looked at (nor scanned).
        With `among`, those pieces are looked at instead of the undecided ones.
        """
        undecided = [p for p in self.pieces if p.label is None] if among is None else among
        if longest is not None:
            undecided = [p for p in undecided if len(p.text) <= longest]
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
        starts = _starts(undecided, 1)
        found: list[Piece] = []
        while match is not None:
            at = bisect_right(starts, match.start()) - 1
            found.append(undecided[at])
            match = pattern.search(text, starts[at + 1]) if at + 1 < len(undecided) else None
        return found

    def find_each(self, pattern: Any) -> list[tuple[Piece, list[int]]]:
        """Undecided pieces in which `pattern` matches, each with where (offsets in its text) every match starts.

        One scan of the pieces' joined text, as in `find`, for a pattern that never
        matches a newline nor holds `^` or `$`; its lookarounds see a newline before and after each piece.

        >>> doc = Document([Piece("aBc and dE"), Piece("none"), Piece("xYz")])
        >>> [(p.text, at) for p, at in doc.find_each(re.compile(r"[a-z][A-Z]"))]
        [('aBc and dE', [0, 8]), ('xYz', [0])]
        """
        undecided = [p for p in self.pieces if p.label is None]
        text = "\n" + "\n".join([p.text for p in undecided])
        hits = [match.start() for match in pattern.finditer(text)]
        if not hits:
            return []
        starts = _starts(undecided, 1)
        found: dict[int, list[int]] = {}
        for hit in hits:
            at = bisect_right(starts, hit) - 1
            found.setdefault(at, []).append(hit - starts[at])
        return [(undecided[at], offsets) for at, offsets in found.items()]

    @staticmethod
    def _pieces_with(undecided: list[Piece], text: str, literals: tuple[str, ...], fold_case: bool) -> list[Piece]:
        if fold_case:
            lowered = text.lower()
            if len(lowered) != len(text):  # a letter whose lower case is longer (İ): offsets would shift
                return [p for p in undecided if any(lit in f"\n{p.text.lower()}" for lit in literals)]
            text = lowered
        # a hit on the newline before a piece (a line-start literal) belongs to that piece
        starts = _starts(undecided, 0)
        found: set[int] = set()
        if all(literal[:1] == "\n" and "\n" not in literal[1:] for literal in literals):
            # line starts only: one regex scan, which jumps from newline to newline
            pattern = _line_starts(literals)
            match = pattern.search(text)
            while match is not None:
                at = bisect_right(starts, match.start()) - 1
                found.add(at)
                match = pattern.search(text, starts[at + 1])
            return [undecided[i] for i in sorted(found)]
        # one pass over the text for all the literals at once, rather than one `str.find` scan a literal
        lengths = [len(literal) - 1 for literal in literals]
        for end, index in _automaton(literals).iter(text):
            found.add(bisect_right(starts, end - lengths[index]) - 1)
        return [undecided[i] for i in sorted(found)]

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

        The parts keep the piece's line, hints and block start, and record the filter that cut
        them (`data["cut_by"]`, shown by `--explain`); text between the parts must be white space
        (nothing of the input may vanish here).
        """
        return self.split_each({piece: parts})[piece]

    def split_each(self, splits: dict[Piece, list[str]], keep_data: bool = False) -> dict[Piece, list[Piece]]:
        """`split` every piece of `splits` into its parts in one pass over the document
        (one `split` a piece would cost time quadratic in the pieces of a page glued everywhere).
        With `keep_data`, the first part of each piece starts with the piece's data (what earlier
        filters marked on the block it begins).

        >>> a, b = Piece("One.Two"), Piece("Three.Four")
        >>> doc = Document([a, b])
        >>> new = doc.split_each({a: ["One.", "Two"], b: ["Three.", "Four"]})
        >>> [p.text for p in doc.pieces], new[b][0].text
        (['One.', 'Two', 'Three.', 'Four'], 'Three.')
        """
        cut_by = {"cut_by": self.current_filter} if self.current_filter else {}  # for `--explain`
        new = {
            piece: [
                Piece(
                    text=part,
                    line=piece.line,
                    hints=piece.hints,
                    new_block=piece.new_block and i == 0,
                    data={**(piece.data if keep_data and i == 0 else {}), **(cut_by if len(parts) > 1 else {})},
                )
                for i, part in enumerate(parts)
            ]
            for piece, parts in splits.items()
        }
        if not new:
            return new
        if len(new) == 1:
            [(piece, pieces)] = new.items()
            at = self.pieces.index(piece)
            self.pieces[at : at + 1] = pieces
        else:
            self.pieces = [part for piece in self.pieces for part in new.get(piece, (piece,))]
        return new

    def split_at(self, piece: Piece, cuts: list[int]) -> list[Piece | None]:
        """`split` at the offsets `cuts` (in order): the piece of each part, None where a part is blank.

        >>> doc = Document([Piece("Menu Headline Body")])
        >>> [p and p.text for p in doc.split_at(doc.pieces[0], [0, 4, 13])]
        [None, 'Menu', 'Headline', 'Body']
        """
        text = piece.text
        edges = [0, *cuts, len(text)]
        parts = [text[a:b].strip() for a, b in zip(edges, edges[1:])]
        new = iter(self.split(piece, [part for part in parts if part]))
        return [next(new) if part else None for part in parts]

    def split_off_glued(self, piece: Piece, at: int) -> tuple[Piece, Piece]:
        """Cut the block a raw dump glued on at offset `at` (0 < at, with text on both sides) off `piece`:
        the two pieces, the second marked `data["glued"]` (a block of its own)."""
        head, tail = self.split_at(piece, [at])
        assert head is not None and tail is not None  # callers cut between text and text
        tail.data["glued"] = True
        return head, tail
