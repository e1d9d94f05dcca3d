"""Links to other stories inside the body: `READ MORE: ...`, `ALSO READ`, `Also on rt.com`, `Lesen Sie auch`."""

from __future__ import annotations

import regex

from articleclean.document import Document, Label, Piece
from articleclean.strings import closes_quotation

# Chinese and Japanese related markers, also read by `split_glued_text` (no space follows `。`)
CHINESE_JAPANESE_MARKERS = "相关阅读|相关新闻|相关报道|延伸阅读|関連記事|相關閱讀|相關新聞|相關報導|延伸閱讀"
# and the headings of their boxes of teasers, also read by `split_glued_text` and by the classifier's vocabulary
CHINESE_JAPANESE_BOX_HEADINGS = (
    "你可能也會喜歡|你可能也会喜欢|猜你喜歡|猜你喜欢|推薦閱讀|推荐阅读|热点排行|あわせて読みたい|おすすめ記事|アクセスランキング"
)

# Markers in the languages of the corpus and their neighbours (Dutch, Scandinavian, Czech, Indonesian,
# Turkish, Romanian, Ukrainian, Finnish, Hungarian, Catalan, Croatian, Slovenian, Greek). A marker
# counts at the start of a line, followed by a colon or dash, in capitals, or standing alone; `Also on
# <site>` names the site it links to.
RELATED_MARKERS = (
    r"read\s+more|read\s+also|also\s+read|read(?=\s*[:|])|read\s+(?:this\s+)?next|related(?:\s+(?:stories|articles|content|coverage|news))?|see\s+also"
    r"|more\s+on\s+this(?:\s+story)?|more\s+on\s+[^\s:|–—-]+(?:\s+[^\s:|–—-]+){0,4}(?<![.!?,;])(?=\s*$)"
    r"|recommended|watch|listen|more|"
    r"lesen\s+sie\s+(?:auch|mehr|hier)|lies\s+auch|mehr\s+zum\s+thema|auch\s+interessant|siehe\s+auch"
    r"|das\s+könnte\s+sie\s+auch\s+interessieren|lesetipp"
    r"|(?:à\s+|a\s+)?lire\s+(?:aussi|également)|voir\s+(?:aussi|également)|sur\s+le\s+même\s+sujet"
    r"|le[eé]\s+también|lea\s+también|mir[aá]\s+también|leer\s+más|más\s+información|te\s+puede\s+interesar|ver\s+también|noticias?\s+relacionadas?"
    r"|(?:artículos\s+|matérias\s+)?relacionad[oa]s"
    r"|leia\s+(?:mais|também)|veja\s+(?:também|mais)|saiba\s+mais"
    r"|leggi\s+anche|leggi\s+(?:di\s+)?più|vedi\s+anche|potrebbe\s+interessarti"
    r"|читайте\s+также|читать\s+также|смотрите\s+также|по\s+теме"
    r"|czytaj\s+(?:też|także|również|więcej)|zobacz\s+(?:też|także|również)|przeczytaj\s+(?:też|także|również)"
    r"|lees\s+ook|lees\s+meer|meer\s+over\s+dit\s+onderwerp"
    r"|läs\s+(?:också|mer)|mer\s+om\s+\w+|les\s+(?:også|mer)|læs\s+(?:også|mere)"
    r"|čtěte\s+(?:také|též)|přečtěte\s+si\s+(?:také|též)|související(?:\s+články)?"
    r"|baca\s+juga|simak\s+juga|ayrıca\s+(?:okuyun|bakınız)|[iİ]lg[iİ]l[iİ]\s+haber(?:ler)?|benzer\s+haberler|citește\s+și|citeşte\s+şi"
    r"|читайте\s+також|lue\s+myös|olvas(?:sa|d)\s+el\s+ezt\s+is|ezt\s+is\s+olvas(?:sa|d)\s+el|kapcsolódó(?:\s+(?:cikkek|cikk|hírek))?"
    r"|llegiu\s+també|llegeix\s+també"
    r"|pročitajte\s+(?:i|još)|preberite\s+(?:še|tudi)|διαβάστε\s+(?:επίσης|ακόμη)"
    r"|čítajte\s+(?:aj|tiež)|taip\s+pat\s+skaitykite|skaitykite\s+taip\s+pat|lasiet\s+arī|lasi\s+arī"
    r"|loe\s+(?:ka|lisaks)|xem\s+thêm|đọc\s+thêm|tin\s+liên\s+quan"
    r"|прочетете\s+(?:още|също)|اقرأ\s+أيض(?:اً|ًا|ا)|קראו\s+גם"
    # Malay, Swahili, Tagalog, Thai, Hindi, Bengali, Persian, Urdu
    r"|baca\s+lagi|soma\s+(?:pia|zaidi)|basahin(?:\s+din)?|อ่าน(?:ข่าว)?เพิ่มเติม|อ่านข่าวเพิ่ม|(?:อ่าน)?ข่าวที่เกี่ยวข้อง"
    r"|(?:यह|ये|इसे)\s+भी\s+पढ़ें|आरও\s+পড়ুন|আরও\s+পড়ুন|(?:بیشتر\s+)?بخوانید|مطالب\s+مرتبط|خبر\s+مرتبط"
    r"|(?:یہ|یه)\s+بھی\s+پڑھیں|مزید\s+پڑھیں"
    # Chinese, Japanese and Korean, often in brackets: `【関連記事】`, `[관련기사]`
    rf"|[【\[]?\s*(?:{CHINESE_JAPANESE_MARKERS}|관련\s*기사)\s*[】\]]?"
)
RELATED_MARKER = "related-story marker"  # the reason of a marker alone on its line, above its links
# (after `>>`, as Vietnamese sites open one: `>> Đọc thêm: ...`)
_MARKER = regex.compile(rf"^(?:>{{1,2}}\s*)?(?P<marker>(?:{RELATED_MARKERS}))(?P<rest>.*)$", regex.IGNORECASE)
# A marker and its colon: `split_glued_text` cuts before one glued to a sentence (`in Serie B.Leggi anche: ...`).
MARKER_WITH_COLON = regex.compile(rf"(?:{RELATED_MARKERS})\s*[:：]", regex.IGNORECASE)
# How a marker line starts (lower case, after a newline): the cheap whole-document test.
_LINE_STARTS = tuple(
    "\n" + word
    for word in (
        "read|also|related|see|more|meer over|recommended|watch|listen|lesen|lesetipp|lies auch|mehr|auch|siehe|"
        "lire|à lire|a lire|"
        "voir|sur le|"
        "lee|leé|lea|leer|mira también|mirá también|más información|te puede|ver también|noticia|relacionad|"
        "artículos relacionad|matérias relacionad|"
        "leia|veja|saiba|leggi|vedi|potrebbe|"
        "читайте|читать|смотрите|"
        "по теме|czytaj|zobacz|przeczytaj|lees|läs|mer om|les|læs|čtěte|přečtěte|das könnte|baca|simak|ayrıca|ilgili|"
        "benzer|citește|citeşte|lue|olvas|ezt is|kapcsolódó|llegiu|llegeix|pročitajte|preberite|διαβάστε|související|"
        "čítajte|taip pat|skaitykite|"
        "lasiet|lasi arī|loe ka|loe lisaks|xem thêm|đọc thêm|tin liên|прочетете|اقرأ|קראו|"
        "相关|相關|延伸|関連|관련|【|[|"
        "soma|basahin|อ่าน|ข่าวที่|यह|ये|इसे|আরও|بیشتر|بخوانید|مطالب|خبر|یہ|یه|مزید|"
        # `İlgili` lowercases to `i̇lgili` (a dotted i: i and a combining dot)
        "i̇lgili|i̇lgi̇li̇|>"
    ).split("|")
)
_ALSO_ON = regex.compile(
    r"^(?P<marker>also\s+on\s+(?P<site>(?:www\.)?[\w-]+(?:\.[\w-]+)+))\s*:?\s*(?P<rest>.*)$", regex.I
)
_SEPARATOR = regex.compile(r"^\s*(?:[:：\-–—»›>|]+)\s*(?P<title>\S.*)?$")
# The button of a story card (a kicker, another story's headline, `Lesen`): no marker word before the headline.
# `Read more` too, below a headline (a marker above one is taken by `find_related` when no headline is above it).
_CARD_BUTTON = regex.compile(
    r"^(?:read(?:\s+(?:more|story|the\s+story|article|the\s+article))?|continue\s+reading|(?:artikel\s+|weiter)?lesen"
    r"|zum\s+artikel|lire(?:\s+(?:l['’]article|la\s+suite))?|leer(?:\s+(?:más|artículo|noticia|la\s+noticia))?"
    r"|ler(?:\s+(?:mais|artigo|notícia))?|leggi(?:\s+(?:l['’]articolo|tutto))?|czytaj(?:\s+(?:dalej|więcej))?"
    r"|читать(?:\s+(?:далее|статью))?|lees(?:\s+(?:verder|meer|artikel))?|läs(?:\s+(?:mer|artikeln))?|læs(?:\s+mere)?"
    r"|les\s+mer)\s*[→›»>…]?$",
    regex.IGNORECASE,
)
_CARD_BUTTON_STARTS = tuple(
    "\n" + word
    for word in "read|continue reading|artikel lesen|weiterlesen|lesen|zum artikel|lire|leer|ler|leggi|czytaj|"
    "читать|lees|läs|læs|les mer".split("|")
)
_MAX_KICKER_WORDS = 3
_GENERIC_MARKERS = frozenset({"watch", "listen", "more", "recommended"})
_URL = regex.compile(r"https?://\S+")
_MAX_TITLE_WORDS = 30
_MAX_BOX_LINKS = 5
_MAX_BOX_TITLE_WORDS = 20
_NOT_A_TITLE_END = frozenset('.,;:"“”„«»\'’(-–—')


