"""Photo galleries set inside a story: its slides (a counter, a caption, a credit each) and its controls.

A gallery shows one photo at a time, but a dump has all of its slides: `1 of 10`, a caption, a credit,
`Hide caption`, `2 of 10`, ... then `Previous`, `Next` and a pager `1`, `2`, `3`. The story's own photo
has its caption (`find_captions` takes the first one); the others are the gallery's. The filter runs after
`drop_widgets`, which drops the counters themselves (`is_gallery_line`).
"""

from __future__ import annotations

import regex

from articleclean.document import Document, Piece
from articleclean.filters.boilerplate import open_after_classifier
from articleclean.parse.galleries import is_gallery_counter

# A gallery's control: previous/next, hide/show the caption, full screen, a page of the pager, arrows.
_CONTROL = regex.compile(
    r"(?i)^(?:prev(?:ious)?|next|(?:hide|show)\s+captions?|full\s*screen|expand|close|\d{1,2}|[<>«»‹›]{1,2}"
    r"|précédente?|suivante?|(?:masquer|afficher)\s+la\s+légende|plein\s+écran|zurück|weiter|vorheriges?|nächstes?"
    r"|bildunterschrift\s+(?:ausblenden|einblenden)|vollbild|anterior|siguiente|ocultar\s+(?:pie|leyenda)"
    r"|pantalla\s+completa|precedente|successiva|(?:nascondi|mostra)\s+didascalia|schermo\s+intero|poprzednie"
    r"|następne|ukryj\s+podpis|pełny\s+ekran|vorige|volgende|назад|вперед|далее|anterior|próxima|seguinte"
    r"|ocultar\s+legenda|tela\s+cheia)$"
)
# The gallery's heading or hint just above it (`Photos: Ice storm slams the Ozarks`, `Click on the images to enlarge`).
_HEADING = regex.compile(
    r"(?i)^(?:photos?|fotos?|bilder|images|immagini|zdjęcia|фото)\s*:\s*\S"
    r"|^(?:click|tap|clicca|klicken\s+sie|cliquez|haz\s+clic|clique)\b.{0,40}\b(?:enlarge|ingrandir\w*|vergrößern|agrandir"
    r"|ampliar\w*)"
    r"|^(?:foto|photo|bild)?\s*gall?er[iy]\w*$"
)
_MAX_SLIDE_PIECES = 4  # counter, caption, credit, `Hide caption`
_MAX_SLIDE_CHARS = 250  # a caption, not a paragraph
_MAX_CONTROL_RUN = 30  # previous, next and a pager of this many pages at most


def drop_gallery_slides(doc: Document) -> None:
    """Drop the slides of each gallery of two counters or more (`1 of 10`, `2 of 10`, at most `_MAX_SLIDE_PIECES`
    apart): the captions and credits between them and those of the last slide, then the gallery's controls and
    heading around them. The counters tell how far a slide reaches, so a paragraph before or after stays."""
    pieces = doc.pieces
    counters = [at for at, p in enumerate(pieces) if p.text[-1:].isdigit() and is_gallery_counter(p.text)]
    for gallery in _galleries(counters):
        first, last = gallery[0], gallery[-1]
        spacing = max(b - a for a, b in zip(gallery, gallery[1:]))
        slides = [p for p in pieces[first + 1 : last] if open_after_classifier(p)]
        # a counter opens each slide, and the last slide follows the last counter; or, when controls or nothing
        # follow it, a counter closes each slide, and the first slide comes before the first counter
        closes = last + 1 == len(pieces) or _CONTROL.match(pieces[last + 1].text.strip()) is not None
        after = [] if closes else _short_run(pieces, range(last + 1, min(len(pieces), last + spacing)))
        before = _short_run(pieces, range(first - 1, max(-1, first - spacing), -1)) if closes else []
        for piece in slides + after + before:
            doc.drop(piece, "photo gallery: a slide's caption or credit")
        end = last + 1 + len(after)
        for at in range(end, min(len(pieces), end + _MAX_CONTROL_RUN)):
            if not _drop_control(doc, pieces[at]):
                break
        start = first - 1 - len(before)
        for at in range(start, max(-1, start - _MAX_CONTROL_RUN), -1):
            if not _drop_control(doc, pieces[at]):
                break


def _galleries(counters: list[int]) -> list[list[int]]:
    """Runs of two counters or more, each at most `_MAX_SLIDE_PIECES` pieces after the one before."""
    runs: list[list[int]] = []
    for at in counters:
        if runs and at - runs[-1][-1] <= _MAX_SLIDE_PIECES:
            runs[-1].append(at)
        else:
            runs.append([at])
    return [run for run in runs if len(run) >= 2]


def _short_run(pieces: list[Piece], positions: range) -> list[Piece]:
    """The undecided pieces at `positions` (a caption, a credit, `Hide caption`), up to the first too long for a
    caption."""
    run = []
    for at in positions:
        piece = pieces[at]
        if not open_after_classifier(piece):
            continue  # the story's photo's caption and credit (`find_captions`): part of the slide
        if len(piece.text) > _MAX_SLIDE_CHARS:
            break
        run.append(piece)
    return run


def _drop_control(doc: Document, piece: Piece) -> bool:
    """Drop a control or heading of the gallery; True if `piece` was one (or was decided already)."""
    if not open_after_classifier(piece):
        return True  # a counter or caption other filters took
    text = piece.text.strip()
    if _CONTROL.match(text) or _HEADING.match(text):
        doc.drop(piece, "photo gallery: its controls and heading")
        return True
    return False
