"""Author bios: the note about the writer a page puts under the story (`Jane Doe covers politics for ...`)."""

from __future__ import annotations

import regex

from articleclean.document import Document, Label
from articleclean.filters.bylines import WIRE_REPORTERS
from articleclean.filters.widgets import is_follow_button
from articleclean.parse.bylines import is_affiliation
from articleclean.strings import ends_sentence

_MAX_BIO_CHARS = 400
# under a line that is the author's name alone, a bio may say more (a contributor's page)
_MAX_BOXED_BIO_CHARS = 1000

_GREEK_ARTICLE = regex.compile(r"^(?:Η|Ο)\s+(?=[Α-ΩΆ-Ώ])")
# After the name: a verb or an apposition (`Jane Doe is`, `Jane Doe, staff writer,`, `Екатерина Лаптева —`).
_AFTER_NAME = regex.compile(r"\s*(?:[,，、–—-]\s*|\s)[\p{L}\p{N}]")
# A name in a script written without spaces (`陈思远`): one word, but a full name
_UNSPACED_NAME = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{2,}")


def is_bio_of(text: str, name: str) -> bool:
    """`text` opens with the full `name` and goes on about its bearer, in a line short enough for a bio.

    >>> is_bio_of("Jane Doe covers politics for The Ledger since 2015.", "Jane Doe")
    True
    >>> is_bio_of("Jane Doe's plan was rejected by the council on Monday.", "Jane Doe")
    False
    >>> is_bio_of("陈思远，甬城晚报城建民生记者，2016年起持续关注宁波城市更新。", "陈思远")
    True
    """
    text = _GREEK_ARTICLE.sub("", text, count=1)  # `Η Ελένη Μαυρίδου είναι ...`: Greek puts an article first
    return (
        len(text) <= _MAX_BIO_CHARS
        and text[: len(name)].casefold() == name.casefold()  # a wire byline writes names in capitals
        and _AFTER_NAME.match(text, len(name)) is not None
    )


def drop_author_bios(doc: Document) -> None:
    """Drop the lines below the byline that open with the full name of one of its authors: the page's
    note about them, not the story (which names its writer in the byline, not in its paragraphs)."""
    names = [name for name in doc.meta.authors if len(name.split()) >= 2 or _UNSPACED_NAME.fullmatch(name)]
    if not names:
        return
    # (or the first paragraph, whose wire dateline named them: `find_bylines`)
    byline_at = next(
        (i for i, p in enumerate(doc.pieces) if p.label == Label.BYLINE or p.data.get(WIRE_REPORTERS)), None
    )
    if byline_at is None:
        return
    pieces = doc.pieces
    folded = {name.casefold() for name in names}
    for at in range(byline_at + 1, len(pieces)):
        piece = pieces[at]
        if piece.label is None and any(is_bio_of(piece.text, name) for name in names):
            doc.drop(piece, "author bio: a note about the article's author")
            heading = pieces[at - 1]
            if heading.label is None and any(is_bio_heading(heading.text, name) for name in names):
                doc.drop(heading, "author bio: its heading")
            elif heading.label is None and heading.text.strip().casefold() in folded:
                # the box's name line (`Über die Autorin` | `Jana Seidel` | `Jana Seidel ist Bauingenieurin ...`)
                doc.drop(heading, "author bio: its heading (the author's name)")
                _drop_box_heading(doc, at - 2)
            _drop_contact_and_note(doc, at + 1, heading=not ends_sentence(piece.text))
        elif (
            piece.label is None
            and pieces[at - 1].label == Label.TAGS  # the story ends at its tags: a note under them naming the author
            and _is_bio_box_text(piece.text)
            and any(name in piece.text.casefold() for name in folded)
        ):
            doc.drop(piece, "author bio: a note about the article's author, under its tags")
        elif piece.label is None and _is_bio_box_text(piece.text, _MAX_BOXED_BIO_CHARS):
            # a bio box's name on its own line, maybe a follow button, then the note (`Marta Wiśniewska` |
            # `Dziennikarka działu Kraj...`; `Renata Colvin` | `Follow` | `I have spent two decades ...`)
            # or the author's role (`経済部記者`, `Senior Reporter`)
            if at >= 1 and _names_author(pieces[at - 1].text, folded):
                name_at = at - 1
            elif at >= 2 and _names_author(pieces[at - 2].text, folded) and (
                is_follow_button(pieces[at - 1].text) or _is_role_line(pieces[at - 1].text)
            ):
                name_at = at - 2
            else:
                continue
            name = pieces[name_at]
            if name.label == Label.BYLINE:  # (names alone may be the byline, the story under them)
                continue
            doc.drop(piece, "author bio: a note under the author's name")
            if name.label in (None, Label.TAGS):  # a list of tags may end just above it
                doc.drop(name, "author bio: its heading (the author's name)")
            if name_at < at - 1 and pieces[at - 1].label is None:
                doc.drop(pieces[at - 1], "author bio: its follow button or the author's role")
            _drop_box_heading(doc, name_at - 1)


