"""The headline: which piece is the title, the site's name beside it, and repeats of it."""

from __future__ import annotations

import regex

from articleclean.document import Document, Label, Piece
from articleclean.strings import comparable, comparable_all, keeps_words, words

# `Headline | Site`, `Headline - Site`, `Headline — Site World News`, `Site :: Headline`.
_SITE_SEPARATOR = regex.compile(r"\s+(?:\||-|–|—|::|·|•|»)\s+")
_TRAILING_SEPARATOR = regex.compile(r"\s*(?:\||-|–|—|::|·|•|»)$")
_DOMAIN = regex.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+")
_SEPARATOR_MARKS = ("|", "-", "–", "—", "::", "·", "•", "»")
_MAX_SITE_WORDS = 6
_MAX_TITLE_WORDS = 40
# Between a page's <title> and its headline lies navigation: many short pieces.
_NAV_GAP = 8
# Words that name a publication (`pv magazine International`, `the daily blog`), not a headline's clause.
_SITE_WORDS = regex.compile(
    r"(?i)\b(?:news|magazine|times|post|daily|journal|tribune|herald|online|blog|tv|radio|media|press|weekly|"
    r"gazette|telegraph|chronicle|observer|review|network|zeitung|nachrichten|noticias|journal|gazeta|notizie)\b"
)
# How near the top (in pieces) the page's <title> stands, and how far below it to look for the headline.
_TOP = 3
_GLUED_TITLE_CHARS = 300  # how far into a glued first line a page title's separator may stand
_SEARCH_LIMIT = 1500
# A raw dump glues the headline to its neighbours twice (page title, then the headline over the
# article): where a glued block may start, and how far below the top to look for the repeat.
_GLUE_START = regex.compile(r"(?<=[\p{Ll}\p{N}.!?)])(?=[\p{Lu}])")
_GLUED = regex.compile(r"[\p{Ll}\p{N}.!?)]\p{Lu}")
_REPEAT_WINDOW = 80  # pieces
_PROBE_CHARS = 24
_GOES_ON = regex.compile(r"[,:;]?\s+\w")
_QUOTE_FOLD = str.maketrans("‘’‚“”„«»", '\'\'\'"""""')


def split_site_name(text: str) -> tuple[str, str | None]:
    """Split a page title into headline and site name, when a separator sets a short name apart.

    >>> split_site_name("Home Depot sales miss, shares plunge | Fox Business")
    ('Home Depot sales miss, shares plunge', 'Fox Business')
    >>> split_site_name("New meeting with CIA's Burns 'possible' – Russian spy chief")
    ("New meeting with CIA's Burns 'possible' – Russian spy chief", None)
    """
    if not any(mark in text for mark in _SEPARATOR_MARKS):  # most lines: no regex call
        return text, None
    parts = _SITE_SEPARATOR.split(text)
    if len(parts) < 2:
        return text, None
    last = parts[-1]
    head = _strip_separator(text[: text.rfind(last)].rstrip())
    if len(last.split()) <= _MAX_SITE_WORDS and len(head.split()) >= len(last.split()) and _looks_like_name(last):
        return head, last
    return text, None


def _strip_separator(head: str) -> str:
    match = _TRAILING_SEPARATOR.search(head)
    return head[: match.start()] if match else head


def _looks_like_name(text: str) -> bool:
    """A site's name is a domain or capitalises its words (`Fox Business`, `The Times of India`),
    unlike the end of a headline (`Russian spy chief`).

    >>> _looks_like_name("The Times of India"), _looks_like_name("rt.com"), _looks_like_name("Russian spy chief")
    (True, True, False)
    """
    if _DOMAIN.fullmatch(text) or _SITE_WORDS.search(text):
        return True
    return all(w[0].isupper() or w[0].isdigit() or len(w) <= 3 for w in text.split())


def _is_headline_shaped(text: str) -> bool:
    spaces = text.count(" ")  # three words at least: one- and two-word lines are menus
    return 2 <= spaces < _MAX_TITLE_WORDS and not text.endswith(".")


def find_headline(doc: Document) -> None:
    """Label the headline TITLE, set the site's name beside it apart, and drop its repeats.

    The headline is the text that recurs near the top (page title and headline,
    headline and image title), the page's declared title when the source gave
    one, or else the first headline-shaped piece.
    """
    _cut_glued_page_title(doc)
    found = _find_title(doc)
    if found is None:
        return
    title_piece = found[0]
    if _GLUED.search(title_piece.text) and not doc.meta.title:
        cut = _cut_repeated_headline(doc, [title_piece, *[p for p in doc.pieces[:_TOP] if p.label is None]])
        if cut is not None:
            found = _find_title(doc, cut)
    assert found is not None  # a cut title is headline-shaped
    title_piece, whole, pieces, keys, heads, head_keys = found
    at = pieces.index(title_piece)
    head, site = heads[at]
    title_key = keys[at] if whole else head_keys[at]
    if not whole and site:
        title_piece, site_piece = doc.split(title_piece, [head, site])
        doc.drop(site_piece, "site name beside the headline")
        doc.meta.site_name = doc.meta.site_name or site
    doc.label(title_piece, Label.TITLE, "headline")
    for piece, key, head_key, (_, site) in zip(pieces, keys, head_keys, heads):
        if piece.label is not None:
            continue
        if key == title_key:
            doc.drop(piece, "repeats the headline")
        elif site and head_key == title_key:
            doc.drop(piece, "page title: the headline with the site's name")
            doc.meta.site_name = doc.meta.site_name or site


