"""The headline: which piece is the title, the site's name beside it, and repeats of it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

import regex

from articleclean.document import Document, Hints, Label, Piece
from articleclean.strings import (
    CHINESE_JAPANESE,
    LEGAL_FORMS,
    WORD,
    comparable,
    fold_quotes,
    keeps_words,
    without_marks,
    word_count,
    words,
)

REPEAT_REASON = "repeats the headline"


def headline_at(firsts: Sequence[Piece | None]) -> int | None:
    """Where the headline over the story stands among `firsts` (the pieces, or each unit's first piece): the
    piece labelled TITLE, or, when that is the page's <title> line at the top, the first repeat of it in the
    first half of the page; None without a headline.

    >>> title, repeat = Piece("Storm hits coast", label=Label.TITLE), Piece("Storm hits coast", label=Label.DROPPED)
    >>> repeat.reason = REPEAT_REASON
    >>> headline_at([title, Piece("Home"), Piece("News"), repeat, Piece("Text."), Piece("More text."), Piece("End.")])
    3
    """
    title = next((i for i, piece in enumerate(firsts) if piece is not None and piece.label == Label.TITLE), None)
    if title != 0:
        return title
    for i in range(1, len(firsts) // 2 + 1):
        piece = firsts[i]
        if piece is not None and piece.label == Label.DROPPED and piece.reason == REPEAT_REASON:
            return i
    return title

# `Headline | Site`, `Headline - Site`, `Headline — Site World News`, `Site :: Headline`.
# Chinese and Japanese sites put `_`, `：` or `｜` between headline and name, with no space, and Chinese
# ones `-` or `--` between two characters (`…用药需求-新华网`; not after a digit: `2019-2020年`).
_SITE_SEPARATOR = regex.compile(
    r"(?:\s+(?:\||-|–|—|::|·|•|»))+\s+|(?<=[\p{Han}\p{Hiragana}\p{Katakana}\p{N}」』）)])\s*[_：｜]\s*(?=[\p{Han}\p{Katakana}\w])"
    r"|(?<=[\p{Han}」』）])--?(?=\p{Han})"
)
_TRAILING_SEPARATOR = regex.compile(r"\s*(?:\||--?|–|—|::|·|•|»|_|：|｜)$")
_DOMAIN = regex.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+")
_SEPARATOR_MARKS = ("|", "-", "–", "—", "::", "·", "•", "»", "_", "：", "｜")
_MAX_SITE_WORDS = 6
# A script without capitals shows no name by its case: a short enough last part is taken as the name.
_MAX_CASELESS_SITE_CHARS = 12
_MAX_ONE_WORD_SITE_LETTERS = 20
_MAX_TITLE_WORDS = 40
_FULL_STOPS = frozenset(".。।۔")  # a headline does not end with one
# nor holds code, which a dump that kept the page's scripts may still show (`ConfigQueue.push(function () {`)
_CALL = re.compile(r"[\w$]\(")
_KEY_VALUE = re.compile(r"[a-z]:[\w\"'/]")


def _holds_code(text: str) -> bool:
    """`{`, `}`, `=`, `||`, `//`, a call (`push(`) or a `key:value` (`Language:consentConfig`); not `",`,
    which a headline quoting someone writes (`"We will win", says Johnson`)."""
    if "{" in text or "}" in text or "=" in text or "||" in text or "//" in text:
        return True  # substring tests first: most pieces hold none of these, and `in` is the fastest scan
    return ("(" in text and _CALL.search(text) is not None) or (":" in text and _KEY_VALUE.search(text) is not None)

# Between a page's <title> and its headline lies navigation: many short pieces.
_NAV_GAP = 8
# Words that name a publication (`pv magazine International`, `the daily blog`), not a headline's clause.
_SITE_WORDS = regex.compile(
    r"(?i)\b(?:news|magazine|times|post|daily|journal|tribune|herald|online|blog|tv|radio|media|press|weekly|"
    r"gazette|telegraph|chronicle|observer|review|network|zeitung|nachrichten|noticias|journal|gazeta|notizie|"
    # in other languages, where a name capitalises its first word only (`Уральские вести`)
    r"tagblatt|anzeiger|rundschau|kurier|nouvelles|courrier|diario|diário|jornal|giornale|quotidiano|corriere|"
    r"gazzetta|wiadomości|dziennik|nieuws|dagblad|krant|tidning|tidningen|avis|avisen|noviny|zprávy|listy|"
    r"haber|haberleri|gazetesi|berita|harian|ziarul|uutiset|sanomat|hírek|вести|газета|новости|известия|"
    r"ведомости|правда|новини|вісті|вісник|вестник|край|курьер|кур'єр|kurir|kurír|aidas|žinios|rytas|dienraštis|"
    r"vijesti|novine|dnevnik|novice|denník|správy)\b"
)
# How near the top (in pieces) the page's <title> stands, and how far below it to look for the headline.
_TOP = 3
_GLUED_TITLE_CHARS = 300  # how far into a glued first line a page title's separator may stand
_SEARCH_LIMIT = 1500
# A raw dump glues the headline to its neighbours twice (page title, then the headline over the
# article): where a glued block may start, and how far below the top to look for the repeat.
_GLUE_START = regex.compile(r"(?<=[\p{Ll}\p{N}.!?)])(?=[\p{Lu}])")
_REPEAT_WINDOW = 80  # pieces
_GLUED_REPEAT_WINDOW = 5  # pieces below the title where the headline over the article stands
_PROBE_CHARS = 24
# A page's skip link, glued to its <title> in a raw dump (`… - oregonlive.comSkip to Article`).
_GLUED_SKIP_LINK = regex.compile(
    r"(?<=\S)(?:Skip (?:to (?:the )?(?:main )?(?:content|article|navigation)|navigation)|Jump to (?:main )?content|"
    r"Zum (?:Haupt)?[Ii]nhalt(?: springen)?|Direkt zum Inhalt|Aller au contenu|Passer au contenu|"
    r"Saltar al contenido|Ir al contenido|Passa al contenuto|Vai al contenuto|Przejdź do (?:treści|zawartości)|"
    r"Ir para o conteúdo|Pular para o conteúdo|Перейти к (?:основному )?содержанию|Naar de (?:hoofd)?inhoud|"
    r"Ga (?:direct )?naar (?:de )?inhoud|Hoppa till innehåll|Gå til (?:indhold|innhold)|Hyppää sisältöön|"
    r"Přejít k obsahu|Preskočiť na obsah|Ugrás a tartalomhoz|İçeriğe geç)\b"
)
_GOES_ON = regex.compile(r"[,:;]?\s+\w")


def split_site_name(text: str) -> tuple[str, str | None]:
    """Split a page title into headline and site name, when a separator sets a short name apart.

    >>> split_site_name("Home Depot sales miss, shares plunge | Fox Business")
    ('Home Depot sales miss, shares plunge', 'Fox Business')
    >>> split_site_name("New meeting with CIA's Burns 'possible' – Russian spy chief")
    ("New meeting with CIA's Burns 'possible' – Russian spy chief", None)
    >>> split_site_name("深圳将在前海试点无人机配送快递_星河网")
    ('深圳将在前海试点无人机配送快递', '星河网')
    >>> split_site_name("全力保障临床用药需求-新华网"), split_site_name("中国-东盟博览会开幕")
    (('全力保障临床用药需求', '新华网'), ('中国-东盟博览会开幕', None))
    """
    if not any(mark in text for mark in _SEPARATOR_MARKS):  # most lines: no regex call
        return text, None
    parts = _SITE_SEPARATOR.split(text)
    if len(parts) < 2:
        return text, None
    last = parts[-1]
    head = _strip_separator(text[: text.rfind(last)].rstrip())
    # a headline has more words than the site's name; one without spaces (Chinese) more characters
    longer = len(head) >= len(last) if " " not in head else len(head.split()) >= len(last.split())
    if len(last.split()) <= _MAX_SITE_WORDS and longer and _looks_like_name(last):
        return head, last
    return text, None


def site_beside(text: str, headline: str) -> str | None:
    """The site's name in a page title that is `headline`, a separator and a short name: the headline
    standing alone elsewhere shows where it ends, so the name needs no capitals (`Алтайская неделя`).

    >>> site_beside("В Барнауле нет тепла — Алтайская неделя", "В Барнауле нет тепла")
    'Алтайская неделя'
    >>> site_beside("Storm hits | Editorial | Opinion | The Guardian", "Storm hits")
    'The Guardian'
    >>> site_beside("Roads close - and reopen at noon.", "Roads close") is None
    True
    """
    end = _words_end(text, words(headline))
    if end is None:
        return None
    separator = _SITE_SEPARATOR.match(text, end)
    if separator is None:
        return None
    # `Headline | Editorial | Opinion | The Guardian`: sections first, the site's name last
    site = _SITE_SEPARATOR.split(text[separator.end() :].strip())[-1]
    if not site or word_count(site) > _MAX_SITE_WORDS or _holds_code(site):
        return None
    if site[-1] in _FULL_STOPS and site.split()[-1] not in LEGAL_FORMS:  # a sentence, not `TSV Ost e.V.`
        return None
    return site


def _strip_separator(head: str) -> str:
    match = _TRAILING_SEPARATOR.search(head)
    return head[: match.start()] if match else head


# An elided article or preposition before a word (`l’Estuaire`, `dell'Umbria`): the word is what counts.
_ELISION = regex.compile(r"(?i)\b(?:l|d|dell|all|nell|sull)['’](?=\w)")


def _looks_like_name(text: str) -> bool:
    """A site's name is a domain or capitalises its words (`Fox Business`, `The Times of India`,
    `L’Écho de l’Estuaire`), unlike the end of a headline (`Russian spy chief`).

    >>> _looks_like_name("The Times of India"), _looks_like_name("rt.com"), _looks_like_name("Russian spy chief")
    (True, True, False)
    >>> _looks_like_name("L’Écho de l’Estuaire"), _looks_like_name("l’équipe a gagné"), _looks_like_name("TSV Ost e.V.")
    (True, False, True)
    >>> _looks_like_name("한성일보"), _looks_like_name("深圳发布低空经济发展行动方案")
    (True, False)
    >>> _looks_like_name("สยามนิวส์ออนไลน์")  # Thai writes a name of several words without a space
    True
    """
    if _DOMAIN.fullmatch(text) or _SITE_WORDS.search(text):
        return True
    if not any(c.isupper() or c.islower() for c in text):  # Chinese, Japanese, Korean, Arabic, Hebrew...
        if len(text) <= _MAX_CASELESS_SITE_CHARS and len(text.split()) <= 3:
            return True
        # one word of an alphabet (Thai writes `สยามนิวส์ออนไลน์` without spaces), not a run of ideographs
        letters = len(without_marks(text))
        return " " not in text and letters <= _MAX_ONE_WORD_SITE_LETTERS and CHINESE_JAPANESE.search(text) is None
    return all(
        w[0].isupper() or w[0].isdigit() or len(w) <= 3 or w in LEGAL_FORMS for w in _ELISION.sub("", text).split()
    )



def _is_headline_shaped(text: str) -> bool:
    return _headline_shaped([text]) == [0]


def _headline_shaped(texts: list[str]) -> list[int]:
    """Which of `texts` (indices) are shaped like a headline: three words at least (one- and two-word
    lines are menus), not too many, no full stop at the end (but a site's legal form's: `... – TSV Ost e.V.`).

    >>> _headline_shaped(["Home News", "Man flies to Mars", "He said he would fly.", "Fest in Ost – TSV Ost e.V."])
    [1, 3]
    """
    return [
        i
        for i, text in enumerate(texts)
        if 2 <= _gaps(text) < _MAX_TITLE_WORDS
        and (text[-1:] not in _FULL_STOPS or text.rsplit(None, 1)[-1] in LEGAL_FORMS)
        and not _holds_code(text)
    ]


def _gaps(text: str) -> int:
    """The gaps between the words of `text`, Chinese and Japanese words counted too (`strings.word_count`).

    >>> _gaps("Man flies to Mars"), _gaps("深圳将在前海试点无人机配送快递"), _gaps("首页")
    (3, 6, 0)
    """
    spaces = text.count(" ")
    if text.isascii() or CHINESE_JAPANESE.search(text) is None:  # most pieces: no split
        return spaces
    return max(spaces, word_count(text) - 1)


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
    if _GLUE_START.search(title_piece.text) and not doc.meta.title:
        cut = _cut_repeated_headline(doc, [title_piece, *[p for p in doc.pieces[:_TOP] if p.label is None]])
        if cut is not None:
            found = _find_title(doc, cut)
    assert found is not None  # a cut title is headline-shaped
    title_piece, whole, shaped = found
    at = shaped.pieces.index(title_piece)
    head, site = shaped.head(at)
    title_key = shaped.key(at) if whole else shaped.head_key(at)
    if not whole and site:
        title_piece, site_piece = doc.split(title_piece, [head, site])
        doc.drop(site_piece, "site name beside the headline")
        doc.meta.site_name = doc.meta.site_name or site
    doc.label(title_piece, Label.TITLE, "headline")
    for i in shaped.candidates([title_key]):
        piece = shaped.pieces[i]
        if piece.label is not None:
            continue
        if shaped.key(i) == title_key:
            doc.drop(piece, REPEAT_REASON)
        elif shaped.head(i)[1] and shaped.head_key(i) == title_key:
            doc.drop(piece, "page title: the headline with the site's name")
            doc.meta.site_name = doc.meta.site_name or shaped.head(i)[1]
        elif not doc.meta.site_name and (site := site_beside(piece.text, title_piece.text)) is not None:
            # the name only: the piece stays for the classifier, which reads it with the menu it heads
            doc.meta.site_name = site
    _cut_glued_repeat(doc, title_piece)


def _cut_glued_repeat(doc: Document, title: Piece) -> None:
    """A raw dump glues the headline over the article to its neighbours (`…KulturRegierung plant neue
    Regeln für MietenDie Mietpreisbremse…`): cut the first such repeat just below the title out and drop it.
    Glue on one side at least: a sentence that quotes the headline has spaces around it."""
    headline = fold_quotes(title.text)
    at = doc.pieces.index(title)
    below = [p for p in doc.pieces[at + 1 : at + 1 + _GLUED_REPEAT_WINDOW] if p.label is None]
    for piece in below:
        text = fold_quotes(piece.text)
        start = text.find(headline)
        if start < 0 or len(text) == len(headline):
            continue
        end = start + len(headline)
        glued = (start > 0 and not text[start - 1].isspace()) or (end < len(text) and not text[end].isspace())
        if glued and keeps_words(text, start) and keeps_words(text, end):
            repeated = doc.split_at(piece, [start, end])[1]
            assert repeated is not None  # the headline is not blank
            doc.drop(repeated, REPEAT_REASON)
            return


class _Shaped:
    """The headline-shaped undecided pieces, in order, with their keys (`comparable`), (head, site)
    splits (`split_site_name`) and head keys, each worked out once and only when asked for:
    most pieces are never compared with anything (see `candidates`).
    """

    def __init__(self, pieces: list[Piece]) -> None:
        self.pieces = pieces
        self._keys: dict[int, str] = {}
        self._heads: dict[int, tuple[str, str | None]] = {}
        self._head_keys: dict[int, str] = {}
        self._folded = ""
        self._starts: list[int] = []

    def key(self, i: int) -> str:
        if i not in self._keys:
            self._keys[i] = comparable(self.pieces[i].text)
        return self._keys[i]

    def head(self, i: int) -> tuple[str, str | None]:
        if i not in self._heads:
            self._heads[i] = split_site_name(self.pieces[i].text)
        return self._heads[i]

    def head_key(self, i: int) -> str:
        """The key of the piece's head: its key when it names no site."""
        if i not in self._head_keys:
            head, site = self.head(i)
            self._head_keys[i] = self.key(i) if site is None else comparable(head)
        return self._head_keys[i]

    def candidates(self, keys: list[str], words: tuple[str, ...] = ()) -> list[int]:
        """The pieces (indices, in order) whose key or head key may be one of `keys`, or whose
        case-folded text holds one of `words`.

        A key's words are in the case-folded text of any piece it is the key or head key of,
        so a piece without the longest word of any of `keys` cannot have one of them.
        """
        probes = [*(max(key.split(" "), key=len) for key in keys), *words]
        if not all(probes):  # a key without words: every piece may have it
            return list(range(len(self.pieces)))
        if not self._folded:
            self._fold()
        found: set[int] = set()
        text, starts = self._folded, self._starts
        for probe in probes:
            at = text.find(probe)
            while at >= 0:
                piece = bisect_right(starts, at) - 1
                found.add(piece)
                at = text.find(probe, starts[piece + 1]) if piece + 1 < len(starts) else -1
        return sorted(found)

    def _fold(self) -> None:
        """The case-folded text of all the pieces, one a line, and where each starts in it."""
        texts = [p.text for p in self.pieces]
        self._folded = "\n".join(texts).casefold()
        if len(self._folded) == sum(len(text) + 1 for text in texts) - 1:
            lengths = [len(text) for text in texts]
        else:  # a letter folds to more than one (ß, ﬁ): the offsets shift
            lengths = [len(text.casefold()) for text in texts]
        self._starts = list(accumulate((length + 1 for length in lengths), initial=0))


