"""Bylines: `By Jane Doe`, `Author: ...`, `Von ...`; the names go to `authors`."""

from __future__ import annotations

from collections import Counter

from articleclean.document import Document, Label, Piece
from articleclean.filters.boilerplate import furniture_kind, open_after_classifier
from articleclean.filters.headline import headline_at
from articleclean.filters.widgets import is_follow_button, widget_reason
from articleclean.parse.bylines import is_affiliation, match_bare_names, match_byline, match_chinese_wire
from articleclean.parse.dates import find_date
from articleclean.strings import ends_sentence, keeps_words

# A byline stands by the headline; further away, `By ...` lines belong to teaser lists.
_NEAR_HEADLINE = 15
# Words after a byline's date that are the article glued to it by a raw dump, not the date's furniture.
_GLUED_TAIL_WORDS = 8
# How far below the headline its dateline may be, past a toolbar or a player, for names just above it.
_NEAR_DATELINE = 8
# Published, updated: the datelines under a headline, before names that may follow them.
_MAX_DATELINES = 3
# The data key that marks the paragraph whose wire dateline named the authors (`drop_author_bios` looks below it).
WIRE_REPORTERS = "wire_reporters"


def find_bylines(doc: Document) -> None:
    """Label bylines near the headline (anywhere when there is none) BYLINE, with their names; when none
    is found, names alone between the headline and its dateline (`Jane Doe`) are the byline.

    A raw dump glues the article's first paragraph to the byline's date (`Von Anna Müller19.11.2019,
    10:30 UhrDie Bundesregierung will ...`): that text is cut off and left undecided.
    """
    title_at = headline_at(doc.pieces)
    near = doc.pieces if title_at is None else doc.pieces[max(0, title_at - _NEAR_HEADLINE) : title_at + _NEAR_HEADLINE]
    for i, piece in enumerate(near):
        if piece.label is not None:
            continue
        names = match_byline(piece.text)
        if names is None:
            continue
        at = glued_tail(piece.text)
        if at is not None:
            piece, _ = doc.split_off_glued(piece, at)
        _take_byline(doc, piece, names, "byline")
        following = near[i + 1] if i + 1 < len(near) else None
        if not names and following is not None and following.label is None and piece.text.strip(" :").isalpha():
            # a marker alone, the names on the next line (`By` | `Phil Helsel`)
            if found := match_bare_names(following.text):
                _take_byline(doc, following, found, "byline: the names under its marker")
    if title_at is not None and not doc.meta.authors:
        _take_bare_byline(doc, title_at)
    if title_at is not None and not doc.meta.authors:
        _take_wire_reporters(doc, title_at)


def _take_wire_reporters(doc: Document, title_at: int) -> None:
    """Chinese wire copy names its reporters in the dateline that opens its first paragraph
    (`（中央社記者林怡君、陳冠宇台北5日電）衛福部...`): they are the authors. The paragraph stays undecided."""
    for piece in doc.pieces[title_at + 1 : title_at + _NEAR_HEADLINE * 2]:
        wire = match_chinese_wire(piece.text) if piece.label is None else None
        if wire is not None and wire[2]:
            doc.meta.authors.extend(wire[2])
            piece.data[WIRE_REPORTERS] = True
            return


def _take_byline(doc: Document, piece: Piece, names: list[str], reason: str) -> None:
    doc.label(piece, Label.BYLINE, reason, authors=names)
    for name in names:
        if name not in doc.meta.authors:
            doc.meta.authors.append(name)


def _take_bare_byline(doc: Document, title_at: int) -> None:
    """Names alone on the line between the headline and its dateline are the byline (`Jane Doe`), also
    with the author's outlet or role on a line of its own before the dateline (`Express News Service`);
    else names alone on the line just after the headline's datelines (`الرباط - سعيد الإدريسي`)."""
    pieces = doc.pieces[title_at + 1 : title_at + 4]
    if len(pieces) < 2 or pieces[0].label is not None:
        _take_names_after_datelines(doc, title_at)
        return
    if widget_reason(pieces[1].text) == "reading time" and (names := match_bare_names(pieces[0].text)):
        # names, then the reading time (`Amanda Holt, Derek Osei` | `3 Min Read`), the dateline above the headline
        _take_byline(doc, pieces[0], names, "byline: names between the headline and the reading time")
        return
    if pieces[1].label is None and is_affiliation(pieces[1].text) and (names := match_bare_names(pieces[0].text)):
        # names, then their role on a line of their own (`Renata Colvin` | `Contributor`)
        _take_byline(doc, pieces[0], names, "byline: names under the headline, their role below them")
        doc.label(pieces[1], Label.BYLINE, "byline: the author's outlet or role", authors=[])
        return
    affiliation = pieces[1] if len(pieces) == 3 and pieces[1].label is None and is_affiliation(pieces[1].text) else None
    if "when" not in pieces[2 if affiliation else 1].data:
        _take_names_before_dateline(doc, title_at)
        return
    names = match_bare_names(pieces[0].text)
    if not names:  # (a comment count over the datelines: `Komentarze (148)`)
        _take_names_after_datelines(doc, title_at)
        return
    _take_byline(doc, pieces[0], names, "byline: names between the headline and the dateline")
    if affiliation is not None:
        doc.label(affiliation, Label.BYLINE, "byline: the author's outlet or role", authors=[])


