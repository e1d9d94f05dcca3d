"""Teaser lists: under a `Most read` heading, each teaser is a headline, maybe a blurb, and a date or a
section's name (`News`, `Sport`) that closes it."""

from __future__ import annotations

import regex

from articleclean.document import Document, Label, Piece
from articleclean.filters.boilerplate import (
    MAX_NUMBERED_ITEMS,
    MAX_NUMBERED_WORDS,
    MIN_NUMBERED_ITEMS,
    MIN_NUMBERED_WORDS,
    NUMBERED_ITEM,
    furniture_kind,
    is_ad_label,
    line_end,
    open_after_classifier,
)
from articleclean.filters.related import RELATED_MARKER
from articleclean.parse.dates import find_date, is_day_month
from articleclean.strings import closes_quotation, continues_line, ends_sentence, without_marks, word_count

_MAX_HEADING_CHARS = 40
_MAX_TEASER_CHARS = 300
_MAX_DATE_CHARS = 60
_MAX_STEP = 4  # pieces from one teaser's date to the next (headline, blurb, section, date)
_MIN_TEASERS = 2  # closed by dates
_MIN_LABELLED_TEASERS = 3  # closed by a section's name, a weaker sign
_MAX_LABEL_WORDS = 3
_REACH = 60
# A box of teasers inside the article (`Trending Stories`, then three headlines): its size, each headline's
# and blurb's words, and the words of the paragraph that shows the story goes on below it.
_MIN_BOX_TEASERS, _MAX_BOX_TEASERS = 2, 5
_MIN_HEADLINE_WORDS, _MAX_HEADLINE_WORDS = 4, 20
_MAX_BLURB_WORDS = 35
_SPONSORED = (
    r"(?:sponsored(?:\s+content)?|paid\s+(?:content|post)|promoted(?:\s+content)?|partner\s+content"
    r"|contenido\s+patrocinado|contenu\s+sponsorisé|contenuto\s+sponsorizzato|materiał\s+sponsorowany"
    r"|conteúdo\s+patrocinado|gesponserter\s+inhalt)[\s:]*$"
)
# A box named for a place or a section (`Mehr aus Dillbach`, `More from Politics`), as well as a teaser heading
_MORE_FROM = (
    r"(?:mehr\s+aus|more\s+from|más\s+de|plus\s+d['’]actualités\s+(?:de|à)|altro\s+da|altre\s+notizie\s+da"
    r"|więcej\s+z|meer\s+uit)\s+\S.{0,30}$"
)
# A box named for the story's topic (`Más sobre la variante de Lucena`, `Więcej na ten temat`, `Sur le même sujet`)
_MORE_ON = (
    r"(?:(?:más|mais)\s+sobre|mehr\s+(?:zu|über)|more\s+(?:on|about)|plus\s+sur|więcej\s+o|altro\s+su|meer\s+over)"
    r"\s+\S.{0,30}$|(?:więcej\s+na\s+ten\s+temat|sur\s+le\s+même\s+sujet|dello\s+stesso\s+argomento"
    r"|sullo\s+stesso\s+argomento|del\s+mismo\s+tema|sobre\s+el\s+mismo\s+tema|zum\s+selben\s+thema"
    r"|mais\s+sobre\s+o\s+assunto|по\s+этой\s+теме)[\s:]*$"
)
# A box of the editors' choices (`Editors' Pick`, `Top Stories`, `Must Reads`)
_PICKS = r"(?:editors?['’]?\s+picks?|editor['’]s\s+picks?|staff\s+picks?|top\s+stories|must\s+reads?)[\s:]*$"
# (one pattern, tried at the line's start only)
_NAMED_BOX = regex.compile(rf"(?i){_MORE_FROM}|{_MORE_ON}|{_SPONSORED}|{_PICKS}")
_MIN_PARAGRAPH_WORDS = 15
_SENTENCE_END = regex.compile(r"\w[.!?…][\"”»’)]*\s+\p{Lu}")