def _find_title(doc: Document, title: Piece | None = None) -> tuple[Piece, bool, _Shaped] | None:
    """The title piece (`title` when given), whether all of it is the title, and the headline-shaped
    undecided pieces."""
    undecided = [p for p in doc.pieces if p.label is None]
    shaped = _headline_shaped([p.text for p in undecided])
    if not shaped:
        return None
    pieces = _Shaped([undecided[i] for i in shaped])
    if title is not None:
        return title, True, pieces
    at, whole = _choose(doc, undecided, shaped, pieces)
    return pieces.pieces[at], whole, pieces


def _cut_glued_page_title(doc: Document) -> None:
    """A raw dump glues the page's <title> to the menu after it (`Headline - Site NameHomeNewsLocal...`):
    cut the headline off at the site separator, so it is a piece of its own."""
    top = next((p for p in doc.pieces[:_TOP] if p.label is None), None)
    if top is not None and (skip := _GLUED_SKIP_LINK.search(top.text, 1, _GLUED_TITLE_CHARS)) is not None:
        top = doc.split_at(top, [skip.start()])[0]  # `… | WIREDSkip to main content`: the link goes with the menu
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
        # the repeat may be in the same piece: a raw dump can glue the menu, both and the article into one
        later = [top, *(p for p in doc.pieces[at_top + 1 : at_top + 1 + _REPEAT_WINDOW] if p.label is None)]
        found = _shared_headline(top.text, [p.text for p in later], own=True)
        if found is None:
            continue
        (start, end), (which, at) = found
        repeat, stop = later[which], at + end - start
        if not (keeps_words(repeat.text, at) and keeps_words(repeat.text, stop)):
            return doc.split_at(top, [start, end])[1]  # the repeat stays whole: cutting it would split a word
        if which == 0:  # both in the top piece
            parts = doc.split_at(top, [start, end, at, stop])
            title, repeated = parts[1], parts[3]
        else:
            title, repeated = doc.split_at(top, [start, end])[1], doc.split_at(repeat, [at, stop])[1]
        assert title is not None and repeated is not None  # headline-shaped spans are not blank
        doc.drop(repeated, REPEAT_REASON)
        return title
    return None