def match_related(text: str) -> tuple[str, str | None] | None:
    """`(title, url)` of a related-story line, `("", None)` for a marker standing alone, else None.

    The marker is what `text` holds besides the title and the URL.

    >>> match_related("READ MORE: CIA director meets Zelensky – media")
    ('CIA director meets Zelensky – media', None)
    >>> match_related("Also on rt.com Russia warns of escalation")
    ('Russia warns of escalation', None)
    >>> match_related("Read more about how the plan works in our explainer.") is None
    True
    >>> match_related("【関連記事】運転手不足で路線バス減便相次ぐ"), match_related("相关阅读：深圳发布行动方案")
    (('運転手不足で路線バス減便相次ぐ', None), ('深圳发布行动方案', None))
    """
    also_on = _ALSO_ON.match(text)
    if also_on:
        return _title_and_url(also_on["rest"])
    found = _MARKER.match(text)
    if found is None:
        return None
    marker, rest = found["marker"], found["rest"]
    if not rest.strip():
        # Alone on its line, a marker introduces the link below it; generic words (`More`, `Watch`) do not.
        return ("", None) if marker.casefold() not in _GENERIC_MARKERS else None
    separated = _SEPARATOR.match(rest)
    if separated:
        return _title_and_url(separated["title"] or "")
    # `READ MORE Title` in capitals needs no separator; generic words do (`MORE FROM TV & SHOWBIZ` heads a list)
    shouting = marker.isupper() and len(marker) > 3 and marker.casefold() not in _GENERIC_MARKERS
    bracketed = marker.endswith(("]", "】"))  # `[관련기사] Title`, `【関連記事】Title`
    if (bracketed or (shouting and rest[:1].isspace())) and len(rest.split()) <= _MAX_TITLE_WORDS:
        return _title_and_url(rest)
    return None


