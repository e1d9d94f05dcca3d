"""Sprite-label runs: the names of a page's SVG icons, dumped as text (`bookmarkicon cameraicon ...`)."""

from __future__ import annotations

import regex

from articleclean.document import Document, Piece

# One icon label: `icon`, `cameraicon`, `v-playicon`, `icon-camera`, `icon_share`.
_ICON_TOKEN = regex.compile(r"(?i)^(?:[\w-]*icon|icons?[-_][\w-]+)$")
_MIN_RUN = 4  # icon labels in one line before it is a sprite run, not a sentence mentioning icons
_MAX_GAP = 3  # other tokens allowed between two labels of a run (`chevron downicon full chevron lefticon`)
_MIN_LINES = 3  # consecutive one-label lines that make a run
_ICON_WORD = regex.compile(r"(?i)icon")
_TOKEN = regex.compile(r"\S+")
_STRAY = regex.compile(r"^[\w-]{1,4}$")  # a short leftover glued to the run's end (`... wticon fm`)


def find_icon_run(text: str) -> tuple[int, int] | None:
    """The character span of a sprite-label run inside `text`, or None.

    >>> text = "date 2023-01-17 icon bookmarkicon cameraicon checkicon chevron downicon fm"
    >>> start, end = find_icon_run(text); text[start:end]
    'icon bookmarkicon cameraicon checkicon chevron downicon fm'
    >>> find_icon_run("The new icon is an icon of design, says the icon maker.") is None
    True
    """
    if "icon" not in text.lower():
        return None
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    best: tuple[int, int, int] | None = None  # first token, last token, labels
    first = last = -1
    count = 0
    for i, (_, _, token) in enumerate(tokens):
        if not _ICON_TOKEN.match(token):
            continue
        if first >= 0 and i - last - 1 <= _MAX_GAP:
            last, count = i, count + 1
        else:
            first, last, count = i, i, 1
        if count >= _MIN_RUN and (best is None or count > best[2]):
            best = (first, last, count)
    if best is None:
        return None
    first, last, _ = best
    end_token = last
    if last + 1 < len(tokens) and len(tokens) - (last + 1) <= 2 and all(_STRAY.match(t[2]) for t in tokens[last + 1 :]):
        end_token = len(tokens) - 1
    return tokens[first][0], tokens[end_token][1]


def _is_label_line(piece: Piece) -> bool:
    parts = piece.text.split()
    return 0 < len(parts) <= 3 and any(_ICON_TOKEN.match(p) for p in parts)


def drop_icon_runs(doc: Document) -> None:
    """Drop runs of icon labels, glued in one line or one label a line; split them out of mixed lines."""
    candidates = doc.find(_ICON_WORD)
    if not candidates:
        return
    if len(candidates) >= _MIN_LINES:
        _drop_label_lines(doc)
    for piece in candidates:
        if piece.label is not None:
            continue
        span = find_icon_run(piece.text)
        if span is None:
            continue
        start, end = span
        before, run, after = piece.text[:start].strip(), piece.text[start:end], piece.text[end:].strip()
        parts = [part for part in (before, run, after) if part]
        for part in doc.split(piece, parts) if len(parts) > 1 else [piece]:
            if part.text == run:
                doc.drop(part, "icon labels: names of the page's SVG sprite icons")


def _drop_label_lines(doc: Document) -> None:
    """One label a line (`icon share` / `icon print` / ...): drop runs of such lines."""
    run: list[Piece] = []
    for piece in [*doc.pieces, None]:
        if piece is not None and piece.label is None and _is_label_line(piece):
            run.append(piece)
            continue
        if len(run) >= _MIN_LINES:
            for label_piece in run:
                doc.drop(label_piece, "icon labels: names of the page's SVG sprite icons, one a line")
        run = []