def is_teaser_date(piece: Piece) -> bool:
    """A date line: one the dateline filter took, or a short line that is a date, with or without a year
    (`Транспорт, 4 февраля`, `Economía · 11 mar 2025`).

    >>> is_teaser_date(Piece("Sport · 18 ottobre")), is_teaser_date(Piece("The council met on 18 March."))
    (True, False)
    """
    if "when" in piece.data:
        return True
    text = piece.text
    if len(text) > _MAX_DATE_CHARS:
        return False
    if is_day_month(text):
        return True
    found = find_date(text)
    return found is not None and len(text) - (found.span[1] - found.span[0]) <= _MAX_HEADING_CHARS


def is_section_label(piece: Piece) -> bool:
    """A section's name closing a teaser: a word or three, no sentence, no digits (`Local News`).

    >>> is_section_label(Piece("Local News")), is_section_label(Piece("Prices fell again."))
    (True, False)

    Chinese and Japanese write no spaces: there, a few characters (`社會`, `スポーツ`), no headline.

    >>> is_section_label(Piece("社會")), is_section_label(Piece("居家照服員夜班難尋 業者：時薪再高也請不到人"))
    (True, False)
    """
    text = piece.text
    if _UNSPACED.search(text) is not None and len(text) > _MAX_UNSPACED_LABEL_CHARS:
        return False
    return 0 < len(text.split()) <= _MAX_LABEL_WORDS and text[-1] not in ".!?:" and not any(c.isdigit() for c in text)


def drop_teaser_lists(doc: Document) -> None:
    """Drop the teasers under a teaser heading (`Most read`, `Самое читаемое`) when a date closes each of
    them, every few lines, at least twice, or a section's name at least three times: headlines and blurbs
    are prose the classifier may keep. Inside the article, a box of teasers with no date under such a
    heading (`Trending Stories`, `Te puede interesar`), with the story going on below it, goes too.

    It runs after the classifier and takes what it kept as well as what it dropped.
    """
    pieces = doc.pieces
    for at, heading in enumerate(pieces):
        if heading.reason == RELATED_MARKER:  # `find_related` took the box's headlines as links
            _drop_teaser_box(doc, at)
            continue
        if len(heading.text) > _MAX_HEADING_CHARS or not open_after_classifier(heading):
            continue
        # (a sponsor's card: `Sponsored content`, then its headline and blurb; an advert's label alone is none)
        if furniture_kind(heading.text) != "related" and not _is_named_box(heading.text):
            continue
        if _drop_numbered_teasers(doc, at):
            continue
        last = _last_teaser_closer(pieces, at)
        if last is None:
            _drop_teaser_box(doc, at)
            continue
        if heading.label is None:
            doc.drop(heading, "teaser list: its heading")
        for piece in pieces[at + 1 : last + 1]:
            if open_after_classifier(piece):
                doc.drop(piece, "teaser list: a teaser's headline, blurb or date")


def _is_named_box(text: str) -> bool:
    """A box named for a place or a section (`Mehr aus Dillbach`), or a sponsor's (`Sponsored content`)."""
    return _NAMED_BOX.match(text) is not None