def _match_profile_marker(text: str, markers: tuple[str, ...]) -> tuple[str, str | None] | None:
    """`match_related` for a site profile's own markers (`[related] markers`)."""
    for marker in markers:
        if text.lower().startswith(marker.lower()):
            rest = text[len(marker) :]
            separated = _SEPARATOR.match(rest)
            return _title_and_url(separated["title"] or "" if separated else rest)
    return None


def _title_and_url(rest: str) -> tuple[str, str | None]:
    url = _URL.search(rest)
    if url is None:
        return rest.strip(), None
    title = (rest[: url.start()] + rest[url.end() :]).strip(" -–—|:()[]")
    return title, url.group().rstrip(").,]")


def find_related(doc: Document) -> None:
    """Label related-story lines RELATED (with `title`, `url`); a marker alone takes the headline after it."""
    profile_markers = doc.options.profile.related_markers if doc.options.profile is not None else ()
    index = {id(piece): at for at, piece in enumerate(doc.pieces)}  # labels only: no piece is split here
    _find_story_cards(doc, index)
    starts = _LINE_STARTS + tuple("\n" + marker.lower() for marker in profile_markers)
    candidates = doc.find(literals=starts, fold_case=True)
    if not candidates:
        return
    for piece in candidates:
        if piece.label is not None:  # taken as the link title of a marker above it
            continue
        found = match_related(piece.text) or _match_profile_marker(piece.text, profile_markers)
        if found is None:
            continue
        title, url = found
        if title:
            doc.label(piece, Label.RELATED, "link to a related story", title=title, url=url or _href(piece))
            piece.data["marker"] = _marker(piece.text, title, url)
            if not any(ch.isalnum() for ch in piece.data["marker"]):
                del piece.data["marker"]
            _take_title_rest(doc, index[id(piece)], title)
        else:
            _take_link_below(doc, index[id(piece)])