def _take_names_before_dateline(doc: Document, title_at: int) -> None:
    """Names alone on the line just before the headline's first dateline, with page furniture between
    the headline and them (an audio player, a kicker: `Escuchar artículo` | `00:00` | `Lucía Ferrández`)."""
    end = min(len(doc.pieces), title_at + 1 + _NEAR_DATELINE)
    at = next((i for i in range(title_at + 2, end) if "when" in doc.pieces[i].data), None)
    if at is not None and at - 2 > title_at and is_follow_button(doc.pieces[at - 1].text):
        at -= 1  # a follow button between the name and the dateline (`Maren Holloway` | `Follow` | `Nov 18, 2019`)
    if at is None or doc.pieces[at - 1].label is not None:
        return
    names = match_bare_names(doc.pieces[at - 1].text)
    if names:
        _take_byline(doc, doc.pieces[at - 1], names, "byline: names just before the headline's dateline")


def _take_names_after_datelines(doc: Document, title_at: int) -> None:
    first = title_at + 1
    if first < len(doc.pieces) and furniture_kind(doc.pieces[first].text) in ("comment", "share"):
        first += 1  # a comment count or a share link between the headline and its datelines (`Komentarze (148)`)
    at = first
    while at < len(doc.pieces) and at <= first + _MAX_DATELINES and "when" in doc.pieces[at].data:
        at += 1
    if at == first or at >= len(doc.pieces) - 1 or doc.pieces[at].label is not None:
        return
    names = match_bare_names(doc.pieces[at].text)
    if names:
        _take_byline(doc, doc.pieces[at], names, "byline: names just after the headline's datelines")


def glued_tail(text: str) -> int | None:
    """Where text glued after the date of a byline starts, if it is long enough to be the article's.

    >>> text = "Von Anna Müller19.11.2019, 10:30 UhrDie Bundesregierung will die Regeln für Mieten verschärfen."
    >>> text[glued_tail(text) :]
    'Die Bundesregierung will die Regeln für Mieten verschärfen.'
    >>> glued_tail("By Jane Doe | Nov 19, 2019 10:00 AM EST | Updated 2 hours ago") is None
    True
    """
    found = find_date(text)
    if found is None:
        return None
    end = found.span[1]
    if len(text[end:].split()) < _GLUED_TAIL_WORDS or not keeps_words(text, end):
        return None
    return end


# How many kept pieces from the end of the page a closing byline may stand (the rest: its bio's lines).
_CLOSING_REACH = 3


def find_closing_byline(doc: Document) -> None:
    """A byline that signs the story at its end, as Vietnamese sites do (`...đất canh tác.` | `Hoàng Nam -
    Thạch Thảo`), when no byline was found by the headline: names alone under a paragraph that ends a
    sentence, on the last line the classifier kept (with nothing kept below them but notes that open with
    one of the names: their bio, which `drop_author_bios` then drops), or on the line right under the last
    one it kept, which it read with the share bar below. Not names the page repeats as lines (a column's name over
    its teasers, `Opening Bell`): a story is signed once, and its author's bio box may name them once more.

    It runs after the classifier.
    """
    if doc.meta.authors:
        return
    title_at = headline_at(doc.pieces)
    if title_at is None:
        return
    pieces = doc.pieces
    last = next((at for at in range(len(pieces) - 1, title_at, -1) if pieces[at].label is None), None)
    if last is None:
        return
    under = pieces[last + 1] if last + 1 < len(pieces) else None
    lines = Counter(p.text for p in pieces)
    if under is not None and under.label == Label.DROPPED and open_after_classifier(under) and _signs(under, lines):
        names = match_bare_names(under.text)
        if names and ends_sentence(pieces[last].text):
            _take_byline(doc, under, names, "byline: names signing the story at its end")
            return
    kept = [p for p in pieces[title_at + 1 :] if p.label is None]
    for at in range(len(kept) - 1, max(0, len(kept) - 1 - _CLOSING_REACH), -1):
        names = match_bare_names(kept[at].text) if _signs(kept[at], lines) else None
        if not names or not ends_sentence(kept[at - 1].text):
            continue
        if all(any(p.text.startswith(name) for name in names) for p in kept[at + 1 :]):
            _take_byline(doc, kept[at], names, "byline: names signing the story at its end")
        return


_MAX_SIGNATURE_LINES = 2  # the signature, and the name line of the author's bio box


def _signs(piece: Piece, lines: Counter[str]) -> bool:
    """The line may sign the story: in a script with capitals (`Hoàng Nam`; in one without, `شارك الخبر`, share the
    story, nothing tells two words of a button from a name), and not a line the page repeats."""
    return any(ch.isupper() for ch in piece.text) and lines[piece.text] <= _MAX_SIGNATURE_LINES
