"""Tags: the topic links a page lists under its story (`Tags: SNCB, Ligne 162`, or `Themen` over a list)."""

from __future__ import annotations

import regex

from articleclean.document import Document, Label, Piece
from articleclean.filters.boilerplate import furniture_kind, open_after_classifier
from articleclean.parse.bylines import is_byline_marker, match_byline
from articleclean.strings import SENTENCE_END_MARKS

# The heading of a tag list, in the languages of the corpus and their neighbours.
TAG_HEADINGS = (
    r"tags?|topics|subjects|related\s+topics|keywords|categor(?:y|ies)|kategorien?|catégories?|categorías?|categorias?"
    r"|categori[ae]|kategori(?:a|e|er|i)"
    r"|themen|schlagw[öo]rter|schlagworte|stichw[öo]rter"
    r"|mots[- ]cl[ée]s|sujets(?:\s+(?:li[ée]s|associ[ée]s))?|th[èe]mes(?:\s+associ[ée]s)?|th[ée]matiques"
    r"|temas(?:\s+relacionados)?|etiquetas|[ée]tiquettes?"
    # WordPress's category line in other languages (`Publié dans Balades, Savoir-faire`)
    r"|publié\s+dans|publicado\s+en|pubblicato\s+in|veröffentlicht\s+in|opublikowano\s+w|gepubliceerd\s+in"
    r"|geplaatst\s+in"
    r"|t[óo]picos|assuntos|tudo\s+sobre|argomenti"
    r"|parole\s+chiave|tematy|tagi|dowiedz\s+się\s+więcej\s+na\s+temat"
    r"|słowa\s+kluczowe|теги|темы|метки|ключевые\s+слова|теми|onderwerpen|trefwoorden|ämnen(?:\s+i\s+artikeln)?|taggar|emner"
    r"|explore\s+more\s+on\s+these\s+topics|voir\s+plus\s+sur\s+ces\s+sujets|archivado\s+en|meer\s+over|filed\s+under|posted\s+in|tagged(?:\s+with)?|témata|témy|štítky|teme|oznake|tagovi|temos|tēmas|teemad|тагове|етикети|etiketler|konular|topik\s+(?:berkaitan|terkait)|topik|aiheet|avainsanat|címkék|témák|etichete|subiecte|etiquetes"
    r"|more\s+on(?=\s*:?\s*$)|(?:les|läs)\s+mer\s+om(?=\s*:?\s*$)|læs\s+mere\s+om(?=\s*:?\s*$)|mere?\s+om(?=\s*:?\s*$)|mehr\s+(?:lesen\s+)?(?:über|zu)(?=\s*:?\s*$)|ετικέτες|ετικετες|θέματα|мітки|in\s+this\s+article|标签|標籤|关键词|關鍵字|关键字|相關主題|相关主题|関連キーワード|キーワード|태그|키워드"
    r"|टैग्स|टैग|từ\s+khóa|chủ\s+đề|الكلمات\s+المفتاحية|كلمات\s+مفتاحية|الوسوم|برچسب‌ها|برچسب\s*ها|برچسب|แท็กที่เกี่ยวข้อง|แท็ก"
)
_HEADING = regex.compile(rf"^(?P<marker>(?:{TAG_HEADINGS})(?!\w)\s*[:：]?)\s*(?P<rest>.*)$", regex.IGNORECASE)
_LINE_STARTS = tuple(
    word
    for word in (
        "tag|topic|subject|related topic|keyword|categor|kategor|catégor|"
        "explore more on|voir plus sur|more on|les mer om|läs mer om|læs mere om|mer om|mere om|"
        "mehr lesen|mehr über|mehr zu|archivado|meer over|filed under|posted in|"
        "publié dans|publicado en|pubblicato in|veröffentlicht in|opublikowano w|gepubliceerd in|geplaatst in|"
        "étiquette|etiquette|"
        "themen|schlagw|stichw|mots|sujet|thème|thématique|thematique|"
        "theme|tema|etiquet|tópico|assunto|tudo sobre|"
        "topico|argoment|parole|tagi|dowiedz|słowa|теги|темы|метки|ключевые|теми|"
        "onderwerp|trefwoord|ämne|tagg|emne|"
        "témata|témy|štítky|temos|tēmas|teemad|тагове|етикети|"
        "teme|oznake|tagovi|etiket|konula|topik|aihe|avainsan|címk|témák|etichet|subiect|ετικ|θέμα|мітк|"
        "in this article|"
        "标签|標籤|关键词|關鍵字|关键字|相關主題|相关主题|関連キーワード|キーワード|태그|키워드|टैग|từ khóa|chủ đề|"
        "الكلمات|كلمات|الوسوم|برچسب|แท็ก"
    ).split("|")
)
_FIRST_LETTERS = frozenset(word[0] for word in _LINE_STARTS) | frozenset(word[0].upper() for word in _LINE_STARTS)
# Headings that say what follows them without a colon (`Posted in Vegetables`, `Filed under Politics`).
_NO_COLON_NEEDED = regex.compile(
    r"(?i)(?:posted\s+in|filed\s+under|tagged|publié\s+dans|publicado\s+en|pubblicato\s+in|veröffentlicht\s+in"
    r"|opublikowano\s+w|gepubliceerd\s+in|geplaatst\s+in)\b"
)
_INLINE_SEPARATOR = regex.compile(r"\s*[,;|·•]\s*")
_MAX_TAG_WORDS, _MAX_TAG_CHARS = 6, 50
_MAX_TAGS = 40
_COMMA = frozenset(",;|·•")
# Links that close a list rather than name a topic.
_NOT_TAG = regex.compile(r"(?i)^(?:(?:show|see|view|load|all)\s+(?:more|all|tags|topics|news)|more|popular)\b")
# A tag list stands by the story: this near (in pieces) below the last piece the classifier kept.
_NEAR_BODY = 25