# How a Japanese name is read, after it in brackets (`佐伯遥（さえき・はるか）`)
_READING = regex.compile(r"[（(][\p{Hiragana}\p{Katakana}・\s]+[）)]\s*$")


def _names_author(text: str, folded: set[str]) -> bool:
    """The line is one of the authors' names alone (`folded`: their names, case-folded), maybe with its reading."""
    if text.endswith((")", "）")):
        text = _READING.sub("", text)
    return text.strip().casefold() in folded
# A role on a line of its own: an outlet's or a role's words (`Senior Reporter`), or a desk's reporter (`経済部記者`)
_CJK_ROLE = regex.compile(r"\S{0,8}(?:記者|记者|編集委員|論説委員|特派員|기자|특파원|논설위원)")


def _is_role_line(text: str) -> bool:
    return _CJK_ROLE.fullmatch(text.strip()) is not None or is_affiliation(text)


def _drop_box_heading(doc: Document, at: int) -> None:
    """The bio box's own heading above the author's name line (`Sobre la firma`, `Über die Autorin`), which a
    tag list right above it may have taken for a tag."""
    box = doc.pieces[at] if at >= 0 else None
    if box is not None and box.label in (None, Label.TAGS) and _BIO_HEADING.fullmatch(box.text.strip(" :")) is not None:
        doc.drop(box, "author bio: its heading")


def _drop_contact_and_note(doc: Document, at: int, heading: bool = False) -> None:
    """Under a bio's first line (`정하윤 기자`), the author's address and the note after it
    (`hayoon@example.kr` | `충북도청과 보건·복지 분야를 취재합니다.`); the note with no address between
    when the first line is a heading (a name and a role, no sentence)."""
    pieces = doc.pieces
    addresses = 0
    while at < len(pieces) and pieces[at].label is None and is_contact(pieces[at].text):
        doc.drop(pieces[at], "author bio: the author's address")
        at, addresses = at + 1, addresses + 1
    if (addresses or heading) and at < len(pieces) and pieces[at].label is None and _is_bio_box_text(pieces[at].text):
        doc.drop(pieces[at], "author bio: a note under the author's name")


_CONTACT = regex.compile(r"\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30})\s*")


def is_contact(text: str) -> bool:
    """The line is an e-mail address or a social handle alone.

    >>> is_contact("hayoon@hannuri.co.kr"), is_contact("@janedoe"), is_contact("Write to jane@example.com today.")
    (True, True, False)
    """
    return _CONTACT.fullmatch(text) is not None


def _is_bio_box_text(text: str, most: int = _MAX_BIO_CHARS) -> bool:
    """A note that may stand under the author's name: a sentence or two, short enough for a bio (in a
    script with capitals, opening with one)."""
    first = text[:1]
    return len(text) <= most and first.isalnum() and not first.islower() and ends_sentence(text)


# `About Jane Doe`, `Über Jana Kellermann`, `À propos de Jean Dupont`: the heading of a bio box.
_BIO_HEADING = regex.compile(
    r"(?i)^(?:about(?:\s+the\s+author)?|über\s+(?:den\s+autor|die\s+autorin)|über|à\s+propos\s+de\s+l['’]auteur"
    r"|à\s+propos\s+de|sobre\s+la\s+firma|sobre\s+el\s+autor|acerca\s+del\s+autor|acerca\s+de|sobre"
    r"|sull['’]autore|informazioni\s+su|o\s+autorze|o\s+autor(?:ke|ovi|ce)|o\s+avtor(?:ju|ici)|"
    r"over|om|об\s+авторе|關於(?:記者|作者)|关于(?:记者|作者)|作者(?:簡介|简介)|この記事を書いた人|この記事の著者"
    r"|筆者|執筆者|기자\s?(?:프로필|소개)|लेखक\s+के\s+बारे\s+में)(?:[:\s]\s*|$)"
)


def is_bio_heading(text: str, name: str) -> bool:
    """`text` is the heading of a bio box about `name`.

    >>> is_bio_heading("Über Jana Kellermann", "Jana Kellermann"), is_bio_heading("Jana Kellermann", "Jana Kellermann")
    (True, False)
    """
    match = _BIO_HEADING.match(text)
    return match is not None and text[match.end() :].strip(" :").casefold() in (name.casefold(), "")
