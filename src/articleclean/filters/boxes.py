"""Boxes of several lines a site sets inside or under a story: a video player (its label, titles and running
times), a product box (a product, its prices and buy buttons) and a list of sources.

The filter runs after the classifier (whose training pages had such boxes in its input) and takes a box
whether the classifier kept it or dropped it as furniture.
"""

from __future__ import annotations

import regex

from articleclean.document import Document, Piece
from articleclean.filters.boilerplate import line_end, open_after_classifier

# A video player: a label (`Video`, `Watch`, `Now playing`, `VÍDEOS: mais assistidos`), titles, and each video's
# running time alone on a line.
_VIDEO_WORDS = r"videos?|vídeos?|vidéos?|videó|wideo|видео|відео|βίντεο"
_PLAYER_LABEL = regex.compile(
    rf"(?i)^(?:(?:{_VIDEO_WORDS}|watch(?:\s+now)?|now\s+playing|up\s+next|next\s+up|playing\s+next|à\s+regarder"
    r"|a\s+ver|da\s+vedere|zum\s+anschauen)"
    r"(?:\s*:\s+[^.!?]{1,70})?"
    rf"|\w+(?:\s+\w+){{0,3}}\s+(?:{_VIDEO_WORDS}))$"  # `Highlights im Video`, `Les temps forts en vidéo`
)
# A player's label with its running time, the video's title on the line below (`VIDEO 3:45 03:45` | `Corvane CEO on
# data-center demand`)
_TIMED_LABEL = regex.compile(rf"(?i)^(?:{_VIDEO_WORDS})(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?){{1,2}}$")
_MAX_VIDEO_TITLE_WORDS = 25
# What an opener holds: a video word or a player's (`Up next`), or a list of sources' heading; or it starts
# with a price (`$329.99 at Best Buy`, `23,84 €`)
_OPENER_HINTS = (
    "vid", "víd", "wideo", "видео", "відео", "βίντεο", "βιντεο", "watch", "playing", "next", "\nsource", "\nreference",
    "\nà regarder", "\na ver", "\nda vedere", "\nzum anschauen",
    "\nour source",
    "\nquellen", "\nliteratur", "\nbibliogra", "\nfuentes", "\nfonti", "\nźródła", "\nbronnen", "\nkällor",
    "\ncours", "\nstock", "\nshare price", "\naktienkurs", "\nkurs akcji", "\ncotización", "\ncotação",
    "\nquotazione",
)
# A share's quote box inside a business story: its heading, then short lines of figures (`Ouverture 50,10 €`), the
# data's delay notice and a link to the share's page (`Voir la fiche valeur`).
_QUOTE_BOX_HEADING = regex.compile(
    r"(?i)^(?:cours\s+de\s+(?:l['’]action|bourse)|stock\s+quote|share\s+price|aktienkurs|kurs\s+akcji|cotización"
    r"|cotação|quotazione)(?:\s+\S+){0,3}$"
)
_MAX_QUOTE_LINES, _MAX_QUOTE_LINE_CHARS, _MAX_QUOTE_LINK_WORDS = 16, 60, 5
_PRICE_STARTS = frozenset("$€£0123456789")
_RUNNING_TIME = regex.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_MAX_PLAYER_LINES, _MAX_PLAYER_LINE_WORDS = 10, 20
# A product box: price lines at a shop (`$329.99 at Best Buy`, `£249 at Currys`), buy buttons, a rating; above
# them, the product's name and a line about it.
_PRICE_AT = regex.compile(r"^(?:[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?[€£$])\s+(?:at|bei|chez|en|su|na)\s+\p{Lu}.{0,40}$")
_BUY_BUTTON = regex.compile(
    r"(?i)^(?:buy\s+(?:now|it\s+now|here|tickets)|check\s+(?:price|prices|availability)|shop\s+(?:now|at\s+\S.{0,30})"
    r"|see\s+(?:price|deal|at\s+\S.*)|view\s+(?:deal|product)|get\s+(?:it|tickets|deal)|open\s+account|jetzt\s+kaufen|zum\s+angebot|acheter|comprar)$"
)
_RATING = regex.compile(r"(?i)^\d(?:[.,]\d)?\s+(?:out\s+of|of|/)\s+(?:5|10)(?:\s+stars?)?$|^[★☆]{3,5}$")
_MAX_PRODUCT_NAME_WORDS, _MAX_PRODUCT_LINE_WORDS = 10, 30
# A stock quote: a share's price alone on a line (`23,84 €`, `$63.05`), its change under it (`-11,62 %`, `-4.87
# (-7.17%)`), maybe the exchange and time and a button; above them, the share's name.
_QUOTE_PRICE = regex.compile(r"^(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|£|EUR|USD|zł|Kč|CHF))$")
_QUOTE_CHANGE = regex.compile(r"^[+\-−–]\s?\d[\d.,]*\s?%?(?:\s*\([+\-−–]?\d[\d.,]*\s?%\))?$")
_QUOTE_TIME = regex.compile(r"\b\d{1,2}[:.]\d{2}\b")
_QUOTE_BUTTON = regex.compile(
    r"(?i)^(?:zur\s+aktie|zum\s+kurs|view\s+(?:quote|stock|chart)|get\s+quote|voir\s+(?:le\s+cours|la\s+cotation)"
    r"|ver\s+cotización|vedi\s+(?:quotazione|titolo)|notowania|ver\s+cotação)$"
)
_MAX_QUOTE_LINE_CHARS = 40
# A strip of quotes: tickers in capitals, each with its change (and maybe its price).
_TICKER = regex.compile(r"^[A-Z][A-Z.]{1,5}$")
_PLAIN_PRICE = regex.compile(r"^\d{1,3}(?:,\d{3})*(?:\.\d+)?$")
_MIN_TICKERS = 3
# A list of sources under a story: its heading, then lines that cite (a year, a DOI, a journal, a report).
_SOURCES_HEADING = regex.compile(
    r"(?i)^(?:(?:our\s+)?sources?|references?|quellen|literatur|bibliograf(?:ie|ía|ia)|fuentes|fonti|źródła|bronnen"
    r"|källor)\s*:?$"
)
_CITATION = regex.compile(r"(?i)\b(?:19|20)\d\d\b|\bdoi\b|https?://|\bet\s+al\b|journal|report|survey|sourc|study|data")
# A citation beyond doubt (`et al.`, a DOI, a link, `2025;14(3):211-223`): under the heading, one line that says
# what the sources are may come before it (`We rely on peer-reviewed studies ...`).
_STRICT_CITATION = regex.compile(r"(?i)\bet\s+al\b|\bdoi\b|https?://|\b(?:19|20)\d\d\s*;\s*\d")
_MAX_SOURCES, _MAX_SOURCE_WORDS = 8, 50
_MAX_OPENER_CHARS = 80