def _drop_teaser_box(doc: Document, heading_at: int) -> None:
    """Under the teaser heading at `heading_at`: `_MIN_BOX_TEASERS` to `_MAX_BOX_TEASERS` teasers alike, each
    a headline (kept by the classifier, or a related link) with or without a one-sentence blurb, then a
    paragraph the classifier kept. A crosshead right above that paragraph cannot be told from the box's
    last headline, and goes with them (to `dropped`, with the reason). A raw dump's line comes as the
    sentences `split_glued_text` cut it into: each item is a whole line."""
    pieces = doc.pieces
    lines = _lines_after(pieces, heading_at + 1, 2 * _MAX_BOX_TEASERS + 1)
    blurbs = len(lines) > 2 and _is_teaser_headline(pieces, lines[0]) and _is_blurb(pieces, lines[1])
    size = 2 if blurbs else 1
    at, teasers = 0, 0
    while at + size < len(lines) and teasers < _MAX_BOX_TEASERS and _is_teaser_headline(pieces, lines[at]):
        if blurbs and not _is_blurb(pieces, lines[at + 1]):
            break
        at, teasers = at + size, teasers + 1
    if teasers < (1 if blurbs else _MIN_BOX_TEASERS):  # one card with its blurb under its heading is a box too
        return
    if at + 1 < len(lines) and _is_crosshead(pieces, lines[at]):
        at += 1  # the story goes on under a crosshead too short for a headline (`Moradores pedem garantias`)
    start, stop = lines[at]
    paragraph = " ".join(p.text for p in pieces[start:stop])  # (a raw dump may glue a caption to it)
    if pieces[start].label is not None or word_count(paragraph) < _MIN_PARAGRAPH_WORDS or continues_line(paragraph):
        return
    if not (ends_sentence(paragraph) or _SENTENCE_END.search(paragraph)):
        return
    if pieces[heading_at].label is None:
        doc.drop(pieces[heading_at], "teaser box: its heading")
    box_end = lines[at - 1][0] if at and _is_crosshead(pieces, lines[at - 1]) else start
    for piece in pieces[heading_at + 1 : box_end]:
        if piece.label is None:
            doc.drop(piece, "teaser box: a teaser's headline or blurb, inside the article")


def _drop_numbered_teasers(doc: Document, heading_at: int) -> bool:
    """Under the teaser heading at `heading_at`, a numbered list of headlines (`1` | headline | `2` | ..., or
    `1. headline`), at least `MIN_NUMBERED_ITEMS` of them: a page's `Most read` list, which the page's order may set
    inside the article. Drops it with its heading and says whether it did."""
    pieces = doc.pieces
    lines = _lines_after(pieces, heading_at + 1, 2 * MAX_NUMBERED_ITEMS)
    items: list[tuple[int, int]] = []
    at = 0
    while at < len(lines) and len(items) < MAX_NUMBERED_ITEMS:
        start, stop = lines[at]
        text = " ".join(p.text for p in pieces[start:stop])
        number = NUMBERED_ITEM.match(text)
        if number is None or int(number["n"]) != len(items) + 1 or not open_after_classifier(pieces[start]):
            break
        if number.end() == len(text):  # the number alone, its headline on the next line
            if at + 1 == len(lines) or not _is_numbered_headline(pieces, lines[at + 1]):
                break
            items.append((start, lines[at + 1][1]))
            at += 2
        elif _is_numbered_headline(pieces, lines[at], number.end()):
            items.append((start, stop))
            at += 1
        else:
            break
    if len(items) < MIN_NUMBERED_ITEMS:
        return False
    if open_after_classifier(pieces[heading_at]):
        doc.drop(pieces[heading_at], "teaser list: its heading")
    for piece in pieces[heading_at + 1 : items[-1][1]]:
        if open_after_classifier(piece):
            doc.drop(piece, "teaser list: a numbered teaser's number or headline")
    return True


def _is_numbered_headline(pieces: list[Piece], line: tuple[int, int], skip: int = 0) -> bool:
    """A numbered list's headline: kept or dropped by the classifier only, of a headline's words."""
    text = " ".join(p.text for p in pieces[line[0] : line[1]])[skip:]
    return open_after_classifier(pieces[line[0]]) and MIN_NUMBERED_WORDS <= len(text.split()) <= MAX_NUMBERED_WORDS


def _lines_after(pieces: list[Piece], at: int, most: int) -> list[tuple[int, int]]:
    """Up to `most` lines from `at`, as (start, stop) of their pieces: a line the classifier kept is its
    sentences (`line_end`), a decided piece a line of its own."""
    lines: list[tuple[int, int]] = []
    while at < len(pieces) and len(lines) < most:
        stop = line_end(pieces, at) if pieces[at].label is None else at + 1
        lines.append((at, stop))
        at = stop
    return lines