_Found = tuple[Piece, bool, list[Piece], list[str], list[tuple[str, str | None]], list[str]]


def _find_title(doc: Document, title: Piece | None = None) -> _Found | None:
    """The title piece (`title` when given), whether all of it is the title, and the
    headline-shaped undecided pieces with their keys, (head, site) splits and head keys."""
    undecided = [p for p in doc.pieces if p.label is None]
    shaped = [i for i, p in enumerate(undecided) if _is_headline_shaped(p.text)]
    if not shaped:
        return None
    pieces = [undecided[i] for i in shaped]
    keys = comparable_all([p.text for p in pieces])
    heads = [split_site_name(p.text) for p in pieces]
    head_keys = [key if site is None else comparable(head) for key, (head, site) in zip(keys, heads)]
    if title is not None:
        return title, True, pieces, keys, heads, head_keys
    at, whole = _choose(doc, undecided, shaped, keys, heads, head_keys)
    return pieces[at], whole, pieces, keys, heads, head_keys


def _cut_glued_page_title(doc: Document) -> None:
    """A raw dump glues the page's <title> to the menu after it (`Headline - Site NameHomeNewsLocal...`):
    cut the headline off at the site separator, so it is a piece of its own."""
    top = next((p for p in doc.pieces[:_TOP] if p.label is None), None)
    if top is None or _is_headline_shaped(top.text):
        return
    separator = _SITE_SEPARATOR.search(top.text, 0, _GLUED_TITLE_CHARS)
    if separator is None:
        return
    head, rest = top.text[: separator.start()], top.text[separator.end() :]
    if _is_headline_shaped(head) and rest:
        doc.split(top, [head, rest])


def _cut_repeated_headline(doc: Document, candidates: list[Piece]) -> Piece | None:
    """A raw dump glues the headline twice to different neighbours (`…New BeddingThe A.V. Club…`
    as page title, `HealthA Man … New BeddingEd Cara…` over the article): the text the two share,
    from a block start to where they part, is the headline. Cut it out of the first candidate
    that shows it (it becomes a piece of its own, returned) and drop its repeat.
    """
    for top in dict.fromkeys(candidates):
        at_top = doc.pieces.index(top)
        later = [p for p in doc.pieces[at_top + 1 : at_top + 1 + _REPEAT_WINDOW] if p.label is None]
        found = _shared_headline(top.text, [p.text for p in later])
        if found is None:
            continue
        (start, end), (which, at) = found
        title = _cut_out(doc, top, start, end)
        repeat = later[which]
        if keeps_words(repeat.text, at) and keeps_words(repeat.text, at + end - start):
            doc.drop(_cut_out(doc, repeat, at, at + end - start), "repeats the headline")
        return title
    return None


def _cut_out(doc: Document, piece: Piece, start: int, end: int) -> Piece:
    """Split `piece` around `text[start:end]` and return the piece of that span."""
    text = piece.text
    parts = [text[:start], text[start:end], text[end:]]
    new = doc.split(piece, [part for part in parts if part.strip()])
    return new[1] if parts[0].strip() else new[0]