def drop_boxes(doc: Document) -> None:
    """Drop video players, product boxes and lists of sources (the module docstring says what each is)."""
    pieces = doc.pieces
    # the pieces that may open a box, found by a scan of the page for their words and first characters
    short = [p for p in pieces if len(p.text) <= _MAX_OPENER_CHARS and open_after_classifier(p)]
    maybe = {id(p) for p in doc.find(literals=_OPENER_HINTS, fold_case=True, among=short)}
    maybe.update(id(p) for p in short if p.text[:1] in _PRICE_STARTS or _TICKER.match(p.text))
    candidates = [at for at, p in enumerate(pieces) if id(p) in maybe and _opens_box(p)]
    for at in candidates:
        piece = pieces[at]
        if not open_after_classifier(piece):  # taken with a box above it
            continue
        if _PLAYER_LABEL.match(piece.text):
            _drop_all(doc, _player(pieces, at), "video player: its labels, titles and running times")
        elif _TIMED_LABEL.match(piece.text):
            _drop_all(doc, _timed_player(pieces, at), "video player: its labels, titles and running times")
        elif _TICKER.match(piece.text):
            _drop_all(doc, _ticker_strip(pieces, at), "stock quotes: tickers and their changes")
        elif _QUOTE_PRICE.match(piece.text):
            _drop_all(doc, _stock_quote(pieces, at), "stock quote: a share's name, price and change")
        elif _PRICE_AT.match(piece.text):
            _drop_all(doc, _product_box(pieces, at), "product box: its product, prices and buttons")
        elif _QUOTE_BOX_HEADING.match(piece.text):
            _drop_all(doc, _quote_box(pieces, at), "stock quote box: its heading, figures and link")
        else:
            _drop_all(doc, _sources(pieces, at), "list of sources")


def _opens_box(piece: Piece) -> bool:
    text = piece.text
    if _PRICE_AT.match(text) or _SOURCES_HEADING.match(text) or _QUOTE_PRICE.match(text) or _TICKER.match(text):
        return True
    if _QUOTE_BOX_HEADING.match(text):
        return True
    return _PLAYER_LABEL.match(text) is not None or _TIMED_LABEL.match(text) is not None


def _drop_all(doc: Document, lines: list[Piece], reason: str) -> None:
    for line in lines:
        doc.drop(line, reason)


def _player(pieces: list[Piece], at: int) -> list[Piece]:
    """From a player's label, the short lines up to its last running time (none: no player)."""
    run, last = [], 0
    for line in pieces[at : at + _MAX_PLAYER_LINES]:
        if not open_after_classifier(line) or len(line.text.split()) > _MAX_PLAYER_LINE_WORDS:
            break
        run.append(line)
        if _RUNNING_TIME.match(line.text.strip()):
            last = len(run)
    return run[:last]


def _timed_player(pieces: list[Piece], at: int) -> list[Piece]:
    """A label with its running time, and the video's title under it when there is one."""
    title = pieces[at + 1] if at + 1 < len(pieces) else None
    if title is not None and open_after_classifier(title):
        text = title.text
        if len(text.split()) <= _MAX_VIDEO_TITLE_WORDS and text[-1:] not in ".!:":
            return [pieces[at], title]
    return [pieces[at]]