def _find_story_cards(doc: Document, index: dict[int, int]) -> None:
    """A story card set in a page: another story's headline, above it at most a short kicker, below it a
    button (`Wasserknappheit` | `Erste Gemeinden rationieren Trinkwasser` | `Lesen`). The headline is a
    related link; kicker and button go."""
    buttons = doc.find(_CARD_BUTTON, literals=_CARD_BUTTON_STARTS, fold_case=True, longest=30)
    for button in buttons:
        at = index[id(button)]
        title = doc.pieces[at - 1] if at else None
        if title is None or title.label is not None or not _is_link_title(title) or title.text.endswith(":"):
            continue
        doc.label(title, Label.RELATED, "link to a related story (a story card)", title=title.text, url=_href(title))
        doc.drop(button, "story card: its button")
        kicker = doc.pieces[at - 2] if at > 1 else None
        if kicker is not None and kicker.label is None and _is_kicker(kicker.text):
            doc.drop(kicker, "story card: its kicker")


def _is_kicker(text: str) -> bool:
    """A card's kicker: a few capitalised words, no stop at the end (`Wasserknappheit`, `Mercado inmobiliario`)."""
    return len(text.split()) <= _MAX_KICKER_WORDS and text[:1].isupper() and text[-1:].isalnum()


def _take_title_rest(doc: Document, at: int, title: str) -> None:
    """The sentences of the link's line that `split_glued_text` cut off it (`Czytaj także: Ile kosztuje
    parkowanie? Porównaliśmy ceny`) go on with its title, not with the paragraph above it."""
    at += 1
    words = len(title.split())
    while at < len(doc.pieces) and (rest := doc.pieces[at]).label is None and rest.data.get("joins_previous"):
        words += len(rest.text.split())
        if words > _MAX_TITLE_WORDS:
            break
        doc.label(rest, Label.RELATED, "link to a related story (its title goes on)", title=rest.text)
        at += 1


def _take_link_below(doc: Document, at: int) -> None:
    """A marker alone on its line: the headline-shaped piece right below it is the link, and so are the
    ones right below that, up to `_MAX_BOX_LINKS` (a box of links, `Mehr zum Thema`, inside the story)."""
    marker = doc.pieces[at]
    below = next((p for p in doc.pieces[at + 1 : at + 3] if p.label is None), None)
    if below is None or not _is_link_title(below):
        return
    doc.drop(marker, RELATED_MARKER)
    doc.label(below, Label.RELATED, "link to a related story", title=_unbulleted(below.text), url=_href(below))
    at = doc.pieces.index(below, at)
    if not _is_box_link(below, doc.pieces[at + 1 : at + 2]):
        return
    for i in range(at + 1, min(at + _MAX_BOX_LINKS, len(doc.pieces))):
        link = doc.pieces[i]
        if link.label is not None or not _is_box_link(link, doc.pieces[i + 1 : i + 2]):
            break
        doc.label(link, Label.RELATED, "link to a related story", title=_unbulleted(link.text), url=_href(link))


_OPENING_QUOTES = "\"'«„“‘‚‹"
_BULLET = regex.compile(r"^[•●▪■►▶›»·*–-]\s+")


def _unbulleted(text: str) -> str:
    """A link's title without the bullet of its list.

    >>> _unbulleted("• Ribeirão Preto terá 14 novos radares"), _unbulleted("-5 °C tonight")
    ('Ribeirão Preto terá 14 novos radares', '-5 °C tonight')
    """
    return _BULLET.sub("", text, count=1)


def _is_box_link(piece: Piece, following: list[Piece]) -> bool:
    """A headline of a box of links (maybe a bulleted list): capitalised, no sentence and no fragment of one
    (a dump cuts a paragraph at its links: `US stock futures were last` | `trading slightly positive`)."""
    text = _unbulleted(piece.text)
    first = text.lstrip(_OPENING_QUOTES)[:1]  # (a headline may open with a name in quotes: `«Volga» gets ...`)
    return (
        3 <= len(text.split()) <= _MAX_BOX_TITLE_WORDS
        and (first.isupper() or first.isdigit())
        and (text[-1:] not in _NOT_A_TITLE_END or closes_quotation(text))
        and not (following and following[0].text[:1].islower())
    )


def _marker(text: str, title: str, url: str | None) -> str:
    """What the line holds besides title and URL: the marker (`READ MORE:`), kept for `dropped`."""
    rest = text.replace(url, " ", 1) if url else text
    at = rest.rfind(title)
    return (rest[:at] + rest[at + len(title) :]).strip() if at >= 0 else rest


def _is_link_title(piece: Piece) -> bool:
    return 2 <= len(piece.text.split()) <= _MAX_TITLE_WORDS and not piece.text.endswith(".")


def _href(piece: Piece) -> str | None:
    return piece.hints.link if piece.hints is not None else None