def _shared_headline(top: str, later: list[str]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where `top` and one of the `later` texts share a headline glued to different neighbours:
    ((start, end) in top, (index of the later text, start in it)); the longest such span.

    >>> top = "A Man Got Duvet LungThe A.V. ClubDeadspin"
    >>> _shared_headline(top, ["Menu", "HealthA Man Got Duvet LungEd CaraMonday"])
    ((0, 20), (1, 6))
    >>> _shared_headline("Stadia runs at 60fps. Menu", ["the Stadia runs at 30fps"]) is None
    True
    """
    folded = top.translate(_QUOTE_FOLD)
    others = [text.translate(_QUOTE_FOLD) for text in later]
    starts = [0, *(m.start() for m in _GLUE_START.finditer(folded, 0, _GLUED_TITLE_CHARS))]
    best: tuple[tuple[int, int], tuple[int, int]] | None = None
    for start in starts:
        probe = _probe(folded, start)
        if probe is None:
            continue
        for which, other in enumerate(others):
            at = other.find(probe)
            while at != -1:
                if start > 0 and at > 0 and folded[start - 1] == other[at - 1]:
                    at = other.find(probe, at + 1)
                    continue  # the shared text starts further back
                length = _common_prefix(folded, start, other, at)
                span = folded[start : start + length]
                glued = start > 0 and folded[start - 1] != " " or at > 0 and other[at - 1] not in " "
                if (
                    _is_headline_shaped(span)
                    and keeps_words(top, start)
                    and keeps_words(top, start + length)
                    and _parts_there(folded, start + length, other, at + length, glued)
                    and (best is None or length > best[0][1] - best[0][0])
                ):
                    best = (start, start + length), (which, at)
                at = other.find(probe, at + 1)
    return best


def _probe(text: str, start: int) -> str | None:
    """The first two words and a space from `start` (at most _PROBE_CHARS), the words a headline starts with."""
    end = text.find(" ", start)
    end = -1 if end == -1 else text.find(" ", end + 1)
    return None if end == -1 else text[start : end + 1][:_PROBE_CHARS]


def _common_prefix(a: str, i: int, b: str, j: int) -> int:
    n = 0
    limit = min(len(a) - i, len(b) - j)
    while n < limit and a[i + n] == b[j + n]:
        n += 1
    return n


def _parts_there(a: str, i: int, b: str, j: int, glued: bool) -> bool:
    """The two texts part at a block boundary (`Bedding|The` / `Bedding|Ed`, `60fps|.` /
    `60fps|by`), not in the middle of a longer title (`Redemption 2| port` / `2| doesn't`),
    and on one side at least the headline is glued to its neighbour."""
    if a[i - 1].isspace():
        return False
    sides = [a[i:], b[j:]]
    if any(_GOES_ON.match(rest) for rest in sides):
        return False  # words go on after a space or a colon: a longer title, or a sentence
    boundary = [not rest or not rest[0].isalnum() or rest[0].isupper() for rest in sides]
    return any(boundary) and (glued or any(rest[:1].isalnum() for rest in sides))


def _choose(
    doc: Document,
    undecided: list[Piece],
    shaped: list[int],
    keys: list[str],
    heads: list[tuple[str, str | None]],
    head_keys: list[str],
) -> tuple[int, bool]:
    """Which headline-shaped piece is the headline, and whether all of it (True) or its head is the title."""
    declared = doc.meta.title
    if declared:
        wanted = {comparable(declared), comparable(split_site_name(declared)[0])} - {""}
        for i, (key, head_key) in enumerate(zip(keys, head_keys)):
            if key in wanted:
                return i, True
            if head_key in wanted:
                return i, False
    # A dump starts with the page's <title> (in a raw dump glued to what follows it); the
    # headline is the later piece that repeats it, the part before the site's name, or its start.
    top_at = next((i for i, p in enumerate(undecided[:_TOP]) if p.text.count(" ") >= 2), 0)
    top = undecided[top_at]
    top_key = comparable(top.text)
    wanted = {top_key, comparable(split_site_name(top.text)[0])}
    for i in range(len(shaped)):
        if shaped[i] <= top_at:
            continue
        if shaped[i] > _SEARCH_LIMIT:
            break
        starts_top = _starts(top.text, top_key, undecided[shaped[i]].text, keys[i])
        if keys[i] in wanted or head_keys[i] in wanted or starts_top:
            between = undecided[top_at + 1 : shaped[i]]
            if shaped[0] == top_at and not _is_navigation_between(between):
                return 0, heads[0][1] is None or keys[0] == keys[i]
            return i, keys[i] in wanted or starts_top
    return 0, heads[0][1] is None


def _starts(top: str, top_key: str, text: str, key: str) -> bool:
    """`text` starts the page title `top`, followed there by a site separator or glued to the
    next block (a raw dump), not by more words of a longer title.

    >>> _starts("Roads close – pv magazine", "roads close pv magazine", "Roads close", "roads close")
    True
    >>> _starts("The view on it", "the view on it", "The view", "the view")
    False
    """
    if not (top_key.startswith(key) and len(top_key) > len(key) and key.count(" ") >= 1):
        return False
    match = regex.match(r"\W*" + r"\W+".join(map(regex.escape, words(text))), top, regex.IGNORECASE)
    if match is None or match.end() >= len(top):
        return False
    rest = top[match.end() :]
    return rest[0].isalnum() or _SITE_SEPARATOR.match(rest) is not None  # glued, or a site name follows


def _is_navigation_between(between: list[Piece]) -> bool:
    """The pieces between two renderings of the headline are a page's navigation, not an article's standfirst."""
    if len(between) >= _NAV_GAP:
        return True
    return bool(between) and sum(len(p.text.split()) for p in between) / len(between) < 4