def _shared_headline(top: str, later: list[str], own: bool = False) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where `top` and one of the `later` texts share a headline glued to different neighbours:
    ((start, end) in top, (index of the later text, start in it)); the longest such span. With `own`,
    the first later text is `top` itself, where the repeat must start after the span.

    >>> top = "A Man Got Duvet LungThe A.V. ClubDeadspin"
    >>> _shared_headline(top, ["Menu", "HealthA Man Got Duvet LungEd CaraMonday"])
    ((0, 20), (1, 6))
    >>> _shared_headline("Stadia runs at 60fps. Menu", ["the Stadia runs at 30fps"]) is None
    True
    """
    folded = fold_quotes(top)
    others = [fold_quotes(text) for text in later]
    starts = [0, *(m.start() for m in _GLUE_START.finditer(folded, 0, _GLUED_TITLE_CHARS))]
    best: tuple[tuple[int, int], tuple[int, int]] | None = None
    for start in starts:
        probe = _probe(folded, start)
        if probe is None:
            continue
        for which, other in enumerate(others):
            at = other.find(probe)
            while at != -1:
                if own and which == 0 and at <= start:
                    at = other.find(probe, start + 1)
                    continue  # the span itself, or before it
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
                    and not (own and which == 0 and at < start + length)  # a span overlapping its repeat
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


def _choose(doc: Document, undecided: list[Piece], shaped: list[int], pieces: _Shaped) -> tuple[int, bool]:
    """Which headline-shaped piece is the headline, and whether all of it (True) or its head is the title.

    `shaped` holds the places in `undecided` of the headline-shaped `pieces`.
    """
    declared = doc.meta.title
    if declared:
        wanted = {comparable(declared), comparable(split_site_name(declared)[0])} - {""}
        for i in pieces.candidates(sorted(wanted)):
            if pieces.key(i) in wanted:
                return i, True
            if pieces.head_key(i) in wanted:
                return i, False
    # A page without a <title> (a fragment, or Markdown turned into HTML): its first <h1>.
    if doc.source == "html" and not (undecided[0].hints is not None and undecided[0].hints.tag == "title"):
        h1 = next((i for i, at in enumerate(shaped) if (undecided[at].hints or Hints()).heading_level == 1), None)
        if h1 is not None:
            return h1, True
    # A dump starts with the page's <title> (in a raw dump glued to what follows it); the
    # headline is the later piece that repeats it, the part before the site's name, or its start.
    top_at = next((i for i, p in enumerate(undecided[:_TOP]) if _gaps(p.text) >= 2), 0)
    top = undecided[top_at]
    top_key = comparable(top.text)
    wanted = {top_key, comparable(split_site_name(top.text)[0])}
    # a piece that starts the page title (`_starts`) has a key that starts with the title key's first word
    for i in pieces.candidates(sorted(wanted), tuple(top_key.split(" ", 1)[:1])):
        if shaped[i] <= top_at:
            continue
        if shaped[i] > _SEARCH_LIMIT:
            break
        starts_top = _starts(top.text, top_key, undecided[shaped[i]].text, pieces.key(i))
        if pieces.key(i) in wanted or pieces.head_key(i) in wanted or starts_top:
            between = undecided[top_at + 1 : shaped[i]]
            if shaped[0] == top_at and not _is_navigation_between(between):
                return 0, pieces.head(0)[1] is None or pieces.key(0) == pieces.key(i)
            return i, pieces.key(i) in wanted or starts_top
    return 0, pieces.head(0)[1] is None


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
    end = _words_end(top, words(text))
    if end is None or end >= len(top):
        return False
    rest = top[end:]
    # glued, or a site name follows (matched in `top`: a CJK separator is known by the character before it)
    return rest[0].isalnum() or _SITE_SEPARATOR.match(top, end) is not None


def _words_end(top: str, text_words: list[str]) -> int | None:
    """Where `top` stops matching `text_words` (`\\W*word\\W+word...`, in any case); None if it does not start so.

    >>> _words_end("The view: on it", ["the", "VIEW"]), _words_end("The viewer", ["the", "view"])
    (8, 8)
    >>> _words_end("The view", ["a", "view"]) is None
    True
    """
    if not (text_words and top.isascii() and all(word.isascii() for word in text_words)):
        match = regex.match(r"\W*" + r"\W+".join(map(regex.escape, text_words)), top, regex.IGNORECASE)
        return None if match is None else match.end()
    # ASCII: no pattern to compile. The words but the last are whole words of `top`, the last starts one.
    runs = WORD.finditer(top)
    *whole, last = text_words
    for word in whole:
        run = next(runs, None)
        if run is None or run.group().lower() != word.lower():
            return None
    run = next(runs, None)
    if run is None or top[run.start() : run.start() + len(last)].lower() != last.lower():
        return None
    return run.start() + len(last)


def _is_navigation_between(between: list[Piece]) -> bool:
    """The pieces between two renderings of the headline are a page's navigation, not an article's standfirst."""
    if len(between) >= _NAV_GAP:
        return True
    return bool(between) and sum(len(p.text.split()) for p in between) / len(between) < 4