def _is_teaser_headline(pieces: list[Piece], line: tuple[int, int]) -> bool:
    """A headline the classifier kept (a question too), or one `find_related` took as a link."""
    first = pieces[line[0]]
    if first.label == Label.RELATED and line[1] == line[0] + 1:
        return True
    text = " ".join(p.text for p in pieces[line[0] : line[1]])
    # a dump cuts a paragraph at its links and quotations (`il titolo provvisorio è “`): no headline ends so
    ends = _ends_headline(text) or text.endswith("?")
    shaped = _MIN_HEADLINE_WORDS <= word_count(text) <= _MAX_HEADLINE_WORDS and ends
    return open_after_classifier(first) and shaped  # (the classifier may have dropped one of them already)


def _is_crosshead(pieces: list[Piece], line: tuple[int, int]) -> bool:
    """A line the classifier kept of fewer words than a box's headline, with no sentence end."""
    piece = pieces[line[0]]
    words = word_count(piece.text)
    single = line[1] == line[0] + 1 and piece.label is None
    return single and 0 < words < _MIN_HEADLINE_WORDS and _ends_headline(piece.text)


def _ends_headline(text: str) -> bool:
    """A headline ends with a word, or with a quotation it closes (`... växer: ”Vi hinner inte ikapp”`)."""
    last = without_marks(text[-3:])[-1:]  # a Devanagari word may end with a vowel sign (`पारा`)
    return last.isalnum() or last == ")" or closes_quotation(text)


def _is_blurb(pieces: list[Piece], line: tuple[int, int]) -> bool:
    """One sentence the classifier kept, short enough for a teaser's blurb."""
    if line[1] != line[0] + 1:
        return False
    piece = pieces[line[0]]
    text = piece.text
    return (
        piece.label is None and word_count(text) <= _MAX_BLURB_WORDS and ends_sentence(text)
        and _SENTENCE_END.search(text) is None
    )  # fmt: skip


def _last_teaser_closer(pieces: list[Piece], heading_at: int) -> int | None:
    """Where the closer of the last teaser under the heading stands, or None. The teasers must be alike:
    as many pieces each (two to `_MAX_STEP`), a headline first (no full stop), and a closer last, a date
    (at least `_MIN_TEASERS` teasers) or a section's name (at least `_MIN_LABELLED_TEASERS`)."""
    for closes, least in ((is_teaser_date, _MIN_TEASERS), (is_section_label, _MIN_LABELLED_TEASERS)):
        previous, sizes = heading_at, list[int]()
        for i in range(heading_at + 1, min(len(pieces), heading_at + _REACH)):
            piece = pieces[i]
            if i == previous + 1 and sizes and is_ad_label(piece.text):
                # a sponsored teaser among them: its label, as many lines as the others, the sponsor for a date
                previous += sizes[0] + 1
                continue
            if i <= previous:
                continue
            if i - previous > _MAX_STEP:
                break
            # a teaser is at least a headline and its closer: a closer right after another is no teaser's
            if closes(piece) and i - previous >= 2:
                if not _opens_teaser(pieces, previous + 1) or (sizes and i - previous != sizes[0]):
                    break
                sizes.append(i - previous)
                previous = i
                continue
            if len(piece.text) > _MAX_TEASER_CHARS:
                break
            if not (open_after_classifier(piece) or piece.label == Label.RELATED):
                break
        if len(sizes) >= least:
            return previous
    return None


def _is_headline(piece: Piece) -> bool:
    text = piece.text
    if text[-1:] in ".!?。！？":
        return False
    return len(text.split()) >= 2 or (not text.isascii() and _UNSPACED.search(text) is not None)


# A run of ideographs, kana or hangul long enough for a headline written without spaces (`日銀総裁が講演`)
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{6}")
_MAX_UNSPACED_LABEL_CHARS = 6  # `テクノロジー`


def _opens_teaser(pieces: list[Piece], at: int) -> bool:
    """A teaser opens with its headline, or with a kicker of a word or three above it (`COURT`)."""
    first = pieces[at]
    if _is_headline(first):
        return True
    kicker = 0 < len(first.text.split()) <= _MAX_LABEL_WORDS and first.text[-1:] not in ".!?"
    return kicker and at + 1 < len(pieces) and _is_headline(pieces[at + 1])