def split_tags(text: str) -> list[str] | None:
    """The tags of an inline list (`SNCB, Ligne 162, Mobilité`), or None when `text` is not one.

    >>> split_tags("SNCB, Ligne 162, Mobilité")
    ['SNCB', 'Ligne 162', 'Mobilité']
    >>> split_tags("the council met on Monday, and it voted.") is None
    True
    """
    tags = [tag for tag in _INLINE_SEPARATOR.split(text.strip()) if tag]
    if len(tags) < 2 or not all(is_tag(tag) for tag in tags):
        return None
    return tags


def is_tag(text: str) -> bool:
    """A tag is a few words, no sentence, no furniture (`Most Popular`, `Tweet`, `By`) and no copyright
    line (`#Sensex` keeps its `#`).

    >>> is_tag("Spittal an der Drau"), is_tag("Comments are subject to our guidelines."), is_tag("©")
    (True, False, False)
    >>> is_tag("Most Popular"), is_tag("By"), is_tag("a")
    (False, False, False)
    """
    text = text.strip()
    return (
        sum(ch.isalnum() for ch in text) >= 2
        and len(text) <= _MAX_TAG_CHARS
        and len(text.split()) <= _MAX_TAG_WORDS
        and text[-1] not in SENTENCE_END_MARKS
        and text[-1] != "."
        and "©" not in text
        and text[-1] not in ":："
        and _NOT_TAG.match(text) is None
        and furniture_kind(text) is None
        and not is_byline_marker(text)
        and match_byline(text) is None
    )


def find_tags(doc: Document) -> None:
    """Label tag lists TAGS (their tags in `data["tags"]`), below the headline, in either form:

    - inline: a heading, a colon and a list (`Tags : SNCB, Ligne 162, Mobilité`);
    - a heading alone over two or more short lines, one tag each (a `,` of its own between them is dropped);
    - two or more hashtags, one a line, with no heading (`#자율주행버스` | `#심야버스`).

    The list must stand below the story's text (within `_NEAR_BODY` pieces of a piece the classifier
    kept): a `Topics` section of a menu or footer is no tag list.

    It runs after `classify_boilerplate` (which was trained on pages whose tag lists it read itself) and
    takes the lists it kept as well as those it dropped as furniture: either way the tags are not the story.
    """
    pieces = doc.pieces
    title_at = next((i for i, p in enumerate(pieces) if p.label == Label.TITLE), -1)
    last_kept = None
    for at in range(title_at + 1, len(pieces)):
        piece = pieces[at]
        kept_before, last_kept = last_kept, at if piece.label is None else last_kept
        if piece.text[:1] == "#" and kept_before is not None and at - kept_before <= _NEAR_BODY:
            _take_hashtags(doc, at)
            continue
        if piece.text[:1] not in _FIRST_LETTERS or not piece.text.lower().startswith(_LINE_STARTS):
            continue
        if not open_after_classifier(piece):
            continue
        if kept_before is None or at - kept_before > _NEAR_BODY:  # a menu's or the footer's `Topics`
            continue
        found = _HEADING.match(piece.text)
        if found is None:
            continue
        marker, rest = found["marker"], found["rest"]
        if rest:
            if not marker.rstrip().endswith((":", "：")) and not _NO_COLON_NEEDED.match(marker):
                continue
            tags = split_tags(rest) or ([rest.strip()] if is_tag(rest) else None)
            if tags is not None:
                doc.label(piece, Label.TAGS, "tag list: topics of the story", tags=tags)
                piece.data["marker"] = marker
            continue
        _take_tags_below(doc, at)


def _take_tags_below(doc: Document, at: int) -> None:
    """A heading alone at `at`: the short lines right below it are its tags."""
    items: list[Piece] = []
    separators: list[Piece] = []
    for piece in doc.pieces[at + 1 : at + 1 + 2 * _MAX_TAGS]:
        if not open_after_classifier(piece):
            break
        if piece.text.strip() in _COMMA:
            separators.append(piece)
            continue
        if not is_tag(piece.text.rstrip(",;")):
            break
        items.append(piece)
    if len(items) < 2:
        return
    doc.drop(doc.pieces[at], "tag list heading (the tags are in tags)")
    for piece in separators:
        doc.drop(piece, "separator between tags")
    for piece in items:
        doc.label(piece, Label.TAGS, "tag list: a topic of the story", tags=[piece.text.strip().rstrip(",;").strip()])


_HASHTAG = regex.compile(r"#[^\s#]+(?:\s[^\s#]+){0,2}")


def _take_hashtags(doc: Document, at: int) -> None:
    """Hashtags from `at`, one a line, two or more: the story's tags, with no heading above them."""
    items: list[Piece] = []
    for piece in doc.pieces[at : at + _MAX_TAGS]:
        if not (open_after_classifier(piece) and _HASHTAG.fullmatch(piece.text.strip()) and is_tag(piece.text)):
            break
        items.append(piece)
    if len(items) < 2:
        return
    for piece in items:
        doc.label(piece, Label.TAGS, "tag list: a hashtag of the story", tags=[piece.text.strip()])