def _ticker_strip(pieces: list[Piece], at: int) -> list[Piece]:
    """From a ticker (`CRVN`), at least `_MIN_TICKERS` tickers each followed by its change and maybe its price
    (`CRVN` | `+9.34%` | `HLDM` | `+3.41%`): a strip of quotes a site sets by a story (none: no strip)."""
    end, tickers = at, 0
    while end + 1 < len(pieces) and _TICKER.match(pieces[end].text) and open_after_classifier(pieces[end]):
        step = end + 1
        if _QUOTE_PRICE.match(pieces[step].text) or _PLAIN_PRICE.match(pieces[step].text):
            step += 1  # the price before the change
        if step >= len(pieces) or not _QUOTE_CHANGE.match(pieces[step].text):
            break
        end, tickers = step + 1, tickers + 1
    return pieces[at:end] if tickers >= _MIN_TICKERS else []


def _stock_quote(pieces: list[Piece], at: int) -> list[Piece]:
    """From a share's price line: the change under it (none: no quote), the exchange and time and the button
    after, and the share's name above it (`Valmeyer Antriebstechnik AG` | `23,84 €` | `-11,62 %` | `Xetra,
    14:35 Uhr` | `Zur Aktie`)."""
    end = at + 1
    if end >= len(pieces) or not open_after_classifier(pieces[end]) or not _QUOTE_CHANGE.match(pieces[end].text):
        return []
    end += 1
    while end < len(pieces) and open_after_classifier(line := pieces[end]) and len(line.text) <= _MAX_QUOTE_LINE_CHARS:
        if not (_QUOTE_CHANGE.match(line.text) or _QUOTE_TIME.search(line.text) or _QUOTE_BUTTON.match(line.text)):
            break
        end += 1
    start = at
    if at > 0 and open_after_classifier(name := pieces[at - 1]):
        if len(name.text.split()) <= _MAX_PRODUCT_NAME_WORDS and name.text[-1:] not in ".!?:":
            start = at - 1
    return pieces[start:end]


def _product_box(pieces: list[Piece], at: int) -> list[Piece]:
    """From a box's first price line: its prices, buttons and rating, and above it the product's name and a
    line about it (a name first: a paragraph above a price line is the story's)."""
    end = at
    while end < len(pieces) and open_after_classifier(line := pieces[end]):
        text = line.text.strip()
        if not (_PRICE_AT.match(text) or _BUY_BUTTON.match(text) or _RATING.match(text)):
            break
        end += 1
    start = at
    for back in (1, 2):
        if at - back < 0 or not open_after_classifier(pieces[at - back]):
            break
        words = len(pieces[at - back].text.split())
        if words <= _MAX_PRODUCT_NAME_WORDS and not pieces[at - back].text.rstrip().endswith("."):
            start = at - back  # the product's name, or a line of its details (`2xLP, translucent blue vinyl`)
        elif back == 2 or words > _MAX_PRODUCT_LINE_WORDS or start != at:
            break
    return pieces[start:end]


def _strict_citation_after(pieces: list[Piece], at: int) -> bool:
    """A citation beyond doubt on one of the two lines from `at`."""
    return any(_STRICT_CITATION.search(p.text) for p in pieces[at : at + 2] if open_after_classifier(p))


def _sources(pieces: list[Piece], at: int) -> list[Piece]:
    """A sources heading and the citing lines under it (none under it: a heading of something else); a raw
    dump's line cut into sentences is read whole."""
    taken: list[Piece] = []
    start = at + 1
    for _ in range(_MAX_SOURCES):
        if start >= len(pieces) or not open_after_classifier(pieces[start]):
            break
        end = line_end(pieces, start)
        text = " ".join(p.text for p in pieces[start:end])
        if len(text.split()) > _MAX_SOURCE_WORDS:
            break
        if not _CITATION.search(text) and not (start == at + 1 and _strict_citation_after(pieces, end)):
            break
        taken += pieces[start:end]
        start = end
    return [pieces[at], *taken] if taken else []


def _quote_box(pieces: list[Piece], at: int) -> list[Piece]:
    """From a quote box's heading, the share's name, its lines of figures (two or more), a delay notice with figures
    and the short link that closes it; none if fewer figures follow the heading."""
    run, figures = [pieces[at]], 0
    for line in pieces[at + 1 : at + 1 + _MAX_QUOTE_LINES]:
        text = line.text
        if "when" in line.data:
            continue  # the quote's time, which `find_datelines` took (`11/03/2025 17:35`)
        if not open_after_classifier(line) or len(text) > _MAX_QUOTE_LINE_CHARS or text[-1:] in ".!?":
            break
        digit = any(ch.isdigit() for ch in text)
        if not digit and len(text.split()) > _MAX_QUOTE_LINK_WORDS:
            break
        run.append(line)
        figures += digit
        if not digit and figures >= 2:
            break  # the link that closes the box (`Voir la fiche valeur`)
    return run if figures >= 2 else []
